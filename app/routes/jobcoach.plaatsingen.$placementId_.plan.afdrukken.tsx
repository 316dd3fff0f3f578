import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { focusRing } from '#app/components/place-card.tsx'
import { PlanDocument, PlanSection } from '#app/components/plan-document.tsx'
import { PlanPrintButton, PlanSignatures } from '#app/components/plan-print.tsx'
import { PlanHistoryEvidence, PlanReviewList } from '#app/components/plan-reviews.tsx'
import { placementToday } from '#app/domain/matching/placements.server.ts'
import { collectPlanHistory, listPlanReviews } from '#app/domain/plans/plan-reviews.server.ts'
import { getSupportPlanView, requireSupportPlan } from '#app/domain/plans/support-plans.server.ts'
import { formatDate } from '#app/utils/format.ts'
import { pageMeta } from '#app/utils/meta.ts'

export const meta: MetaFunction = (args) => pageMeta(args, 'plans:print.title')

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { user, placementId, planId } = await requireSupportPlan(request, params)
	const today = placementToday()
	const { plan, ...view } = await getSupportPlanView(placementId, user.id, today)
	if (!plan) throw new Response('Not Found', { status: 404 })
	const [reviews, history] = await Promise.all([
		listPlanReviews(planId),
		// The evidence for the whole plan so far; a plan that has not started yet has none.
		collectPlanHistory(planId, { from: plan.startsOn, to: today < plan.startsOn ? plan.startsOn : today }),
	])
	return { ...view, plan, reviews, history }
}

const linkClass = `font-semibold text-brand-700 underline hover:text-brand-900 ${focusRing}`

export default function SupportPlanPrintPage() {
	const { t, i18n } = useTranslation('plans')
	const { reviews, history, ...view } = useLoaderData<typeof loader>()
	return (
		<article className="plan-print space-y-6">
			<div className="flex flex-wrap items-center justify-between gap-4 print:hidden">
				<Link to={`/jobcoach/plaatsingen/${view.placement.id}/plan`} className={linkClass}>
					{t('print.back')}
				</Link>
				<PlanPrintButton />
			</div>
			<header className="space-y-1">
				<h1 className="text-3xl font-bold text-slate-900">{t('print.title')}</h1>
				<p className="text-slate-700">{t('print.printedOn', { date: formatDate(view.today, i18n.language) })}</p>
			</header>
			<PlanDocument view={view} />
			<PlanSection id="plan-reviews" title={t('sections.reviews')}>
				<PlanReviewList reviews={reviews} headingLevel={3} />
			</PlanSection>
			<PlanSection id="plan-reassessment" title={t('sections.reassessment')}>
				<p className="text-slate-700">
					{t('print.reassessmentIntro', {
						from: formatDate(history.from, i18n.language),
						to: formatDate(history.to, i18n.language),
					})}
				</p>
				<PlanHistoryEvidence history={history} headingLevel={3} />
			</PlanSection>
			<PlanSignatures view={view} />
		</article>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
