import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as csvRoute from '#app/routes/inzicht.$figure[.]csv.ts'
import * as dashboardRoute from '#app/routes/inzicht._index.tsx'
import { figureKeys, figureSlugs, type FigureKey } from '#app/domain/insight/figure-tables.ts'
import { setClock } from '#app/utils/clock.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import { getEnv } from '#app/utils/env.server.ts'
import { serializeLocaleCookie } from '#app/utils/locale.server.ts'
import { type Role } from '#app/utils/permissions.ts'
import {
	callRoute,
	checkMatrixCase,
	cookiePair,
	createSignedInUser,
	makeRequest,
	roleMatrix,
	testContext,
	type MatrixCase,
	type SignedInUser,
} from '#tests/factories.ts'
import { at, candidateNames, createInsightWorld, renderDashboard, type InsightWorld } from '#tests/insight-fixtures.ts'
import { createEmployer, setRelationship } from '#tests/relationship-factories.ts'

// The clock stands on 15 April 2026, after the first quarter: what happened in April must not count.
const clock = new Date('2026-04-15T10:00:00.000Z')
const firstQuarter = '?periode=quarter&kwartaal=2026-Q1'

let world: InsightWorld

beforeAll(async () => {
	setClock(clock)
	world = await createInsightWorld()
})

afterAll(() => setClock(null))

type DashboardData = Awaited<ReturnType<typeof dashboardRoute.loader>>

async function dashboard(query = firstQuarter, user: SignedInUser = world.carla) {
	const result = await callRoute(dashboardRoute, { request: makeRequest(`/inzicht${query}`, { cookie: user.cookie }) })
	expect(result.status).toBe(200)
	return result.data as DashboardData
}

const stages = (orienting: number, developing: number, jobSeeking: number, working: number, completed: number) => ({
	ORIENTING: orienting,
	DEVELOPING: developing,
	JOB_SEEKING: jobSeeking,
	WORKING: working,
	COMPLETED: completed,
})

