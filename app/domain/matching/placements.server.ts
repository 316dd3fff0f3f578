// Placements: a candidate at work in a place, started from a proposal and followed with check-ins
// until it counts as durable work (placement-rules.ts). Stepping back pauses a placement without
// failing it; ending always names a reason. Only jobcoaches of the candidate's own organisation reach
// a placement; for everyone else it does not exist (404). Every change writes the placement, what
// goes with it and the audit entry in one short transaction; audit details hold ids, dates and keys,
// never a note, a reason text or a balance score.
import { isCandidateStage, type CandidateStage } from '#app/domain/candidates/candidate-options.ts'
import { logCandidateAccess } from '#app/domain/candidates/access-log.server.ts'
import { candidateDisplayName } from '#app/domain/candidates/candidates.server.ts'
import { stageProblemMessages } from '#app/domain/candidates/stage-schema.ts'
import { auditInTransaction, changeStage } from '#app/domain/candidates/stages.server.ts'
import { recordActivity } from '#app/domain/network/activities.server.ts'
import { activitySource } from '#app/domain/network/activity-options.ts'
import { amsterdamDate, calendarDay } from '#app/utils/amsterdam-time.ts'
import { hasPermission, requirePermission, type SessionUser } from '#app/utils/auth.server.ts'
import { now } from '#app/utils/clock.server.ts'
import { prisma, type Prisma } from '#app/utils/db.server.ts'
import { type PermissionRequest } from '#app/utils/permissions.ts'
import { markForReindex } from '#search/outbox.server.ts'
import { z } from 'zod'
import {
	isEndReason,
	isPlacementStatus,
	type AddCheckInInput,
	type EndInput,
	type PlacementBounds,
	type PlacementFormInput,
	type PlacementProblem,
	type PlacementStatus,
	type RecordCheckInInput,
	type RescheduleCheckInInput,
	type ResumeInput,
	type StepBackInput,
} from './placement-schema.ts'
import { addProposalEvent } from './proposal-timeline.server.ts'
import {
	checkInSchedule,
	durableCountdown,
	durableOn,
	isDurable,
	toDay,
	type StepBackPeriod,
} from './placement-rules.ts'

type PlacementPermission = Extract<PermissionRequest, `${string}:placement`>

export type PlacementResult = { ok: true } | { ok: false; problem: PlacementProblem }
export type CreatePlacementResult = { ok: true; placementId: string } | { ok: false; problem: PlacementProblem }

/** A proposal can become a placement once the employer wants the candidate: accepted or intro planned. */
export const placeableProposalStatuses = ['INTRO_PLANNED', 'ACCEPTED'] as const

const IdParam = z.string().min(1).max(40)

function problem(value: PlacementProblem): { ok: false; problem: PlacementProblem } {
	return { ok: false, problem: value }
}

const statusOf = (value: string): PlacementStatus => (isPlacementStatus(value) ? value : 'ACTIVE')
const periodsOf = (stepBacks: Array<{ startedOn: Date; endedOn: Date | null }>): StepBackPeriod[] =>
	stepBacks.map((period) => ({ startedOn: toDay(period.startedOn), endedOn: period.endedOn && toDay(period.endedOn) }))

// --- Who gets in ------------------------------------------------------------------------------------

/**
 * The placements area: only someone who may start placements (a jobcoach) gets in; everyone else is
 * refused with 403, as for any staff area. Returns the organisation whose placements the pages show.
 */
export async function requirePlacementCoach(request: Request) {
	const user = await requirePermission(request, 'create:placement')
	const membership = user.memberships.find((m) => hasPermission(user, 'create:placement', m.organizationId))
	if (!membership) throw new Response('Forbidden', { status: 403 })
	return { user, organizationId: membership.organizationId }
}

/**
 * A placement the signed-in jobcoach may act on: one of a candidate of their own organisation.
 * Another organisation's placement, an erased candidate's and an id that does not exist all answer
 * the same 404, whoever asks.
 */
