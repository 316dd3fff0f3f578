import { renderToStaticMarkup } from 'react-dom/server'
import { I18nextProvider } from 'react-i18next'
import { describe, expect, it } from 'vitest'
import type { PlanHistory, PlanReviewView } from '#app/domain/plans/plan-reviews.server.ts'
import { createI18n, type Locale } from '#app/utils/i18n.ts'
import { PlanBalanceOverTime, PlanHistoryEvidence, PlanReviewList } from './plan-reviews.tsx'

const history: PlanHistory = {
	from: '2026-04-01',
	to: '2026-04-30',
	checkIns: [
		{ id: 'c1', doneOn: '2026-04-01', balance: 3, candidateNote: 'Eerste dag', employerNote: 'Rustig begonnen' },
		{ id: 'c2', doneOn: '2026-04-20', balance: null, candidateNote: null, employerNote: null },
	],
	checkInCount: 2,
	balanceAverage: 3,
	goals: [
		{
			id: 'g1',
			text: 'Zelfstandig de ochtendronde doen',
			removed: true,
			progress: [
				{
					reviewId: 'r1',
					heldOn: '2026-04-20',
					goalText: 'De ochtendronde leren',
					progress: 'GOOD',
					note: 'Bijna zover',
				},
			],
		},
	],
	stepBacks: [{ startedOn: '2026-04-25', endedOn: null, reason: 'Drukte thuis', days: 6 }],
	stepBackCount: 1,
	stepBackDays: 6,
	reviews: [{ id: 'r1', kind: 'REVIEW', heldOn: '2026-04-20', decision: 'CONTINUE' }],
}

const review: PlanReviewView = {
	id: 'r1',
	kind: 'REASSESSMENT',
	heldOn: '2028-01-15',
	periodFrom: '2026-03-02',
	periodTo: '2028-01-15',
	checkInCount: 4,
	balanceAverage: 3.3,
	stepBackCount: 2,
	stepBackDays: 21,
	balance: 4,
	balanceNote: null,
	decision: 'TAPER',
	motivation: 'Balans bleef rond 3,3.',
	recordedByName: 'Fatima El Amrani',
	goals: [{ goalId: 'g1', text: 'Zelfstandig de ochtendronde doen', progress: 'ACHIEVED', note: null }],
}

function render(element: React.ReactElement, locale: Locale = 'nl') {
	return renderToStaticMarkup(<I18nextProvider i18n={createI18n(locale)}>{element}</I18nextProvider>)
}

describe('printable review markup', () => {
	it('renders the history as captioned tables and lists, without controls or raw keys', () => {
		const html = render(<PlanHistoryEvidence history={history} headingLevel={2} />)
		expect(html).toContain('<caption')
		expect(html).toContain('scope="col"')
		expect(html).toContain('1 april 2026')
		expect(html).toContain('Drukte thuis')
		expect(html).toContain('(van het plan gehaald)')
		// The review was about the goal's words of that day.
		expect(html).toContain('Het doel luidde toen: De ochtendronde leren')
		expect(html).toContain('<h2')
		expect(html).toContain('Eerste dag')
		expect(html).toContain('Rustig begonnen')
		expect(html).not.toContain('staan niet in deze afdruk')
		expect(html).not.toMatch(/<(input|button|a|select|textarea)\b/)
		expect(html).not.toMatch(/(evidence|list|progress)\.\w+/)
	})

	it('leaves the check-ins’ notes out when asked, keeping dates, scores and the mean', () => {
		const html = render(<PlanHistoryEvidence history={history} showNotes={false} />)
		expect(html).not.toContain('Eerste dag')
		expect(html).not.toContain('Rustig begonnen')
		expect(html).not.toContain('Hoe het gaat volgens de kandidaat')
		expect(html).toContain('1 april 2026')
		expect(html).toContain('3 · ')
		expect(html).toContain('De toelichtingen van de kandidaat en de werkgever staan niet in deze afdruk.')
	})

	it('keys the step-back rows uniquely, also two periods starting on the same day', () => {
		const twice = {
			...history,
			stepBacks: [
				{ startedOn: '2026-04-25', endedOn: '2026-04-26', reason: 'Eerste', days: 1 },
				{ startedOn: '2026-04-25', endedOn: null, reason: 'Tweede', days: 6 },
			],
		}
		const errors: unknown[] = []
		const original = console.error
		console.error = (...args: unknown[]) => errors.push(args)
		try {
			const html = render(<PlanHistoryEvidence history={twice} />)
			expect(html).toContain('Eerste')
			expect(html).toContain('Tweede')
		} finally {
			console.error = original
		}
		expect(errors.filter((args) => String(args).includes('same key'))).toEqual([])
	})

	it('renders reviews with their figures, proposal and recorder, in English too', () => {
		for (const locale of ['nl', 'en'] as const) {
			const html = render(
				<>
					<PlanReviewList reviews={[review]} />
					<PlanBalanceOverTime reviews={[review]} />
				</>,
				locale,
			)
			expect(html).toContain('<h3')
			expect(html).toContain('Fatima El Amrani')
			expect(html).toContain(locale === 'nl' ? '3,3 van 5' : '3.3 out of 5')
			expect(html).toContain(locale === 'nl' ? 'Ondersteuning afbouwen' : 'Taper off support')
			expect(html).not.toMatch(/<(input|button|a|select|textarea)\b/)
			expect(html).not.toMatch(/(planReviews|placements):|(kinds|decisions|list|progress)\.\w+/)
		}
		expect(render(<PlanReviewList reviews={[]} />)).toContain('nog geen evaluatie')
	})
})

describe('the evidence summary', () => {
	it('reads as one sentence to argue from, with and without stepping back', () => {
		expect(render(<PlanHistoryEvidence history={history} />)).toContain(
			'Van 1 april 2026 tot en met 30 april 2026: 2 check-ins, de balans tussen belasting en belastbaarheid lag gemiddeld rond 3 van 5; 1 periode van terugstappen (6 dagen).',
		)
		const calm = { ...history, stepBacks: [], stepBackCount: 0, stepBackDays: 0 }
		expect(render(<PlanHistoryEvidence history={calm} />, 'en')).toContain(
			'2 check-ins, the balance of load and capacity stayed around 3 out of 5 on average; no period of stepping back.',
		)
	})
})
