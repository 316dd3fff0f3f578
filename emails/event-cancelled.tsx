import { defaultLocale, getFixedT, type Locale } from '#app/utils/i18n.ts'

import { EmailText } from './components/email-layout.tsx'
import {
	eventEmailDate,
	EventEmailLayout,
	eventEmailSubject,
	previewEvent,
	type EventEmailDetails,
} from './event-details.tsx'

export type EventCancelledEmailProps = {
	locale?: Locale
	event: EventEmailDetails
	organizerName: string
	inviteeName: string
	unsubscribeUrl?: string
}

export function eventCancelledSubject(input: Pick<EventCancelledEmailProps, 'locale' | 'event'>) {
	return eventEmailSubject('emails.cancelled.subject', input)
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
	const values = { title: event.title, organizerName, date: eventEmailDate(event, locale) }
	return (
		<EventEmailLayout
			locale={locale}
			preview={t('emails.cancelled.preview', values)}
			heading={t('emails.cancelled.heading')}
			name={inviteeName}
			intro={t('emails.cancelled.intro', values)}
			unsubscribeUrl={unsubscribeUrl}
		>
			<EmailText muted>{t('emails.cancelled.calendar')}</EmailText>
		</EventEmailLayout>
	)
}

EventCancelledEmail.PreviewProps = {
	locale: 'nl',
	event: previewEvent,
	organizerName: 'Werkkracht Achterhoek',
	inviteeName: 'Jan de Groot',
	unsubscribeUrl: 'http://localhost:3000/afmelden/preview',
} satisfies EventCancelledEmailProps