export async function requirePlacement(
	request: Request,
	params: unknown,
	permission: PlacementPermission = 'read:placement',
): Promise<{ user: SessionUser; placementId: string; candidateId: string; organizationId: string }> {
	const parsed = z.object({ placementId: IdParam }).safeParse(params)
	const placement = parsed.success
		? await prisma.placement.findFirst({
				where: { id: parsed.data.placementId, candidate: { erasedAt: null } },
				select: { id: true, candidateId: true, coachingOrganizationId: true },
			})
		: null
	if (!placement) {
		await requirePermission(request, permission, { hideExistence: true })
		throw new Response('Not Found', { status: 404 })
	}
	const user = await requirePermission(request, permission, {
		organizationId: placement.coachingOrganizationId,
		hideExistence: true,
	})
	return {
		user,
		placementId: placement.id,
		candidateId: placement.candidateId,
		organizationId: placement.coachingOrganizationId,
	}
}

/** A proposal of the coach's own organisation that a placement may be started from; 404 otherwise. */
export async function requireProposalForPlacement(request: Request, params: unknown) {
	const parsed = z.object({ proposalId: IdParam }).safeParse(params)
	const proposal = parsed.success
		? await prisma.proposal.findFirst({
				where: { id: parsed.data.proposalId, candidate: { erasedAt: null } },
				select: { id: true, coachingOrganizationId: true },
			})
		: null
	if (!proposal) {
		await requirePermission(request, 'create:placement', { hideExistence: true })
		throw new Response('Not Found', { status: 404 })
	}
	const user = await requirePermission(request, 'create:placement', {
		organizationId: proposal.coachingOrganizationId,
		hideExistence: true,
	})
	return { user, proposalId: proposal.id, organizationId: proposal.coachingOrganizationId }
}

// --- Starting a placement ---------------------------------------------------------------------------

/** What the placement form of a proposal shows: who, where, and whether it can still be placed. */
export async function getPlacementFormContext(proposalId: string, viewerId: string) {
	const proposal = await prisma.proposal.findUniqueOrThrow({
		where: { id: proposalId },
		select: {
			id: true,
			status: true,
			candidate: { select: { id: true, code: true, firstName: true, lastName: true } },
			place: { select: { id: true, title: true, type: true, hoursMin: true, hoursMax: true, startDate: true } },
			employerOrganization: { select: { name: true } },
			placement: { select: { id: true } },
		},
	})
	await logCandidateAccess(viewerId, [proposal.candidate.id], 'IDENTITY')
	return {
		proposalId: proposal.id,
		status: proposal.status,
		placeable: (placeableProposalStatuses as readonly string[]).includes(proposal.status) && !proposal.placement,
		placementId: proposal.placement?.id ?? null,
		candidate: { id: proposal.candidate.id, name: candidateDisplayName(proposal.candidate) },
		place: { ...proposal.place, startDate: proposal.place.startDate ? toDay(proposal.place.startDate) : null },
		employerName: proposal.employerOrganization.name,
	}
}

/**
 * Starts the placement of an accepted proposal (intro planned, or accepted), in one transaction: the
 * placement with its planned check-ins and durable day; the proposal PLACED with its event; one spot
 * less on the place, which is FILLED when none are left; both search documents marked for reindexing;
 * the audit entries. A second submit (or a proposal in another state) is refused, never doubled.
 */
