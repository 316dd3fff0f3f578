// Reviews (evaluaties) and the re-assessment (herbeoordeling) of a support plan, and the plan's
// history they draw on: check-ins, goals with their progress, step-back periods.
// OWNER: helper B. The signatures and types below are the contract other helpers build against.
import { type GoalProgress, type ReviewDecision, type ReviewKind } from './plan-options.ts'

export type PlanHistory = {
	/** yyyy-mm-dd, inclusive. */
	from: string
	to: string
	checkIns: Array<{
		id: string
		doneOn: string
		balance: number | null
		candidateNote: string | null
		employerNote: string | null
	}>
	checkInCount: number
	/** Mean balance (1–5) of the done check-ins in the range that have one; null without any. */
	balanceAverage: number | null
	goals: Array<{
		id: string
		text: string
		removed: boolean
		/** The progress recorded in each review held within the range, oldest first. */
		progress: Array<{ reviewId: string; heldOn: string; progress: GoalProgress; note: string | null }>
	}>
	/** Step-back periods overlapping the range; `days` counts only the days inside it. */
	stepBacks: Array<{ startedOn: string; endedOn: string | null; reason: string; days: number }>
	stepBackCount: number
	stepBackDays: number
	reviews: Array<{ id: string; kind: ReviewKind; heldOn: string; decision: ReviewDecision }>
}

export type PlanReviewView = {
	id: string
	kind: ReviewKind
	heldOn: string
	periodFrom: string
	periodTo: string
	checkInCount: number
	balanceAverage: number | null
	stepBackCount: number
	stepBackDays: number
	balance: number
	balanceNote: string | null
	decision: ReviewDecision
	motivation: string
	recordedByName: string | null
	goals: Array<{ goalId: string; text: string; progress: GoalProgress; note: string | null }>
}

/** The plan's history between two days (inclusive). */
export async function collectPlanHistory(_planId: string, _range: { from: string; to: string }): Promise<PlanHistory> {
	throw new Error('Not implemented yet (helper B)')
}

/** The plan's reviews and re-assessments, oldest first. */
export async function listPlanReviews(_planId: string): Promise<PlanReviewView[]> {
	throw new Error('Not implemented yet (helper B)')
}
