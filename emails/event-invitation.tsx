import { defaultLocale, getFixedT, type Locale } from '#app/utils/i18n.ts'

import { EmailAction, EmailLayout, EmailText } from './components/email-layout.tsx'
import { EventDetails, eventEmailDate, MultilineText, previewEvent, type EventEmailDetails } from './event-details.tsx'

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
	locale = defaultLocale,
	variant = 'invitation',
	event,
}: Pick<EventInvitationEmailProps, 'locale' | 'variant' | 'event'>) {
	return getFixedT(locale, 'events')(`emails.invitation.subject.${variant}`, {
		title: event.title,
		date: eventEmailDate(event, locale),
	})
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
	const values = { title: event.title, organizerName, name: inviteeName }
	return (
		<EmailLayout
			locale={locale}
			preview={t(`emails.invitation.preview.${variant}`, values)}
			heading={t(`emails.invitation.heading.${variant}`, values)}
			unsubscribeUrl={unsubscribeUrl}
		>
			<EmailText>{t('emails.greeting', values)}</EmailText>
			<EmailText>{t(`emails.invitation.intro.${variant}`, values)}</EmailText>
			<EventDetails event={event} locale={locale} showAgenda />
			{event.description ? <MultilineText text={event.description} /> : null}
			<EmailText>{t('emails.invitation.answer')}</EmailText>
			<EmailAction href={rsvpUrl} label={t('emails.invitation.action')} locale={locale} />
			<EmailText muted>{t('emails.invitation.calendar')}</EmailText>
			<EmailText muted>{t('emails.personalLink')}</EmailText>
		</EmailLayout>
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
