import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { ReviewRoutePage } from '#app/components/plan-review-page.tsx'
import { loadPlanReviewPage, submitPlanReview } from '#app/domain/plans/plan-review-page.server.ts'
import { pageMeta } from '#app/utils/meta.ts'

export const meta: MetaFunction = (args) => pageMeta(args, 'planReviews:meta.review')

export const loader = (args: LoaderFunctionArgs) => loadPlanReviewPage(args, 'REVIEW')
export const action = (args: ActionFunctionArgs) => submitPlanReview(args, 'REVIEW')

export default function PlanReviewRoute() {
	return <ReviewRoutePage kind="REVIEW" />
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
