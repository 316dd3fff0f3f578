// A candidate's route and coaching: stage changes, stepping back and coming back (events, never
// failures), the primary jobcoach and route supporter, last contact and the next action. Every
// change writes the candidate, its event and the audit entry in one short transaction; audit
// details hold stage keys, ids and field names only, never a note or a name.
import { amsterdamDate, calendarDay } from '#app/utils/amsterdam-time.ts'
import { type AuditAction } from '#app/utils/audit.server.ts'
import { prisma, type Prisma } from '#app/utils/db.server.ts'
import { markForReindex } from '#search/outbox.server.ts'
import { candidateEventKinds, isCandidateStage, type CandidateEventKind } from './candidate-options.ts'
import { isCoachOf, listCoaches } from './candidates.server.ts'
import {
	type ChangeStageInput,
	type CoachesInput,
	type FollowUpInput,
	type ReturnInput,
	type StageProblem,
	type StepBackInput,
} from './stage-schema.ts'

export type StageResult =
	{ ok: true } | { ok: false; problem: StageProblem } | { ok: false; fieldErrors: Record<string, string[]> }

const NOT_A_COACH = 'caseload:stage.errors.notACoach'

/** The audit entry of a change, written by the transaction that makes the change. */
export function auditInTransaction(
	tx: Prisma.TransactionClient,
	action: AuditAction,
	{
		actorId,
		entityType,
		entityId,
		details,
	}: { actorId: string | null; entityType: string; entityId: string; details?: Record<string, unknown> },
) {
	return tx.auditEvent.create({
		data: { action, actorId, entityType, entityId, details: details ? JSON.stringify(details) : null },
	})
}

function eventKind(value: string): CandidateEventKind {
	return (candidateEventKinds as readonly string[]).includes(value) ? (value as CandidateEventKind) : 'STAGE'
}

const stageOrNull = (value: string | null) => (value && isCandidateStage(value) ? value : null)

// --- Reading ----------------------------------------------------------------------------------

/**
 * The full history, newest first: by the Amsterdam day it happened, then by when it was recorded
 * (two changes on one day keep their order). Who recorded it is named; a removed account is null.
 */
export async function listCandidateEvents(candidateId: string) {
	const events = await prisma.candidateEvent.findMany({
		where: { candidateId },
		select: {
			id: true,
			kind: true,
			fromStage: true,
			toStage: true,
			occurredOn: true,
			note: true,
			recordedById: true,
			createdAt: true,
		},
	})
	const recorderIds = [...new Set(events.flatMap((event) => (event.recordedById ? [event.recordedById] : [])))]
	const recorders = recorderIds.length
		? await prisma.user.findMany({ where: { id: { in: recorderIds } }, select: { id: true, name: true } })
		: []
	const names = new Map(recorders.map((user) => [user.id, user.name]))
	return events
		.map((event) => ({
			id: event.id,
			kind: eventKind(event.kind),
			fromStage: stageOrNull(event.fromStage),
			toStage: stageOrNull(event.toStage),
			occurredOn: event.occurredOn,
			day: amsterdamDate(event.occurredOn),
			note: event.note,
			recordedByName: event.recordedById ? (names.get(event.recordedById) ?? null) : null,
			createdAt: event.createdAt,
		}))
		.sort(
			(a, b) =>
				b.day.localeCompare(a.day) ||
				b.createdAt.getTime() - a.createdAt.getTime() ||
				b.occurredOn.getTime() - a.occurredOn.getTime(),
		)
		.map(({ day: _day, createdAt: _createdAt, ...event }) => event)
}

export type CandidateEventItem = Awaited<ReturnType<typeof listCandidateEvents>>[number]

/** What the stage tab shows and its forms start from: the coaching fields, the history, the coaches. */
export async function getStageContext(candidateId: string, organizationId: string) {
	const [candidate, events, coaches] = await Promise.all([
		prisma.candidate.findUniqueOrThrow({
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
		}),
		listCandidateEvents(candidateId),
		listCoaches(organizationId),
	])
	return { ...candidate, stage: stageOrNull(candidate.stage) ?? 'ORIENTING', events, coaches }
}

// --- Stage, stepping back, coming back ----------------------------------------------------------

type Target = { candidateId: string; actorId: string }
type DatedNote = { occurredOn: string; note?: string | null }
type Current = { stage: string; active: boolean }

/**
 * One step on the candidate's route, in one transaction: read where they stand, let `decide` refuse
 * (a problem), skip (`null`: nothing to record) or name the move, then write the candidate, its
 * event, the audit row (stages only, never the note) and the candidate's mark for the search index.
 */
