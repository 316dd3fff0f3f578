import { defaultLocale, getFixedT, type Locale } from '#app/utils/i18n.ts'

import { EmailText } from './components/email-layout.tsx'
import {
	EventDetails,
	EventEmailLayout,
	eventEmailSubject,
	MultilineText,
	previewEvent,
	RsvpAction,
	type EventEmailDetails,
} from './event-details.tsx'

export type EventInvitationEmailProps = {
	locale?: Locale
	/** `update`: the time or place changed; the attached calendar file replaces the earlier one. */
	variant?: 'invitation' | 'update'
	event: EventEmailDetails & { description?: string | null }
	/** The network (coaching organisation) that invites. */
	organizerName: string
	inviteeName: string
	/** The invitee's personal answer page; needs no login. */
	rsvpUrl: string
	unsubscribeUrl?: string
}

export function eventInvitationSubject({
	variant = 'invitation',
	...input
}: Pick<EventInvitationEmailProps, 'locale' | 'variant' | 'event'>) {
	return eventEmailSubject(`emails.invitation.subject.${variant}`, input)
}

export default function EventInvitationEmail({
	locale = defaultLocale,
	variant = 'invitation',
	event,
	organizerName,
	inviteeName,
	rsvpUrl,
	unsubscribeUrl,
}: EventInvitationEmailProps) {
	const t = getFixedT(locale, 'events')
	const values = { title: event.title, organizerName }
	return (
		<EventEmailLayout
			locale={locale}
			preview={t(`emails.invitation.preview.${variant}`, values)}
			heading={t(`emails.invitation.heading.${variant}`, values)}
			name={inviteeName}
			intro={t(`emails.invitation.intro.${variant}`, values)}
			unsubscribeUrl={unsubscribeUrl}
		>
			<EventDetails event={event} locale={locale} showAgenda />
			{event.description ? <MultilineText text={event.description} /> : null}
			<RsvpAction
				locale={locale}
				prompt={t('emails.invitation.answer')}
				href={rsvpUrl}
				label={t('emails.invitation.action')}
			>
				<EmailText muted>{t('emails.invitation.calendar')}</EmailText>
			</RsvpAction>
		</EventEmailLayout>
	)
}

EventInvitationEmail.PreviewProps = {
	locale: 'nl',
	variant: 'invitation',
	event: { ...previewEvent, description: 'Een avond over inclusief werkgeverschap, met soep.' },
	organizerName: 'Werkkracht Achterhoek',
	inviteeName: 'Jan de Groot',
	rsvpUrl: 'http://localhost:3000/rsvp/preview',
	unsubscribeUrl: 'http://localhost:3000/afmelden/preview',
} satisfies EventInvitationEmailProps
