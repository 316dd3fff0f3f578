import { type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { formatEventTime } from '#app/domain/network/event-options.ts'

export type EventDetailsData = {
	kind: string
	status: string
	startsAt: Date | string
	endsAt: Date | string
	location: string | null
	onlineUrl: string | null
	capacity: number | null
}

/** When, where and how many seats: the same facts on the coordinator's page and the invitee's RSVP page. */
export function EventFacts({ event, children }: { event: EventDetailsData; children?: ReactNode }) {
	const { t, i18n } = useTranslation('events')
	return (
		<dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
			<EventFact label={t('details.kind')}>{t(`kinds.${event.kind}`)}</EventFact>
			<EventFact label={t('details.when')}>
				<time dateTime={new Date(event.startsAt).toISOString()}>
					{formatEventTime(event.startsAt, event.endsAt, i18n.language)}
				</time>
			</EventFact>
			{event.location ? <EventFact label={t('details.location')}>{event.location}</EventFact> : null}
			{event.onlineUrl ? (
				<EventFact label={t('details.online')}>
					<a href={event.onlineUrl} className="break-all text-brand-700 underline" rel="noreferrer noopener">
						{event.onlineUrl}
					</a>
				</EventFact>
			) : null}
			{event.capacity !== null ? (
				<EventFact label={t('details.capacity')}>{t('details.seats', { count: event.capacity })}</EventFact>
			) : null}
			{children}
		</dl>
	)
}

/** The facts and, when there is one, the description the coordinator wrote. */
export function EventOverview({
	event,
	children,
}: {
	event: EventDetailsData & { description: string | null }
	children?: ReactNode
}) {
	return (
		<>
			<EventFacts event={event}>{children}</EventFacts>
			{event.description ? (
				<div className="mt-4">
					<EventText text={event.description} />
				</div>
			) : null}
		</>
	)
}

export function EventFact({ label, children }: { label: string; children: ReactNode }) {
	return (
		<>
			<dt className="font-medium">{label}</dt>
			<dd className="text-slate-800">{children}</dd>
		</>
	)
}

/** Text the coordinator typed (agenda, description, notes), with its line breaks. */
export function EventText({ text }: { text: string }) {
	return <p className="whitespace-pre-line text-slate-800">{text}</p>
}

/** "Geannuleerd" in words, next to the title of a cancelled event. */
export function EventStatusBadge({ status }: { status: string }) {
	const { t } = useTranslation('events')
	if (status !== 'CANCELLED') return null
	return (
		<span className="inline-block rounded-full border border-red-800 bg-red-50 px-3 py-0.5 text-sm font-semibold text-red-900">
			{t('statuses.CANCELLED')}
		</span>
	)
}
