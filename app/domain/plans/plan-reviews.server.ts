// Reviews (evaluaties) and the re-assessment (herbeoordeling) of a support plan, and the plan's
// history they draw on: check-ins, goals with their progress, step-back periods.
// OWNER: helper B. The signatures and types below are the contract other helpers build against.
//
// A review stores the figures it drew from the history (check-ins, mean balance, step-back periods
// and days) as they were on the day, computed here from `collectPlanHistory` and never taken from the
// form, so a printed plan does not drift when a check-in is corrected later (decision 010).
import { auditInTransaction } from '#app/domain/candidates/stages.server.ts'
import { placementToday } from '#app/domain/matching/placements.server.ts'
import { toDay } from '#app/domain/matching/placement-rules.ts'
import { calendarDay } from '#app/utils/amsterdam-time.ts'
import { prisma } from '#app/utils/db.server.ts'
import {
	goalProgressLevels,
	isOneOf,
	reviewDecisions,
	type GoalProgress,
	type ReviewDecision,
	type ReviewKind,
} from './plan-options.ts'
import { planEndsOn } from './plan-dates.ts'
import {
	meanToOneDecimal,
	nextReviewPeriod,
	stepBackDaysInRange,
	stepBackOverlaps,
	wholePlanPeriod,
	type DayRange,
} from './plan-review-rules.ts'
import { type PlanReviewInput, type PlanReviewProblem } from './plan-review-schema.ts'

export type PlanHistory = {
	/** yyyy-mm-dd, inclusive. */
	from: string
	to: string
	checkIns: Array<{
		id: string
		doneOn: string
		balance: number | null
		candidateNote: string | null
		employerNote: string | null
	}>
	checkInCount: number
	/** Mean balance (1–5) of the done check-ins in the range that have one; null without any. */
	balanceAverage: number | null
	goals: Array<{
		id: string
		text: string
		removed: boolean
		/** The progress recorded in each review held within the range, oldest first. */
		progress: Array<{ reviewId: string; heldOn: string; progress: GoalProgress; note: string | null }>
	}>
	/** Step-back periods overlapping the range; `days` counts only the days inside it. */
	stepBacks: Array<{ startedOn: string; endedOn: string | null; reason: string; days: number }>
	stepBackCount: number
	stepBackDays: number
	reviews: Array<{ id: string; kind: ReviewKind; heldOn: string; decision: ReviewDecision }>
}

export type PlanReviewView = {
	id: string
	kind: ReviewKind
	heldOn: string
	periodFrom: string
	periodTo: string
	checkInCount: number
	balanceAverage: number | null
	stepBackCount: number
	stepBackDays: number
	balance: number
	balanceNote: string | null
	decision: ReviewDecision
	motivation: string
	recordedByName: string | null
	goals: Array<{ goalId: string; text: string; progress: GoalProgress; note: string | null }>
}

const kindOf = (value: string): ReviewKind => (value === 'REASSESSMENT' ? 'REASSESSMENT' : 'REVIEW')
const decisionOf = (value: string): ReviewDecision => (isOneOf(reviewDecisions, value) ? value : 'CONTINUE')
const progressOf = (value: string): GoalProgress => (isOneOf(goalProgressLevels, value) ? value : 'NOT_STARTED')

