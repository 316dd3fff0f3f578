import { describe, expect, it } from 'vitest'
import {
	computePlacementFigures,
	computeProposalFigures,
	durableDayAsOf,
	isDurableBy,
} from './placement-figures.server.ts'

describe('durable work as known on a day', () => {
	it('is 3 months and 1 day after the start, moved on by the step-back days known then', () => {
		const placement = {
			startDate: '2026-01-10',
			endedOn: null,
			stepBacks: [{ startedOn: '2026-02-01', endedOn: '2026-02-11' }],
		}
		// 10 Jan + 3 months + 1 day = 11 Apr, + 10 days = 21 Apr.
		expect(durableDayAsOf(placement, '2026-06-01')).toBe('2026-04-21')
		// On 5 February the step back was still open (4 days so far): 15 April.
		expect(durableDayAsOf(placement, '2026-02-05')).toBe('2026-04-15')
		// Before the step back began, it was not known.
		expect(durableDayAsOf(placement, '2026-01-31')).toBe('2026-04-11')
		expect(isDurableBy(placement, '2026-04-20')).toBe(false)
		expect(isDurableBy(placement, '2026-04-21')).toBe(true)
	})

	it('is never reached by a placement that ended first', () => {
		const ended = { startDate: '2026-01-10', endedOn: '2026-04-10', stepBacks: [] }
		expect(isDurableBy(ended, '2026-12-31')).toBe(false)
		expect(isDurableBy({ ...ended, endedOn: '2026-04-11' }, '2026-12-31')).toBe(true)
	})
})

describe('computeProposalFigures', () => {
	it('counts each proposal as far as it got by the period’s end', () => {
		const period = { from: '2026-01-01', to: '2026-12-31' }
		const figures = computeProposalFigures(
			[
				{ declineReason: null, events: [{ kind: 'INTRO_PLANNED' }, { kind: 'PLACED' }], placement: null },
				// Placed without an intro event still counts as introduced; durable on 11 April.
				{ declineReason: null, events: [], placement: { startDate: '2026-01-10', endedOn: null, stepBacks: [] } },
				{ declineReason: 'HOURS', events: [{ kind: 'DECLINED' }], placement: null },
				{ declineReason: null, events: [{ kind: 'DECLINED' }], placement: null },
				{ declineReason: 'LOCATION', events: [{ kind: 'DECLINED' }], placement: null },
				{ declineReason: 'LOCATION', events: [{ kind: 'DECLINED' }], placement: null },
			],
			period,
		)
		expect(figures.funnel).toEqual({ proposed: 6, introduced: 2, placed: 2, durable: 1 })
		// Most frequent first; a missing reason counts as another reason.
		expect(figures.declineReasons).toEqual([
			{ reason: 'LOCATION', count: 2 },
			{ reason: 'HOURS', count: 1 },
			{ reason: 'OTHER', count: 1 },
		])
	})
})

describe('computePlacementFigures', () => {
	it('has no rates without anything to judge', () => {
		expect(computePlacementFigures([], { from: '2026-01-01', to: '2026-03-31' })).toEqual({
			started: 0,
			durable: 0,
			durabilityRate: null,
			retention: [
				{ months: 3, eligible: 0, retained: 0, rate: null },
				{ months: 6, eligible: 0, retained: 0, rate: null },
				{ months: 12, eligible: 0, retained: 0, rate: null },
			],
		})
	})

	it('leaves out placements that start after the period', () => {
		const figures = computePlacementFigures([{ startDate: '2026-04-01', endedOn: null, stepBacks: [] }], {
			from: '2026-01-01',
			to: '2026-03-31',
		})
		expect(figures.started).toBe(0)
	})
})
