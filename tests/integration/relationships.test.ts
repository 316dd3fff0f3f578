// Employer relationships through their routes: proposals and placements appear on the employer's
// timeline by themselves (once), people log contacts in two clicks, coordinators change stage, owner
// and follow-up, follow-ups come due and engaged employers go quiet as the clock moves, calls,
// visits and meetings count towards each person's weekly target, and another coaching organisation
// sees none of it. Employers and admins are refused everywhere.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { recordActivity } from '#app/domain/network/activities.server.ts'
import { activitySource, type ActivityKind } from '#app/domain/network/activity-options.ts'
import * as coachHomeRoute from '#app/routes/jobcoach._index.tsx'
import * as newProposalRoute from '#app/routes/jobcoach.kandidaten.$candidateId.voorstellen.nieuw.tsx'
import * as newPlacementRoute from '#app/routes/jobcoach.voorstellen.$proposalId_.plaatsing.tsx'
import * as homeRoute from '#app/routes/netwerk._index.tsx'
import * as relationshipRoute from '#app/routes/netwerk.relaties.$employerId.tsx'
import * as listRoute from '#app/routes/netwerk.relaties._index.tsx'
import { setClock } from '#app/utils/clock.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import { createCandidate } from '#tests/candidate-factories.ts'
import { createNetworkWorld, signedInByRole, type NetworkWorld } from '#tests/contact-factories.ts'
import { createEvent } from '#tests/event-factories.ts'
import {
	checkMatrixCase,
	createSignedInUser,
	expectRefused,
	getRoute,
	initialValue,
	loaderData,
	postRoute,
	roleMatrix,
	signInAgain,
	submissionErrors,
	type MatrixCase,
	type RouteResult,
	type SignedInUser,
} from '#tests/factories.ts'
import { createProposal } from '#tests/placement-factories.ts'
import { createPublishedPlace } from '#tests/proposal-factories.ts'
import { addActivity, createEmployer, getRelationship, setRelationship } from '#tests/relationship-factories.ts'

// 11:00 in Amsterdam on Wednesday 4 March 2026 (winter time, UTC+1).
const start = new Date('2026-03-04T10:00:00.000Z')
const TODAY = '2026-03-04'
const DAY = 24 * 60 * 60 * 1000

let world: NetworkWorld

beforeAll(async () => {
	setClock(start)
	world = await createNetworkWorld()
})
beforeEach(() => setClock(start))
afterAll(() => setClock(null))

type PageData = Awaited<ReturnType<typeof relationshipRoute.loader>>
type ListData = Awaited<ReturnType<typeof listRoute.loader>>
type HomeData = Awaited<ReturnType<typeof homeRoute.loader>>
type CoachHomeData = Awaited<ReturnType<typeof coachHomeRoute.loader>>

const relationshipPath = (employerId: string) => `/netwerk/relaties/${employerId}`

function openPage(who: SignedInUser, employerId: string, search = '') {
	return getRoute(relationshipRoute, `${relationshipPath(employerId)}${search}`, who.cookie, { employerId })
}

function pageData(who: SignedInUser, employerId: string) {
	return loaderData<PageData>(relationshipRoute, relationshipPath(employerId), who.cookie, { employerId })
}

function post(who: SignedInUser, employerId: string, form: Record<string, string>) {
	return postRoute(relationshipRoute, relationshipPath(employerId), who.cookie, form, { employerId })
}

const listData = (who: SignedInUser, search = '') =>
	loaderData<ListData>(listRoute, `/netwerk/relaties${search}`, who.cookie)
const homeData = (who: SignedInUser) => loaderData<HomeData>(homeRoute, '/netwerk', who.cookie)
const coachHomeData = (who: SignedInUser) => loaderData<CoachHomeData>(coachHomeRoute, '/jobcoach', who.cookie)

function expectRedirectTo(result: RouteResult, path: string) {
	expect(result.status, JSON.stringify(result.data)).toBe(302)
	expect(result.location).toBe(path)
}

const activitiesOf = (employerId: string) =>
	prisma.relationshipActivity.findMany({ where: { employerId }, orderBy: { occurredAt: 'asc' } })
const day = (value: Date | null | undefined) => value?.toISOString().slice(0, 10) ?? null

const MOTIVATION = 'Werkt graag buiten, is nauwkeurig en zoekt een rustige plek om ervaring op te doen in het groen.'