/** The plan's history between two days (inclusive). */
export async function collectPlanHistory(planId: string, range: { from: string; to: string }): Promise<PlanHistory> {
	const from = calendarDay(range.from)
	const to = calendarDay(range.to)
	const plan = await prisma.supportPlan.findUniqueOrThrow({
		where: { id: planId },
		select: {
			placement: {
				select: {
					checkIns: {
						where: { doneOn: { gte: from, lte: to } },
						orderBy: [{ doneOn: 'asc' }, { createdAt: 'asc' }],
						select: { id: true, doneOn: true, balance: true, candidateNote: true, employerNote: true },
					},
					stepBacks: {
						where: { startedOn: { lte: to } },
						orderBy: { startedOn: 'asc' },
						select: { startedOn: true, endedOn: true, reason: true },
					},
				},
			},
			goals: {
				orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
				select: {
					id: true,
					text: true,
					removedAt: true,
					progress: {
						where: { review: { heldOn: { gte: from, lte: to } } },
						orderBy: [{ review: { heldOn: 'asc' } }, { review: { createdAt: 'asc' } }],
						select: { progress: true, note: true, review: { select: { id: true, heldOn: true } } },
					},
				},
			},
			reviews: {
				where: { heldOn: { gte: from, lte: to } },
				orderBy: [{ heldOn: 'asc' }, { createdAt: 'asc' }],
				select: { id: true, kind: true, heldOn: true, decision: true },
			},
		},
	})
	const checkIns = plan.placement.checkIns.map((checkIn) => ({
		id: checkIn.id,
		doneOn: toDay(checkIn.doneOn!),
		balance: checkIn.balance,
		candidateNote: checkIn.candidateNote,
		employerNote: checkIn.employerNote,
	}))
	const stepBacks = plan.placement.stepBacks
		.filter((period) => stepBackOverlaps(period, range))
		.map((period) => ({
			startedOn: toDay(period.startedOn),
			endedOn: period.endedOn ? toDay(period.endedOn) : null,
			reason: period.reason,
			days: stepBackDaysInRange(period, range),
		}))
	return {
		from: range.from,
		to: range.to,
		checkIns,
		checkInCount: checkIns.length,
		balanceAverage: meanToOneDecimal(
			checkIns.flatMap((checkIn) => (checkIn.balance === null ? [] : [checkIn.balance])),
		),
		goals: plan.goals.map((goal) => ({
			id: goal.id,
			text: goal.text,
			removed: goal.removedAt !== null,
			progress: goal.progress.map((entry) => ({
				reviewId: entry.review.id,
				heldOn: toDay(entry.review.heldOn),
				progress: progressOf(entry.progress),
				note: entry.note,
			})),
		})),
		stepBacks,
		stepBackCount: stepBacks.length,
		stepBackDays: stepBacks.reduce((sum, period) => sum + period.days, 0),
		reviews: plan.reviews.map((review) => ({
			id: review.id,
			kind: kindOf(review.kind),
			heldOn: toDay(review.heldOn),
			decision: decisionOf(review.decision),
		})),
	}
}

/** The plan's reviews and re-assessments, oldest first. */
export async function listPlanReviews(planId: string): Promise<PlanReviewView[]> {
	const reviews = await prisma.supportPlanReview.findMany({
		where: { planId },
		orderBy: [{ heldOn: 'asc' }, { createdAt: 'asc' }],
		include: {
			goalProgress: {
				orderBy: [{ goal: { position: 'asc' } }, { goal: { createdAt: 'asc' } }],
				select: { goalId: true, progress: true, note: true, goal: { select: { text: true } } },
			},
		},
	})
	const recorderIds = [...new Set(reviews.flatMap((review) => (review.recordedById ? [review.recordedById] : [])))]
	const recorders = new Map(
		(await prisma.user.findMany({ where: { id: { in: recorderIds } }, select: { id: true, name: true } })).map(
			(user) => [user.id, user.name],
		),
	)
	return reviews.map((review) => ({
		id: review.id,
		kind: kindOf(review.kind),
		heldOn: toDay(review.heldOn),
		periodFrom: toDay(review.periodFrom),
		periodTo: toDay(review.periodTo),
		checkInCount: review.checkInCount,
		balanceAverage: review.balanceAverage,
		stepBackCount: review.stepBackCount,
		stepBackDays: review.stepBackDays,
		balance: review.balance,
		balanceNote: review.balanceNote,
		decision: decisionOf(review.decision),
		motivation: review.motivation,
		recordedByName: (review.recordedById && recorders.get(review.recordedById)) ?? null,
		goals: review.goalProgress.map((entry) => ({
			goalId: entry.goalId,
			text: entry.goal.text,
			progress: progressOf(entry.progress),
			note: entry.note,
		})),
	}))
}

