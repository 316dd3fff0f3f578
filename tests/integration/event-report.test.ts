import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import * as attendanceRoute from '#app/routes/netwerk.bijeenkomsten.$eventId.aanwezigheid.tsx'
import * as reportRoute from '#app/routes/netwerk.bijeenkomsten.$eventId.verslag.tsx'
import { activitySource } from '#app/domain/network/activity-options.ts'
import { listPledgesForEmployer } from '#app/domain/network/pledges.server.ts'
import { setClock } from '#app/utils/clock.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import { createContact, createNetworkWorld, createOrganization } from '#tests/contact-factories.ts'
import { createEvent, createInvitee } from '#tests/event-factories.ts'
import { emailsTo, getRoute, postRoute, submissionErrors, type SignedInUser } from '#tests/factories.ts'
import { createPlace } from '#tests/placement-factories.ts'
import { getRelationship, setRelationship } from '#tests/relationship-factories.ts'

// The event was on Tuesday 13 January 2026, 19:00-21:00 in Amsterdam; it is now 21:30 that evening.
const eventStart = new Date('2026-01-13T18:00:00.000Z')
const afterwards = new Date('2026-01-13T20:30:00.000Z')
const followUpDay = '2026-01-27T00:00:00.000Z'

let coordinator: SignedInUser
let networkId = ''

beforeAll(async () => {
	setClock(afterwards)
	;({ coordinator, networkId } = await createNetworkWorld())
})
beforeEach(() => setClock(afterwards))
afterAll(() => setClock(null))

const attendancePath = (eventId: string) => `/netwerk/bijeenkomsten/${eventId}/aanwezigheid`
const reportPath = (eventId: string) => `/netwerk/bijeenkomsten/${eventId}/verslag`

/** An event with: two contacts of one employer, one of a second employer, one stakeholder. */
async function meetingWithInvitees(title = 'Werkgeversbijeenkomst januari') {
	const event = await createEvent({ networkId, startsAt: eventStart, title })
	const bakery = await createOrganization({ name: 'Bakkerij De Korenaar' })
	const garden = await createOrganization({ name: 'Hoveniersbedrijf Groen' })
	const agency = await createOrganization({ kind: 'STAKEHOLDER', name: 'Uitzendbureau Werk' })
	return {
		event,
		bakery,
		garden,
		agency,
		baker: await createInvitee(event.id, { organizationId: bakery.id, name: 'Anna Bakker', response: 'YES' }),
		bakerColleague: await createInvitee(event.id, {
			organizationId: bakery.id,
			name: 'Bert Bakker',
			response: 'MAYBE',
		}),
		gardener: await createInvitee(event.id, { organizationId: garden.id, name: 'Gijs Groen', response: 'NO' }),
		agent: await createInvitee(event.id, {
			organizationId: agency.id,
			name: 'Sara Uitzend',
			response: 'YES',
			mailOptOuts: ['SUMMARIES'],
		}),
	}
}

function saveAttendance(eventId: string, entries: Record<string, string>) {
	const form: Record<string, string> = { intent: 'save' }
	for (const [invitationId, value] of Object.entries(entries)) form[`attendance.${invitationId}`] = value
	return postRoute(attendanceRoute, attendancePath(eventId), coordinator.cookie, form, { eventId })
}

function postReport(eventId: string, form: Record<string, string>) {
	return postRoute(reportRoute, reportPath(eventId), coordinator.cookie, form, { eventId })
}

const relationshipOf = (employerId: string) => getRelationship(networkId, employerId)

