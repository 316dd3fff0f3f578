import { describe, expect, it } from 'vitest'
import { getFixedT } from '#app/utils/i18n.ts'
import { type Insight } from './insight.ts'
import {
	flowSentences,
	formatPercent,
	narrativeParagraphs,
	networkView,
	parseReportYear,
	percentOf,
	placementsView,
	proposalsView,
	ratePercent,
	reachView,
	roundedShares,
	stagesView,
	type ReportContext,
	yearlyReportPath,
} from './yearly-report.ts'

const nl: ReportContext = { t: getFixedT('nl', 'yearlyReport'), locale: 'nl' }
const en: ReportContext = { t: getFixedT('en', 'yearlyReport'), locale: 'en' }

/** An organisation with nothing at all in the period. */
function emptyInsight(): Insight {
	const stages = { ORIENTING: 0, DEVELOPING: 0, JOB_SEEKING: 0, WORKING: 0, COMPLETED: 0 }
	return {
		period: { from: '2026-01-01', to: '2026-12-31' },
		candidates: {
			participants: 0,
			active: 0,
			inactive: 0,
			byStage: stages,
			left: 0,
			newIntakes: 0,
			trend: [],
			flows: [],
		},
		proposals: { funnel: { proposed: 0, introduced: 0, placed: 0, durable: 0 }, declineReasons: [] },
		placements: {
			started: 0,
			durable: 0,
			durabilityRate: null,
			retention: [
				{ months: 3, eligible: 0, retained: 0, rate: null },
				{ months: 6, eligible: 0, retained: 0, rate: null },
				{ months: 12, eligible: 0, retained: 0, rate: null },
			],
		},
		network: {
			employersByStage: { PROSPECT: 0, CONTACTED: 0, ENGAGED: 0, PARTNER: 0, DORMANT: 0 },
			employersContacted: 0,
			eventsHeld: { EMPLOYER_MEETING: 0, SOUNDING_BOARD: 0, WALK_IN: 0, WORKSHOP: 0 },
			attendance: { invited: 0, present: 0, organizations: 0 },
			attendanceByKind: {
				EMPLOYER_MEETING: { invited: 0, present: 0, organizations: 0 },
				SOUNDING_BOARD: { invited: 0, present: 0, organizations: 0 },
				WALK_IN: { invited: 0, present: 0, organizations: 0 },
				WORKSHOP: { invited: 0, present: 0, organizations: 0 },
			},
			employersAttending: 0,
			soundingBoardSessions: 0,
			contactsPerPerson: [],
		},
		caseload: [],
	}
}

/** The figures the research reports for the Stadskamer's year. */
function researchInsight(): Insight {
	const insight = emptyInsight()
	insight.candidates = {
		...insight.candidates,
		participants: 38,
		active: 19,
		inactive: 19,
		newIntakes: 7,
		byStage: { ORIENTING: 13, DEVELOPING: 9, JOB_SEEKING: 5, WORKING: 1, COMPLETED: 5 },
		left: 5,
		flows: [
			{ from: 'JOB_SEEKING', to: 'WORKING', count: 1 },
			{ from: 'ORIENTING', to: 'DEVELOPING', count: 4 },
			{ from: null, to: 'ORIENTING', count: 7 },
			{ from: 'DEVELOPING', to: 'ORIENTING', count: 0 },
		],
	}
	insight.proposals = {
		funnel: { proposed: 8, introduced: 5, placed: 3, durable: 1 },
		declineReasons: [
			{ reason: 'HOURS', count: 2 },
			{ reason: 'LOCATION', count: 0 },
			{ reason: 'SOMETHING_NEW', count: 1 },
		],
	}
	insight.placements = {
		started: 3,
		durable: 1,
		durabilityRate: 1 / 3,
		retention: [
			{ months: 3, eligible: 2, retained: 1, rate: 0.5 },
			{ months: 6, eligible: 1, retained: 1, rate: 1 },
			{ months: 12, eligible: 0, retained: 0, rate: null },
		],
	}
	insight.network = {
		...insight.network,
		employersByStage: { PROSPECT: 10, CONTACTED: 8, ENGAGED: 3, PARTNER: 1, DORMANT: 1 },
		employersContacted: 23,
		eventsHeld: { EMPLOYER_MEETING: 1, SOUNDING_BOARD: 1, WALK_IN: 0, WORKSHOP: 0 },
		attendance: { invited: 20, present: 12, organizations: 7 },
		attendanceByKind: {
			EMPLOYER_MEETING: { invited: 15, present: 8, organizations: 7 },
			SOUNDING_BOARD: { invited: 5, present: 4, organizations: 4 },
			WALK_IN: { invited: 0, present: 0, organizations: 0 },
			WORKSHOP: { invited: 0, present: 0, organizations: 0 },
		},
		soundingBoardSessions: 1,
	}
	return insight
}

