// Every email about an event to a contact goes through here: the contact's mail preferences are
// checked first (a blocked contact is skipped, with the reason), each message carries the contact's
// preferences link, and each has an idempotency key for its logical message, so a retry or a second
// run sends nothing twice. Call these after the transaction that decided to send has committed.
import { createElement } from 'react'
import EventCancelledEmail, { eventCancelledSubject } from '#emails/event-cancelled.tsx'
import EventInvitationEmail, { eventInvitationSubject } from '#emails/event-invitation.tsx'
import EventReminderEmail, { eventReminderSubject } from '#emails/event-reminder.tsx'
import EventSeatAvailableEmail, { eventSeatAvailableSubject } from '#emails/event-seat-available.tsx'
import EventSummaryEmail, { eventSummarySubject, type EventSummaryActionItem } from '#emails/event-summary.tsx'
import { amsterdamDate } from '#app/utils/amsterdam-time.ts'
import { createLinkToken } from '#app/utils/link-tokens.server.ts'
import { defaultLocale } from '#app/utils/i18n.ts'
import { type MailBlock } from './contact-mail.ts'
import { sendContactMail, type ContactMailOutcome, type MailContact } from './contact-mail.server.ts'
import { buildEventIcs, eventIcsAttachment, rsvpUrl, type IcsNetworkEvent } from './event-ics.server.ts'
import { type InvitationMailStatus } from './event-options.ts'

/** What an event mail needs of the event (select it with `icsEventSelect`). */
export type MailEvent = IcsNetworkEvent

/** What an event mail needs of the invitation (select its contact with `mailContactSelect`). */
export type MailInvitation = { id: string; contactPerson: MailContact }

const skippedStatus: Record<MailBlock, InvitationMailStatus> = {
	NO_EMAIL: 'SKIPPED_NO_EMAIL',
	BOUNCED: 'SKIPPED_BOUNCED',
	OPTED_OUT: 'SKIPPED_OPTED_OUT',
}

/** The invitation's mailStatus after an attempt; null leaves it as it was (the message had gone out before). */
export function invitationMailStatus(outcome: ContactMailOutcome): InvitationMailStatus | null {
	if (!outcome.sent) return skippedStatus[outcome.blocked]
	switch (outcome.result.status) {
		case 'sent':
			return 'SENT'
		case 'stored':
			return 'STORED'
		case 'failed':
			return 'FAILED'
		case 'duplicate':
			return null
	}
}

/** A fresh personal RSVP link; it works until the event ends (a later end moves every link's expiry). */
export async function createRsvpUrl(invitationId: string, event: Pick<MailEvent, 'endsAt'>) {
	const { token } = await createLinkToken({ purpose: 'EVENT_RSVP', subjectId: invitationId, expiresAt: event.endsAt })
	return rsvpUrl(token)
}

/** Network mail goes out in the network's language. */
const locale = defaultLocale

/** What every event email template gets: the language, the event and the contact's preferences link. */
const templateProps = (event: MailEvent, unsubscribeUrl: string) => ({
	locale,
	event: {
		title: event.title,
		startsAt: event.startsAt,
		endsAt: event.endsAt,
		location: event.location,
		onlineUrl: event.onlineUrl,
		agenda: event.agenda,
		description: event.description,
	},
	unsubscribeUrl,
})

/** The invitation (or, after a change of time or place, the update) with the calendar file. */
export function sendInvitationMail(event: MailEvent, invitation: MailInvitation, variant: 'invitation' | 'update') {
	return sendContactMail(invitation.contactPerson, 'EVENTS', async (to, unsubscribeUrl) => {
		const url = await createRsvpUrl(invitation.id, event)
		const ics = buildEventIcs(event, {
			method: 'REQUEST',
			locale,
			attendee: { name: invitation.contactPerson.name, email: to },
			rsvpUrl: url,
		})
		return {
			subject: eventInvitationSubject({ locale, variant, event }),
			react: createElement(EventInvitationEmail, {
				...templateProps(event, unsubscribeUrl),
				variant,
				organizerName: event.organization.name,
				inviteeName: invitation.contactPerson.name,
				rsvpUrl: url,
			}),
			// One message per invitation and version of the event: a retry sends nothing, a change sends the update.
			idempotencyKey: `event-invitation:${invitation.id}:${event.sequence}`,
			attachments: [eventIcsAttachment(ics, 'REQUEST')],
		}
	})
}

