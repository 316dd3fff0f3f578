import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { candidateStages } from '#app/domain/candidates/candidate-options.ts'
import { findTown } from '#app/domain/geo/towns.server.ts'
import { employerVisibleCandidateWhere } from '#app/domain/candidates/visibility.server.ts'
import { setClock } from '#app/utils/clock.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import { demoCandidates, demoRecentDays } from '#app/../prisma/demo-candidates.ts'
import { seedDemoData } from '#app/../prisma/seed.server.ts'

const DAY = 24 * 60 * 60 * 1000
const seededAt = new Date('2026-05-04T08:00:00.000Z')

let first: Awaited<ReturnType<typeof seedDemoData>>
let second: Awaited<ReturnType<typeof seedDemoData>>
let rowsAfterFirst: Awaited<ReturnType<typeof caseloadRows>>

/** Every row the caseload seed writes, so any write by a second run shows up. */
async function caseloadRows() {
	return {
		candidates: await prisma.candidate.findMany({ orderBy: { id: 'asc' } }),
		events: await prisma.candidateEvent.findMany({ orderBy: { id: 'asc' } }),
		reports: await prisma.candidateReport.findMany({ orderBy: { id: 'asc' } }),
		consents: await prisma.candidateConsent.findMany({ orderBy: { id: 'asc' } }),
	}
}

beforeAll(async () => {
	setClock(seededAt)
	first = await seedDemoData()
	rowsAfterFirst = await caseloadRows()
	setClock(new Date(seededAt.getTime() + DAY))
	second = await seedDemoData()
	setClock(seededAt)
}, 120_000)

afterAll(() => setClock(null))

const candidates = () =>
	prisma.candidate.findMany({
		include: { events: { orderBy: { occurredOn: 'desc' } }, organization: true, primaryCoach: true },
	})

describe('demo caseload', () => {
	it('has 40 candidates of the demo coaching organisation, and a second run adds none', async () => {
		expect(first.candidates).toBe(40)
		expect(second.candidates).toBe(40)
		const all = await candidates()
		expect(all).toHaveLength(40)
		expect(new Set(all.map((candidate) => candidate.organization.name))).toEqual(
			new Set(['Inloophuis De Wisselplaats']),
		)
		const reports = demoCandidates.reduce((sum, candidate) => sum + (candidate.reports?.length ?? 0), 0)
		expect(reports).toBeGreaterThanOrEqual(20)
		expect(await prisma.candidateReport.count()).toBe(reports)
		expect(await prisma.candidateEvent.count()).toBe(all.reduce((sum, candidate) => sum + candidate.events.length, 0))
	})

	it('is idempotent: the second run (a day later) leaves every candidate row as it was', async () => {
		expect(second.changes).toEqual({ created: 0, updated: 0 })
		expect(await caseloadRows()).toEqual(rowsAfterFirst)
	})

	it('stores every home town as the town picker does: label, municipality and coordinates', async () => {
		for (const candidate of await candidates()) {
			const town = findTown(candidate.homeTown ?? '')
			expect(town, candidate.code).not.toBeNull()
			expect(candidate, candidate.code).toMatchObject({
				homeTown: town?.label,
				homeMunicipality: town?.municipality,
				latitude: town?.latitude,
				longitude: town?.longitude,
			})
		}
	})

	it('spreads the active and recent ones 13 / 9 / 5 / 1 / 5 over the stages, with about half active', async () => {
		const all = await candidates()
		const recentSince = new Date(seededAt.getTime() - (demoRecentDays + 1) * DAY)
		const recent = all.filter((candidate) => candidate.active || candidate.events[0]!.occurredOn >= recentSince)
		const byStage = Object.fromEntries(
			candidateStages.map((stage) => [stage, recent.filter((candidate) => candidate.stage === stage).length]),
		)
		expect(byStage).toEqual({ ORIENTING: 13, DEVELOPING: 9, JOB_SEEKING: 5, WORKING: 1, COMPLETED: 5 })
		// As in the research: 19 of the 38 participants of the year active (see the insight demo test).
		expect(all.filter((candidate) => candidate.active)).toHaveLength(19)
	})

	it('starts every history with an intake and ends a stepped-back one with the step back', async () => {
		for (const candidate of await candidates()) {
			const oldestFirst = [...candidate.events].reverse()
			expect(oldestFirst[0]?.kind, candidate.code).toBe('INTAKE')
			expect(oldestFirst.at(-1)?.toStage, candidate.code).toBe(candidate.stage)
			if (!candidate.active) expect(candidate.events[0]?.kind, candidate.code).toBe('STEP_BACK')
			expect(candidate.homeMunicipality, candidate.code).toBeTruthy()
		}
	})

	it('gives the demo jobcoach a caseload, with stale profiles and due actions to do', async () => {
		const all = await candidates()
		const mine = all.filter((candidate) => candidate.primaryCoach?.email === 'jobcoach@wisselplaats.test')
		expect(mine.length).toBeGreaterThanOrEqual(15)
		const staleBefore = new Date(seededAt.getTime() - 90 * DAY)
		expect(all.filter((candidate) => candidate.active && candidate.confirmedAt < staleBefore)).toHaveLength(6)
		expect(mine.some((candidate) => candidate.nextActionDate && candidate.nextActionDate <= seededAt)).toBe(true)
	})

	it('has reports in every state, consents, and some candidates employers may find', async () => {
		const states = await prisma.candidateReport.groupBy({ by: ['status'], _count: true })
		expect(states.map((state) => state.status).sort()).toEqual(['APPROVED', 'AWAITING_APPROVAL', 'DRAFT', 'REJECTED'])
		for (const state of states) expect(state._count, state.status).toBeGreaterThanOrEqual(3)
		const consents = demoCandidates.flatMap((candidate) => candidate.consents ?? [])
		expect(consents.filter((consent) => consent.purpose === 'EMPLOYER_SEARCH').length).toBeGreaterThanOrEqual(20)
		expect(
			await prisma.candidateConsent.count({ where: { purpose: 'EMPLOYER_SEARCH', withdrawnAt: null } }),
		).toBeGreaterThanOrEqual(20)
		// The demo placement adds one identity consent for its proposal.
		expect(await prisma.candidateConsent.count({ where: { proposalId: null } })).toBe(consents.length)
		expect(await prisma.candidateConsent.count({ where: { withdrawnAt: { not: null } } })).toBeGreaterThanOrEqual(2)
		expect(await prisma.candidateConsent.count({ where: { purpose: 'IDENTITY_SHARE' } })).toBeGreaterThanOrEqual(2)
		const findable = await prisma.candidate.count({ where: employerVisibleCandidateWhere(seededAt) })
		expect(findable).toBeGreaterThanOrEqual(8)
	})
})

describe('demo matching', () => {
	it('puts a fresh proposal in an employer inbox and follows a placement with check-ins, once', async () => {
		const proposals = await prisma.proposal.findMany({
			include: { events: true, placement: { include: { checkIns: true } } },
		})
		expect(proposals.map((proposal) => proposal.status).sort()).toEqual(['PLACED', 'PROPOSED'])
		const placement = proposals.find((proposal) => proposal.status === 'PLACED')!.placement!
		expect(placement.checkIns.length).toBe(17)
		expect(placement.checkIns.filter((checkIn) => checkIn.doneOn !== null).length).toBeGreaterThanOrEqual(4)
		expect(await prisma.candidateConsent.count({ where: { proposalId: { not: null } } })).toBe(1)
		expect(second.changes.created).toBe(0)
	})
})
