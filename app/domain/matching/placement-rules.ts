// The rules of a placement, as plain functions of calendar days: when it counts as durable work,
// when the coach checks in, and how far the countdown has come. Client-safe and free of the clock:
// `today` is always passed in (the server's Amsterdam date). Days are `yyyy-mm-dd` strings; a Date
// is read as the calendar day it was stored for (midnight UTC, see `calendarDay`).

export type CalendarInput = string | Date

/** One step-back period: from the day it started up to (not including) the day work resumed. */
export type StepBackPeriod = { startedOn: CalendarInput; endedOn: CalendarInput | null }

const DAY = 24 * 60 * 60 * 1000

/** The calendar day (yyyy-mm-dd) of a stored date or a date string. */
export function toDay(value: CalendarInput): string {
	return typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10)
}

function utc(day: string) {
	return new Date(`${day}T00:00:00.000Z`)
}

/** `day` plus `days` calendar days (negative goes back). */
export function addDays(day: CalendarInput, days: number): string {
	return new Date(utc(toDay(day)).getTime() + days * DAY).toISOString().slice(0, 10)
}

/**
 * `day` plus whole calendar months. A day that the target month lacks becomes that month's last
 * day: 30 November + 3 months is 28 February (29 in a leap year), 31 January + 1 month is 28/29 February.
 */
export function addMonths(day: CalendarInput, months: number): string {
	const [year, month, date] = toDay(day).split('-').map(Number) as [number, number, number]
	const target = new Date(Date.UTC(year, month - 1 + months, 1))
	const lastOfMonth = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
	target.setUTCDate(Math.min(date, lastOfMonth))
	return target.toISOString().slice(0, 10)
}

/** Whole days from `from` to `to` (negative when `to` comes first). */
export function daysBetween(from: CalendarInput, to: CalendarInput): number {
	return Math.round((utc(toDay(to)).getTime() - utc(toDay(from)).getTime()) / DAY)
}

export const DURABLE_MONTHS = 3

/**
 * The day a placement counts as durable work: "at least 3 months and 1 day structurally at work".
 *
 * - Start with the calendar day 3 months after the start (clamped to the month's end: 30 November
 *   → 28 February) and add the one day: start 2026-01-10 → durable on 2026-04-11.
 * - Stepping back is not a failure, but those days are not days at work: every step-back period
 *   moves the day on by its length (from its start up to the day work resumed; a period that is
 *   still open counts up to `today`, so while paused the day moves on daily).
 * - A period that starts on or after the durable day (as moved by the periods before it) changes
 *   nothing: once reached, durable stays reached.
 */
export function durableOn(
	startDate: CalendarInput,
	stepBacks: readonly StepBackPeriod[] = [],
	today?: CalendarInput,
): string {
	let durable = addDays(addMonths(startDate, DURABLE_MONTHS), 1)
	const periods = [...stepBacks].sort((a, b) => toDay(a.startedOn).localeCompare(toDay(b.startedOn)))
	for (const period of periods) {
		const startedOn = toDay(period.startedOn)
		if (startedOn >= durable) continue
		const endedOn = period.endedOn ? toDay(period.endedOn) : today ? toDay(today) : startedOn
		durable = addDays(durable, Math.max(0, daysBetween(startedOn, endedOn)))
	}
	return durable
}

/** The days after the start of the weekly check-ins (first month) and the fortnightly ones (to month 3). */
export const WEEKLY_CHECK_IN_DAYS = [7, 14, 21, 28] as const
export const FORTNIGHTLY_CHECK_IN_DAYS = [42, 56, 70, 84] as const
/** After the fortnightly ones: one a month, from month 4 up to and including month 12. */
export const MONTHLY_CHECK_INS_FROM = 4
export const MONTHLY_CHECK_INS_UNTIL = 12

/**
 * The planned check-ins of a placement that starts on `startDate`, in date order: weekly in the
 * first month (days 7, 14, 21, 28), every two weeks until month 3 (days 42, 56, 70, 84), then
 * monthly on the start's day of the month, months 4 to 12.
 */
export function checkInSchedule(startDate: CalendarInput): string[] {
	const start = toDay(startDate)
	const monthly = Array.from({ length: MONTHLY_CHECK_INS_UNTIL - MONTHLY_CHECK_INS_FROM + 1 }, (_, index) =>
		addMonths(start, MONTHLY_CHECK_INS_FROM + index),
	)
	return [...WEEKLY_CHECK_IN_DAYS, ...FORTNIGHTLY_CHECK_IN_DAYS].map((days) => addDays(start, days)).concat(monthly)
}

/** Days left until the durable day; 0 once it is reached. */
export function daysToDurable(durable: CalendarInput, today: CalendarInput): number {
	return Math.max(0, daysBetween(today, durable))
}

/** Whether the durable day has come (on `today`, or on the day the placement ended). */
export function isDurable(durable: CalendarInput, today: CalendarInput): boolean {
	return toDay(durable) <= toDay(today)
}

export type DurableCountdown =
	{ reached: true; since: string } | { reached: false; durableOn: string; daysToGo: number; paused: boolean }

/**
 * The countdown a placement page shows. An ended placement is judged on its last day; a paused one
 * (an open period) has a durable day that moves on with every day of the pause.
 */
export function durableCountdown({
	startDate,
	stepBacks,
	today,
	endedOn = null,
}: {
	startDate: CalendarInput
	stepBacks: readonly StepBackPeriod[]
	today: CalendarInput
	endedOn?: CalendarInput | null
}): DurableCountdown {
	const lastDay = endedOn ? toDay(endedOn) : toDay(today)
	const durable = durableOn(startDate, stepBacks, lastDay)
	if (isDurable(durable, lastDay)) return { reached: true, since: durable }
	const paused = !endedOn && stepBacks.some((period) => !period.endedOn)
	return { reached: false, durableOn: durable, daysToGo: daysToDurable(durable, lastDay), paused }
}
