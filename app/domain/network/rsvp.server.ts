// Answering an invitation through the personal RSVP link (no login). The link may be used again to
// change the answer until the event ends. Seats are checked and the waiting list is promoted inside
// one transaction; transactions on the one SQLite connection run one after another, so two answers
// for the last seat can never both get it.
import { now } from '#app/utils/clock.server.ts'
import { prisma, type Prisma } from '#app/utils/db.server.ts'
import { mailContactSelect, readContactLink } from './contact-mail.server.ts'
import { icsEventSelect, loadEventIcs } from './event-ics.server.ts'
import { sendSeatAvailableMail } from './event-mail.server.ts'
import { seatsLeft } from './event-options.ts'
import { type RsvpInput } from './event-schema.ts'

export type RsvpLink =
	| { state: 'usable'; invitationId: string }
	| { state: 'expired' }
	/** Unknown, tampered, malformed or for something else: all look the same from outside. */
	| { state: 'unknown' }

/** What the personal link stands for; an expired link is told apart so its page can say the event is over. */
export async function readRsvpLink(token: string): Promise<RsvpLink> {
	const link = await readContactLink(token, 'EVENT_RSVP')
	if (link.ok) return { state: 'usable', invitationId: link.subjectId }
	return { state: link.problem === 'expired' ? 'expired' : 'unknown' }
}

/** The RSVP page: the event and the invitee's current answer. */
export async function getRsvpInvitation(invitationId: string) {
	const invitation = await prisma.eventInvitation.findUnique({
		where: { id: invitationId },
		select: {
			id: true,
			response: true,
			needs: true,
			waitlistedAt: true,
			contactPerson: { select: { name: true, organization: { select: { name: true } } } },
			event: { select: { ...icsEventSelect, kind: true, capacity: true, status: true } },
		},
	})
	if (!invitation) return null
	const position = invitation.response === 'WAITLISTED' ? await waitlistPosition(invitation) : null
	const taken = await prisma.eventInvitation.count({ where: { eventId: invitation.event.id, response: 'YES' } })
	return { ...invitation, waitlistPosition: position, full: seatsLeft(invitation.event.capacity, taken) === 0 }
}

async function waitlistPosition(invitation: { id: string; waitlistedAt: Date | null; event: { id: string } }) {
	const waitlistedAt = invitation.waitlistedAt ?? now()
	const ahead = await prisma.eventInvitation.count({
		where: {
			eventId: invitation.event.id,
			response: 'WAITLISTED',
			OR: [{ waitlistedAt: { lt: waitlistedAt } }, { waitlistedAt, id: { lt: invitation.id } }],
		},
	})
	return ahead + 1
}

export type RsvpResult =
	| { ok: true; response: 'YES' | 'NO' | 'MAYBE' | 'WAITLISTED' }
	| { ok: false; problem: 'not-found' | 'cancelled' | 'over' }

/**
 * Records the answer. A yes while every seat is taken goes on the waiting list (keeping one's place
 * when already on it); a yes that becomes no or maybe frees the seat for the first on the list, who
 * gets an email. Answering again changes the answer, it never takes a second seat.
 */
export async function answerRsvp(invitationId: string, input: RsvpInput): Promise<RsvpResult> {
	const moment = now()
	const outcome = await prisma.$transaction(async (tx) => {
		const invitation = await tx.eventInvitation.findUnique({
			where: { id: invitationId },
			select: {
				id: true,
				response: true,
				waitlistedAt: true,
				event: { select: { id: true, status: true, capacity: true, endsAt: true } },
			},
		})
		if (!invitation) return { ok: false as const, problem: 'not-found' as const }
		const { event } = invitation
		if (event.status === 'CANCELLED') return { ok: false as const, problem: 'cancelled' as const }
		if (event.endsAt <= moment) return { ok: false as const, problem: 'over' as const }

		let response: 'YES' | 'NO' | 'MAYBE' | 'WAITLISTED' = input.response
		let waitlistedAt: Date | null = null
		if (input.response === 'YES') {
			if (invitation.response === 'YES') {
				response = 'YES'
			} else if (invitation.response === 'WAITLISTED') {
				response = 'WAITLISTED'
				waitlistedAt = invitation.waitlistedAt ?? moment
			} else if (event.capacity !== null) {
				const taken = await tx.eventInvitation.count({ where: { eventId: event.id, response: 'YES' } })
				if (taken >= event.capacity) {
					response = 'WAITLISTED'
					waitlistedAt = moment
				}
			}
		}
		await tx.eventInvitation.update({
			where: { id: invitation.id },
			data: { response, waitlistedAt, needs: input.needs || null, respondedAt: moment },
		})
		const promoted = invitation.response === 'YES' && response !== 'YES' ? await promoteWaitlisted(tx, event.id) : []
		return { ok: true as const, response, promoted, eventId: event.id }
	})
	if (!outcome.ok) return outcome
	await notifyPromoted(outcome.eventId, outcome.promoted)
	return { ok: true, response: outcome.response }
}

/**
 * Gives free seats to the waiting list, first come first served; returns the promoted invitations
 * (with the moment they started waiting, which keys their email). Call inside the transaction that
 * freed the seats.
 */
export async function promoteWaitlisted(tx: Prisma.TransactionClient, eventId: string) {
	const event = await tx.networkEvent.findUniqueOrThrow({
		where: { id: eventId },
		select: { capacity: true, status: true },
	})
	if (event.status !== 'PLANNED') return []
	const waiting = await tx.eventInvitation.findMany({
		where: { eventId, response: 'WAITLISTED' },
		orderBy: [{ waitlistedAt: 'asc' }, { id: 'asc' }],
		select: { id: true, waitlistedAt: true },
	})
	if (waiting.length === 0) return []
	const taken = await tx.eventInvitation.count({ where: { eventId, response: 'YES' } })
	const free = event.capacity === null ? waiting.length : Math.max(0, event.capacity - taken)
	const promoted = waiting.slice(0, free)
	for (const invitation of promoted) {
		await tx.eventInvitation.update({ where: { id: invitation.id }, data: { response: 'YES' } })
	}
	return promoted
}

/** Tells each promoted invitee they have a seat; after the transaction, never inside it. */
export async function notifyPromoted(eventId: string, promoted: Array<{ id: string; waitlistedAt: Date | null }>) {
	if (promoted.length === 0) return
	const event = await prisma.networkEvent.findUniqueOrThrow({ where: { id: eventId }, select: icsEventSelect })
	const invitations = await prisma.eventInvitation.findMany({
		where: { id: { in: promoted.map((invitation) => invitation.id) } },
		select: { id: true, contactPerson: { select: mailContactSelect } },
	})
	for (const invitation of invitations) {
		const waitlistedAt = promoted.find((entry) => entry.id === invitation.id)?.waitlistedAt ?? null
		await sendSeatAvailableMail(event, { ...invitation, waitlistedAt })
	}
}

/** The calendar file behind the RSVP page's download link. */
export async function getRsvpIcs(invitationId: string) {
	const invitation = await prisma.eventInvitation.findUnique({ where: { id: invitationId }, select: { eventId: true } })
	return invitation ? loadEventIcs(invitation.eventId) : null
}
