import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { Card } from '#app/components/page-header.tsx'
import { PlanReviewForm } from '#app/components/plan-review-form.tsx'
import { PlanReviewPage } from '#app/components/plan-review-page.tsx'
import { PlanHistoryEvidence } from '#app/components/plan-reviews.tsx'
import { loadPlanReviewPage, submitPlanReview } from '#app/domain/plans/plan-review-page.server.ts'
import { pageMeta } from '#app/utils/meta.ts'

export const meta: MetaFunction = (args) => pageMeta(args, 'planReviews:meta.review')

export const loader = (args: LoaderFunctionArgs) => loadPlanReviewPage(args, 'REVIEW')
export const action = (args: ActionFunctionArgs) => submitPlanReview(args, 'REVIEW')

export default function PlanReviewRoute() {
	const { t } = useTranslation('planReviews')
	const data = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const { context } = data
	return (
		<PlanReviewPage
			kind="REVIEW"
			placementId={data.placementId}
			candidateName={data.candidateName}
			placeTitle={data.placeTitle}
			employerName={data.employerName}
			period={context.period}
			endsOn={context.endsOn}
			durationMonths={context.durationMonths}
			reassessment={data.reassessment}
			ended={context.ended}
		>
			<section aria-labelledby="review-evidence-heading" className="space-y-4">
				<h2 id="review-evidence-heading" className="text-2xl font-semibold text-slate-900">
					{t('page.evidence.REVIEW')}
				</h2>
				<PlanHistoryEvidence history={context.history} headingLevel={3} />
			</section>
			{data.canRecord ? (
				<Card>
					<PlanReviewForm
						kind="REVIEW"
						goals={context.goals}
						balanceAverage={context.history.balanceAverage}
						lastResult={actionData?.result}
					/>
				</Card>
			) : null}
		</PlanReviewPage>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
