import { defaultLocale, getFixedT, type Locale } from '#app/utils/i18n.ts'

import {
	EventDetails,
	EventEmailLayout,
	eventEmailSubject,
	previewEvent,
	RsvpAction,
	type EventEmailDetails,
} from './event-details.tsx'

export type EventReminderEmailProps = {
	locale?: Locale
	event: EventEmailDetails
	inviteeName: string
	/** What the invitee answered: a reminder goes to yes and maybe. */
	response: 'YES' | 'MAYBE'
	rsvpUrl: string
	unsubscribeUrl?: string
}

export function eventReminderSubject(input: Pick<EventReminderEmailProps, 'locale' | 'event'>) {
	return eventEmailSubject('emails.reminder.subject', input)
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
	const values = { title: event.title }
	return (
		<EventEmailLayout
			locale={locale}
			preview={t('emails.reminder.preview', values)}
			heading={t('emails.reminder.heading', values)}
			name={inviteeName}
			intro={t(`emails.reminder.intro.${response}`, values)}
			unsubscribeUrl={unsubscribeUrl}
		>
			<EventDetails event={event} locale={locale} showAgenda />
			<RsvpAction
				locale={locale}
				prompt={t('emails.reminder.change')}
				href={rsvpUrl}
				label={t('emails.reminder.action')}
			/>
		</EventEmailLayout>
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
