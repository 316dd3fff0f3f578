import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import * as rsvpIcsRoute from '#app/routes/rsvp.$token[.]ics.ts'
import * as rsvpRoute from '#app/routes/rsvp.$token.tsx'
import { NEEDS_MAX } from '#app/domain/network/event-options.ts'
import { setClock } from '#app/utils/clock.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import { createLinkToken } from '#app/utils/link-tokens.server.ts'
import { createNetworkWorld } from '#tests/contact-factories.ts'
import { createEvent, createInvitee, icsLines, rsvpTokenIn } from '#tests/event-factories.ts'
import { emailsTo, getRoute, initialValue, postRoute, submissionErrors } from '#tests/factories.ts'

// Monday 5 January 2026, 10:00 in Amsterdam; the event is on Tuesday 13 January, 19:00-21:00.
const start = new Date('2026-01-05T09:00:00.000Z')
const eventStart = new Date('2026-01-13T18:00:00.000Z')
const eventEnd = new Date('2026-01-13T20:00:00.000Z')

let networkId = ''

beforeAll(async () => {
	setClock(start)
	;({ networkId } = await createNetworkWorld())
})
beforeEach(() => setClock(start))
afterAll(() => setClock(null))

const rsvpPath = (token: string) => `/rsvp/${token}`
const openRsvp = (token: string) => getRoute(rsvpRoute, rsvpPath(token), null, { token })
const answer = (token: string, response: string, needs = '') =>
	postRoute(rsvpRoute, rsvpPath(token), null, { response, needs }, { token })

type OpenPage = {
	state: 'open'
	invitation: { response: string; waitlistPosition: number | null; needs: string | null }
}

function newEvent(capacity: number | null = null) {
	return createEvent({ networkId, startsAt: eventStart, endsAt: eventEnd, capacity })
}

const responseOf = async (invitationId: string) =>
	(await prisma.eventInvitation.findUniqueOrThrow({ where: { id: invitationId } })).response

