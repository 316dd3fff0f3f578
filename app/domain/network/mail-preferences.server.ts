// A contact's own choice of network mail, made on the personal preferences page that every network
// email links to (and through the one-click List-Unsubscribe of RFC 8058). Contacts have no account:
// the link is the authorisation, and it shows no more of them than their name and organisation.
import { prisma } from '#app/utils/db.server.ts'
import {
	ALL_MAIL_OPTED_OUT,
	mailCategories,
	parseMailOptOuts,
	serializeMailOptOuts,
	type MailCategory,
} from './contact-mail.ts'
import { readContactLink, type ContactLinkProblem } from './contact-mail.server.ts'
import { isContactOrganization } from './contacts.server.ts'

export type MailPreferences = {
	contactPersonId: string
	name: string
	organizationName: string
	/** The categories the contact still wants. */
	receives: MailCategory[]
}

export type PreferencesLink = { ok: true; preferences: MailPreferences } | { ok: false; problem: ContactLinkProblem }

/** The preferences a link opens; a link of a removed contact counts as unknown. */
export async function getPreferencesByToken(token: string): Promise<PreferencesLink> {
	const link = await readContactLink(token, 'UNSUBSCRIBE')
	if (!link.ok) return link
	const contact = await prisma.contactPerson.findFirst({
		where: { id: link.subjectId, organization: isContactOrganization },
		select: { id: true, name: true, mailOptOuts: true, organization: { select: { name: true } } },
	})
	if (!contact) return { ok: false, problem: 'unknown' }
	const optedOut = parseMailOptOuts(contact.mailOptOuts)
	return {
		ok: true,
		preferences: {
			contactPersonId: contact.id,
			name: contact.name,
			organizationName: contact.organization.name,
			receives: mailCategories.filter((category) => !optedOut.includes(category)),
		},
	}
}

/** Stores which network mail the contact still wants; everything else is turned off. */
export async function saveMailPreferences(contactPersonId: string, receives: readonly MailCategory[]) {
	const optOuts = mailCategories.filter((category) => !receives.includes(category))
	await prisma.contactPerson.update({
		where: { id: contactPersonId },
		data: { mailOptOuts: serializeMailOptOuts(optOuts) },
	})
}

/** No network mail at all (the one-click unsubscribe, a spam complaint). */
export async function optOutOfAllMail(contactPersonId: string) {
	await prisma.contactPerson.update({ where: { id: contactPersonId }, data: { mailOptOuts: ALL_MAIL_OPTED_OUT } })
}
