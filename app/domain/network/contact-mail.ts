// Which network mail a contact gets. Contacts have no account: they choose on their personal
// preferences page (the unsubscribe link in every network email), and bounces stop all mail.

/** EVENTS: invitations and reminders; SUMMARIES: what was discussed and agreed; GROUP: sounding-board calls for topics. */
export const mailCategories = ['EVENTS', 'SUMMARIES', 'GROUP'] as const
export type MailCategory = (typeof mailCategories)[number]

export type MailBlock = 'NO_EMAIL' | 'BOUNCED' | 'OPTED_OUT'

export function parseMailOptOuts(json: string | null | undefined): MailCategory[] {
	try {
		const value: unknown = JSON.parse(json ?? '[]')
		if (!Array.isArray(value)) return []
		return mailCategories.filter((category) => value.includes(category))
	} catch {
		return []
	}
}

/** Why this contact must not get mail of this category, or null when they may. */
export function mailBlockReason(
	contact: { email: string | null; bouncedAt: Date | string | null; mailOptOuts: string },
	category: MailCategory,
): MailBlock | null {
	if (!contact.email) return 'NO_EMAIL'
	if (contact.bouncedAt) return 'BOUNCED'
	if (parseMailOptOuts(contact.mailOptOuts).includes(category)) return 'OPTED_OUT'
	return null
}

/** The stored form of a set of opt-outs: known categories only, always in the same order. */
export function serializeMailOptOuts(categories: readonly MailCategory[]): string {
	return JSON.stringify(mailCategories.filter((category) => categories.includes(category)))
}

/** The stored value of a contact who wants no network mail at all. */
export const ALL_MAIL_OPTED_OUT = serializeMailOptOuts(mailCategories)

export type MailOptOutLevel = 'NONE' | 'SOME' | 'ALL'

/** Whether a contact turned off none, some or all of the network mail. */
export function mailOptOutLevel(json: string | null | undefined): MailOptOutLevel {
	const count = parseMailOptOuts(json).length
	return count === 0 ? 'NONE' : count === mailCategories.length ? 'ALL' : 'SOME'
}

/** What the coordinator sees of a contact's mail (contacts list, its export). */
export type ContactMailStatus = { hasEmail: boolean; bounced: boolean; optOut: MailOptOutLevel }

/** Why network mail may not reach a contact, as the keys of contacts:flags.*; empty when it all arrives. */
export function contactMailFlagKeys(mail: ContactMailStatus) {
	const keys = [
		!mail.hasEmail ? 'noEmail' : null,
		mail.bounced ? 'bounced' : null,
		mail.optOut === 'ALL' ? 'optedOutAll' : null,
		mail.optOut === 'SOME' ? 'optedOutSome' : null,
	] as const
	return keys.filter((key) => key !== null)
}