describe('proposals and placements on the timeline', () => {
	it('a proposal adds exactly one entry, naming the place and never the candidate', async () => {
		const employer = await createEmployer('Kwekerij De Linde')
		const place = await createPublishedPlace({ organizationId: employer.id, title: 'Hulp in de kwekerij' })
		const candidate = await createCandidate({
			organizationId: world.networkId,
			primaryCoachId: world.jobcoach.user.id,
			firstName: 'Sanne',
			lastName: 'de Vries',
		})
		const propose = () =>
			postRoute(
				newProposalRoute,
				`/jobcoach/kandidaten/${candidate.id}/voorstellen/nieuw`,
				world.jobcoach.cookie,
				{ placeId: place.id, motivation: MOTIVATION },
				{ candidateId: candidate.id },
			)
		const result = await propose()
		expect(result.status, JSON.stringify(result.data)).toBe(302)
		const proposalId = result.location!.split('/').pop()!

		const expected = {
			networkId: world.networkId,
			employerId: employer.id,
			kind: 'PROPOSAL' as const,
			proposalId,
			actorId: world.jobcoach.user.id,
			occurredAt: start,
			sourceKey: activitySource.proposal(proposalId),
		}
		expect(await activitiesOf(employer.id)).toEqual([expect.objectContaining(expected)])
		expect(await getRelationship(world.networkId, employer.id)).toMatchObject({
			stage: 'PROSPECT',
			lastActivityAt: start,
		})

		// A second submit is refused, and recording the same fact again changes nothing.
		expect((await propose()).status).toBe(400)
		await recordActivity(prisma, { ...expected, occurredAt: new Date(start.getTime() + DAY) })
		expect(await activitiesOf(employer.id)).toHaveLength(1)
		expect((await getRelationship(world.networkId, employer.id))?.lastActivityAt).toEqual(start)

		// The network's jobcoaches follow the link to the proposal; the coordinator reads the place title.
		const coachView = await pageData(world.jobcoach, employer.id)
		expect(coachView.timeline).toEqual([
			expect.objectContaining({
				kind: 'PROPOSAL',
				actorName: 'Jan Jobcoach',
				proposal: { placeTitle: 'Hulp in de kwekerij', href: `/jobcoach/voorstellen/${proposalId}` },
			}),
		])
		const coordinatorView = await pageData(world.coordinator, employer.id)
		expect(coordinatorView.timeline[0]?.proposal).toEqual({ placeTitle: 'Hulp in de kwekerij', href: null })
		for (const view of [coachView, coordinatorView]) {
			const text = JSON.stringify(view)
			for (const identity of ['Sanne', 'de Vries', candidate.code]) expect(text).not.toContain(identity)
		}
	})

	it('a placement adds exactly one entry in the coaching organisation’s network', async () => {
		const employer = await createEmployer('Zorgboerderij Het Erf')
		const { proposal, placeId } = await createProposal({
			coachingOrganizationId: world.networkId,
			employerOrganizationId: employer.id,
			coachId: world.jobcoach.user.id,
		})
		const place = await prisma.place.findUniqueOrThrow({ where: { id: placeId } })
		const placementForm = {
			startDate: TODAY,
			hoursPerWeek: '16',
			supervisorName: 'Henk Jansen',
			supervisorContact: '0612345678',
		}
		const place_ = () =>
			postRoute(
				newPlacementRoute,
				`/jobcoach/voorstellen/${proposal.id}/plaatsing`,
				world.jobcoach.cookie,
				placementForm,
				{
					proposalId: proposal.id,
				},
			)
		const result = await place_()
		expect(result.status, JSON.stringify(result.data)).toBe(302)
		const placementId = result.location!.split('/').pop()!
		const expected = {
			networkId: world.networkId,
			employerId: employer.id,
			kind: 'PLACEMENT' as const,
			placementId,
			actorId: world.jobcoach.user.id,
			sourceKey: activitySource.placement(placementId),
		}
		expect(await activitiesOf(employer.id)).toEqual([expect.objectContaining(expected)])

		expect((await place_()).status).toBe(400)
		await recordActivity(prisma, { ...expected, occurredAt: start })
		expect(await activitiesOf(employer.id)).toHaveLength(1)

		const coachView = await pageData(world.jobcoach, employer.id)
		expect(coachView.timeline[0]).toMatchObject({
			kind: 'PLACEMENT',
			placement: { placeTitle: place.title, href: `/jobcoach/plaatsingen/${placementId}` },
		})
		expect((await pageData(world.coordinator, employer.id)).timeline[0]?.placement).toEqual({
			placeTitle: place.title,
			href: null,
		})
		// Nothing of it reaches another coaching organisation.
		expect((await pageData(world.otherCoordinator, employer.id)).timeline).toEqual([])
	})

	it('shows event attendance with the event title, linked for coordinators only', async () => {
		const employer = await createEmployer('Lunchroom De Kroon')
		const event = await createEvent({
			networkId: world.networkId,
			title: 'Werkgeversontbijt februari',
			startsAt: new Date('2026-02-20T07:30:00.000Z'),
			endsAt: new Date('2026-02-20T09:00:00.000Z'),
		})
		await addActivity({
			networkId: world.networkId,
			employerId: employer.id,
			kind: 'EVENT_ATTENDANCE',
			occurredAt: event.startsAt,
			eventId: event.id,
			contactPersonId: employer.contact.id,
			sourceKey: activitySource.attendance(`invitation-${employer.id}`),
		})
		expect((await pageData(world.coordinator, employer.id)).timeline).toEqual([
			expect.objectContaining({
				kind: 'EVENT_ATTENDANCE',
				contactPersonName: employer.contact.name,
				event: { title: 'Werkgeversontbijt februari', href: `/netwerk/bijeenkomsten/${event.id}` },
			}),
		])
		expect((await pageData(world.jobcoach, employer.id)).timeline[0]?.event).toEqual({
			title: 'Werkgeversontbijt februari',
			href: null,
		})
	})
})

