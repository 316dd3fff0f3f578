import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { textLinkClass } from '#app/components/place-card.tsx'
import { PlanDocument, PlanSection } from '#app/components/plan-document.tsx'
import { PlanPrintButton, PlanSignatures } from '#app/components/plan-print.tsx'
import { PlanHistoryEvidence, PlanReviewList } from '#app/components/plan-reviews.tsx'
import { placementToday, requirePlacement } from '#app/domain/matching/placements.server.ts'
import { planEvidenceRange } from '#app/domain/plans/plan-review-rules.ts'
import { collectPlanHistory, listPlanReviews } from '#app/domain/plans/plan-reviews.server.ts'
import { getSupportPlanView } from '#app/domain/plans/support-plans.server.ts'
import { useFormatDate } from '#app/utils/format.ts'
import { pageMeta } from '#app/utils/meta.ts'

export const meta: MetaFunction = (args) => pageMeta(args, 'plans:print.title')

/** The query parameter by which the coach chooses to print the check-ins' notes as well. */
const NOTES_PARAM = 'toelichtingen'

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { user, placementId } = await requirePlacement(request, params)
	const today = placementToday()
	const { plan, ...view } = await getSupportPlanView(placementId, user.id, today)
	if (!plan) throw new Response('Not Found', { status: 404 })
	// The paper goes to a funder: the candidate's and employer's own words only when the coach asks.
	const showNotes = new URL(request.url).searchParams.get(NOTES_PARAM) === 'ja'
	const reviews = await listPlanReviews(plan.id)
	const reassessment = reviews.filter((review) => review.kind === 'REASSESSMENT').at(-1) ?? null
	const range = planEvidenceRange({
		startsOn: plan.startsOn,
		endsOn: plan.endsOn,
		today,
		endedOn: view.placement.endedOn,
		reassessment: reassessment && { from: reassessment.periodFrom, to: reassessment.periodTo },
	})
	const history = await collectPlanHistory(plan.id, range)
	return {
		...view,
		plan,
		reviews,
		reassessedOn: reassessment?.heldOn ?? null,
		showNotes,
		// Left out of the data too, not only of the markup: the page's data travels with it.
		history: showNotes
			? history
			: {
					...history,
					checkIns: history.checkIns.map((checkIn) => ({ ...checkIn, candidateNote: null, employerNote: null })),
					// A reason to step back is often health context.
					stepBacks: history.stepBacks.map((period) => ({ ...period, reason: '' })),
				},
	}
}

export default function SupportPlanPrintPage() {
	const { t } = useTranslation('plans')
	const { reviews, history, reassessedOn, showNotes, ...view } = useLoaderData<typeof loader>()
	const date = useFormatDate()
	const printPath = `/jobcoach/plaatsingen/${view.placement.id}/plan/afdrukken`
	return (
		<article className="plan-print space-y-6">
			<div className="space-y-3 print:hidden">
				<div className="flex flex-wrap items-center justify-between gap-4">
					<Link to={`/jobcoach/plaatsingen/${view.placement.id}/plan`} className={textLinkClass}>
						{t('print.back')}
					</Link>
					<PlanPrintButton />
				</div>
				<div className="rounded-md border-l-4 border-brand-700 bg-slate-50 p-3 text-slate-900">
					<p>{t(showNotes ? 'print.notesIncluded' : 'print.notesExcluded')}</p>
					<p className="mt-1">
						<Link
							to={showNotes ? printPath : `${printPath}?${NOTES_PARAM}=ja`}
							className={textLinkClass}
							preventScrollReset
						>
							{t(showNotes ? 'print.excludeNotes' : 'print.includeNotes')}
						</Link>
					</p>
				</div>
			</div>
			<header className="space-y-1">
				<h1 className="text-3xl font-bold text-slate-900">{t('print.title')}</h1>
				<p className="text-slate-700">{t('print.printedOn', { date: date(view.today) })}</p>
				<p className="text-slate-700">{t('print.lastChanged', { date: date(view.plan.updatedOn) })}</p>
			</header>
			<PlanDocument view={view} print />
			<PlanSection id="plan-reviews" title={t('sections.reviews')}>
				<PlanReviewList reviews={reviews} headingLevel={3} />
			</PlanSection>
			<PlanSection id="plan-reassessment" title={t('sections.reassessment')}>
				<p className="text-slate-700">
					{reassessedOn
						? t('print.evidenceReassessed', {
								date: date(reassessedOn),
								from: date(history.from),
								to: date(history.to),
							})
						: t('print.evidenceAsOf', { date: date(history.to), from: date(history.from) })}
				</p>
				<PlanHistoryEvidence history={history} headingLevel={3} showNotes={showNotes} />
			</PlanSection>
			<PlanSignatures view={view} />
		</article>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
