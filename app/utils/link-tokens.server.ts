// Personal links for people who may have no account: extend a place (one-time), answer an event
// invitation, bring in sounding-board topics, change mail preferences (usable until they expire).
// The link carries a random 256-bit token; the database only its SHA-256, looked up by that hash.
import { now } from './clock.server.ts'
import { prisma } from './db.server.ts'
import { generateSessionToken, hashToken } from './session.server.ts'

export type LinkTokenPurpose = 'PLACE_EXTEND' | 'EVENT_RSVP' | 'GROUP_TOPICS' | 'UNSUBSCRIBE' | 'AGREEMENT_ACCEPT'

type Client = Pick<typeof prisma, 'linkToken'>

export async function createLinkToken({
	purpose,
	subjectId,
	expiresAt,
}: {
	purpose: LinkTokenPurpose
	subjectId: string
	expiresAt: Date
}) {
	const token = generateSessionToken()
	const linkToken = await prisma.linkToken.create({
		data: { purpose, subjectId, tokenHash: hashToken(token), expiresAt },
	})
	return { token, linkToken }
}

/** The token's row when the link is for this purpose, unused and not expired; otherwise null. */
export async function getUsableLinkToken(token: string, purpose: LinkTokenPurpose) {
	if (!token) return null
	const linkToken = await prisma.linkToken.findUnique({ where: { tokenHash: hashToken(token) } })
	if (!linkToken || linkToken.purpose !== purpose || linkToken.usedAt) return null
	if (linkToken.expiresAt.getTime() <= now().getTime()) return null
	return linkToken
}

/**
 * Marks a usable token used, atomically: of two concurrent clicks exactly one gets `true`.
 * Pass a transaction client to make the use part of a larger change.
 */
export async function consumeLinkToken(linkTokenId: string, client: Client = prisma) {
	const { count } = await client.linkToken.updateMany({
		where: { id: linkTokenId, usedAt: null, expiresAt: { gt: now() } },
		data: { usedAt: now() },
	})
	return count === 1
}
