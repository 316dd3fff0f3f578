import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import * as stageRoute from '#app/routes/jobcoach.kandidaten.$candidateId.fase.tsx'
import { setClock } from '#app/utils/clock.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import { createCandidate, createCoachingTeam, type SignedInUser } from '#tests/candidate-factories.ts'
import { callRoute, makeRequest, submissionErrors } from '#tests/factories.ts'

// 09:00 in Amsterdam on Monday 2 March 2026.
const start = new Date('2026-03-02T08:00:00.000Z')
const TODAY = '2026-03-02'

type Signed = SignedInUser

let coach: Signed
let colleague: Signed
let otherOrgCoach: Signed
let coordinator: Signed
let employer: Signed
let organizationId = ''

beforeAll(async () => {
	setClock(start)
	;({ coach, colleague, coordinator, otherOrgCoach, employer, organizationId } = await createCoachingTeam())
})
beforeEach(() => setClock(start))
afterAll(() => setClock(null))

const path = (candidateId: string) => `/jobcoach/kandidaten/${candidateId}/fase`

function load(candidateId: string, who: Signed = coach) {
	return callRoute(stageRoute, {
		request: makeRequest(path(candidateId), { cookie: who.cookie }),
		params: { candidateId },
	})
}

function post(candidateId: string, form: Record<string, string>, who: Signed = coach) {
	return callRoute(stageRoute, {
		request: makeRequest(path(candidateId), { form, cookie: who.cookie }),
		params: { candidateId },
	})
}

async function newCandidate(overrides: Partial<Parameters<typeof createCandidate>[0]> = {}) {
	return (await createCandidate({ organizationId, primaryCoachId: coach.user.id, ...overrides })).id
}

async function snapshot(candidateId: string) {
	const candidate = await prisma.candidate.findUniqueOrThrow({
		where: { id: candidateId },
		select: {
			stage: true,
			active: true,
			primaryCoachId: true,
			routeSupporterId: true,
			lastContactAt: true,
			nextAction: true,
			nextActionDate: true,
		},
	})
	const events = await prisma.candidateEvent.count({ where: { candidateId } })
	const audits = await prisma.auditEvent.count({ where: { entityId: candidateId } })
	return { candidate, events, audits }
}

type LoaderData = Awaited<ReturnType<typeof stageRoute.loader>>

