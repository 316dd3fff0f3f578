// The loader and action behind the review page and the re-assessment page: the same form, the same
// rules, two kinds. Coaches of the candidate's own organisation only (`requirePlacement`).
import { redirect } from '@remix-run/node'
import { logCandidateAccess } from '#app/domain/candidates/access-log.server.ts'
import { candidateDisplayName } from '#app/domain/candidates/candidates.server.ts'
import { requirePlacement } from '#app/domain/matching/placements.server.ts'
import { hasPermission } from '#app/utils/auth.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import { invalidSubmission, parseFormRequest } from '#app/utils/forms.server.ts'
import { redirectWithToast } from '#app/utils/toast.server.ts'
import { type ReviewKind } from './plan-options.ts'
import { reassessmentStatus } from './plan-dates.ts'
import { createPlanReviewSchema, planReviewProblemMessages } from './plan-review-schema.ts'
import { getPlanReviewContext, listPlanReviews, recordPlanReview } from './plan-reviews.server.ts'

type RouteArgs = { request: Request; params: unknown }

export const planPath = (placementId: string) => `/jobcoach/plaatsingen/${placementId}/plan`

/** The page: the period under review, its evidence and, for the re-assessment, every earlier review. */
export async function loadPlanReviewPage({ request, params }: RouteArgs, kind: ReviewKind) {
	const { user, placementId, candidateId, organizationId } = await requirePlacement(request, params, 'read:placement')
	const context = await getPlanReviewContext(placementId, kind)
	// Without a plan there is nothing to review; the plan page explains how to make one.
	if (!context) throw redirect(planPath(placementId))
	const placement = await prisma.placement.findUniqueOrThrow({
		where: { id: placementId },
		select: {
			candidate: { select: { firstName: true, lastName: true, code: true } },
			place: { select: { title: true } },
			employerOrganization: { select: { name: true } },
		},
	})
	await logCandidateAccess(user.id, [candidateId], 'IDENTITY')
	return {
		placementId,
		candidateName: candidateDisplayName(placement.candidate),
		placeTitle: placement.place.title,
		employerName: placement.employerOrganization.name,
		context,
		reassessment: reassessmentStatus(context.endsOn, context.today),
		reviews: kind === 'REASSESSMENT' ? await listPlanReviews(context.planId) : [],
		// Reviewed up to today already (a review today): the next one can start tomorrow.
		upToDate: kind === 'REVIEW' && context.lastPeriodTo !== null && context.lastPeriodTo >= context.period.from,
		canRecord: hasPermission(user, 'update:placement', organizationId) && !context.ended,
	}
}

/** Saves the review (or re-assessment) with the server's snapshot, or answers 400 with what to fix. */
export async function submitPlanReview({ request, params }: RouteArgs, kind: ReviewKind) {
	const { user, placementId } = await requirePlacement(request, params, 'update:placement')
	const context = await getPlanReviewContext(placementId, kind)
	if (!context) throw redirect(planPath(placementId))
	const submission = await parseFormRequest(
		request,
		createPlanReviewSchema({ goalIds: context.goals.map((goal) => goal.id) }),
	)
	// An ended placement is refused whatever was typed, and the typed text stays in the form.
	if (context.ended) return invalidSubmission(submission, { formErrors: [planReviewProblemMessages.ended] })
	if (submission.status !== 'success') return invalidSubmission(submission)
	const result = await recordPlanReview({ context, kind, input: submission.value, actorId: user.id })
	if (!result.ok) return invalidSubmission(submission, { formErrors: [planReviewProblemMessages[result.problem]] })
	return redirectWithToast(planPath(placementId), {
		title: kind === 'REASSESSMENT' ? 'planReviews:toast.reassessmentSaved' : 'planReviews:toast.reviewSaved',
	})
}