describe('attendance on the day', () => {
	it('lists who may come first, records present, absent and sent apologies in one form', async () => {
		const world = await meetingWithInvitees()
		const page = await getRoute(attendanceRoute, attendancePath(world.event.id), coordinator.cookie, {
			eventId: world.event.id,
		})
		const names = (page.data as { invitations: Array<{ contactPerson: { name: string } }> }).invitations.map(
			(invitation) => invitation.contactPerson.name,
		)
		expect(names).toEqual(['Anna Bakker', 'Sara Uitzend', 'Bert Bakker', 'Gijs Groen'])

		const result = await saveAttendance(world.event.id, {
			[world.baker.invitation.id]: 'PRESENT',
			[world.bakerColleague.invitation.id]: 'EXCUSED',
			[world.gardener.invitation.id]: 'ABSENT',
		})
		expect(result.status).toBe(302)
		const saved = await prisma.eventInvitation.findMany({
			where: { eventId: world.event.id },
			include: { contactPerson: true },
		})
		expect(Object.fromEntries(saved.map((row) => [row.contactPerson.name, row.attendance]))).toEqual({
			'Anna Bakker': 'PRESENT',
			'Bert Bakker': 'EXCUSED',
			'Gijs Groen': 'ABSENT',
			'Sara Uitzend': null,
		})
		const invalid = await saveAttendance(world.event.id, { [world.baker.invitation.id]: 'MAYBE' })
		expect(invalid.status).toBe(400)
	})

	it('puts an attending employer on its timeline with a follow-up two weeks later, once, and removes both when unticked', async () => {
		const world = await meetingWithInvitees('Ontbijtsessie')
		// A follow-up planned later than the proposed day is brought forward.
		await setRelationship({ networkId, employerId: world.bakery.id, stage: 'ENGAGED', nextFollowUpOn: '2026-03-01' })
		await saveAttendance(world.event.id, {
			[world.baker.invitation.id]: 'PRESENT',
			[world.agent.invitation.id]: 'PRESENT',
		})
		const sourceKey = activitySource.attendance(world.baker.invitation.id)
		const activity = await prisma.relationshipActivity.findUniqueOrThrow({ where: { sourceKey } })
		expect(activity).toMatchObject({
			kind: 'EVENT_ATTENDANCE',
			networkId,
			employerId: world.bakery.id,
			eventId: world.event.id,
			contactPersonId: world.baker.contact.id,
			occurredAt: eventStart,
		})
		let relationship = await relationshipOf(world.bakery.id)
		expect(relationship?.nextFollowUpOn?.toISOString()).toBe(followUpDay)
		expect(relationship?.followUpNote).toBe('Nabellen na Ontbijtsessie')
		expect(relationship?.lastActivityAt?.toISOString()).toBe(eventStart.toISOString())
		// A stakeholder has no employer timeline.
		expect(await prisma.relationshipActivity.count({ where: { employerId: world.agency.id } })).toBe(0)

		// Saving the same again records nothing twice.
		await saveAttendance(world.event.id, { [world.baker.invitation.id]: 'PRESENT' })
		expect(await prisma.relationshipActivity.count({ where: { eventId: world.event.id } })).toBe(1)

		// A wrong tick taken back leaves no false attendance and no follow-up of it.
		await saveAttendance(world.event.id, { [world.baker.invitation.id]: 'ABSENT' })
		expect(await prisma.relationshipActivity.findUnique({ where: { sourceKey } })).toBeNull()
		relationship = await relationshipOf(world.bakery.id)
		expect(relationship?.nextFollowUpOn).toBeNull()
		expect(relationship?.followUpNote).toBeNull()
		expect(relationship?.lastActivityAt).toBeNull()
	})

	it('keeps an earlier follow-up, creates the relationship of a new employer, and keeps the follow-up while a colleague was there', async () => {
		const world = await meetingWithInvitees('Voorjaarsbijeenkomst')
		await setRelationship({
			networkId,
			employerId: world.garden.id,
			stage: 'PROSPECT',
			nextFollowUpOn: '2026-01-20',
			followUpNote: 'Offerte bespreken',
		})
		await saveAttendance(world.event.id, {
			[world.gardener.invitation.id]: 'PRESENT',
			[world.baker.invitation.id]: 'PRESENT',
			[world.bakerColleague.invitation.id]: 'PRESENT',
		})
		const garden = await relationshipOf(world.garden.id)
		expect(garden?.nextFollowUpOn?.toISOString()).toBe('2026-01-20T00:00:00.000Z')
		expect(garden?.followUpNote).toBe('Offerte bespreken')
		const bakery = await relationshipOf(world.bakery.id)
		expect(bakery?.stage).toBe('CONTACTED')
		expect(bakery?.nextFollowUpOn?.toISOString()).toBe(followUpDay)
		expect(await prisma.relationshipActivity.count({ where: { employerId: world.bakery.id } })).toBe(2)

		await saveAttendance(world.event.id, { [world.baker.invitation.id]: 'EXCUSED' })
		expect(await prisma.relationshipActivity.count({ where: { employerId: world.bakery.id } })).toBe(1)
		expect((await relationshipOf(world.bakery.id))?.nextFollowUpOn?.toISOString()).toBe(followUpDay)
		// Taking back the gardener's tick leaves the follow-up the coordinator planned.
		await saveAttendance(world.event.id, { [world.gardener.invitation.id]: 'ABSENT' })
		expect((await relationshipOf(world.garden.id))?.followUpNote).toBe('Offerte bespreken')
	})

	it('adds a walk-in from the contacts as present, with their timeline entry', async () => {
		const world = await meetingWithInvitees()
		const walkIn = await createContact({ organizationId: world.garden.id, name: 'Wim Binnenloper' })
		const result = await postRoute(
			attendanceRoute,
			attendancePath(world.event.id),
			coordinator.cookie,
			{ intent: 'walk-in', contactPersonId: walkIn.id },
			{ eventId: world.event.id },
		)
		expect(result.status).toBe(302)
		const invitation = await prisma.eventInvitation.findUniqueOrThrow({
			where: { eventId_contactPersonId: { eventId: world.event.id, contactPersonId: walkIn.id } },
		})
		expect(invitation.attendance).toBe('PRESENT')
		expect(invitation.mailStatus).toBeNull()
		expect(
			await prisma.relationshipActivity.count({ where: { sourceKey: activitySource.attendance(invitation.id) } }),
		).toBe(1)
		const unknown = await postRoute(
			attendanceRoute,
			attendancePath(world.event.id),
			coordinator.cookie,
			{ intent: 'walk-in', contactPersonId: 'unknown' },
			{ eventId: world.event.id },
		)
		expect(unknown.status).toBe(400)
		expect(submissionErrors(unknown).contactPersonId).toEqual(['events:errors.contactUnknown'])
	})

	type AttendanceData = Awaited<ReturnType<typeof attendanceRoute.loader>>

	/** Tries the page, a save and a walk-in: each refused with the message, and nothing written. */
	async function expectAttendanceRefused(world: Awaited<ReturnType<typeof meetingWithInvitees>>, message: string) {
		const page = await getRoute(attendanceRoute, attendancePath(world.event.id), coordinator.cookie, {
			eventId: world.event.id,
		})
		expect(page.status).toBe(200)
		expect((page.data as AttendanceData).closed).not.toBeNull()
		const saved = await saveAttendance(world.event.id, { [world.baker.invitation.id]: 'PRESENT' })
		expect(saved.status).toBe(400)
		expect(submissionErrors(saved)['']).toEqual([message])
		const walkIn = await createContact({ organizationId: world.garden.id, name: 'Wim Te Vroeg' })
		const walkedIn = await postRoute(
			attendanceRoute,
			attendancePath(world.event.id),
			coordinator.cookie,
			{ intent: 'walk-in', contactPersonId: walkIn.id },
			{ eventId: world.event.id },
		)
		expect(walkedIn.status).toBe(400)
		expect(submissionErrors(walkedIn)['']).toEqual([message])
		expect(await prisma.eventInvitation.count({ where: { eventId: world.event.id, attendance: { not: null } } })).toBe(
			0,
		)
		expect(await prisma.eventInvitation.count({ where: { eventId: world.event.id } })).toBe(4)
		expect(await prisma.relationshipActivity.count({ where: { eventId: world.event.id } })).toBe(0)
		expect(await relationshipOf(world.bakery.id)).toBeNull()
	}

	it('opens on the day of the event: before that day nothing can be recorded', async () => {
		const world = await meetingWithInvitees()
		// 23:30 in Amsterdam the evening before: the event is tomorrow.
		setClock(new Date('2026-01-12T22:30:00.000Z'))
		await expectAttendanceRefused(world, 'events:errors.attendanceNotYet')
		const page = await getRoute(attendanceRoute, attendancePath(world.event.id), coordinator.cookie, {
			eventId: world.event.id,
		})
		expect((page.data as AttendanceData).closed).toBe('NOT_YET')

		// 00:10 on the day itself, hours before it starts: it may be recorded.
		setClock(new Date('2026-01-12T23:10:00.000Z'))
		const onTheDay = await getRoute(attendanceRoute, attendancePath(world.event.id), coordinator.cookie, {
			eventId: world.event.id,
		})
		expect((onTheDay.data as AttendanceData).closed).toBeNull()
		const saved = await saveAttendance(world.event.id, { [world.baker.invitation.id]: 'PRESENT' })
		expect(saved.status, JSON.stringify(saved.data)).toBe(302)
		expect(
			(await prisma.eventInvitation.findUniqueOrThrow({ where: { id: world.baker.invitation.id } })).attendance,
		).toBe('PRESENT')
	})

	it('records nothing for a cancelled event', async () => {
		const world = await meetingWithInvitees()
		await prisma.networkEvent.update({ where: { id: world.event.id }, data: { status: 'CANCELLED' } })
		await expectAttendanceRefused(world, 'events:errors.attendanceCancelled')
		const page = await getRoute(attendanceRoute, attendancePath(world.event.id), coordinator.cookie, {
			eventId: world.event.id,
		})
		expect((page.data as AttendanceData).closed).toBe('CANCELLED')
	})
})