describe('the figures of the first quarter of 2026, from the fixed data set', () => {
	it('uses the defaults the arithmetic below assumes', () => {
		expect(getEnv().CANDIDATES_PER_CONTRACT_HOUR).toBe(2)
		expect(getEnv().EMPLOYER_CONTACTS_WEEKLY_TARGET).toBe(3)
		// E1–E4 and the employer account's own organisation.
		expect(world.employerCount).toBe(5)
	})

	it('counts participants, active and inactive, stages at the end, those who left and new intakes', async () => {
		const { insight, invalid, selection } = await dashboard()
		expect(invalid).toBe(false)
		expect(selection).toEqual({ preset: 'quarter', quarter: '2026-Q1' })
		expect(insight.period).toEqual({ from: '2026-01-01', to: '2026-03-31' })
		// Participants: Anna, Cor (in the programme on 1 January: stepped back 1 August, less than 6 months),
		// Eva and Hanna (in the programme then), Bram (intake 20 January), Frits (returned 20 February after
		// a step back of more than 6 months) = 6. Not: Dina (completed in 2025, nothing since), Gijs (intake
		// in April), Otto (the other organisation).
		expect(insight.candidates.participants).toBe(6)
		// On 31 March: Anna job-seeking (working only from 5 April), Bram orienting (stepped back 1 March,
		// still in the programme), Eva completed (15 March), Frits developing; Cor left (6 months after his
		// step back: 1 February) and Hanna was erased (10 March): 4 by stage + 2 left = 6.
		expect(insight.candidates.byStage).toEqual(stages(1, 1, 1, 0, 1))
		expect(insight.candidates.left).toBe(2)
		// Active: Anna, Eva, Frits = 3; inactive: Bram, Cor, Hanna = 6 − 3 = 3.
		expect(insight.candidates.active).toBe(3)
		expect(insight.candidates.inactive).toBe(3)
		// Intakes from 1 January to 31 March: Bram only (Gijs came on 2 April; Otto is elsewhere).
		expect(insight.candidates.newIntakes).toBe(1)
	})

	it('follows the stages week by week through the period', async () => {
		const { insight } = await dashboard()
		// Weekly points (90 days), the last one on the end date. Per point: [date, O, D, J, W, C, active].
		// 7 Jan: Cor O (inactive), Hanna O, Anna D, Eva D → O2 D2, active 3 (not Cor).
		// 21 Jan: Bram's intake (20 Jan) O; Hanna D (15 Jan) → O2 (Cor, Bram) D3 (Anna, Eva, Hanna), active 4.
		// 4 Feb: Cor left (1 Feb) → O1 D3, active 4. 11 Feb: Anna J (10 Feb) → O1 D2 J1.
		// 25 Feb: Frits returned D (20 Feb) → D3, active 5. 4 Mar: Bram stepped back (1 Mar) → active 4.
		// 11 Mar: Hanna erased (10 Mar) → D2, active 3. 18 Mar: Eva completed (15 Mar) → D1 C1.
		expect(
			insight.candidates.trend.map(({ date, byStage, active }) => [date, ...Object.values(byStage), active]),
		).toEqual([
			['2026-01-07', 2, 2, 0, 0, 0, 3],
			['2026-01-14', 2, 2, 0, 0, 0, 3],
			['2026-01-21', 2, 3, 0, 0, 0, 4],
			['2026-01-28', 2, 3, 0, 0, 0, 4],
			['2026-02-04', 1, 3, 0, 0, 0, 4],
			['2026-02-11', 1, 2, 1, 0, 0, 4],
			['2026-02-18', 1, 2, 1, 0, 0, 4],
			['2026-02-25', 1, 3, 1, 0, 0, 5],
			['2026-03-04', 1, 3, 1, 0, 0, 4],
			['2026-03-11', 1, 2, 1, 0, 0, 3],
			['2026-03-18', 1, 1, 1, 0, 1, 3],
			['2026-03-25', 1, 1, 1, 0, 1, 3],
			['2026-03-31', 1, 1, 1, 0, 1, 3],
		])
	})

	it('counts the flows between stages, intakes as from new', async () => {
		const { insight } = await dashboard()
		// Bram's intake; Hanna (15 Jan) and Frits (return in another stage, 20 Feb) orienting → developing;
		// Anna developing → job-seeking (10 Feb); Eva developing → completed (15 Mar). Anna's move to working
		// (5 April) is after the period; step backs and the erasure move no stage.
		expect(insight.candidates.flows).toEqual([
			{ from: null, to: 'ORIENTING', count: 1 },
			{ from: 'ORIENTING', to: 'DEVELOPING', count: 2 },
			{ from: 'DEVELOPING', to: 'JOB_SEEKING', count: 1 },
			{ from: 'DEVELOPING', to: 'COMPLETED', count: 1 },
		])
	})

	it('follows the proposals of the period through the funnel, with the decline reasons', async () => {
		const { insight } = await dashboard()
		// Made in the quarter: P1 (10 Jan), four declined ones (5 Feb, 10 Feb, 1 Mar, 25 Mar) and Eva's (20 Mar)
		// = 6; P6 (October) is not. Introduced by 31 March: P1 only (Eva's intro was planned on 3 April).
		// Placed: P1 (25 Jan). Durable: P1's placement started 1 Feb, durable on 2 May: 0.
		expect(insight.proposals.funnel).toEqual({ proposed: 6, introduced: 1, placed: 1, durable: 0 })
		// Declined by 31 March: two for the hours, one for the location; the fourth was declined on 2 April,
		// and the other organisation's decline (OTHER) is not ours.
		expect(insight.proposals.declineReasons).toEqual([
			{ reason: 'HOURS', count: 2 },
			{ reason: 'LOCATION', count: 1 },
		])
	})

	it('counts placements started and durable, the durability rate and retention at 3, 6 and 12 months', async () => {
		const { insight } = await dashboard()
		// Started in the quarter: Anna's (1 Feb) = 1 (the other organisation's 5 Jan one is not ours).
		expect(insight.placements.started).toBe(1)
		// Durable in the quarter: Frits's (10 Nov + 3 months + 1 day = 11 Feb, + 10 step-back days = 21 Feb) = 1.
		// Cor's is not, whatever its stored date says: 1 Dec + 3 months + 1 day = 2 Mar, and the step back
		// open on 31 March (20 Feb – 31 Mar, 39 days) moves it to 10 April.
		expect(insight.placements.durable).toBe(1)
		// Ended in the quarter before durable work: Eva's (ended 15 Feb, durable only on 21 Mar) = 1.
		// Rate: 1 / (1 + 1) = 0.5.
		expect(insight.placements.durabilityRate).toBe(0.5)
		// 3 months: marks in the quarter for Frits (10 Feb, at work), Eva (20 Mar, ended 15 Feb) and Cor
		// (1 Mar, stepped back but not ended) → 2 of 3. 6 months: Dina's September placement (15 Mar, at
		// work) → 1 of 1. 12 months: Dina's March 2025 placement (5 Mar, ended 1 Mar) → 0 of 1.
		expect(insight.placements.retention).toEqual([
			{ months: 3, eligible: 3, retained: 2, rate: 2 / 3 },
			{ months: 6, eligible: 1, retained: 1, rate: 1 },
			{ months: 12, eligible: 1, retained: 0, rate: 0 },
		])
	})

	it('counts employers by relationship stage, employers contacted, events held, attendance and sessions', async () => {
		const { insight } = await dashboard()
		const { network } = insight
		// Five employers: E1 engaged, E2 partner, E3 contacted; E4 (a partner of the other organisation
		// only) and the employer account's organisation have no relationship with us: prospects.
		expect(network.employersByStage).toEqual({ PROSPECT: 2, CONTACTED: 1, ENGAGED: 1, PARTNER: 1, DORMANT: 0 })
		// Calls, visits, meetings and the email reached E1, E2 and E3; E4 only got a note in the period
		// (and calls just before and just after it, in Amsterdam time) = 3.
		expect(network.employersContacted).toBe(3)
		// Held: the employer meeting (12 Feb) and the sounding-board session (5 Mar); not the cancelled
		// meeting, the April workshop, the December walk-in or the other organisation's meeting.
		expect(network.eventsHeld).toEqual({ EMPLOYER_MEETING: 1, SOUNDING_BOARD: 1, WALK_IN: 0, WORKSHOP: 0 })
		expect(network.soundingBoardSessions).toBe(1)
		// Meeting: 5 invited, 3 present (two of E1, the stakeholder) from 2 organisations. Session: 3
		// invited, 2 present (the stakeholder, E2) from 2 organisations. Together 8, 5, and {E1, stakeholder, E2} = 3.
		expect(network.attendanceByKind).toEqual({
			EMPLOYER_MEETING: { invited: 5, present: 3, organizations: 2 },
			SOUNDING_BOARD: { invited: 3, present: 2, organizations: 2 },
			WALK_IN: { invited: 0, present: 0, organizations: 0 },
			WORKSHOP: { invited: 0, present: 0, organizations: 0 },
		})
		expect(network.attendance).toEqual({ invited: 8, present: 5, organizations: 3 })
		// Employers with someone present: E1 (meeting) and E2 (session) = 2.
		expect(network.employersAttending).toBe(2)
	})

	it('counts each person’s calls, visits and meetings per Amsterdam week against their target', async () => {
		const { insight } = await dashboard()
		// The weeks the quarter touches: Monday 29 Dec 2025 (1 Jan is a Thursday) up to Monday 30 Mar = 14.
		const mondays = insight.network.contactsPerPerson[0]!.weeks.map((week) => week.week)
		expect(mondays).toHaveLength(14)
		expect(mondays[0]).toBe('2025-12-29')
		expect(mondays.at(-1)).toBe('2026-03-30')
		const perPerson = insight.network.contactsPerPerson.map((person) => ({
			name: person.name,
			target: person.target,
			counts: Object.fromEntries(person.weeks.filter((week) => week.count).map((week) => [week.week, week.count])),
			average: person.average,
		}))
		expect(perPerson).toEqual([
			// Call, visit and meeting in the week of 5 Jan (the email and the note do not count; the call on
			// 31 Dec 23:30 is before the period), and the call on 31 Mar 23:30: 4 in 14 weeks.
			{ name: 'Anouk Jobcoach', target: 3, counts: { '2026-01-05': 3, '2026-03-30': 1 }, average: 4 / 14 },
			// No contacts; the default target.
			{ name: 'Bas Jobcoach', target: 3, counts: {}, average: 0 },
			// Monday 00:15 and Sunday 23:45 are in the same Amsterdam week: 4; the call of 1 April 00:30 is not.
			{ name: 'Carla Coördinator', target: 2, counts: { '2026-02-02': 4 }, average: 4 / 14 },
		])
	})

	it('weighs each jobcoach’s active candidates against their contracted hours', async () => {
		const { insight } = await dashboard()
		// Completed candidates have left the caseload, even while still marked active. Anouk: Anna = 1 (Eva
		// completed on 15 March, Bram stepped back, Hanna erased, Gijs not yet taken in on 31 March); 0 hours
		// × 2 = capacity 0: over capacity by 1. Bas: Frits = 1 (Dina completed in 2025, Cor stepped back); no
		// contracted hours known, so no capacity. The coordinator has no caseload.
		expect(insight.caseload.map(({ userId: _userId, ...coach }) => coach)).toEqual([
			{ name: 'Anouk Jobcoach', activeCandidates: 1, contractHours: 0, capacity: 0, overCapacity: true },
			{ name: 'Bas Jobcoach', activeCandidates: 1, contractHours: null, capacity: null, overCapacity: false },
		])
	})

	it('shows a jobcoach the same figures as the coordinator', async () => {
		const asCoordinator = await dashboard()
		const asJobcoach = await dashboard(firstQuarter, world.anouk)
		expect(asJobcoach.insight).toEqual(asCoordinator.insight)
	})

	it('shows the other organisation only its own figures', async () => {
		const { insight } = await dashboard(firstQuarter, world.other)
		// Otto: intake 1 Feb, developing from 1 Mar.
		expect(insight.candidates).toMatchObject({ participants: 1, active: 1, newIntakes: 1, left: 0 })
		expect(insight.candidates.byStage).toEqual(stages(0, 1, 0, 0, 0))
		expect(insight.proposals.funnel).toEqual({ proposed: 1, introduced: 0, placed: 0, durable: 0 })
		expect(insight.proposals.declineReasons).toEqual([{ reason: 'OTHER', count: 1 }])
		expect(insight.placements.started).toBe(1)
		expect(insight.network.employersContacted).toBe(1)
		expect(insight.network.eventsHeld.EMPLOYER_MEETING).toBe(1)
		expect(insight.network.employersByStage.PARTNER).toBe(1)
		// One hour a week carries 2; Otto is the only active candidate.
		expect(insight.caseload).toEqual([
			expect.objectContaining({ name: 'Ander Bureau', activeCandidates: 1, capacity: 2, overCapacity: false }),
		])
	})
})