describe('the stage tab', () => {
	it('keeps the whole history, newest first, with who recorded it', async () => {
		// The factory dates the intake event at `confirmedAt`.
		const candidateId = await newCandidate({ confirmedAt: new Date('2026-02-01T00:00:00.000Z') })
		let result = await post(candidateId, {
			intent: 'change-stage',
			stage: 'DEVELOPING',
			occurredOn: '2026-02-10',
			note: 'Start met een werkervaringsplek',
		})
		expect(result.status, JSON.stringify(result.data)).toBe(302)
		expect(result.location).toBe(path(candidateId))
		result = await post(
			candidateId,
			{ intent: 'change-stage', stage: 'JOB_SEEKING', occurredOn: '2026-02-20' },
			colleague,
		)
		expect(result.status).toBe(302)
		result = await post(candidateId, { intent: 'change-stage', stage: 'WORKING', occurredOn: TODAY })
		expect(result.status).toBe(302)

		const page = await load(candidateId)
		expect(page.status).toBe(200)
		const data = page.data as LoaderData
		expect(data.stage).toBe('WORKING')
		expect(data.events.map((event) => [event.kind, event.fromStage, event.toStage])).toEqual([
			['STAGE', 'JOB_SEEKING', 'WORKING'],
			['STAGE', 'DEVELOPING', 'JOB_SEEKING'],
			['STAGE', 'ORIENTING', 'DEVELOPING'],
			['INTAKE', null, 'ORIENTING'],
		])
		expect(data.events[1]!.recordedByName).toBe('Joost Verbeek')
		expect(data.events[2]!.note).toBe('Start met een werkervaringsplek')

		const audits = await prisma.auditEvent.findMany({
			where: { entityId: candidateId, action: 'candidate.stage-changed' },
			orderBy: { createdAt: 'asc' },
		})
		expect(audits).toHaveLength(3)
		for (const entry of audits) expect(entry.details).not.toContain('werkervaringsplek')
		expect(JSON.parse(audits[0]!.details!)).toEqual({ fromStage: 'ORIENTING', toStage: 'DEVELOPING' })
	})

	it('records stepping back: inactive, with an event and no stage change', async () => {
		const candidateId = await newCandidate({ stage: 'DEVELOPING' })
		const result = await post(candidateId, { intent: 'step-back', occurredOn: '2026-03-01', note: 'Even rust' })
		expect(result.status, JSON.stringify(result.data)).toBe(302)
		const { candidate } = await snapshot(candidateId)
		expect(candidate).toMatchObject({ active: false, stage: 'DEVELOPING' })
		const event = await prisma.candidateEvent.findFirstOrThrow({ where: { candidateId, kind: 'STEP_BACK' } })
		expect(event).toMatchObject({ note: 'Even rust', recordedById: coach.user.id })
		expect(event.occurredOn.toISOString()).toBe('2026-03-01T00:00:00.000Z')
		const audit = await prisma.auditEvent.findFirstOrThrow({
			where: { entityId: candidateId, action: 'candidate.stepped-back' },
		})
		expect(audit.details).not.toContain('rust')

		// Stepping back twice, or changing the stage while paused, is refused with a message.
		const before = await snapshot(candidateId)
		const again = await post(candidateId, { intent: 'step-back', occurredOn: TODAY })
		expect(again.status).toBe(400)
		expect(submissionErrors(again)['']).toEqual(['caseload:stage.errors.alreadyInactive'])
		const change = await post(candidateId, { intent: 'change-stage', stage: 'WORKING', occurredOn: TODAY })
		expect(change.status).toBe(400)
		expect(await snapshot(candidateId)).toEqual(before)
	})

	it('lets an inactive candidate return, keeping the stage or in a new one', async () => {
		const kept = await newCandidate({ stage: 'JOB_SEEKING', active: false })
		let result = await post(kept, { intent: 'return', occurredOn: TODAY })
		expect(result.status, JSON.stringify(result.data)).toBe(302)
		expect((await snapshot(kept)).candidate).toMatchObject({ active: true, stage: 'JOB_SEEKING' })

		const moved = await newCandidate({ stage: 'JOB_SEEKING', active: false })
		result = await post(moved, { intent: 'return', occurredOn: TODAY, stage: 'DEVELOPING', note: 'Weer bezig' })
		expect(result.status).toBe(302)
		expect((await snapshot(moved)).candidate).toMatchObject({ active: true, stage: 'DEVELOPING' })
		const event = await prisma.candidateEvent.findFirstOrThrow({ where: { candidateId: moved, kind: 'RETURN' } })
		expect(event).toMatchObject({ fromStage: 'JOB_SEEKING', toStage: 'DEVELOPING', note: 'Weer bezig' })
		const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: moved, action: 'candidate.returned' } })
		expect(JSON.parse(audit.details!)).toEqual({ fromStage: 'JOB_SEEKING', toStage: 'DEVELOPING' })
	})

	it('lets a completed candidate return in a new stage, and refuses a return of an active one', async () => {
		const completed = await newCandidate({ stage: 'COMPLETED' })
		const stays = await post(completed, { intent: 'return', occurredOn: TODAY })
		expect(stays.status).toBe(400)
		const result = await post(completed, { intent: 'return', occurredOn: TODAY, stage: 'WORKING' })
		expect(result.status, JSON.stringify(result.data)).toBe(302)
		expect((await snapshot(completed)).candidate).toMatchObject({ active: true, stage: 'WORKING' })

		const active = await newCandidate({ stage: 'DEVELOPING' })
		const before = await snapshot(active)
		const refused = await post(active, { intent: 'return', occurredOn: TODAY, stage: 'WORKING' })
		expect(refused.status).toBe(400)
		expect(submissionErrors(refused)['']).toEqual(['caseload:stage.errors.notReturnable'])
		expect(await snapshot(active)).toEqual(before)
	})

	it('refuses a future date, an impossible date and an unknown stage, writing nothing', async () => {
		const candidateId = await newCandidate()
		const before = await snapshot(candidateId)
		const cases: Array<[Record<string, string>, string, string]> = [
			[
				{ intent: 'change-stage', stage: 'WORKING', occurredOn: '2026-03-03' },
				'occurredOn',
				'caseload:stage.errors.dateInFuture',
			],
			[
				{ intent: 'change-stage', stage: 'WORKING', occurredOn: '2026-02-30' },
				'occurredOn',
				'caseload:stage.errors.dateInvalid',
			],
			[{ intent: 'change-stage', stage: 'RETIRED', occurredOn: TODAY }, 'stage', 'errors:validation.choose'],
			[{ intent: 'step-back', occurredOn: '2027-01-01' }, 'occurredOn', 'caseload:stage.errors.dateInFuture'],
			[
				{ intent: 'follow-up', lastContactAt: '2026-03-05', nextAction: 'Bellen' },
				'lastContactAt',
				'caseload:stage.errors.dateInFuture',
			],
		]
		for (const [form, field, message] of cases) {
			const result = await post(candidateId, form)
			expect(result.status, JSON.stringify(form)).toBe(400)
			expect(submissionErrors(result)[field]).toEqual([message])
		}
		expect(await snapshot(candidateId)).toEqual(before)
	})

	it('assigns coaches of the organisation, clears them, and refuses another organisation’s coach', async () => {
		const candidateId = await newCandidate()
		let result = await post(candidateId, {
			intent: 'coaches',
			primaryCoachId: colleague.user.id,
			routeSupporterId: coach.user.id,
		})
		expect(result.status, JSON.stringify(result.data)).toBe(302)
		expect((await snapshot(candidateId)).candidate).toMatchObject({
			primaryCoachId: colleague.user.id,
			routeSupporterId: coach.user.id,
		})
		expect(
			await prisma.auditEvent.count({ where: { entityId: candidateId, action: 'candidate.coaches-changed' } }),
		).toBe(1)

		const before = await snapshot(candidateId)
		const refusedForms: Array<Record<string, string>> = [
			{ intent: 'coaches', primaryCoachId: otherOrgCoach.user.id },
			{ intent: 'coaches', primaryCoachId: coach.user.id, routeSupporterId: coordinator.user.id },
		]
		for (const form of refusedForms) {
			const refused = await post(candidateId, form)
			expect(refused.status).toBe(400)
			const errors = submissionErrors(refused)
			expect(errors.primaryCoachId ?? errors.routeSupporterId).toEqual(['caseload:stage.errors.notACoach'])
		}
		expect(await snapshot(candidateId)).toEqual(before)

		result = await post(candidateId, { intent: 'coaches' })
		expect(result.status).toBe(302)
		expect((await snapshot(candidateId)).candidate).toMatchObject({ primaryCoachId: null, routeSupporterId: null })
	})

	it('saves the follow-up and audits field names only', async () => {
		const candidateId = await newCandidate()
		const result = await post(candidateId, {
			intent: 'follow-up',
			lastContactAt: '2026-02-27',
			nextAction: 'Bellen over de plek bij de kwekerij',
			nextActionDate: '2026-03-09',
		})
		expect(result.status, JSON.stringify(result.data)).toBe(302)
		const { candidate } = await snapshot(candidateId)
		expect(candidate.lastContactAt?.toISOString()).toBe('2026-02-27T00:00:00.000Z')
		expect(candidate.nextActionDate?.toISOString()).toBe('2026-03-09T00:00:00.000Z')
		expect(candidate.nextAction).toBe('Bellen over de plek bij de kwekerij')
		const audit = await prisma.auditEvent.findFirstOrThrow({
			where: { entityId: candidateId, action: 'candidate.updated' },
		})
		expect(audit.details).not.toContain('kwekerij')
		expect(JSON.parse(audit.details!)).toEqual({ fields: ['lastContactAt', 'nextAction', 'nextActionDate'] })
	})

	it('answers 404 to another organisation’s coach, a coordinator and an employer (GET and POST)', async () => {
		const candidateId = await newCandidate()
		const before = await snapshot(candidateId)
		for (const who of [otherOrgCoach, coordinator, employer]) {
			expect((await load(candidateId, who)).status).toBe(404)
			const result = await post(candidateId, { intent: 'change-stage', stage: 'WORKING', occurredOn: TODAY }, who)
			expect(result.status).toBe(404)
		}
		expect(await snapshot(candidateId)).toEqual(before)
		expect((await load(candidateId)).status).toBe(200)
	})
})
