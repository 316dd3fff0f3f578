import { render } from '@react-email/render'
import { describe, expect, test } from 'vitest'

import GroupTopicsRequestEmail, { groupTopicsRequestSubject } from './group-topics-request.tsx'

const text = (element: React.ReactElement) => render(element, { plainText: true })

describe('sounding-board group email templates', () => {
	test('call for topics: the group, its purpose, the next session, the personal link and the preferences link', async () => {
		const props = GroupTopicsRequestEmail.PreviewProps
		const nl = await text(<GroupTopicsRequestEmail {...props} />)
		expect(nl).toContain('Beste Marieke Jansen,')
		expect(nl).toContain('Els Bakker vraagt de leden van Klankbordgroep Achterhoek om onderwerpen')
		expect(nl).toContain(`Het doel van de groep: ${props.purpose}`)
		expect(nl).toContain('De volgende sessie is Klankbordsessie voorjaar op 14 april 2026 om 16:00.')
		expect(nl).toContain(props.topicsUrl)
		expect(nl).toContain(props.unsubscribeUrl)
		expect(nl).toContain('werkt tot 31 mei 2026')

		const en = await text(<GroupTopicsRequestEmail {...props} locale="en" nextSession={null} />)
		expect(en).toContain('The next session is not planned yet.')
		expect(en).not.toContain('Klankbordsessie voorjaar')
		expect(en).toContain(props.unsubscribeUrl)

		expect(groupTopicsRequestSubject({ groupName: 'Groep Oost' })).toBe('Wat wil je bespreken in Groep Oost?')
		expect(groupTopicsRequestSubject({ locale: 'en', groupName: 'Groep Oost' })).toBe(
			'What would you like to discuss in Groep Oost?',
		)
	})
})
