import { defaultLocale, getFixedT, type Locale } from '#app/utils/i18n.ts'

import { EmailLayout, EmailText } from './components/email-layout.tsx'
import { eventEmailDate, previewEvent, type EventEmailDetails } from './event-details.tsx'

export type EventCancelledEmailProps = {
	locale?: Locale
	event: EventEmailDetails
	organizerName: string
	inviteeName: string
	unsubscribeUrl?: string
}

export function eventCancelledSubject({
	locale = defaultLocale,
	event,
}: Pick<EventCancelledEmailProps, 'locale' | 'event'>) {
	return getFixedT(locale, 'events')('emails.cancelled.subject', {
		title: event.title,
		date: eventEmailDate(event, locale),
	})
}

/** To everyone who said yes or maybe, or waited for a seat; the attached file takes it out of calendars. */
export default function EventCancelledEmail({
	locale = defaultLocale,
	event,
	organizerName,
	inviteeName,
	unsubscribeUrl,
}: EventCancelledEmailProps) {
	const t = getFixedT(locale, 'events')
	const values = { title: event.title, name: inviteeName, organizerName, date: eventEmailDate(event, locale) }
	return (
		<EmailLayout
			locale={locale}
			preview={t('emails.cancelled.preview', values)}
			heading={t('emails.cancelled.heading')}
			unsubscribeUrl={unsubscribeUrl}
		>
			<EmailText>{t('emails.greeting', values)}</EmailText>
			<EmailText>{t('emails.cancelled.intro', values)}</EmailText>
			<EmailText muted>{t('emails.cancelled.calendar')}</EmailText>
		</EmailLayout>
	)
}

EventCancelledEmail.PreviewProps = {
	locale: 'nl',
	event: previewEvent,
	organizerName: 'Werkkracht Achterhoek',
	inviteeName: 'Jan de Groot',
	unsubscribeUrl: 'http://localhost:3000/afmelden/preview',
} satisfies EventCancelledEmailProps
