// The forms of the proposal flow and of an employer's request about a candidate: one Zod schema each
// for the browser (Conform) and the action, and the option keys they offer. Client-safe: no server
// imports. Times are entered as Europe/Amsterdam wall-clock time (a datetime-local input,
// yyyy-mm-ddThh:mm) and stored in UTC; `nowLocal` (the server clock in Amsterdam) bounds them.
import { z } from 'zod'
import { coachConsentBases } from '#app/domain/candidates/consent-schema.ts'
import { isCalendarDate } from '#app/domain/places/place-schema.ts'
import { fromAmsterdamLocal } from '#app/utils/amsterdam-time.ts'

export const MOTIVATION_MIN = 20
export const MOTIVATION_MAX = 2000
export const NOTE_MAX = 1000
export const INTRO_LOCATION_MAX = 200
export const INTRO_OPTIONS_MAX = 3
/** How long an intro lasts in the calendar invitation. */
export const INTRO_DURATION_MINUTES = 60
export const CANDIDATE_REQUEST_MESSAGE_MIN = 10
export const CANDIDATE_REQUEST_MESSAGE_MAX = 2000

/** Why an employer declines a proposal; the coach sees the reason and the employer's own words. */
export const declineReasons = [
	'NO_FIT_TASKS',
	'HOURS',
	'LOCATION',
	'NO_CAPACITY_SUPERVISION',
	'PLACE_FILLED',
	'OTHER',
] as const
export type DeclineReason = (typeof declineReasons)[number]

/** Why a proposal ended without a placement after the employer accepted it. */
export const notPlacedReasons = [
	'NO_FIT_AFTER_INTRO',
	'CANDIDATE_DECIDED',
	'EMPLOYER_DECIDED',
	'PLACE_FILLED',
	'CANDIDATE_UNAVAILABLE',
	'OTHER',
] as const
export type NotPlacedReason = (typeof notPlacedReasons)[number]

/** Why the coach withdraws a proposal. */
export const withdrawReasons = ['CANDIDATE_CHANGED_MIND', 'CANDIDATE_UNAVAILABLE', 'OTHER_PLACE', 'OTHER'] as const
export type WithdrawReason = (typeof withdrawReasons)[number]

/** A datetime-local value that exists and lies after `nowLocal`. */
const futureLocalDateTime = (nowLocal: string) =>
	z
		.string({ required_error: 'errors:validation.required' })
		.trim()
		.min(1)
		.refine((value) => fromAmsterdamLocal(value) !== null, 'proposals:errors.timeInvalid')
		.refine((value) => fromAmsterdamLocal(value) === null || value > nowLocal, 'proposals:errors.timeInPast')

const optionalText = (max: number) => z.string().trim().max(max).optional()

// --- Coach: propose ---------------------------------------------------------------------------

export const ProposalFormSchema = z.object({
	placeId: z.string({ required_error: 'proposals:errors.placeRequired' }).trim().min(1).max(40),
	motivation: z.string({ required_error: 'errors:validation.required' }).trim().min(MOTIVATION_MIN).max(MOTIVATION_MAX),
})
export type ProposalFormInput = z.infer<typeof ProposalFormSchema>

// --- Employer: answer -------------------------------------------------------------------------

export const introOptionFields = ['introOption1', 'introOption2', 'introOption3'] as const

/** The employer accepts with one to three intro times and an optional note. */
export function createAcceptProposalSchema({ nowLocal }: { nowLocal: string }) {
	const option = futureLocalDateTime(nowLocal).optional()
	return z
		.object({
			intent: z.literal('accept'),
			introOption1: option,
			introOption2: option,
			introOption3: option,
			introNote: optionalText(NOTE_MAX),
		})
		.superRefine((value, context) => {
			if (!value.introOption1 && !value.introOption2 && !value.introOption3) {
				context.addIssue({ code: 'custom', path: ['introOption1'], message: 'proposals:errors.introOptionRequired' })
			}
		})
}
export type AcceptProposalInput = z.infer<ReturnType<typeof createAcceptProposalSchema>>

/** The offered times of an accept form, in UTC, without duplicates, earliest first. */
export function introOptionsOf(input: Pick<AcceptProposalInput, (typeof introOptionFields)[number]>) {
	const moments = introOptionFields
		.map((field) => input[field])
		.flatMap((value) => (value ? [fromAmsterdamLocal(value)] : []))
		.filter((moment): moment is Date => moment !== null)
	const unique = [...new Map(moments.map((moment) => [moment.getTime(), moment])).values()]
	return unique.sort((a, b) => a.getTime() - b.getTime())
}

const otherNeedsNote = (value: { reason?: string; note?: string }, context: z.RefinementCtx) => {
	if (value.reason === 'OTHER' && !value.note) {
		context.addIssue({ code: 'custom', path: ['note'], message: 'proposals:errors.noteRequiredForOther' })
	}
}

