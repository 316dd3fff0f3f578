// The printed support plan: its loader's data rendered by the route's own component, as the server
// renders it. Every section by its fixed id with what it must hold (goals, tasks, the three yearly
// figures, review dates, funder, a review's decision, the evidence so far, signature lines); the
// same for every funder; no plan is a 404, and only the placement's own organisation gets it.
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import * as printRoute from '#app/routes/jobcoach.plaatsingen.$placementId_.plan.afdrukken.tsx'
import { setClock } from '#app/utils/clock.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import { type Locale } from '#app/utils/i18n.ts'
import { expectRefused, getRoute } from '#tests/factories.ts'
import { renderOnServer } from '#tests/insight-fixtures.ts'
import { createPlacementWorld, createSupportPlan } from '#tests/plan-factories.ts'

// 10:00 in Amsterdam on Monday 14 September 2026.
const start = new Date('2026-09-14T08:00:00.000Z')
const day = (value: string) => new Date(`${value}T00:00:00.000Z`)

type PrintData = Awaited<ReturnType<typeof printRoute.loader>>

beforeEach(() => setClock(start))
afterAll(() => setClock(null))

const printPath = (placementId: string) => `/jobcoach/plaatsingen/${placementId}/plan/afdrukken`

const sectionIds = [
	'plan-parties',
	'plan-goals',
	'plan-tasks',
	'plan-intensity',
	'plan-duration',
	'plan-request',
	'plan-reviews',
	'plan-reassessment',
	'plan-signatures',
] as const

async function printed(placementId: string, cookie: string, locale: Locale = 'nl') {
	const result = await getRoute(printRoute, printPath(placementId), cookie, { placementId })
	expect(result.status, JSON.stringify(result.data)).toBe(200)
	const data = result.data as PrintData
	return renderOnServer(
		[{ path: '/jobcoach/plaatsingen/:placementId/plan/afdrukken', Component: printRoute.default, loader: () => data }],
		new Request(`http://localhost${printPath(placementId)}`),
		locale,
	)
}

