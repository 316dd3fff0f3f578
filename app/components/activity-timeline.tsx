import { Link } from '@remix-run/react'
import { type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { TimelineEntry } from '#app/domain/network/activities.server.ts'
import { formatDate } from '#app/utils/format.ts'
import { textLinkClass } from './place-card.tsx'

/** A link when the viewer may open the page, plain text otherwise. */
function MaybeLink({ href, children }: { href: string | null; children: ReactNode }) {
	return href ? (
		<Link to={href} className={textLinkClass}>
			{children}
		</Link>
	) : (
		<span className="font-semibold">{children}</span>
	)
}

/** What an automatic entry refers to: the event, or the place of a proposal or placement (never the candidate). */
function Subject({ entry }: { entry: TimelineEntry }) {
	const { t } = useTranslation('relationships')
	const subject = entry.event
		? { label: t('timeline.event'), title: entry.event.title, href: entry.event.href }
		: entry.proposal
			? { label: t('timeline.proposal'), title: entry.proposal.placeTitle, href: entry.proposal.href }
			: entry.placement
				? { label: t('timeline.placement'), title: entry.placement.placeTitle, href: entry.placement.href }
				: null
	if (!subject) return null
	return (
		<p className="text-slate-900">
			{subject.label}: <MaybeLink href={subject.href}>{subject.title}</MaybeLink>
		</p>
	)
}

/**
 * Timeline entries, newest first: kind, day, who, with whom and what was said. With `showEmployer`
 * (the network's latest activities) each entry names its employer, linked to the relationship page.
 */
export function ActivityTimeline({
	entries,
	empty,
	showEmployer = false,
}: {
	entries: TimelineEntry[]
	empty: string
	showEmployer?: boolean
}) {
	const { t, i18n } = useTranslation('relationships')
	if (entries.length === 0) return <p className="text-slate-800">{empty}</p>
	return (
		<ol className="space-y-3" data-testid="activity-timeline">
			{entries.map((entry) => (
				<li key={entry.id} className="border-l-4 border-brand-700 bg-white py-1 pl-3">
					<p className="font-semibold text-slate-900">
						{t(`kinds.${entry.kind}`)}
						{showEmployer ? (
							<>
								{' · '}
								<Link to={`/netwerk/relaties/${entry.employer.id}`} className={textLinkClass}>
									{entry.employer.name}
								</Link>
							</>
						) : null}
					</p>
					<p className="text-sm text-slate-700">
						<time dateTime={entry.occurredAt}>{formatDate(entry.occurredAt, i18n.language)}</time>
						{entry.actorName ? ` · ${t('timeline.by', { name: entry.actorName })}` : ''}
						{entry.contactPersonName ? ` · ${t('timeline.with', { name: entry.contactPersonName })}` : ''}
					</p>
					<Subject entry={entry} />
					{/* Attendance entries are summarised by the event's title, which the subject line already shows. */}
					{entry.summary && entry.summary !== entry.event?.title ? (
						<p className="whitespace-pre-line text-slate-900">{entry.summary}</p>
					) : null}
				</li>
			))}
		</ol>
	)
}
