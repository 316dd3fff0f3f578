import { useTranslation } from 'react-i18next'
import { useFormatDateTime } from '#app/utils/format.ts'

export type ProposalTimelineEntry = {
	id: string
	kind: string
	note: string | null
	at: Date | string
	actorName: string | null
}

const reasonList: Record<string, string> = {
	DECLINED: 'declineReasons',
	NOT_PLACED: 'notPlacedReasons',
	WITHDRAWN: 'withdrawReasons',
}

/** Every step of a proposal with who took it and when, oldest first. */
export function ProposalTimeline({ entries, headingId }: { entries: ProposalTimelineEntry[]; headingId: string }) {
	const { t } = useTranslation('proposals')
	const formatDateTime = useFormatDateTime()
	return (
		<section aria-labelledby={headingId} className="rounded-lg border border-slate-300 bg-white p-6 shadow-sm">
			<h2 id={headingId} className="text-xl font-semibold">
				{t('timeline.title')}
			</h2>
			<ol className="mt-4 space-y-3">
				{entries.map((entry) => {
					const list = reasonList[entry.kind]
					return (
						<li key={entry.id} className="border-l-4 border-brand-700 pl-3">
							<p className="font-medium text-slate-900">{t(`timeline.kinds.${entry.kind}`)}</p>
							<p className="text-sm text-slate-700">
								<time dateTime={new Date(entry.at).toISOString()}>{formatDateTime(entry.at)}</time>
								{' · '}
								{entry.actorName ?? t('timeline.unknownActor')}
							</p>
							{list && entry.note ? (
								<p className="text-sm text-slate-800">{t(`${list}.${entry.note}`, { defaultValue: entry.note })}</p>
							) : null}
						</li>
					)
				})}
			</ol>
		</section>
	)
}
