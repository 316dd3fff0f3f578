// The printed support plan: its loader's data rendered by the route's own component, as the server
// renders it. Every section by its fixed id with what it must hold (goals, tasks, the three yearly
// figures, review dates, funder, a review's decision, the evidence so far, signature lines); the
// same for every funder; no plan is a 404, and only the placement's own organisation gets it.
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import * as printRoute from '#app/routes/jobcoach.plaatsingen.$placementId_.plan.afdrukken.tsx'
import { calendarDay } from '#app/utils/amsterdam-time.ts'
import { setClock } from '#app/utils/clock.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import { type Locale } from '#app/utils/i18n.ts'
import { createSessionCookie, expectRefused, getRoute } from '#tests/factories.ts'
import { renderOnServer } from '#tests/insight-fixtures.ts'
import { createPlacementWorld, createSupportPlan } from '#tests/plan-factories.ts'

// 10:00 in Amsterdam on Monday 14 September 2026.
const start = new Date('2026-09-14T08:00:00.000Z')

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

async function printData(placementId: string, cookie: string, query = '') {
	const result = await getRoute(printRoute, `${printPath(placementId)}${query}`, cookie, { placementId })
	expect(result.status, JSON.stringify(result.data)).toBe(200)
	return result.data as PrintData
}

async function printed(placementId: string, cookie: string, locale: Locale = 'nl', query = '') {
	const data = await printData(placementId, cookie, query)
	return renderOnServer(
		[{ path: '/jobcoach/plaatsingen/:placementId/plan/afdrukken', Component: printRoute.default, loader: () => data }],
		new Request(`http://localhost${printPath(placementId)}${query}`),
		locale,
	)
}

