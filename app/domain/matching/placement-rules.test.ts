import { describe, expect, it } from 'vitest'
import {
	addDays,
	addMonths,
	checkInSchedule,
	daysBetween,
	daysToDurable,
	durableCountdown,
	durableOn,
	isDurable,
	toDay,
} from './placement-rules.ts'

describe('calendar arithmetic', () => {
	it('adds days across months, years and the summer-time change', () => {
		expect(addDays('2026-01-31', 1)).toBe('2026-02-01')
		expect(addDays('2025-12-31', 1)).toBe('2026-01-01')
		expect(addDays('2026-03-28', 2)).toBe('2026-03-30')
		expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
	})

	it('adds months, clamping to the last day of a shorter month', () => {
		expect(addMonths('2026-01-10', 3)).toBe('2026-04-10')
		expect(addMonths('2025-11-30', 3)).toBe('2026-02-28')
		expect(addMonths('2027-11-30', 3)).toBe('2028-02-29')
		expect(addMonths('2026-01-31', 1)).toBe('2026-02-28')
		expect(addMonths('2026-08-31', 1)).toBe('2026-09-30')
		expect(addMonths('2026-10-15', 3)).toBe('2027-01-15')
	})

	it('counts days between two days and reads stored dates as their calendar day', () => {
		expect(daysBetween('2026-03-02', '2026-03-12')).toBe(10)
		expect(daysBetween('2026-03-12', '2026-03-02')).toBe(-10)
		expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2)
		expect(toDay(new Date('2026-04-11T00:00:00.000Z'))).toBe('2026-04-11')
	})
})

describe('durableOn', () => {
	it('is 3 months and 1 day after the start', () => {
		expect(durableOn('2026-01-10')).toBe('2026-04-11')
		expect(durableOn(new Date('2026-01-10T00:00:00.000Z'), [])).toBe('2026-04-11')
	})

	it('handles month ends: the day after the clamped date', () => {
		expect(durableOn('2025-11-30')).toBe('2026-03-01')
		expect(durableOn('2026-05-31')).toBe('2026-09-01')
		expect(durableOn('2026-12-31')).toBe('2027-04-01')
	})

	it('moves on by the days of every closed step-back period', () => {
		const periods = [
			{ startedOn: '2026-02-01', endedOn: '2026-02-11' },
			{ startedOn: '2026-03-01', endedOn: '2026-03-06' },
		]
		expect(durableOn('2026-01-10', periods)).toBe('2026-04-26')
		// The order they are given in does not matter.
		expect(durableOn('2026-01-10', [...periods].reverse())).toBe('2026-04-26')
	})

	it('counts an open period up to today', () => {
		const open = [{ startedOn: '2026-03-01', endedOn: null }]
		expect(durableOn('2026-01-10', open, '2026-03-01')).toBe('2026-04-11')
		expect(durableOn('2026-01-10', open, '2026-03-08')).toBe('2026-04-18')
		// Without a today, an open period has no days yet.
		expect(durableOn('2026-01-10', open)).toBe('2026-04-11')
	})

	it('ignores a period that starts once durable is reached', () => {
		expect(durableOn('2026-01-10', [{ startedOn: '2026-04-11', endedOn: '2026-05-01' }])).toBe('2026-04-11')
		// A period moved the day on, so a later one that started before the moved day still counts.
		expect(
			durableOn('2026-01-10', [
				{ startedOn: '2026-04-01', endedOn: '2026-04-11' },
				{ startedOn: '2026-04-15', endedOn: '2026-04-17' },
			]),
		).toBe('2026-04-23')
	})

	it('never moves back for a period that ends before it starts', () => {
		expect(durableOn('2026-01-10', [{ startedOn: '2026-02-10', endedOn: '2026-02-01' }])).toBe('2026-04-11')
	})
})

describe('checkInSchedule', () => {
	it('is weekly in month 1, fortnightly to month 3, then monthly to month 12', () => {
		expect(checkInSchedule('2026-01-10')).toEqual([
			'2026-01-17',
			'2026-01-24',
			'2026-01-31',
			'2026-02-07',
			'2026-02-21',
			'2026-03-07',
			'2026-03-21',
			'2026-04-04',
			'2026-05-10',
			'2026-06-10',
			'2026-07-10',
			'2026-08-10',
			'2026-09-10',
			'2026-10-10',
			'2026-11-10',
			'2026-12-10',
			'2027-01-10',
		])
	})

	it('lands on day 7, 14, 21, 28, 42, 56, 70 and 84, in order, ending 12 months after the start', () => {
		const start = '2025-11-30'
		const schedule = checkInSchedule(start)
		expect(schedule.slice(0, 8).map((day) => daysBetween(start, day))).toEqual([7, 14, 21, 28, 42, 56, 70, 84])
		expect(schedule.at(-1)).toBe('2026-11-30')
		expect(schedule[9]).toBe('2026-04-30')
		expect([...schedule].sort()).toEqual(schedule)
		expect(schedule).toHaveLength(17)
	})
})

describe('countdown', () => {
	it('counts the days to go and knows when durable is reached', () => {
		expect(daysToDurable('2026-04-11', '2026-04-01')).toBe(10)
		expect(daysToDurable('2026-04-11', '2026-04-11')).toBe(0)
		expect(daysToDurable('2026-04-11', '2026-05-01')).toBe(0)
		expect(isDurable('2026-04-11', '2026-04-10')).toBe(false)
		expect(isDurable('2026-04-11', '2026-04-11')).toBe(true)
	})

	it('describes an active placement', () => {
		expect(durableCountdown({ startDate: '2026-01-10', stepBacks: [], today: '2026-04-01' })).toEqual({
			reached: false,
			durableOn: '2026-04-11',
			daysToGo: 10,
			paused: false,
		})
		expect(durableCountdown({ startDate: '2026-01-10', stepBacks: [], today: '2026-04-20' })).toEqual({
			reached: true,
			since: '2026-04-11',
		})
	})

	it('describes a paused placement: the day moves on with the pause', () => {
		const stepBacks = [{ startedOn: '2026-03-01', endedOn: null }]
		expect(durableCountdown({ startDate: '2026-01-10', stepBacks, today: '2026-03-11' })).toEqual({
			reached: false,
			durableOn: '2026-04-21',
			daysToGo: 41,
			paused: true,
		})
	})

	it('judges an ended placement on its last day', () => {
		const ended = { startDate: '2026-01-10', stepBacks: [], today: '2026-06-01' }
		expect(durableCountdown({ ...ended, endedOn: '2026-03-01' })).toMatchObject({ reached: false, paused: false })
		expect(durableCountdown({ ...ended, endedOn: '2026-04-11' })).toEqual({ reached: true, since: '2026-04-11' })
	})
})
