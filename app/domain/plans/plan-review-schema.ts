// The form of a review and of the re-assessment (one form, two kinds): progress per active goal, the
// coach's reading of the balance, and a proposal with its motivation. Client-safe. The figures drawn
// from the history are never part of the form: the server computes them (plan-reviews.server.ts).
import { z } from 'zod'
import { balanceLevels, requiredChoice } from '#app/domain/matching/placement-schema.ts'
import { goalProgressLevels, reviewDecisions } from './plan-options.ts'

export const REVIEW_NOTE_MAX = 2000
export const REVIEW_MOTIVATION_MAX = 4000
/** The coach's balance of load and capacity, as the text of one of the levels. */
const reviewBalanceChoices = balanceLevels.map(String)

const optionalNote = z.string().trim().max(REVIEW_NOTE_MAX).optional()

/**
 * The review form for a plan whose active goals are `goalIds`: every one of them needs a progress
 * choice. Goals are keyed by id (`goals.<id>.progress`), so a removed or foreign goal cannot be sent.
 */
export function createPlanReviewSchema({ goalIds }: { goalIds: readonly string[] }) {
	const goal = z.object(
		{
			progress: requiredChoice(goalProgressLevels, 'planReviews:errors.progressRequired'),
			note: optionalNote,
		},
		{ required_error: 'planReviews:errors.progressRequired' },
	)
	return z.object({
		goals: z.object(Object.fromEntries(goalIds.map((id) => [id, goal])) as Record<string, typeof goal>, {
			required_error: 'planReviews:errors.progressRequired',
		}),
		// A radio choice: the text of one of the levels, so "3.5" or "veel" get the same clear message.
		balance: requiredChoice(reviewBalanceChoices, 'planReviews:errors.balance').transform(Number),
		balanceNote: optionalNote,
		decision: requiredChoice(reviewDecisions, 'planReviews:errors.decisionRequired'),
		motivation: z
			.string({ required_error: 'planReviews:errors.motivationRequired' })
			.trim()
			.min(1, 'planReviews:errors.motivationRequired')
			.max(REVIEW_MOTIVATION_MAX),
	})
}

export type PlanReviewInput = z.infer<ReturnType<typeof createPlanReviewSchema>>

/** Why a review was refused although the form was fine. */
export const planReviewProblems = ['ended', 'reviewed'] as const
export type PlanReviewProblem = (typeof planReviewProblems)[number]

export const planReviewProblemMessages: Record<PlanReviewProblem, string> = {
	ended: 'planReviews:errors.ended',
	reviewed: 'planReviews:errors.reviewed',
}