export async function createPlacement({
	proposalId,
	coach,
	startDate,
	hoursPerWeek,
	supervisorName,
	supervisorContact,
}: {
	proposalId: string
	coach: Pick<SessionUser, 'id' | 'role' | 'memberships'>
} & PlacementFormInput): Promise<CreatePlacementResult> {
	const moment = now()
	return prisma.$transaction(async (tx): Promise<CreatePlacementResult> => {
		const proposal = await tx.proposal.findUnique({
			where: { id: proposalId },
			select: {
				status: true,
				candidateId: true,
				placeId: true,
				coachingOrganizationId: true,
				employerOrganizationId: true,
				candidate: { select: { erasedAt: true } },
				placement: { select: { id: true } },
			},
		})
		if (
			!proposal ||
			proposal.candidate.erasedAt ||
			!hasPermission(coach, 'create:placement', proposal.coachingOrganizationId)
		) {
			return problem('not-placeable')
		}
		if (proposal.placement || proposal.status === 'PLACED') return problem('already-placed')
		if (!(placeableProposalStatuses as readonly string[]).includes(proposal.status)) return problem('not-placeable')
		// Conditional on the status just read: of two submits exactly one moves the proposal on.
		const { count } = await tx.proposal.updateMany({
			where: { id: proposalId, status: proposal.status },
			data: { status: 'PLACED' },
		})
		if (count !== 1) return problem('already-placed')

		const placement = await tx.placement.create({
			data: {
				candidateId: proposal.candidateId,
				placeId: proposal.placeId,
				proposalId,
				coachingOrganizationId: proposal.coachingOrganizationId,
				employerOrganizationId: proposal.employerOrganizationId,
				startDate: calendarDay(startDate),
				hoursPerWeek,
				supervisorName,
				supervisorContact: supervisorContact || null,
				status: 'ACTIVE',
				durableOn: calendarDay(durableOn(startDate)),
				createdById: coach.id,
				checkIns: { create: checkInSchedule(startDate).map((day) => ({ dueOn: calendarDay(day) })) },
			},
			select: { id: true },
		})
		await addProposalEvent(tx, { proposalId, kind: 'PLACED', actorId: coach.id })
		// The employer's timeline in the coaching organisation's network shows the placement by itself.
		await recordActivity(tx, {
			networkId: proposal.coachingOrganizationId,
			employerId: proposal.employerOrganizationId,
			kind: 'PLACEMENT',
			occurredAt: moment,
			actorId: coach.id,
			placementId: placement.id,
			sourceKey: activitySource.placement(placement.id),
		})

		const place = await tx.place.findUniqueOrThrow({
			where: { id: proposal.placeId },
			select: { spots: true, status: true },
		})
		const spots = Math.max(0, place.spots - 1)
		const fills = spots === 0 && (place.status === 'PUBLISHED' || place.status === 'PAUSED')
		await tx.place.update({
			where: { id: proposal.placeId },
			data: fills ? { spots, status: 'FILLED', closedAt: moment, closedReason: null } : { spots },
		})
		await markForReindex(tx, 'places', [proposal.placeId])
		await markForReindex(tx, 'candidates', [proposal.candidateId])

		await auditInTransaction(tx, 'placement.created', {
			actorId: coach.id,
			entityType: 'Placement',
			entityId: placement.id,
			details: {
				proposalId,
				placeId: proposal.placeId,
				candidateId: proposal.candidateId,
				startDate,
				spotsLeft: spots,
			},
		})
		if (fills) {
			await auditInTransaction(tx, 'place.status-changed', {
				actorId: coach.id,
				entityType: 'Place',
				entityId: proposal.placeId,
				details: { from: place.status, to: 'FILLED', placementId: placement.id },
			})
		}
		return { ok: true, placementId: placement.id }
	})
}

// --- Reading ------------------------------------------------------------------------------------------

