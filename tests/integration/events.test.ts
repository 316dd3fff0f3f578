import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import * as eventIcsRoute from '#app/routes/netwerk.bijeenkomsten.$eventId[.]ics.ts'
import * as eventRoute from '#app/routes/netwerk.bijeenkomsten.$eventId._index.tsx'
import * as attendanceRoute from '#app/routes/netwerk.bijeenkomsten.$eventId.aanwezigheid.tsx'
import * as editRoute from '#app/routes/netwerk.bijeenkomsten.$eventId.bewerken.tsx'
import * as inviteRoute from '#app/routes/netwerk.bijeenkomsten.$eventId.uitnodigen.tsx'
import * as reportRoute from '#app/routes/netwerk.bijeenkomsten.$eventId.verslag.tsx'
import * as listRoute from '#app/routes/netwerk.bijeenkomsten._index.tsx'
import * as newRoute from '#app/routes/netwerk.bijeenkomsten.nieuw.tsx'
import { listUpcomingEvents } from '#app/domain/network/events.server.ts'
import { setClock } from '#app/utils/clock.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import { type Role } from '#app/utils/permissions.ts'
import {
	createContact,
	createGroupWithMembers,
	createNetworkWorld,
	createOrganization,
	signedInByRole,
	type NetworkWorld,
} from '#tests/contact-factories.ts'
import { createEvent, createInvitation, createInvitee, icsIn, icsLines } from '#tests/event-factories.ts'
import {
	checkMatrixCase,
	emailsTo,
	expectRefused,
	getRoute,
	initialValue,
	postRoute,
	roleMatrix,
	submissionErrors,
	type MatrixCase,
	type SignedInUser,
} from '#tests/factories.ts'

// Monday 5 January 2026, 10:00 in Amsterdam.
const start = new Date('2026-01-05T09:00:00.000Z')

let world: NetworkWorld
let coordinator: SignedInUser
let networkId = ''

beforeAll(async () => {
	setClock(start)
	world = await createNetworkWorld()
	;({ coordinator, networkId } = world)
})
beforeEach(() => setClock(start))
afterAll(() => setClock(null))

const validForm = {
	kind: 'EMPLOYER_MEETING',
	title: 'Werkgeversbijeenkomst Achterhoek',
	description: 'Een avond over inclusief werkgeverschap.',
	agenda: 'Welkom\nErvaringen',
	date: '2026-01-13',
	startTime: '19:00',
	endTime: '21:00',
	location: 'Stadskamer, Hoofdstraat 1, Doetinchem',
	onlineUrl: '',
	capacity: '20',
}

const eventPath = (eventId: string) => `/netwerk/bijeenkomsten/${eventId}`

async function planEvent(form: Record<string, string> = validForm, path = '/netwerk/bijeenkomsten/nieuw') {
	const result = await postRoute(newRoute, path, coordinator.cookie, form)
	expect(result.status, JSON.stringify(result.data)).toBe(302)
	const eventId = result.location!.split('/').at(-1)!
	return prisma.networkEvent.findUniqueOrThrow({ where: { id: eventId } })
}

