import { defaultLocale, getFixedT, type Locale } from '#app/utils/i18n.ts'

import { EmailAction, EmailLayout, EmailText } from './components/email-layout.tsx'
import { EventDetails, previewEvent, type EventEmailDetails } from './event-details.tsx'

export type EventSeatAvailableEmailProps = {
	locale?: Locale
	event: EventEmailDetails
	inviteeName: string
	rsvpUrl: string
	unsubscribeUrl?: string
}

export function eventSeatAvailableSubject({
	locale = defaultLocale,
	event,
}: Pick<EventSeatAvailableEmailProps, 'locale' | 'event'>) {
	return getFixedT(locale, 'events')('emails.seatAvailable.subject', { title: event.title })
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
	const values = { title: event.title, name: inviteeName }
	return (
		<EmailLayout
			locale={locale}
			preview={t('emails.seatAvailable.preview', values)}
			heading={t('emails.seatAvailable.heading')}
			unsubscribeUrl={unsubscribeUrl}
		>
			<EmailText>{t('emails.greeting', values)}</EmailText>
			<EmailText>{t('emails.seatAvailable.intro', values)}</EmailText>
			<EventDetails event={event} locale={locale} />
			<EmailText>{t('emails.seatAvailable.cannotCome')}</EmailText>
			<EmailAction href={rsvpUrl} label={t('emails.seatAvailable.action')} locale={locale} />
			<EmailText muted>{t('emails.personalLink')}</EmailText>
		</EmailLayout>
	)
}

EventSeatAvailableEmail.PreviewProps = {
	locale: 'nl',
	event: previewEvent,
	inviteeName: 'Jan de Groot',
	rsvpUrl: 'http://localhost:3000/rsvp/preview',
	unsubscribeUrl: 'http://localhost:3000/afmelden/preview',
} satisfies EventSeatAvailableEmailProps
