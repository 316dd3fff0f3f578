import { describe, expect, it } from 'vitest'
import {
	isoWeekNumber,
	mondayOf,
	parsePeriodSearchParams,
	periodBounds,
	periodQuery,
	periodWeeks,
	quarterPeriod,
	recentQuarters,
	resolvePeriod,
} from './period.ts'

const today = '2026-04-15'
const parse = (query: string) => parsePeriodSearchParams(new URLSearchParams(query), today)

describe('presets', () => {
	it('resolves each preset as of today', () => {
		expect(resolvePeriod({ preset: 'last-12-months' }, today)).toEqual({ from: '2025-04-16', to: '2026-04-15' })
		expect(resolvePeriod({ preset: 'this-year' }, today)).toEqual({ from: '2026-01-01', to: '2026-04-15' })
		expect(resolvePeriod({ preset: 'last-year' }, today)).toEqual({ from: '2025-01-01', to: '2025-12-31' })
		// The current quarter runs up to today, not into the future.
		expect(resolvePeriod({ preset: 'quarter', quarter: '2026-Q2' }, today)).toEqual({
			from: '2026-04-01',
			to: '2026-04-15',
		})
		// 29 February in a leap year: a year back is 28 February, so the period starts on 1 March.
		expect(resolvePeriod({ preset: 'last-12-months' }, '2028-02-29')).toEqual({ from: '2027-03-01', to: '2028-02-29' })
	})

	it('knows the quarters', () => {
		expect(quarterPeriod('2026-Q1')).toEqual({ from: '2026-01-01', to: '2026-03-31' })
		expect(quarterPeriod('2024-Q4')).toEqual({ from: '2024-10-01', to: '2024-12-31' })
		expect(recentQuarters(today, 5)).toEqual(['2026-Q2', '2026-Q1', '2025-Q4', '2025-Q3', '2025-Q2'])
	})
})

describe('parsePeriodSearchParams', () => {
	it('gives the default without params, and reads presets, quarters and custom dates', () => {
		expect(parse('')).toEqual({
			selection: { preset: 'last-12-months' },
			period: { from: '2025-04-16', to: '2026-04-15' },
			invalid: false,
		})
		expect(parse('periode=quarter&kwartaal=2025-Q3&van=2000-01-01')).toMatchObject({
			period: { from: '2025-07-01', to: '2025-09-30' },
			invalid: false,
		})
		expect(parse('van=2026-01-01&tot=2026-01-31')).toMatchObject({
			selection: { preset: 'custom', from: '2026-01-01', to: '2026-01-31' },
			invalid: false,
		})
		// A one-day period is a period.
		expect(parse('periode=custom&van=2026-03-03&tot=2026-03-03').period).toEqual({
			from: '2026-03-03',
			to: '2026-03-03',
		})
	})

	it.each([
		'periode=always',
		'periode=quarter',
		'periode=quarter&kwartaal=2026-Q5',
		'periode=quarter&kwartaal=2027-Q1',
		'periode=custom&van=2026-02-01',
		'periode=custom&van=2026-02-01&tot=2026-01-01',
		'periode=custom&van=2026-02-31&tot=2026-03-01',
		'periode=custom&van=01-02-2026&tot=2026-03-01',
		'van=2026-04-16&tot=2026-04-20',
		'van=1999-12-31&tot=2000-01-31',
		'van=2010-01-01&tot=2026-01-01',
	])('falls back to the default for %s', (query) => {
		expect(parse(query)).toEqual({
			selection: { preset: 'last-12-months' },
			period: { from: '2025-04-16', to: '2026-04-15' },
			invalid: true,
		})
	})

	it('writes a selection back as params the parser reads again', () => {
		for (const query of [
			'',
			'periode=this-year',
			'periode=quarter&kwartaal=2026-Q1',
			'periode=custom&van=2026-01-02&tot=2026-02-03',
		]) {
			const { selection } = parse(query)
			expect(periodQuery(selection)).toBe(query ? `?${query}` : '')
		}
	})
})

describe('calendar helpers', () => {
	it('bounds a period by Amsterdam midnights, in winter and summer time', () => {
		expect(periodBounds({ from: '2026-01-01', to: '2026-03-31' })).toEqual({
			start: new Date('2025-12-31T23:00:00.000Z'),
			end: new Date('2026-03-31T22:00:00.000Z'),
		})
	})

	it('finds Mondays, the weeks of a period and ISO week numbers', () => {
		expect(mondayOf('2026-01-01')).toBe('2025-12-29')
		expect(mondayOf('2026-01-05')).toBe('2026-01-05')
		expect(mondayOf('2026-01-11')).toBe('2026-01-05')
		expect(periodWeeks({ from: '2026-01-01', to: '2026-01-12' })).toEqual(['2025-12-29', '2026-01-05', '2026-01-12'])
		expect(isoWeekNumber('2025-12-29')).toBe(1)
		expect(isoWeekNumber('2026-01-05')).toBe(2)
		expect(isoWeekNumber('2020-12-28')).toBe(53)
		expect(isoWeekNumber('2027-01-04')).toBe(1)
	})
})