describe('the personal RSVP link', () => {
	it('shows the event and the invitee, and records an answer with needs without a login', async () => {
		const event = await newEvent()
		const { token, invitation, contact } = await createInvitee(event.id)
		const page = await openRsvp(token)
		expect(page.status).toBe(200)
		const data = page.data as OpenPage & {
			invitation: { contactPerson: { name: string }; event: { title: string; startsAt: Date } }
		}
		expect(data.state).toBe('open')
		expect(data.invitation.contactPerson.name).toBe(contact.name)
		expect(data.invitation.event.title).toBe(event.title)
		expect(data.invitation.response).toBe('INVITED')

		const result = await answer(token, 'YES', 'Rolstoeltoegankelijk graag')
		expect(result.status).toBe(302)
		expect(result.location).toBe(rsvpPath(token))
		const saved = await prisma.eventInvitation.findUniqueOrThrow({ where: { id: invitation.id } })
		expect(saved.response).toBe('YES')
		expect(saved.needs).toBe('Rolstoeltoegankelijk graag')
		expect(saved.respondedAt?.toISOString()).toBe(start.toISOString())
		expect(((await openRsvp(token)).data as OpenPage).invitation.response).toBe('YES')
	})

	it('can be used again: a second answer changes the first and never takes a second seat', async () => {
		const event = await newEvent(5)
		const { token, invitation } = await createInvitee(event.id)
		await answer(token, 'YES')
		await answer(token, 'YES')
		expect(await prisma.eventInvitation.count({ where: { eventId: event.id, response: 'YES' } })).toBe(1)
		await answer(token, 'NO')
		expect(await responseOf(invitation.id)).toBe('NO')
		await answer(token, 'MAYBE', 'Vegetarisch')
		expect(await responseOf(invitation.id)).toBe('MAYBE')
		expect(await prisma.eventInvitation.count({ where: { eventId: event.id } })).toBe(1)
	})

	it('answers 404 with an explanation for a tampered, unknown or malformed link, and changes nothing', async () => {
		const event = await newEvent()
		const { token, invitation } = await createInvitee(event.id)
		const tampered = `${token.slice(0, -1)}${token.endsWith('a') ? 'b' : 'a'}`
		for (const bad of [tampered, 'a'.repeat(52), 'niet-een-token']) {
			const page = await openRsvp(bad)
			expect(page.status).toBe(404)
			expect(page.thrown).toBe(false)
			expect((page.data as { state: string }).state).toBe('unknown')
			const post = await answer(bad, 'YES')
			expect(post.status).toBe(404)
		}
		expect(await responseOf(invitation.id)).toBe('INVITED')
	})

	it('answers 404 for a link made for another purpose, even with the invitation as its subject', async () => {
		const event = await newEvent()
		const { invitation } = await createInvitee(event.id)
		const { token } = await createLinkToken({ purpose: 'GROUP_TOPICS', subjectId: invitation.id, expiresAt: eventEnd })
		expect((await openRsvp(token)).status).toBe(404)
		expect((await answer(token, 'YES')).status).toBe(404)
		expect(await responseOf(invitation.id)).toBe('INVITED')
	})

	it('answers 410 "the event is over" once the event has ended, for the page, the answer and the calendar file', async () => {
		const event = await newEvent()
		const { token, invitation } = await createInvitee(event.id)
		setClock(new Date(eventEnd.getTime() + 60 * 1000))
		const page = await openRsvp(token)
		expect(page.status).toBe(410)
		expect((page.data as { state: string }).state).toBe('over')
		expect((await answer(token, 'YES')).status).toBe(410)
		expect(await responseOf(invitation.id)).toBe('INVITED')
		expect((await getRoute(rsvpIcsRoute, `${rsvpPath(token)}.ics`, null, { token })).status).toBe(410)
	})

	it('says so when the event was cancelled, and takes no answer', async () => {
		const event = await newEvent()
		const { token, invitation } = await createInvitee(event.id)
		await prisma.networkEvent.update({ where: { id: event.id }, data: { status: 'CANCELLED' } })
		const page = await openRsvp(token)
		expect(page.status).toBe(410)
		expect(page.data).toEqual({ state: 'cancelled', title: event.title })
		expect((await answer(token, 'YES')).status).toBe(410)
		expect(await responseOf(invitation.id)).toBe('INVITED')
	})

	it('refuses an answer that is not yes, maybe or no, and needs longer than the maximum, keeping what was typed', async () => {
		const event = await newEvent()
		const { token, invitation } = await createInvitee(event.id)
		const wrong = await answer(token, 'ALWAYS')
		expect(wrong.status).toBe(400)
		expect(submissionErrors(wrong).response).toEqual(['errors:validation.choose'])
		const tooLong = 'x'.repeat(NEEDS_MAX + 1)
		const long = await answer(token, 'YES', tooLong)
		expect(long.status).toBe(400)
		expect(submissionErrors(long).needs).toEqual([`errors:validation.tooLong|{"count":${NEEDS_MAX}}`])
		expect(initialValue(long).needs).toBe(tooLong)
		expect(await responseOf(invitation.id)).toBe('INVITED')
	})

	it('offers the calendar file from the RSVP page: the event in UTC, with its UID and sequence', async () => {
		const event = await newEvent()
		const { token } = await createInvitee(event.id)
		const result = await getRoute(rsvpIcsRoute, `${rsvpPath(token)}.ics`, null, { token })
		expect(result.status).toBe(200)
		expect(result.headers.get('content-type')).toContain('text/calendar')
		const lines = icsLines(String(result.data))
		expect(lines).toContain(`UID:event-${event.id}@werkverbinder`)
		expect(lines).toContain('SEQUENCE:0')
		// 19:00 in Amsterdam in January (UTC+1).
		expect(lines).toContain('DTSTART:20260113T180000Z')
		expect(lines).toContain('DTEND:20260113T200000Z')
		expect((await getRoute(rsvpIcsRoute, '/rsvp/x.ics', null, { token: 'a'.repeat(52) })).status).toBe(404)
	})
})