describe('planning an event', () => {
	it('stores the Amsterdam times in UTC (winter time) and offers a calendar file with them', async () => {
		const event = await planEvent()
		expect(event.organizationId).toBe(networkId)
		expect(event.startsAt.toISOString()).toBe('2026-01-13T18:00:00.000Z')
		expect(event.endsAt.toISOString()).toBe('2026-01-13T20:00:00.000Z')
		expect(event.capacity).toBe(20)
		expect(event.sequence).toBe(0)
		const ics = await getRoute(eventIcsRoute, `${eventPath(event.id)}.ics`, coordinator.cookie, { eventId: event.id })
		expect(ics.status).toBe(200)
		const lines = icsLines(String(ics.data))
		expect(lines).toContain(`UID:event-${event.id}@werkverbinder`)
		expect(lines).toContain('SEQUENCE:0')
		expect(lines).toContain('DTSTART:20260113T180000Z')
		expect(lines).toContain('DTEND:20260113T200000Z')
		expect(lines).toContain('SUMMARY:Werkgeversbijeenkomst Achterhoek')
	})

	it('reads 19:00 in July as summer time: 17:00 UTC', async () => {
		const event = await planEvent({
			...validForm,
			date: '2026-07-14',
			location: '',
			onlineUrl: 'https://meet.example.test/abc',
		})
		expect(event.startsAt.toISOString()).toBe('2026-07-14T17:00:00.000Z')
		expect(event.onlineUrl).toBe('https://meet.example.test/abc')
		expect(event.location).toBeNull()
		const ics = await getRoute(eventIcsRoute, `${eventPath(event.id)}.ics`, coordinator.cookie, { eventId: event.id })
		expect(icsLines(String(ics.data))).toContain('DTSTART:20260714T170000Z')
	})

	it('explains every wrong field and keeps what was typed', async () => {
		const cases: Array<[Record<string, string>, string, string]> = [
			[{ location: '', onlineUrl: '' }, 'location', 'events:errors.placeRequired'],
			[{ onlineUrl: 'javascript:alert(1)' }, 'onlineUrl', 'events:errors.urlInvalid'],
			[{ onlineUrl: 'ftp://files.example.test' }, 'onlineUrl', 'events:errors.urlInvalid'],
			[{ endTime: '18:30' }, 'endTime', 'events:errors.endBeforeStart'],
			[{ date: '2026-01-04' }, 'date', 'events:errors.startInPast'],
			[{ date: '2026-02-30' }, 'date', 'events:errors.dateInvalid'],
			[{ startTime: '25:00' }, 'startTime', 'events:errors.timeInvalid'],
			[{ capacity: '0' }, 'capacity', 'events:errors.capacityRange'],
			[{ title: '' }, 'title', 'errors:validation.required'],
		]
		for (const [change, field, message] of cases) {
			const result = await postRoute(newRoute, '/netwerk/bijeenkomsten/nieuw', coordinator.cookie, {
				...validForm,
				...change,
			})
			expect(result.status, field).toBe(400)
			expect(submissionErrors(result)[field], JSON.stringify(change)).toContain(message)
			expect(initialValue(result).description).toBe(validForm.description)
		}
		expect(await prisma.networkEvent.count({ where: { title: validForm.title, startsAt: { lt: start } } })).toBe(0)
	})

	it('plans a session of one of its own sounding-board groups, with the open topics on the agenda', async () => {
		const contact = await createContact({ organizationId: (await createOrganization()).id, name: 'Sanne Bakker' })
		const group = await createGroupWithMembers(networkId, [contact.id], 'Klankbordgroep Achterhoek')
		const member = group.members[0]!
		const topic = await prisma.groupTopic.create({
			data: { groupId: group.id, memberId: member.id, kind: 'CHALLENGE', title: 'Begeleiding op de werkvloer' },
		})
		const path = `/netwerk/bijeenkomsten/nieuw?groep=${group.id}`
		const page = await getRoute(newRoute, path, coordinator.cookie)
		expect(page.status).toBe(200)
		expect((page.data as { group: { id: string } }).group.id).toBe(group.id)

		const event = await planEvent({ ...validForm, kind: 'SOUNDING_BOARD', groupId: group.id }, path)
		expect(event.groupId).toBe(group.id)
		expect((await prisma.groupTopic.findUniqueOrThrow({ where: { id: topic.id } })).eventId).toBe(event.id)
		const eventPage = await getRoute(eventRoute, eventPath(event.id), coordinator.cookie, { eventId: event.id })
		expect((eventPage.data as { topics: Array<{ title: string }> }).topics.map((entry) => entry.title)).toEqual([
			'Begeleiding op de werkvloer',
		])

		// Another network's coordinator cannot plan for this group.
		const other = world.otherCoordinator
		expectRefused(await getRoute(newRoute, path, other.cookie), 404)
		const refused = await postRoute(newRoute, path, other.cookie, { ...validForm, groupId: group.id })
		expect(refused.status).toBe(400)
		expect(submissionErrors(refused).groupId).toEqual(['events:errors.groupUnknown'])

		// A malformed or unknown group id is the same 404; an empty one plans an event without a group.
		for (const bad of ['x'.repeat(41), 'unknown-group']) {
			expectRefused(await getRoute(newRoute, `/netwerk/bijeenkomsten/nieuw?groep=${bad}`, coordinator.cookie), 404)
		}
		const empty = await getRoute(newRoute, '/netwerk/bijeenkomsten/nieuw?groep=', coordinator.cookie)
		expect(empty.status).toBe(200)
		expect((empty.data as { group: unknown }).group).toBeNull()
	})
})

