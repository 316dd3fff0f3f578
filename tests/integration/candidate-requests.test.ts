// An employer's request about a pool candidate reaches the candidate's coaches: only for a candidate
// the employer may see (404 otherwise, whatever the reason), only with a place of their own; the
// coaches are mailed and find it among their proposals, with a way to propose, until it is handled.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createCandidateRequest, listOpenCandidateRequests } from '#app/domain/matching/candidate-requests.server.ts'
import * as coachListRoute from '#app/routes/jobcoach.voorstellen._index.tsx'
import { setClock } from '#app/utils/clock.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import { findLatestEmailTo } from '#app/utils/email.server.ts'
import { createCandidate } from '#tests/candidate-factories.ts'
import { callRoute, makeRequest, submissionErrors } from '#tests/factories.ts'
import { addSearchConsent, createProposalWorld, createPublishedPlace } from '#tests/proposal-factories.ts'

const start = new Date('2026-03-02T08:00:00.000Z')
const MESSAGE = 'Wij hebben misschien een plek in ons groenteam. Kunnen we kennismaken?'

let world: Awaited<ReturnType<typeof createProposalWorld>>

beforeAll(async () => {
	setClock(start)
	world = await createProposalWorld()
	await addSearchConsent(world.candidate.id, world.coach.user.id)
})
beforeEach(() => setClock(start))
afterAll(() => setClock(null))

async function statusOf(promise: Promise<unknown>) {
	try {
		await promise
		return 'resolved'
	} catch (error) {
		if (error instanceof Response) return error.status
		throw error
	}
}

const request = (overrides: Partial<Parameters<typeof createCandidateRequest>[0]> = {}) =>
	createCandidateRequest({
		candidateId: world.candidate.id,
		employerOrganizationId: world.employer.organization.id,
		requestedById: world.employer.user.id,
		placeId: world.place.id,
		message: MESSAGE,
		...overrides,
	})

function coachList(cookie: string, form?: Record<string, string>) {
	return callRoute(coachListRoute, { request: makeRequest('/jobcoach/voorstellen', { cookie, form }) })
}

describe('asking about a candidate', () => {
	it('records the request and mails the primary coach and the route supporter', async () => {
		const { id } = await request()
		expect(await prisma.candidateRequest.findUniqueOrThrow({ where: { id } })).toMatchObject({
			candidateId: world.candidate.id,
			employerOrganizationId: world.employer.organization.id,
			requestedById: world.employer.user.id,
			placeId: world.place.id,
			message: MESSAGE,
			status: 'OPEN',
		})
		for (const coach of [world.coach, world.colleague]) {
			const mail = await findLatestEmailTo(coach.user.email)
			expect(mail?.subject).toContain(world.candidate.code)
			expect(mail?.text).toContain(MESSAGE)
			expect(mail?.text).toContain('Medewerker groenonderhoud')
			expect(mail?.text).toContain(world.employer.user.email)
		}
		expect(await prisma.auditEvent.count({ where: { entityId: id, action: 'candidate-request.created' } })).toBe(1)
	})

	it('answers 404 for a candidate the employer may not see, and for a place of another employer', async () => {
		const notInPool = await createCandidate({ organizationId: world.coachingOrganizationId })
		expect(await statusOf(request({ candidateId: notInPool.id }))).toBe(404)
		const stale = await createCandidate({
			organizationId: world.coachingOrganizationId,
			confirmedAt: new Date(start.getTime() - 400 * 24 * 60 * 60 * 1000),
		})
		await addSearchConsent(stale.id)
		expect(await statusOf(request({ candidateId: stale.id }))).toBe(404)
		expect(await statusOf(request({ candidateId: 'does-not-exist' }))).toBe(404)

		const otherPlace = await createPublishedPlace({ organizationId: world.otherEmployer.organization.id })
		expect(await statusOf(request({ placeId: otherPlace.id }))).toBe(404)
		expect(await prisma.candidateRequest.count({ where: { placeId: otherPlace.id } })).toBe(0)

		// Without a place is fine.
		expect(await statusOf(request({ placeId: null }))).toBe('resolved')
	})

	it('shows open requests to the coaches with a link to propose, until one marks it handled', async () => {
		const { id } = await request()
		const page = await coachList(world.coach.cookie)
		expect(page.status).toBe(200)
		const { requests } = page.data as Awaited<ReturnType<typeof coachListRoute.loader>>
		const item = requests.find((entry) => entry.id === id)
		expect(item).toMatchObject({
			candidate: { id: world.candidate.id, code: world.candidate.code, name: 'Sanne de Vries' },
			employer: { name: world.employer.organization.name },
			place: { id: world.place.id, proposable: true },
			message: MESSAGE,
		})

		// Another coaching organisation sees nothing of it, and cannot handle it.
		expect(await listOpenCandidateRequests(world.otherCoach.organization.id)).toEqual([])
		const foreign = await coachList(world.otherCoach.cookie, { intent: 'handle-request', requestId: id })
		expect(foreign.status).toBe(400)
		expect(submissionErrors(foreign)['']).toEqual(['proposals:errors.requestGone'])

		const handled = await coachList(world.colleague.cookie, { intent: 'handle-request', requestId: id })
		expect(handled.status).toBe(302)
		expect(await prisma.candidateRequest.findUniqueOrThrow({ where: { id } })).toMatchObject({
			status: 'HANDLED',
			handledById: world.colleague.user.id,
		})
		const after = await coachList(world.coach.cookie)
		expect(
			(after.data as Awaited<ReturnType<typeof coachListRoute.loader>>).requests.map((entry) => entry.id),
		).not.toContain(id)
		const twice = await coachList(world.coach.cookie, { intent: 'handle-request', requestId: id })
		expect(twice.status).toBe(400)
	})

	it('refuses the coaches page to an employer', async () => {
		const result = await coachList(world.employer.cookie)
		expect(result.status).toBe(403)
	})
})