describe('logging an activity', () => {
	it('saves a call with the day of today, a contact person, a summary and the next follow-up', async () => {
		const employer = await createEmployer('Bakkerij Van Dijk')
		expect((await openPage(world.jobcoach, employer.id, '?log=CALL')).status).toBe(200)
		expect((await pageData(world.jobcoach, employer.id)).relationship).toMatchObject({ stage: 'PROSPECT', owner: null })

		const result = await post(world.jobcoach, employer.id, {
			intent: 'log',
			kind: 'CALL',
			occurredOn: TODAY,
			contactPersonId: employer.contact.id,
			summary: 'Gesproken over een werkervaringsplek in de winkel.',
			nextFollowUpOn: '2026-03-18',
			followUpNote: 'Terugbellen over de start',
		})
		expectRedirectTo(result, relationshipPath(employer.id))
		expect(await activitiesOf(employer.id)).toEqual([
			expect.objectContaining({
				networkId: world.networkId,
				kind: 'CALL',
				occurredAt: start,
				actorId: world.jobcoach.user.id,
				contactPersonId: employer.contact.id,
				summary: 'Gesproken over een werkervaringsplek in de winkel.',
				sourceKey: null,
			}),
		])
		const relationship = await getRelationship(world.networkId, employer.id)
		expect(relationship).toMatchObject({
			stage: 'CONTACTED',
			lastActivityAt: start,
			followUpNote: 'Terugbellen over de start',
		})
		expect(day(relationship?.nextFollowUpOn)).toBe('2026-03-18')

		const view = await pageData(world.coordinator, employer.id)
		expect(view.timeline[0]).toMatchObject({
			kind: 'CALL',
			actorName: 'Jan Jobcoach',
			contactPersonName: employer.contact.name,
			summary: 'Gesproken over een werkervaringsplek in de winkel.',
		})
		expect(view.relationship).toMatchObject({ stage: 'CONTACTED', nextFollowUpOn: '2026-03-18', followUpDue: false })
	})

	it('logs an earlier day at midday in Amsterdam, newest first on the timeline', async () => {
		const employer = await createEmployer('Fietsenmaker Spaak')
		expectRedirectTo(
			await post(world.coordinator, employer.id, { intent: 'log', kind: 'VISIT', occurredOn: '2026-03-02' }),
			relationshipPath(employer.id),
		)
		expectRedirectTo(
			await post(world.coordinator, employer.id, { intent: 'log', kind: 'NOTE', occurredOn: TODAY, summary: 'Later' }),
			relationshipPath(employer.id),
		)
		const timeline = (await pageData(world.coordinator, employer.id)).timeline
		expect(timeline.map((entry) => [entry.kind, entry.occurredAt])).toEqual([
			['NOTE', start.toISOString()],
			['VISIT', '2026-03-02T11:00:00.000Z'],
		])
	})

	it('refuses a future day, a contact person of another employer and a summary that is too long, keeping what was typed', async () => {
		const employer = await createEmployer('Hotel De Gouden Leeuw')
		const other = await createEmployer('Garage Oost')
		const summary = 'x'.repeat(2001)
		const result = await post(world.jobcoach, employer.id, {
			intent: 'log',
			kind: 'MEETING',
			occurredOn: '2026-03-05',
			contactPersonId: other.contact.id,
			summary,
		})
		expect(result.status).toBe(400)
		expect(submissionErrors(result)).toMatchObject({
			occurredOn: ['relationships:errors.dateInFuture'],
			contactPersonId: ['relationships:errors.contactNotOfEmployer'],
			summary: [expect.stringContaining('errors:validation.tooLong')],
		})
		expect(initialValue(result)).toMatchObject({ kind: 'MEETING', summary, contactPersonId: other.contact.id })

		const future = await post(world.jobcoach, employer.id, { intent: 'log', kind: 'CALL', occurredOn: '2026-03-05' })
		expect(submissionErrors(future)).toMatchObject({ occurredOn: ['relationships:errors.dateInFuture'] })
		const noKind = await post(world.jobcoach, employer.id, { intent: 'log', occurredOn: TODAY })
		expect(submissionErrors(noKind)).toHaveProperty('kind')
		const automatic = await post(world.jobcoach, employer.id, { intent: 'log', kind: 'PLACEMENT', occurredOn: TODAY })
		expect(submissionErrors(automatic)).toHaveProperty('kind')

		expect(await activitiesOf(employer.id)).toEqual([])
		expect(await getRelationship(world.networkId, employer.id)).toBeNull()
	})

	it('settles a follow-up that was due when a contact is logged without a new date', async () => {
		const employer = await createEmployer('Drukkerij Lettergreep')
		await setRelationship({
			networkId: world.networkId,
			employerId: employer.id,
			stage: 'ENGAGED',
			nextFollowUpOn: '2026-03-03',
			followUpNote: 'Nabellen',
		})
		expectRedirectTo(
			await post(world.jobcoach, employer.id, { intent: 'log', kind: 'NOTE', occurredOn: TODAY }),
			relationshipPath(employer.id),
		)
		expect(day((await getRelationship(world.networkId, employer.id))?.nextFollowUpOn)).toBe('2026-03-03')
		expectRedirectTo(
			await post(world.jobcoach, employer.id, { intent: 'log', kind: 'CALL', occurredOn: TODAY }),
			relationshipPath(employer.id),
		)
		expect(await getRelationship(world.networkId, employer.id)).toMatchObject({
			stage: 'ENGAGED',
			nextFollowUpOn: null,
			followUpNote: null,
		})
	})
})

