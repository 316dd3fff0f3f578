import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { ReviewRoutePage } from '#app/components/plan-review-page.tsx'
import { loadPlanReviewPage, submitPlanReview } from '#app/domain/plans/plan-review-page.server.ts'
import { pageMeta } from '#app/utils/meta.ts'

export const meta: MetaFunction = (args) => pageMeta(args, 'planReviews:meta.reassessment')

export const loader = (args: LoaderFunctionArgs) => loadPlanReviewPage(args, 'REASSESSMENT')
export const action = (args: ActionFunctionArgs) => submitPlanReview(args, 'REASSESSMENT')

export default function PlanReassessmentRoute() {
	return <ReviewRoutePage kind="REASSESSMENT" />
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
