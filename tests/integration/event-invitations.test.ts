import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import * as inviteRoute from '#app/routes/netwerk.bijeenkomsten.$eventId.uitnodigen.tsx'
import * as rsvpRoute from '#app/routes/rsvp.$token.tsx'
import { type InviteeRow } from '#app/domain/network/invitations.server.ts'
import { setClock } from '#app/utils/clock.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import {
	createContact,
	createGroupWithMembers,
	createNetworkWorld,
	createOrganization,
} from '#tests/contact-factories.ts'
import { createEvent, icsIn, icsLines, rsvpTokenIn } from '#tests/event-factories.ts'
import { emailsTo, getRoute, postRoute, submissionErrors, type SignedInUser } from '#tests/factories.ts'
import { setRelationship } from '#tests/relationship-factories.ts'

// Monday 5 January 2026, 10:00 in Amsterdam; the event is on Tuesday 13 January, 19:00-21:00.
const start = new Date('2026-01-05T09:00:00.000Z')
const eventStart = new Date('2026-01-13T18:00:00.000Z')
const eventEnd = new Date('2026-01-13T20:00:00.000Z')

let coordinator: SignedInUser
let networkId = ''
const people = {} as Record<
	'partner' | 'bouncing' | 'optedOut' | 'noEmail' | 'prospect' | 'stakeholder' | 'ownStaff',
	{ id: string; email: string | null; name: string }
>
let groupId = ''
let otherGroupId = ''

beforeAll(async () => {
	setClock(start)
	let otherNetworkId: string
	;({ coordinator, networkId, otherNetworkId } = await createNetworkWorld())

	const partner = await createOrganization({ name: 'Bakkerij De Korenaar', sector: 'C', town: 'Doetinchem' })
	const care = await createOrganization({ name: 'Zorggroep Ulft', sector: 'Q', town: 'Ulft' })
	const factory = await createOrganization({ name: 'Metaal Ulft', sector: 'C', town: 'Ulft' })
	const agency = await createOrganization({ kind: 'STAKEHOLDER', name: 'Uitzendbureau Werk', town: 'doetinchem' })
	await setRelationship({ networkId, employerId: partner.id, stage: 'PARTNER' })
	// Another network's stage is not this network's: here the factory is still a prospect.
	await setRelationship({ networkId: otherNetworkId, employerId: factory.id, stage: 'ENGAGED' })

	people.partner = await createContact({ organizationId: partner.id, name: 'Jan de Groot' })
	people.bouncing = await createContact({ organizationId: partner.id, name: 'Piet Bouncer', bouncedAt: start })
	people.optedOut = await createContact({ organizationId: care.id, name: 'Olga Opt', mailOptOuts: ['EVENTS'] })
	people.noEmail = await createContact({ organizationId: care.id, name: 'Nora Geenmail', email: null })
	people.prospect = await createContact({ organizationId: factory.id, name: 'Kees Metaal' })
	people.stakeholder = await createContact({ organizationId: agency.id, name: 'Sara Uitzend' })
	// A contact of the coaching organisation itself is never on the invitation list.
	people.ownStaff = await createContact({ organizationId: networkId, name: 'Eigen Medewerker' })

	groupId = (await createGroupWithMembers(networkId, [people.stakeholder.id, people.partner.id], 'Klankbordgroep')).id
	otherGroupId = (await createGroupWithMembers(otherNetworkId, [people.prospect.id], 'Ander netwerk')).id
})
beforeEach(() => setClock(start))
afterAll(() => setClock(null))

const invitePath = (eventId: string) => `/netwerk/bijeenkomsten/${eventId}/uitnodigen`

function newEvent(options: Partial<Parameters<typeof createEvent>[0]> = {}) {
	return createEvent({ networkId, startsAt: eventStart, endsAt: eventEnd, title: 'Werkgeversontbijt', ...options })
}

async function matching(eventId: string, query: string) {
	const result = await getRoute(inviteRoute, `${invitePath(eventId)}?${query}`, coordinator.cookie, { eventId })
	expect(result.status).toBe(200)
	const rows = (result.data as { rows: InviteeRow[] }).rows
	return rows
		.filter((row) => row.matches)
		.map((row) => row.name)
		.sort()
}

function invite(eventId: string, contactIds: string[]) {
	return postRoute(
		inviteRoute,
		invitePath(eventId),
		coordinator.cookie,
		contactIds.map((id): [string, string] => ['contactIds', id]),
		{ eventId },
	)
}