/** The placement page: who, where, the countdown, the check-ins and the step-back history. */
export async function getPlacement(placementId: string, viewerId: string, today: string) {
	const placement = await prisma.placement.findUniqueOrThrow({
		where: { id: placementId },
		select: {
			id: true,
			proposalId: true,
			startDate: true,
			hoursPerWeek: true,
			supervisorName: true,
			supervisorContact: true,
			status: true,
			durableOn: true,
			endedOn: true,
			endReason: true,
			endNote: true,
			candidate: {
				select: {
					id: true,
					code: true,
					firstName: true,
					lastName: true,
					stage: true,
					active: true,
					primaryCoach: { select: { name: true } },
				},
			},
			place: { select: { id: true, title: true, type: true } },
			employerOrganization: { select: { id: true, name: true } },
			checkIns: {
				orderBy: [{ dueOn: 'asc' }, { createdAt: 'asc' }],
				select: {
					id: true,
					dueOn: true,
					doneOn: true,
					candidateNote: true,
					employerNote: true,
					balance: true,
					recordedById: true,
				},
			},
			stepBacks: {
				orderBy: [{ startedOn: 'asc' }, { createdAt: 'asc' }],
				select: { id: true, startedOn: true, endedOn: true, reason: true },
			},
		},
	})
	await logCandidateAccess(viewerId, [placement.candidate.id], 'IDENTITY')
	const recorderIds = [...new Set(placement.checkIns.flatMap((checkIn) => checkIn.recordedById ?? []))]
	const recorders = recorderIds.length
		? await prisma.user.findMany({ where: { id: { in: recorderIds } }, select: { id: true, name: true } })
		: []
	const names = new Map(recorders.map((user) => [user.id, user.name]))
	const status = statusOf(placement.status)
	const startDate = toDay(placement.startDate)
	const endedOn = placement.endedOn ? toDay(placement.endedOn) : null
	const periods = periodsOf(placement.stepBacks)
	const openStepBack = placement.stepBacks.find((period) => !period.endedOn) ?? null
	const stage: CandidateStage = isCandidateStage(placement.candidate.stage) ? placement.candidate.stage : 'ORIENTING'
	return {
		id: placement.id,
		proposalId: placement.proposalId,
		status,
		startDate,
		hoursPerWeek: placement.hoursPerWeek,
		supervisorName: placement.supervisorName,
		supervisorContact: placement.supervisorContact,
		durableOn: toDay(placement.durableOn),
		countdown: durableCountdown({ startDate, stepBacks: periods, today, endedOn }),
		endedOn,
		endReason: placement.endReason && isEndReason(placement.endReason) ? placement.endReason : null,
		endNote: placement.endNote,
		candidate: {
			id: placement.candidate.id,
			name: candidateDisplayName(placement.candidate),
			stage,
			active: placement.candidate.active,
			primaryCoachName: placement.candidate.primaryCoach?.name ?? null,
		},
		place: placement.place,
		employer: placement.employerOrganization,
		openCheckIns: placement.checkIns
			.filter((checkIn) => !checkIn.doneOn)
			.map((checkIn) => ({
				id: checkIn.id,
				dueOn: toDay(checkIn.dueOn),
				due: toDay(checkIn.dueOn) <= today,
				overdue: toDay(checkIn.dueOn) < today,
			})),
		doneCheckIns: placement.checkIns
			.flatMap((checkIn) =>
				checkIn.doneOn
					? [
							{
								id: checkIn.id,
								dueOn: toDay(checkIn.dueOn),
								doneOn: toDay(checkIn.doneOn),
								candidateNote: checkIn.candidateNote,
								employerNote: checkIn.employerNote,
								balance: checkIn.balance,
								recordedByName: checkIn.recordedById ? (names.get(checkIn.recordedById) ?? null) : null,
							},
						]
					: [],
			)
			.sort((a, b) => b.doneOn.localeCompare(a.doneOn)),
		stepBacks: placement.stepBacks
			.map((period) => ({
				id: period.id,
				startedOn: toDay(period.startedOn),
				endedOn: period.endedOn ? toDay(period.endedOn) : null,
				reason: period.reason,
			}))
			.reverse(),
		openStepBackStartedOn: openStepBack ? toDay(openStepBack.startedOn) : null,
	}
}

export type PlacementDetail = Awaited<ReturnType<typeof getPlacement>>

/** What the page's forms are checked against: today, the start, and the open step-back's first day. */
export async function getPlacementBounds(placementId: string, today: string): Promise<PlacementBounds> {
	const placement = await prisma.placement.findUniqueOrThrow({
		where: { id: placementId },
		select: { startDate: true, stepBacks: { where: { endedOn: null }, select: { startedOn: true }, take: 1 } },
	})
	const open = placement.stepBacks[0]
	return { today, startDate: toDay(placement.startDate), stepBackStartedOn: open ? toDay(open.startedOn) : null }
}

