import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { Card, PageHeader } from '#app/components/page-header.tsx'
import { focusRing, textLinkClass } from '#app/components/place-card.tsx'
import { PlanDocument, PlanSection } from '#app/components/plan-document.tsx'
import { PlanReviewList } from '#app/components/plan-reviews.tsx'
import { placementToday, requirePlacement } from '#app/domain/matching/placements.server.ts'
import { reassessmentStatus } from '#app/domain/plans/plan-dates.ts'
import { listPlanReviews } from '#app/domain/plans/plan-reviews.server.ts'
import { getSupportPlanView } from '#app/domain/plans/support-plans.server.ts'
import { hasPermission } from '#app/utils/auth.server.ts'
import { useFormatDate } from '#app/utils/format.ts'
import { pageMeta } from '#app/utils/meta.ts'

export const meta: MetaFunction = (args) => pageMeta(args, 'plans:view.metaTitle')

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { user, placementId, organizationId } = await requirePlacement(request, params)
	const view = await getSupportPlanView(placementId, user.id, placementToday())
	return {
		...view,
		// An ended placement needs no re-assessment any more.
		reassessment: view.plan && !view.placement.ended ? reassessmentStatus(view.plan.endsOn, view.today) : null,
		reviews: view.plan ? await listPlanReviews(view.plan.id) : [],
		canUpdate: hasPermission(user, 'update:placement', organizationId),
	}
}

const buttonLinkClass = `inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 ${focusRing}`

export default function SupportPlanPage() {
	const { t } = useTranslation('plans')
	const formatDate = useFormatDate()
	const { placement, plan, reviews, canUpdate, reassessment, ...rest } = useLoaderData<typeof loader>()
	const base = `/jobcoach/plaatsingen/${placement.id}`
	const editable = canUpdate && !placement.ended
	return (
		<div className="space-y-6">
			<PageHeader title={t('view.title', { name: placement.candidateName })}>
				<p>{t('view.subtitle', { place: placement.placeTitle, employer: placement.employerName })}</p>
			</PageHeader>
			<nav aria-label={t('view.linksLabel')}>
				<ul className="flex flex-wrap gap-x-6 gap-y-2">
					<li>
						<Link to={base} className={textLinkClass}>
							{t('view.toPlacement')}
						</Link>
					</li>
					{plan && editable ? (
						<li>
							<Link to={`${base}/plan/bewerken`} className={textLinkClass}>
								{t('view.edit')}
							</Link>
						</li>
					) : null}
					{plan ? (
						<li>
							<Link to={`${base}/plan/afdrukken`} className={textLinkClass}>
								{t('view.print')}
							</Link>
						</li>
					) : null}
				</ul>
			</nav>
			{placement.ended ? (
				<p role="status" className="rounded-md border-l-4 border-amber-700 bg-amber-50 p-3 text-amber-950">
					{t('view.ended')}
				</p>
			) : null}
			{plan && reassessment ? (
				<p role="status" className="rounded-md border-l-4 border-amber-600 bg-amber-50 p-3 text-amber-950">
					{t(`planReviews:page.reassessment.${reassessment}`, { date: formatDate(plan.endsOn) })}{' '}
					<Link to={`${base}/plan/herbeoordeling`} className={textLinkClass}>
						{t('planReviews:page.toReassessment')}
					</Link>
				</p>
			) : null}
			{plan ? (
				<>
					<p className="text-slate-700">{t('view.lastChanged', { date: formatDate(plan.updatedOn) })}</p>
					<PlanDocument view={{ placement, plan, ...rest }} />
					<PlanSection id="plan-reviews" title={t('sections.reviews')}>
						<PlanReviewList reviews={reviews} headingLevel={3} />
						{editable ? (
							<ul className="flex flex-wrap gap-x-6 gap-y-2">
								<li>
									<Link to={`${base}/plan/evaluatie`} className={textLinkClass}>
										{t('view.recordReview')}
									</Link>
								</li>
								<li>
									<Link to={`${base}/plan/herbeoordeling`} className={textLinkClass}>
										{t('view.reassessment')}
									</Link>
								</li>
							</ul>
						) : null}
					</PlanSection>
				</>
			) : (
				<Card>
					<h2 className="text-xl font-semibold text-slate-900">{t('view.noPlanTitle')}</h2>
					<p className="mt-2 text-slate-800">{t('view.noPlan')}</p>
					{editable ? (
						<p className="mt-4">
							<Link to={`${base}/plan/bewerken`} className={buttonLinkClass}>
								{t('view.write')}
							</Link>
						</p>
					) : null}
				</Card>
			)}
		</div>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
