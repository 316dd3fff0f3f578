// The frame both review pages share: who and where, the way back to the plan, the plan's end with
// the re-assessment notice, and why the form is missing when the placement has ended.
import { Link } from '@remix-run/react'
import { type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Card, PageHeader } from '#app/components/page-header.tsx'
import { focusRing } from '#app/components/place-card.tsx'
import { type ReviewKind } from '#app/domain/plans/plan-options.ts'
import { formatDate } from '#app/utils/format.ts'

const linkClass = `font-semibold text-brand-700 underline hover:text-brand-900 ${focusRing}`

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
	const { t, i18n } = useTranslation('planReviews')
	const date = (value: string) => formatDate(value, i18n.language)
	return (
		<div className="space-y-8">
			<PageHeader title={t(`page.title.${kind}`, { name: candidateName })}>
				<p>{t('page.subtitle', { place: placeTitle, employer: employerName })}</p>
			</PageHeader>
			<p>
				<Link to={`/jobcoach/plaatsingen/${placementId}/plan`} className={linkClass}>
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
								<Link to={`/jobcoach/plaatsingen/${placementId}/plan/herbeoordeling`} className={linkClass}>
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
