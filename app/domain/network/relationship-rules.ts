// The rules of employer relationships as plain functions: when a relationship has gone quiet, when a
// follow-up is due, which week an employer contact counts in, and what to do next with a quiet
// employer. Client-safe and free of the clock: the moment (`now()` on the server) is always passed in.
// Calendar days are `yyyy-mm-dd` in Europe/Amsterdam; a stored day is midnight UTC of that day.
import { addDays, toDay } from '#app/domain/matching/placement-rules.ts'
import { amsterdamDate, calendarDay, fromAmsterdamLocal } from '#app/utils/amsterdam-time.ts'
import {
	contactKinds,
	countedContactKinds,
	relationshipStages,
	type ActivityKind,
	type RelationshipStage,
} from './activity-options.ts'

const DAY = 24 * 60 * 60 * 1000

export function isRelationshipStage(value: unknown): value is RelationshipStage {
	return typeof value === 'string' && (relationshipStages as readonly string[]).includes(value)
}

// --- Gone quiet -------------------------------------------------------------------------------------

/** Silence only worries us where the employer was involved: engaged employers and partners. */
export const quietStages = ['ENGAGED', 'PARTNER'] as const satisfies readonly RelationshipStage[]

/** The moment before which the last activity must lie for a relationship to count as gone quiet. */
export function quietBefore(moment: Date, quietDays: number) {
	return new Date(moment.getTime() - quietDays * DAY)
}

/**
 * Engaged or partner, and no activity for `quietDays` whole days (or none ever recorded). Exactly
 * `quietDays` days of silence counts: 60 days after the last call the employer has gone quiet.
 */
export function isGoneQuiet(
	relationship: { stage: string; lastActivityAt: Date | string | null },
	moment: Date,
	quietDays: number,
) {
	if (!(quietStages as readonly string[]).includes(relationship.stage)) return false
	if (!relationship.lastActivityAt) return true
	return new Date(relationship.lastActivityAt).getTime() <= quietBefore(moment, quietDays).getTime()
}

/** Whole days since the last activity, or null when there never was one. */
export function daysSince(lastActivityAt: Date | string | null, moment: Date) {
	if (!lastActivityAt) return null
	return Math.floor((moment.getTime() - new Date(lastActivityAt).getTime()) / DAY)
}

// --- Follow-ups -------------------------------------------------------------------------------------

/** Due on the day itself and every day after it. */
export function isFollowUpDue(nextFollowUpOn: Date | string | null, today: string) {
	return nextFollowUpOn !== null && toDay(nextFollowUpOn) <= today
}

/**
 * The follow-up after a logged activity: a new date replaces the old one; without one, a real contact
 * with the employer settles a follow-up that was due (that contact was it), while a note or a
 * follow-up still ahead leaves it as it was. Returns null when nothing changes.
 */
export function followUpAfterLog({
	kind,
	current,
	next,
	today,
}: {
	kind: ActivityKind
	current: { nextFollowUpOn: Date | string | null; followUpNote: string | null } | null
	next: { nextFollowUpOn: string | null; followUpNote: string | null }
	today: string
}): { nextFollowUpOn: string | null; followUpNote: string | null } | null {
	if (next.nextFollowUpOn) return next
	if (current && contactKinds.includes(kind) && isFollowUpDue(current.nextFollowUpOn, today)) {
		return { nextFollowUpOn: null, followUpNote: null }
	}
	return null
}

/**
 * The moment stored for an activity logged on a day: now when it is today (so today's entries keep
 * their order), otherwise midday in Amsterdam, safely inside that day and its week.
 */
export function activityMoment(day: string, moment: Date) {
	if (day === amsterdamDate(moment)) return moment
	return fromAmsterdamLocal(`${day}T12:00`) ?? calendarDay(day)
}

// --- Weekly employer contacts -----------------------------------------------------------------------

export type ContactWeek = {
	/** Monday and Sunday of the ISO week, Amsterdam calendar days. */
	monday: string
	sunday: string
	/** Monday 00:00 in Amsterdam (inclusive) up to the next Monday 00:00 (exclusive), as UTC moments. */
	start: Date
	end: Date
}

/** The Amsterdam ISO week (Monday to Sunday) that `moment` falls in. */
export function amsterdamWeek(moment: Date): ContactWeek {
	const today = amsterdamDate(moment)
	const sinceMonday = (calendarDay(today).getUTCDay() + 6) % 7
	const monday = addDays(today, -sinceMonday)
	const nextMonday = addDays(monday, 7)
	return {
		monday,
		sunday: addDays(monday, 6),
		start: fromAmsterdamLocal(`${monday}T00:00`) ?? calendarDay(monday),
		end: fromAmsterdamLocal(`${nextMonday}T00:00`) ?? calendarDay(nextMonday),
	}
}

/** Calls, visits and meetings count towards the weekly target; email, notes and automatic entries do not. */
export function isCountedContact(kind: string) {
	return (countedContactKinds as readonly string[]).includes(kind)
}

export const WEEKLY_TARGET_MAX = 50

/** The weekly target of a member: their own, or the network's default. */
export function weeklyTarget(own: number | null | undefined, fallback: number) {
	return own ?? fallback
}

// --- The suggested next step for a quiet employer ---------------------------------------------------

export type NextStep =
	| { kind: 'ASK_PLEDGE'; pledge: string }
	| { kind: 'CALL_ABOUT_PLACE'; placeId: string; place: string }
	| { kind: 'PLAN_VISIT' }
	| { kind: 'INVITE_TO_MEETING'; eventId: string; event: string; startsAt: string }
	| { kind: 'CALL' }

export type NextStepContext = {
	stage: string
	/** Pledges of this employer not yet filled. */
	openPledges: ReadonlyArray<{ description: string }>
	/** The employer's published places. */
	openPlaces: ReadonlyArray<{ id: string; title: string }>
	/** The network's next employer meeting, if one is planned. */
	nextMeeting: { id: string; title: string; startsAt: Date | string } | null
}

/**
 * What to do about a quiet employer, most concrete first: a promise made is worth asking about; an
 * open place is a reason to call; a partner deserves a visit; otherwise the next employer meeting is
 * an easy way back in; and failing all that, a call to hear how things are.
 */
export function suggestNextStep({ stage, openPledges, openPlaces, nextMeeting }: NextStepContext): NextStep {
	const pledge = openPledges[0]
	if (pledge) return { kind: 'ASK_PLEDGE', pledge: pledge.description }
	const place = openPlaces[0]
	if (place) return { kind: 'CALL_ABOUT_PLACE', placeId: place.id, place: place.title }
	if (stage === 'PARTNER') return { kind: 'PLAN_VISIT' }
	if (nextMeeting) {
		return {
			kind: 'INVITE_TO_MEETING',
			eventId: nextMeeting.id,
			event: nextMeeting.title,
			startsAt: new Date(nextMeeting.startsAt).toISOString(),
		}
	}
	return { kind: 'CALL' }
}