// --- The review pages ------------------------------------------------------------------------------

/**
 * What a review page of the placement needs, or null when the placement has no plan yet: the plan's
 * dates, its active goals (the ones the form asks about), the period under review and its history.
 * `kind` REVIEW looks at the stretch since the last review; REASSESSMENT at the whole plan.
 */
export async function getPlanReviewContext(placementId: string, kind: ReviewKind, today = placementToday()) {
	const plan = await prisma.supportPlan.findUnique({
		where: { placementId },
		select: {
			id: true,
			startsOn: true,
			durationMonths: true,
			funderName: true,
			placement: { select: { status: true } },
			goals: {
				where: { removedAt: null },
				orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
				select: {
					id: true,
					text: true,
					// The last progress recorded, so the coach sees where the goal stood before.
					progress: {
						orderBy: [{ review: { heldOn: 'desc' } }, { review: { createdAt: 'desc' } }],
						take: 1,
						select: { progress: true, note: true, review: { select: { heldOn: true } } },
					},
				},
			},
			reviews: { orderBy: { periodTo: 'desc' }, take: 1, select: { periodTo: true } },
		},
	})
	if (!plan) return null
	const period: DayRange =
		kind === 'REASSESSMENT'
			? wholePlanPeriod(plan.startsOn, today)
			: nextReviewPeriod(plan.startsOn, plan.reviews[0]?.periodTo ?? null, today)
	return {
		planId: plan.id,
		startsOn: toDay(plan.startsOn),
		durationMonths: plan.durationMonths,
		endsOn: planEndsOn(plan.startsOn, plan.durationMonths),
		funderName: plan.funderName,
		ended: plan.placement.status === 'ENDED',
		goals: plan.goals.map((goal) => {
			const last = goal.progress[0]
			return {
				id: goal.id,
				text: goal.text,
				lastProgress: last
					? { heldOn: toDay(last.review.heldOn), progress: progressOf(last.progress), note: last.note }
					: null,
			}
		}),
		period,
		today,
		history: await collectPlanHistory(plan.id, period),
	}
}

export type PlanReviewContext = NonNullable<Awaited<ReturnType<typeof getPlanReviewContext>>>

/**
 * Records a review or the re-assessment of the context's period, held today. The snapshot is the
 * context's history, collected in the same request. The form's schema is built from the context's
 * active goals, so every one of them has its progress in `input`.
 */
export async function recordPlanReview({
	context,
	kind,
	input,
	actorId,
}: {
	context: PlanReviewContext
	kind: ReviewKind
	input: PlanReviewInput
	actorId: string
}): Promise<{ ok: true; reviewId: string } | { ok: false; problem: PlanReviewProblem }> {
	if (context.ended) return { ok: false, problem: 'ended' }
	const goalIds = context.goals.map((goal) => goal.id).filter((id) => input.goals[id])
	const { history } = context
	const review = await prisma.$transaction(async (tx) => {
		const created = await tx.supportPlanReview.create({
			data: {
				planId: context.planId,
				kind,
				heldOn: calendarDay(context.today),
				periodFrom: calendarDay(context.period.from),
				periodTo: calendarDay(context.period.to),
				checkInCount: history.checkInCount,
				balanceAverage: history.balanceAverage,
				stepBackCount: history.stepBackCount,
				stepBackDays: history.stepBackDays,
				balance: input.balance,
				balanceNote: input.balanceNote || null,
				decision: input.decision,
				motivation: input.motivation,
				recordedById: actorId,
				goalProgress: {
					create: goalIds.map((goalId) => ({
						goalId,
						progress: input.goals[goalId]!.progress,
						note: input.goals[goalId]!.note || null,
					})),
				},
			},
			select: { id: true },
		})
		await auditInTransaction(tx, 'support-plan.reviewed', {
			actorId,
			entityType: 'SupportPlan',
			entityId: context.planId,
			details: { reviewId: created.id, kind, decision: input.decision },
		})
		return created
	})
	return { ok: true, reviewId: review.id }
}
