// Test data for the employer network, straight into the database: its people, organisations with
// contact persons, sounding-board groups, personal links, and webhooks signed as Resend signs them.
import crypto from 'node:crypto'
import { type StakeholderType } from '#app/domain/network/stakeholder-options.ts'
import { now } from '#app/utils/clock.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import { createLinkToken } from '#app/utils/link-tokens.server.ts'
import { type Role } from '#app/utils/permissions.ts'
import { BASE_URL, createSignedInUser, uniqueEmail, type SignedInUser } from './factories.ts'

/**
 * A network (coaching organisation) with its coordinator and a jobcoach; a coordinator of another
 * network, for isolation; an employer and an admin; each signed in.
 */
export async function createNetworkWorld() {
	const coordinator = await createSignedInUser({ role: 'COORDINATOR', name: 'Carla Coördinator' })
	const networkId = coordinator.organization.id
	await prisma.organization.update({ where: { id: networkId }, data: { name: 'Werkkracht Achterhoek' } })
	const otherCoordinator = await createSignedInUser({ role: 'COORDINATOR', name: 'Olga Anderorganisatie' })
	return {
		networkId,
		coordinator,
		jobcoach: await createSignedInUser({ role: 'JOBCOACH', organizationId: networkId, name: 'Jan Jobcoach' }),
		otherNetworkId: otherCoordinator.organization.id,
		otherCoordinator,
		employer: await createSignedInUser({ role: 'EMPLOYER', name: 'Els Werkgever' }),
		admin: await createSignedInUser({ role: 'ADMIN', name: 'Anton Beheer' }),
	}
}

export type NetworkWorld = Awaited<ReturnType<typeof createNetworkWorld>>

/** The world's people by role, as an authorisation matrix signs in. */
export function signedInByRole(world: NetworkWorld): Record<Role, SignedInUser> {
	return { ADMIN: world.admin, COORDINATOR: world.coordinator, JOBCOACH: world.jobcoach, EMPLOYER: world.employer }
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
	stakeholderType?: StakeholderType | null
} = {}) {
	return prisma.organization.create({ data: { kind, name, sector, town, stakeholderType } })
}

export function createEmployerOrganization(name = 'Hoveniersbedrijf Groen', town: string | null = 'Doetinchem') {
	return createOrganization({ name, town })
}

export function createStakeholder(name: string, stakeholderType: StakeholderType = 'STAFFING_AGENCY') {
	return createOrganization({ kind: 'STAKEHOLDER', name, stakeholderType })
}

/** A contact person of an organisation; a fresh address unless given (null: none). */
export function createContact({
	organizationId,
	name = `Contact ${++sequence}`,
	email = uniqueEmail('contact'),
	jobTitle = 'HR-adviseur',
	mailOptOuts = [],
	bouncedAt = null,
}: {
	organizationId: string
	name?: string
	email?: string | null
	jobTitle?: string | null
	mailOptOuts?: string[]
	bouncedAt?: Date | null
}) {
	return prisma.contactPerson.create({
		data: {
			organizationId,
			name,
			email,
			jobTitle,
			mailOptOuts: JSON.stringify(mailOptOuts),
			bouncedAt,
			bounceReason: bouncedAt ? 'Permanent: mailbox does not exist' : null,
		},
	})
}

/** A group of this network with these contacts as current members. */
export function createGroupWithMembers(networkId: string, contactPersonIds: string[], name = 'Klankbordgroep Oost') {
	return prisma.soundingBoardGroup.create({
		data: {
			organizationId: networkId,
			name,
			purpose: 'Meedenken over duurzaam werk bij werkgevers in de regio.',
			members: { create: contactPersonIds.map((contactPersonId) => ({ contactPersonId })) },
		},
		include: { members: true },
	})
}

const DAY = 24 * 60 * 60 * 1000

/** A personal link token as the mails carry it, valid for `days` from the test clock. */
export async function createPersonalToken(
	purpose: 'UNSUBSCRIBE' | 'GROUP_TOPICS' | 'EVENT_RSVP',
	subjectId: string,
	days = 30,
) {
	const { token } = await createLinkToken({ purpose, subjectId, expiresAt: new Date(now().getTime() + days * DAY) })
	return token
}

// --- Webhooks: signed as Resend (Standard Webhooks / svix) signs them: HMAC-SHA256 over
// "<id>.<timestamp>.<body>" with the base64 key after "whsec_", sent as "v1,<base64 signature>". ---

export const TEST_WEBHOOK_SECRET = `whsec_${Buffer.from('werkverbinder-test-webhook-secret-32b').toString('base64')}`

export function signWebhook(secret: string, id: string, timestamp: number, body: string) {
	const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64')
	const signature = crypto.createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')
	return `v1,${signature}`
}

/** A webhook request as Resend sends it: no cookie, no origin, svix headers over the raw body. */
export function webhookRequest(
	payload: unknown,
	{
		id = `msg_${crypto.randomBytes(8).toString('hex')}`,
		secret = TEST_WEBHOOK_SECRET,
		timestamp = Math.floor(Date.now() / 1000),
		headers,
	}: { id?: string; secret?: string; timestamp?: number; headers?: Record<string, string | null> } = {},
) {
	const body = typeof payload === 'string' ? payload : JSON.stringify(payload)
	const all: Record<string, string | null> = {
		'content-type': 'application/json',
		'svix-id': id,
		'svix-timestamp': String(timestamp),
		'svix-signature': signWebhook(secret, id, timestamp, body),
		...headers,
	}
	const requestHeaders = new Headers()
	for (const [key, value] of Object.entries(all)) if (value !== null) requestHeaders.set(key, value)
	return new Request(`${BASE_URL}/webhooks/resend`, { method: 'POST', headers: requestHeaders, body })
}