describe('percentages', () => {
	it('rounds half up to whole percentages and has none of nothing', () => {
		expect(percentOf(19, 38)).toBe(50)
		expect(percentOf(1, 8)).toBe(13) // 12.5
		expect(percentOf(29, 200)).toBe(15) // 14.5, exactly
		expect(percentOf(1, 3)).toBe(33)
		expect(percentOf(2, 3)).toBe(67)
		expect(percentOf(0, 5)).toBe(0)
		expect(percentOf(0, 0)).toBeNull()
	})

	it('turns rates into whole percentages without floating-point surprises', () => {
		expect(ratePercent(0.145)).toBe(15)
		expect(ratePercent(0.125)).toBe(13)
		expect(ratePercent(1 / 3)).toBe(33)
		expect(ratePercent(1)).toBe(100)
		expect(ratePercent(0)).toBe(0)
		expect(ratePercent(null)).toBeNull()
	})

	it('rounds the shares of a table so they add up to exactly 100', () => {
		// 13, 9, 5, 1, 5 of 33: plain rounding gives 39 + 27 + 15 + 3 + 15 = 99.
		const shares = roundedShares([13, 9, 5, 1, 5])
		expect(shares).toEqual([40, 27, 15, 3, 15])
		expect(shares.reduce((sum, share) => sum! + share!, 0)).toBe(100)
		// Three equal thirds: the point left goes to the first.
		expect(roundedShares([1, 1, 1])).toEqual([34, 33, 33])
		expect(roundedShares([0, 4, 0])).toEqual([0, 100, 0])
		expect(roundedShares([0, 0])).toEqual([null, null])
	})

	it('prints percentages in the reader’s language and n/a for none', () => {
		expect(formatPercent(50, nl)).toBe('50%')
		expect(formatPercent(50, en)).toBe('50%')
		expect(formatPercent(null, nl)).toBe('n.v.t.')
		expect(formatPercent(null, en)).toBe('n/a')
	})
})

