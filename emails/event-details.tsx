import { Link } from '@react-email/components'
import { Fragment } from 'react'

import { formatEventTime } from '#app/domain/network/event-options.ts'
import { defaultLocale, getFixedT, type Locale } from '#app/utils/i18n.ts'

import { EmailText } from './components/email-layout.tsx'

/** What every event email says about the event: when and where (and the agenda where it helps). */
export type EventEmailDetails = {
	title: string
	startsAt: Date | string
	endsAt: Date | string
	location: string | null
	onlineUrl: string | null
	agenda?: string | null
}

/** Free text typed by the coordinator, with its line breaks kept. */
export function MultilineText({ text, muted = false }: { text: string; muted?: boolean }) {
	const lines = text.split(/\r\n|\r|\n/)
	return (
		<EmailText muted={muted}>
			{lines.map((line, index) => (
				<Fragment key={index}>
					{index > 0 ? <br /> : null}
					{line}
				</Fragment>
			))}
		</EmailText>
	)
}

export function EventDetails({
	event,
	locale = defaultLocale,
	showAgenda = false,
}: {
	event: EventEmailDetails
	locale?: Locale
	showAgenda?: boolean
}) {
	const t = getFixedT(locale, 'events')
	return (
		<>
			<EmailText>{t('emails.details.when', { when: formatEventTime(event.startsAt, event.endsAt, locale) })}</EmailText>
			{event.location ? <EmailText>{t('emails.details.where', { location: event.location })}</EmailText> : null}
			{event.onlineUrl ? (
				<EmailText>
					{t('emails.details.online')}{' '}
					<Link href={event.onlineUrl} style={{ color: '#0f4c5c', textDecoration: 'underline' }}>
						{event.onlineUrl}
					</Link>
				</EmailText>
			) : null}
			{showAgenda && event.agenda ? (
				<>
					<EmailText>{t('emails.details.agenda')}</EmailText>
					<MultilineText text={event.agenda} />
				</>
			) : null}
		</>
	)
}

export function eventEmailDate(event: Pick<EventEmailDetails, 'startsAt' | 'endsAt'>, locale: Locale) {
	return formatEventTime(event.startsAt, event.endsAt, locale)
}

export const previewEvent: EventEmailDetails = {
	title: 'Werkgeversbijeenkomst Achterhoek',
	startsAt: new Date('2026-01-13T18:00:00.000Z'),
	endsAt: new Date('2026-01-13T20:00:00.000Z'),
	location: 'Stadskamer, Hoofdstraat 1, Doetinchem',
	onlineUrl: null,
	agenda: 'Welkom\nErvaringen van twee werkgevers\nWat heb jij nodig?',
}