/** The organisation's placements, active first, then paused, then ended; with the countdown and the next check-in. */
export async function listPlacements({
	organizationId,
	viewerId,
	today,
}: {
	organizationId: string
	viewerId: string
	today: string
}) {
	const placements = await prisma.placement.findMany({
		where: { coachingOrganizationId: organizationId, candidate: { erasedAt: null } },
		orderBy: [{ startDate: 'desc' }, { id: 'asc' }],
		select: {
			id: true,
			status: true,
			startDate: true,
			endedOn: true,
			endReason: true,
			candidate: { select: { id: true, code: true, firstName: true, lastName: true } },
			place: { select: { title: true } },
			employerOrganization: { select: { name: true } },
			stepBacks: { select: { startedOn: true, endedOn: true } },
			checkIns: {
				where: { doneOn: null },
				orderBy: [{ dueOn: 'asc' }, { id: 'asc' }],
				take: 1,
				select: { dueOn: true },
			},
		},
	})
	await logCandidateAccess(viewerId, [...new Set(placements.map((placement) => placement.candidate.id))], 'CASELOAD')
	const items = placements.map((placement) => {
		const status = statusOf(placement.status)
		const next = status === 'ENDED' ? null : placement.checkIns[0]
		const startDate = toDay(placement.startDate)
		const endedOn = placement.endedOn ? toDay(placement.endedOn) : null
		return {
			id: placement.id,
			status,
			candidateName: candidateDisplayName(placement.candidate),
			placeTitle: placement.place.title,
			employerName: placement.employerOrganization.name,
			startDate,
			endedOn,
			endReason: placement.endReason && isEndReason(placement.endReason) ? placement.endReason : null,
			countdown: durableCountdown({ startDate, stepBacks: periodsOf(placement.stepBacks), today, endedOn }),
			nextCheckIn: next ? { dueOn: toDay(next.dueOn), overdue: toDay(next.dueOn) < today } : null,
		}
	})
	return {
		active: items.filter((item) => item.status === 'ACTIVE'),
		paused: items.filter((item) => item.status === 'PAUSED'),
		ended: items.filter((item) => item.status === 'ENDED'),
	}
}

/**
 * Check-ins due today or earlier and not recorded yet, of placements that have not ended, oldest
 * first. With `coachUserId`: only of candidates that coach is primary coach or route supporter of.
 */
export async function listDueCheckIns({
	organizationId,
	coachUserId,
	today,
}: {
	organizationId: string
	coachUserId?: string
	today: string
}) {
	const checkIns = await prisma.placementCheckIn.findMany({
		where: {
			doneOn: null,
			dueOn: { lte: calendarDay(today) },
			placement: {
				coachingOrganizationId: organizationId,
				status: { not: 'ENDED' },
				candidate: {
					erasedAt: null,
					...(coachUserId ? { OR: [{ primaryCoachId: coachUserId }, { routeSupporterId: coachUserId }] } : {}),
				},
			},
		},
		orderBy: [{ dueOn: 'asc' }, { id: 'asc' }],
		select: {
			id: true,
			dueOn: true,
			placement: {
				select: {
					id: true,
					candidate: { select: { id: true, code: true, firstName: true, lastName: true } },
					place: { select: { title: true } },
				},
			},
		},
	})
	return checkIns.map((checkIn) => ({
		id: checkIn.id,
		dueOn: toDay(checkIn.dueOn),
		overdue: toDay(checkIn.dueOn) < today,
		placementId: checkIn.placement.id,
		candidateId: checkIn.placement.candidate.id,
		candidateName: candidateDisplayName(checkIn.placement.candidate),
		placeTitle: checkIn.placement.place.title,
	}))
}

export type DueCheckIn = Awaited<ReturnType<typeof listDueCheckIns>>[number]

// --- Check-ins ------------------------------------------------------------------------------------

type Target = { placementId: string; actorId: string }

function currentPlacement(tx: Prisma.TransactionClient, placementId: string) {
	return tx.placement.findUniqueOrThrow({
		where: { id: placementId },
		select: {
			status: true,
			startDate: true,
			candidateId: true,
			stepBacks: { select: { id: true, startedOn: true, endedOn: true } },
		},
	})
}

/**
 * Records a check-in that took place: the planned one named by `checkInId`, or an extra one (no id).
 * Notes from the candidate's and the employer's side and the balance of load and capacity.
 */
