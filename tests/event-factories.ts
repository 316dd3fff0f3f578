// Test data for the network's events: a network with its people, organisations with contacts, an
// event, invitations with their personal RSVP links; and the route calls the event tests share.
import { prisma } from '#app/utils/db.server.ts'
import { createLinkToken } from '#app/utils/link-tokens.server.ts'
import { callRoute, createSessionCookie, createSignedInUser, makeRequest } from './factories.ts'

export type Signed = Awaited<ReturnType<typeof createSignedInUser>>

/** A coordinator's network (coaching organisation) with a jobcoach in it; plus a coordinator of another network, an employer and an admin. */
export async function createEventWorld() {
	const coordinator = await createSignedInUser({ role: 'COORDINATOR', name: 'Fatima El Amrani' })
	const networkId = coordinator.organization.id
	await prisma.organization.update({ where: { id: networkId }, data: { name: 'Werkkracht Achterhoek' } })
	return {
		networkId,
		coordinator,
		jobcoach: await createSignedInUser({ role: 'JOBCOACH', organizationId: networkId }),
		otherCoordinator: await createSignedInUser({ role: 'COORDINATOR' }),
		employer: await createSignedInUser({ role: 'EMPLOYER' }),
		admin: await createSignedInUser({ role: 'ADMIN' }),
	}
}

/** Signs everyone in again (sessions last 30 days; tests that move the clock far need fresh ones). */
export async function refreshSessions(...people: Signed[]) {
	for (const person of people) person.cookie = await createSessionCookie(person.user.id)
}

let sequence = 0

export function createOrganization({
	kind = 'EMPLOYER',
	name = `Organisatie ${++sequence}`,
	sector = null,
	town = null,
	stakeholderType = null,
}: {
	kind?: 'EMPLOYER' | 'STAKEHOLDER'
	name?: string
	sector?: string | null
	town?: string | null
	stakeholderType?: string | null
} = {}) {
	return prisma.organization.create({ data: { kind, name, sector, town, stakeholderType } })
}

export function createContact({
	organizationId,
	name = `Contact ${++sequence}`,
	email = `contact-${++sequence}-${Math.random().toString(36).slice(2, 8)}@example.test`,
	bouncedAt = null,
	mailOptOuts = [],
}: {
	organizationId: string
	name?: string
	email?: string | null
	bouncedAt?: Date | null
	mailOptOuts?: string[]
}) {
	return prisma.contactPerson.create({
		data: { organizationId, name, email, bouncedAt, mailOptOuts: JSON.stringify(mailOptOuts) },
	})
}

/** An employer with one contact person. */
export async function createEmployerWithContact(options: Parameters<typeof createOrganization>[0] = {}) {
	const organization = await createOrganization({ kind: 'EMPLOYER', ...options })
	const contact = await createContact({ organizationId: organization.id, name: `Contact van ${organization.name}` })
	return { organization, contact }
}

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

/** A contact of a new employer, invited to the event. */
export async function createInvitee(eventId: string, options: Parameters<typeof createContact>[0] | null = null) {
	const contact = options
		? await createContact(options)
		: await createContact({ organizationId: (await createOrganization()).id })
	return { contact, ...(await createInvitation({ eventId, contactPersonId: contact.id })) }
}

type RouteModule = Parameters<typeof callRoute>[0]

/** GET a route as a signed-in person (or anonymously with cookie null). */
export function getRoute(
	module: RouteModule,
	path: string,
	cookie: string | null,
	params: Record<string, string> = {},
) {
	return callRoute(module, { request: makeRequest(path, { cookie }), params })
}

/** POST a form to a route; repeated values (checkboxes) as [name, value] pairs. */
export function postRoute(
	module: RouteModule,
	path: string,
	cookie: string | null,
	form: Record<string, string> | Array<[string, string]>,
	params: Record<string, string> = {},
) {
	const body = Array.isArray(form) ? new URLSearchParams(form) : form
	return callRoute(module, { request: makeRequest(path, { form: body, cookie }), params })
}

/** The personal RSVP token in a message text. */
export function rsvpTokenIn(text: string) {
	return /\/rsvp\/([a-z2-7]{52})/.exec(text)?.[1] ?? null
}

/** The calendar file attached to an outbox message (the outbox keeps it after the text). */
export function icsIn(text: string) {
	const start = text.indexOf('BEGIN:VCALENDAR')
	if (start === -1) return null
	return text.slice(start).replace(/\r\n /g, '')
}

export function emailsTo(address: string) {
	return prisma.emailMessage.findMany({ where: { to: address.toLowerCase() }, orderBy: { createdAt: 'asc' } })
}