/**
 * The day-before reminder; the key holds the event's Amsterdam day, so an event moved to another day is
 * reminded again for its new day, and one moved within its day is not reminded twice.
 */
export function sendReminderMail(event: MailEvent, invitation: MailInvitation & { response: 'YES' | 'MAYBE' }) {
	return sendContactMail(invitation.contactPerson, 'EVENTS', async (_to, unsubscribeUrl) => ({
		subject: eventReminderSubject({ locale, event }),
		react: createElement(EventReminderEmail, {
			...templateProps(event, unsubscribeUrl),
			inviteeName: invitation.contactPerson.name,
			response: invitation.response,
			rsvpUrl: await createRsvpUrl(invitation.id, event),
		}),
		idempotencyKey: reminderKey(invitation.id, event.startsAt),
	}))
}

export function reminderKey(invitationId: string, startsAt: Date) {
	return `event-reminder:${invitationId}:${amsterdamDate(startsAt)}`
}

/** Someone on the waiting list got a seat. */
export function sendSeatAvailableMail(event: MailEvent, invitation: MailInvitation & { waitlistedAt: Date | null }) {
	return sendContactMail(invitation.contactPerson, 'EVENTS', async (_to, unsubscribeUrl) => ({
		subject: eventSeatAvailableSubject({ locale, event }),
		react: createElement(EventSeatAvailableEmail, {
			...templateProps(event, unsubscribeUrl),
			inviteeName: invitation.contactPerson.name,
			rsvpUrl: await createRsvpUrl(invitation.id, event),
		}),
		// Once per time on the waiting list: a second promotion after a new wait is a new message.
		idempotencyKey: `event-seat:${invitation.id}:${invitation.waitlistedAt?.toISOString() ?? 'none'}`,
	}))
}

/** The cancellation, with a calendar file that takes the event out of the invitee's calendar. */
export function sendCancelledMail(event: MailEvent, invitation: MailInvitation) {
	return sendContactMail(invitation.contactPerson, 'EVENTS', (to, unsubscribeUrl) => {
		const ics = buildEventIcs(event, {
			method: 'CANCEL',
			locale,
			attendee: { name: invitation.contactPerson.name, email: to },
		})
		return {
			subject: eventCancelledSubject({ locale, event }),
			react: createElement(EventCancelledEmail, {
				...templateProps(event, unsubscribeUrl),
				organizerName: event.organization.name,
				inviteeName: invitation.contactPerson.name,
			}),
			idempotencyKey: `event-cancelled:${invitation.id}`,
			attachments: [eventIcsAttachment(ics, 'CANCEL')],
		}
	})
}

/** The notes, decisions and action items, once per attendee. */
export function sendSummaryMail(
	event: MailEvent & { notes: string | null; decisions: string | null },
	invitation: MailInvitation,
	actionItems: EventSummaryActionItem[],
) {
	return sendContactMail(invitation.contactPerson, 'SUMMARIES', (_to, unsubscribeUrl) => ({
		subject: eventSummarySubject({ locale, event }),
		react: createElement(EventSummaryEmail, {
			...templateProps(event, unsubscribeUrl),
			organizerName: event.organization.name,
			attendeeName: invitation.contactPerson.name,
			notes: event.notes,
			decisions: event.decisions,
			actionItems,
		}),
		idempotencyKey: `event-summary:${invitation.id}`,
	}))
}
