// The support plan (plan van aanpak) of a placement: who does what, how much support by which
// municipal method, for how long, and when it is reviewed. One plan per placement, reached only
// through the placement (`requirePlacement`): whoever may not see the placement gets a 404 here too.
// Goals keep their id when edited so their progress in reviews stays theirs; a goal taken off the
// plan after a review recorded progress on it is marked removed, never deleted (decision 010).
import { auditInTransaction } from '#app/domain/candidates/stages.server.ts'
import { logCandidateAccess } from '#app/domain/candidates/access-log.server.ts'
import { candidateDisplayName } from '#app/domain/candidates/candidates.server.ts'
import { placementToday, requirePlacement } from '#app/domain/matching/placements.server.ts'
import { toDay } from '#app/domain/matching/placement-rules.ts'
import { amsterdamDate, calendarDay } from '#app/utils/amsterdam-time.ts'
import { now } from '#app/utils/clock.server.ts'
import { prisma, type Prisma } from '#app/utils/db.server.ts'
import { intensityComparison } from './intensity.ts'
import {
	intensityMethods,
	oneOfOrFirst,
	planFunders,
	planRequesters,
	supportRegimes,
	type IntensityMethod,
	type PlanFunder,
	type PlanRequester,
	type SupportRegime,
} from './plan-options.ts'
import { planEndsOn, plannedReviewsHeld } from './plan-dates.ts'
import { DEFAULT_DURATION_MONTHS, suggestReviewDates, type PlanProblem, type SupportPlanInput } from './plan-schema.ts'

type PlacementPermission = Parameters<typeof requirePlacement>[2]

/** The placement (as `requirePlacement` allows it) and its plan's id, or null when it has none yet. */
export async function requirePlanPlacement(request: Request, params: unknown, permission?: PlacementPermission) {
	const access = await requirePlacement(request, params, permission)
	const plan = await prisma.supportPlan.findUnique({
		where: { placementId: access.placementId },
		select: { id: true },
	})
	return { ...access, planId: plan?.id ?? null }
}

const placementSelect = {
	id: true,
	status: true,
	startDate: true,
	endedOn: true,
	hoursPerWeek: true,
	supervisorName: true,
	supervisorContact: true,
	candidate: {
		select: { id: true, code: true, firstName: true, lastName: true, primaryCoach: { select: { name: true } } },
	},
	place: { select: { title: true, type: true } },
	employerOrganization: { select: { name: true } },
	coachingOrganization: { select: { name: true } },
} satisfies Prisma.PlacementSelect

const planSelect = {
	id: true,
	coachTasks: true,
	employerTasks: true,
	supervisorTasks: true,
	intensityMethod: true,
	supportHoursPerWeek: true,
	supportPercent: true,
	supportRegime: true,
	startsOn: true,
	durationMonths: true,
	requestedBy: true,
	funder: true,
	funderName: true,
	updatedAt: true,
	goals: { where: { removedAt: null }, orderBy: { position: 'asc' }, select: { id: true, text: true } },
	reviewDates: { orderBy: { dueOn: 'asc' }, select: { dueOn: true } },
	reviews: { select: { heldOn: true } },
} satisfies Prisma.SupportPlanSelect

/**
 * The plan page and the printed plan: the parties, the plan itself with its intensity compared by
 * all three methods on the placement's contract hours, and the review dates marked past or next.
 * Shows the candidate's name, so the view is logged as an identity access.
 */
export async function getSupportPlanView(placementId: string, viewerId: string, today = placementToday()) {
	const placement = await placementWithPlan(placementId, viewerId)
	const plan = placement.supportPlan
	return {
		today,
		placement: {
			id: placement.id,
			ended: placement.status === 'ENDED',
			endedOn: placement.endedOn ? toDay(placement.endedOn) : null,
			startDate: toDay(placement.startDate),
			hoursPerWeek: placement.hoursPerWeek,
			supervisorName: placement.supervisorName,
			supervisorContact: placement.supervisorContact,
			candidateName: candidateDisplayName(placement.candidate),
			coachName: placement.candidate.primaryCoach?.name ?? null,
			placeTitle: placement.place.title,
			placeType: placement.place.type,
			employerName: placement.employerOrganization.name,
			coachingOrganizationName: placement.coachingOrganization.name,
		},
		plan: plan ? planView(plan, placement.hoursPerWeek, today) : null,
	}
}

