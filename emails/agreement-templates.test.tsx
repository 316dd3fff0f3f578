import { render } from '@react-email/render'
import { describe, expect, test } from 'vitest'

import AgreementRequestEmail, { agreementRequestSubject } from './agreement-request.tsx'

const text = (element: React.ReactElement) => render(element, { plainText: true })

describe('agreement request email', () => {
	test('names the agreement, the party, the change and the personal link with its expiry, in Dutch and English', async () => {
		const props = AgreementRequestEmail.PreviewProps
		const nl = await text(<AgreementRequestEmail {...props} />)
		expect(nl).toContain('Beste Els Werkgever,')
		expect(nl).toContain(
			'Fatima El Amrani van Jobcoachbureau De Brug heeft versie 2 van de plaatsingsovereenkomst opgesteld voor Sanne de Vries',
		)
		expect(nl).toContain('Je gaat akkoord namens Hoveniersbedrijf Groen.')
		expect(nl).toContain(props.changeNote)
		expect(nl).toContain(props.acceptUrl)
		expect(nl).toContain('De link werkt tot 24 december 2026 om 10:15')

		const en = await text(<AgreementRequestEmail {...props} locale="en" party="CANDIDATE" changeNote={null} />)
		expect(en).toContain('You accept as the candidate.')
		expect(en).not.toContain('What changed')
		expect(en).toContain('The link works until 24 December 2026 at 10:15')

		expect(agreementRequestSubject({ candidateName: 'Sanne', employerName: 'Groen', version: 1 })).toBe(
			'Plaatsingsovereenkomst Sanne bij Groen (versie 1): graag je akkoord',
		)
		expect(agreementRequestSubject({ locale: 'en', candidateName: 'Sanne', employerName: 'Groen', version: 1 })).toBe(
			'Placement agreement Sanne at Groen (version 1): please accept',
		)
	})
})
