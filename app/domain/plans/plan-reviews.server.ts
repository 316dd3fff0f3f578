// Reviews (evaluaties) and the re-assessment (herbeoordeling) of a support plan, and the plan's
// history they draw on: check-ins, goals with their progress, step-back periods.
//
// A review stores the figures it drew from the history (check-ins, mean balance, step-back periods
// and days) as they were on the day, computed here from `collectPlanHistory` and never taken from the
// form, so a printed plan does not drift when a check-in is corrected later (decision 010).
import { userNames } from '#app/domain/candidates/consents.server.ts'
import { auditInTransaction } from '#app/domain/candidates/stages.server.ts'
import { placementToday } from '#app/domain/matching/placements.server.ts'
import { toDay } from '#app/domain/matching/placement-rules.ts'
import { calendarDay } from '#app/utils/amsterdam-time.ts'
import { prisma, type Prisma } from '#app/utils/db.server.ts'
import {
	goalProgressLevels,
	oneOfOrFirst,
	reviewDecisions,
	reviewKinds,
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
		/**
		 * The progress recorded in each review held within the range, oldest first, with the goal's
		 * words as they were on that day (`text` above is today's).
		 */
		progress: Array<{ reviewId: string; heldOn: string; goalText: string; progress: GoalProgress; note: string | null }>
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

const kindOf = (value: string) => oneOfOrFirst(reviewKinds, value)
const decisionOf = (value: string) => oneOfOrFirst(reviewDecisions, value)
const progressOf = (value: string) => oneOfOrFirst(goalProgressLevels, value)

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
						select: {
							goalText: true,
							progress: true,
							note: true,
							review: { select: { id: true, heldOn: true } },
						},
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
				goalText: entry.goalText,
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
				select: { goalId: true, goalText: true, progress: true, note: true },
			},
		},
	})
	const recorders = await userNames(reviews.map((review) => review.recordedById))
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
			// The words the review was about, not the goal's current ones.
			text: entry.goalText,
			progress: progressOf(entry.progress),
			note: entry.note,
		})),
	}))
}

// --- The review pages ------------------------------------------------------------------------------

/** The review that reached furthest; of two with the same end, the one recorded last. */
const latestReviewFirst = [
	{ periodTo: 'desc' },
	{ createdAt: 'desc' },
] satisfies Prisma.SupportPlanReviewOrderByWithRelationInput[]

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
			reviews: { orderBy: latestReviewFirst, take: 1, select: { id: true, periodTo: true } },
		},
	})
	if (!plan) return null
	const lastReview = plan.reviews[0] ?? null
	const lastPeriodTo = lastReview ? toDay(lastReview.periodTo) : null
	const period: DayRange =
		kind === 'REASSESSMENT'
			? wholePlanPeriod(plan.startsOn, today)
			: nextReviewPeriod(plan.startsOn, lastPeriodTo, today)
	return {
		planId: plan.id,
		/** The latest review when the page was built: a save checks that none came since. */
		lastReviewId: lastReview?.id ?? null,
		lastPeriodTo,
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
	const goals = context.goals.filter((goal) => input.goals[goal.id])
	const { history } = context
	return prisma.$transaction(
		async (tx): Promise<{ ok: true; reviewId: string } | { ok: false; problem: PlanReviewProblem }> => {
			// A second click, another tab or a colleague may have recorded a review since the context was read:
			// the period it covers is then no longer open. Checked inside the write so two saves make one review.
			// (Transactions run one at a time, so this read sees every review committed before.)
			const latest = await tx.supportPlanReview.findFirst({
				where: { planId: context.planId },
				orderBy: latestReviewFirst,
				select: { id: true, periodTo: true },
			})
			const coveredAlready = kind === 'REVIEW' && latest !== null && toDay(latest.periodTo) >= context.period.from
			if ((latest?.id ?? null) !== context.lastReviewId || coveredAlready) return { ok: false, problem: 'reviewed' }
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
						create: goals.map((goal) => ({
							goalId: goal.id,
							goalText: goal.text,
							progress: input.goals[goal.id]!.progress,
							note: input.goals[goal.id]!.note || null,
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
			return { ok: true, reviewId: created.id }
		},
	)
}
