// The network's events: employer meetings, sounding-board sessions, walk-ins and workshops. Every
// query is scoped by the network (the coordinator's coaching organisation); another network's event
// answers 404. Times are stored in UTC; a change of time or place raises `sequence` so calendars
// replace the earlier version.
import { z } from 'zod'
import { amsterdamDate, amsterdamLocalDateTime } from '#app/utils/amsterdam-time.ts'
import { now } from '#app/utils/clock.server.ts'
import { prisma, type Prisma } from '#app/utils/db.server.ts'
import { type PermissionRequest } from '#app/utils/permissions.ts'
import { attachOpenTopics, listTopicsForEvent, releaseTopics } from './group-topics.server.ts'
import { findGroup } from './groups.server.ts'
import { requireNetworkUser } from './network-access.server.ts'
import { countResponses, responseOrder, type ResponseCounts } from './event-options.ts'
import { eventMoments, type EventFormInput } from './event-schema.ts'
import { icsEventSelect } from './event-ics.server.ts'
import { mailContactSelect } from './contact-mail.server.ts'
import { invitationMailStatus, sendCancelledMail, sendInvitationMail } from './event-mail.server.ts'
import { notifyPromoted, promoteWaitlisted } from './rsvp.server.ts'

export type UpcomingEvent = {
	id: string
	title: string
	kind: string
	startsAt: Date
	location: string | null
	capacity: number | null
	counts: { invited: number; yes: number; no: number; maybe: number; waitlisted: number }
}

const EventParamsSchema = z.object({ eventId: z.string().min(1).max(40) })

/** The signed-in coordinator, their network and the event the route names; 404 for another network's event. */
export async function requireNetworkEvent(
	request: Request,
	params: unknown,
	permission: PermissionRequest = 'read:network',
) {
	const { user, networkId } = await requireNetworkUser(request, permission)
	const parsed = EventParamsSchema.safeParse(params)
	const event = parsed.success
		? await prisma.networkEvent.findFirst({ where: { id: parsed.data.eventId, organizationId: networkId } })
		: null
	if (!event) throw new Response('Not Found', { status: 404 })
	return { user, networkId, event }
}

/** Answer counts per event, for lists. */
async function countsByEvent(eventIds: string[]) {
	const rows = await prisma.eventInvitation.groupBy({
		by: ['eventId', 'response'],
		where: { eventId: { in: eventIds } },
		_count: { _all: true },
	})
	const grouped = new Map<string, Array<{ response: string; count: number }>>()
	for (const row of rows) {
		const list = grouped.get(row.eventId) ?? []
		list.push({ response: row.response, count: row._count._all })
		grouped.set(row.eventId, list)
	}
	return (eventId: string): ResponseCounts => countResponses(grouped.get(eventId) ?? [])
}

/** The network's planned events from now on, soonest first, with their RSVP counts. */
export async function listUpcomingEvents(networkId: string, options: { take?: number } = {}): Promise<UpcomingEvent[]> {
	const events = await prisma.networkEvent.findMany({
		where: { organizationId: networkId, status: 'PLANNED', endsAt: { gt: now() } },
		orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
		take: options.take ?? 5,
		select: { id: true, title: true, kind: true, startsAt: true, location: true, capacity: true },
	})
	const countsFor = await countsByEvent(events.map((event) => event.id))
	return events.map((event) => ({ ...event, counts: countsFor(event.id) }))
}

export const PAST_EVENTS_SHOWN = 100

/**
 * The events page: what is coming (cancelled ones marked) and what was, with answer counts; the
 * PAST_EVENTS_SHOWN latest past events, or all of them with `pastLimit: null` (the list's export).
 */
export async function listEvents(
	networkId: string,
	{ pastLimit = PAST_EVENTS_SHOWN }: { pastLimit?: number | null } = {},
) {
	const moment = now()
	const select = {
		id: true,
		title: true,
		kind: true,
		status: true,
		startsAt: true,
		endsAt: true,
		location: true,
		onlineUrl: true,
		capacity: true,
		group: { select: { id: true, name: true } },
	} as const
	const [upcoming, past] = await Promise.all([
		prisma.networkEvent.findMany({
			where: { organizationId: networkId, endsAt: { gt: moment } },
			orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
			select,
		}),
		prisma.networkEvent.findMany({
			where: { organizationId: networkId, endsAt: { lte: moment } },
			orderBy: [{ startsAt: 'desc' }, { id: 'desc' }],
			take: pastLimit ?? undefined,
			select,
		}),
	])
	const countsFor = await countsByEvent([...upcoming, ...past].map((event) => event.id))
	const withCounts = (events: typeof upcoming) => events.map((event) => ({ ...event, counts: countsFor(event.id) }))
	return { upcoming: withCounts(upcoming), past: withCounts(past) }
}

