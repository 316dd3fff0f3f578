// The calendar file of a network event: attached to invitations, updates and cancellations, and
// downloadable from the RSVP page and the coordinator's event page. One UID per event and the event's
// sequence, so a calendar replaces the earlier version instead of adding a second entry.
import { now } from '#app/utils/clock.server.ts'
import { prisma, type Prisma } from '#app/utils/db.server.ts'
import { type EmailAttachment } from '#app/utils/email.server.ts'
import { getEnv } from '#app/utils/env.server.ts'
import { defaultLocale, getFixedT, type Locale } from '#app/utils/i18n.ts'
import { buildIcs } from '#app/utils/ics.ts'

/** What the calendar file (and every event mail) needs of the event. */
export const icsEventSelect = {
	id: true,
	title: true,
	description: true,
	agenda: true,
	startsAt: true,
	endsAt: true,
	location: true,
	onlineUrl: true,
	sequence: true,
	organization: { select: { name: true } },
} as const satisfies Prisma.NetworkEventSelect
export type IcsNetworkEvent = Prisma.NetworkEventGetPayload<{ select: typeof icsEventSelect }>

export type EventIcsMethod = 'REQUEST' | 'PUBLISH' | 'CANCEL'

export function eventUid(eventId: string) {
	return `event-${eventId}@werkverbinder`
}

/** The address part of EMAIL_FROM ("Werkverbinder <noreply@…>"): the organiser calendars show. */
function senderAddress() {
	const from = getEnv().EMAIL_FROM
	return /<([^>]+)>/.exec(from)?.[1] ?? from
}

export function buildEventIcs(
	event: IcsNetworkEvent,
	{
		method,
		locale = defaultLocale,
		attendee,
		rsvpUrl,
	}: {
		/** REQUEST for mail to one invitee, PUBLISH for a download, CANCEL when the event is cancelled. */
		method: EventIcsMethod
		locale?: Locale
		attendee?: { name: string; email: string } | null
		/** The invitee's own answer page, put in the description so it is at hand in the calendar. */
		rsvpUrl?: string | null
	},
) {
	const t = getFixedT(locale, 'events')
	const description = [
		event.description,
		event.agenda ? `${t('ics.agenda')}\n${event.agenda}` : null,
		event.onlineUrl ? t('ics.online', { url: event.onlineUrl }) : null,
		rsvpUrl ? t('ics.rsvp', { url: rsvpUrl }) : null,
	]
		.filter(Boolean)
		.join('\n\n')
	return buildIcs({
		uid: eventUid(event.id),
		sequence: event.sequence,
		method,
		stamp: now(),
		start: event.startsAt,
		end: event.endsAt,
		summary: event.title,
		description: description || null,
		location: event.location ?? event.onlineUrl,
		organizer: { name: event.organization.name, email: senderAddress() },
		attendees: attendee ? [attendee] : [],
	})
}

/** The calendar file as an email attachment. */
export function eventIcsAttachment(ics: string, method: EventIcsMethod): EmailAttachment {
	return { filename: 'bijeenkomst.ics', content: ics, contentType: `text/calendar; charset=utf-8; method=${method}` }
}

/** The calendar file as a download. */
export function eventIcsResponse(ics: string) {
	return new Response(ics, {
		headers: {
			'content-type': 'text/calendar; charset=utf-8',
			'content-disposition': 'attachment; filename="bijeenkomst.ics"',
			'cache-control': 'private, no-store',
		},
	})
}

export function appUrl() {
	return getEnv().APP_URL
}

export function rsvpUrl(token: string) {
	return `${appUrl()}/rsvp/${token}`
}

/** The event's calendar file as a download; a cancelled event's file takes it out of the calendar. */
export async function loadEventIcs(eventId: string) {
	const event = await prisma.networkEvent.findUnique({
		where: { id: eventId },
		select: { ...icsEventSelect, status: true },
	})
	if (!event) return null
	return buildEventIcs(event, { method: event.status === 'CANCELLED' ? 'CANCEL' : 'PUBLISH' })
}
