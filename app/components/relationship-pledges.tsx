import { Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { textLinkClass } from '#app/components/place-card.tsx'
import { type PledgeSummary } from '#app/domain/network/pledges.server.ts'
import { formatDate } from '#app/utils/format.ts'

type Pledge = Omit<PledgeSummary, 'createdAt' | 'event'> & {
	createdAt: Date | string
	event: { id: string; title: string; startsAt: Date | string } | null
}

/** The places this employer pledged, followed until they are posted and filled. */
export function RelationshipPledges({ pledges, linkEvents }: { pledges: Pledge[]; linkEvents: boolean }) {
	const { t, i18n } = useTranslation('relationships')
	if (pledges.length === 0) return <p className="text-slate-800">{t('pledges.empty')}</p>
	return (
		<ul className="space-y-3">
			{pledges.map((pledge) => (
				<li key={pledge.id} className="border-b border-slate-200 pb-3 last:border-b-0">
					<p className="font-medium text-slate-900">
						{pledge.description}{' '}
						<span className="rounded-full border border-slate-500 px-2 py-0.5 text-sm font-semibold">
							{t(`pledges.status.${pledge.status}`)}
						</span>
					</p>
					<p className="text-sm text-slate-700">
						{[
							pledge.placeType ? t(`places:types.${pledge.placeType}`) : null,
							t('pledges.spots', { count: pledge.spots }),
							t('pledges.recordedOn', { date: formatDate(pledge.createdAt, i18n.language) }),
						]
							.filter(Boolean)
							.join(' · ')}
					</p>
					{pledge.event ? (
						<p className="text-sm text-slate-700">
							{t('pledges.atEvent')}{' '}
							{linkEvents ? (
								<Link to={`/netwerk/bijeenkomsten/${pledge.event.id}/verslag`} className={textLinkClass}>
									{pledge.event.title}
								</Link>
							) : (
								pledge.event.title
							)}
						</p>
					) : null}
					{pledge.place ? (
						<p className="text-sm text-slate-700">
							{t('pledges.place')}{' '}
							<Link to={`/plekken/${pledge.place.id}`} className={textLinkClass}>
								{pledge.place.title}
							</Link>
						</p>
					) : null}
				</li>
			))}
		</ul>
	)
}
