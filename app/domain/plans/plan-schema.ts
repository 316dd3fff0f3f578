// The support plan form (plan van aanpak): one Zod schema for the browser (Conform) and the action.
// Client-safe: no server imports. Days are calendar dates (yyyy-mm-dd). The plan runs from its start
// for whole months; its last day is the day before the same date `durationMonths` later, and every
// review date lies within those days.
import { z } from 'zod'
import { addMonths } from '#app/domain/matching/placement-rules.ts'
import { isCalendarDate } from '#app/domain/places/place-schema.ts'
import { planEndsOn } from './plan-dates.ts'
import { requiredChoice } from '#app/domain/matching/placement-schema.ts'
import { intensityMethods, planFunders, planRequesters, supportRegimes } from './plan-options.ts'

export const GOALS_MIN = 1
export const GOALS_MAX = 8
export const GOAL_TEXT_MAX = 1000
export const TASKS_MAX = 2000
export const FUNDER_NAME_MAX = 160
export const SUPPORT_HOURS_MIN = 0.5
export const SUPPORT_HOURS_MAX = 40
export const SUPPORT_PERCENT_MIN = 1
export const SUPPORT_PERCENT_MAX = 100
export const DURATION_MONTHS_MIN = 1
export const DURATION_MONTHS_MAX = 60
export const DEFAULT_DURATION_MONTHS = 24
export const REVIEW_DATES_MIN = 1
export const REVIEW_DATES_MAX = 12
/** Reviews are suggested twice a year, the rhythm most funders ask for. */
export const REVIEW_INTERVAL_MONTHS = 6

/** A review every six months from the start while the plan runs; a short plan gets one on its last day. */
export function suggestReviewDates(startsOn: string, durationMonths: number) {
	const endsOn = planEndsOn(startsOn, durationMonths)
	const dates: string[] = []
	for (let months = REVIEW_INTERVAL_MONTHS; dates.length < REVIEW_DATES_MAX; months += REVIEW_INTERVAL_MONTHS) {
		const day = addMonths(startsOn, months)
		if (day > endsOn) break
		dates.push(day)
	}
	return dates.length ? dates : [endsOn]
}

/** A number as typed, with a decimal comma or point; NaN for anything else. */
export function parseDecimal(value: string) {
	return /^\d+([.,]\d+)?$/.test(value.trim()) ? Number(value.trim().replace(',', '.')) : Number.NaN
}

function decimal({ min, max, message }: { min: number; max: number; message: string }) {
	return z
		.string({ required_error: message })
		.trim()
		.max(10, message)
		.transform((value, context) => {
			const number = parseDecimal(value)
			if (!Number.isFinite(number) || number < min || number > max) {
				context.addIssue({ code: 'custom', message })
				return z.NEVER
			}
			return number
		})
}

function wholeNumber({ min, max, message }: { min: number; max: number; message: string }) {
	return z
		.number({ required_error: message, invalid_type_error: message })
		.int(message)
		.min(min, message)
		.max(max, message)
}

const requiredText = (max: number) => z.string({ required_error: 'errors:validation.required' }).trim().min(1).max(max)

const calendarDate = z
	.string({ required_error: 'plans:errors.dateRequired' })
	.trim()
	.min(1, 'plans:errors.dateRequired')
	.refine(isCalendarDate, 'plans:errors.dateInvalid')

/** The bounds are in the message itself: 0,5 in Dutch, 0.5 in English. */
const hoursMessage = 'plans:errors.supportHours'
const percentMessage = `plans:errors.supportPercent|${JSON.stringify({ min: SUPPORT_PERCENT_MIN, max: SUPPORT_PERCENT_MAX })}`
const durationMessage = `plans:errors.duration|${JSON.stringify({ min: DURATION_MONTHS_MIN, max: DURATION_MONTHS_MAX })}`

export const SupportPlanSchema = z
	.object({
		goals: z
			.array(
				z.object({
					/** The stored goal this row edits; empty for a new goal. Keeps its review progress. */
					id: z.string().trim().max(40).optional(),
					text: requiredText(GOAL_TEXT_MAX),
				}),
			)
			.min(GOALS_MIN, 'plans:errors.goalsMin')
			.max(GOALS_MAX, `plans:errors.goalsMax|${JSON.stringify({ count: GOALS_MAX })}`),
		coachTasks: requiredText(TASKS_MAX),
		employerTasks: requiredText(TASKS_MAX),
		supervisorTasks: requiredText(TASKS_MAX),
		intensityMethod: requiredChoice(intensityMethods, 'plans:errors.intensityMethod'),
		supportHoursPerWeek: decimal({ min: SUPPORT_HOURS_MIN, max: SUPPORT_HOURS_MAX, message: hoursMessage }),
		supportPercent: decimal({ min: SUPPORT_PERCENT_MIN, max: SUPPORT_PERCENT_MAX, message: percentMessage }),
		supportRegime: requiredChoice(supportRegimes, 'plans:errors.supportRegime'),
		startsOn: calendarDate,
		durationMonths: wholeNumber({ min: DURATION_MONTHS_MIN, max: DURATION_MONTHS_MAX, message: durationMessage }),
		reviewDates: z
			.array(calendarDate)
			.min(REVIEW_DATES_MIN, 'plans:errors.reviewDatesMin')
			.max(REVIEW_DATES_MAX, `plans:errors.reviewDatesMax|${JSON.stringify({ count: REVIEW_DATES_MAX })}`),
		requestedBy: requiredChoice(planRequesters, 'plans:errors.requestedBy'),
		funder: requiredChoice(planFunders, 'plans:errors.funder'),
		funderName: requiredText(FUNDER_NAME_MAX),
	})
	.superRefine((plan, context) => {
		// Runs once the fields themselves are fine: each review date within the plan, none twice.
		if (!isCalendarDate(plan.startsOn) || !Number.isInteger(plan.durationMonths)) return
		const endsOn = planEndsOn(plan.startsOn, plan.durationMonths)
		const seen = new Set<string>()
		plan.reviewDates.forEach((day, index) => {
			if (!isCalendarDate(day)) return
			if (day < plan.startsOn || day > endsOn) {
				context.addIssue({ code: 'custom', path: ['reviewDates', index], message: 'plans:errors.reviewDateOutside' })
			} else if (seen.has(day)) {
				context.addIssue({ code: 'custom', path: ['reviewDates', index], message: 'plans:errors.reviewDateTwice' })
			}
			seen.add(day)
		})
	})

export type SupportPlanInput = z.infer<typeof SupportPlanSchema>

export const planProblems = ['ended'] as const
export type PlanProblem = (typeof planProblems)[number]
export const planProblemMessages: Record<PlanProblem, string> = { ended: 'plans:errors.ended' }