describe('the period', () => {
	it('is the last 12 months up to today by default', async () => {
		const data = await dashboard('')
		expect(data.invalid).toBe(false)
		expect(data.selection).toEqual({ preset: 'last-12-months' })
		expect(data.insight.period).toEqual({ from: '2025-04-16', to: '2026-04-15' })
		expect(data.quarters[0]).toBe('2026-Q2')
	})

	it('takes a custom period, and cuts one that runs into the future off at today', async () => {
		const custom = await dashboard('?periode=custom&van=2026-02-01&tot=2026-12-31')
		expect(custom.invalid).toBe(false)
		expect(custom.insight.period).toEqual({ from: '2026-02-01', to: '2026-04-15' })
		const lastYear = await dashboard('?periode=last-year')
		expect(lastYear.insight.period).toEqual({ from: '2025-01-01', to: '2025-12-31' })
	})

	it.each([
		['an unknown preset', '?periode=forever'],
		['a reversed period', '?periode=custom&van=2026-03-31&tot=2026-01-01'],
		['a period starting in the future', '?van=2026-05-01&tot=2026-06-01'],
		['a date that does not exist', '?periode=custom&van=2026-02-30&tot=2026-03-31'],
		['a quarter without a value', '?periode=quarter&kwartaal=2026-Q7'],
		['a custom period without an end', '?periode=custom&van=2026-01-01'],
	])('falls back to the default with a notice for %s', async (_name, query) => {
		const data = await dashboard(query)
		expect(data.invalid).toBe(true)
		expect(data.selection).toEqual({ preset: 'last-12-months' })
		expect(data.insight.period).toEqual({ from: '2025-04-16', to: '2026-04-15' })
		const html = await renderDashboard(data, `/inzicht${query}`)
		expect(html).toContain('Die periode kunnen we niet tonen')
	})
})