describe('the sections with figures', () => {
	it('reach: participants, new intakes, active and inactive with their shares', () => {
		const reach = reachView(researchInsight(), nl)
		expect(reach.sentences).toEqual([
			'In deze periode begeleidden we 38 deelnemers.',
			'7 deelnemers kwamen er nieuw bij.',
			expect.stringContaining('Aan het eind van de periode: 19 actief, 19 niet actief.'),
		])
		expect(reach.rows.map(({ key, count, share }) => [key, count, share])).toEqual([
			['participants', '38', null],
			['newIntakes', '7', '18%'],
			['active', '19', '50%'],
			['inactive', '19', '50%'],
		])
	})

	it('stages: a row per stage in route order and one for those who left, shares adding up to 100', () => {
		const { table } = stagesView(researchInsight(), nl)
		// Of 38: 34.2, 23.7, 13.2, 2.6, 13.2 and 13.2; rounded down that is 98, and the two points left
		// go to the largest fractions (23.7 and 2.6).
		expect(table.rows.map(({ label, count, share }) => [label, count, share])).toEqual([
			['Oriënterend', '13', '34%'],
			['Ontwikkelend', '9', '24%'],
			['Werkzoekend', '5', '13%'],
			['Werkend', '1', '3%'],
			['Afgerond', '5', '13%'],
			['Uit het traject', '5', '13%'],
		])
		expect(table.total).toEqual({ count: '38', share: '100%' })
	})

	it('flows: intakes first, then in route order, in short sentences; empty moves left out', () => {
		expect(flowSentences(researchInsight().candidates.flows, nl)).toEqual([
			'7 nieuwe deelnemers begonnen in de fase oriënterend.',
			'4 deelnemers gingen van oriënterend naar ontwikkelend.',
			'1 deelnemer ging van werkzoekend naar werkend.',
		])
		expect(flowSentences([{ from: 'WORKING', to: 'JOB_SEEKING', count: 1 }], en)).toEqual([
			'1 participant moved from working to job-seeking.',
		])
	})

	it('placements: started, durable, the durability rate and retention', () => {
		const placements = placementsView(researchInsight(), nl)
		expect(placements.sentences).toEqual([
			'3 plaatsingen zijn in deze periode gestart.',
			'1 plaatsing werd in deze periode duurzaam.',
			'Van de plaatsingen die in deze periode duurzaam hadden kunnen worden, werd 33% het ook.',
		])
		expect(placements.rows.map(({ count }) => count)).toEqual(['3', '1', '33%'])
		expect(placements.retention).toEqual([
			{ key: '3', label: '3 maanden', eligible: '2', retained: '1', rate: '50%' },
			{ key: '6', label: '6 maanden', eligible: '1', retained: '1', rate: '100%' },
			{ key: '12', label: '12 maanden', eligible: '0', retained: '0', rate: 'n.v.t.' },
		])
	})

	it('proposals: the funnel as shares of the proposals, and the decline reasons that occurred', () => {
		const proposals = proposalsView(researchInsight(), nl)
		expect(proposals.sentence).toBe('Voorstellen in deze periode: 8. Daarvan geplaatst: 3. Duurzaam aan het werk: 1.')
		expect(proposals.funnel.map(({ label, count, share }) => [label, count, share])).toEqual([
			['Voorgesteld', '8', '100%'],
			['Kennismaking', '5', '63%'],
			['Geplaatst', '3', '38%'],
			['Duurzaam aan het werk', '1', '13%'],
		])
		// A reason without a label is shown as it is rather than as a translation key.
		expect(proposals.declineReasons.map(({ label, count }) => [label, count])).toEqual([
			['De uren of dagen passen niet', '2'],
			['SOMETHING_NEW', '1'],
		])
	})

	it('network: the research’s figures read straight off the sentences and tables', () => {
		const network = networkView(researchInsight(), nl)
		expect(network.sentences).toEqual([
			'We hadden contact met 23 werkgevers.',
			'We hielden 2 bijeenkomsten, met 12 aanwezigen van 7 organisaties.',
			'Er was 1 klankbordsessie.',
		])
		expect(network.rows.map(({ key, count, share }) => [key, count, share])).toEqual([
			['employersContacted', '23', null],
			['eventsHeld', '2', null],
			['invited', '20', null],
			['present', '12', '60%'],
			['organizationsReached', '7', null],
			['soundingBoardSessions', '1', null],
		])
		expect(network.employersByStage.rows.map(({ count, share }) => [count, share])).toEqual([
			['10', '44%'], // 43.5: the largest remainders (34.8, 43.5) get the two points left
			['8', '35%'],
			['3', '13%'],
			['1', '4%'],
			['1', '4%'],
		])
		expect(network.employersByStage.total).toEqual({ count: '23', share: '100%' })
		expect(
			network.eventsByKind.map(({ label, held, present, organizations }) => [label, held, present, organizations]),
		).toEqual([
			['Werkgeversbijeenkomst', '1', '8', '7'],
			['Klankbordsessie', '1', '4', '4'],
			['Inloopmoment', '0', '0', '0'],
			['Workshop', '0', '0', '0'],
		])
	})

	it('says plainly when a figure is zero, and shows no share of nothing', () => {
		const insight = emptyInsight()
		expect(reachView(insight, nl).sentences).toEqual(['In deze periode begeleidden we geen deelnemers.'])
		expect(reachView(insight, nl).rows.map(({ share }) => share)).toEqual([null, 'n.v.t.', 'n.v.t.', 'n.v.t.'])
		expect(stagesView(insight, nl).flows).toEqual(['Er waren in deze periode geen overgangen tussen fasen.'])
		expect(stagesView(insight, nl).table.rows.every(({ count, share }) => count === '0' && share === 'n.v.t.')).toBe(
			true,
		)
		expect(stagesView(insight, nl).table.total).toEqual({ count: '0', share: 'n.v.t.' })
		expect(placementsView(insight, nl).sentences).toEqual([
			'Er zijn in deze periode geen plaatsingen gestart.',
			'Geen plaatsing werd in deze periode duurzaam.',
			'De duurzaamheid is nog niet te bepalen: geen plaatsing kwam in deze periode zo ver.',
		])
		expect(proposalsView(insight, nl).sentence).toBe(
			'Er zijn in deze periode geen deelnemers aan werkgevers voorgesteld.',
		)
		expect(proposalsView(insight, nl).funnel.map(({ share }) => share)).toEqual(Array(4).fill('n.v.t.'))
		expect(networkView(insight, en).sentences).toEqual([
			'In this period we were in contact with no employer.',
			'No events were held in this period.',
			'There was no sounding-board session.',
		])
	})

	it('writes large numbers the Dutch or the English way', () => {
		const insight = emptyInsight()
		insight.candidates.participants = 1250
		insight.candidates.active = 1000
		expect(reachView(insight, nl).sentences[0]).toBe('In deze periode begeleidden we 1.250 deelnemers.')
		expect(reachView(insight, en).sentences[0]).toBe('In this period we guided 1,250 participants.')
		expect(reachView(insight, nl).rows[0]?.count).toBe('1.250')
	})
})

