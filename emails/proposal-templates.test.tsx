import { render } from '@react-email/render'
import { describe, expect, test } from 'vitest'

import CandidateRequestEmail, { candidateRequestSubject } from './candidate-request.tsx'
import IntroPlannedEmail, { introPlannedSubject } from './intro-planned.tsx'
import ProposalAnsweredEmail, { proposalAnsweredSubject } from './proposal-answered.tsx'
import ProposalReceivedEmail, { proposalReceivedSubject } from './proposal-received.tsx'

const text = (element: React.ReactElement) => render(element, { plainText: true })

describe('proposal email templates', () => {
	test('proposal received: the profile under its code, the motivation and the coach, in Dutch and English', async () => {
		const props = ProposalReceivedEmail.PreviewProps
		const nl = await text(<ProposalReceivedEmail {...props} />)
		expect(nl).toContain('Fatima El Amrani van Werkkracht Achterhoek stelt kandidaat K-7Q4M voor')
		expect(nl).toContain('Uren per week: 8 tot 16')
		expect(nl).toContain('Woont in de gemeente Doetinchem en reist tot 10 km')
		expect(nl).toContain(props.motivation)
		expect(nl).toContain('fatima@werkkracht.example')
		expect(nl).toContain(props.proposalUrl)
		const en = await text(<ProposalReceivedEmail {...props} locale="en" />)
		expect(en).toContain('proposes candidate K-7Q4M for your place')
		expect(proposalReceivedSubject({ placeTitle: 'X' })).toBe('Voorstel voor je plek ‘X’')
		expect(proposalReceivedSubject({ locale: 'en', placeTitle: 'X' })).toBe('A proposal for your place ‘X’')
	})

	test('proposal answered: the offered times, or the reason and note', async () => {
		const props = ProposalAnsweredEmail.PreviewProps
		const accepted = await text(<ProposalAnsweredEmail {...props} />)
		expect(accepted).toContain('10 maart 2026 om 10:00')
		expect(accepted).toContain('Graag aanmelden bij de receptie.')
		const declined = await text(
			<ProposalAnsweredEmail
				{...props}
				locale="en"
				answer="DECLINED"
				declineReasonLabel="Hours"
				declineNote="Too few"
			/>,
		)
		expect(declined).toContain('Reason: Hours')
		expect(declined).toContain("The employer's note: Too few")
		expect(declined).not.toContain('suggests these times')
		expect(proposalAnsweredSubject({ answer: 'DECLINED', placeTitle: 'X', candidateCode: 'K-1' })).toBe(
			'K-1: voorstel voor ‘X’ afgewezen',
		)
	})

	test('intro planned and candidate request render in both languages', async () => {
		const intro = await text(<IntroPlannedEmail {...IntroPlannedEmail.PreviewProps} />)
		expect(intro).toContain('Wanneer: 10 maart 2026 om 10:00')
		expect(intro).toContain('Waar: Hoofdstraat 1, Doetinchem')
		expect(introPlannedSubject({ locale: 'en', placeTitle: 'X', introAt: new Date('2026-03-10T09:00:00Z') })).toBe(
			'Introduction ‘X’ on 10 March 2026 at 10:00',
		)
		const requestNl = await text(<CandidateRequestEmail {...CandidateRequestEmail.PreviewProps} />)
		expect(requestNl).toContain('Hoveniersbedrijf Groen heeft het profiel van kandidaat K-7Q4M gezien')
		expect(requestNl).toContain('Verstuurd door Jan de Groot (jan@groen.example).')
		const requestEn = await text(
			<CandidateRequestEmail {...CandidateRequestEmail.PreviewProps} locale="en" placeTitle={null} />,
		)
		expect(requestEn).not.toContain('It is about the place')
		expect(candidateRequestSubject({ candidateCode: 'K-1', employerName: 'Y' })).toBe(
			'Een werkgever vraagt naar kandidaat K-1',
		)
	})
})
