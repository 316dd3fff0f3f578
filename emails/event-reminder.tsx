import { defaultLocale, getFixedT } from '#app/utils/i18n.ts'

import { eventEmailSubject, EventRsvpEmail, previewRsvp, type EventRsvpEmailProps } from './event-details.tsx'

export type EventReminderEmailProps = EventRsvpEmailProps & {
	/** What the invitee answered: a reminder goes to yes and maybe. */
	response: 'YES' | 'MAYBE'
}

export function eventReminderSubject(input: Pick<EventReminderEmailProps, 'locale' | 'event'>) {
	return eventEmailSubject('emails.reminder.subject', input)
}

export default function EventReminderEmail({ response, ...props }: EventReminderEmailProps) {
	const t = getFixedT(props.locale ?? defaultLocale, 'events')
	const values = { title: props.event.title }
	return (
		<EventRsvpEmail
			{...props}
			showAgenda
			text={{
				preview: t('emails.reminder.preview', values),
				heading: t('emails.reminder.heading', values),
				intro: t(`emails.reminder.intro.${response}`, values),
				prompt: t('emails.reminder.change'),
				action: t('emails.reminder.action'),
			}}
		/>
	)
}

EventReminderEmail.PreviewProps = { ...previewRsvp, response: 'YES' } satisfies EventReminderEmailProps