describe('the social return overview as printed', () => {
	it('keeps paragraphs and line breaks, whatever the line endings', () => {
		expect(narrativeParagraphs('Eerste alinea.\r\nTweede regel.\r\n\r\n\r\nTweede alinea.  \n')).toEqual([
			['Eerste alinea.', 'Tweede regel.'],
			['Tweede alinea.'],
		])
	})

	it('has no paragraphs for empty or blank text', () => {
		expect(narrativeParagraphs('')).toEqual([])
		expect(narrativeParagraphs(' \n \n\t')).toEqual([])
	})

	it('leaves markup as plain text', () => {
		expect(narrativeParagraphs('<b>vet</b>')).toEqual([['<b>vet</b>']])
	})
})

describe('the year of the report', () => {
	const today = '2026-11-23'
	const parse = (search: string) => parseReportYear(new URLSearchParams(search), today)

	it('is this year by default, its figures up to today and its overview kept under the whole year', () => {
		expect(parse('')).toMatchObject({
			year: 2026,
			period: { from: '2026-01-01', to: '2026-11-23' },
			narrativePeriod: { from: '2026-01-01', to: '2026-12-31' },
			invalid: false,
		})
	})

	it('takes an earlier year whole', () => {
		expect(parse('jaar=2024')).toMatchObject({
			year: 2024,
			period: { from: '2024-01-01', to: '2024-12-31' },
			narrativePeriod: { from: '2024-01-01', to: '2024-12-31' },
			invalid: false,
		})
	})

	it('falls back to this year, saying so, for a year that cannot be shown', () => {
		for (const search of ['jaar=abc', 'jaar=2027', 'jaar=1999', 'jaar=2025.5', 'jaar=20260', 'jaar=-2025']) {
			expect(parse(search), search).toMatchObject({ year: 2026, invalid: true })
		}
		expect(parse('jaar=')).toMatchObject({ year: 2026, invalid: false })
	})

	it('offers the last ten years, and an older chosen one as well', () => {
		expect(parse('').years).toEqual([2026, 2025, 2024, 2023, 2022, 2021, 2020, 2019, 2018, 2017])
		expect(parse('jaar=2003').years.at(-1)).toBe(2003)
		expect(parseReportYear(new URLSearchParams(), '2001-03-01').years).toEqual([2001, 2000])
	})

	it('links to a year', () => {
		expect(yearlyReportPath()).toBe('/inzicht/jaarverslag')
		expect(yearlyReportPath(2025)).toBe('/inzicht/jaarverslag?jaar=2025')
	})
})
