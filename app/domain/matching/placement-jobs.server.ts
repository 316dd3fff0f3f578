// Background jobs for placements, run every few minutes by app/utils/worker.server.ts. Idempotent and
// safe to run twice or at the same time: a reminder is claimed with a conditional update that only one
// run can win, and mail goes out after the claim, outside any transaction.
import { amsterdamDate, calendarDay } from '#app/utils/amsterdam-time.ts'
import { now } from '#app/utils/clock.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import { sendCheckInDueEmail } from '#app/utils/email.server.ts'
import { getEnv } from '#app/utils/env.server.ts'
import { getLogger } from '#app/utils/logger.server.ts'
import { addDays, toDay } from './placement-rules.ts'

/**
 * A check-in is reminded from its due day for this many days. One that was due longer ago (a
 * placement recorded afterwards, with its first check-ins already past) is on the coach's to-do
 * list but not mailed: a burst of stale reminders helps nobody.
 */
export const CHECK_IN_REMINDER_WINDOW_DAYS = 7

/**
 * Emails the candidate's primary coach about every check-in that is due (today in Amsterdam, or in
 * the last week) and not recorded yet, of a placement that has not ended: once per check-in and due
 * day (`reminderSentAt`; moving the check-in clears it). Returns how many reminders went out.
 */
export async function sendCheckInReminders(): Promise<number> {
	const today = amsterdamDate(now())
	const due = await prisma.placementCheckIn.findMany({
		where: {
			doneOn: null,
			reminderSentAt: null,
			dueOn: { gte: calendarDay(addDays(today, -CHECK_IN_REMINDER_WINDOW_DAYS)), lte: calendarDay(today) },
			placement: { status: { not: 'ENDED' }, candidate: { erasedAt: null, primaryCoachId: { not: null } } },
		},
		orderBy: [{ dueOn: 'asc' }, { id: 'asc' }],
		select: { id: true, dueOn: true },
	})
	let reminded = 0
	for (const checkIn of due) {
		// The claim: of two runs exactly one sees count 1 and owns this reminder.
		const claimedAt = now()
		const { count } = await prisma.placementCheckIn.updateMany({
			where: { id: checkIn.id, doneOn: null, reminderSentAt: null, dueOn: checkIn.dueOn },
			data: { reminderSentAt: claimedAt },
		})
		if (count !== 1) continue
		const delivered = await remindOneCheckIn(checkIn.id)
		if (delivered) {
			reminded++
		} else {
			// Let the next run try again; a message that did go out is not repeated (same idempotency key).
			await prisma.placementCheckIn.updateMany({
				where: { id: checkIn.id, reminderSentAt: claimedAt },
				data: { reminderSentAt: null },
			})
		}
	}
	return reminded
}

/** Sends the reminder of one claimed check-in; true when it went out (or already had), or nobody can get it. */
async function remindOneCheckIn(checkInId: string) {
	const checkIn = await prisma.placementCheckIn.findUnique({
		where: { id: checkInId },
		select: {
			dueOn: true,
			placement: {
				select: {
					id: true,
					coachingOrganizationId: true,
					place: { select: { title: true } },
					employerOrganization: { select: { name: true } },
					candidate: {
						select: {
							code: true,
							primaryCoach: {
								select: {
									id: true,
									email: true,
									locale: true,
									disabledAt: true,
									memberships: { select: { organizationId: true, role: true } },
								},
							},
						},
					},
				},
			},
		},
	})
	if (!checkIn) return true
	const { placement } = checkIn
	const coach = placement.candidate.primaryCoach
	// Only a jobcoach of the candidate's own organisation, with a working account, gets the mail.
	const stillCoach = coach?.memberships.some(
		(membership) => membership.organizationId === placement.coachingOrganizationId && membership.role === 'JOBCOACH',
	)
	if (!coach || coach.disabledAt || !stillCoach) return true
	const result = await sendCheckInDueEmail({
		to: coach.email,
		locale: coach.locale,
		checkInId,
		dueOn: toDay(checkIn.dueOn),
		candidateCode: placement.candidate.code,
		placeTitle: placement.place.title,
		employerName: placement.employerOrganization.name,
		placementUrl: `${getEnv().APP_URL}/jobcoach/plaatsingen/${placement.id}`,
	})
	if (result.status === 'failed') {
		getLogger().warn({ checkInId, error: result.error }, 'check-in reminder not delivered')
		return false
	}
	return true
}
