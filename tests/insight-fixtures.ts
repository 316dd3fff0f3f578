// A fixed, hand-built data set for the dashboard tests: a coaching organisation with candidates whose
// histories are written out day by day, proposals and placements, employer contacts by two people,
// events with attendance, and a second organisation whose data must never count. Every date is
// explicit, so tests/integration/insight.test.ts can write each figure down by hand. Also: rendering
// the dashboard's body to HTML, as the server does, to search it for identities.
import { createElement } from 'react'
import { renderToString } from 'react-dom/server'
import { I18nextProvider } from 'react-i18next'
import { type RouteObject } from 'react-router-dom'
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router-dom/server'
import { InsightDashboard, type InsightDashboardProps } from '#app/components/insight-dashboard.tsx'
import { generateCandidateCode } from '#app/domain/candidates/candidates.server.ts'
import { fromAmsterdamLocal } from '#app/utils/amsterdam-time.ts'
import { prisma } from '#app/utils/db.server.ts'
import { createI18n, type Locale } from '#app/utils/i18n.ts'
import { createContact, createStakeholder } from './contact-factories.ts'
import { createSignedInUser } from './factories.ts'
import { createPlace } from './placement-factories.ts'
import { createEmployer, setRelationship } from './relationship-factories.ts'

/** Midnight UTC of a calendar day: how calendar days are stored. */
export const day = (value: string) => new Date(`${value}T00:00:00.000Z`)
/** An Amsterdam wall-clock time (yyyy-mm-ddThh:mm) as its UTC moment. */
export const at = (value: string) => fromAmsterdamLocal(value)!

type HistoryStep = { kind: 'INTAKE' | 'STAGE' | 'STEP_BACK' | 'RETURN' | 'ERASED'; on: string; to?: string }

/** A candidate with an identity (to search the output for) and the history given, oldest first. */
async function addCandidate({
	organizationId,
	firstName,
	lastName,
	coachId,
	history,
}: {
	organizationId: string
	firstName: string
	lastName: string
	coachId: string | null
	history: HistoryStep[]
}) {
	let stage = 'ORIENTING'
	let active = true
	const events = history.map((step) => {
		const fromStage = step.kind === 'INTAKE' ? null : stage
		if (step.to) stage = step.to
		if (step.kind === 'INTAKE' || step.kind === 'RETURN') active = true
		if (step.kind === 'STEP_BACK' || step.kind === 'ERASED') active = false
		return {
			kind: step.kind,
			fromStage: step.kind === 'ERASED' ? null : fromStage,
			toStage: step.kind === 'ERASED' ? null : stage,
			occurredOn: day(step.on),
		}
	})
	const erased = history.some((step) => step.kind === 'ERASED')
	return prisma.candidate.create({
		data: {
			organizationId,
			code: await generateCandidateCode(),
			firstName: erased ? null : firstName,
			lastName: erased ? null : lastName,
			stage,
			active,
			primaryCoachId: coachId,
			confirmedAt: day(history[0]!.on),
			createdAt: day(history[0]!.on),
			erasedAt: erased ? day(history.at(-1)!.on) : null,
			events: { create: events },
		},
	})
}

type ProposalStep = [kind: string, on: string]

async function addProposal({
	organizationId,
	employerId,
	candidateId,
	placeId,
	coachId,
	createdOn,
	steps,
	status,
	declineReason = null,
}: {
	organizationId: string
	employerId: string
	candidateId: string
	placeId: string
	coachId: string
	createdOn: string
	steps: ProposalStep[]
	status: string
	declineReason?: string | null
}) {
	return prisma.proposal.create({
		data: {
			candidateId,
			placeId,
			coachingOrganizationId: organizationId,
			employerOrganizationId: employerId,
			proposedById: coachId,
			motivation: 'Werkt graag met de handen en houdt van een vaste structuur.',
			status,
			declineReason,
			createdAt: at(`${createdOn}T10:00`),
			events: {
				create: steps.map(([kind, on]) => ({ kind, actorId: coachId, createdAt: at(`${on}T11:00`) })),
			},
		},
	})
}

