// The forms of the "Fase" tab: the stage, stepping back, returning, the coaches and the follow-up.
// One Zod schema per form, each with its own `intent`, for the browser (Conform) and the action.
// Client-safe: no server imports. Dates are calendar dates (yyyy-mm-dd) in Europe/Amsterdam; `today`
// comes from the server clock. Whether a coach belongs to the organisation is checked in stages.server.ts.
import { z } from 'zod'
import { isCalendarDate } from '#app/domain/places/place-schema.ts'
import { candidateStages } from './candidate-options.ts'

export const EVENT_NOTE_MAX = 1000
export const NEXT_ACTION_MAX = 500

const note = z.string().trim().max(EVENT_NOTE_MAX).optional()

/** A calendar date that exists, on or before `today`. */
const pastCalendarDate = (today: string) =>
	z
		.string({ required_error: 'errors:validation.required' })
		.trim()
		.min(1)
		.refine(isCalendarDate, 'caseload:stage.errors.dateInvalid')
		.refine((value) => !isCalendarDate(value) || value <= today, 'caseload:stage.errors.dateInFuture')

/** An optional calendar date that exists; with `today`, not after it. */
const optionalCalendarDate = (today?: string) =>
	z
		.string()
		.trim()
		.refine(isCalendarDate, 'caseload:stage.errors.dateInvalid')
		.refine(
			(value) => today === undefined || !isCalendarDate(value) || value <= today,
			'caseload:stage.errors.dateInFuture',
		)
		.optional()

const optionalId = z.string().trim().max(40).optional()

export const stageIntents = ['change-stage', 'step-back', 'return', 'coaches', 'follow-up'] as const
export type StageIntent = (typeof stageIntents)[number]

/** A new stage on a day (not in the future), with an optional note. */
export function createChangeStageSchema({ today }: { today: string }) {
	return z.object({
		intent: z.literal('change-stage'),
		stage: z.enum(candidateStages),
		occurredOn: pastCalendarDate(today),
		note,
	})
}

/** The candidate steps back for a while: inactive from that day. */
export function createStepBackSchema({ today }: { today: string }) {
	return z.object({ intent: z.literal('step-back'), occurredOn: pastCalendarDate(today), note })
}

/** The candidate comes back: active again, optionally in a new stage. */
export function createReturnSchema({ today }: { today: string }) {
	return z.object({
		intent: z.literal('return'),
		occurredOn: pastCalendarDate(today),
		stage: z.enum(candidateStages).optional(),
		note,
	})
}

/** The primary jobcoach and the route supporter; both may be empty. */
export const CoachesSchema = z.object({
	intent: z.literal('coaches'),
	primaryCoachId: optionalId,
	routeSupporterId: optionalId,
})

/** The last contact (not in the future), the next action and when it is due. */
export function createFollowUpSchema({ today }: { today: string }) {
	return z.object({
		intent: z.literal('follow-up'),
		lastContactAt: optionalCalendarDate(today),
		nextAction: z.string().trim().max(NEXT_ACTION_MAX).optional(),
		nextActionDate: optionalCalendarDate(),
	})
}

/** Every form of the tab; the action parses with this and dispatches on `intent`. */
export function createStageActionSchema({ today }: { today: string }) {
	return z.discriminatedUnion('intent', [
		createChangeStageSchema({ today }),
		createStepBackSchema({ today }),
		createReturnSchema({ today }),
		CoachesSchema,
		createFollowUpSchema({ today }),
	])
}

export type ChangeStageInput = z.infer<ReturnType<typeof createChangeStageSchema>>
export type StepBackInput = z.infer<ReturnType<typeof createStepBackSchema>>
export type ReturnInput = z.infer<ReturnType<typeof createReturnSchema>>
export type CoachesInput = z.infer<typeof CoachesSchema>
export type FollowUpInput = z.infer<ReturnType<typeof createFollowUpSchema>>

/** Why a stage action was refused: the candidate's state no longer allows it (another tab, a double click). */
export const stageProblems = ['inactive', 'already-inactive', 'not-returnable'] as const
export type StageProblem = (typeof stageProblems)[number]

export const stageProblemMessages: Record<StageProblem, string> = {
	inactive: 'caseload:stage.errors.inactive',
	'already-inactive': 'caseload:stage.errors.alreadyInactive',
	'not-returnable': 'caseload:stage.errors.notReturnable',
}
