// The period the figures are about, as URL search params: a preset (the last 12 months, this year,
// last year, a quarter) or a custom from/to. Client-safe and free of the clock: `today` (the server's
// Amsterdam date) is always passed in. The dashboard, its CSV downloads and the yearly report read
// the same params with the same rules, so a link carries its period from one to the other.
import { z } from 'zod'
import { addDays, addMonths } from '#app/domain/matching/placement-rules.ts'
import { fromAmsterdamLocal } from '#app/utils/amsterdam-time.ts'
import { type Period } from './insight.ts'

/** The names in the URL (Dutch, like the paths): /inzicht?periode=kwartaal&kwartaal=2026-Q1 */
export const periodParams = { preset: 'periode', quarter: 'kwartaal', from: 'van', to: 'tot' } as const

export const periodPresets = ['last-12-months', 'this-year', 'last-year', 'quarter', 'custom'] as const
export type PeriodPreset = (typeof periodPresets)[number]

/** The default: a year up to today, the span the research reports its figures over. */
export const DEFAULT_PERIOD_PRESET = 'last-12-months' satisfies PeriodPreset

/** Custom periods start no earlier than this and span at most this many years. */
export const EARLIEST_PERIOD_DAY = '2000-01-01'
export const MAX_PERIOD_YEARS = 10
/** Quarters offered in the picker: the current one and the ones before it. */
export const QUARTERS_OFFERED = 8

export type PeriodSelection =
	| { preset: 'last-12-months' | 'this-year' | 'last-year' }
	| { preset: 'quarter'; quarter: string }
	| { preset: 'custom'; from: string; to: string }

export type ParsedPeriod = {
	selection: PeriodSelection
	period: Period
	/** The URL asked for a period that does not exist (tampered, reversed, in the future): the default is shown. */
	invalid: boolean
}

const DaySchema = z
	.string()
	.trim()
	.regex(/^\d{4}-\d{2}-\d{2}$/)
	.refine((value) => {
		// A real calendar day: 2026-02-30 would roll over into March.
		const date = new Date(`${value}T00:00:00.000Z`)
		return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
	})
const QuarterSchema = z
	.string()
	.trim()
	.regex(/^\d{4}-Q[1-4]$/)
const PresetSchema = z.enum(periodPresets)

/** `2026-Q2` → 1 April to 30 June 2026. */
export function quarterPeriod(quarter: string): Period {
	const year = Number(quarter.slice(0, 4))
	const index = Number(quarter.slice(6)) - 1
	const from = `${year}-${String(index * 3 + 1).padStart(2, '0')}-01`
	return { from, to: addDays(addMonths(from, 3), -1) }
}

/** The quarter a day falls in, as `2026-Q2`. */
export function quarterOf(day: string) {
	return `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`
}

/** The current quarter and the ones before it, newest first. */
export function recentQuarters(today: string, count = QUARTERS_OFFERED) {
	const start = quarterPeriod(quarterOf(today)).from
	return Array.from({ length: count }, (_, index) => quarterOf(addMonths(start, -3 * index)))
}

/** A period never runs past today: the figures cannot know the future. */
function upToToday(period: Period, today: string): Period {
	return { from: period.from, to: period.to > today ? today : period.to }
}

/** The calendar days a selection stands for, as of `today`. */
export function resolvePeriod(selection: PeriodSelection, today: string): Period {
	const year = today.slice(0, 4)
	switch (selection.preset) {
		case 'last-12-months':
			return { from: addDays(addMonths(today, -12), 1), to: today }
		case 'this-year':
			return { from: `${year}-01-01`, to: today }
		case 'last-year':
			return { from: `${Number(year) - 1}-01-01`, to: `${Number(year) - 1}-12-31` }
		case 'quarter':
			return upToToday(quarterPeriod(selection.quarter), today)
		case 'custom':
			return upToToday({ from: selection.from, to: selection.to }, today)
	}
}

/** The period as moments: Amsterdam midnight at its start (inclusive) and after its last day (exclusive). */
export function periodBounds(period: Period) {
	const midnight = (day: string) => fromAmsterdamLocal(`${day}T00:00`) ?? new Date(`${day}T00:00:00.000Z`)
	return { start: midnight(period.from), end: midnight(addDays(period.to, 1)) }
}

