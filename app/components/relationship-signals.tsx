import { Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import type { NextStep } from '#app/domain/network/relationship-rules.ts'
import type { listFollowUpsDue, listGoneQuiet } from '#app/domain/network/relationships.server.ts'
import { formatDate, formatDateTime } from '#app/utils/format.ts'
import { textLinkClass } from './place-card.tsx'
import { RelationshipStageBadge } from './relationship-stage-badge.tsx'

export type FollowUpDue = Awaited<ReturnType<typeof listFollowUpsDue>>[number]
export type GoneQuiet = Awaited<ReturnType<typeof listGoneQuiet>>[number]

/** The suggested next step for a quiet employer, in words. */
export function NextStepText({ step }: { step: NextStep }) {
	const { t, i18n } = useTranslation('relationships')
	const values =
		step.kind === 'ASK_PLEDGE'
			? { pledge: step.pledge }
			: step.kind === 'CALL_ABOUT_PLACE'
				? { place: step.place }
				: step.kind === 'INVITE_TO_MEETING'
					? { event: step.event, date: formatDateTime(step.startsAt, i18n.language) }
					: {}
	return (
		<>
			<span className="font-semibold">{t('nextStep.label')}</span> {t(`nextStep.${step.kind}`, values)}
		</>
	)
}

/** How long an employer has been quiet, or that nothing was ever recorded. */
export function QuietFor({ daysQuiet }: { daysQuiet: number | null }) {
	const { t } = useTranslation('relationships')
	return <>{daysQuiet === null ? t('quiet.never') : t('quiet.days', { count: daysQuiet })}</>
}

/** Follow-ups due today or earlier, each linked to its relationship. */
export function FollowUpsDueList({ items }: { items: FollowUpDue[] }) {
	const { t, i18n } = useTranslation('relationships')
	if (items.length === 0) return <p className="text-slate-800">{t('followUps.empty')}</p>
	return (
		<ul className="space-y-3" data-testid="follow-ups-due">
			{items.map((item) => (
				<li key={item.employer.id}>
					<Link to={`/netwerk/relaties/${item.employer.id}`} className={textLinkClass}>
						{item.employer.name}
					</Link>
					<p className="text-slate-800">
						{item.overdue
							? t('followUps.overdue', { date: formatDate(item.nextFollowUpOn, i18n.language) })
							: t('followUps.today')}
						{item.followUpNote ? `: ${item.followUpNote}` : ''}
					</p>
					{item.ownerName ? (
						<p className="text-sm text-slate-700">{t('followUps.owner', { name: item.ownerName })}</p>
					) : null}
				</li>
			))}
		</ul>
	)
}

/** Engaged employers and partners that have gone quiet, with what to do next. */
export function GoneQuietList({ items }: { items: GoneQuiet[] }) {
	const { t } = useTranslation('relationships')
	if (items.length === 0) return <p className="text-slate-800">{t('quiet.empty')}</p>
	return (
		<ul className="space-y-4" data-testid="gone-quiet">
			{items.map((item) => (
				<li key={item.employer.id}>
					<p className="flex flex-wrap items-center gap-2">
						<Link to={`/netwerk/relaties/${item.employer.id}`} className={textLinkClass}>
							{item.employer.name}
						</Link>
						<RelationshipStageBadge stage={item.stage} />
					</p>
					<p className="text-slate-800">
						<QuietFor daysQuiet={item.daysQuiet} />
						{item.ownerName ? ` · ${t('followUps.owner', { name: item.ownerName })}` : ''}
					</p>
					<p className="text-slate-900">
						<NextStepText step={item.nextStep} />
					</p>
				</li>
			))}
		</ul>
	)
}
