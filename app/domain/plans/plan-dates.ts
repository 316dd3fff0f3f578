// The days of a support plan, client-safe and free of the clock (`today` is passed in). The plan,
// the review pages and the placement page's summary all count the end the same way.
import { addDays, addMonths, daysBetween, toDay, type CalendarInput } from '#app/domain/matching/placement-rules.ts'

/** From this many days before the plan's last day, the pages ask for a re-assessment. */
export const REASSESSMENT_WINDOW_DAYS = 90

/**
 * The plan's last day: the day before the same day of the month `durationMonths` later. When the
 * target month lacks that day (31 January + 1 month), the plan runs to that month's last day
 * (28 February): clamping first and then stepping back would lose a day.
 */
export function planEndsOn(startsOn: CalendarInput, durationMonths: number): string {
	const sameDay = addMonths(startsOn, durationMonths)
	const clamped = sameDay.slice(8) !== toDay(startsOn).slice(8)
	return clamped ? sameDay : addDays(sameDay, -1)
}

/** Whether the re-assessment is due: the last day has passed, lies within the window, or is further off. */
export function reassessmentStatus(endsOn: string, today: string): 'passed' | 'due' | null {
	if (endsOn < today) return 'passed'
	return daysBetween(today, endsOn) <= REASSESSMENT_WINDOW_DAYS ? 'due' : null
}

/** A review held this many days before or after a planned date counts as that date's review. */
export const HELD_REVIEW_WINDOW_DAYS = 31

/**
 * The planned review dates with the days reviews were actually held on them: each held review goes
 * to the nearest planned date within the window (the earlier one on a tie); one far from every
 * planned date is not listed against any.
 */
export function plannedReviewsHeld(dueDays: readonly string[], heldDays: readonly string[]) {
	const held = new Map<string, string[]>(dueDays.map((dueOn) => [dueOn, []]))
	for (const heldOn of [...heldDays].sort()) {
		let nearest: { dueOn: string; distance: number } | null = null
		for (const dueOn of dueDays) {
			const distance = Math.abs(daysBetween(dueOn, heldOn))
			if (distance <= HELD_REVIEW_WINDOW_DAYS && (!nearest || distance < nearest.distance)) {
				nearest = { dueOn, distance }
			}
		}
		if (nearest) held.get(nearest.dueOn)!.push(heldOn)
	}
	return dueDays.map((dueOn) => ({ dueOn, heldOn: [...new Set(held.get(dueOn))] }))
}
