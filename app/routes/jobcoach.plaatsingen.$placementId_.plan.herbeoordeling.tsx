import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { Card } from '#app/components/page-header.tsx'
import { PlanReviewForm } from '#app/components/plan-review-form.tsx'
import { PlanReviewPage } from '#app/components/plan-review-page.tsx'
import { PlanBalanceOverTime, PlanHistoryEvidence, PlanReviewList } from '#app/components/plan-reviews.tsx'
import { loadPlanReviewPage, submitPlanReview } from '#app/domain/plans/plan-review-page.server.ts'
import { pageMeta } from '#app/utils/meta.ts'

export const meta: MetaFunction = (args) => pageMeta(args, 'planReviews:meta.reassessment')

export const loader = (args: LoaderFunctionArgs) => loadPlanReviewPage(args, 'REASSESSMENT')
export const action = (args: ActionFunctionArgs) => submitPlanReview(args, 'REASSESSMENT')

export default function PlanReassessmentRoute() {
	const { t } = useTranslation('planReviews')
	const data = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const { context } = data
	return (
		<PlanReviewPage
			kind="REASSESSMENT"
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
			<section aria-labelledby="reassessment-evidence-heading" className="space-y-4">
				<h2 id="reassessment-evidence-heading" className="text-2xl font-semibold text-slate-900">
					{t('page.evidence.REASSESSMENT')}
				</h2>
				<p className="text-slate-800">{t('page.structuralIntro')}</p>
				<PlanHistoryEvidence history={context.history} headingLevel={3} />
			</section>
			<section aria-labelledby="reassessment-over-time-heading" className="space-y-4">
				<h2 id="reassessment-over-time-heading" className="text-2xl font-semibold text-slate-900">
					{t('overTime.title')}
				</h2>
				<PlanBalanceOverTime reviews={data.reviews} />
			</section>
			<section aria-labelledby="reassessment-reviews-heading" className="space-y-4">
				<h2 id="reassessment-reviews-heading" className="text-2xl font-semibold text-slate-900">
					{t('page.earlierReviews')}
				</h2>
				<PlanReviewList reviews={data.reviews} headingLevel={3} />
			</section>
			{data.canRecord ? (
				<Card>
					<PlanReviewForm
						kind="REASSESSMENT"
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
