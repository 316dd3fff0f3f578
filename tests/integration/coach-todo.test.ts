import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getStaleAfterDays } from '#app/domain/candidates/candidates.server.ts'
import * as homeRoute from '#app/routes/jobcoach._index.tsx'
import { setClock } from '#app/utils/clock.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import { createCandidate, createCoachingTeam, type SignedInUser } from '#tests/candidate-factories.ts'
import { callRoute, makeRequest } from '#tests/factories.ts'
import { createPlace } from '#tests/placement-factories.ts'

// 09:00 in Amsterdam on Monday 2 March 2026.
const start = new Date('2026-03-02T08:00:00.000Z')
const DAY = 24 * 60 * 60 * 1000

type Signed = SignedInUser
type LoaderData = Awaited<ReturnType<typeof homeRoute.loader>>

let coach: Signed
let colleague: Signed
let otherOrgCoach: Signed
let coordinator: Signed
let employer: Signed
const ids: Record<string, string> = {}

async function candidate(
	name: string,
	options: Omit<Parameters<typeof createCandidate>[0], 'firstName' | 'lastName'>,
	nextActionDate?: string,
) {
	const created = await createCandidate({ ...options, firstName: name, lastName: 'Test' })
	if (nextActionDate) {
		await prisma.candidate.update({
			where: { id: created.id },
			data: { nextAction: `Bellen met ${name}`, nextActionDate: new Date(`${nextActionDate}T00:00:00.000Z`) },
		})
	}
	ids[name] = created.id
	return created.id
}

beforeAll(async () => {
	setClock(start)
	const team = await createCoachingTeam()
	;({ coach, colleague, coordinator, otherOrgCoach, employer } = team)
	const { organizationId } = team

	const staleAt = new Date(start.getTime() - (getStaleAfterDays() + 3) * DAY)
	const mine = { organizationId, primaryCoachId: coach.user.id }
	// Profiles to re-confirm.
	await candidate('Stale', { ...mine, confirmedAt: staleAt, stage: 'DEVELOPING' })
	await candidate('RestingStale', { ...mine, confirmedAt: staleAt, active: false })
	await candidate('Fresh', { ...mine, stage: 'DEVELOPING' })
	await candidate('ColleagueStale', { organizationId, primaryCoachId: colleague.user.id, confirmedAt: staleAt })
	const erased = await candidate('Erased', { ...mine, confirmedAt: staleAt }, '2026-03-01')
	await prisma.candidate.update({ where: { id: erased }, data: { erasedAt: start } })
	// Next actions.
	await candidate('DueToday', { ...mine, stage: 'JOB_SEEKING' }, '2026-03-02')
	await candidate('Overdue', { ...mine, stage: 'WORKING', active: false }, '2026-02-20')
	await candidate('Tomorrow', { ...mine, stage: 'WORKING' }, '2026-03-03')
	await candidate('ColleagueDue', { organizationId, primaryCoachId: colleague.user.id }, '2026-03-01')
	await candidate(
		'Supported',
		{ organizationId, primaryCoachId: colleague.user.id, routeSupporterId: coach.user.id },
		'2026-03-02',
	)
	// Another organisation's candidate, even with a matching coach id, never shows.
	await candidate(
		'OtherOrg',
		{ organizationId: otherOrgCoach.organization.id, primaryCoachId: coach.user.id, confirmedAt: staleAt },
		'2026-03-01',
	)
	// Completed but still active: counted in its stage (the inactive Overdue is not).
	await candidate('Completed', { ...mine, stage: 'COMPLETED' })
})
afterAll(() => setClock(null))

function load(who: Signed) {
	return callRoute(homeRoute, { request: makeRequest('/jobcoach', { cookie: who.cookie }) })
}