describe('notes, action items and the summary', () => {
	it('mails the notes, decisions and action items once to every attendee who wants summaries', async () => {
		const world = await meetingWithInvitees('Werkgeversbijeenkomst Achterhoek')
		const post = (form: Record<string, string>) => postReport(world.event.id, form)

		const empty = await post({ intent: 'send-summary' })
		expect(empty.status).toBe(400)
		expect(submissionErrors(empty)['']).toEqual(['events:errors.summary.empty'])

		expect(
			(await post({ intent: 'notes', notes: 'Zeven organisaties waren er.', decisions: 'Elk kwartaal samenkomen.' }))
				.status,
		).toBe(302)
		const invalid = await post({ intent: 'add-action', description: '', ownerName: 'Anna' })
		expect(invalid.status).toBe(400)
		expect(submissionErrors(invalid).description).toEqual(['errors:validation.required'])
		await post({
			intent: 'add-action',
			description: 'Werkervaringsplek uitwerken',
			ownerName: 'Bakkerij De Korenaar',
			dueOn: '2026-02-01',
		})
		await post({ intent: 'add-action', description: 'Verslag rondsturen', ownerName: 'Fatima' })
		await post({ intent: 'add-action', description: 'Wordt geschrapt', ownerName: 'Niemand' })
		const items = await prisma.eventActionItem.findMany({
			where: { eventId: world.event.id },
			orderBy: { createdAt: 'asc' },
		})
		await post({ intent: 'toggle-action', actionItemId: items[1]!.id })
		await post({ intent: 'remove-action', actionItemId: items[2]!.id })
		const report = await getRoute(reportRoute, reportPath(world.event.id), coordinator.cookie, {
			eventId: world.event.id,
		})
		const actionItems = (
			report.data as { report: { actionItems: Array<{ description: string; doneAt: Date | null }> } }
		).report.actionItems
		expect(actionItems.map((item) => [item.description, item.doneAt !== null])).toEqual([
			['Werkervaringsplek uitwerken', false],
			['Verslag rondsturen', true],
		])

		const noAttendees = await post({ intent: 'send-summary' })
		expect(submissionErrors(noAttendees)['']).toEqual(['events:errors.summary.no-attendees'])

		await saveAttendance(world.event.id, {
			[world.baker.invitation.id]: 'PRESENT',
			[world.agent.invitation.id]: 'PRESENT',
			[world.bakerColleague.invitation.id]: 'EXCUSED',
			[world.gardener.invitation.id]: 'ABSENT',
		})
		const sent = await post({ intent: 'send-summary' })
		expect(sent.status).toBe(302)
		const [mail] = await emailsTo(world.baker.contact.email!)
		expect(mail!.subject).toBe('Verslag: Werkgeversbijeenkomst Achterhoek')
		expect(mail!.text).toContain('Zeven organisaties waren er.')
		expect(mail!.text).toContain('Elk kwartaal samenkomen.')
		expect(mail!.text).toContain('Werkervaringsplek uitwerken (Bakkerij De Korenaar, uiterlijk 1 februari 2026)')
		expect(mail!.text).toContain('Verslag rondsturen (Fatima)')
		expect(mail!.text).not.toContain('Wordt geschrapt')
		expect(mail!.text).toContain('/afmelden/')
		// Opted out of summaries, excused, absent: no summary.
		for (const person of [world.agent, world.bakerColleague, world.gardener]) {
			expect(await emailsTo(person.contact.email!)).toHaveLength(0)
		}
		expect((await prisma.networkEvent.findUniqueOrThrow({ where: { id: world.event.id } })).summarySentAt).toEqual(
			afterwards,
		)

		// Sending again reaches a newly present attendee, and nobody twice.
		await saveAttendance(world.event.id, { [world.gardener.invitation.id]: 'PRESENT' })
		await post({ intent: 'send-summary' })
		expect(await emailsTo(world.baker.contact.email!)).toHaveLength(1)
		expect(await emailsTo(world.gardener.contact.email!)).toHaveLength(1)
	})
})

