import { Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { Card } from '#app/components/page-header.tsx'
import { textLinkClass } from '#app/components/place-card.tsx'
import type {
	AgreementSummary,
	PlacementPlanSummary,
	PlanSummary,
} from '#app/domain/plans/placement-plan-summary.server.ts'
import { useFormatDate } from '#app/utils/format.ts'

/** The "plan and agreements" section of the placement page: a link and one status line for each. */
export function PlacementPlanLinks({ placementId, summary }: { placementId: string; summary: PlacementPlanSummary }) {
	const { t } = useTranslation('checklists')
	const date = useFormatDate()
	const base = `/jobcoach/plaatsingen/${placementId}`
	const agreementApplies = summary.agreement.state !== 'not-applicable'
	return (
		<section aria-labelledby="plan-links-heading" className="space-y-4">
			<h2 id="plan-links-heading" className="text-2xl font-semibold text-slate-900">
				{t('plan.title')}
			</h2>
			<Card>
				<ul className="space-y-4">
					<li>
						<Link to={`${base}/plan`} className={textLinkClass}>
							{t('plan.supportPlan')}
						</Link>
						<p className="mt-1 text-slate-800">
							{summary.plan.state === 'reassessment-due' ? (
								<strong className="text-amber-900">{planStatusLine(t, summary.plan, date)}</strong>
							) : (
								planStatusLine(t, summary.plan, date)
							)}
						</p>
					</li>
					<li>
						{agreementApplies ? (
							<Link to={`${base}/overeenkomst`} className={textLinkClass}>
								{t('plan.agreement')}
							</Link>
						) : (
							<span className="font-semibold text-slate-900">{t('plan.agreement')}</span>
						)}
						<p className="mt-1 text-slate-800">{agreementStatusLine(t, summary.agreement, date)}</p>
					</li>
				</ul>
			</Card>
		</section>
	)
}

type Translate = (key: string, options?: Record<string, unknown>) => string
type FormatDay = (day: string) => string

/** The support plan's status line; exported so the wording is tested with the real translations. */
export function planStatusLine(t: Translate, plan: PlanSummary, date: FormatDay) {
	switch (plan.state) {
		case 'none':
			return t('plan.none')
		case 'review-planned':
			return t('plan.reviewPlanned', { date: date(plan.nextReviewOn) })
		case 'no-review-planned':
			return t('plan.noReviewPlanned')
		case 'reassessment-due':
			return plan.ended
				? t('plan.reassessmentOverdue', { date: date(plan.endsOn) })
				: t('plan.reassessmentDue', { date: date(plan.endsOn) })
		case 'reassessed':
			return t('plan.reassessed', { date: date(plan.heldOn), endsOn: date(plan.endsOn) })
	}
}

/** The placement agreement's status line. */
export function agreementStatusLine(t: Translate, agreement: AgreementSummary, date: FormatDay) {
	switch (agreement.state) {
		case 'not-applicable':
			return t('plan.agreementNotApplicable')
		case 'none':
			return t('plan.agreementNone')
		case 'accepted':
			return t('plan.agreementAccepted', { version: agreement.version, date: date(agreement.acceptedOn) })
		case 'pending': {
			const pending = t('plan.agreementPending', {
				version: agreement.version,
				missing: agreement.waitingFor.length,
				parties: agreement.waitingFor.map((party) => t(`plan.parties.${party}`)).join(', '),
			})
			return agreement.inForce
				? `${pending} ${t('plan.agreementInForce', { version: agreement.inForce.version, date: date(agreement.inForce.acceptedOn) })}`
				: pending
		}
	}
}
