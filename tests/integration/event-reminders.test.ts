import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import * as editRoute from '#app/routes/netwerk.bijeenkomsten.$eventId.bewerken.tsx'
import { REMINDER_CLAIM_STALE_MS, sendEventReminders } from '#app/domain/network/event-jobs.server.ts'
import { setClock } from '#app/utils/clock.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import { createNetworkWorld, createOrganization } from '#tests/contact-factories.ts'
import { createEvent, createInvitee, rsvpTokenIn } from '#tests/event-factories.ts'
import { emailsTo, postRoute, type SignedInUser } from '#tests/factories.ts'

// Monday 12 January 2026, 10:00 in Amsterdam: "tomorrow" is Tuesday 13 January.
const monday = new Date('2026-01-12T09:00:00.000Z')
const minutesLater = (minutes: number) => new Date(monday.getTime() + minutes * 60 * 1000)

let coordinator: SignedInUser
let networkId = ''
let organizationId = ''

beforeAll(async () => {
	setClock(monday)
	;({ coordinator, networkId } = await createNetworkWorld())
	organizationId = (await createOrganization()).id
})
beforeEach(() => setClock(monday))
afterAll(() => setClock(null))

function invitee(eventId: string, response: string, contact: Parameters<typeof createInvitee>[1] = {}) {
	return createInvitee(eventId, { organizationId, response, ...contact })
}

const mailCount = async (address: string) => (await emailsTo(address)).length

/** The coordinator moves the event through its edit form (title and place stay). */
function moveEvent(event: { id: string; title: string }, when: { date: string; startTime: string; endTime: string }) {
	return postRoute(
		editRoute,
		`/netwerk/bijeenkomsten/${event.id}/bewerken`,
		coordinator.cookie,
		{ kind: 'EMPLOYER_MEETING', title: event.title, location: 'Stadskamer', ...when },
		{ eventId: event.id },
	)
}