describe('who may see the figures', () => {
	type Signed = SignedInUser
	const expected: Record<Role, number> = { COORDINATOR: 200, JOBCOACH: 200, EMPLOYER: 403, ADMIN: 403 }
	const cases: Array<MatrixCase<Signed>> = [
		{ route: 'dashboard', module: dashboardRoute, target: () => ({ path: '/inzicht' }), expected },
		{
			route: 'a CSV file',
			module: csvRoute,
			target: () => ({ path: '/inzicht/fasen.csv', params: { figure: 'fasen' } }),
			expected,
		},
	]
	it.each(roleMatrix(cases))('$route as $actor: $outcome', async (testCase) => {
		const signedIn: Record<Role, Signed> = {
			ADMIN: world.admin,
			COORDINATOR: world.carla,
			JOBCOACH: world.anouk,
			EMPLOYER: world.employerUser,
		}
		await checkMatrixCase(testCase, signedIn)
	})
})

async function csv(figure: FigureKey, query = firstQuarter, user: SignedInUser = world.carla) {
	const slug = figureSlugs[figure]
	const response = (await csvRoute.loader({
		request: makeRequest(`/inzicht/${slug}.csv${query}`, { cookie: user.cookie }),
		params: { figure: slug },
		context: testContext,
	})) as Response
	const bytes = new Uint8Array(await response.arrayBuffer())
	return {
		response,
		bytes,
		/** The records after the byte order mark, split on CRLF and semicolons. */
		records: new TextDecoder('utf-8', { ignoreBOM: false })
			.decode(bytes)
			.split('\r\n')
			.filter(Boolean)
			.map((line) => line.split(';')),
	}
}

