// The days of a support plan, client-safe and free of the clock (`today` is passed in). The plan,
// the review pages and the placement page's summary all count the end the same way.
import { addDays, addMonths, daysBetween, type CalendarInput } from '#app/domain/matching/placement-rules.ts'

/** From this many days before the plan's last day, the pages ask for a re-assessment. */
export const REASSESSMENT_WINDOW_DAYS = 90

/** The plan's last day: the day before the same date `durationMonths` later (clamped to the month's end). */
export function planEndsOn(startsOn: CalendarInput, durationMonths: number): string {
	return addDays(addMonths(startsOn, durationMonths), -1)
}

/** Whether the re-assessment is due: the last day has passed, lies within the window, or is further off. */
export function reassessmentStatus(endsOn: string, today: string): 'passed' | 'due' | null {
	if (endsOn < today) return 'passed'
	return daysBetween(today, endsOn) <= REASSESSMENT_WINDOW_DAYS ? 'due' : null
}
