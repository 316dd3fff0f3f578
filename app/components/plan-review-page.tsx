// The frame both review pages share: who and where, the way back to the plan, the plan's end with
// the re-assessment notice, and why the form is missing when the placement has ended; and the page
// itself, which both routes render the same way.
import { type SerializeFrom } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Card, PageHeader } from '#app/components/page-header.tsx'
import { textLinkClass } from '#app/components/place-card.tsx'
import { type ReviewKind } from '#app/domain/plans/plan-options.ts'
import type { loadPlanReviewPage, submitPlanReview } from '#app/domain/plans/plan-review-page.server.ts'
import { useFormatDate } from '#app/utils/format.ts'
import { keptText, PlanKeptValues, type KeptValue } from './plan-kept-values.tsx'
import { PlanReviewForm } from './plan-review-form.tsx'
import { PlanBalanceOverTime, PlanHistoryEvidence, PlanReviewList } from './plan-reviews.tsx'

export function PlanReviewPage({
	kind,
	placementId,
	candidateName,
	placeTitle,
	employerName,
	period,
	endsOn,
	durationMonths,
	reassessment,
	ended,
	children,
}: {
	kind: ReviewKind
	placementId: string
	candidateName: string
	placeTitle: string
	employerName: string
	period: { from: string; to: string }
	endsOn: string
	durationMonths: number
	reassessment: 'passed' | 'due' | null
	ended: boolean
	children: ReactNode
}) {
	const { t } = useTranslation('planReviews')
	const date = useFormatDate()
	return (
		<div className="space-y-8">
			<PageHeader title={t(`page.title.${kind}`, { name: candidateName })}>
				<p>{t('page.subtitle', { place: placeTitle, employer: employerName })}</p>
			</PageHeader>
			<p>
				<Link to={`/jobcoach/plaatsingen/${placementId}/plan`} className={textLinkClass}>
					{t('page.toPlan')}
				</Link>
			</p>
			<Card>
				<p className="text-lg text-slate-900">
					{t(`page.period.${kind}`, { from: date(period.from), to: date(period.to) })}
				</p>
				<p className="mt-2 text-slate-800">{t('page.endsOn', { date: date(endsOn), count: durationMonths })}</p>
				{reassessment ? (
					<p className="mt-3 rounded-md border-l-4 border-amber-600 bg-amber-50 p-3 text-amber-950">
						{t(`page.reassessment.${reassessment}`, { date: date(endsOn) })}
						{kind === 'REVIEW' ? (
							<>
								{' '}
								<Link to={`/jobcoach/plaatsingen/${placementId}/plan/herbeoordeling`} className={textLinkClass}>
									{t('page.toReassessment')}
								</Link>
							</>
						) : null}
					</p>
				) : null}
			</Card>
			{ended ? (
				<p role="status" className="rounded-md border-l-4 border-red-700 bg-red-50 p-3 text-red-900">
					{t('page.ended')}
				</p>
			) : null}
			{children}
		</div>
	)
}

type ReviewPageData = SerializeFrom<typeof loadPlanReviewPage>
type ReviewActionData = SerializeFrom<typeof submitPlanReview> | undefined

/**
 * The whole page of a review or the re-assessment, as both routes render it: the frame, the evidence
 * of the period, for the re-assessment the balance over time and the earlier reviews, and the form.
 * When the placement ended while the coach was typing, the form is gone but what was typed is shown.
 */
export function ReviewRoutePage({ kind }: { kind: ReviewKind }) {
	const { t } = useTranslation('planReviews')
	const data = useLoaderData<ReviewPageData>()
	const actionData = useActionData<ReviewActionData>() as ReviewActionData
	const { context } = data
	const prefix = kind === 'REVIEW' ? 'review' : 'reassessment'
	const result = actionData && 'result' in actionData ? actionData.result : undefined
	return (
		<PlanReviewPage
			kind={kind}
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
			<section aria-labelledby={`${prefix}-evidence-heading`} className="space-y-4">
				<h2 id={`${prefix}-evidence-heading`} className="text-2xl font-semibold text-slate-900">
					{t(`page.evidence.${kind}`)}
				</h2>
				{kind === 'REASSESSMENT' ? <p className="text-slate-800">{t('page.structuralIntro')}</p> : null}
				<PlanHistoryEvidence history={context.history} headingLevel={3} />
			</section>
			{kind === 'REASSESSMENT' ? (
				<>
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
				</>
			) : null}
			{data.canRecord && data.upToDate && !result ? (
				<p role="status" className="rounded-md border-l-4 border-brand-700 bg-slate-50 p-3 text-slate-900">
					{t('page.upToDate')}
				</p>
			) : data.canRecord ? (
				<Card>
					<PlanReviewForm
						kind={kind}
						goals={context.goals}
						balanceAverage={context.history.balanceAverage}
						lastResult={result}
					/>
				</Card>
			) : result?.initialValue ? (
				<PlanKeptValues errors={result.error?.[''] ?? []} items={keptReview(result.initialValue, context.goals, t)} />
			) : null}
		</PlanReviewPage>
	)
}

/** The typed review as label and text: per goal its choice and note, the balance, the proposal. */
function keptReview(
	values: Record<string, unknown>,
	goals: Array<{ id: string; text: string }>,
	t: (key: string) => string,
): KeptValue[] {
	const typedGoals = (values.goals ?? {}) as Record<string, Record<string, unknown> | undefined>
	const label = (prefix: string, value: unknown) => (keptText(value) ? t(`${prefix}.${keptText(value)}`) : '')
	return [
		...goals.flatMap((goal) => [
			{ key: `${goal.id}-progress`, label: goal.text, value: label('progress', typedGoals[goal.id]?.progress) },
			{
				key: `${goal.id}-note`,
				label: `${goal.text} · ${t('form.goalNote')}`,
				value: keptText(typedGoals[goal.id]?.note),
			},
		]),
		{ key: 'balance', label: t('form.balance'), value: keptText(values.balance) },
		{ key: 'balanceNote', label: t('form.balanceNote'), value: keptText(values.balanceNote) },
		{ key: 'decision', label: t('form.decision'), value: label('decisions', values.decision) },
		{ key: 'motivation', label: t('form.motivation'), value: keptText(values.motivation) },
	]
}
