import { now } from '#app/utils/clock.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import { getEnv } from '#app/utils/env.server.ts'
import { createLinkToken, getUsableLinkToken, type LinkTokenPurpose } from '#app/utils/link-tokens.server.ts'
import { hashToken } from '#app/utils/session.server.ts'
import { LinkTokenSchema } from '#app/utils/validation.ts'

const UNSUBSCRIBE_LINK_DAYS = 365

/** A fresh personal preferences link for one contact, put in every network email to them. */
export async function createUnsubscribeUrl(contactPersonId: string) {
	const { token } = await createLinkToken({
		purpose: 'UNSUBSCRIBE',
		subjectId: contactPersonId,
		expiresAt: new Date(now().getTime() + UNSUBSCRIBE_LINK_DAYS * 24 * 60 * 60 * 1000),
	})
	return `${getEnv().APP_URL}/afmelden/${token}`
}

/** Why a personal link cannot be used: never issued (or altered), or past its date. */
export type ContactLinkProblem = 'unknown' | 'expired'

export type ContactLink = { ok: true; subjectId: string } | { ok: false; problem: ContactLinkProblem }

/** The HTTP status of the explanation page for a link that cannot be used. */
export const contactLinkStatus: Record<ContactLinkProblem, 404 | 410> = { unknown: 404, expired: 410 }

/**
 * What a contact's personal link (preferences, sounding-board topics) acts on. Unlike
 * getUsableLinkToken it tells an expired link from a tampered one, so the page can explain which.
 */
export async function readContactLink(token: string, purpose: LinkTokenPurpose): Promise<ContactLink> {
	if (!LinkTokenSchema.safeParse(token).success) return { ok: false, problem: 'unknown' }
	const usable = await getUsableLinkToken(token, purpose)
	if (usable) return { ok: true, subjectId: usable.subjectId }
	const known = await prisma.linkToken.findUnique({
		where: { tokenHash: hashToken(token) },
		select: { purpose: true, expiresAt: true },
	})
	const expired = known?.purpose === purpose && known.expiresAt.getTime() <= now().getTime()
	return { ok: false, problem: expired ? 'expired' : 'unknown' }
}