/** The coordinator's event page: the event, every invitee's answer and needs, the waiting list in order. */
export async function getEventPage(eventId: string) {
	const event = await prisma.networkEvent.findUniqueOrThrow({
		where: { id: eventId },
		include: {
			group: { select: { id: true, name: true } },
			invitations: {
				select: {
					id: true,
					response: true,
					needs: true,
					respondedAt: true,
					waitlistedAt: true,
					mailStatus: true,
					attendance: true,
					contactPerson: {
						select: { id: true, name: true, jobTitle: true, organization: { select: { id: true, name: true } } },
					},
				},
			},
		},
	})
	const { invitations, ...rest } = event
	const sorted = [...invitations].sort(
		(a, b) =>
			responseOrder(a.response) - responseOrder(b.response) ||
			a.contactPerson.name.localeCompare(b.contactPerson.name, 'nl'),
	)
	const waitlist = invitations
		.filter((invitation) => invitation.response === 'WAITLISTED')
		.sort((a, b) => (a.waitlistedAt?.getTime() ?? 0) - (b.waitlistedAt?.getTime() ?? 0) || a.id.localeCompare(b.id))
	const counts = countResponses(invitations.map((invitation) => ({ response: invitation.response, count: 1 })))
	const topics = event.groupId ? await listTopicsForEvent(eventId) : []
	return { event: rest, invitations: sorted, waitlist, counts, topics, isPast: event.endsAt <= now() }
}

/** The form's values for an existing event, in Amsterdam time. */
export function eventFormDefaults(
	event: Pick<
		Prisma.NetworkEventModel,
		'kind' | 'title' | 'description' | 'agenda' | 'startsAt' | 'endsAt' | 'location' | 'onlineUrl' | 'capacity'
	>,
) {
	const start = amsterdamLocalDateTime(event.startsAt)
	return {
		kind: event.kind,
		title: event.title,
		description: event.description ?? '',
		agenda: event.agenda ?? '',
		date: start.slice(0, 10),
		startTime: start.slice(11, 16),
		endTime: amsterdamLocalDateTime(event.endsAt).slice(11, 16),
		location: event.location ?? '',
		onlineUrl: event.onlineUrl ?? '',
		capacity: event.capacity === null ? '' : String(event.capacity),
	}
}

export type EventResult = { ok: true; eventId: string } | { ok: false; fieldErrors: Record<string, string[]> }

const timeFieldErrors = { date: ['events:errors.dateInvalid'] }

/** Plans an event; a sounding-board group's session gets the group's open topics on its agenda. */
export async function createEvent({
	networkId,
	actorId,
	input,
}: {
	networkId: string
	actorId: string
	input: EventFormInput
}): Promise<EventResult> {
	const moments = eventMoments(input)
	if (!moments) return { ok: false, fieldErrors: timeFieldErrors }
	if (input.groupId && !(await findGroup(networkId, input.groupId))) {
		return { ok: false, fieldErrors: { groupId: ['events:errors.groupUnknown'] } }
	}
	const event = await prisma.$transaction(async (tx) => {
		const created = await tx.networkEvent.create({
			data: {
				organizationId: networkId,
				kind: input.kind,
				title: input.title,
				description: input.description || null,
				agenda: input.agenda || null,
				...moments,
				location: input.location || null,
				onlineUrl: input.onlineUrl || null,
				capacity: input.capacity ?? null,
				groupId: input.groupId ?? null,
				createdById: actorId,
			},
		})
		if (input.groupId) await attachOpenTopics(tx, input.groupId, created.id)
		return created
	})
	return { ok: true, eventId: event.id }
}

export type UpdateEventResult =
	| { ok: true; eventId: string; changedTimeOrPlace: boolean; promoted: number; notified: number }
	| { ok: false; fieldErrors?: Record<string, string[]>; problem?: 'cancelled' }

/**
 * Changes an event. A new time or place raises the sequence (calendars update), lets the RSVP links
 * live until the new end and clears sent reminders when the Amsterdam day moved; more seats (or none limited)
 * promote the waiting list. With `notifyInvitees`, yes and maybe get the updated calendar invitation.
 */
