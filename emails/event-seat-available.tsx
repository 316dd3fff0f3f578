import { defaultLocale, getFixedT, type Locale } from '#app/utils/i18n.ts'

import {
	EventDetails,
	EventEmailLayout,
	eventEmailSubject,
	previewEvent,
	RsvpAction,
	type EventEmailDetails,
} from './event-details.tsx'

export type EventSeatAvailableEmailProps = {
	locale?: Locale
	event: EventEmailDetails
	inviteeName: string
	rsvpUrl: string
	unsubscribeUrl?: string
}

export function eventSeatAvailableSubject(input: Pick<EventSeatAvailableEmailProps, 'locale' | 'event'>) {
	return eventEmailSubject('emails.seatAvailable.subject', input)
}

/** To someone on the waiting list who now has a seat: they said yes, so they are expected. */
export default function EventSeatAvailableEmail({
	locale = defaultLocale,
	event,
	inviteeName,
	rsvpUrl,
	unsubscribeUrl,
}: EventSeatAvailableEmailProps) {
	const t = getFixedT(locale, 'events')
	const values = { title: event.title }
	return (
		<EventEmailLayout
			locale={locale}
			preview={t('emails.seatAvailable.preview', values)}
			heading={t('emails.seatAvailable.heading')}
			name={inviteeName}
			intro={t('emails.seatAvailable.intro', values)}
			unsubscribeUrl={unsubscribeUrl}
		>
			<EventDetails event={event} locale={locale} />
			<RsvpAction
				locale={locale}
				prompt={t('emails.seatAvailable.cannotCome')}
				href={rsvpUrl}
				label={t('emails.seatAvailable.action')}
			/>
		</EventEmailLayout>
	)
}

EventSeatAvailableEmail.PreviewProps = {
	locale: 'nl',
	event: previewEvent,
	inviteeName: 'Jan de Groot',
	rsvpUrl: 'http://localhost:3000/rsvp/preview',
	unsubscribeUrl: 'http://localhost:3000/afmelden/preview',
} satisfies EventSeatAvailableEmailProps