describe('the CSV files', () => {
	it.each(figureKeys)('%s: a Dutch Excel file with a header row and the table’s numbers', async (figure) => {
		const { response, bytes, records } = await csv(figure)
		expect(response.status).toBe(200)
		expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
		expect(response.headers.get('content-disposition')).toContain(
			`inzicht-${figureSlugs[figure]}-2026-01-01-2026-03-31.csv`,
		)
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
		expect(records.length).toBeGreaterThanOrEqual(2)
		expect(records[0]!.length).toBeGreaterThanOrEqual(2)
	})

	it('holds exactly the figures of the page', async () => {
		expect((await csv('stages')).records).toEqual([
			['Fase', 'Kandidaten'],
			['Oriënterend', '1'],
			['Ontwikkelend', '1'],
			['Werkzoekend', '1'],
			['Werkend', '0'],
			['Afgerond', '1'],
			['Uitgestroomd', '2'],
		])
		expect((await csv('funnel')).records).toEqual([
			['Stap', 'Voorstellen', 'Van de voorstellen (%)'],
			['Voorgesteld', '6', '100'],
			// 1 of 6 = 16.7% → 17.
			['Kennismaking', '1', '17'],
			['Geplaatst', '1', '17'],
			['Duurzaam aan het werk', '0', '0'],
		])
		expect((await csv('retention')).records).toEqual([
			['Mijlpaal', 'Plaatsingen met de mijlpaal in de periode', 'Nog aan het werk', 'Behouden (%)'],
			['Na 3 maanden', '3', '2', '67'],
			['Na 6 maanden', '1', '1', '100'],
			['Na 12 maanden', '1', '0', '0'],
		])
		expect((await csv('caseload')).records).toEqual([
			['Jobcoach', 'Actieve kandidaten', 'Contracturen per week', 'Capaciteit', 'Status'],
			['Anouk Jobcoach', '1', '0', '0', 'Boven capaciteit: 1 kandidaat te veel'],
			['Bas Jobcoach', '1', '', '', 'Geen contracturen bekend'],
		])
		expect((await csv('contacts')).records).toEqual([
			['Medewerker', 'Doel per week', 'Gemiddeld per week', 'Weken doel gehaald', 'Weken', 'Totaal'],
			// 4 / 14 = 0.29 → 0,3.
			['Anouk Jobcoach', '3', '0,3', '1', '14', '4'],
			['Bas Jobcoach', '3', '0', '0', '14', '0'],
			['Carla Coördinator', '2', '0,3', '1', '14', '4'],
		])
		const weeks = (await csv('contactWeeks')).records
		expect(weeks[0]).toEqual(['Week', 'Anouk Jobcoach', 'Bas Jobcoach', 'Carla Coördinator'])
		expect(weeks).toHaveLength(15)
		expect(weeks[2]).toEqual(['week 2 (5 januari 2026)', '3', '0', '0'])
		expect((await csv('events')).records.at(-1)).toEqual(['Totaal', '2', '8', '5', '3'])
	})

	it('keeps the period of the link, in English for an English reader', async () => {
		const { records } = await csv('headline', '?periode=custom&van=2026-02-01&tot=2026-03-31')
		// From 1 Feb: Bram's intake (20 Jan) is before the period, so no new intakes.
		expect(records).toContainEqual(['Nieuwe intakes', '0'])
		const english = await csvRoute.loader({
			request: makeRequest(`/inzicht/fasen.csv${firstQuarter}`, {
				cookie: `${world.carla.cookie}; ${cookiePair(await serializeLocaleCookie('en'))}`,
			}),
			params: { figure: 'fasen' },
			context: testContext,
		})
		expect(await (english as Response).text()).toContain('Stage;Candidates')
	})

	it('answers an unknown figure with 404', async () => {
		const result = await callRoute(csvRoute, {
			request: makeRequest('/inzicht/namen.csv', { cookie: world.carla.cookie }),
			params: { figure: 'namen' },
		})
		expect(result.status).toBe(404)
	})
})

