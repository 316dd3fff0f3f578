import { defaultLocale, getFixedT, type Locale } from '#app/utils/i18n.ts'

import { EmailText } from './components/email-layout.tsx'
import { formatEmailDay } from './check-in-due.tsx'
import {
	eventEmailDate,
	EventEmailLayout,
	eventEmailSubject,
	MultilineText,
	previewEvent,
	type EventEmailDetails,
} from './event-details.tsx'

export type EventSummaryActionItem = { description: string; ownerName: string; dueOn: Date | string | null }

export type EventSummaryEmailProps = {
	locale?: Locale
	event: Pick<EventEmailDetails, 'title' | 'startsAt' | 'endsAt'>
	organizerName: string
	attendeeName: string
	notes: string | null
	decisions: string | null
	actionItems: EventSummaryActionItem[]
	unsubscribeUrl?: string
}

export function eventSummarySubject(input: Pick<EventSummaryEmailProps, 'locale' | 'event'>) {
	return eventEmailSubject('emails.summary.subject', input)
}

/** What was discussed, decided and agreed, to everyone who was there. */
export default function EventSummaryEmail({
	locale = defaultLocale,
	event,
	organizerName,
	attendeeName,
	notes,
	decisions,
	actionItems,
	unsubscribeUrl,
}: EventSummaryEmailProps) {
	const t = getFixedT(locale, 'events')
	const values = { title: event.title, organizerName, date: eventEmailDate(event, locale) }
	return (
		<EventEmailLayout
			locale={locale}
			preview={t('emails.summary.preview', values)}
			heading={t('emails.summary.heading', values)}
			name={attendeeName}
			intro={t('emails.summary.intro', values)}
			unsubscribeUrl={unsubscribeUrl}
		>
			{notes ? (
				<>
					<EmailText>{t('emails.summary.notes')}</EmailText>
					<MultilineText text={notes} />
				</>
			) : null}
			{decisions ? (
				<>
					<EmailText>{t('emails.summary.decisions')}</EmailText>
					<MultilineText text={decisions} />
				</>
			) : null}
			{actionItems.length > 0 ? (
				<>
					<EmailText>{t('emails.summary.actionItems')}</EmailText>
					{actionItems.map((item, index) => (
						<EmailText key={index}>
							{item.dueOn
								? t('emails.summary.actionItemDue', {
										description: item.description,
										owner: item.ownerName,
										date: formatEmailDay(item.dueOn, locale),
									})
								: t('emails.summary.actionItem', { description: item.description, owner: item.ownerName })}
						</EmailText>
					))}
				</>
			) : null}
			<EmailText muted>{t('emails.summary.questions', values)}</EmailText>
		</EventEmailLayout>
	)
}

EventSummaryEmail.PreviewProps = {
	locale: 'nl',
	event: previewEvent,
	organizerName: 'Werkkracht Achterhoek',
	attendeeName: 'Jan de Groot',
	notes: 'Zeven organisaties waren er.\nWe spraken over begeleiding op de werkvloer.',
	decisions: 'Elk kwartaal een bijeenkomst.',
	actionItems: [
		{ description: 'Werkervaringsplek in de keuken uitwerken', ownerName: 'Bakkerij De Korenaar', dueOn: '2026-02-01' },
		{ description: 'Verslag rondsturen', ownerName: 'Fatima El Amrani', dueOn: null },
	],
	unsubscribeUrl: 'http://localhost:3000/afmelden/preview',
} satisfies EventSummaryEmailProps