/** The employer declines with a reason from the list and their own words (required for "other"). */
export const DeclineProposalSchema = z
	.object({
		intent: z.literal('decline'),
		reason: z.enum(declineReasons),
		note: optionalText(NOTE_MAX),
	})
	.superRefine(otherNeedsNote)
export type DeclineProposalInput = z.infer<typeof DeclineProposalSchema>

// --- Coach: identity, intro, close ------------------------------------------------------------

/** The candidate agreed to share their identity with this employer for this proposal. */
export function createShareIdentitySchema({ today }: { today: string }) {
	return z.object({
		intent: z.literal('share-identity'),
		basis: z.enum(coachConsentBases),
		givenOn: z
			.string({ required_error: 'errors:validation.required' })
			.trim()
			.refine(isCalendarDate, 'proposals:errors.dateInvalid')
			.refine((value) => !isCalendarDate(value) || value <= today, 'proposals:errors.dateInFuture'),
		note: optionalText(NOTE_MAX),
	})
}
export type ShareIdentityInput = z.infer<ReturnType<typeof createShareIdentitySchema>>

export const WithdrawIdentitySchema = z.object({
	intent: z.literal('withdraw-identity'),
	withdrawalNote: optionalText(NOTE_MAX),
})

/** The value of the "another time" choice when planning an intro. */
export const OTHER_TIME = 'OTHER'

/** One of the offered times (its ISO value) or another time, and where. */
export function createPlanIntroSchema({ nowLocal, offered }: { nowLocal: string; offered: string[] }) {
	return z
		.object({
			intent: z.literal('plan-intro'),
			introChoice: z.string({ required_error: 'errors:validation.choose' }).trim().min(1),
			introAt: futureLocalDateTime(nowLocal).optional(),
			location: z.string({ required_error: 'errors:validation.required' }).trim().min(1).max(INTRO_LOCATION_MAX),
		})
		.superRefine((value, context) => {
			if (value.introChoice === OTHER_TIME) {
				if (!value.introAt) {
					context.addIssue({ code: 'custom', path: ['introAt'], message: 'errors:validation.required' })
				}
			} else if (!offered.includes(value.introChoice)) {
				context.addIssue({ code: 'custom', path: ['introChoice'], message: 'errors:validation.choose' })
			}
		})
}
export type PlanIntroInput = z.infer<ReturnType<typeof createPlanIntroSchema>>

/** The moment a valid plan-intro form names, in UTC. */
export function plannedIntroAt(input: Pick<PlanIntroInput, 'introChoice' | 'introAt'>) {
	if (input.introChoice === OTHER_TIME) return input.introAt ? fromAmsterdamLocal(input.introAt) : null
	const moment = new Date(input.introChoice)
	return Number.isNaN(moment.getTime()) ? null : moment
}

export const NotPlacedSchema = z
	.object({ intent: z.literal('not-placed'), reason: z.enum(notPlacedReasons), note: optionalText(NOTE_MAX) })
	.superRefine(otherNeedsNote)

export const WithdrawProposalSchema = z
	.object({ intent: z.literal('withdraw'), reason: z.enum(withdrawReasons), note: optionalText(NOTE_MAX) })
	.superRefine(otherNeedsNote)

export type CloseProposalInput =
	| { outcome: 'NOT_PLACED'; reason: NotPlacedReason; note?: string }
	| { outcome: 'WITHDRAWN'; reason: WithdrawReason; note?: string }

// --- Employer: ask about a candidate ----------------------------------------------------------

/** "I may have a place for this person": an optional own place and a message to the coaches. */
export const CandidateRequestFormSchema = z.object({
	placeId: z.string().trim().max(40).optional(),
	message: z
		.string({ required_error: 'errors:validation.required' })
		.trim()
		.min(CANDIDATE_REQUEST_MESSAGE_MIN)
		.max(CANDIDATE_REQUEST_MESSAGE_MAX),
})

/** Why an action on a proposal was refused (another tab, a double click, a withdrawn consent). */
export const proposalProblems = [
	'not-allowed',
	'duplicate',
	'place-unavailable',
	'candidate-unavailable',
	'identity-required',
	'consent-failed',
] as const
export type ProposalProblem = (typeof proposalProblems)[number]

export const proposalProblemMessages: Record<ProposalProblem, string> = {
	'not-allowed': 'proposals:errors.notAllowed',
	duplicate: 'proposals:errors.duplicate',
	'place-unavailable': 'proposals:errors.placeUnavailable',
	'candidate-unavailable': 'proposals:errors.candidateUnavailable',
	'identity-required': 'proposals:errors.identityRequired',
	'consent-failed': 'proposals:errors.consentFailed',
}
