import { renderToStaticMarkup } from 'react-dom/server'
import { I18nextProvider } from 'react-i18next'
import { describe, expect, it } from 'vitest'
import { createI18n, type Locale } from '#app/utils/i18n.ts'
import { AgreementAcceptanceList, AgreementDocument, type AgreementDocumentData } from './agreement-document.tsx'

const agreement: AgreementDocumentData = {
	version: 2,
	status: 'PENDING',
	periodFrom: '2026-03-02',
	periodTo: '2026-09-02',
	hoursPerWeek: 12.5,
	days: ['MON', 'WED'],
	tasks: 'Groenonderhoud',
	supervision: 'Marieke Jansen',
	compensation: 'Reiskosten',
	insurance: 'Via de werkgever',
	stepBackClause: 'De plek blijft 6 weken',
	changeNote: 'Minder uren',
	createdAt: '2026-11-24T09:15:00.000Z',
	lockedAt: null,
	parties: [
		{
			party: 'CANDIDATE',
			name: 'Sanne de Vries',
			email: 'sanne@example.test',
			acceptedName: 'Sanne de Vries',
			acceptedAt: '2026-11-24T09:15:00.000Z',
			coachPresent: true,
			linkSentAt: '2026-11-24T09:00:00.000Z',
			acceptedOnScreenOf: 'Fatima El Amrani',
		},
		{
			party: 'EMPLOYER',
			name: 'Els Werkgever',
			email: null,
			acceptedName: null,
			acceptedAt: null,
			coachPresent: false,
			linkSentAt: null,
			acceptedOnScreenOf: null,
		},
		{
			party: 'COACHING',
			name: 'Fatima El Amrani',
			email: 'fatima@example.test',
			acceptedName: null,
			acceptedAt: null,
			coachPresent: false,
			linkSentAt: '2026-11-24T09:00:00.000Z',
			acceptedOnScreenOf: null,
		},
	],
}
const context = {
	employerName: 'Hoveniersbedrijf Groen',
	coachingOrganizationName: 'Jobcoachbureau De Brug',
	placeTitle: 'Medewerker groenvoorziening',
}

function render(locale: Locale) {
	return renderToStaticMarkup(
		<I18nextProvider i18n={createI18n(locale)}>
			<AgreementDocument agreement={agreement} context={context} headingId="agreement-heading" title="Versie 2" />
			<AgreementAcceptanceList agreement={agreement} context={context} />
		</I18nextProvider>,
	)
}

describe('the agreement document', () => {
	it('shows every term, the parties and per party its acceptance in Amsterdam time', () => {
		const nl = render('nl')
		for (const text of [
			'Hoveniersbedrijf Groen',
			'van 2 maart 2026 tot en met 2 september 2026',
			'12,5 uur per week',
			'Maandag, Woensdag',
			'Groenonderhoud',
			'De plek blijft 6 weken',
			'Minder uren',
			'Akkoord door Sanne de Vries op 24 november 2026 om 10:15.',
			'Met de jobcoach erbij.',
			'Gegeven op het scherm van Fatima El Amrani.',
			'Nog niet akkoord. Er is nog geen link verstuurd.',
			'Nog niet akkoord. Laatste link: 24 november 2026 om 10:00.',
		]) {
			expect(nl).toContain(text)
		}
		expect(nl).not.toContain('sanne@example.test')
		const en = render('en')
		expect(en).toContain('Accepted by Sanne de Vries on 24 November 2026 at 10:15.')
		expect(en).toContain('Given on the screen of Fatima El Amrani.')
	})
})