/** The ids of the plan's top-level sections, in the order printed. */
function sectionOrder(html: string) {
	return [...html.matchAll(/<section id="(plan-[a-z-]+)"/g)].map(([, id]) => id)
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
		expect(text).toContain(
			`Plan laatst gewijzigd op ${new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(plan.updatedAt)}`,
		)
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
		// On paper plain dates: no past or next marking, no strike-through, and no review held yet.
		expect(duration).toContain('1 september 2026')
		expect(duration).toContain('1 maart 2027')
		expect(duration).not.toMatch(/datum geweest|volgende evaluatie|gehouden op/)
		expect(html).not.toContain('line-through')

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
	})

	it('prints the reviews with their decision and the evidence of the whole plan so far', async () => {
		const { placement, coach } = await createPlacementWorld()
		const plan = await createSupportPlan(placement.id)
		const review = await prisma.supportPlanReview.create({
			data: {
				planId: plan.id,
				kind: 'REVIEW',
				heldOn: calendarDay('2026-09-01'),
				periodFrom: calendarDay('2026-03-02'),
				periodTo: calendarDay('2026-09-01'),
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
			data: { reviewId: review.id, goalId: plan.goals[0]!.id, goalText: plan.goals[0]!.text, progress: 'ACHIEVED' },
		})
		await prisma.placementCheckIn.create({
			data: {
				placementId: placement.id,
				dueOn: calendarDay('2026-06-01'),
				doneOn: calendarDay('2026-06-02'),
				candidateNote: 'Het ritme in de kas bevalt goed.',
				balance: 4,
			},
		})
		await prisma.placementStepBack.create({
			data: {
				placementId: placement.id,
				startedOn: calendarDay('2026-07-06'),
				endedOn: calendarDay('2026-07-13'),
				reason: 'Opname in het ziekenhuis',
			},
		})
		const html = await printed(placement.id, coach.cookie)
		const reviews = section(html, 'plan-reviews')
		expect(reviews).toContain('Ondersteuning afbouwen')
		expect(reviews).toContain('Sanne doet de ochtendronde zelfstandig; de begeleiding kan omlaag.')
		expect(reviews).toContain('Bereikt')
		// The review of 1 September is the one planned for that day.
		expect(section(html, 'plan-duration')).toContain('1 september 2026 · gehouden op 1 september 2026')
		const evidence = section(html, 'plan-reassessment')
		expect(evidence).toContain('Onderbouwing uit de geschiedenis van het plan')
		expect(evidence).toContain('Stand op 14 september 2026')
		expect(evidence).toContain('2 maart 2026')
		expect(evidence).toContain('Er is nog geen herbeoordeling vastgelegd.')
		// The funder gets the date and the score, not the candidate's own words, unless the coach chooses so.
		expect(evidence).toContain('2 juni 2026')
		expect(evidence).toContain('4 · ')
		expect(evidence).not.toContain('Het ritme in de kas bevalt goed.')
		expect(JSON.stringify(await printData(placement.id, coach.cookie))).not.toContain('Het ritme in de kas')
		// A reason to step back is often health context: the period and its days print, the reason does not.
		expect(evidence).toContain('7 dagen')
		expect(JSON.stringify(await printData(placement.id, coach.cookie))).not.toContain('ziekenhuis')
		expect(html).toContain(`href="${printPath(placement.id)}?toelichtingen=ja"`)

		const withNotes = await printed(placement.id, coach.cookie, 'nl', '?toelichtingen=ja')
		expect(section(withNotes, 'plan-reassessment')).toContain('Het ritme in de kas bevalt goed.')
		expect(section(withNotes, 'plan-reassessment')).toContain('Opname in het ziekenhuis')
		expect(withNotes).toContain(`href="${printPath(placement.id)}"`)
	})

	it('bounds the evidence by the plan’s end and the placement’s end, or takes the re-assessment’s period', async () => {
		const { placement, coach } = await createPlacementWorld()
		// 12 months from 2 March 2026: the last day is 1 March 2027.
		const plan = await createSupportPlan(placement.id, { durationMonths: 12 })
		setClock(new Date('2027-06-01T08:00:00.000Z'))
		coach.cookie = await createSessionCookie(coach.user.id)
		expect((await printData(placement.id, coach.cookie)).history).toMatchObject({
			from: '2026-03-02',
			to: '2027-03-01',
		})

		await prisma.placement.update({
			where: { id: placement.id },
			data: { status: 'ENDED', endedOn: calendarDay('2026-12-18'), endReason: 'CONTRACT_ENDED' },
		})
		expect((await printData(placement.id, coach.cookie)).history.to).toBe('2026-12-18')

		await prisma.supportPlanReview.create({
			data: {
				planId: plan.id,
				kind: 'REASSESSMENT',
				heldOn: calendarDay('2026-11-20'),
				periodFrom: calendarDay('2026-03-02'),
				periodTo: calendarDay('2026-11-20'),
				checkInCount: 0,
				stepBackCount: 0,
				stepBackDays: 0,
				balance: 3,
				decision: 'CONTINUE',
				motivation: 'Blijvende beperking.',
			},
		})
		const html = await printed(placement.id, coach.cookie)
		const evidence = section(html, 'plan-reassessment')
		expect(evidence).toContain('De periode waarop de herbeoordeling van 20 november 2026 steunde')
		expect(evidence).toContain('2 maart 2026 tot en met 20 november 2026')
		expect(evidence).not.toContain('Er is nog geen herbeoordeling vastgelegd.')
	})

	it('prints the same sections in the same order for a municipality and for UWV', async () => {
		const municipality = await createPlacementWorld()
		await createSupportPlan(municipality.placement.id)
		const uwv = await createPlacementWorld()
		const uwvPlan = await createSupportPlan(uwv.placement.id, { intensityMethod: 'PERCENT_OF_CONTRACT' })
		await prisma.supportPlan.update({ where: { id: uwvPlan.id }, data: { funder: 'UWV', funderName: 'UWV Arnhem' } })

		const municipalityHtml = await printed(municipality.placement.id, municipality.coach.cookie)
		const uwvHtml = await printed(uwv.placement.id, uwv.coach.cookie)
		expect(section(municipalityHtml, 'plan-request')).toContain('Gemeente Doetinchem')
		expect(section(uwvHtml, 'plan-request')).toContain('UWV Arnhem')
		expect(sectionOrder(municipalityHtml)).toEqual([...sectionIds])
		expect(sectionOrder(uwvHtml)).toEqual([...sectionIds])
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
