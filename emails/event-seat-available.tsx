import { defaultLocale, getFixedT } from '#app/utils/i18n.ts'

import { eventEmailSubject, EventRsvpEmail, previewRsvp, type EventRsvpEmailProps } from './event-details.tsx'

export type EventSeatAvailableEmailProps = EventRsvpEmailProps

export function eventSeatAvailableSubject(input: Pick<EventSeatAvailableEmailProps, 'locale' | 'event'>) {
	return eventEmailSubject('emails.seatAvailable.subject', input)
}

/** To someone on the waiting list who now has a seat: they said yes, so they are expected. */
export default function EventSeatAvailableEmail(props: EventSeatAvailableEmailProps) {
	const t = getFixedT(props.locale ?? defaultLocale, 'events')
	const values = { title: props.event.title }
	return (
		<EventRsvpEmail
			{...props}
			text={{
				preview: t('emails.seatAvailable.preview', values),
				heading: t('emails.seatAvailable.heading'),
				intro: t('emails.seatAvailable.intro', values),
				prompt: t('emails.seatAvailable.cannotCome'),
				action: t('emails.seatAvailable.action'),
			}}
		/>
	)
}

EventSeatAvailableEmail.PreviewProps = previewRsvp satisfies EventSeatAvailableEmailProps
