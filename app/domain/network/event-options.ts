// The closed lists of the network's events, their invitations and attendance, and the few display
// rules the coordinator's pages, the RSVP page and the emails share. Client-safe: no server imports.
// Labels live in app/locales/*/events.json under the same keys (e.g. events:kinds.WORKSHOP).
import { displayTimeZone, intlLocale } from '#app/utils/format.ts'
import { type MailBlock } from './contact-mail.ts'

export const eventKinds = ['EMPLOYER_MEETING', 'SOUNDING_BOARD', 'WALK_IN', 'WORKSHOP'] as const
export type EventKind = (typeof eventKinds)[number]

export const eventStatuses = ['PLANNED', 'CANCELLED'] as const
export type EventStatus = (typeof eventStatuses)[number]

/** INVITED: no answer yet; WAITLISTED: said yes while the event was full. */
export const invitationResponses = ['INVITED', 'YES', 'MAYBE', 'NO', 'WAITLISTED'] as const
export type InvitationResponse = (typeof invitationResponses)[number]

/** What an invitee can answer on the RSVP page. */
export const rsvpAnswers = ['YES', 'MAYBE', 'NO'] as const
export type RsvpAnswer = (typeof rsvpAnswers)[number]

/** Who gets reminders, updates and cancellations: everyone who may come. */
export const comingResponses = ['YES', 'MAYBE'] as const satisfies readonly InvitationResponse[]

/** EXCUSED: sent apologies. */
export const attendanceValues = ['PRESENT', 'ABSENT', 'EXCUSED'] as const
export type Attendance = (typeof attendanceValues)[number]

export const invitationMailStatuses = [
	'SENT',
	'STORED',
	'FAILED',
	'SKIPPED_BOUNCED',
	'SKIPPED_OPTED_OUT',
	'SKIPPED_NO_EMAIL',
] as const
export type InvitationMailStatus = (typeof invitationMailStatuses)[number]

export const EVENT_TITLE_MAX = 120
export const EVENT_TEXT_MAX = 5000
export const EVENT_LOCATION_MAX = 200
export const EVENT_URL_MAX = 500
export const CAPACITY_MAX = 10_000
/** Accessibility or dietary needs an invitee tells us on the RSVP page. */
export const NEEDS_MAX = 500
export const REPORT_TEXT_MAX = 10_000
export const ACTION_ITEM_MAX = 500
export const OWNER_NAME_MAX = 120
export const PLEDGE_SPOTS_MAX = 50
/** The follow-up proposed for an employer who attended: this many days after the event. */
export const FOLLOW_UP_DAYS_AFTER_EVENT = 14
/** How often the coordinator's event page asks for new answers while it is visible. */
export const RESPONSE_POLL_MS = 10_000

export type ResponseCounts = { invited: number; yes: number; no: number; maybe: number; waitlisted: number }

/** Counts per answer; `invited` is everyone on the invitation list, whatever they answered. */
export function countResponses(rows: ReadonlyArray<{ response: string; count: number }>): ResponseCounts {
	const counts: ResponseCounts = { invited: 0, yes: 0, no: 0, maybe: 0, waitlisted: 0 }
	for (const { response, count } of rows) {
		counts.invited += count
		if (response === 'YES') counts.yes += count
		else if (response === 'NO') counts.no += count
		else if (response === 'MAYBE') counts.maybe += count
		else if (response === 'WAITLISTED') counts.waitlisted += count
	}
	return counts
}

/** Seats left, or null when the event has no limit. */
export function seatsLeft(capacity: number | null, yes: number) {
	return capacity === null ? null : Math.max(0, capacity - yes)
}

/** Invitees who may come first (yes, maybe), then the waiting list, then the rest: the order of the attendance list. */
export function responseOrder(response: string) {
	const order = ['YES', 'MAYBE', 'WAITLISTED', 'INVITED', 'NO']
	const index = order.indexOf(response)
	return index === -1 ? order.length : index
}

/** "dinsdag 13 januari 2026, 19:00–21:00" in Amsterdam time; the end date too when it is another day. */
export function formatEventTime(startsAt: Date | string, endsAt: Date | string, locale: string) {
	const start = new Date(startsAt)
	const end = new Date(endsAt)
	const day = new Intl.DateTimeFormat(intlLocale(locale), {
		weekday: 'long',
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: displayTimeZone,
	})
	const time = new Intl.DateTimeFormat(intlLocale(locale), {
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23',
		timeZone: displayTimeZone,
	})
	const startDay = day.format(start)
	const endDay = day.format(end)
	if (startDay === endDay) return `${startDay}, ${time.format(start)}–${time.format(end)}`
	return `${startDay}, ${time.format(start)} – ${endDay}, ${time.format(end)}`
}

/** Where the event is, as one line: the place, the online link, or both. */
export function eventPlaceText(event: { location: string | null; onlineUrl: string | null }) {
	return [event.location, event.onlineUrl].filter(Boolean).join(' · ')
}

/** What sending to these rows would do: how many get mail, who is skipped and why, who is already invited. */
export function previewInvitations(rows: ReadonlyArray<{ block: MailBlock | null; alreadyInvited: boolean }>) {
	const preview = { willMail: 0, alreadyInvited: 0, skipped: { NO_EMAIL: 0, BOUNCED: 0, OPTED_OUT: 0 } }
	for (const row of rows) {
		if (row.alreadyInvited) preview.alreadyInvited++
		else if (row.block) preview.skipped[row.block]++
		else preview.willMail++
	}
	return preview
}