/** Whether a calendar day (yyyy-mm-dd) lies in the period. */
export function inPeriod(day: string, period: Period) {
	return day >= period.from && day <= period.to
}

/** The Monday of the ISO week a day falls in. */
export function mondayOf(day: string) {
	return addDays(day, -((new Date(`${day}T00:00:00.000Z`).getUTCDay() + 6) % 7))
}

/** The Mondays of every ISO week the period touches, oldest first. */
export function periodWeeks(period: Period) {
	const weeks: string[] = []
	for (let monday = mondayOf(period.from); monday <= period.to; monday = addDays(monday, 7)) weeks.push(monday)
	return weeks
}

/** The ISO week number (1-53) of the week that starts on `monday`. */
export function isoWeekNumber(monday: string) {
	const thursday = addDays(monday, 3)
	const januaryFirst = new Date(`${thursday.slice(0, 4)}-01-01T00:00:00.000Z`).getTime()
	const dayOfYear = Math.round((new Date(`${thursday}T00:00:00.000Z`).getTime() - januaryFirst) / 86_400_000)
	return Math.floor(dayOfYear / 7) + 1
}

export const defaultPeriodSelection: PeriodSelection = { preset: DEFAULT_PERIOD_PRESET }

function isPossible(period: Period, today: string) {
	return (
		period.from <= period.to &&
		period.from <= today &&
		period.from >= EARLIEST_PERIOD_DAY &&
		period.to < addMonths(period.from, 12 * MAX_PERIOD_YEARS)
	)
}

/**
 * The period the URL asks for. No params: the default. A preset that needs more (a quarter, two
 * dates) without a valid value, a reversed or future period, or an unknown preset: the default,
 * with `invalid` set so the page can say so. Dates alone (no preset) are a custom period.
 */
export function parsePeriodSearchParams(searchParams: URLSearchParams, today: string): ParsedPeriod {
	const raw = (name: string) => {
		const value = searchParams.get(name)
		return value === null || value.trim() === '' ? null : value
	}
	const fallback = (invalid: boolean): ParsedPeriod => ({
		selection: defaultPeriodSelection,
		period: resolvePeriod(defaultPeriodSelection, today),
		invalid,
	})
	const presetValue = raw(periodParams.preset)
	const fromValue = raw(periodParams.from)
	const toValue = raw(periodParams.to)
	if (presetValue === null && fromValue === null && toValue === null) return fallback(false)
	const preset = presetValue === null ? PresetSchema.safeParse('custom') : PresetSchema.safeParse(presetValue)
	if (!preset.success) return fallback(true)

	let selection: PeriodSelection
	if (preset.data === 'quarter') {
		const quarter = QuarterSchema.safeParse(raw(periodParams.quarter))
		if (!quarter.success) return fallback(true)
		selection = { preset: 'quarter', quarter: quarter.data }
	} else if (preset.data === 'custom') {
		const from = DaySchema.safeParse(fromValue)
		const to = DaySchema.safeParse(toValue)
		if (!from.success || !to.success) return fallback(true)
		selection = { preset: 'custom', from: from.data, to: to.data }
	} else {
		selection = { preset: preset.data }
	}
	if (selection.preset === 'custom' && selection.from > selection.to) return fallback(true)
	const period = resolvePeriod(selection, today)
	if (!isPossible(period, today)) return fallback(true)
	return { selection, period, invalid: false }
}

/** The selection as URL search params (the default as none), for links that keep the period. */
export function periodSearchParams(selection: PeriodSelection) {
	const params = new URLSearchParams()
	if (selection.preset === DEFAULT_PERIOD_PRESET) return params
	params.set(periodParams.preset, selection.preset)
	if (selection.preset === 'quarter') params.set(periodParams.quarter, selection.quarter)
	if (selection.preset === 'custom') {
		params.set(periodParams.from, selection.from)
		params.set(periodParams.to, selection.to)
	}
	return params
}

/** `?…` for a link, or an empty string for the default period. */
export function periodQuery(selection: PeriodSelection) {
	const query = periodSearchParams(selection).toString()
	return query ? `?${query}` : ''
}
