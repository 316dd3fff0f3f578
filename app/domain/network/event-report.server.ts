// On the day and afterwards: who was there, what was discussed, decided and agreed, and the summary
// to everyone who attended. Attendance of an employer's contact goes on the employer's timeline and
// proposes a follow-up; a wrong tick taken back removes both again.
import { addDays } from '#app/domain/matching/placement-rules.ts'
import { amsterdamDate, calendarDay } from '#app/utils/amsterdam-time.ts'
import { now } from '#app/utils/clock.server.ts'
import { prisma, type Prisma } from '#app/utils/db.server.ts'
import { defaultLocale, getFixedT } from '#app/utils/i18n.ts'
import { recordActivity } from './activities.server.ts'
import { activitySource } from './activity-options.ts'
import { type MailBlock } from './contact-mail.ts'
import { mailContactSelect } from './contact-mail.server.ts'
import { isContactOrganization } from './contacts.server.ts'
import { icsEventSelect } from './event-ics.server.ts'
import { sendSummaryMail } from './event-mail.server.ts'
import { FOLLOW_UP_DAYS_AFTER_EVENT, responseOrder, type Attendance } from './event-options.ts'

type Tx = Prisma.TransactionClient

// --- Attendance ---------------------------------------------------------------------------------

/** The checklist: who may come first (yes, maybe), then the others; and the contacts who could walk in. */
export async function getAttendanceList(eventId: string) {
	const invitations = await prisma.eventInvitation.findMany({
		where: { eventId },
		select: {
			id: true,
			response: true,
			attendance: true,
			needs: true,
			contactPerson: { select: { id: true, name: true, organization: { select: { name: true } } } },
		},
	})
	invitations.sort(
		(a, b) =>
			responseOrder(a.response) - responseOrder(b.response) ||
			a.contactPerson.name.localeCompare(b.contactPerson.name, 'nl'),
	)
	const walkInChoices = await prisma.contactPerson.findMany({
		where: {
			organization: isContactOrganization,
			invitations: { none: { eventId } },
		},
		orderBy: [{ organization: { name: 'asc' } }, { name: 'asc' }],
		select: { id: true, name: true, organization: { select: { name: true } } },
	})
	return { invitations, walkInChoices }
}

/** The follow-up day proposed after an event: the event's Amsterdam day plus FOLLOW_UP_DAYS_AFTER_EVENT. */
export function followUpDayAfter(startsAt: Date) {
	return calendarDay(addDays(amsterdamDate(startsAt), FOLLOW_UP_DAYS_AFTER_EVENT))
}

/** The note stored with the proposed follow-up; in the network's language (Dutch). */
export function followUpNote(eventTitle: string) {
	return getFixedT(defaultLocale, 'events')('followUp.note', { title: eventTitle })
}

type AttendanceEvent = { id: string; title: string; startsAt: Date; organizationId: string }

/** Why attendance cannot be recorded: the event was cancelled, or its day has not come yet. */
export type AttendanceClosed = 'CANCELLED' | 'NOT_YET'

/**
 * Null when attendance may be recorded: from the event's own (Amsterdam) day on, for an event that was
 * not cancelled. Before that day nobody can have been there.
 */
export function attendanceClosedReason(event: { status: string; startsAt: Date }): AttendanceClosed | null {
	if (event.status === 'CANCELLED') return 'CANCELLED'
	if (amsterdamDate(event.startsAt) > amsterdamDate(now())) return 'NOT_YET'
	return null
}

/**
 * Records attendance per invitation (only the ones given; an unchanged value does nothing). PRESENT
 * for an employer's contact records the timeline entry and proposes a follow-up; taking PRESENT back
 * removes the entry, and the proposed follow-up when no colleague of theirs was there either.
 */