describe('stage, owner and follow-up', () => {
	it('a coordinator sets them, creating the relationship on the first write', async () => {
		const employer = await createEmployer('Tuincentrum Groei')
		expect(await getRelationship(world.networkId, employer.id)).toBeNull()
		const result = await post(world.coordinator, employer.id, {
			intent: 'relationship',
			stage: 'PARTNER',
			ownerId: world.jobcoach.user.id,
			nextFollowUpOn: '2026-03-10',
			followUpNote: 'Bezoek plannen',
		})
		expectRedirectTo(result, relationshipPath(employer.id))
		const relationship = await getRelationship(world.networkId, employer.id)
		expect(relationship).toMatchObject({
			stage: 'PARTNER',
			ownerId: world.jobcoach.user.id,
			followUpNote: 'Bezoek plannen',
		})
		expect(day(relationship?.nextFollowUpOn)).toBe('2026-03-10')
		expect((await pageData(world.jobcoach, employer.id)).relationship).toMatchObject({
			stage: 'PARTNER',
			owner: { id: world.jobcoach.user.id, name: 'Jan Jobcoach' },
			nextFollowUpOn: '2026-03-10',
		})

		// An overdue follow-up may stay when the rest changes; emptying it clears the note too.
		setClock(new Date('2026-03-12T10:00:00.000Z'))
		await signInAgain(world.coordinator)
		expectRedirectTo(
			await post(world.coordinator, employer.id, {
				intent: 'relationship',
				stage: 'ENGAGED',
				nextFollowUpOn: '2026-03-10',
				followUpNote: 'Bezoek plannen',
			}),
			relationshipPath(employer.id),
		)
		expect(await getRelationship(world.networkId, employer.id)).toMatchObject({ stage: 'ENGAGED', ownerId: null })
		expectRedirectTo(
			await post(world.coordinator, employer.id, { intent: 'relationship', stage: 'DORMANT' }),
			relationshipPath(employer.id),
		)
		expect(await getRelationship(world.networkId, employer.id)).toMatchObject({
			stage: 'DORMANT',
			nextFollowUpOn: null,
			followUpNote: null,
		})
	})

	it('a jobcoach may not change them (403), and an owner from elsewhere is refused', async () => {
		const employer = await createEmployer('Schoonmaakbedrijf Glans')
		expectRefused(await post(world.jobcoach, employer.id, { intent: 'relationship', stage: 'PARTNER' }), 403)
		expect(await getRelationship(world.networkId, employer.id)).toBeNull()

		const outsider = await post(world.coordinator, employer.id, {
			intent: 'relationship',
			stage: 'ENGAGED',
			ownerId: world.otherCoordinator.user.id,
			nextFollowUpOn: '2026-03-01',
		})
		expect(submissionErrors(outsider)).toMatchObject({
			ownerId: ['relationships:errors.ownerNotMember'],
			nextFollowUpOn: ['relationships:errors.dateInPast'],
		})
		expect(await getRelationship(world.networkId, employer.id)).toBeNull()
	})
})