export function recordCheckIn({ placementId, actorId, input }: Target & { input: RecordCheckInInput }) {
	return prisma.$transaction(async (tx): Promise<PlacementResult> => {
		const placement = await currentPlacement(tx, placementId)
		if (placement.status === 'ENDED') return problem('ended')
		const data = {
			doneOn: calendarDay(input.doneOn),
			candidateNote: input.candidateNote || null,
			employerNote: input.employerNote || null,
			balance: input.balance,
			recordedById: actorId,
		}
		let checkInId = input.checkInId || null
		if (checkInId) {
			const checkIn = await tx.placementCheckIn.findFirst({
				where: { id: checkInId, placementId },
				select: { doneOn: true },
			})
			if (!checkIn) return problem('check-in-not-found')
			// Conditional: a double submit records it once, the second is told it is done.
			const { count } = await tx.placementCheckIn.updateMany({ where: { id: checkInId, doneOn: null }, data })
			if (count !== 1) return problem('check-in-done')
		} else {
			const created = await tx.placementCheckIn.create({
				data: { ...data, placementId, dueOn: calendarDay(input.doneOn) },
				select: { id: true },
			})
			checkInId = created.id
		}
		await auditInTransaction(tx, 'placement.check-in-recorded', {
			actorId,
			entityType: 'Placement',
			entityId: placementId,
			details: { checkInId, planned: Boolean(input.checkInId), doneOn: input.doneOn },
		})
		return { ok: true }
	})
}

/** Moves a planned check-in to another day; it is reminded again on its new day. */
export function rescheduleCheckIn({ placementId, actorId, input }: Target & { input: RescheduleCheckInInput }) {
	return prisma.$transaction(async (tx): Promise<PlacementResult> => {
		const placement = await currentPlacement(tx, placementId)
		if (placement.status === 'ENDED') return problem('ended')
		const checkIn = await tx.placementCheckIn.findFirst({
			where: { id: input.checkInId, placementId },
			select: { dueOn: true, doneOn: true },
		})
		if (!checkIn) return problem('check-in-not-found')
		if (checkIn.doneOn) return problem('check-in-done')
		if (toDay(checkIn.dueOn) === input.dueOn) return { ok: true }
		const { count } = await tx.placementCheckIn.updateMany({
			where: { id: input.checkInId, doneOn: null },
			data: { dueOn: calendarDay(input.dueOn), reminderSentAt: null },
		})
		if (count !== 1) return problem('check-in-done')
		await auditInTransaction(tx, 'placement.check-in-rescheduled', {
			actorId,
			entityType: 'Placement',
			entityId: placementId,
			details: { checkInId: input.checkInId, from: toDay(checkIn.dueOn), to: input.dueOn },
		})
		return { ok: true }
	})
}

/** Plans an extra check-in (audited as a check-in scheduled from nothing to its day). */
export function addCheckIn({ placementId, actorId, input }: Target & { input: AddCheckInInput }) {
	return prisma.$transaction(async (tx): Promise<PlacementResult> => {
		const placement = await currentPlacement(tx, placementId)
		if (placement.status === 'ENDED') return problem('ended')
		const checkIn = await tx.placementCheckIn.create({
			data: { placementId, dueOn: calendarDay(input.dueOn) },
			select: { id: true },
		})
		await auditInTransaction(tx, 'placement.check-in-rescheduled', {
			actorId,
			entityType: 'Placement',
			entityId: placementId,
			details: { checkInId: checkIn.id, from: null, to: input.dueOn },
		})
		return { ok: true }
	})
}

// --- Stepping back, resuming, ending ------------------------------------------------------------------

/** The last day an earlier step-back period reached: a new one cannot start before it. */
function lastStepBackDay(stepBacks: Array<{ startedOn: Date; endedOn: Date | null }>) {
	return stepBacks.reduce<string | null>((last, period) => {
		const day = toDay(period.endedOn ?? period.startedOn)
		return !last || day > last ? day : last
	}, null)
}

/** "Stapt even terug": the placement pauses from that day, with the reason. Not a failure. */
export function startStepBack({ placementId, actorId, input }: Target & { input: StepBackInput }) {
	return prisma.$transaction(async (tx): Promise<PlacementResult> => {
		const placement = await currentPlacement(tx, placementId)
		if (placement.status === 'ENDED') return problem('ended')
		if (placement.status !== 'ACTIVE') return problem('not-active')
		const last = lastStepBackDay(placement.stepBacks)
		if (last && input.startedOn < last) return problem('before-step-back')
		const { count } = await tx.placement.updateMany({
			where: { id: placementId, status: 'ACTIVE' },
			data: { status: 'PAUSED' },
		})
		if (count !== 1) return problem('not-active')
		await tx.placementStepBack.create({
			data: { placementId, startedOn: calendarDay(input.startedOn), reason: input.reason },
		})
		await auditInTransaction(tx, 'placement.stepped-back', {
			actorId,
			entityType: 'Placement',
			entityId: placementId,
			details: { startedOn: input.startedOn },
		})
		return { ok: true }
	})
}