function moveOnRoute(
	{ candidateId, actorId, input }: Target & { input: DatedNote },
	kind: 'STAGE' | 'STEP_BACK' | 'RETURN',
	action: AuditAction,
	decide: (current: Current) => StageProblem | null | { toStage: string; active: boolean },
) {
	return prisma.$transaction(async (tx): Promise<StageResult> => {
		const current = await tx.candidate.findUniqueOrThrow({
			where: { id: candidateId },
			select: { stage: true, active: true },
		})
		const move = decide(current)
		if (move === null) return { ok: true }
		if (typeof move === 'string') return { ok: false, problem: move }
		await tx.candidate.update({ where: { id: candidateId }, data: { stage: move.toStage, active: move.active } })
		await markForReindex(tx, 'candidates', [candidateId])
		await tx.candidateEvent.create({
			data: {
				candidateId,
				kind,
				fromStage: current.stage,
				toStage: move.toStage,
				occurredOn: calendarDay(input.occurredOn),
				note: input.note || null,
				recordedById: actorId,
			},
		})
		await auditInTransaction(tx, action, {
			actorId,
			entityType: 'Candidate',
			entityId: candidateId,
			details: { fromStage: current.stage, toStage: move.toStage },
		})
		return { ok: true }
	})
}

/** A new stage, dated and with an optional note: a STAGE event from the current stage. */
export function changeStage(target: Target & { input: ChangeStageInput }) {
	return moveOnRoute(target, 'STAGE', 'candidate.stage-changed', (current) => {
		// A paused candidate first comes back ("Komt terug"), which can name the new stage.
		if (!current.active) return 'inactive'
		// The same stage again (a double submit) changes nothing.
		if (current.stage === target.input.stage) return null
		return { toStage: target.input.stage, active: true }
	})
}

/** "Stapt even terug": the candidate becomes inactive for a while; the stage stays what it was. */
export function stepBack(target: Target & { input: StepBackInput }) {
	return moveOnRoute(target, 'STEP_BACK', 'candidate.stepped-back', (current) =>
		current.active ? { toStage: current.stage, active: false } : 'already-inactive',
	)
}

/**
 * "Komt terug": an inactive or completed candidate is active again, in the same stage or a new
 * one. A completed candidate comes back in a stage other than completed.
 */
export function returnCandidate(target: Target & { input: ReturnInput }) {
	return moveOnRoute(target, 'RETURN', 'candidate.returned', (current) => {
		const toStage = target.input.stage ?? current.stage
		const completed = current.stage === 'COMPLETED'
		if ((current.active && !completed) || toStage === 'COMPLETED') return 'not-returnable'
		return { toStage, active: true }
	})
}

// --- Coaching ---------------------------------------------------------------------------------

/**
 * The primary jobcoach and route supporter (empty: nobody). Both must be jobcoaches of the
 * candidate's own organisation; anyone else is refused as a field error.
 */
export async function setCoaches({
	candidateId,
	actorId,
	organizationId,
	input,
}: Target & { organizationId: string; input: CoachesInput }): Promise<StageResult> {
	const primaryCoachId = input.primaryCoachId || null
	const routeSupporterId = input.routeSupporterId || null
	const fieldErrors: Record<string, string[]> = {}
	if (primaryCoachId && !(await isCoachOf(organizationId, primaryCoachId))) fieldErrors.primaryCoachId = [NOT_A_COACH]
	if (routeSupporterId && !(await isCoachOf(organizationId, routeSupporterId))) {
		fieldErrors.routeSupporterId = [NOT_A_COACH]
	}
	if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors }
	return prisma.$transaction(async (tx): Promise<StageResult> => {
		const before = await tx.candidate.findUniqueOrThrow({
			where: { id: candidateId },
			select: { primaryCoachId: true, routeSupporterId: true },
		})
		if (before.primaryCoachId === primaryCoachId && before.routeSupporterId === routeSupporterId) return { ok: true }
		await tx.candidate.update({ where: { id: candidateId }, data: { primaryCoachId, routeSupporterId } })
		await auditInTransaction(tx, 'candidate.coaches-changed', {
			actorId,
			entityType: 'Candidate',
			entityId: candidateId,
			details: {
				primaryCoach: { from: before.primaryCoachId, to: primaryCoachId },
				routeSupporter: { from: before.routeSupporterId, to: routeSupporterId },
			},
		})
		return { ok: true }
	})
}

/** The last contact, the next action and its date; empty values clear them. Audits field names only. */
export async function setFollowUp({ candidateId, actorId, input }: Target & { input: FollowUpInput }) {
	const data = {
		lastContactAt: input.lastContactAt ? calendarDay(input.lastContactAt) : null,
		nextAction: input.nextAction || null,
		nextActionDate: input.nextActionDate ? calendarDay(input.nextActionDate) : null,
	}
	return prisma.$transaction(async (tx): Promise<StageResult> => {
		const before = await tx.candidate.findUniqueOrThrow({
			where: { id: candidateId },
			select: { lastContactAt: true, nextAction: true, nextActionDate: true },
		})
		const fields = (Object.keys(data) as Array<keyof typeof data>).filter((field) => {
			const was = before[field]
			const next = data[field]
			return was instanceof Date && next instanceof Date ? was.getTime() !== next.getTime() : was !== next
		})
		if (fields.length === 0) return { ok: true }
		await tx.candidate.update({ where: { id: candidateId }, data })
		await auditInTransaction(tx, 'candidate.updated', {
			actorId,
			entityType: 'Candidate',
			entityId: candidateId,
			details: { fields },
		})
		return { ok: true }
	})
}