async function addPlacement({
	organizationId,
	employerId,
	candidateId,
	placeId,
	proposalId = null,
	startDate,
	storedDurableOn,
	endedOn = null,
	stepBacks = [],
}: {
	organizationId: string
	employerId: string
	candidateId: string
	placeId: string
	proposalId?: string | null
	startDate: string
	/** As stored: the dashboard must compute it from the start and step-backs, never trust this. */
	storedDurableOn: string
	endedOn?: string | null
	stepBacks?: Array<{ startedOn: string; endedOn: string | null }>
}) {
	return prisma.placement.create({
		data: {
			candidateId,
			placeId,
			proposalId,
			coachingOrganizationId: organizationId,
			employerOrganizationId: employerId,
			startDate: day(startDate),
			hoursPerWeek: 16,
			supervisorName: 'Marieke Jansen',
			status: endedOn ? 'ENDED' : 'ACTIVE',
			durableOn: day(storedDurableOn),
			endedOn: endedOn ? day(endedOn) : null,
			stepBacks: {
				create: stepBacks.map((period) => ({
					startedOn: day(period.startedOn),
					endedOn: period.endedOn ? day(period.endedOn) : null,
					reason: 'Even rust',
				})),
			},
		},
	})
}

/** The candidates' identities: none of these may appear on the dashboard or in a CSV file. */
export const candidateNames = {
	anna: ['Anna', 'Zonneveld'],
	bram: ['Bram', 'Tichelaar'],
	cor: ['Cor', 'Wolterink'],
	dina: ['Dina', 'Overbeek'],
	eva: ['Eva', 'Hulshof'],
	frits: ['Frits', 'Lankveld'],
	gijs: ['Gijs', 'Kempers'],
	hanna: ['Hanna', 'Vrielink'],
	otto: ['Otto', 'Elders'],
} as const

/**
 * The world of the insight tests; every date is the one the test's arithmetic uses. The main period
 * is the first quarter of 2026 (1 January to 31 March); the clock stands after it, on 15 April, so
 * what happened in April must not count.
 */