/** Work resumes: the open period ends that day and the durable day moves on by its length. */
export function resumePlacement({ placementId, actorId, input }: Target & { input: ResumeInput }) {
	return prisma.$transaction(async (tx): Promise<PlacementResult> => {
		const placement = await currentPlacement(tx, placementId)
		if (placement.status === 'ENDED') return problem('ended')
		const open = placement.stepBacks.find((period) => !period.endedOn)
		if (placement.status !== 'PAUSED' || !open) return problem('not-paused')
		if (input.resumedOn < toDay(open.startedOn)) return problem('before-step-back')
		const periods = periodsOf(placement.stepBacks).map((period, index) =>
			placement.stepBacks[index]!.id === open.id ? { ...period, endedOn: input.resumedOn } : period,
		)
		const durable = durableOn(toDay(placement.startDate), periods)
		const { count } = await tx.placement.updateMany({
			where: { id: placementId, status: 'PAUSED' },
			data: { status: 'ACTIVE', durableOn: calendarDay(durable) },
		})
		if (count !== 1) return problem('not-paused')
		await tx.placementStepBack.update({ where: { id: open.id }, data: { endedOn: calendarDay(input.resumedOn) } })
		await auditInTransaction(tx, 'placement.resumed', {
			actorId,
			entityType: 'Placement',
			entityId: placementId,
			details: { startedOn: toDay(open.startedOn), resumedOn: input.resumedOn, durableOn: durable },
		})
		return { ok: true }
	})
}

/**
 * Ends the placement on a day, with a reason key and an optional note. An open step-back period
 * closes that day. "Durable and done" is only a reason once the durable day has come.
 */
export function endPlacement({ placementId, actorId, input }: Target & { input: EndInput }) {
	return prisma.$transaction(async (tx): Promise<PlacementResult> => {
		const placement = await currentPlacement(tx, placementId)
		if (placement.status === 'ENDED') return problem('ended')
		const open = placement.stepBacks.find((period) => !period.endedOn)
		if (open && input.endedOn < toDay(open.startedOn)) return problem('before-step-back')
		const periods = periodsOf(placement.stepBacks).map((period) =>
			period.endedOn ? period : { ...period, endedOn: input.endedOn },
		)
		const durable = durableOn(toDay(placement.startDate), periods)
		if (input.endReason === 'DURABLE_DONE' && !isDurable(durable, input.endedOn)) return problem('not-yet-durable')
		const { count } = await tx.placement.updateMany({
			where: { id: placementId, status: placement.status },
			data: {
				status: 'ENDED',
				endedOn: calendarDay(input.endedOn),
				endReason: input.endReason,
				endNote: input.endNote || null,
				durableOn: calendarDay(durable),
			},
		})
		if (count !== 1) return problem('ended')
		if (open) {
			await tx.placementStepBack.update({ where: { id: open.id }, data: { endedOn: calendarDay(input.endedOn) } })
		}
		await markForReindex(tx, 'candidates', [placement.candidateId])
		await auditInTransaction(tx, 'placement.ended', {
			actorId,
			entityType: 'Placement',
			entityId: placementId,
			details: { endedOn: input.endedOn, endReason: input.endReason, durable: isDurable(durable, input.endedOn) },
		})
		return { ok: true }
	})
}

// --- The candidate's stage -----------------------------------------------------------------------------

/**
 * The offer after a placement starts: the candidate's stage becomes "working" from a day, through the
 * candidate's own stage change (an event and an audit entry of its own). Returns the form error a
 * refusal shows, or null.
 */
export async function moveCandidateToWorking({
	candidateId,
	actorId,
	occurredOn,
}: {
	candidateId: string
	actorId: string
	occurredOn: string
}): Promise<string | null> {
	const result = await changeStage({
		candidateId,
		actorId,
		input: { intent: 'change-stage', stage: 'WORKING', occurredOn },
	})
	if (result.ok) return null
	return 'problem' in result ? stageProblemMessages[result.problem] : 'errors:validation.invalid'
}

/** Today in Amsterdam, the day every placement rule is judged on. */
export function placementToday() {
	return amsterdamDate(now())
}
