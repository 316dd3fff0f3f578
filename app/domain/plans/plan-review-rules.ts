// The day arithmetic of reviews and the re-assessment, client-safe and free of the clock: `today` is
// always passed in. Days are `yyyy-mm-dd` strings (see placement-rules.ts).
import { addDays, daysBetween, toDay, type CalendarInput } from '#app/domain/matching/placement-rules.ts'

export type DayRange = { from: string; to: string }

/**
 * The period the next review looks at: from the day after the last reviewed period (or the plan's
 * start) up to today. When that day has not come yet (reviewed today already, or a plan that starts
 * later) the period is today alone, so the form still works and never covers a negative stretch.
 */
export function nextReviewPeriod(startsOn: CalendarInput, lastPeriodTo: CalendarInput | null, today: string): DayRange {
	const from = lastPeriodTo ? addDays(lastPeriodTo, 1) : toDay(startsOn)
	return { from: from <= today ? from : today, to: today }
}

/** The whole plan up to today, for the re-assessment (today alone when the plan starts later). */
export function wholePlanPeriod(startsOn: CalendarInput, today: string): DayRange {
	const from = toDay(startsOn)
	return { from: from <= today ? from : today, to: today }
}

/**
 * The step-back days of one period that fall inside the range. A period runs from the day it started
 * up to, not including, the day work resumed (as for the durable day); one still open is a step-back
 * on every day up to and including the range's last day.
 */
export function stepBackDaysInRange(
	period: { startedOn: CalendarInput; endedOn: CalendarInput | null },
	range: DayRange,
): number {
	const first = toDay(period.startedOn) > range.from ? toDay(period.startedOn) : range.from
	const afterLast = addDays(range.to, 1)
	const end = period.endedOn && toDay(period.endedOn) < afterLast ? toDay(period.endedOn) : afterLast
	return Math.max(0, daysBetween(first, end))
}

/** Whether a step-back period touches the range at all (a zero-day period inside it counts). */
export function stepBackOverlaps(
	period: { startedOn: CalendarInput; endedOn: CalendarInput | null },
	range: DayRange,
): boolean {
	const startedOn = toDay(period.startedOn)
	if (startedOn > range.to) return false
	return startedOn >= range.from || !period.endedOn || toDay(period.endedOn) > range.from
}

/** The mean of the scores rounded to one decimal; null without any. */
export function meanToOneDecimal(values: readonly number[]): number | null {
	if (values.length === 0) return null
	const mean = values.reduce((sum, value) => sum + value, 0) / values.length
	return Math.round(mean * 10) / 10
}

/**
 * The stretch the printed plan's evidence covers. The latest re-assessment's own period when one was
 * recorded, so the paper shows what it was based on; otherwise the plan from its start up to the
 * earliest of today, its last day and the day the placement ended (never before the start).
 */
export function planEvidenceRange({
	startsOn,
	endsOn,
	today,
	endedOn,
	reassessment,
}: {
	startsOn: string
	endsOn: string
	today: string
	endedOn: string | null
	reassessment: DayRange | null
}): DayRange {
	if (reassessment) return reassessment
	const to = [today, endsOn, ...(endedOn ? [endedOn] : [])].sort()[0]!
	return { from: startsOn, to: to < startsOn ? startsOn : to }
}