/** The placement with its plan, as both the plan pages and the form read it; the names shown are logged. */
async function placementWithPlan(placementId: string, viewerId: string) {
	const placement = await prisma.placement.findUniqueOrThrow({
		where: { id: placementId },
		select: { ...placementSelect, supportPlan: { select: planSelect } },
	})
	await logCandidateAccess(viewerId, [placement.candidate.id], 'IDENTITY')
	return placement
}

type StoredPlan = Prisma.SupportPlanGetPayload<{ select: typeof planSelect }>

function planView(plan: StoredPlan, contractHoursPerWeek: number, today: string) {
	const figures = {
		intensityMethod: oneOfOrFirst(intensityMethods, plan.intensityMethod) as IntensityMethod,
		supportHoursPerWeek: plan.supportHoursPerWeek,
		supportPercent: plan.supportPercent,
		supportRegime: oneOfOrFirst(supportRegimes, plan.supportRegime) as SupportRegime,
		durationMonths: plan.durationMonths,
	}
	const startsOn = toDay(plan.startsOn)
	const dueDays = plan.reviewDates.map((date) => toDay(date.dueOn))
	const next = dueDays.find((day) => day >= today) ?? null
	return {
		id: plan.id,
		...figures,
		coachTasks: plan.coachTasks,
		employerTasks: plan.employerTasks,
		supervisorTasks: plan.supervisorTasks,
		startsOn,
		endsOn: planEndsOn(startsOn, plan.durationMonths),
		requestedBy: oneOfOrFirst(planRequesters, plan.requestedBy) as PlanRequester,
		funder: oneOfOrFirst(planFunders, plan.funder) as PlanFunder,
		funderName: plan.funderName,
		updatedOn: amsterdamDate(plan.updatedAt),
		goals: plan.goals,
		// Each planned date with the days a review was held around it (see plannedReviewsHeld).
		reviewDates: plannedReviewsHeld(
			dueDays,
			plan.reviews.map((review) => toDay(review.heldOn)),
		).map(({ dueOn, heldOn }) => ({ dueOn, heldOn, past: dueOn < today, next: dueOn === next })),
		comparison: intensityComparison(figures, contractHoursPerWeek),
	}
}

export type SupportPlanView = Awaited<ReturnType<typeof getSupportPlanView>>

/**
 * The plan form: the placement it belongs to and the values to start from, the stored plan's or,
 * for a new plan, the placement's start, two years and a review every six months.
 */
export async function getSupportPlanForm(placementId: string, viewerId: string) {
	const placement = await placementWithPlan(placementId, viewerId)
	const plan = placement.supportPlan
	const startDate = toDay(placement.startDate)
	const decimal = (value: number) => String(value)
	return {
		placementId: placement.id,
		ended: placement.status === 'ENDED',
		exists: Boolean(plan),
		candidateName: candidateDisplayName(placement.candidate),
		placeTitle: placement.place.title,
		employerName: placement.employerOrganization.name,
		contractHoursPerWeek: placement.hoursPerWeek,
		defaultValue: plan
			? {
					goals: plan.goals.map((goal) => ({ id: goal.id, text: goal.text })),
					coachTasks: plan.coachTasks,
					employerTasks: plan.employerTasks,
					supervisorTasks: plan.supervisorTasks,
					intensityMethod: plan.intensityMethod,
					supportHoursPerWeek: decimal(plan.supportHoursPerWeek),
					supportPercent: decimal(plan.supportPercent),
					supportRegime: plan.supportRegime,
					startsOn: toDay(plan.startsOn),
					durationMonths: String(plan.durationMonths),
					reviewDates: plan.reviewDates.map((date) => toDay(date.dueOn)),
					requestedBy: plan.requestedBy,
					funder: plan.funder,
					funderName: plan.funderName,
				}
			: {
					goals: [{ id: '', text: '' }],
					startsOn: startDate,
					durationMonths: String(DEFAULT_DURATION_MONTHS),
					reviewDates: suggestReviewDates(startDate, DEFAULT_DURATION_MONTHS),
				},
	}
}

