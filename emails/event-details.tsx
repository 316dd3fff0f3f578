import { Link } from '@react-email/components'
import { Fragment, type ReactNode } from 'react'

import { formatEventTime } from '#app/domain/network/event-options.ts'
import { defaultLocale, getFixedT, type Locale } from '#app/utils/i18n.ts'

import { EmailAction, EmailLayout, EmailText } from './components/email-layout.tsx'

/** What every event email says about the event: when and where (and the agenda where it helps). */
export type EventEmailDetails = {
	title: string
	startsAt: Date | string
	endsAt: Date | string
	location: string | null
	onlineUrl: string | null
	agenda?: string | null
}

/** Free text typed by the coordinator, with its line breaks kept. */
export function MultilineText({ text, muted = false }: { text: string; muted?: boolean }) {
	const lines = text.split(/\r\n|\r|\n/)
	return (
		<EmailText muted={muted}>
			{lines.map((line, index) => (
				<Fragment key={index}>
					{index > 0 ? <br /> : null}
					{line}
				</Fragment>
			))}
		</EmailText>
	)
}

export function EventDetails({
	event,
	locale = defaultLocale,
	showAgenda = false,
}: {
	event: EventEmailDetails
	locale?: Locale
	showAgenda?: boolean
}) {
	const t = getFixedT(locale, 'events')
	return (
		<>
			<EmailText>{t('emails.details.when', { when: formatEventTime(event.startsAt, event.endsAt, locale) })}</EmailText>
			{event.location ? <EmailText>{t('emails.details.where', { location: event.location })}</EmailText> : null}
			{event.onlineUrl ? (
				<EmailText>
					{t('emails.details.online')}{' '}
					<Link href={event.onlineUrl} style={{ color: '#0f4c5c', textDecoration: 'underline' }}>
						{event.onlineUrl}
					</Link>
				</EmailText>
			) : null}
			{showAgenda && event.agenda ? (
				<>
					<EmailText>{t('emails.details.agenda')}</EmailText>
					<MultilineText text={event.agenda} />
				</>
			) : null}
		</>
	)
}

/** The frame of every event email: the layout, the greeting by name and the opening line, then the rest. */
export function EventEmailLayout({
	locale = defaultLocale,
	preview,
	heading,
	name,
	intro,
	unsubscribeUrl,
	children,
}: {
	locale?: Locale
	preview: string
	heading: string
	/** The invitee or attendee the email greets. */
	name: string
	intro: string
	unsubscribeUrl?: string
	children: ReactNode
}) {
	const t = getFixedT(locale, 'events')
	return (
		<EmailLayout locale={locale} preview={preview} heading={heading} unsubscribeUrl={unsubscribeUrl}>
			<EmailText>{t('emails.greeting', { name })}</EmailText>
			<EmailText>{intro}</EmailText>
			{children}
		</EmailLayout>
	)
}

/** The button to the invitee's own answer page, with what it is for and that the link is personal. */
export function RsvpAction({
	locale = defaultLocale,
	prompt,
	href,
	label,
	children,
}: {
	locale?: Locale
	prompt: string
	href: string
	label: string
	/** Notes between the button and the "personal link" line. */
	children?: ReactNode
}) {
	const t = getFixedT(locale, 'events')
	return (
		<>
			<EmailText>{prompt}</EmailText>
			<EmailAction href={href} label={label} locale={locale} />
			{children}
			<EmailText muted>{t('emails.personalLink')}</EmailText>
		</>
	)
}

/** An email to one invitee about their answer: the event, whom it greets, and their answer page. */
export type EventRsvpEmailProps = {
	locale?: Locale
	event: EventEmailDetails
	inviteeName: string
	/** The invitee's personal answer page; needs no login. */
	rsvpUrl: string
	unsubscribeUrl?: string
}

/** The frame, the event and the button to the answer page, in the words the email passes (already translated). */
export function EventRsvpEmail({
	locale = defaultLocale,
	event,
	inviteeName,
	rsvpUrl,
	unsubscribeUrl,
	showAgenda = false,
	text,
}: EventRsvpEmailProps & {
	showAgenda?: boolean
	text: { preview: string; heading: string; intro: string; prompt: string; action: string }
}) {
	return (
		<EventEmailLayout
			locale={locale}
			preview={text.preview}
			heading={text.heading}
			name={inviteeName}
			intro={text.intro}
			unsubscribeUrl={unsubscribeUrl}
		>
			<EventDetails event={event} locale={locale} showAgenda={showAgenda} />
			<RsvpAction locale={locale} prompt={text.prompt} href={rsvpUrl} label={text.action} />
		</EventEmailLayout>
	)
}

/** A subject line of the events namespace; it may name the event's title and date. */
export function eventEmailSubject(
	key: string,
	{
		locale = defaultLocale,
		event,
	}: { locale?: Locale; event: Pick<EventEmailDetails, 'title' | 'startsAt' | 'endsAt'> },
) {
	return getFixedT(locale, 'events')(key, { title: event.title, date: eventEmailDate(event, locale) })
}

export function eventEmailDate(event: Pick<EventEmailDetails, 'startsAt' | 'endsAt'>, locale: Locale) {
	return formatEventTime(event.startsAt, event.endsAt, locale)
}

export const previewEvent: EventEmailDetails = {
	title: 'Werkgeversbijeenkomst Achterhoek',
	startsAt: new Date('2026-01-13T18:00:00.000Z'),
	endsAt: new Date('2026-01-13T20:00:00.000Z'),
	location: 'Stadskamer, Hoofdstraat 1, Doetinchem',
	onlineUrl: null,
	agenda: 'Welkom\nErvaringen van twee werkgevers\nWat heb jij nodig?',
}

export const previewRsvp = {
	locale: 'nl',
	event: previewEvent,
	inviteeName: 'Jan de Groot',
	rsvpUrl: 'http://localhost:3000/rsvp/preview',
	unsubscribeUrl: 'http://localhost:3000/afmelden/preview',
} satisfies EventRsvpEmailProps
