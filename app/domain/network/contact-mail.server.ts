import { now } from '#app/utils/clock.server.ts'
import { prisma, type Prisma } from '#app/utils/db.server.ts'
import { sendEmail, type SendEmailInput, type SendEmailResult } from '#app/utils/email.server.ts'
import { getEnv } from '#app/utils/env.server.ts'
import { createLinkToken, getUsableLinkToken, type LinkTokenPurpose } from '#app/utils/link-tokens.server.ts'
import { hashToken } from '#app/utils/session.server.ts'
import { LinkTokenSchema } from '#app/utils/validation.ts'
import { mailBlockReason, type MailBlock, type MailCategory } from './contact-mail.ts'

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

/** What a network email needs of the contact. */
export const mailContactSelect = {
	id: true,
	name: true,
	email: true,
	bouncedAt: true,
	mailOptOuts: true,
} as const satisfies Prisma.ContactPersonSelect

export type MailContact = Prisma.ContactPersonGetPayload<{ select: typeof mailContactSelect }>

export type ContactMailOutcome = { sent: true; result: SendEmailResult } | { sent: false; blocked: MailBlock }

/** The message itself; the address and the preferences link are filled in by `sendContactMail`. */
export type ContactMessage = Omit<SendEmailInput, 'to' | 'unsubscribeUrl'>

/**
 * The one way to mail a contact: a contact who may not get this category (no address, bounced, opted
 * out) is skipped with the reason; any other gets the message with their personal preferences link,
 * which `compose` puts in the template's footer and which goes out as List-Unsubscribe.
 */
export async function sendContactMail(
	contact: MailContact,
	category: MailCategory,
	compose: (to: string, unsubscribeUrl: string) => ContactMessage | Promise<ContactMessage>,
): Promise<ContactMailOutcome> {
	const blocked = mailBlockReason(contact, category)
	if (blocked || !contact.email) return { sent: false, blocked: blocked ?? 'NO_EMAIL' }
	const unsubscribeUrl = await createUnsubscribeUrl(contact.id)
	const message = await compose(contact.email, unsubscribeUrl)
	return { sent: true, result: await sendEmail({ ...message, to: contact.email, unsubscribeUrl }) }
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
