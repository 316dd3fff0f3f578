import { describe, expect, it } from 'vitest'
import { intensityComparison, yearlyHoursByMethod } from './intensity.ts'

describe('yearly hours by intensity method', () => {
	it('gives the hand-computed hours for each method', () => {
		// 2 h/week × 52 = 104; 10 % of 24 h = 2.4 h/week × 52 = 124.8; MEDIUM is 2 h/week = 104.
		expect(yearlyHoursByMethod({ supportHoursPerWeek: 2, supportPercent: 10, supportRegime: 'MEDIUM' }, 24)).toEqual({
			HOURS_PER_WEEK: 104,
			PERCENT_OF_CONTRACT: 124.8,
			REGIME: 104,
		})
		// 1.5 h × 52 = 78; 15 % of 32 h = 4.8 h × 52 = 249.6; LIGHT 52; HEAVY 208.
		expect(yearlyHoursByMethod({ supportHoursPerWeek: 1.5, supportPercent: 15, supportRegime: 'LIGHT' }, 32)).toEqual({
			HOURS_PER_WEEK: 78,
			PERCENT_OF_CONTRACT: 249.6,
			REGIME: 52,
		})
		expect(yearlyHoursByMethod({ supportHoursPerWeek: 0, supportPercent: 0, supportRegime: 'HEAVY' }, 0).REGIME).toBe(
			208,
		)
	})

	it('marks the chosen method and totals the hours over the duration', () => {
		const rows = intensityComparison(
			{
				intensityMethod: 'PERCENT_OF_CONTRACT',
				supportHoursPerWeek: 2,
				supportPercent: 10,
				supportRegime: 'HEAVY',
				durationMonths: 30,
			},
			24,
		)
		// 30 months is 2.5 years: 104 × 2.5 = 260; 124.8 × 2.5 = 312; 208 × 2.5 = 520.
		expect(rows).toEqual([
			{ method: 'HOURS_PER_WEEK', chosen: false, yearlyHours: 104, hoursPerWeek: 2, totalHours: 260 },
			{ method: 'PERCENT_OF_CONTRACT', chosen: true, yearlyHours: 124.8, hoursPerWeek: 2.4, totalHours: 312 },
			{ method: 'REGIME', chosen: false, yearlyHours: 208, hoursPerWeek: 4, totalHours: 520 },
		])
	})
})

describe('rounding', () => {
	it('rounds each figure once, from the exact yearly hours', () => {
		// 7 % of 13 h = 0.91 h a week; × 52 = 47.32 → 47.3 a year. Over 60 months: 47.32 × 5 = 236.6;
		// from the rounded 47.3 it would be 236.5, a tenth off.
		const rows = intensityComparison(
			{
				intensityMethod: 'PERCENT_OF_CONTRACT',
				supportHoursPerWeek: 1,
				supportPercent: 7,
				supportRegime: 'LIGHT',
				durationMonths: 60,
			},
			13,
		)
		expect(rows[1]).toMatchObject({ yearlyHours: 47.3, hoursPerWeek: 0.9, totalHours: 236.6 })
	})
})