/** The page's text without markup, whitespace collapsed. */
function textOf(html: string) {
	return html
		.replace(/<[^>]+>/g, ' ')
		.replace(/&#x27;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&')
		.replace(/\s+/g, ' ')
}

/** The text of one top-level section of the plan, up to the next one. */
function section(html: string, id: (typeof sectionIds)[number]) {
	const from = html.indexOf(`<section id="${id}"`)
	if (from === -1) throw new Error(`No section ${id}`)
	const next = html.indexOf('<section id="plan-', from + 1)
	return textOf(html.slice(from, next === -1 ? undefined : next))
}

/** A row of the intensity table as its cells' text. */
function intensityRow(html: string, method: string) {
	const from = html.indexOf('<section id="plan-intensity"')
	const match = new RegExp(`<tr[^>]*data-row="${method}"[^>]*>([\\s\\S]*?)</tr>`).exec(html.slice(from))
	if (!match) throw new Error(`No row ${method}`)
	return [...match[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map(([, cell]) => textOf(cell!).trim())
}

describe('the printed plan', () => {
	it('has every section, in order, with the plan’s content', async () => {
		const { placement, coach } = await createPlacementWorld({ hoursPerWeek: 24 })
		const plan = await createSupportPlan(placement.id, {
			intensityMethod: 'REGIME',
			supportHoursPerWeek: 2,
			supportPercent: 10,
			supportRegime: 'MEDIUM',
			durationMonths: 30,
			reviewDates: ['2026-09-01', '2027-03-01'],
		})
		const html = await printed(placement.id, coach.cookie)
		const text = textOf(html)

		expect(text).toContain('Plan van aanpak jobcoaching')
		expect(text).toContain('Afgedrukt op 14 september 2026')
		const positions = sectionIds.map((id) => html.indexOf(`<section id="${id}"`))
		expect(positions.every((position) => position > -1)).toBe(true)
		expect([...positions].sort((a, b) => a - b)).toEqual(positions)

		const parties = section(html, 'plan-parties')
		for (const expected of [
			'Sanne de Vries',
			'Hoveniersbedrijf Groen',
			'Medewerker groenvoorziening',
			'Werkervaringsplek',
			'Marieke Jansen',
			'Jobcoachbureau De Brug',
			'Fatima El Amrani',
		]) {
			expect(parties).toContain(expected)
		}

		const goals = section(html, 'plan-goals')
		expect(goals).toContain('Ik wil zelfstandig de ochtendronde doen.')
		expect(goals).toContain('Ik wil aangeven wanneer het me te veel wordt.')

		const tasks = section(html, 'plan-tasks')
		expect(tasks).toContain('Wekelijks contact, meedenken over taken en belasting.')
		expect(tasks).toContain('Zorgt voor een vaste werkplek en vaste begintijden.')
		expect(tasks).toContain('Dagelijkse start met de taken, aanspreekpunt bij vragen.')

		// 24 contract hours, 30 months: 2 h/week → 104 a year, 260 in all; 10 % → 0.1 × 24 × 52 = 124.8
		// a year (2.4 a week), 312 in all; MEDIUM → 104 a year, 260 in all. The regime is chosen, in words.
		expect(intensityRow(html, 'HOURS_PER_WEEK')).toEqual(['Uren per week', '2 uur per week', '2', '104', '260'])
		expect(intensityRow(html, 'PERCENT_OF_CONTRACT')).toEqual([
			'Percentage van de contracturen',
			'10% van 24 contracturen',
			'2,4',
			'124,8',
			'312',
		])
		expect(intensityRow(html, 'REGIME')).toEqual([
			'Regime (licht, middel of zwaar) (gekozen methode)',
			'Middel (2 uur per week)',
			'2',
			'104',
			'260',
		])
		expect(section(html, 'plan-intensity')).toContain('Uur over 30 maanden')

		const duration = section(html, 'plan-duration')
		expect(duration).toContain('30 maanden')
		expect(duration).toContain('2 maart 2026')
		// 30 months from 2 March 2026 is 2 September 2028; the last day is the day before.
		expect(duration).toContain('1 september 2028')
		expect(duration).toContain('1 september 2026 (datum geweest)')
		expect(duration).toContain('1 maart 2027 (volgende evaluatie)')

		const request = section(html, 'plan-request')
		expect(request).toContain('Werknemer')
		expect(request).toContain('Gemeente')
		expect(request).toContain('Gemeente Doetinchem')

		const signatures = section(html, 'plan-signatures')
		for (const expected of ['Werknemer', 'Werkgever', 'Jobcoach', 'Handtekening', 'Datum', 'Sanne de Vries']) {
			expect(signatures).toContain(expected)
		}
		// No review yet; the print button needs JavaScript and is not in the server's HTML.
		expect(section(html, 'plan-reviews')).toContain('Er is nog geen evaluatie vastgelegd.')
		expect(html).not.toContain('Afdrukken / opslaan als pdf')
		expect(plan.id).toBeTruthy()
	})

	it('prints the reviews with their decision and the evidence of the whole plan so far', async () => {
		const { placement, coach } = await createPlacementWorld()
		const plan = await createSupportPlan(placement.id)
		const review = await prisma.supportPlanReview.create({
			data: {
				planId: plan.id,
				kind: 'REVIEW',
				heldOn: day('2026-09-01'),
				periodFrom: day('2026-03-02'),
				periodTo: day('2026-09-01'),
				checkInCount: 1,
				balanceAverage: 4,
				stepBackCount: 0,
				stepBackDays: 0,
				balance: 4,
				decision: 'TAPER',
				motivation: 'Sanne doet de ochtendronde zelfstandig; de begeleiding kan omlaag.',
			},
		})
		await prisma.supportPlanGoalProgress.create({
			data: { reviewId: review.id, goalId: plan.goals[0]!.id, progress: 'ACHIEVED' },
		})
		await prisma.placementCheckIn.create({
			data: {
				placementId: placement.id,
				dueOn: day('2026-06-01'),
				doneOn: day('2026-06-02'),
				candidateNote: 'Het ritme in de kas bevalt goed.',
				balance: 4,
			},
		})
		const html = await printed(placement.id, coach.cookie)
		const reviews = section(html, 'plan-reviews')
		expect(reviews).toContain('Ondersteuning afbouwen')
		expect(reviews).toContain('Sanne doet de ochtendronde zelfstandig; de begeleiding kan omlaag.')
		expect(reviews).toContain('Bereikt')
		const evidence = section(html, 'plan-reassessment')
		expect(evidence).toContain('2 maart 2026')
		expect(evidence).toContain('14 september 2026')
		expect(evidence).toContain('Het ritme in de kas bevalt goed.')
	})

	it('prints the same layout in English', async () => {
		const { placement, coach } = await createPlacementWorld()
		await createSupportPlan(placement.id)
		const text = textOf(await printed(placement.id, coach.cookie, 'en'))
		expect(text).toContain('Support plan for jobcoaching')
		expect(text).toContain('Hours a year')
		// 10 % of 24 contract hours: 124.8 hours a year.
		expect(text).toContain('124.8')
	})

	it('is a 404 without a plan, and for anyone outside the placement’s organisation', async () => {
		const { placement, coach, otherOrgCoach, employer, coordinator } = await createPlacementWorld()
		expectRefused(await getRoute(printRoute, printPath(placement.id), coach.cookie, { placementId: placement.id }), 404)
		await createSupportPlan(placement.id)
		for (const who of [otherOrgCoach, employer, coordinator]) {
			expectRefused(await getRoute(printRoute, printPath(placement.id), who.cookie, { placementId: placement.id }), 404)
		}
		expectRefused(await getRoute(printRoute, printPath('unknown'), coach.cookie, { placementId: 'unknown' }), 404)
	})
})