export async function recordAttendance({
	eventId,
	actorId,
	entries,
}: {
	eventId: string
	actorId: string
	entries: Record<string, Attendance>
}): Promise<{ ok: true; changed: number } | { ok: false; reason: AttendanceClosed }> {
	const ids = Object.keys(entries)
	return prisma.$transaction(async (tx) => {
		const event = await tx.networkEvent.findUniqueOrThrow({
			where: { id: eventId },
			select: { id: true, title: true, startsAt: true, organizationId: true, status: true },
		})
		const closed = attendanceClosedReason(event)
		if (closed) return { ok: false, reason: closed }
		if (ids.length === 0) return { ok: true, changed: 0 }
		const invitations = await tx.eventInvitation.findMany({
			where: { eventId, id: { in: ids } },
			select: {
				id: true,
				attendance: true,
				contactPerson: { select: { id: true, organization: { select: { id: true, kind: true } } } },
			},
		})
		let changed = 0
		for (const invitation of invitations) {
			const next = entries[invitation.id]
			if (!next || next === invitation.attendance) continue
			changed++
			await tx.eventInvitation.update({
				where: { id: invitation.id },
				data: { attendance: next, attendanceRecordedAt: now() },
			})
			const { organization } = invitation.contactPerson
			if (organization.kind !== 'EMPLOYER') continue
			const attendee = {
				invitationId: invitation.id,
				contactPersonId: invitation.contactPerson.id,
				employerId: organization.id,
			}
			if (next === 'PRESENT') await recordPresence(tx, event, attendee, actorId)
			else if (invitation.attendance === 'PRESENT') await undoPresence(tx, event, attendee)
		}
		return { ok: true, changed }
	})
}

type Attendee = { invitationId: string; contactPersonId: string; employerId: string }

async function recordPresence(tx: Tx, event: AttendanceEvent, attendee: Attendee, actorId: string) {
	const networkId = event.organizationId
	await recordActivity(tx, {
		networkId,
		employerId: attendee.employerId,
		kind: 'EVENT_ATTENDANCE',
		sourceKey: activitySource.attendance(attendee.invitationId),
		eventId: event.id,
		contactPersonId: attendee.contactPersonId,
		occurredAt: event.startsAt,
		actorId,
		summary: event.title,
	})
	const day = followUpDayAfter(event.startsAt)
	// Only sooner: a follow-up already planned before that day stays.
	await tx.employerRelationship.updateMany({
		where: {
			networkId,
			employerId: attendee.employerId,
			OR: [{ nextFollowUpOn: null }, { nextFollowUpOn: { gt: day } }],
		},
		data: { nextFollowUpOn: day, followUpNote: followUpNote(event.title) },
	})
}

async function undoPresence(tx: Tx, event: AttendanceEvent, attendee: Attendee) {
	const networkId = event.organizationId
	await tx.relationshipActivity.deleteMany({ where: { sourceKey: activitySource.attendance(attendee.invitationId) } })
	const colleaguesPresent = await tx.eventInvitation.count({
		where: { eventId: event.id, attendance: 'PRESENT', contactPerson: { organizationId: attendee.employerId } },
	})
	if (colleaguesPresent === 0) {
		// Only the follow-up this event proposed; one the coordinator set or changed since stays.
		await tx.employerRelationship.updateMany({
			where: {
				networkId,
				employerId: attendee.employerId,
				nextFollowUpOn: followUpDayAfter(event.startsAt),
				followUpNote: followUpNote(event.title),
			},
			data: { nextFollowUpOn: null, followUpNote: null },
		})
	}
	// "Gone quiet" reads lastActivityAt: it must not keep the attendance that did not happen.
	const latest = await tx.relationshipActivity.findFirst({
		where: { networkId, employerId: attendee.employerId },
		orderBy: { occurredAt: 'desc' },
		select: { occurredAt: true },
	})
	await tx.employerRelationship.updateMany({
		where: { networkId, employerId: attendee.employerId },
		data: { lastActivityAt: latest?.occurredAt ?? null },
	})
}

/** Someone came who was not invited: they join the list as present. */
export async function addWalkIn({
	eventId,
	contactPersonId,
	actorId,
}: {
	eventId: string
	contactPersonId: string
	actorId: string
}): Promise<{ ok: true } | { ok: false; reason: AttendanceClosed | 'CONTACT_UNKNOWN' }> {
	const event = await prisma.networkEvent.findUniqueOrThrow({
		where: { id: eventId },
		select: { status: true, startsAt: true },
	})
	const closed = attendanceClosedReason(event)
	if (closed) return { ok: false, reason: closed }
	const contact = await prisma.contactPerson.findFirst({
		where: { id: contactPersonId, organization: isContactOrganization },
		select: { id: true },
	})
	if (!contact) return { ok: false, reason: 'CONTACT_UNKNOWN' }
	const invitation = await prisma.eventInvitation.upsert({
		where: { eventId_contactPersonId: { eventId, contactPersonId } },
		create: { eventId, contactPersonId, invitedById: actorId, invitedAt: now() },
		update: {},
		select: { id: true },
	})
	const recorded = await recordAttendance({ eventId, actorId, entries: { [invitation.id]: 'PRESENT' } })
	return recorded.ok ? { ok: true } : recorded
}

