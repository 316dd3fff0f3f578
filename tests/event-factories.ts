// Test data for the network's events: an event (or a group's session), invitations with their
// personal RSVP links, and what the event tests read from the mails. The network, its organisations
// and contacts come from contact-factories.
import { prisma } from '#app/utils/db.server.ts'
import { createLinkToken } from '#app/utils/link-tokens.server.ts'
import { createContact, createOrganization } from './contact-factories.ts'

let sequence = 0

export function createEvent({
	networkId,
	startsAt,
	endsAt = new Date(startsAt.getTime() + 2 * 60 * 60 * 1000),
	capacity = null,
	title = `Werkgeversbijeenkomst ${++sequence}`,
	kind = 'EMPLOYER_MEETING',
	location = 'Stadskamer, Hoofdstraat 1, Doetinchem',
	status = 'PLANNED',
	groupId = null,
}: {
	networkId: string
	startsAt: Date
	endsAt?: Date
	capacity?: number | null
	title?: string
	kind?: string
	location?: string | null
	status?: string
	groupId?: string | null
}) {
	return prisma.networkEvent.create({
		data: { organizationId: networkId, kind, title, startsAt, endsAt, capacity, location, status, groupId },
	})
}

/** A session of a sounding-board group (a network event), planned unless cancelled. */
export function createGroupSession({
	title = 'Klankbordsessie',
	...event
}: Omit<Parameters<typeof createEvent>[0], 'kind' | 'groupId' | 'location'> & { groupId: string }) {
	return createEvent({ ...event, title, kind: 'SOUNDING_BOARD', location: null })
}

/** An invitation (mailed) with a working personal RSVP link, as inviting would make it. */
export async function createInvitation({
	eventId,
	contactPersonId,
	response = 'INVITED',
	waitlistedAt = null,
}: {
	eventId: string
	contactPersonId: string
	response?: string
	waitlistedAt?: Date | null
}) {
	const event = await prisma.networkEvent.findUniqueOrThrow({ where: { id: eventId } })
	const invitation = await prisma.eventInvitation.create({
		data: { eventId, contactPersonId, response, waitlistedAt, mailStatus: 'STORED' },
	})
	const { token } = await createLinkToken({ purpose: 'EVENT_RSVP', subjectId: invitation.id, expiresAt: event.endsAt })
	return { invitation, token }
}

/** A contact (of a new employer unless an organisation is given), invited to the event, with their answer so far. */
export async function createInvitee(
	eventId: string,
	{
		organizationId,
		response,
		waitlistedAt,
		...contact
	}: Partial<Parameters<typeof createContact>[0]> &
		Pick<Parameters<typeof createInvitation>[0], 'response' | 'waitlistedAt'> = {},
) {
	const person = await createContact({ ...contact, organizationId: organizationId ?? (await createOrganization()).id })
	return {
		contact: person,
		...(await createInvitation({ eventId, contactPersonId: person.id, response, waitlistedAt })),
	}
}

/** The personal RSVP token in a message text. */
export function rsvpTokenIn(text: string) {
	return /\/rsvp\/([a-z2-7]{52})/.exec(text)?.[1] ?? null
}

/** The calendar file attached to an outbox message (the outbox keeps it after the text), unfolded. */
export function icsIn(text: string) {
	const start = text.indexOf('BEGIN:VCALENDAR')
	if (start === -1) return null
	return text.slice(start).replace(/\r\n /g, '')
}

/** A calendar file's lines, unfolded. */
export function icsLines(text: string) {
	return text.replace(/\r\n /g, '').split('\r\n')
}
