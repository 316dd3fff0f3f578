// The forms of a report: writing it and recording the candidate's decision. One Zod schema each for
// the browser (Conform) and the action. Client-safe: no server imports. Dates are calendar dates
// (yyyy-mm-dd) in Europe/Amsterdam; `today` comes from the server clock.
import { z } from 'zod'
import { isCalendarDate } from '#app/domain/places/place-schema.ts'
import { type ReportStatus } from './candidate-options.ts'

export const REPORT_TITLE_MAX = 120
export const REPORT_BODY_MAX = 20000
export const DECISION_NOTE_MAX = 1000

const requiredText = (max: number) => z.string({ required_error: 'errors:validation.required' }).trim().min(1).max(max)

/** A calendar date that exists, on or before `today`; `tooLateMessage` when it lies in the future. */
const pastCalendarDate = (today: string, tooLateMessage: string) =>
	z
		.string({ required_error: 'errors:validation.required' })
		.trim()
		.min(1)
		.refine(isCalendarDate, 'reports:errors.dateInvalid')
		.refine((value) => !isCalendarDate(value) || value <= today, tooLateMessage)

/** Writing or editing a report: the day of the conversation (not in the future), a title and the text. */
export function createReportFormSchema({ today }: { today: string }) {
	return z.object({
		conversationOn: pastCalendarDate(today, 'reports:errors.conversationInFuture'),
		title: requiredText(REPORT_TITLE_MAX),
		body: requiredText(REPORT_BODY_MAX),
	})
}

export type ReportFormInput = z.infer<ReturnType<typeof createReportFormSchema>>

/** What the candidate decided about a report awaiting approval. */
export const reportDecisions = ['APPROVED', 'REJECTED'] as const satisfies readonly ReportStatus[]
export type ReportDecision = (typeof reportDecisions)[number]

/**
 * Recording the candidate's decision: approved or not, the day they decided (not before the
 * conversation, not in the future) and an optional note.
 */
export function createDecisionFormSchema({ today, conversationOn }: { today: string; conversationOn: string }) {
	return z.object({
		decision: z.enum(reportDecisions),
		decidedOn: pastCalendarDate(today, 'reports:errors.decisionInFuture').refine(
			(value) => !isCalendarDate(value) || value >= conversationOn,
			'reports:errors.decisionBeforeConversation',
		),
		note: z.string().trim().max(DECISION_NOTE_MAX).optional(),
	})
}

export type DecisionFormInput = z.infer<ReturnType<typeof createDecisionFormSchema>>

/** The buttons on a report that carry no fields of their own. */
export const reportIntents = ['request-approval', 'withdraw', 'delete'] as const
export type ReportIntent = (typeof reportIntents)[number]

/** Why an action on a report was refused: its status no longer allows it (another tab, a double click). */
export const reportProblems = ['not-draft', 'not-awaiting-approval'] as const
export type ReportProblem = (typeof reportProblems)[number]

/** The message a refused action shows: what happened, in words. */
export const reportProblemMessages: Record<ReportProblem, string> = {
	'not-draft': 'reports:errors.notDraft',
	'not-awaiting-approval': 'reports:errors.notAwaitingApproval',
}

/** A stored calendar date (midnight UTC of the day) as a date input's value. */
export function calendarDateValue(date: Date | string) {
	return new Date(date).toISOString().slice(0, 10)
}
