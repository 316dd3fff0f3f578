// The forms of a placement agreement: drawing up a version (coach), the coach's link buttons, and a
// party's acceptance through a personal link. One Zod schema each, for the browser (Conform) and the
// action. Client-safe: no server imports. Dates are calendar dates (yyyy-mm-dd).
import { z } from 'zod'
import { weekDays } from '#app/domain/places/place-options.ts'
import { isCalendarDate } from '#app/domain/places/place-schema.ts'
import { PersonNameSchema } from '#app/utils/validation.ts'
import { agreementParties } from './plan-options.ts'

export const AGREEMENT_HOURS_MIN = 1
export const AGREEMENT_HOURS_MAX = 40
export const AGREEMENT_TASKS_MAX = 3000
export const AGREEMENT_TEXT_MAX = 2000
export const AGREEMENT_COMPENSATION_MAX = 500
export const AGREEMENT_CHANGE_NOTE_MAX = 1000
/** Weeks the place is kept when the candidate steps back, in the default step-back clause. */
export const DEFAULT_KEEP_PLACE_WEEKS = 6

const requiredText = (max: number) => z.string({ required_error: 'errors:validation.required' }).trim().min(1).max(max)
const optionalEmail = z
	.string()
	.trim()
	.max(254)
	.email()
	.transform((value) => value.toLowerCase())
	.optional()

const calendarDate = z
	.string({ required_error: 'errors:validation.required' })
	.trim()
	.min(1)
	.refine(isCalendarDate, 'agreements:errors.dateInvalid')

/**
 * A new version of the agreement. From version 2 on (a form built on a version, `baseVersion` > 0) the
 * coach says what changed, so every party can see why they are asked to accept again. The form's own
 * base decides, not the latest version at posting time: a version saved meanwhile makes the form stale
 * (refused by createAgreementVersion), not incomplete.
 */
export const AgreementFormSchema = z
	.object({
		/** The latest version when the form was built (0 for none): a version saved meanwhile makes it stale. */
		baseVersion: z.number({ required_error: 'errors:validation.required' }).int().min(0),
		periodFrom: calendarDate,
		periodTo: calendarDate,
		hoursPerWeek: z
			.number({ required_error: 'errors:validation.required', invalid_type_error: 'agreements:errors.hours' })
			.min(AGREEMENT_HOURS_MIN, 'agreements:errors.hours')
			.max(AGREEMENT_HOURS_MAX, 'agreements:errors.hours')
			.multipleOf(0.5, 'agreements:errors.hoursStep'),
		days: z.array(z.enum(weekDays)).max(weekDays.length).min(1, 'agreements:errors.daysRequired').default([]),
		tasks: requiredText(AGREEMENT_TASKS_MAX),
		supervision: requiredText(AGREEMENT_TEXT_MAX),
		compensation: requiredText(AGREEMENT_COMPENSATION_MAX),
		insurance: requiredText(AGREEMENT_TEXT_MAX),
		stepBackClause: requiredText(AGREEMENT_TEXT_MAX),
		candidateName: PersonNameSchema,
		candidateEmail: optionalEmail,
		employerSignatoryName: PersonNameSchema,
		employerSignatoryEmail: optionalEmail,
		coachName: PersonNameSchema,
		coachEmail: optionalEmail,
		changeNote: z.string().trim().max(AGREEMENT_CHANGE_NOTE_MAX).optional(),
	})
	.superRefine((value, context) => {
		if (isCalendarDate(value.periodFrom) && isCalendarDate(value.periodTo) && value.periodTo <= value.periodFrom) {
			context.addIssue({ code: 'custom', path: ['periodTo'], message: 'agreements:errors.periodOrder' })
		}
		if (value.baseVersion > 0 && !value.changeNote) {
			context.addIssue({ code: 'custom', path: ['changeNote'], message: 'agreements:errors.changeNoteRequired' })
		}
	})
export type AgreementFormInput = z.infer<typeof AgreementFormSchema>

/** The coach's buttons per party: mail the personal link, or open it here (candidate, coaching). */
export const agreementLinkIntents = ['send-link', 'open-link'] as const
export type AgreementLinkIntent = (typeof agreementLinkIntents)[number]
/** The parties whose link the coach may open on their own screen: the candidate with the coach present, and the coach's own organisation. */
export const openHereParties = ['CANDIDATE', 'COACHING'] as const

export const AgreementLinkActionSchema = z.discriminatedUnion('intent', [
	z.object({ intent: z.literal('send-link'), party: z.enum(agreementParties) }),
	z.object({ intent: z.literal('open-link'), party: z.enum(openHereParties) }),
])
export type AgreementLinkAction = z.infer<typeof AgreementLinkActionSchema>

/** A ticked checkbox sends "on"; Conform may already have made it `true`. */
const ticked = (value: unknown) => value === true || value === 'on'

/** A party's acceptance: the name as typed, "I have read and agree", and for the candidate whether the coach was there. */
export const AgreementAcceptSchema = z.object({
	acceptedName: PersonNameSchema,
	agree: z
		.union([z.boolean(), z.string()])
		.optional()
		.refine(ticked, 'agreements:errors.agreeRequired')
		.transform(() => true as const),
	coachPresent: z
		.union([z.boolean(), z.string()])
		.optional()
		.transform((value) => ticked(value)),
})
export type AgreementAcceptInput = z.infer<typeof AgreementAcceptSchema>

/** Why a step on an agreement was refused: the state no longer allows it (another tab, a colleague). 'stale' comes with the latest version number. */
export const agreementProblems = [
	'not-eligible',
	'ended',
	'stale',
	'no-version',
	'not-pending',
	'already-accepted',
	'no-email',
	'send-failed',
] as const
export type AgreementProblem = (typeof agreementProblems)[number]

export const agreementProblemMessages: Record<AgreementProblem, string> = {
	'not-eligible': 'agreements:errors.notEligible',
	ended: 'agreements:errors.ended',
	stale: 'agreements:errors.stale',
	'no-version': 'agreements:errors.noVersion',
	'not-pending': 'agreements:errors.notPending',
	'already-accepted': 'agreements:errors.alreadyAccepted',
	'no-email': 'agreements:errors.noEmail',
	'send-failed': 'agreements:errors.sendFailed',
}
