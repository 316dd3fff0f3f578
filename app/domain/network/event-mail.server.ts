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
import { createLinkToken } from '#app/utils/link-tokens.server.ts'
import { sendEmail, type SendEmailResult } from '#app/utils/email.server.ts'
import { defaultLocale } from '#app/utils/i18n.ts'
import { createUnsubscribeUrl } from './contact-mail.server.ts'
import { mailBlockReason, type MailBlock, type MailCategory } from './contact-mail.ts'
import { buildEventIcs, eventIcsAttachment, rsvpUrl, type IcsNetworkEvent } from './event-ics.server.ts'
import { type InvitationMailStatus } from './event-options.ts'

/** What an event mail needs of the event (select it with `icsEventSelect`). */
export type MailEvent = IcsNetworkEvent

export type MailContact = {
	id: string
	name: string
	email: string | null
	bouncedAt: Date | null
	mailOptOuts: string
}

export const mailContactSelect = { id: true, name: true, email: true, bouncedAt: true, mailOptOuts: true } as const

export type MailInvitation = { id: string; contactPerson: MailContact }

export type EventMailOutcome = { sent: true; result: SendEmailResult } | { sent: false; blocked: MailBlock }

const skippedStatus: Record<MailBlock, InvitationMailStatus> = {
	NO_EMAIL: 'SKIPPED_NO_EMAIL',
	BOUNCED: 'SKIPPED_BOUNCED',
	OPTED_OUT: 'SKIPPED_OPTED_OUT',
}

/** The invitation's mailStatus after an attempt; null leaves it as it was (the message had gone out before). */
export function invitationMailStatus(outcome: EventMailOutcome): InvitationMailStatus | null {
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

async function mailContact(
	contact: MailContact,
	category: MailCategory,
	send: (to: string, unsubscribeUrl: string) => Promise<SendEmailResult>,
): Promise<EventMailOutcome> {
	const blocked = mailBlockReason(contact, category)
	if (blocked || !contact.email) return { sent: false, blocked: blocked ?? 'NO_EMAIL' }
	const unsubscribeUrl = await createUnsubscribeUrl(contact.id)
	return { sent: true, result: await send(contact.email, unsubscribeUrl) }
}

const eventDetails = (event: MailEvent) => ({
	title: event.title,
	startsAt: event.startsAt,
	endsAt: event.endsAt,
	location: event.location,
	onlineUrl: event.onlineUrl,
	agenda: event.agenda,
	description: event.description,
})

/** The invitation (or, after a change of time or place, the update) with the calendar file. */
export function sendInvitationMail(event: MailEvent, invitation: MailInvitation, variant: 'invitation' | 'update') {
	const locale = defaultLocale
	return mailContact(invitation.contactPerson, 'EVENTS', async (to, unsubscribeUrl) => {
		const url = await createRsvpUrl(invitation.id, event)
		const ics = buildEventIcs(event, {
			method: 'REQUEST',
			locale,
			attendee: { name: invitation.contactPerson.name, email: to },
			rsvpUrl: url,
		})
		return sendEmail({
			to,
			subject: eventInvitationSubject({ locale, variant, event }),
			react: createElement(EventInvitationEmail, {
				locale,
				variant,
				event: eventDetails(event),
				organizerName: event.organization.name,
				inviteeName: invitation.contactPerson.name,
				rsvpUrl: url,
				unsubscribeUrl,
			}),
			// One message per invitation and version of the event: a retry sends nothing, a change sends the update.
			idempotencyKey: `event-invitation:${invitation.id}:${event.sequence}`,
			attachments: [eventIcsAttachment(ics, 'REQUEST')],
			unsubscribeUrl,
		})
	})
}

/** The day-before reminder; the key holds the start, so a moved event is reminded again for its new day. */
export function sendReminderMail(event: MailEvent, invitation: MailInvitation & { response: 'YES' | 'MAYBE' }) {
	const locale = defaultLocale
	return mailContact(invitation.contactPerson, 'EVENTS', async (to, unsubscribeUrl) =>
		sendEmail({
			to,
			subject: eventReminderSubject({ locale, event }),
			react: createElement(EventReminderEmail, {
				locale,
				event: eventDetails(event),
				inviteeName: invitation.contactPerson.name,
				response: invitation.response,
				rsvpUrl: await createRsvpUrl(invitation.id, event),
				unsubscribeUrl,
			}),
			idempotencyKey: reminderKey(invitation.id, event.startsAt),
			unsubscribeUrl,
		}),
	)
}

export function reminderKey(invitationId: string, startsAt: Date) {
	return `event-reminder:${invitationId}:${startsAt.toISOString()}`
}

/** Someone on the waiting list got a seat. */
export function sendSeatAvailableMail(event: MailEvent, invitation: MailInvitation & { waitlistedAt: Date | null }) {
	const locale = defaultLocale
	return mailContact(invitation.contactPerson, 'EVENTS', async (to, unsubscribeUrl) =>
		sendEmail({
			to,
			subject: eventSeatAvailableSubject({ locale, event }),
			react: createElement(EventSeatAvailableEmail, {
				locale,
				event: eventDetails(event),
				inviteeName: invitation.contactPerson.name,
				rsvpUrl: await createRsvpUrl(invitation.id, event),
				unsubscribeUrl,
			}),
			// Once per time on the waiting list: a second promotion after a new wait is a new message.
			idempotencyKey: `event-seat:${invitation.id}:${invitation.waitlistedAt?.toISOString() ?? 'none'}`,
			unsubscribeUrl,
		}),
	)
}

/** The cancellation, with a calendar file that takes the event out of the invitee's calendar. */
export function sendCancelledMail(event: MailEvent, invitation: MailInvitation) {
	const locale = defaultLocale
	return mailContact(invitation.contactPerson, 'EVENTS', async (to, unsubscribeUrl) => {
		const ics = buildEventIcs(event, {
			method: 'CANCEL',
			locale,
			attendee: { name: invitation.contactPerson.name, email: to },
		})
		return sendEmail({
			to,
			subject: eventCancelledSubject({ locale, event }),
			react: createElement(EventCancelledEmail, {
				locale,
				event: eventDetails(event),
				organizerName: event.organization.name,
				inviteeName: invitation.contactPerson.name,
				unsubscribeUrl,
			}),
			idempotencyKey: `event-cancelled:${invitation.id}`,
			attachments: [eventIcsAttachment(ics, 'CANCEL')],
			unsubscribeUrl,
		})
	})
}

/** The notes, decisions and action items, once per attendee. */
export function sendSummaryMail(
	event: MailEvent & { notes: string | null; decisions: string | null },
	invitation: MailInvitation,
	actionItems: EventSummaryActionItem[],
) {
	const locale = defaultLocale
	return mailContact(invitation.contactPerson, 'SUMMARIES', (to, unsubscribeUrl) =>
		sendEmail({
			to,
			subject: eventSummarySubject({ locale, event }),
			react: createElement(EventSummaryEmail, {
				locale,
				event: eventDetails(event),
				organizerName: event.organization.name,
				attendeeName: invitation.contactPerson.name,
				notes: event.notes,
				decisions: event.decisions,
				actionItems,
				unsubscribeUrl,
			}),
			idempotencyKey: `event-summary:${invitation.id}`,
			unsubscribeUrl,
		}),
	)
}