describe('choosing invitees by filter', () => {
	it('picks contacts by sector, town, relationship stage, group and kind of organisation', async () => {
		const event = await newEvent()
		expect(await matching(event.id, 'sector=C')).toEqual(['Jan de Groot', 'Kees Metaal', 'Piet Bouncer'])
		expect(await matching(event.id, 'town=Doetinchem')).toEqual(['Jan de Groot', 'Piet Bouncer', 'Sara Uitzend'])
		expect(await matching(event.id, 'stage=PARTNER')).toEqual(['Jan de Groot', 'Piet Bouncer'])
		expect(await matching(event.id, 'stage=PROSPECT&town=Ulft')).toEqual(['Kees Metaal', 'Nora Geenmail', 'Olga Opt'])
		expect(await matching(event.id, 'stage=ENGAGED')).toEqual([])
		expect(await matching(event.id, `groupId=${groupId}`)).toEqual(['Jan de Groot', 'Sara Uitzend'])
		expect(await matching(event.id, `groupId=${otherGroupId}`)).toEqual([])
		expect(await matching(event.id, 'organizationKind=STAKEHOLDER')).toEqual(['Sara Uitzend'])
		expect(await matching(event.id, 'sector=C&town=Ulft')).toEqual(['Kees Metaal'])
		// No filter: nobody is preselected, everyone can be picked by hand; the coaching organisation's own people never.
		const all = await getRoute(inviteRoute, invitePath(event.id), coordinator.cookie, { eventId: event.id })
		const rows = (all.data as { rows: InviteeRow[] }).rows
		expect(rows.some((row) => row.matches)).toBe(false)
		expect(rows.map((row) => row.name)).toContain('Kees Metaal')
		expect(rows.map((row) => row.name)).not.toContain('Eigen Medewerker')
	})

	it('shows who would be skipped and why', async () => {
		const event = await newEvent()
		const result = await getRoute(inviteRoute, `${invitePath(event.id)}?sector=Q`, coordinator.cookie, {
			eventId: event.id,
		})
		const rows = (result.data as { rows: InviteeRow[] }).rows.filter((row) => row.matches)
		expect(Object.fromEntries(rows.map((row) => [row.name, row.block]))).toEqual({
			'Nora Geenmail': 'NO_EMAIL',
			'Olga Opt': 'OPTED_OUT',
		})
		const partner = (
			await getRoute(inviteRoute, `${invitePath(event.id)}?stage=PARTNER`, coordinator.cookie, {
				eventId: event.id,
			})
		).data as { rows: InviteeRow[] }
		expect(partner.rows.find((row) => row.name === 'Piet Bouncer')?.block).toBe('BOUNCED')
		expect(partner.rows.find((row) => row.name === 'Jan de Groot')?.block).toBeNull()
	})
})