export type SaveSupportPlanResult = { ok: true; planId: string } | { ok: false; problem: PlanProblem }

/**
 * Creates or updates the placement's plan in one transaction. Goals sent with the id of one of the
 * plan's current goals update it in place; other rows are new goals. A current goal no longer in the
 * form is marked removed when a review recorded progress on it (its history stays), else deleted.
 * The review dates are replaced. An ended placement's plan is no longer changed.
 */
export function saveSupportPlan({
	placementId,
	actorId,
	input,
}: {
	placementId: string
	actorId: string
	input: SupportPlanInput
}): Promise<SaveSupportPlanResult> {
	const moment = now()
	return prisma.$transaction(async (tx): Promise<SaveSupportPlanResult> => {
		const placement = await tx.placement.findUniqueOrThrow({
			where: { id: placementId },
			select: {
				status: true,
				supportPlan: {
					select: {
						id: true,
						goals: { where: { removedAt: null }, select: { id: true, _count: { select: { progress: true } } } },
					},
				},
			},
		})
		if (placement.status === 'ENDED') return { ok: false, problem: 'ended' }
		const fields = {
			coachTasks: input.coachTasks,
			employerTasks: input.employerTasks,
			supervisorTasks: input.supervisorTasks,
			intensityMethod: input.intensityMethod,
			supportHoursPerWeek: input.supportHoursPerWeek,
			supportPercent: input.supportPercent,
			supportRegime: input.supportRegime,
			startsOn: calendarDay(input.startsOn),
			durationMonths: input.durationMonths,
			requestedBy: input.requestedBy,
			funder: input.funder,
			funderName: input.funderName,
		}
		const reviewDates = [...new Set(input.reviewDates)].sort().map((dueOn) => ({ dueOn: calendarDay(dueOn) }))
		const existing = placement.supportPlan
		if (!existing) {
			const created = await tx.supportPlan.create({
				data: {
					...fields,
					placementId,
					createdById: actorId,
					goals: { create: input.goals.map((goal, position) => ({ text: goal.text, position })) },
					reviewDates: { create: reviewDates },
				},
				select: { id: true },
			})
			await auditPlanSaved(tx, { actorId, planId: created.id, placementId, created: true })
			return { ok: true, planId: created.id }
		}
		const planId = existing.id
		await tx.supportPlan.update({ where: { id: planId }, data: fields })
		const current = new Map(existing.goals.map((goal) => [goal.id, goal._count.progress]))
		const kept = new Set<string>()
		for (const [position, goal] of input.goals.entries()) {
			// An id of another plan, a removed goal or a second row with the same id is a new goal.
			if (goal.id && current.has(goal.id) && !kept.has(goal.id)) {
				kept.add(goal.id)
				await tx.supportPlanGoal.update({ where: { id: goal.id }, data: { text: goal.text, position } })
			} else {
				await tx.supportPlanGoal.create({ data: { planId, text: goal.text, position } })
			}
		}
		const dropped = [...current.entries()].filter(([id]) => !kept.has(id))
		const withHistory = dropped.filter(([, progress]) => progress > 0).map(([id]) => id)
		const withoutHistory = dropped.filter(([, progress]) => progress === 0).map(([id]) => id)
		if (withHistory.length) {
			await tx.supportPlanGoal.updateMany({ where: { id: { in: withHistory } }, data: { removedAt: moment } })
		}
		if (withoutHistory.length) await tx.supportPlanGoal.deleteMany({ where: { id: { in: withoutHistory } } })
		await tx.supportPlanReviewDate.deleteMany({ where: { planId } })
		await tx.supportPlanReviewDate.createMany({ data: reviewDates.map((date) => ({ ...date, planId })) })
		await auditPlanSaved(tx, { actorId, planId, placementId, created: false })
		return { ok: true, planId }
	})
}

function auditPlanSaved(
	tx: Prisma.TransactionClient,
	{ actorId, planId, placementId, created }: { actorId: string; planId: string; placementId: string; created: boolean },
) {
	return auditInTransaction(tx, 'support-plan.saved', {
		actorId,
		entityType: 'SupportPlan',
		entityId: planId,
		details: { placementId, created },
	})
}
