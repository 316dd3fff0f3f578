// Background job for events, run every 15 minutes by app/utils/worker.server.ts: the reminder the
// day before. "The day before" is the Amsterdam calendar day: on Monday every invitee who said yes
// or maybe to an event starting on Tuesday (Amsterdam time) gets it, whatever the hour of the event.
//
// Never twice: each reminder is claimed with a conditional update (`reminderSentAt` null → now) that
// only one run can win, so two runs at once or a restarted scheduler skip what is claimed. A crash
// between claim and send would leave a claim without a message: a claim older than
// REMINDER_CLAIM_STALE_MS whose message is not in the outbox is claimed again and sent with the same
// idempotency key (per invitation and the event's Amsterdam day), so it goes out exactly once; a message that did
// go out is never repeated. A failed send releases the claim for the next run.
import { addDays } from '#app/domain/matching/placement-rules.ts'
import { amsterdamDate, fromAmsterdamLocal } from '#app/utils/amsterdam-time.ts'
import { now } from '#app/utils/clock.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import { getLogger } from '#app/utils/logger.server.ts'
import { mailBlockReason } from './contact-mail.ts'
import { icsEventSelect } from './event-ics.server.ts'
import { mailContactSelect } from './contact-mail.server.ts'
import { reminderKey, sendReminderMail } from './event-mail.server.ts'
import { comingResponses } from './event-options.ts'

export const REMINDER_CLAIM_STALE_MS = 10 * 60 * 1000

/** The start and end (UTC) of the Amsterdam calendar day after `moment`. */
export function tomorrowInAmsterdam(moment: Date) {
	const tomorrow = addDays(amsterdamDate(moment), 1)
	return {
		from: fromAmsterdamLocal(`${tomorrow}T00:00`)!,
		to: fromAmsterdamLocal(`${addDays(tomorrow, 1)}T00:00`)!,
	}
}

async function reminderDelivered(invitationId: string, startsAt: Date) {
	const message = await prisma.emailMessage.findUnique({
		where: { idempotencyKey: reminderKey(invitationId, startsAt) },
		select: { status: true },
	})
	return message !== null && message.status !== 'FAILED'
}

/** Sends each invitee who said yes or maybe their reminder the day before; never twice. */
export async function sendEventReminders(): Promise<{ sent: number }> {
	const moment = now()
	const { from, to } = tomorrowInAmsterdam(moment)
	const staleBefore = new Date(moment.getTime() - REMINDER_CLAIM_STALE_MS)
	const due = await prisma.eventInvitation.findMany({
		where: {
			response: { in: [...comingResponses] },
			event: { status: 'PLANNED', startsAt: { gte: from, lt: to } },
			OR: [{ reminderSentAt: null }, { reminderSentAt: { lt: staleBefore } }],
		},
		orderBy: { id: 'asc' },
		select: {
			id: true,
			response: true,
			reminderSentAt: true,
			contactPerson: { select: mailContactSelect },
			event: { select: icsEventSelect },
		},
	})
	let sent = 0
	for (const invitation of due) {
		if (mailBlockReason(invitation.contactPerson, 'EVENTS')) continue
		if (invitation.reminderSentAt && (await reminderDelivered(invitation.id, invitation.event.startsAt))) continue
		// The claim: of two runs exactly one sees count 1 and owns this reminder.
		const claimedAt = now()
		const { count } = await prisma.eventInvitation.updateMany({
			where: { id: invitation.id, reminderSentAt: invitation.reminderSentAt, response: { in: [...comingResponses] } },
			data: { reminderSentAt: claimedAt },
		})
		if (count !== 1) continue
		const response = invitation.response === 'YES' ? 'YES' : 'MAYBE'
		const outcome = await sendReminderMail(invitation.event, { ...invitation, response })
		if (outcome.sent && outcome.result.status === 'failed') {
			getLogger().warn({ invitationId: invitation.id, error: outcome.result.error }, 'event reminder not delivered')
			await prisma.eventInvitation.updateMany({
				where: { id: invitation.id, reminderSentAt: claimedAt },
				data: { reminderSentAt: null },
			})
			continue
		}
		if (outcome.sent && outcome.result.status !== 'duplicate') sent++
	}
	return { sent }
}
