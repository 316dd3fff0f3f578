// Test data for the network's contacts and sounding-board groups, straight into the database.
import crypto from 'node:crypto'
import { type StakeholderType } from '#app/domain/network/stakeholder-options.ts'
import { now } from '#app/utils/clock.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import { createLinkToken } from '#app/utils/link-tokens.server.ts'
import { BASE_URL, createSignedInUser, uniqueEmail } from './factories.ts'

export type Signed = Awaited<ReturnType<typeof createSignedInUser>>

/**
 * A network (coaching organisation) with its coordinator and a jobcoach, a coordinator of another
 * network, an employer and an admin, each signed in.
 */
export async function createNetworkWorld() {
	const coordinator = await createSignedInUser({ role: 'COORDINATOR', name: 'Els Bakker' })
	const networkId = coordinator.organization.id
	return {
		networkId,
		coordinator,
		jobcoach: await createSignedInUser({ role: 'JOBCOACH', organizationId: networkId }),
		otherCoordinator: await createSignedInUser({ role: 'COORDINATOR', name: 'Ander Netwerk' }),
		employer: await createSignedInUser({ role: 'EMPLOYER' }),
		admin: await createSignedInUser({ role: 'ADMIN' }),
	}
}

export function createEmployerOrganization(name = 'Hoveniersbedrijf Groen', town: string | null = 'Doetinchem') {
	return prisma.organization.create({ data: { kind: 'EMPLOYER', name, town } })
}

export function createStakeholder(name: string, stakeholderType: StakeholderType = 'STAFFING_AGENCY') {
	return prisma.organization.create({ data: { kind: 'STAKEHOLDER', name, stakeholderType } })
}

/** A contact person of an organisation; a fresh address unless given (null: none). */
export function createContact({
	organizationId,
	name = 'Marieke Jansen',
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

/** A session of a group (a network event), planned unless cancelled. */
export function createSession({
	networkId,
	groupId,
	startsAt,
	status = 'PLANNED',
	title = 'Klankbordsessie',
}: {
	networkId: string
	groupId: string
	startsAt: Date
	status?: 'PLANNED' | 'CANCELLED'
	title?: string
}) {
	return prisma.networkEvent.create({
		data: {
			organizationId: networkId,
			kind: 'SOUNDING_BOARD',
			title,
			startsAt,
			endsAt: new Date(startsAt.getTime() + 2 * 60 * 60 * 1000),
			status,
			groupId,
		},
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
