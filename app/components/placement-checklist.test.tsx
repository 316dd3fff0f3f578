import { type ComponentProps } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { I18nextProvider } from 'react-i18next'
import { describe, expect, it, vi } from 'vitest'
import { createI18n } from '#app/utils/i18n.ts'
import { PlacementChecklist, type PlacementChecklistView } from './placement-checklist.tsx'

// Plain elements instead of the router's, so the markup renders without a Remix app around it.
vi.mock('@remix-run/react', () => ({
	Form: (props: ComponentProps<'form'>) => <form {...props} />,
	Link: ({ to, children, ...props }: ComponentProps<'a'> & { to: string }) => (
		<a href={to} {...props}>
			{children}
		</a>
	),
}))

const checklist: PlacementChecklistView = {
	items: [
		{
			key: 'placementAgreementAccepted',
			responsible: 'BOTH',
			done: null,
			agreement: {
				state: 'pending',
				version: 2,
				waitingFor: ['EMPLOYER'],
				inForce: { version: 1, acceptedOn: '2026-03-04' },
			},
		},
		{
			key: 'benefitsAgencyInformed',
			responsible: 'JOBCOACH',
			done: { doneAt: '2026-06-15T08:00:00.000Z', doneByName: 'Fatima El Amrani' },
			agreement: null,
		},
		{ key: 'maxDurationAgreed', responsible: 'BOTH', done: null, agreement: null },
	],
	doneCount: 1,
	total: 3,
}

function render(editable: boolean) {
	return renderToStaticMarkup(
		<I18nextProvider i18n={createI18n('nl')}>
			<PlacementChecklist
				placementId="p1"
				placeType="WORK_EXPERIENCE"
				checklist={checklist}
				editable={editable}
				ended={!editable}
				lastResult={null}
			/>
		</I18nextProvider>,
	)
}

describe('the checklist on the placement page', () => {
	it('shows the agreement step as text with a link, not as a box to tick, and posts what was ticked', () => {
		const html = render(true)
		expect(html).toContain('1 van 3 gedaan')
		expect(html).toContain('Plaatsingsovereenkomst geaccepteerd · Nog niet gedaan')
		expect(html).toContain(
			'Versie 2 wacht op 1 van de 3 akkoorden (werkgever). Tot dan geldt versie 1, geaccepteerd op 4 maart 2026.',
		)
		expect(html).toContain('href="/jobcoach/plaatsingen/p1/overeenkomst"')
		expect(html).not.toContain('value="placementAgreementAccepted"')
		expect(html.match(/type="checkbox"/g)).toHaveLength(2)
		expect(html).toContain('<input type="hidden" name="shown" value="benefitsAgencyInformed"/>')
		expect(html).not.toContain('name="shown" value="maxDurationAgreed"')
	})

	it('lists every step with its state when read-only', () => {
		const html = render(false)
		expect(html).not.toContain('type="checkbox"')
		expect(html).toContain('Plaatsingsovereenkomst geaccepteerd · Nog niet gedaan')
		expect(html).toContain('Uitkeringsinstantie geïnformeerd · Gedaan')
		expect(html).toContain('Afgevinkt door Fatima El Amrani op 15 juni 2026')
	})
})
