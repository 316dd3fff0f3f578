import { describe, expect, it } from 'vitest'
import {
	meanToOneDecimal,
	planEvidenceRange,
	nextReviewPeriod,
	stepBackDaysInRange,
	stepBackOverlaps,
	wholePlanPeriod,
} from './plan-review-rules.ts'
import { reassessmentStatus } from './plan-dates.ts'

const april = { from: '2026-04-01', to: '2026-04-30' }

describe('step-back days inside a range', () => {
	it.each([
		// Work resumed on 5 April: 1–4 April.
		[{ startedOn: '2026-03-20', endedOn: '2026-04-05' }, 4, true],
		// Entirely inside: 10 and 11 April.
		[{ startedOn: '2026-04-10', endedOn: '2026-04-12' }, 2, true],
		// Open: 25–30 April.
		[{ startedOn: '2026-04-25', endedOn: null }, 6, true],
		// Open since before the range: all 30 days.
		[{ startedOn: '2026-03-01', endedOn: null }, 30, true],
		// Resumed on the first day: nothing inside.
		[{ startedOn: '2026-03-01', endedOn: '2026-04-01' }, 0, false],
		// Past the end of the range.
		[{ startedOn: '2026-05-01', endedOn: null }, 0, false],
		// Resumed after the range: 28–30 April.
		[{ startedOn: '2026-04-28', endedOn: '2026-05-10' }, 3, true],
	])('%j counts %i days', (period, days, overlaps) => {
		expect(stepBackDaysInRange(period, april)).toBe(days)
		expect(stepBackOverlaps(period, april)).toBe(overlaps)
	})
})

describe('review periods and the end of the plan', () => {
	it('starts the next review the day after the last one, or at the plan start', () => {
		expect(nextReviewPeriod('2026-03-02', null, '2026-09-01')).toEqual({ from: '2026-03-02', to: '2026-09-01' })
		expect(nextReviewPeriod('2026-03-02', '2026-09-01', '2026-12-01')).toEqual({ from: '2026-09-02', to: '2026-12-01' })
		// Reviewed today already, or a plan that starts later: today alone.
		expect(nextReviewPeriod('2026-03-02', '2026-12-01', '2026-12-01')).toEqual({ from: '2026-12-01', to: '2026-12-01' })
		expect(wholePlanPeriod('2027-01-01', '2026-12-01')).toEqual({ from: '2026-12-01', to: '2026-12-01' })
	})

	it('warns from 90 days before the plan’s last day', () => {
		expect(reassessmentStatus('2027-03-02', '2026-12-01')).toBeNull() // 91 days
		expect(reassessmentStatus('2027-03-02', '2026-12-02')).toBe('due') // 90 days
		expect(reassessmentStatus('2027-03-02', '2027-03-02')).toBe('due')
		expect(reassessmentStatus('2027-03-02', '2027-03-03')).toBe('passed')
	})

	it('rounds the mean to one decimal', () => {
		expect(meanToOneDecimal([])).toBeNull()
		expect(meanToOneDecimal([3, 4, 4])).toBe(3.7)
		expect(meanToOneDecimal([2, 3, 4, 4])).toBe(3.3)
		expect(meanToOneDecimal([5])).toBe(5)
	})
})

describe('planEvidenceRange', () => {
	const plan = { startsOn: '2026-03-02', endsOn: '2027-03-01' }
	it('runs from the start to the earliest of today, the plan’s last day and the placement’s end', () => {
		expect(planEvidenceRange({ ...plan, today: '2026-09-14', endedOn: null, reassessment: null })).toEqual({
			from: '2026-03-02',
			to: '2026-09-14',
		})
		expect(planEvidenceRange({ ...plan, today: '2027-06-01', endedOn: null, reassessment: null }).to).toBe('2027-03-01')
		expect(planEvidenceRange({ ...plan, today: '2027-06-01', endedOn: '2026-10-31', reassessment: null }).to).toBe(
			'2026-10-31',
		)
		// A plan that starts later: its first day alone.
		expect(planEvidenceRange({ ...plan, today: '2026-01-10', endedOn: null, reassessment: null })).toEqual({
			from: '2026-03-02',
			to: '2026-03-02',
		})
	})

	it('takes the recorded re-assessment’s own period when there is one', () => {
		const reassessment = { from: '2026-03-02', to: '2027-01-15' }
		expect(planEvidenceRange({ ...plan, today: '2027-06-01', endedOn: null, reassessment })).toEqual(reassessment)
	})
})