export async function updateEvent({
	eventId,
	input,
}: {
	eventId: string
	input: EventFormInput
}): Promise<UpdateEventResult> {
	const moments = eventMoments(input)
	if (!moments) return { ok: false, fieldErrors: timeFieldErrors }
	const current = await prisma.networkEvent.findUniqueOrThrow({ where: { id: eventId } })
	if (current.status === 'CANCELLED') return { ok: false, problem: 'cancelled' }
	const location = input.location || null
	const onlineUrl = input.onlineUrl || null
	const startMoved = current.startsAt.getTime() !== moments.startsAt.getTime()
	// The reminder goes the day before the event's Amsterdam day: only a new day needs a new one.
	const dayMoved = amsterdamDate(current.startsAt) !== amsterdamDate(moments.startsAt)
	const endMoved = current.endsAt.getTime() !== moments.endsAt.getTime()
	const changedTimeOrPlace = startMoved || endMoved || current.location !== location || current.onlineUrl !== onlineUrl
	const promoted = await prisma.$transaction(async (tx) => {
		await tx.networkEvent.update({
			where: { id: eventId },
			data: {
				kind: input.kind,
				title: input.title,
				description: input.description || null,
				agenda: input.agenda || null,
				...moments,
				location,
				onlineUrl,
				capacity: input.capacity ?? null,
				...(changedTimeOrPlace ? { sequence: { increment: 1 } } : {}),
			},
		})
		if (dayMoved) {
			await tx.eventInvitation.updateMany({ where: { eventId }, data: { reminderSentAt: null } })
		}
		if (endMoved) {
			const invitations = await tx.eventInvitation.findMany({ where: { eventId }, select: { id: true } })
			await tx.linkToken.updateMany({
				where: { purpose: 'EVENT_RSVP', subjectId: { in: invitations.map((invitation) => invitation.id) } },
				data: { expiresAt: moments.endsAt },
			})
		}
		return promoteWaitlisted(tx, eventId)
	})
	await notifyPromoted(eventId, promoted)
	const notified = changedTimeOrPlace && input.notifyInvitees ? await mailComing(eventId, 'update') : 0
	return { ok: true, eventId, changedTimeOrPlace, promoted: promoted.length, notified }
}

/**
 * Cancels the event; everyone who might come gets a cancellation that takes it out of their calendar.
 * A sounding-board session's topics go back to the group's open topics, for the next session.
 */
export async function cancelEvent(eventId: string) {
	const cancelled = await prisma.$transaction(async (tx) => {
		const { count } = await tx.networkEvent.updateMany({
			where: { id: eventId, status: 'PLANNED' },
			data: { status: 'CANCELLED', sequence: { increment: 1 } },
		})
		if (count === 0) return false
		await releaseTopics(tx, eventId)
		return true
	})
	if (!cancelled) return { ok: false as const }
	return { ok: true as const, notified: await mailComing(eventId, 'cancel') }
}

/**
 * Mails the yes and maybe answers; a cancellation also reaches the waiting list and everyone whose
 * invitation went out unanswered (their calendar may hold it tentatively). Returns how many went out.
 */
async function mailComing(eventId: string, kind: 'update' | 'cancel') {
	const event = await prisma.networkEvent.findUniqueOrThrow({ where: { id: eventId }, select: icsEventSelect })
	const coming = { response: { in: ['YES', 'MAYBE'] } }
	const invitations = await prisma.eventInvitation.findMany({
		where: {
			eventId,
			OR:
				kind === 'cancel'
					? [coming, { response: 'WAITLISTED' }, { response: 'INVITED', mailStatus: { in: ['SENT', 'STORED'] } }]
					: [coming],
		},
		select: { id: true, contactPerson: { select: mailContactSelect } },
	})
	let sent = 0
	for (const invitation of invitations) {
		const outcome =
			kind === 'cancel'
				? await sendCancelledMail(event, invitation)
				: await sendInvitationMail(event, invitation, 'update')
		if (outcome.sent && outcome.result.status !== 'failed') sent++
		const mailStatus = kind === 'update' ? invitationMailStatus(outcome) : null
		if (mailStatus) await prisma.eventInvitation.update({ where: { id: invitation.id }, data: { mailStatus } })
	}
	return sent
}