describe('follow-ups due', () => {
	it('lists follow-ups of today and earlier, on the start page and as a filter, for this network only', async () => {
		const overdue = await createEmployer('Follow Overdue')
		const today = await createEmployer('Follow Today')
		const later = await createEmployer('Follow Later')
		await setRelationship({ networkId: world.networkId, employerId: overdue.id, nextFollowUpOn: '2026-03-03' })
		await setRelationship({
			networkId: world.networkId,
			employerId: today.id,
			nextFollowUpOn: TODAY,
			followUpNote: 'Vacature bespreken',
			ownerId: world.coordinator.user.id,
		})
		await setRelationship({ networkId: world.networkId, employerId: later.id, nextFollowUpOn: '2026-03-05' })
		await setRelationship({ networkId: world.otherNetworkId, employerId: later.id, nextFollowUpOn: '2026-03-01' })

		const home = await homeData(world.coordinator)
		const ours = home.followUps.filter((item) => [overdue.id, today.id, later.id].includes(item.employer.id))
		expect(ours).toEqual([
			{
				employer: { id: overdue.id, name: 'Follow Overdue' },
				nextFollowUpOn: '2026-03-03',
				overdue: true,
				followUpNote: null,
				ownerName: null,
			},
			{
				employer: { id: today.id, name: 'Follow Today' },
				nextFollowUpOn: TODAY,
				overdue: false,
				followUpNote: 'Vacature bespreken',
				ownerName: 'Carla Coördinator',
			},
		])

		const due = await listData(world.coordinator, '?opvolgen=1')
		const ids = due.rows.map((row) => row.employer.id)
		expect(ids).toEqual(expect.arrayContaining([overdue.id, today.id]))
		expect(ids).not.toContain(later.id)
		expect(due.rows.every((row) => row.followUpDue)).toBe(true)

		const theirs = await homeData(world.otherCoordinator)
		expect(theirs.followUps.map((item) => item.employer.id)).toEqual([later.id])
		expect((await listData(world.otherCoordinator, '?opvolgen=1')).rows.map((row) => row.employer.id)).toEqual([
			later.id,
		])
	})
})

describe('gone quiet', () => {
	it('signals engaged employers and partners after the quiet period (59 vs 61 days), with a next step', async () => {
		const engaged = await createEmployer('Quiet Engaged')
		const partner = await createEmployer('Quiet Partner')
		const contacted = await createEmployer('Quiet Contacted')
		const withPlace = await createEmployer('Quiet With Place')
		const withPledge = await createEmployer('Quiet With Pledge')
		const all = [engaged, partner, contacted, withPlace, withPledge]
		for (const employer of all) {
			await addActivity({
				networkId: world.networkId,
				employerId: employer.id,
				kind: 'CALL',
				occurredAt: start,
				actorId: world.coordinator.user.id,
			})
		}
		await setRelationship({
			networkId: world.networkId,
			employerId: engaged.id,
			stage: 'ENGAGED',
			lastActivityAt: start,
		})
		await setRelationship({
			networkId: world.networkId,
			employerId: partner.id,
			stage: 'PARTNER',
			lastActivityAt: start,
		})
		await setRelationship({
			networkId: world.networkId,
			employerId: withPlace.id,
			stage: 'ENGAGED',
			lastActivityAt: start,
		})
		await setRelationship({
			networkId: world.networkId,
			employerId: withPledge.id,
			stage: 'ENGAGED',
			lastActivityAt: start,
		})
		await createPublishedPlace({ organizationId: withPlace.id, title: 'Magazijnmedewerker' })
		await prisma.placePledge.create({
			data: { networkId: world.networkId, employerId: withPledge.id, description: 'Een plek in de keuken' },
		})
		const meeting = await createEvent({
			networkId: world.networkId,
			title: 'Werkgeversontbijt mei',
			startsAt: new Date(start.getTime() + 70 * DAY),
		})
		const ids = all.map((employer) => employer.id)
		const quietOnes = async () => {
			const home = await homeData(world.coordinator)
			return home.goneQuiet.filter((item) => ids.includes(item.employer.id))
		}

		setClock(new Date(start.getTime() + 59 * DAY))
		await signInAgain(world.coordinator)
		expect(await quietOnes()).toEqual([])
		expect((await pageData(world.coordinator, engaged.id)).relationship.goneQuiet).toBe(false)

		setClock(new Date(start.getTime() + 61 * DAY))
		await signInAgain(world.coordinator, world.jobcoach)
		const quiet = await quietOnes()
		expect(Object.fromEntries(quiet.map((item) => [item.employer.id, [item.daysQuiet, item.nextStep]]))).toEqual({
			[engaged.id]: [
				61,
				{
					kind: 'INVITE_TO_MEETING',
					eventId: meeting.id,
					event: 'Werkgeversontbijt mei',
					startsAt: meeting.startsAt.toISOString(),
				},
			],
			[partner.id]: [61, { kind: 'PLAN_VISIT' }],
			[withPlace.id]: [61, expect.objectContaining({ kind: 'CALL_ABOUT_PLACE', place: 'Magazijnmedewerker' })],
			[withPledge.id]: [61, { kind: 'ASK_PLEDGE', pledge: 'Een plek in de keuken' }],
		})
		const page = await pageData(world.coordinator, partner.id)
		expect(page.relationship).toMatchObject({ goneQuiet: true, daysQuiet: 61, nextStep: { kind: 'PLAN_VISIT' } })
		const listed = await listData(world.jobcoach, '?stil=1')
		expect(listed.rows.map((row) => row.employer.id)).toEqual(
			expect.arrayContaining([engaged.id, partner.id, withPlace.id, withPledge.id]),
		)
		expect(listed.rows.map((row) => row.employer.id)).not.toContain(contacted.id)

		// A logged call ends the silence.
		expectRedirectTo(
			await post(world.jobcoach, engaged.id, {
				intent: 'log',
				kind: 'CALL',
				occurredOn: new Date(start.getTime() + 61 * DAY).toISOString().slice(0, 10),
			}),
			relationshipPath(engaged.id),
		)
		expect((await quietOnes()).map((item) => item.employer.id)).not.toContain(engaged.id)
		// Another network knows nothing of this silence.
		await signInAgain(world.otherCoordinator)
		const theirs = (await homeData(world.otherCoordinator)).goneQuiet.map((item) => item.employer.id)
		expect(theirs.filter((id) => ids.includes(id))).toEqual([])
	})
})