describe('sending invitations', () => {
	it('invites each contact once with a personal RSVP link, the preferences link and the calendar file; skips who may not be mailed', async () => {
		const event = await newEvent()
		const chosen = [people.partner, people.bouncing, people.optedOut, people.noEmail, people.stakeholder]
		const result = await invite(
			event.id,
			chosen.map((person) => person.id),
		)
		expect(result.status).toBe(200)
		expect((result.data as { sent: unknown }).sent).toEqual({
			ok: true,
			invited: 2,
			failed: 0,
			skipped: { NO_EMAIL: 1, BOUNCED: 1, OPTED_OUT: 1 },
			alreadyInvited: 0,
		})
		const invitations = await prisma.eventInvitation.findMany({
			where: { eventId: event.id },
			include: { contactPerson: true },
		})
		expect(Object.fromEntries(invitations.map((row) => [row.contactPerson.name, row.mailStatus]))).toEqual({
			'Jan de Groot': 'STORED',
			'Sara Uitzend': 'STORED',
			'Piet Bouncer': 'SKIPPED_BOUNCED',
			'Olga Opt': 'SKIPPED_OPTED_OUT',
			'Nora Geenmail': 'SKIPPED_NO_EMAIL',
		})
		expect(await emailsTo(people.bouncing.email!)).toHaveLength(0)
		expect(await emailsTo(people.optedOut.email!)).toHaveLength(0)

		const [mail] = await emailsTo(people.partner.email!)
		expect(mail!.subject).toBe('Uitnodiging: Werkgeversontbijt, dinsdag 13 januari 2026, 19:00–21:00')
		expect(mail!.text).toContain('Hallo Jan de Groot,')
		expect(mail!.text).toContain('/afmelden/')
		const token = rsvpTokenIn(mail!.text)!
		const invitation = invitations.find((row) => row.contactPersonId === people.partner.id)!
		const link = await prisma.linkToken.findFirstOrThrow({ where: { purpose: 'EVENT_RSVP', subjectId: invitation.id } })
		expect(link.expiresAt.toISOString()).toBe(eventEnd.toISOString())
		const page = await getRoute(rsvpRoute, `/rsvp/${token}`, null, { token })
		expect(page.status).toBe(200)
		expect((page.data as { invitation: { id: string } }).invitation.id).toBe(invitation.id)

		const lines = icsLines(icsIn(mail!.text)!)
		expect(lines).toContain('METHOD:REQUEST')
		expect(lines).toContain(`UID:event-${event.id}@werkverbinder`)
		expect(lines).toContain('SEQUENCE:0')
		expect(lines).toContain('DTSTART:20260113T180000Z')
		expect(lines).toContain('DTEND:20260113T200000Z')
		expect(lines).toContain(`ATTENDEE;CN=Jan de Groot;ROLE=REQ-PARTICIPANT:mailto:${people.partner.email}`)

		// Again: nothing new for who already has the invitation; the skipped are checked again.
		await prisma.contactPerson.update({ where: { id: people.bouncing.id }, data: { bouncedAt: null } })
		const again = await invite(
			event.id,
			chosen.map((person) => person.id),
		)
		expect((again.data as { sent: unknown }).sent).toEqual({
			ok: true,
			invited: 1,
			failed: 0,
			skipped: { NO_EMAIL: 1, BOUNCED: 0, OPTED_OUT: 1 },
			alreadyInvited: 2,
		})
		expect(await prisma.eventInvitation.count({ where: { eventId: event.id } })).toBe(5)
		expect(await emailsTo(people.partner.email!)).toHaveLength(1)
		expect(await emailsTo(people.bouncing.email!)).toHaveLength(1)
		const list = await getRoute(inviteRoute, invitePath(event.id), coordinator.cookie, { eventId: event.id })
		const rows = (list.data as { rows: InviteeRow[] }).rows
		expect(rows.find((row) => row.name === 'Jan de Groot')?.alreadyInvited).toBe(true)
		expect(rows.find((row) => row.name === 'Olga Opt')?.alreadyInvited).toBe(false)
	})

	it('sends an invitation whose mail never went out, and never mails one twice', async () => {
		const event = await newEvent()
		// The run stopped after the invitation was made, before its mail: no mail status.
		const stopped = await prisma.eventInvitation.create({
			data: { eventId: event.id, contactPersonId: people.stakeholder.id, invitedAt: start },
		})
		const list = await getRoute(inviteRoute, invitePath(event.id), coordinator.cookie, { eventId: event.id })
		const rows = (list.data as { rows: InviteeRow[] }).rows
		expect(rows.find((row) => row.name === 'Sara Uitzend')?.alreadyInvited).toBe(false)
		const sent = await invite(event.id, [people.stakeholder.id])
		expect((sent.data as { sent: { invited: number; alreadyInvited: number } }).sent).toMatchObject({
			invited: 1,
			alreadyInvited: 0,
		})
		expect((await prisma.eventInvitation.findUniqueOrThrow({ where: { id: stopped.id } })).mailStatus).toBe('STORED')
		expect(await prisma.eventInvitation.count({ where: { eventId: event.id } })).toBe(1)
		const mailsBefore = (await emailsTo(people.stakeholder.email!)).length

		// The mail went out but its status was lost: sending again records it without a second message.
		await prisma.eventInvitation.update({ where: { id: stopped.id }, data: { mailStatus: null } })
		expect((await invite(event.id, [people.stakeholder.id])).status).toBe(200)
		expect(await emailsTo(people.stakeholder.email!)).toHaveLength(mailsBefore)
		expect((await prisma.eventInvitation.findUniqueOrThrow({ where: { id: stopped.id } })).mailStatus).not.toBeNull()
	})

	it('asks for at least one contact, and takes nobody outside employers and stakeholders', async () => {
		const event = await newEvent()
		const empty = await invite(event.id, [])
		expect(empty.status).toBe(400)
		expect(submissionErrors(empty).contactIds).toEqual(['events:errors.noInvitees'])
		const own = await invite(event.id, [people.ownStaff.id])
		expect((own.data as { sent: { invited: number } }).sent.invited).toBe(0)
		expect(await prisma.eventInvitation.count({ where: { eventId: event.id } })).toBe(0)
	})

	it('does not invite to a cancelled or past event', async () => {
		const cancelled = await newEvent({ status: 'CANCELLED' })
		const refused = await invite(cancelled.id, [people.partner.id])
		expect(refused.status).toBe(400)
		expect(submissionErrors(refused)['']).toEqual(['events:errors.invitationsClosed'])
		const past = await newEvent({
			startsAt: new Date('2025-12-01T18:00:00.000Z'),
			endsAt: new Date('2025-12-01T20:00:00.000Z'),
		})
		expect((await invite(past.id, [people.partner.id])).status).toBe(400)
		expect(await prisma.eventInvitation.count({ where: { eventId: { in: [cancelled.id, past.id] } } })).toBe(0)
	})
})