describe('changing and cancelling an event', () => {
	it('raises the sequence only when time or place changes, moves the links and reminders with it', async () => {
		const event = await planEvent()
		const { invitation, token } = await createInvitee(event.id)
		await prisma.eventInvitation.update({
			where: { id: invitation.id },
			data: { response: 'YES', reminderSentAt: start },
		})
		const edit = (form: Record<string, string>) =>
			postRoute(editRoute, `${eventPath(event.id)}/bewerken`, coordinator.cookie, form, { eventId: event.id })

		expect((await edit({ ...validForm, title: 'Nieuwe titel' })).status).toBe(302)
		let saved = await prisma.networkEvent.findUniqueOrThrow({ where: { id: event.id } })
		expect(saved.title).toBe('Nieuwe titel')
		expect(saved.sequence).toBe(0)

		expect((await edit({ ...validForm, title: 'Nieuwe titel', startTime: '19:30', endTime: '22:00' })).status).toBe(302)
		saved = await prisma.networkEvent.findUniqueOrThrow({ where: { id: event.id } })
		expect(saved.sequence).toBe(1)
		expect(saved.startsAt.toISOString()).toBe('2026-01-13T18:30:00.000Z')
		// Still the same day: the reminder sent the day before stays sent (the invitee is not reminded twice).
		const reminderSentAt = async () =>
			(await prisma.eventInvitation.findUniqueOrThrow({ where: { id: invitation.id } })).reminderSentAt
		expect(await reminderSentAt()).toEqual(start)
		const links = await prisma.linkToken.findMany({ where: { purpose: 'EVENT_RSVP', subjectId: invitation.id } })
		expect(links.map((link) => link.expiresAt.toISOString())).toEqual(['2026-01-13T21:00:00.000Z'])
		expect(token).toBeTruthy()

		expect(
			(await edit({ ...validForm, title: 'Nieuwe titel', startTime: '19:30', endTime: '22:00', location: 'Elders' }))
				.status,
		).toBe(302)
		expect((await prisma.networkEvent.findUniqueOrThrow({ where: { id: event.id } })).sequence).toBe(2)

		// Another day: the invitee is to be reminded again, the day before the new date.
		const nextDay = { ...validForm, title: 'Nieuwe titel', date: '2026-01-14', location: 'Elders' }
		expect((await edit(nextDay)).status).toBe(302)
		expect(await reminderSentAt()).toBeNull()
	})

	it('mails the updated invitation to yes and maybe when asked, with the new sequence', async () => {
		const event = await planEvent()
		const yes = await createInvitee(event.id, { response: 'YES' })
		const maybe = await createInvitee(event.id, { response: 'MAYBE' })
		const no = await createInvitee(event.id, { response: 'NO' })
		const result = await postRoute(
			editRoute,
			`${eventPath(event.id)}/bewerken`,
			coordinator.cookie,
			{ ...validForm, date: '2026-01-20', notifyInvitees: 'on' },
			{ eventId: event.id },
		)
		expect(result.status).toBe(302)
		for (const invitee of [yes, maybe]) {
			const mails = await emailsTo(invitee.contact.email!)
			expect(mails).toHaveLength(1)
			expect(mails[0]!.subject).toMatch(/^Gewijzigd: Werkgeversbijeenkomst Achterhoek/)
			const lines = icsLines(icsIn(mails[0]!.text)!)
			expect(lines).toContain('SEQUENCE:1')
			expect(lines).toContain('DTSTART:20260120T180000Z')
		}
		expect(await emailsTo(no.contact.email!)).toHaveLength(0)
	})

	it('promotes the waiting list when seats are added', async () => {
		const event = await planEvent({ ...validForm, capacity: '1' })
		// The one seat is taken; the next yes waits.
		await createInvitee(event.id, { response: 'YES' })
		const waiting = await createInvitee(event.id, { response: 'WAITLISTED', waitlistedAt: start })
		await postRoute(
			editRoute,
			`${eventPath(event.id)}/bewerken`,
			coordinator.cookie,
			{ ...validForm, capacity: '2' },
			{
				eventId: event.id,
			},
		)
		expect((await prisma.eventInvitation.findUniqueOrThrow({ where: { id: waiting.invitation.id } })).response).toBe(
			'YES',
		)
		const mails = await emailsTo(waiting.contact.email!)
		expect(mails.map((mail) => mail.subject)).toEqual(['Er is een plaats voor je: Werkgeversbijeenkomst Achterhoek'])
	})

	it('cancels: yes, maybe, the waiting list and the unanswered get a cancellation that takes it out of their calendar', async () => {
		const event = await planEvent()
		const organizationId = (await createOrganization()).id
		const people = {
			yes: await createInvitee(event.id, { response: 'YES' }),
			maybe: await createInvitee(event.id, { response: 'MAYBE' }),
			waiting: await createInvitee(event.id, { response: 'WAITLISTED' }),
			no: await createInvitee(event.id, { response: 'NO' }),
			silent: await createInvitee(event.id),
			neverMailed: await createInvitee(event.id),
			optedOut: await createInvitee(event.id, { organizationId, mailOptOuts: ['EVENTS'], response: 'YES' }),
		}

		// An invitation whose mail never went out put nothing in anyone's calendar.
		await prisma.eventInvitation.update({ where: { id: people.neverMailed.invitation.id }, data: { mailStatus: null } })

		const result = await postRoute(
			eventRoute,
			eventPath(event.id),
			coordinator.cookie,
			{ intent: 'cancel' },
			{
				eventId: event.id,
			},
		)
		expect(result.status).toBe(302)
		const saved = await prisma.networkEvent.findUniqueOrThrow({ where: { id: event.id } })
		expect(saved.status).toBe('CANCELLED')
		expect(saved.sequence).toBe(1)
		for (const invitee of [people.yes, people.maybe, people.waiting, people.silent]) {
			const mails = await emailsTo(invitee.contact.email!)
			expect(mails).toHaveLength(1)
			expect(mails[0]!.subject).toMatch(/^Geannuleerd: /)
			const lines = icsLines(icsIn(mails[0]!.text)!)
			expect(lines).toContain('METHOD:CANCEL')
			expect(lines).toContain('STATUS:CANCELLED')
			expect(lines).toContain(`UID:event-${event.id}@werkverbinder`)
			expect(lines).toContain('SEQUENCE:1')
		}
		for (const invitee of [people.no, people.neverMailed, people.optedOut]) {
			expect(await emailsTo(invitee.contact.email!)).toHaveLength(0)
		}
		// Once cancelled, it is not changed or cancelled again.
		const edit = await getRoute(editRoute, `${eventPath(event.id)}/bewerken`, coordinator.cookie, { eventId: event.id })
		expect(edit.status).toBe(302)
		expect(edit.location).toBe(eventPath(event.id))
		await postRoute(eventRoute, eventPath(event.id), coordinator.cookie, { intent: 'cancel' }, { eventId: event.id })
		expect(await emailsTo(people.yes.contact.email!)).toHaveLength(1)
	})

	it('cancels a sounding-board session: its topics are open again and go onto the next session', async () => {
		const organizationId = (await createOrganization()).id
		const sessionOf = async (groupName: string, topicTitle: string) => {
			const contact = await createContact({ organizationId, name: `Lid van ${groupName}` })
			const group = await createGroupWithMembers(networkId, [contact.id], groupName)
			const topic = await prisma.groupTopic.create({
				data: { groupId: group.id, memberId: group.members[0]!.id, kind: 'CHALLENGE', title: topicTitle },
			})
			const path = `/netwerk/bijeenkomsten/nieuw?groep=${group.id}`
			const form = { ...validForm, kind: 'SOUNDING_BOARD', groupId: group.id }
			return { topic, path, form, session: await planEvent(form, path) }
		}
		const topicEvent = async (topicId: string) =>
			(await prisma.groupTopic.findUniqueOrThrow({ where: { id: topicId } })).eventId
		const cancelled = await sessionOf('Klankbordgroep Afgelast', 'Begeleiding op de werkvloer')
		const other = await sessionOf('Klankbordgroep Gaat Door', 'Een geslaagde inwerkweek')
		expect(await topicEvent(cancelled.topic.id)).toBe(cancelled.session.id)

		const result = await postRoute(
			eventRoute,
			eventPath(cancelled.session.id),
			coordinator.cookie,
			{ intent: 'cancel' },
			{ eventId: cancelled.session.id },
		)
		expect(result.status).toBe(302)
		expect(await topicEvent(cancelled.topic.id)).toBeNull()
		expect(await topicEvent(other.topic.id)).toBe(other.session.id)
		const page = await getRoute(eventRoute, eventPath(cancelled.session.id), coordinator.cookie, {
			eventId: cancelled.session.id,
		})
		expect((page.data as { topics: unknown[] }).topics).toEqual([])

		// The group's next session gets the topic on its agenda.
		const next = await planEvent({ ...cancelled.form, date: '2026-01-20' }, cancelled.path)
		expect(await topicEvent(cancelled.topic.id)).toBe(next.id)
	})
})

