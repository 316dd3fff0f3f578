// The shape of the aggregate figures: the dashboard and the yearly report render the same object.
// Aggregate only: counts and rates, never a candidate's identity. Shared by server and UI.
import { type CandidateStage } from '#app/domain/candidates/candidate-options.ts'
import { type RelationshipStage } from '#app/domain/network/activity-options.ts'
import { type EventKind } from '#app/domain/network/event-options.ts'

/** Amsterdam calendar dates (yyyy-mm-dd), both inclusive. */
export type Period = { from: string; to: string }

export type StageCounts = Record<CandidateStage, number>

export type Insight = {
	period: Period
	candidates: {
		/** Candidates in the programme at any moment of the period (intake on or before its end, not completed or erased before its start). */
		participants: number
		/** At the end of the period. */
		active: number
		inactive: number
		/**
		 * Current stage at the end of the period, of the participants still in the programme then (active,
		 * or stepped back less than LEFT_AFTER_MONTHS ago). byStage's total + left = participants.
		 */
		byStage: StageCounts
		/** Participants out of the programme at the end: stepped back LEFT_AFTER_MONTHS or more before it, or erased. */
		left: number
		newIntakes: number
		/** Stage counts (and active) at points through the period (weekly or monthly, whichever gives ≤ 26 points). */
		trend: Array<{ date: string; byStage: StageCounts; active: number }>
		/** Stage moves within the period; `from` null is an intake. */
		flows: Array<{ from: CandidateStage | null; to: CandidateStage; count: number }>
	}
	proposals: {
		/** Of the proposals made in the period, how many got that far. */
		funnel: { proposed: number; introduced: number; placed: number; durable: number }
		declineReasons: Array<{ reason: string; count: number }>
	}
	placements: {
		started: number
		/** Placements that reached durable work (3 months + 1 day) within the period. */
		durable: number
		/** durable / (placements whose durable date fell in the period, or that ended in it before it); null without any. */
		durabilityRate: number | null
		/** Of the placements that started long enough ago, how many were still at work after 3, 6 and 12 months. */
		retention: Array<{ months: 3 | 6 | 12; eligible: number; retained: number; rate: number | null }>
	}
	network: {
		employersByStage: Record<RelationshipStage, number>
		/** Employers with at least one contact activity (call, visit, email, meeting, event attendance) in the period. */
		employersContacted: number
		/** Events held (not cancelled, started in the period) by kind. */
		eventsHeld: Record<EventKind, number>
		attendance: { invited: number; present: number; organizations: number }
		/** The same, per kind of event held. `organizations` counts every organisation present (employers and stakeholders). */
		attendanceByKind: Record<EventKind, { invited: number; present: number; organizations: number }>
		/** Employer organisations with someone present at an event held in the period (the research's "7 organisations"). */
		employersAttending: number
		soundingBoardSessions: number
		/** Calls, visits and meetings per person per ISO week of the period against their weekly target. */
		contactsPerPerson: Array<{
			userId: string
			name: string
			target: number
			weeks: Array<{ week: string; count: number }>
			average: number
		}>
	}
	/** Each jobcoach's active caseload at the end of the period against their contracted hours. */
	caseload: Array<{
		userId: string
		name: string
		activeCandidates: number
		contractHours: number | null
		/** contractHours × CANDIDATES_PER_CONTRACT_HOUR, rounded down; null without contract hours. */
		capacity: number | null
		overCapacity: boolean
	}>
}
