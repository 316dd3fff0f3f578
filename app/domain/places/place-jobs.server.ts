// Background jobs of the place life cycle, run every few minutes by app/utils/worker.server.ts.
// Both are idempotent and safe to run twice or at the same time: every write is a conditional
// update that only one run can win, and mail goes out after the claim, outside any transaction.
// A place the job closes is marked for the search index in the transaction that closes it.
import { now } from '#app/utils/clock.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import { sendPlaceExpiryReminder } from '#app/utils/email.server.ts'
import { getEnv } from '#app/utils/env.server.ts'
import { getLogger } from '#app/utils/logger.server.ts'
import { markForReindex } from '#search/outbox.server.ts'
import { createLinkToken } from '#app/utils/link-tokens.server.ts'
import { EXPIRY_REMINDER_DAYS } from './place-options.ts'
import { auditPlace } from './places.server.ts'

const DAY = 24 * 60 * 60 * 1000
/** An extend link keeps working this long after the place's expiry date it was sent for. */
export const EXTEND_LINK_GRACE_DAYS = 14

const openStatuses = ['PUBLISHED', 'PAUSED']

/** Published and paused places whose date has passed close, with reason EXPIRED. Returns how many. */
export async function closeExpiredPlaces() {
	const moment = now()
	const due = await prisma.place.findMany({
		where: { status: { in: openStatuses }, expiresAt: { lte: moment } },
		select: { id: true, status: true },
	})
	if (due.length === 0) return 0
	// One transaction closes them and marks exactly the ones it closed for the search index.
	const closed = await prisma.$transaction(async (tx) => {
		const won: typeof due = []
		for (const place of due) {
			// Conditional on the status just read: a second run (or an employer's extend) wins or loses cleanly.
			const { count } = await tx.place.updateMany({
				where: { id: place.id, status: place.status, expiresAt: { lte: moment } },
				data: { status: 'CLOSED', closedAt: moment, closedReason: 'EXPIRED' },
			})
			if (count === 1) won.push(place)
		}
		const closedIds = won.map((place) => place.id)
		await markForReindex(tx, 'places', closedIds)
		return won
	})
	for (const place of closed) {
		await auditPlace('place.expired', place.id, null, { from: place.status, to: 'CLOSED' })
	}
	return closed.length
}

/**
 * One reminder per published place that expires within 7 days: to its contact person, or else to
 * every member of the organisation, with a one-time link that extends the place.
 * Returns how many places this run reminded.
 */
export async function sendExpiryReminders() {
	const moment = now()
	const due = await prisma.place.findMany({
		where: {
			status: 'PUBLISHED',
			expiryReminderSentAt: null,
			expiresAt: { gt: moment, lte: new Date(moment.getTime() + EXPIRY_REMINDER_DAYS * DAY) },
		},
		select: { id: true, expiresAt: true },
	})
	let reminded = 0
	for (const candidate of due) {
		if (!candidate.expiresAt) continue
		// The claim: of two runs exactly one sees count 1 and owns this reminder.
		const claimedAt = now()
		const { count } = await prisma.place.updateMany({
			where: { id: candidate.id, status: 'PUBLISHED', expiryReminderSentAt: null, expiresAt: candidate.expiresAt },
			data: { expiryReminderSentAt: claimedAt },
		})
		if (count !== 1) continue
		const delivered = await remindOnePlace(candidate.id, candidate.expiresAt)
		if (delivered) {
			reminded++
		} else {
			// Let the next run try again; messages that did go out are not repeated (same idempotency key).
			await prisma.place.updateMany({
				where: { id: candidate.id, expiryReminderSentAt: claimedAt },
				data: { expiryReminderSentAt: null },
			})
		}
	}
	return reminded
}

/** Sends the reminder of one claimed place; true when every recipient got it (or already had it). */
async function remindOnePlace(placeId: string, expiresAt: Date) {
	const place = await prisma.place.findUnique({
		where: { id: placeId },
		select: {
			title: true,
			contactPerson: { select: { id: true, email: true } },
			organization: {
				select: {
					name: true,
					memberships: {
						where: { user: { disabledAt: null } },
						select: { user: { select: { id: true, email: true, locale: true } } },
						orderBy: { createdAt: 'asc' },
					},
				},
			},
		},
	})
	if (!place) return true
	const recipients = place.contactPerson?.email
		? [{ id: place.contactPerson.id, email: place.contactPerson.email, locale: null }]
		: place.organization.memberships.map(({ user }) => ({ id: user.id, email: user.email, locale: user.locale }))
	if (recipients.length === 0) return true

	const { token } = await createLinkToken({
		purpose: 'PLACE_EXTEND',
		subjectId: placeId,
		expiresAt: new Date(expiresAt.getTime() + EXTEND_LINK_GRACE_DAYS * DAY),
	})
	const appUrl = getEnv().APP_URL
	let delivered = true
	for (const recipient of recipients) {
		const result = await sendPlaceExpiryReminder({
			to: recipient.email,
			locale: recipient.locale,
			placeId,
			placeTitle: place.title,
			organizationName: place.organization.name,
			expiresAt,
			extendUrl: `${appUrl}/plek-verlengen?token=${token}`,
			manageUrl: `${appUrl}/werkgever/plekken/${placeId}`,
			recipientId: recipient.id,
		})
		if (result.status === 'failed') {
			delivered = false
			getLogger().warn({ placeId, error: result.error }, 'place expiry reminder not delivered')
		}
	}
	return delivered
}
