import { render } from '@react-email/render'
import { describe, expect, test } from 'vitest'

import EventCancelledEmail, { eventCancelledSubject } from './event-cancelled.tsx'
import { previewEvent } from './event-details.tsx'
import EventInvitationEmail, { eventInvitationSubject } from './event-invitation.tsx'
import EventReminderEmail, { eventReminderSubject } from './event-reminder.tsx'
import EventSeatAvailableEmail, { eventSeatAvailableSubject } from './event-seat-available.tsx'
import EventSummaryEmail, { eventSummarySubject } from './event-summary.tsx'

const text = (element: React.ReactElement) => render(element, { plainText: true })

describe('event email templates', () => {
	test('invitation: when and where in Amsterdam time, the agenda, the personal link and the preferences link', async () => {
		const props = EventInvitationEmail.PreviewProps
		const nl = await text(<EventInvitationEmail {...props} />)
		expect(nl).toContain('Werkkracht Achterhoek nodigt je uit voor Werkgeversbijeenkomst Achterhoek.')
		expect(nl).toContain('Wanneer: dinsdag 13 januari 2026, 19:00–21:00')
		expect(nl).toContain('Waar: Stadskamer, Hoofdstraat 1, Doetinchem')
		expect(nl).toContain('Ervaringen van twee werkgevers')
		expect(nl).toContain(props.rsvpUrl)
		expect(nl).toContain(props.unsubscribeUrl)
		const html = await render(<EventInvitationEmail {...props} />)
		expect(html).toContain(`href="${props.rsvpUrl}"`)
		const update = await text(
			<EventInvitationEmail
				{...props}
				locale="en"
				variant="update"
				event={{ ...previewEvent, location: null, onlineUrl: 'https://meet.example.test/x' }}
			/>,
		)
		expect(update).toContain('The time or place of Werkgeversbijeenkomst Achterhoek has changed.')
		expect(update).toContain('When: Tuesday, 13 January 2026, 19:00–21:00')
		expect(update).toContain('https://meet.example.test/x')
		expect(update).not.toContain('Where:')
		expect(eventInvitationSubject({ event: previewEvent })).toBe(
			'Uitnodiging: Werkgeversbijeenkomst Achterhoek, dinsdag 13 januari 2026, 19:00–21:00',
		)
		expect(eventInvitationSubject({ locale: 'en', variant: 'update', event: previewEvent })).toMatch(/^Changed: /)
	})

	test('reminder: for yes and for maybe, with the link to change the answer', async () => {
		const props = EventReminderEmail.PreviewProps
		expect(await text(<EventReminderEmail {...props} />)).toContain('Fijn dat je komt!')
		const maybe = await text(<EventReminderEmail {...props} response="MAYBE" />)
		expect(maybe).toContain('Je zei misschien')
		expect(maybe).toContain(props.rsvpUrl)
		expect(eventReminderSubject({ event: previewEvent })).toBe(
			'Morgen: Werkgeversbijeenkomst Achterhoek, dinsdag 13 januari 2026, 19:00–21:00',
		)
	})

	test('a seat from the waiting list, and a cancellation', async () => {
		const seat = await text(<EventSeatAvailableEmail {...EventSeatAvailableEmail.PreviewProps} />)
		expect(seat).toContain('Er is een plaats vrijgekomen: je bent aangemeld.')
		expect(eventSeatAvailableSubject({ locale: 'en', event: previewEvent })).toBe(
			'There is a seat for you: Werkgeversbijeenkomst Achterhoek',
		)
		const cancelled = await text(<EventCancelledEmail {...EventCancelledEmail.PreviewProps} />)
		expect(cancelled).toContain(
			'Werkkracht Achterhoek heeft Werkgeversbijeenkomst Achterhoek van dinsdag 13 januari 2026',
		)
		expect(eventCancelledSubject({ event: previewEvent })).toMatch(/^Geannuleerd: /)
	})

	test('summary: notes with their line breaks, decisions, action items with owner and due date', async () => {
		const props = EventSummaryEmail.PreviewProps
		const nl = await text(<EventSummaryEmail {...props} />)
		expect(nl).toContain('Zeven organisaties waren er.')
		expect(nl).toContain('We spraken over begeleiding op de werkvloer.')
		expect(nl).toContain('Elk kwartaal een bijeenkomst.')
		expect(nl).toContain('Werkervaringsplek in de keuken uitwerken (Bakkerij De Korenaar, uiterlijk 1 februari 2026)')
		expect(nl).toContain('Verslag rondsturen (Fatima El Amrani)')
		const html = await render(<EventSummaryEmail {...props} />)
		expect(html).toMatch(/Zeven organisaties waren er\.<br\/?>We spraken/)
		const en = await text(<EventSummaryEmail {...props} locale="en" notes={null} actionItems={[]} />)
		expect(en).not.toContain('What we discussed:')
		expect(en).not.toContain('Action items:')
		expect(en).toContain('Decisions:')
		expect(eventSummarySubject({ event: previewEvent })).toBe('Verslag: Werkgeversbijeenkomst Achterhoek')
	})
})