describe('the events list and the start page', () => {
	it('lists upcoming and past events with their answer counts', async () => {
		const { networkId: ownNetwork, coordinator: own } = await createNetworkWorld()
		const past = await createEvent({
			networkId: ownNetwork,
			startsAt: new Date('2025-12-01T18:00:00.000Z'),
			title: 'Vorige keer',
		})
		const next = await createEvent({
			networkId: ownNetwork,
			startsAt: new Date('2026-01-20T18:00:00.000Z'),
			title: 'Volgende keer',
			capacity: 10,
		})
		const later = await createEvent({
			networkId: ownNetwork,
			startsAt: new Date('2026-02-20T18:00:00.000Z'),
			title: 'Later',
		})
		await createEvent({
			networkId: ownNetwork,
			startsAt: new Date('2026-01-25T18:00:00.000Z'),
			title: 'Afgelast',
			status: 'CANCELLED',
		})
		await createEvent({ networkId, startsAt: new Date('2026-01-21T18:00:00.000Z'), title: 'Van een ander netwerk' })
		const organizationId = (await createOrganization()).id
		for (const response of ['YES', 'YES', 'MAYBE', 'NO', 'WAITLISTED', 'INVITED']) {
			const contact = await createContact({ organizationId })
			await createInvitation({ eventId: next.id, contactPersonId: contact.id, response })
		}
		const result = await getRoute(listRoute, '/netwerk/bijeenkomsten', own.cookie)
		const data = result.data as {
			upcoming: Array<{ title: string; status: string; counts: Record<string, number> }>
			past: Array<{ title: string }>
		}
		expect(data.upcoming.map((event) => event.title)).toEqual(['Volgende keer', 'Afgelast', 'Later'])
		expect(data.upcoming[0]!.counts).toEqual({ invited: 6, yes: 2, maybe: 1, no: 1, waitlisted: 1 })
		expect(data.past.map((event) => event.title)).toEqual(['Vorige keer'])

		const upcoming = await listUpcomingEvents(ownNetwork)
		expect(upcoming.map((event) => event.id)).toEqual([next.id, later.id])
		expect(upcoming[0]!.counts.yes).toBe(2)
		expect(past.id).toBeTruthy()
	})
})