describe('aggregate only', () => {
	const identities = () => [...Object.values(candidateNames).flat(), ...world.codes]

	it('never puts a candidate’s name or code on the page, in its data or in a CSV file', async () => {
		const data = await dashboard()
		const html = await renderDashboard(data, `/inzicht${firstQuarter}`)
		const files = await Promise.all(figureKeys.map(async (figure) => (await csv(figure)).records.flat().join(';')))
		for (const output of [JSON.stringify(data), html, ...files]) {
			for (const identity of identities()) expect(output).not.toContain(identity)
		}
	})

	it('renders every figure as a table on the server, with no chart until the browser draws one', async () => {
		const data = await dashboard()
		const html = await renderDashboard(data, `/inzicht${firstQuarter}`)
		expect(html).not.toMatch(/recharts|<svg[^>]*class="recharts/)
		expect(html).not.toContain('data-testid="chart-')
		for (const figure of figureKeys) {
			expect(html).toContain(`/inzicht/${figureSlugs[figure]}.csv?periode=quarter&amp;kwartaal=2026-Q1`)
		}
		expect((html.match(/<caption/g) ?? []).length).toBe(figureKeys.length)
		expect(html).toContain('scope="row"')
		expect(html).toContain('scope="col"')
		// The over-capacity warning in words, not only colour.
		expect(html).toContain('Let op: 1 jobcoach heeft meer actieve kandidaten dan de contracturen dragen.')
	})
})

describe('employers by relationship stage at the end of a past period', () => {
	it('leaves out employers and relationships that came after the period, keeping today’s stage', async () => {
		// E5 came on 10 April with a partnership; E6 was there before, but its relationship began on 10 April.
		const late = await createEmployer('Later Bedrijf')
		const older = await createEmployer('Ouder Bedrijf')
		await prisma.organization.update({ where: { id: late.id }, data: { createdAt: at('2026-04-10T09:00') } })
		await prisma.organization.update({ where: { id: older.id }, data: { createdAt: at('2025-06-01T09:00') } })
		await setRelationship({ networkId: world.organizationId, employerId: late.id, stage: 'PARTNER' })
		await setRelationship({ networkId: world.organizationId, employerId: older.id, stage: 'ENGAGED' })
		await prisma.employerRelationship.updateMany({
			where: { employerId: { in: [late.id, older.id] } },
			data: { createdAt: at('2026-04-10T09:00') },
		})
		try {
			// The first quarter: E5 is not counted at all, E6 still a prospect (2 + 1).
			expect((await dashboard()).insight.network.employersByStage).toEqual({
				PROSPECT: 3,
				CONTACTED: 1,
				ENGAGED: 1,
				PARTNER: 1,
				DORMANT: 0,
			})
			// Up to 15 April both count, in today's stage.
			expect(
				(await dashboard('?periode=custom&van=2026-04-01&tot=2026-04-15')).insight.network.employersByStage,
			).toEqual({
				PROSPECT: 2,
				CONTACTED: 1,
				ENGAGED: 2,
				PARTNER: 2,
				DORMANT: 0,
			})
		} finally {
			await prisma.organization.deleteMany({ where: { id: { in: [late.id, older.id] } } })
		}
	})
})

describe('contracted hours', () => {
	async function team() {
		const coordinator = await createSignedInUser({ role: 'COORDINATOR', name: 'Cato Coördinator' })
		const organizationId = coordinator.organization.id
		const first = await createSignedInUser({ role: 'JOBCOACH', organizationId, name: 'Fien Jobcoach' })
		const second = await createSignedInUser({ role: 'JOBCOACH', organizationId, name: 'Gert Jobcoach' })
		return { coordinator, first, second }
	}
	const hoursOf = async (membershipId: string) =>
		(await prisma.membership.findUniqueOrThrow({ where: { id: membershipId } })).contractHours
	const save = (user: SignedInUser, form: Record<string, string>) =>
		callRoute(dashboardRoute, { request: makeRequest(`/inzicht${firstQuarter}`, { cookie: user.cookie, form }) })

	it('lets a coordinator set every jobcoach’s hours in one form, empty for unknown', async () => {
		const { coordinator, first, second } = await team()
		const before = await dashboard(firstQuarter, coordinator)
		expect(before.contractHours).toEqual([
			{ membershipId: first.membership.id, name: 'Fien Jobcoach', contractHours: null },
			{ membershipId: second.membership.id, name: 'Gert Jobcoach', contractHours: null },
		])
		const result = await save(coordinator, {
			'coaches[0].membershipId': first.membership.id,
			'coaches[0].hours': '24,5',
			'coaches[1].membershipId': second.membership.id,
			'coaches[1].hours': '',
		})
		expect(result.status).toBe(302)
		expect(result.location).toBe(`/inzicht${firstQuarter}#figure-caseload`)
		expect(result.headers.get('set-cookie')).toBeTruthy()
		expect(await hoursOf(first.membership.id)).toBe(24.5)
		expect(await hoursOf(second.membership.id)).toBeNull()
		// 24.5 hours × 2 candidates an hour.
		const after = await dashboard(firstQuarter, coordinator)
		expect(after.insight.caseload.find((coach) => coach.name === 'Fien Jobcoach')?.capacity).toBe(49)
		const html = await renderDashboard(after, `/inzicht${firstQuarter}`)
		expect(html).toContain('Contracturen per week van Fien Jobcoach')
	})

	it.each([['61'], ['-1'], ['7,3'], ['veel']])(
		'keeps an invalid value (%s) with a message and saves nothing',
		async (value) => {
			const { coordinator, first, second } = await team()
			const result = await save(coordinator, {
				'coaches[0].membershipId': first.membership.id,
				'coaches[0].hours': '8',
				'coaches[1].membershipId': second.membership.id,
				'coaches[1].hours': value,
			})
			expect(result.status).toBe(400)
			const reply = (result.data as { result: { initialValue: unknown; error: Record<string, string[]> } }).result
			expect(reply.error['coaches[1].hours']?.[0]).toMatch(/^insight:contractHours\.invalid/)
			expect(reply.initialValue).toMatchObject({ coaches: [{ hours: '8' }, { hours: value }] })
			expect(await hoursOf(first.membership.id)).toBeNull()
		},
	)

	it('refuses a jobcoach (403) and shows them the figures without the form', async () => {
		const { first, second } = await team()
		const result = await save(first, {
			'coaches[0].membershipId': second.membership.id,
			'coaches[0].hours': '10',
		})
		expect(result.status).toBe(403)
		expect(await hoursOf(second.membership.id)).toBeNull()
		const data = await dashboard(firstQuarter, first)
		expect(data.contractHours).toBeNull()
		expect(await renderDashboard(data, `/inzicht${firstQuarter}`)).not.toContain('Contracturen opslaan')
	})

	it('refuses another organisation’s membership (and a coordinator’s) and saves nothing', async () => {
		const { coordinator, first } = await team()
		const elsewhere = await team()
		for (const membershipId of [elsewhere.first.membership.id, coordinator.membership.id]) {
			const result = await save(coordinator, {
				'coaches[0].membershipId': first.membership.id,
				'coaches[0].hours': '8',
				'coaches[1].membershipId': membershipId,
				'coaches[1].hours': '12',
			})
			expect(result.status).toBe(400)
			expect((result.data as { result: { error: Record<string, string[]> } }).result.error['']).toEqual([
				'insight:contractHours.unknownCoach',
			])
		}
		expect(await hoursOf(first.membership.id)).toBeNull()
		expect(await hoursOf(elsewhere.first.membership.id)).toBeNull()
		expect(await hoursOf(coordinator.membership.id)).toBeNull()
	})
})
