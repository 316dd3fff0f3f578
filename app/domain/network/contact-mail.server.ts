import { getEnv } from '#app/utils/env.server.ts'
import { createLinkToken } from '#app/utils/link-tokens.server.ts'
import { now } from '#app/utils/clock.server.ts'

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