describe('capacity and the waiting list', () => {
	it('puts a yes on the waiting list when the event is full, in order, and promotes the first when a seat frees up', async () => {
		const event = await newEvent(2)
		const first = await createInvitee(event.id)
		const second = await createInvitee(event.id)
		const third = await createInvitee(event.id)
		const fourth = await createInvitee(event.id)
		await answer(first.token, 'YES')
		await answer(second.token, 'YES')
		setClock(new Date(start.getTime() + 60 * 1000))
		await answer(third.token, 'YES')
		setClock(new Date(start.getTime() + 2 * 60 * 1000))
		await answer(fourth.token, 'YES')
		expect(await responseOf(third.invitation.id)).toBe('WAITLISTED')
		expect(await responseOf(fourth.invitation.id)).toBe('WAITLISTED')
		const thirdPage = (await openRsvp(third.token)).data as OpenPage
		expect(thirdPage.invitation.waitlistPosition).toBe(1)
		expect(((await openRsvp(fourth.token)).data as OpenPage).invitation.waitlistPosition).toBe(2)

		// Saying yes again keeps one's place on the list.
		await answer(fourth.token, 'YES')
		expect(((await openRsvp(fourth.token)).data as OpenPage).invitation.waitlistPosition).toBe(2)

		// The first frees a seat: the first on the waiting list gets it, and an email saying so.
		await answer(first.token, 'NO')
		expect(await responseOf(third.invitation.id)).toBe('YES')
		expect(await responseOf(fourth.invitation.id)).toBe('WAITLISTED')
		expect(((await openRsvp(fourth.token)).data as OpenPage).invitation.waitlistPosition).toBe(1)
		const mails = await emailsTo(third.contact.email!)
		expect(mails).toHaveLength(1)
		expect(mails[0]!.subject).toBe(`Er is een plaats voor je: ${event.title}`)
		expect(rsvpTokenIn(mails[0]!.text)).not.toBeNull()
		expect(mails[0]!.text).toContain('/afmelden/')
		expect(await emailsTo(fourth.contact.email!)).toHaveLength(0)
		expect(await prisma.eventInvitation.count({ where: { eventId: event.id, response: 'YES' } })).toBe(2)
	})

	it('lets a waiting invitee step back with maybe or no without giving anyone else a seat', async () => {
		const event = await newEvent(1)
		const holder = await createInvitee(event.id)
		const waiting = await createInvitee(event.id)
		const next = await createInvitee(event.id)
		await answer(holder.token, 'YES')
		await answer(waiting.token, 'YES')
		await answer(next.token, 'YES')
		await answer(waiting.token, 'MAYBE')
		expect(await responseOf(waiting.invitation.id)).toBe('MAYBE')
		expect(await responseOf(next.invitation.id)).toBe('WAITLISTED')
		expect(await responseOf(holder.invitation.id)).toBe('YES')
		// A maybe who says yes now joins the back of the list.
		setClock(new Date(start.getTime() + 60 * 1000))
		await answer(waiting.token, 'YES')
		expect(((await openRsvp(waiting.token)).data as OpenPage).invitation.waitlistPosition).toBe(2)
	})

	it('never overbooks when two people say yes to the last seat at the same moment', async () => {
		for (let round = 0; round < 5; round++) {
			const event = await newEvent(1)
			const one = await createInvitee(event.id)
			const two = await createInvitee(event.id)
			const results = await Promise.all([answer(one.token, 'YES'), answer(two.token, 'YES')])
			expect(results.map((result) => result.status)).toEqual([302, 302])
			const responses = [await responseOf(one.invitation.id), await responseOf(two.invitation.id)].sort()
			expect(responses).toEqual(['WAITLISTED', 'YES'])
		}
	})

	it('has no waiting list when the event has no limit', async () => {
		const event = await newEvent(null)
		const invitees = await Promise.all([1, 2, 3].map(() => createInvitee(event.id)))
		await Promise.all(invitees.map((invitee) => answer(invitee.token, 'YES')))
		expect(await prisma.eventInvitation.count({ where: { eventId: event.id, response: 'YES' } })).toBe(3)
	})
})
