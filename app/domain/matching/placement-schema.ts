// The forms of a placement: starting one from a proposal, and on the placement page recording and
// planning check-ins, stepping back, resuming, ending and moving the candidate to "working". One Zod
// schema per form, each with its own `intent`, for the browser (Conform) and the action. Client-safe:
// no server imports. Dates are calendar dates (yyyy-mm-dd) in Europe/Amsterdam; `today` comes from
// the server clock. Whether the placement's state still allows a step is checked in placements.server.ts.
import { z } from 'zod'
import { HOURS_MAX, HOURS_MIN, isCalendarDate } from '#app/domain/places/place-schema.ts'

export const SUPERVISOR_NAME_MAX = 120
export const SUPERVISOR_CONTACT_MAX = 200
export const CHECK_IN_NOTE_MAX = 2000
export const PLACEMENT_NOTE_MAX = 1000
/** A start date may lie this many days in the past (recorded afterwards) or the future (agreed ahead). */
export const START_DATE_RANGE_DAYS = 365

export const placementStatuses = ['ACTIVE', 'PAUSED', 'ENDED'] as const
export type PlacementStatus = (typeof placementStatuses)[number]
export function isPlacementStatus(value: unknown): value is PlacementStatus {
	return typeof value === 'string' && (placementStatuses as readonly string[]).includes(value)
}

export const endReasons = [
	'DURABLE_DONE',
	'CONTRACT_ENDED',
	'CANDIDATE_CHOICE',
	'EMPLOYER_CHOICE',
	'HEALTH',
	'OTHER',
] as const
export type EndReason = (typeof endReasons)[number]
export function isEndReason(value: unknown): value is EndReason {
	return typeof value === 'string' && (endReasons as readonly string[]).includes(value)
}

/** Balance of load and capacity: 1 is out of balance, 5 is a good balance. */
export const balanceLevels = [1, 2, 3, 4, 5] as const

/** One of `values`; a missing choice gets `message` rather than the generic "required". */
export function requiredChoice<Value extends string>(values: readonly Value[], message: string) {
	return z
		.string()
		.optional()
		.refine((value) => value !== undefined && (values as readonly string[]).includes(value), message)
		.transform((value) => value as Value)
}

const requiredText = (max: number) => z.string({ required_error: 'errors:validation.required' }).trim().min(1).max(max)
const optionalText = (max: number) => z.string().trim().max(max).optional()

function shiftDays(day: string, days: number) {
	return new Date(new Date(`${day}T00:00:00.000Z`).getTime() + days * 86_400_000).toISOString().slice(0, 10)
}

/** A calendar date that exists, within [min, max] when they are given. */
function calendarDate({ min, max, minMessage }: { min?: string | null; max?: string; minMessage?: string } = {}) {
	return z
		.string({ required_error: 'errors:validation.required' })
		.trim()
		.min(1)
		.refine(isCalendarDate, 'placements:errors.dateInvalid')
		.refine((value) => !min || !isCalendarDate(value) || value >= min, minMessage ?? 'placements:errors.beforeStart')
		.refine((value) => !max || !isCalendarDate(value) || value <= max, 'placements:errors.dateInFuture')
}

// --- Starting a placement -------------------------------------------------------------------------

/** The placement form of a proposal: when it starts, how many hours, and who supervises on site. */
export function createPlacementFormSchema({ today }: { today: string }) {
	return z.object({
		startDate: z
			.string({ required_error: 'errors:validation.required' })
			.trim()
			.min(1)
			.refine(isCalendarDate, 'placements:errors.dateInvalid')
			.refine(
				(value) =>
					!isCalendarDate(value) ||
					(value >= shiftDays(today, -START_DATE_RANGE_DAYS) && value <= shiftDays(today, START_DATE_RANGE_DAYS)),
				'placements:errors.startOutOfRange',
			),
		hoursPerWeek: z
			.number({ required_error: 'errors:validation.required' })
			.int('placements:errors.hours')
			.min(HOURS_MIN, 'placements:errors.hours')
			.max(HOURS_MAX, 'placements:errors.hours'),
		supervisorName: requiredText(SUPERVISOR_NAME_MAX),
		supervisorContact: optionalText(SUPERVISOR_CONTACT_MAX),
	})
}
export type PlacementFormInput = z.infer<ReturnType<typeof createPlacementFormSchema>>

// --- The placement page ---------------------------------------------------------------------------

export const placementIntents = [
	'record-check-in',
	'reschedule-check-in',
	'add-check-in',
	'step-back',
	'resume',
	'end',
	'stage-working',
] as const
export type PlacementIntent = (typeof placementIntents)[number]

/** What the page's forms are bounded by: today, the placement's start and an open step-back's start. */
export type PlacementBounds = { today: string; startDate: string; stepBackStartedOn?: string | null }