export async function createInsightWorld() {
	// People. A1 carries one active candidate on no contracted hours (capacity 0): over capacity.
	const anouk = await createSignedInUser({ role: 'JOBCOACH', name: 'Anouk Jobcoach' })
	const organizationId = anouk.organization.id
	await prisma.membership.update({
		where: { id: anouk.membership.id },
		data: { contractHours: 0, weeklyContactTarget: 3 },
	})
	const bas = await createSignedInUser({ role: 'JOBCOACH', organizationId, name: 'Bas Jobcoach' })
	const carla = await createSignedInUser({ role: 'COORDINATOR', organizationId, name: 'Carla Coördinator' })
	await prisma.membership.update({ where: { id: carla.membership.id }, data: { weeklyContactTarget: 2 } })
	const other = await createSignedInUser({ role: 'JOBCOACH', name: 'Ander Bureau' })
	const otherId = other.organization.id
	await prisma.membership.update({ where: { id: other.membership.id }, data: { contractHours: 1 } })
	const employerUser = await createSignedInUser({ role: 'EMPLOYER', name: 'Els Werkgever' })
	const admin = await createSignedInUser({ role: 'ADMIN', name: 'Anton Beheer' })

	// Candidates of the organisation, and one of the other organisation.
	const names = candidateNames
	const candidate = (key: keyof typeof names, coachId: string | null, history: HistoryStep[], org = organizationId) =>
		addCandidate({ organizationId: org, firstName: names[key][0], lastName: names[key][1], coachId, history })
	const anna = await candidate('anna', anouk.user.id, [
		{ kind: 'INTAKE', on: '2025-06-01', to: 'ORIENTING' },
		{ kind: 'STAGE', on: '2025-10-01', to: 'DEVELOPING' },
		{ kind: 'STAGE', on: '2026-02-10', to: 'JOB_SEEKING' },
		{ kind: 'STAGE', on: '2026-04-05', to: 'WORKING' },
	])
	const bram = await candidate('bram', anouk.user.id, [
		{ kind: 'INTAKE', on: '2026-01-20', to: 'ORIENTING' },
		{ kind: 'STEP_BACK', on: '2026-03-01' },
	])
	const cor = await candidate('cor', bas.user.id, [
		{ kind: 'INTAKE', on: '2025-03-01', to: 'ORIENTING' },
		{ kind: 'STEP_BACK', on: '2025-08-01' },
	])
	const dina = await candidate('dina', bas.user.id, [
		{ kind: 'INTAKE', on: '2024-01-10', to: 'ORIENTING' },
		{ kind: 'STAGE', on: '2024-06-01', to: 'WORKING' },
		{ kind: 'STAGE', on: '2025-06-01', to: 'COMPLETED' },
	])
	const eva = await candidate('eva', anouk.user.id, [
		{ kind: 'INTAKE', on: '2025-09-01', to: 'ORIENTING' },
		{ kind: 'STAGE', on: '2025-12-01', to: 'DEVELOPING' },
		{ kind: 'STAGE', on: '2026-03-15', to: 'COMPLETED' },
	])
	const frits = await candidate('frits', bas.user.id, [
		{ kind: 'INTAKE', on: '2025-05-01', to: 'ORIENTING' },
		{ kind: 'STEP_BACK', on: '2025-06-01' },
		{ kind: 'RETURN', on: '2026-02-20', to: 'DEVELOPING' },
	])
	const gijs = await candidate('gijs', anouk.user.id, [{ kind: 'INTAKE', on: '2026-04-02', to: 'ORIENTING' }])
	const hanna = await candidate('hanna', anouk.user.id, [
		{ kind: 'INTAKE', on: '2025-11-01', to: 'ORIENTING' },
		{ kind: 'STAGE', on: '2026-01-15', to: 'DEVELOPING' },
		{ kind: 'ERASED', on: '2026-03-10' },
	])
	const otto = await candidate(
		'otto',
		other.user.id,
		[
			{ kind: 'INTAKE', on: '2026-02-01', to: 'ORIENTING' },
			{ kind: 'STAGE', on: '2026-03-01', to: 'DEVELOPING' },
		],
		otherId,
	)

	// The network: four employers (three with a relationship), a stakeholder, and the employer account's
	// own organisation (a prospect too). The other organisation is a partner of E4.
	const e1 = await createEmployer('Hoveniersbedrijf Groen')
	const e1second = await createContact({ organizationId: e1.id, name: 'Tweede contact Groen' })
	const e2 = await createEmployer('Bakkerij De Korenschoof')
	const e3 = await createEmployer('Fietswerkplaats Trapkracht')
	const e4 = await createEmployer('Zorgboerderij De Hoeve')
	const stakeholder = await createStakeholder('Uitzendbureau Achterhoek')
	const stakeholderContact = await createContact({ organizationId: stakeholder.id, name: 'Sander Uitzend' })
	await setRelationship({ networkId: organizationId, employerId: e1.id, stage: 'ENGAGED' })
	await setRelationship({ networkId: organizationId, employerId: e2.id, stage: 'PARTNER' })
	await setRelationship({ networkId: organizationId, employerId: e3.id, stage: 'CONTACTED' })
	await setRelationship({ networkId: otherId, employerId: e4.id, stage: 'PARTNER' })
	// All of them were there long before the period (the figure leaves out what came after it).
	const longBefore = at('2025-01-02T09:00')
	await prisma.organization.updateMany({
		where: { id: { in: [e1.id, e2.id, e3.id, e4.id, employerUser.organization.id] } },
		data: { createdAt: longBefore },
	})
	await prisma.employerRelationship.updateMany({
		where: { networkId: { in: [organizationId, otherId] } },
		data: { createdAt: longBefore },
	})

	// Proposals and placements: all for E1's place.
	const place = await createPlace({ organizationId: e1.id })
	const proposal = (input: Omit<Parameters<typeof addProposal>[0], 'organizationId' | 'employerId' | 'placeId'>) =>
		addProposal({ organizationId, employerId: e1.id, placeId: place.id, ...input })
	const coach = anouk.user.id
	const p1 = await proposal({
		candidateId: anna.id,
		coachId: coach,
		createdOn: '2026-01-10',
		status: 'PLACED',
		steps: [
			['PROPOSED', '2026-01-10'],
			['ACCEPTED', '2026-01-12'],
			['INTRO_PLANNED', '2026-01-15'],
			['PLACED', '2026-01-25'],
		],
	})
	for (const [createdOn, declinedOn, reason] of [
		['2026-02-05', '2026-02-07', 'HOURS'],
		['2026-02-10', '2026-02-11', 'HOURS'],
		['2026-03-01', '2026-03-02', 'LOCATION'],
		// Declined after the period: not a decline of the first quarter.
		['2026-03-25', '2026-04-02', 'NO_FIT_TASKS'],
	] as const) {
		await proposal({
			candidateId: bram.id,
			coachId: coach,
			createdOn,
			status: 'DECLINED',
			declineReason: reason,
			steps: [
				['PROPOSED', createdOn],
				['DECLINED', declinedOn],
			],
		})
	}
	// The introduction was planned after the period.
	await proposal({
		candidateId: eva.id,
		coachId: coach,
		createdOn: '2026-03-20',
		status: 'INTRO_PLANNED',
		steps: [
			['PROPOSED', '2026-03-20'],
			['ACCEPTED', '2026-03-22'],
			['INTRO_PLANNED', '2026-04-03'],
		],
	})
	// Made before the period.
	const p6 = await proposal({
		candidateId: frits.id,
		coachId: coach,
		createdOn: '2025-10-01',
		status: 'PLACED',
		steps: [
			['PROPOSED', '2025-10-01'],
			['INTRO_PLANNED', '2025-10-10'],
			['PLACED', '2025-11-01'],
		],
	})
	const placement = (input: Omit<Parameters<typeof addPlacement>[0], 'organizationId' | 'employerId' | 'placeId'>) =>
		addPlacement({ organizationId, employerId: e1.id, placeId: place.id, ...input })
	await placement({ candidateId: anna.id, proposalId: p1.id, startDate: '2026-02-01', storedDurableOn: '2026-05-02' })
	await placement({
		candidateId: frits.id,
		proposalId: p6.id,
		startDate: '2025-11-10',
		storedDurableOn: '2026-02-21',
		stepBacks: [{ startedOn: '2025-12-01', endedOn: '2025-12-11' }],
	})
	await placement({
		candidateId: eva.id,
		startDate: '2025-12-20',
		storedDurableOn: '2026-03-21',
		endedOn: '2026-02-15',
	})
	await placement({ candidateId: dina.id, startDate: '2025-09-15', storedDurableOn: '2025-12-16' })
	await placement({
		candidateId: dina.id,
		startDate: '2025-03-05',
		storedDurableOn: '2025-06-06',
		endedOn: '2026-03-01',
	})
	// Stored durable day is stale on purpose: the step back still open on 31 March moves it past the period.
	await placement({
		candidateId: cor.id,
		startDate: '2025-12-01',
		storedDurableOn: '2026-03-02',
		stepBacks: [{ startedOn: '2026-02-20', endedOn: '2026-04-10' }],
	})
	const otherPlace = await createPlace({ organizationId: e4.id })
	await addPlacement({
		organizationId: otherId,
		employerId: e4.id,
		candidateId: otto.id,
		placeId: otherPlace.id,
		startDate: '2026-01-05',
		storedDurableOn: '2026-04-06',
	})
	await addProposal({
		organizationId: otherId,
		employerId: e4.id,
		candidateId: otto.id,
		placeId: otherPlace.id,
		coachId: other.user.id,
		createdOn: '2026-02-02',
		status: 'DECLINED',
		declineReason: 'OTHER',
		steps: [
			['PROPOSED', '2026-02-02'],
			['DECLINED', '2026-02-03'],
		],
	})

	// Employer contacts. Anouk: a call, a visit and a meeting in the week of 5 January, an email (a
	// contact, but not counted towards the target), a note, a call on 31 March and one before the period.
	const activity = (actorId: string, employerId: string, kind: string, moment: string, network = organizationId) =>
		prisma.relationshipActivity.create({
			data: { networkId: network, employerId, kind, occurredAt: at(moment), actorId },
		})
	await activity(coach, e1.id, 'CALL', '2026-01-06T10:00')
	await activity(coach, e2.id, 'VISIT', '2026-01-07T14:00')
	await activity(coach, e1.id, 'MEETING', '2026-01-08T09:30')
	await activity(coach, e3.id, 'EMAIL', '2026-01-09T11:00')
	await activity(coach, e4.id, 'NOTE', '2026-02-03T16:00')
	await activity(coach, e1.id, 'CALL', '2026-03-31T23:30')
	await activity(coach, e4.id, 'CALL', '2025-12-31T23:30')
	// Carla: four counted contacts in the week of 2 February, one after the period.
	await activity(carla.user.id, e2.id, 'CALL', '2026-02-02T00:15')
	await activity(carla.user.id, e2.id, 'CALL', '2026-02-04T10:00')
	await activity(carla.user.id, e3.id, 'VISIT', '2026-02-05T10:00')
	await activity(carla.user.id, e1.id, 'MEETING', '2026-02-08T23:45')
	await activity(carla.user.id, e4.id, 'CALL', '2026-04-01T00:30')
	// The other organisation's contacts.
	await activity(other.user.id, e4.id, 'CALL', '2026-02-10T10:00', otherId)

	// Events.
	const event = (kind: string, starts: string, status = 'PLANNED', network = organizationId) =>
		prisma.networkEvent.create({
			data: {
				organizationId: network,
				kind,
				title: `${kind} ${starts}`,
				startsAt: at(starts),
				endsAt: new Date(at(starts).getTime() + 2 * 60 * 60 * 1000),
				status,
			},
		})
	const invite = (eventId: string, contactPersonId: string, attendance: string | null) =>
		prisma.eventInvitation.create({ data: { eventId, contactPersonId, response: 'YES', attendance } })
	const meeting = await event('EMPLOYER_MEETING', '2026-02-12T19:00')
	await invite(meeting.id, e1.contact.id, 'PRESENT')
	await invite(meeting.id, e1second.id, 'PRESENT')
	await invite(meeting.id, e2.contact.id, 'ABSENT')
	await invite(meeting.id, e3.contact.id, 'EXCUSED')
	await invite(meeting.id, stakeholderContact.id, 'PRESENT')
	const session = await event('SOUNDING_BOARD', '2026-03-05T15:00')
	await invite(session.id, stakeholderContact.id, 'PRESENT')
	await invite(session.id, e2.contact.id, 'PRESENT')
	await invite(session.id, e4.contact.id, null)
	const cancelled = await event('EMPLOYER_MEETING', '2026-03-20T19:00', 'CANCELLED')
	await invite(cancelled.id, e1.contact.id, null)
	const later = await event('WORKSHOP', '2026-04-05T10:00')
	await invite(later.id, e1.contact.id, 'PRESENT')
	await event('WALK_IN', '2025-12-15T10:00')
	const elsewhere = await event('EMPLOYER_MEETING', '2026-02-01T19:00', 'PLANNED', otherId)
	await invite(elsewhere.id, e4.contact.id, 'PRESENT')

	const employerCount = await prisma.organization.count({ where: { kind: 'EMPLOYER' } })
	const codes = (await prisma.candidate.findMany({ select: { code: true } })).map((row) => row.code)
	return {
		organizationId,
		otherId,
		anouk,
		bas,
		carla,
		other,
		employerUser,
		admin,
		employerCount,
		codes,
		ids: { anna, bram, cor, dina, eva, frits, gijs, hanna, otto },
	}
}

export type InsightWorld = Awaited<ReturnType<typeof createInsightWorld>>

/**
 * Routes rendered to HTML as the server renders them (no JavaScript, so no charts and no print
 * button), in a locale: the request runs the routes' own loaders (and action, for a POST).
 */
export async function renderOnServer(routes: RouteObject[], request: Request, locale: Locale = 'nl') {
	const handler = createStaticHandler(routes)
	const context = await handler.query(request)
	if (context instanceof Response) throw new Error(`Unexpected response ${context.status}`)
	const router = createStaticRouter(handler.dataRoutes, context)
	return renderToString(
		createElement(
			I18nextProvider,
			{ i18n: createI18n(locale) },
			createElement(StaticRouterProvider, { router, context, hydrate: false }),
		),
	)
}

/** The dashboard's body as the server renders it (no JavaScript, so no charts), in a locale. */
export function renderDashboard(props: InsightDashboardProps, path: string, locale: Locale = 'nl') {
	return renderOnServer(
		[{ path: '/inzicht', element: createElement(InsightDashboard, props) }],
		new Request(`http://localhost${path}`),
		locale,
	)
}