describe('weekly employer contacts', () => {
	it('counts calls, visits and meetings the person logged this Amsterdam week against their target', async () => {
		const coach = await createSignedInUser({ role: 'JOBCOACH', organizationId: world.networkId, name: 'Wim Week' })
		const employer = await createEmployer('Week Werkgever')
		const log = (kind: ActivityKind, occurredAt: Date, actorId = coach.user.id) =>
			addActivity({ networkId: world.networkId, employerId: employer.id, kind, occurredAt, actorId })
		await log('CALL', new Date('2026-03-01T23:30:00.000Z')) // Monday 00:30 in Amsterdam: this week
		await log('VISIT', new Date('2026-03-01T22:30:00.000Z')) // Sunday 23:30 in Amsterdam: last week
		await log('MEETING', new Date('2026-03-03T09:00:00.000Z'))
		await log('EMAIL', start)
		await log('NOTE', start)
		await log('CALL', start, world.coordinator.user.id)

		expect((await coachHomeData(coach)).weekly).toEqual({
			count: 2,
			target: 3,
			usesDefault: true,
			monday: '2026-03-02',
			sunday: '2026-03-08',
		})

		// Logged through the page, a visit counts too.
		expectRedirectTo(
			await post(coach, employer.id, { intent: 'log', kind: 'VISIT', occurredOn: TODAY }),
			relationshipPath(employer.id),
		)
		expect((await coachHomeData(coach)).weekly.count).toBe(3)

		// The person sets their own target.
		const saved = await postRoute(coachHomeRoute, '/jobcoach', coach.cookie, {
			intent: 'weekly-target',
			weeklyContactTarget: '5',
		})
		expectRedirectTo(saved, '/jobcoach')
		expect((await coachHomeData(coach)).weekly).toMatchObject({ count: 3, target: 5, usesDefault: false })
		const tooMany = await postRoute(coachHomeRoute, '/jobcoach', coach.cookie, {
			intent: 'weekly-target',
			weeklyContactTarget: '51',
		})
		expect(submissionErrors(tooMany)).toMatchObject({ weeklyContactTarget: ['relationships:errors.targetRange'] })

		// A new week starts at Monday midnight in Amsterdam.
		setClock(new Date('2026-03-08T22:59:00.000Z'))
		expect((await coachHomeData(coach)).weekly.count).toBe(3)
		setClock(new Date('2026-03-08T23:00:00.000Z'))
		expect((await coachHomeData(coach)).weekly).toMatchObject({ count: 0, monday: '2026-03-09' })
	})

	it('shows the coordinator their own count and target on the start page', async () => {
		const coordinator = await createSignedInUser({ role: 'COORDINATOR', organizationId: world.networkId })
		const employer = await createEmployer('Week Coördinator')
		await addActivity({
			networkId: world.networkId,
			employerId: employer.id,
			kind: 'MEETING',
			occurredAt: start,
			actorId: coordinator.user.id,
		})
		const saved = await postRoute(homeRoute, '/netwerk', coordinator.cookie, {
			intent: 'weekly-target',
			weeklyContactTarget: '4',
		})
		expectRedirectTo(saved, '/netwerk')
		expect((await homeData(coordinator)).weekly).toMatchObject({ count: 1, target: 4, usesDefault: false })
	})
})