/** A check-in that took place (a planned one, or an extra one when `checkInId` is empty). */
export function createRecordCheckInSchema({ today, startDate }: PlacementBounds) {
	return z.object({
		intent: z.literal('record-check-in'),
		checkInId: z.string().trim().max(40).optional(),
		doneOn: calendarDate({ min: startDate, max: today }),
		candidateNote: optionalText(CHECK_IN_NOTE_MAX),
		employerNote: optionalText(CHECK_IN_NOTE_MAX),
		balance: z
			.number()
			.int('placements:errors.balance')
			.min(1, 'placements:errors.balance')
			.max(5, 'placements:errors.balance')
			.optional()
			.refine((value) => value !== undefined, 'placements:errors.balance')
			.transform((value) => value as number),
	})
}

/** A planned check-in moves to another day. */
export function createRescheduleCheckInSchema({ startDate }: PlacementBounds) {
	return z.object({
		intent: z.literal('reschedule-check-in'),
		checkInId: requiredText(40),
		dueOn: calendarDate({ min: startDate }),
	})
}

/** An extra planned check-in. */
export function createAddCheckInSchema({ startDate }: PlacementBounds) {
	return z.object({ intent: z.literal('add-check-in'), dueOn: calendarDate({ min: startDate }) })
}

/** The candidate steps back for a while: the placement pauses, which is not a failure. */
export function createStepBackSchema({ today, startDate }: PlacementBounds) {
	return z.object({
		intent: z.literal('step-back'),
		startedOn: calendarDate({ min: startDate, max: today }),
		reason: requiredText(PLACEMENT_NOTE_MAX),
	})
}

/** Work resumes: the open step-back period ends on that day. */
export function createResumeSchema({ today, startDate, stepBackStartedOn }: PlacementBounds) {
	return z.object({
		intent: z.literal('resume'),
		resumedOn: calendarDate({
			min: stepBackStartedOn ?? startDate,
			max: today,
			minMessage: 'placements:errors.beforeStepBack',
		}),
	})
}

/** The placement ends, always with a reason. */
export function createEndSchema({ today, startDate }: PlacementBounds) {
	return z.object({
		intent: z.literal('end'),
		endedOn: calendarDate({ min: startDate, max: today }),
		endReason: requiredChoice(endReasons, 'placements:errors.endReasonRequired'),
		endNote: optionalText(PLACEMENT_NOTE_MAX),
	})
}

/** The offer after starting: the candidate's stage becomes "working" from a day. */
export function createStageWorkingSchema({ today }: PlacementBounds) {
	return z.object({ intent: z.literal('stage-working'), occurredOn: calendarDate({ max: today }) })
}

/** Every form of the page; the action parses with this and dispatches on `intent`. */
export function createPlacementActionSchema(bounds: PlacementBounds) {
	return z.discriminatedUnion('intent', [
		createRecordCheckInSchema(bounds),
		createRescheduleCheckInSchema(bounds),
		createAddCheckInSchema(bounds),
		createStepBackSchema(bounds),
		createResumeSchema(bounds),
		createEndSchema(bounds),
		createStageWorkingSchema(bounds),
	])
}

export type RecordCheckInInput = z.infer<ReturnType<typeof createRecordCheckInSchema>>
export type RescheduleCheckInInput = z.infer<ReturnType<typeof createRescheduleCheckInSchema>>
export type AddCheckInInput = z.infer<ReturnType<typeof createAddCheckInSchema>>
export type StepBackInput = z.infer<ReturnType<typeof createStepBackSchema>>
export type ResumeInput = z.infer<ReturnType<typeof createResumeSchema>>
export type EndInput = z.infer<ReturnType<typeof createEndSchema>>

/** Why a step was refused: the placement's state no longer allows it (another tab, a double click). */
export const placementProblems = [
	'not-placeable',
	'already-placed',
	'check-in-not-found',
	'check-in-done',
	'not-active',
	'not-paused',
	'ended',
	'before-step-back',
	'not-yet-durable',
] as const
export type PlacementProblem = (typeof placementProblems)[number]

export const placementProblemMessages: Record<PlacementProblem, string> = {
	'not-placeable': 'placements:errors.notPlaceable',
	'already-placed': 'placements:errors.alreadyPlaced',
	'check-in-not-found': 'placements:errors.checkInNotFound',
	'check-in-done': 'placements:errors.checkInDone',
	'not-active': 'placements:errors.notActive',
	'not-paused': 'placements:errors.notPaused',
	ended: 'placements:errors.ended',
	'before-step-back': 'placements:errors.beforeStepBack',
	'not-yet-durable': 'placements:errors.notYetDurable',
}
