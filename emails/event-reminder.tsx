import { defaultLocale, getFixedT, type Locale } from '#app/utils/i18n.ts'

import { EmailAction, EmailLayout, EmailText } from './components/email-layout.tsx'
import { EventDetails, eventEmailDate, previewEvent, type EventEmailDetails } from './event-details.tsx'

export type EventReminderEmailProps = {
	locale?: Locale
	event: EventEmailDetails
	inviteeName: string
	/** What the invitee answered: a reminder goes to yes and maybe. */
	response: 'YES' | 'MAYBE'
	rsvpUrl: string
	unsubscribeUrl?: string
}

export function eventReminderSubject({
	locale = defaultLocale,
	event,
}: Pick<EventReminderEmailProps, 'locale' | 'event'>) {
	return getFixedT(locale, 'events')('emails.reminder.subject', {
		title: event.title,
		date: eventEmailDate(event, locale),
	})
}

export default function EventReminderEmail({
	locale = defaultLocale,
	event,
	inviteeName,
	response,
	rsvpUrl,
	unsubscribeUrl,
}: EventReminderEmailProps) {
	const t = getFixedT(locale, 'events')
	const values = { title: event.title, name: inviteeName }
	return (
		<EmailLayout
			locale={locale}
			preview={t('emails.reminder.preview', values)}
			heading={t('emails.reminder.heading', values)}
			unsubscribeUrl={unsubscribeUrl}
		>
			<EmailText>{t('emails.greeting', values)}</EmailText>
			<EmailText>{t(`emails.reminder.intro.${response}`, values)}</EmailText>
			<EventDetails event={event} locale={locale} showAgenda />
			<EmailText>{t('emails.reminder.change')}</EmailText>
			<EmailAction href={rsvpUrl} label={t('emails.reminder.action')} locale={locale} />
			<EmailText muted>{t('emails.personalLink')}</EmailText>
		</EmailLayout>
	)
}

EventReminderEmail.PreviewProps = {
	locale: 'nl',
	event: previewEvent,
	inviteeName: 'Jan de Groot',
	response: 'YES',
	rsvpUrl: 'http://localhost:3000/rsvp/preview',
	unsubscribeUrl: 'http://localhost:3000/afmelden/preview',
} satisfies EventReminderEmailProps
