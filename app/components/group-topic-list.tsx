import { useTranslation } from 'react-i18next'
import { type TopicKind } from '#app/domain/network/group-schema.ts'
import { formatDate } from '#app/utils/format.ts'

export type TopicItem = {
	id: string
	kind: TopicKind
	title: string
	body: string | null
	createdAt: string | Date
	memberName?: string | null
	/** The session whose agenda the topic is on (shown with `showAgenda`). */
	event?: { title: string; startsAt: string | Date } | null
}

/** Topics as a list: kind, title, the member's text and who brought it in when. */
export function GroupTopicList({
	topics,
	emptyText,
	showAgenda = false,
}: {
	topics: TopicItem[]
	emptyText: string
	showAgenda?: boolean
}) {
	const { t, i18n } = useTranslation('contacts')
	if (topics.length === 0) return <p className="text-slate-700">{emptyText}</p>
	return (
		<ul className="space-y-3">
			{topics.map((topic) => (
				<li key={topic.id} className="rounded-md border border-slate-300 p-3">
					<p className="font-semibold text-slate-900">
						<span className="mr-2 inline-block rounded bg-slate-100 px-2 py-0.5 text-sm">
							{t(`topics.kinds.${topic.kind}`)}
						</span>
						{topic.title}
					</p>
					{topic.body ? <p className="mt-1 whitespace-pre-line text-slate-800">{topic.body}</p> : null}
					<p className="mt-1 text-sm text-slate-700">
						{topic.memberName
							? t('topics.byOn', { name: topic.memberName, date: formatDate(topic.createdAt, i18n.language) })
							: t('topics.on', { date: formatDate(topic.createdAt, i18n.language) })}
					</p>
					{showAgenda ? (
						<p className="mt-1 text-sm font-medium text-slate-900">
							{topic.event
								? t('topics.onAgenda', {
										title: topic.event.title,
										date: formatDate(topic.event.startsAt, i18n.language),
									})
								: t('topics.notOnAgenda')}
						</p>
					) : null}
				</li>
			))}
		</ul>
	)
}