describe('the relationships list', () => {
	it('finds employers by name regardless of accents, sorts, and names tampered params', async () => {
		const cafe = await createEmployer('Café Één')
		await setRelationship({ networkId: world.networkId, employerId: cafe.id, stage: 'ENGAGED' })
		const found = await listData(world.coordinator, '?zoek=cafe%20een')
		expect(found.rows.map((row) => [row.employer.name, row.stage])).toEqual([['Café Één', 'ENGAGED']])

		const sorted = await listData(world.coordinator, '?sorteer=nextFollowUp&richting=asc')
		const days = sorted.rows.map((row) => row.nextFollowUpOn)
		const firstEmpty = days.indexOf(null)
		expect(days.slice(0, firstEmpty)).toEqual([...days.slice(0, firstEmpty)].sort())
		expect(days.slice(firstEmpty).every((value) => value === null)).toBe(true)

		const tampered = await listData(world.coordinator, '?fase=VRIENDEN&eigenaar=iemand&sorteer=kleur&zoek=cafe%20een')
		expect(tampered.invalid.sort()).toEqual(['owner', 'sort', 'stage'])
		expect(tampered.filters).toMatchObject({ stage: null, owner: null, q: 'cafe een' })
		expect(tampered.sort).toEqual({ key: 'name', direction: 'asc' })
		expect(tampered.rows.map((row) => row.employer.id)).toEqual([cafe.id])
	})
})

describe('pledged places on the relationship page', () => {
	it('follows each pledge until its place is posted and filled, and shows no pledges of another network', async () => {
		const employer = await createEmployer('Toezeggers BV')
		const event = await createEvent({ networkId: world.networkId, startsAt: start, title: 'Ontbijt met toezeggingen' })
		const pledged = await prisma.placePledge.create({
			data: {
				networkId: world.networkId,
				employerId: employer.id,
				eventId: event.id,
				description: 'Een plek in de kantine',
			},
		})
		const place = await createPublishedPlace({ organizationId: employer.id, title: 'Kantinemedewerker' })
		await prisma.placePledge.create({
			data: {
				networkId: world.networkId,
				employerId: employer.id,
				description: 'Een plek in het magazijn',
				placeId: place.id,
			},
		})
		await prisma.placePledge.create({
			data: { networkId: world.otherNetworkId, employerId: employer.id, description: 'Van een ander netwerk' },
		})

		const statusOf = (data: PageData) =>
			Object.fromEntries(data.pledges.map((pledge) => [pledge.description, pledge.status]))
		const before = await pageData(world.coordinator, employer.id)
		expect(statusOf(before)).toEqual({ 'Een plek in de kantine': 'PLEDGED', 'Een plek in het magazijn': 'POSTED' })
		expect(before.pledges.find((pledge) => pledge.id === pledged.id)?.event?.title).toBe('Ontbijt met toezeggingen')
		expect(before.canSeeEvents).toBe(true)

		await prisma.place.update({ where: { id: place.id }, data: { status: 'FILLED' } })
		const after = await pageData(world.jobcoach, employer.id)
		expect(statusOf(after)['Een plek in het magazijn']).toBe('FILLED')
		// Jobcoaches see the pledges but not the coordinator's event pages.
		expect(after.canSeeEvents).toBe(false)
	})
})