describe('reminders the day before', () => {
	it('reminds yes and maybe of an event tomorrow (Amsterdam day), nobody else, and never twice', async () => {
		// 19:00 tomorrow, and 00:30 tomorrow (still Monday in UTC): both on tomorrow's Amsterdam date.
		const tomorrow = await createEvent({
			networkId,
			startsAt: new Date('2026-01-13T18:00:00.000Z'),
			title: 'Werkgeversavond',
		})
		const justAfterMidnight = await createEvent({ networkId, startsAt: new Date('2026-01-12T23:30:00.000Z') })
		const today = await createEvent({ networkId, startsAt: new Date('2026-01-12T19:00:00.000Z') })
		const dayAfter = await createEvent({ networkId, startsAt: new Date('2026-01-14T08:00:00.000Z') })
		const cancelled = await createEvent({
			networkId,
			startsAt: new Date('2026-01-13T18:00:00.000Z'),
			status: 'CANCELLED',
		})

		const yes = await invitee(tomorrow.id, 'YES')
		const maybe = await invitee(tomorrow.id, 'MAYBE')
		const quiet = [
			await invitee(tomorrow.id, 'NO'),
			await invitee(tomorrow.id, 'INVITED'),
			await invitee(tomorrow.id, 'WAITLISTED'),
			await invitee(tomorrow.id, 'YES', { mailOptOuts: ['EVENTS'] }),
			await invitee(tomorrow.id, 'YES', { bouncedAt: monday }),
			await invitee(today.id, 'YES'),
			await invitee(dayAfter.id, 'YES'),
			await invitee(cancelled.id, 'YES'),
		]
		const midnight = await invitee(justAfterMidnight.id, 'YES')

		expect(await sendEventReminders()).toEqual({ sent: 3 })
		for (const person of [yes, maybe, midnight]) expect(await mailCount(person.contact.email!)).toBe(1)
		for (const person of quiet) expect(await mailCount(person.contact.email!)).toBe(0)
		// Someone who opted out of invitations is not claimed either: nothing to retry, nothing sent.
		expect(
			(await prisma.eventInvitation.findUniqueOrThrow({ where: { id: quiet[3]!.invitation.id } })).reminderSentAt,
		).toBeNull()

		const [mail] = await emailsTo(yes.contact.email!)
		expect(mail!.subject).toBe('Morgen: Werkgeversavond, dinsdag 13 januari 2026, 19:00–21:00')
		expect(mail!.text).toContain('Fijn dat je komt!')
		expect(rsvpTokenIn(mail!.text)).not.toBeNull()
		expect(mail!.text).toContain('/afmelden/')
		expect((await emailsTo(maybe.contact.email!))[0]!.text).toContain('Je zei misschien')

		// A second run, later runs and two runs at once send nothing more.
		expect(await sendEventReminders()).toEqual({ sent: 0 })
		setClock(minutesLater(15))
		expect(await Promise.all([sendEventReminders(), sendEventReminders()])).toEqual([{ sent: 0 }, { sent: 0 }])
		setClock(minutesLater(60))
		expect(await sendEventReminders()).toEqual({ sent: 0 })
		for (const person of [yes, maybe, midnight]) expect(await mailCount(person.contact.email!)).toBe(1)
	})

	it('sends exactly one reminder per invitee when two runs start at the same moment', async () => {
		const event = await createEvent({ networkId, startsAt: new Date('2026-01-13T15:00:00.000Z') })
		const people = await Promise.all([1, 2, 3, 4].map(() => invitee(event.id, 'YES')))
		const results = await Promise.all([sendEventReminders(), sendEventReminders()])
		expect(results[0]!.sent + results[1]!.sent).toBe(4)
		for (const person of people) expect(await mailCount(person.contact.email!)).toBe(1)
	})

	it('after a restart of the scheduler (a fresh module), sends nothing already sent', async () => {
		const event = await createEvent({ networkId, startsAt: new Date('2026-01-13T16:00:00.000Z') })
		const person = await invitee(event.id, 'MAYBE')
		expect((await sendEventReminders()).sent).toBeGreaterThanOrEqual(1)
		vi.resetModules()
		const clock = await import('#app/utils/clock.server.ts')
		clock.setClock(minutesLater(15))
		const restarted = await import('#app/domain/network/event-jobs.server.ts')
		expect(restarted.sendEventReminders).not.toBe(sendEventReminders)
		expect(await restarted.sendEventReminders()).toEqual({ sent: 0 })
		expect(await mailCount(person.contact.email!)).toBe(1)
	})

	it('sends a reminder whose run crashed between claim and send exactly once, after the claim went stale', async () => {
		const event = await createEvent({ networkId, startsAt: new Date('2026-01-13T17:00:00.000Z') })
		const person = await invitee(event.id, 'YES')
		// The crashed run: claimed, no message.
		await prisma.eventInvitation.update({ where: { id: person.invitation.id }, data: { reminderSentAt: monday } })
		expect(await sendEventReminders()).toEqual({ sent: 0 })
		expect(await mailCount(person.contact.email!)).toBe(0)
		setClock(new Date(monday.getTime() + REMINDER_CLAIM_STALE_MS + 60 * 1000))
		expect(await sendEventReminders()).toEqual({ sent: 1 })
		expect(await mailCount(person.contact.email!)).toBe(1)
		setClock(minutesLater(120))
		expect(await sendEventReminders()).toEqual({ sent: 0 })
		expect(await mailCount(person.contact.email!)).toBe(1)
	})

	it('does not remind again when the event moves within its day', async () => {
		const event = await createEvent({ networkId, startsAt: new Date('2026-01-13T18:00:00.000Z'), title: 'Later' })
		const person = await invitee(event.id, 'YES')
		await sendEventReminders()
		expect(await mailCount(person.contact.email!)).toBe(1)
		const moved = await moveEvent(event, { date: '2026-01-13', startTime: '20:00', endTime: '22:00' })
		expect(moved.status).toBe(302)
		expect((await prisma.networkEvent.findUniqueOrThrow({ where: { id: event.id } })).startsAt).toEqual(
			new Date('2026-01-13T19:00:00.000Z'),
		)
		// Later the same day, and after a stale claim would have been taken again: still one reminder.
		expect(await sendEventReminders()).toEqual({ sent: 0 })
		setClock(minutesLater(REMINDER_CLAIM_STALE_MS / 60_000 + 60))
		await sendEventReminders()
		expect(await mailCount(person.contact.email!)).toBe(1)
	})

	it('reminds again for the new day when the event moves', async () => {
		const event = await createEvent({ networkId, startsAt: new Date('2026-01-13T18:00:00.000Z'), title: 'Verplaatst' })
		const person = await invitee(event.id, 'YES')
		await sendEventReminders()
		expect(await mailCount(person.contact.email!)).toBe(1)
		const moved = await moveEvent(event, { date: '2026-01-14', startTime: '19:00', endTime: '21:00' })
		expect(moved.status).toBe(302)
		expect(await sendEventReminders()).toEqual({ sent: 0 })
		setClock(new Date('2026-01-13T09:00:00.000Z'))
		// Other tests' events of Wednesday are reminded too; this invitee gets one new reminder.
		expect((await sendEventReminders()).sent).toBeGreaterThanOrEqual(1)
		const mails = await emailsTo(person.contact.email!)
		expect(mails.map((mail) => mail.subject)).toEqual([
			'Morgen: Verplaatst, dinsdag 13 januari 2026, 19:00–21:00',
			'Morgen: Verplaatst, woensdag 14 januari 2026, 19:00–21:00',
		])
	})
})