describe('who may use the event pages', () => {
	let eventId = ''
	let signed: Record<Role, SignedInUser>
	beforeAll(async () => {
		eventId = (await createEvent({ networkId, startsAt: new Date('2026-01-20T18:00:00.000Z') })).id
		signed = signedInByRole(world)
	})

	const coordinatorOnly = <Expected extends number>(coordinatorGets: Expected) =>
		({ ADMIN: 403, EMPLOYER: 403, JOBCOACH: 403, COORDINATOR: coordinatorGets }) as Record<Role, number>
	const onEvent = (suffix: string) => () => ({ path: `${eventPath(eventId)}${suffix}`, params: { eventId } })
	const cases: Array<MatrixCase<SignedInUser>> = [
		{
			route: 'list',
			module: listRoute,
			target: () => ({ path: '/netwerk/bijeenkomsten' }),
			expected: coordinatorOnly(200),
		},
		{
			route: 'new',
			module: newRoute,
			target: () => ({ path: '/netwerk/bijeenkomsten/nieuw' }),
			expected: coordinatorOnly(200),
		},
		{
			route: 'new (post)',
			module: newRoute,
			method: 'POST',
			target: () => ({ path: '/netwerk/bijeenkomsten/nieuw' }),
			form: () => ({ title: '' }),
			expected: coordinatorOnly(400),
		},
		{ route: 'event', module: eventRoute, target: onEvent(''), expected: coordinatorOnly(200) },
		{
			route: 'event (post)',
			module: eventRoute,
			method: 'POST',
			target: onEvent(''),
			form: () => ({ intent: 'unknown' }),
			expected: coordinatorOnly(400),
		},
		{ route: 'calendar file', module: eventIcsRoute, target: onEvent('.ics'), expected: coordinatorOnly(200) },
		{ route: 'edit', module: editRoute, target: onEvent('/bewerken'), expected: coordinatorOnly(200) },
		{
			route: 'edit (post)',
			module: editRoute,
			method: 'POST',
			target: onEvent('/bewerken'),
			form: () => ({ title: '' }),
			expected: coordinatorOnly(400),
		},
		{ route: 'invite', module: inviteRoute, target: onEvent('/uitnodigen'), expected: coordinatorOnly(200) },
		{
			route: 'invite (post)',
			module: inviteRoute,
			method: 'POST',
			target: onEvent('/uitnodigen'),
			form: () => ({}),
			expected: coordinatorOnly(400),
		},
		{ route: 'attendance', module: attendanceRoute, target: onEvent('/aanwezigheid'), expected: coordinatorOnly(200) },
		{
			route: 'attendance (post)',
			module: attendanceRoute,
			method: 'POST',
			target: onEvent('/aanwezigheid'),
			form: () => ({ intent: 'save' }),
			// The event is still to come: the coordinator is let in and told attendance opens on the day.
			expected: coordinatorOnly(400),
		},
		{ route: 'report', module: reportRoute, target: onEvent('/verslag'), expected: coordinatorOnly(200) },
		{
			route: 'report (post)',
			module: reportRoute,
			method: 'POST',
			target: onEvent('/verslag'),
			form: () => ({ intent: 'unknown' }),
			expected: coordinatorOnly(400),
		},
	]

	it.each(roleMatrix(cases))('$route as $actor: $outcome', (testCase) => checkMatrixCase(testCase, signed))

	it.each(cases.filter((testCase) => testCase.target(null).params))(
		'$route of another network answers 404',
		async (testCase) => {
			const other = { ...signed, COORDINATOR: world.otherCoordinator }
			await checkMatrixCase(
				{ ...testCase, actor: 'COORDINATOR', expected: { ...testCase.expected, COORDINATOR: 404 } },
				other,
			)
		},
	)

	it('answers 404 for an unknown or malformed event id', async () => {
		for (const bad of ['unknown-id', 'x'.repeat(41)]) {
			expectRefused(await getRoute(eventRoute, eventPath(bad), coordinator.cookie, { eventId: bad }), 404)
		}
	})
})