describe('network isolation', () => {
	it('another coaching organisation sees none of our activities, follow-ups or owners for the same employer', async () => {
		const employer = await createEmployer('Gedeelde Werkgever')
		expectRedirectTo(
			await post(world.coordinator, employer.id, {
				intent: 'log',
				kind: 'CALL',
				occurredOn: TODAY,
				summary: 'Vertrouwelijke afspraak over de begeleiding',
				contactPersonId: employer.contact.id,
			}),
			relationshipPath(employer.id),
		)
		expectRedirectTo(
			await post(world.coordinator, employer.id, {
				intent: 'relationship',
				stage: 'ENGAGED',
				ownerId: world.jobcoach.user.id,
				nextFollowUpOn: TODAY,
				followUpNote: 'Interne notitie',
			}),
			relationshipPath(employer.id),
		)

		const theirs = await pageData(world.otherCoordinator, employer.id)
		expect(theirs.relationship).toMatchObject({
			stage: 'PROSPECT',
			owner: null,
			nextFollowUpOn: null,
			followUpNote: null,
			lastActivityAt: null,
		})
		expect(theirs.timeline).toEqual([])
		expect(theirs.owners.map((owner) => owner.id)).toEqual([world.otherCoordinator.user.id])
		const text = JSON.stringify(theirs)
		for (const secret of ['Vertrouwelijke afspraak', 'Interne notitie', 'Jan Jobcoach', 'Carla']) {
			expect(text).not.toContain(secret)
		}
		const theirHome = await homeData(world.otherCoordinator)
		expect(JSON.stringify(theirHome)).not.toContain('Vertrouwelijke afspraak')
		expect(theirHome.followUps.map((item) => item.employer.id)).not.toContain(employer.id)
		const theirList = await listData(world.otherCoordinator, `?eigenaar=${world.jobcoach.user.id}`)
		expect(theirList.invalid).toEqual(['owner'])
		expect(theirList.rows.find((row) => row.employer.id === employer.id)).toMatchObject({
			stage: 'PROSPECT',
			owner: null,
		})

		// Their own log stays theirs.
		expectRedirectTo(
			await post(world.otherCoordinator, employer.id, { intent: 'log', kind: 'EMAIL', occurredOn: TODAY }),
			relationshipPath(employer.id),
		)
		expect((await pageData(world.coordinator, employer.id)).timeline.map((entry) => entry.kind)).toEqual(['CALL'])
		expect(
			(await homeData(world.coordinator)).recent.some(
				(entry) => entry.kind === 'EMAIL' && entry.employer.id === employer.id,
			),
		).toBe(false)
		// Their coordinator cannot be made owner of our relationship.
		const foreignOwner = await post(world.coordinator, employer.id, {
			intent: 'relationship',
			stage: 'ENGAGED',
			ownerId: world.otherCoordinator.user.id,
		})
		expect(submissionErrors(foreignOwner)).toHaveProperty('ownerId')
	})

	it('answers 404 for an unknown id and for an organisation that is not an employer', async () => {
		for (const employerId of ['does-not-exist', world.networkId, world.otherNetworkId]) {
			for (const who of [world.coordinator, world.jobcoach]) {
				expectRefused(await openPage(who, employerId), 404)
				const logged = await post(who, employerId, { intent: 'log', kind: 'CALL', occurredOn: TODAY })
				expect(logged.status).toBe(404)
			}
		}
	})
})

describe('who may do what', () => {
	let matrixEmployerId = ''
	beforeAll(async () => {
		matrixEmployerId = (await createEmployer('Matrix Werkgever')).id
	})
	const employerTarget = () => ({
		path: relationshipPath(matrixEmployerId),
		params: { employerId: matrixEmployerId },
	})
	const cases: Array<MatrixCase<SignedInUser>> = [
		{
			route: 'netwerk._index',
			module: homeRoute,
			target: () => ({ path: '/netwerk' }),
			expected: { COORDINATOR: 200, JOBCOACH: 403, EMPLOYER: 403, ADMIN: 403 },
		},
		{
			route: 'netwerk._index (weekly target)',
			module: homeRoute,
			method: 'POST',
			target: () => ({ path: '/netwerk' }),
			form: () => ({ intent: 'weekly-target', weeklyContactTarget: '3' }),
			// One check on both start pages: whoever may log contacts (create:relationship) sets their own target.
			expected: { COORDINATOR: 302, JOBCOACH: 302, EMPLOYER: 403, ADMIN: 403 },
		},
		{
			route: 'netwerk.relaties._index',
			module: listRoute,
			target: () => ({ path: '/netwerk/relaties' }),
			expected: { COORDINATOR: 200, JOBCOACH: 200, EMPLOYER: 403, ADMIN: 403 },
		},
		{
			route: 'netwerk.relaties.$employerId',
			module: relationshipRoute,
			target: employerTarget,
			expected: { COORDINATOR: 200, JOBCOACH: 200, EMPLOYER: 403, ADMIN: 403 },
		},
		{
			route: 'netwerk.relaties.$employerId (log)',
			module: relationshipRoute,
			method: 'POST',
			target: employerTarget,
			form: () => ({ intent: 'log', kind: 'NOTE', occurredOn: TODAY }),
			expected: { COORDINATOR: 302, JOBCOACH: 302, EMPLOYER: 403, ADMIN: 403 },
		},
		{
			route: 'netwerk.relaties.$employerId (stage)',
			module: relationshipRoute,
			method: 'POST',
			target: employerTarget,
			form: () => ({ intent: 'relationship', stage: 'CONTACTED' }),
			expected: { COORDINATOR: 302, JOBCOACH: 403, EMPLOYER: 403, ADMIN: 403 },
		},
		{
			route: 'jobcoach._index (weekly target)',
			module: coachHomeRoute,
			method: 'POST',
			target: () => ({ path: '/jobcoach' }),
			form: () => ({ intent: 'weekly-target', weeklyContactTarget: '3' }),
			expected: { COORDINATOR: 302, JOBCOACH: 302, EMPLOYER: 403, ADMIN: 403 },
		},
	]
	it.each(roleMatrix(cases))('$route as $actor: $outcome', async (testCase) => {
		await checkMatrixCase(testCase, signedInByRole(world))
	})
})