// --- Notes, decisions, action items --------------------------------------------------------------

/** The report page: notes, decisions, action items, and the employers who attended (for pledges). */
export async function getEventReport(eventId: string) {
	const [event, actionItems, attendees] = await Promise.all([
		prisma.networkEvent.findUniqueOrThrow({
			where: { id: eventId },
			select: { notes: true, decisions: true, summarySentAt: true },
		}),
		prisma.eventActionItem.findMany({ where: { eventId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
		prisma.eventInvitation.findMany({
			where: { eventId, attendance: 'PRESENT' },
			select: { contactPerson: { select: { organization: { select: { id: true, name: true, kind: true } } } } },
		}),
	])
	const employers = new Map<string, string>()
	for (const { contactPerson } of attendees) {
		if (contactPerson.organization.kind === 'EMPLOYER') {
			employers.set(contactPerson.organization.id, contactPerson.organization.name)
		}
	}
	return {
		...event,
		actionItems,
		presentCount: attendees.length,
		attendingEmployers: [...employers]
			.map(([id, name]) => ({ id, name }))
			.sort((a, b) => a.name.localeCompare(b.name, 'nl')),
	}
}

export function saveNotes(eventId: string, input: { notes?: string; decisions?: string }) {
	return prisma.networkEvent.update({
		where: { id: eventId },
		data: { notes: input.notes || null, decisions: input.decisions || null },
	})
}

export function addActionItem(eventId: string, input: { description: string; ownerName: string; dueOn?: string }) {
	return prisma.eventActionItem.create({
		data: {
			eventId,
			description: input.description,
			ownerName: input.ownerName,
			dueOn: input.dueOn ? calendarDay(input.dueOn) : null,
		},
	})
}

/** Marks the action item done, or open again; false when it is not this event's. */
export async function toggleActionItem(eventId: string, actionItemId: string) {
	const item = await prisma.eventActionItem.findFirst({
		where: { id: actionItemId, eventId },
		select: { doneAt: true },
	})
	if (!item) return false
	await prisma.eventActionItem.update({ where: { id: actionItemId }, data: { doneAt: item.doneAt ? null : now() } })
	return true
}

export async function removeActionItem(eventId: string, actionItemId: string) {
	const { count } = await prisma.eventActionItem.deleteMany({ where: { id: actionItemId, eventId } })
	return count === 1
}

// --- The summary email ---------------------------------------------------------------------------

export type SummaryResult =
	| { ok: true; sent: number; alreadySent: number; failed: number; skipped: Record<MailBlock, number> }
	| { ok: false; problem: 'empty' | 'no-attendees' }

/** Mails the notes, decisions and action items to everyone who was present; each attendee once. */
export async function sendEventSummary(eventId: string): Promise<SummaryResult> {
	const event = await prisma.networkEvent.findUniqueOrThrow({
		where: { id: eventId },
		select: { ...icsEventSelect, notes: true, decisions: true },
	})
	const actionItems = await prisma.eventActionItem.findMany({
		where: { eventId },
		orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
		select: { description: true, ownerName: true, dueOn: true },
	})
	if (!event.notes && !event.decisions && actionItems.length === 0) return { ok: false, problem: 'empty' }
	const attendees = await prisma.eventInvitation.findMany({
		where: { eventId, attendance: 'PRESENT' },
		orderBy: { id: 'asc' },
		select: { id: true, contactPerson: { select: mailContactSelect } },
	})
	if (attendees.length === 0) return { ok: false, problem: 'no-attendees' }
	const result = {
		ok: true as const,
		sent: 0,
		alreadySent: 0,
		failed: 0,
		skipped: { NO_EMAIL: 0, BOUNCED: 0, OPTED_OUT: 0 },
	}
	for (const attendee of attendees) {
		const outcome = await sendSummaryMail(event, attendee, actionItems)
		if (!outcome.sent) result.skipped[outcome.blocked]++
		else if (outcome.result.status === 'duplicate') result.alreadySent++
		else if (outcome.result.status === 'failed') result.failed++
		else result.sent++
	}
	if (result.sent > 0) {
		await prisma.networkEvent.update({ where: { id: eventId }, data: { summarySentAt: now() } })
	}
	return result
}
