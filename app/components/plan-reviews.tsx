// OWNER: helper B. Rendering of reviews and of the history evidence, used on the plan page, the
// re-assessment page and the printed plan (so it must print well and use semantic tables/lists).
import type { PlanHistory, PlanReviewView } from '#app/domain/plans/plan-reviews.server.ts'

export function PlanReviewList(_props: { reviews: PlanReviewView[]; headingLevel?: 2 | 3 }) {
	return null
}

export function PlanHistoryEvidence(_props: { history: PlanHistory; headingLevel?: 2 | 3 }) {
	return null
}