describe('the jobcoach start page', () => {
	it('lists the signed-in coach’s stale profiles and due or overdue next actions, and counts by stage', async () => {
		const result = await load(coach)
		expect(result.status).toBe(200)
		const data = result.data as LoaderData

		expect(data.stale.map((item) => item.name)).toEqual(['Stale Test'])
		expect(data.stale[0]!.daysSinceConfirmed).toBe(getStaleAfterDays() + 3)

		expect(data.due.map((item) => [item.name, item.overdue])).toEqual([
			['Overdue Test', true],
			['DueToday Test', false],
			['Supported Test', false],
		])
		expect(data.due[0]!.nextAction).toBe('Bellen met Overdue')

		expect(data.stageCounts).toEqual([
			{ stage: 'ORIENTING', count: 0 },
			{ stage: 'DEVELOPING', count: 2 },
			{ stage: 'JOB_SEEKING', count: 1 },
			{ stage: 'WORKING', count: 1 },
			{ stage: 'COMPLETED', count: 1 },
		])
		expect(data.activeTotal).toBe(5)
	})

	it('logs the listed names as a caseload view', async () => {
		await load(coach)
		const logged = await prisma.candidateAccessLog.findMany({
			where: { userId: coach.user.id, section: 'CASELOAD' },
			select: { candidateId: true },
		})
		expect(new Set(logged.map((entry) => entry.candidateId))).toEqual(
			new Set([ids.Stale, ids.Overdue, ids.DueToday, ids.Supported]),
		)
	})

	it('shows a colleague their own to-do', async () => {
		const data = (await load(colleague)).data as LoaderData
		expect(data.stale.map((item) => item.name)).toEqual(['ColleagueStale Test'])
		expect(data.due.map((item) => item.name)).toEqual(['ColleagueDue Test', 'Supported Test'])
	})

	it('is only for jobcoaches', async () => {
		expect((await load(coordinator)).status).toBe(403)
		expect((await load(employer)).status).toBe(403)
		expect((await load(otherOrgCoach)).status).toBe(200)
		const data = (await load(otherOrgCoach)).data as LoaderData
		expect(data.stale).toEqual([])
		expect(data.due).toEqual([])
	})
})

describe('check-ins on the jobcoach start page', () => {
	const placementIds: Record<string, string> = {}

	/** A placement of a new candidate, started on `startDate` (its first check-in is a week later). */
	async function placement(
		name: string,
		options: { organizationId: string; primaryCoachId: string | null; routeSupporterId?: string | null },
		startDate: string,
		status = 'ACTIVE',
	) {
		const candidateId = await candidate(name, options)
		const place = await createPlace({ organizationId: employer.organization.id })
		const created = await prisma.placement.create({
			data: {
				candidateId,
				placeId: place.id,
				coachingOrganizationId: options.organizationId,
				employerOrganizationId: employer.organization.id,
				startDate: new Date(`${startDate}T00:00:00.000Z`),
				hoursPerWeek: 16,
				supervisorName: 'Henk Jansen',
				status,
				durableOn: new Date('2026-06-01T00:00:00.000Z'),
				checkIns: {
					create: [7, 14].map((days) => ({
						dueOn: new Date(new Date(`${startDate}T00:00:00.000Z`).getTime() + days * DAY),
					})),
				},
			},
		})
		placementIds[name] = created.id
	}

	beforeAll(async () => {
		const organizationId = coach.organization.id
		// Started 16 Feb: due 23 Feb (overdue) and 2 Mar (today).
		await placement('AtWork', { organizationId, primaryCoachId: coach.user.id }, '2026-02-16')
		// Started 23 Feb: due 2 Mar (today), 9 Mar (not yet).
		await placement(
			'Supporting',
			{ organizationId, primaryCoachId: colleague.user.id, routeSupporterId: coach.user.id },
			'2026-02-23',
		)
		// Not shown: a colleague's, an ended placement, and another organisation's.
		await placement('ColleaguePlaced', { organizationId, primaryCoachId: colleague.user.id }, '2026-02-16')
		await placement('EndedPlaced', { organizationId, primaryCoachId: coach.user.id }, '2026-02-16', 'ENDED')
		await placement(
			'OtherPlaced',
			{ organizationId: otherOrgCoach.organization.id, primaryCoachId: coach.user.id },
			'2026-02-16',
		)
		// Recorded already: not due any more.
		await prisma.placementCheckIn.updateMany({
			where: { placementId: placementIds.AtWork, dueOn: new Date('2026-03-02T00:00:00.000Z') },
			data: { doneOn: new Date('2026-03-02T00:00:00.000Z'), balance: 4 },
		})
	})

	it('lists the coach’s due and overdue check-ins, oldest first, linking to the placement', async () => {
		const data = (await load(coach)).data as LoaderData
		expect(data.checkIns.map((item) => [item.candidateName, item.dueOn, item.overdue, item.placementId])).toEqual([
			['AtWork Test', '2026-02-23', true, placementIds.AtWork],
			['Supporting Test', '2026-03-02', false, placementIds.Supporting],
		])
		const logged = await prisma.candidateAccessLog.findMany({
			where: { userId: coach.user.id, section: 'CASELOAD', candidateId: { in: [ids.AtWork!, ids.Supporting!] } },
		})
		expect(logged).toHaveLength(2)
	})

	it('shows a colleague their own', async () => {
		const data = (await load(colleague)).data as LoaderData
		// Oldest first; two on one day in any order.
		expect(data.checkIns.map((item) => item.dueOn)).toEqual(['2026-02-23', '2026-03-02', '2026-03-02'])
		expect(data.checkIns.map((item) => `${item.dueOn} ${item.candidateName}`).sort()).toEqual([
			'2026-02-23 ColleaguePlaced Test',
			'2026-03-02 ColleaguePlaced Test',
			'2026-03-02 Supporting Test',
		])
	})
})