describe('pledged places', () => {
	it('records a pledge of an attending employer and tracks it until posted and filled', async () => {
		const world = await meetingWithInvitees('Pledge-avond')
		const post = (form: Record<string, string>) => postReport(world.event.id, form)
		await saveAttendance(world.event.id, { [world.baker.invitation.id]: 'PRESENT' })

		const notThere = await post({
			intent: 'add-pledge',
			employerId: world.garden.id,
			description: 'Een plek',
			spots: '1',
		})
		expect(notThere.status).toBe(400)
		expect(submissionErrors(notThere).employerId).toEqual(['events:errors.employerNotAttending'])
		const tooMany = await post({
			intent: 'add-pledge',
			employerId: world.bakery.id,
			description: 'Plekken',
			spots: '99',
		})
		expect(submissionErrors(tooMany).spots).toEqual(['events:errors.spotsRange'])

		expect(
			(
				await post({
					intent: 'add-pledge',
					employerId: world.bakery.id,
					description: 'Werkervaringsplek in de keuken',
					placeType: 'WORK_EXPERIENCE',
					spots: '2',
				})
			).status,
		).toBe(302)
		let [pledge] = await listPledgesForEmployer(networkId, world.bakery.id)
		expect(pledge).toMatchObject({
			description: 'Werkervaringsplek in de keuken',
			placeType: 'WORK_EXPERIENCE',
			spots: 2,
			status: 'PLEDGED',
			place: null,
			event: { id: world.event.id, title: 'Pledge-avond' },
		})

		const place = await createPlace({ organizationId: world.bakery.id, title: 'Keukenhulp' })
		const otherPlace = await createPlace({ organizationId: world.garden.id })
		const wrong = await post({ intent: 'link-pledge', pledgeId: pledge!.id, placeId: otherPlace.id })
		expect(wrong.status).toBe(404)
		await post({ intent: 'link-pledge', pledgeId: pledge!.id, placeId: place.id })
		;[pledge] = await listPledgesForEmployer(networkId, world.bakery.id)
		expect(pledge).toMatchObject({ status: 'POSTED', place: { id: place.id, title: 'Keukenhulp' } })
		await prisma.place.update({ where: { id: place.id }, data: { status: 'FILLED' } })
		;[pledge] = await listPledgesForEmployer(networkId, world.bakery.id)
		expect(pledge!.status).toBe('FILLED')

		// Another network sees none of it.
		expect(await listPledgesForEmployer(world.garden.id, world.bakery.id)).toEqual([])

		await post({ intent: 'remove-pledge', pledgeId: pledge!.id })
		expect(await listPledgesForEmployer(networkId, world.bakery.id)).toEqual([])
	})
})
