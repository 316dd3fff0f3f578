// The network's contacts: the people of employer and stakeholder organisations, who need no account.
// Coordinators keep them here; the person's own fields go through the organisation area's
// contact-persons module, so a contact kept here and one kept by the employer are the same thing.
import { createContactPerson, updateContactPerson } from '#app/domain/organizations/contact-persons.server.ts'
import { resolveTown, UNKNOWN_TOWN, type FieldErrors } from '#app/domain/organizations/profile.server.ts'
import { audit } from '#app/utils/audit.server.ts'
import { prisma, type Prisma } from '#app/utils/db.server.ts'
import { mailCategories, mailOptOutLevel, parseMailOptOuts } from './contact-mail.ts'
import { mailContactSelect } from './contact-mail.server.ts'
import {
	NEW_ORGANIZATION,
	type ContactFilter,
	type ContactUpdateInput,
	type NewContactInput,
} from './contact-schema.ts'
import { contactOrganizationKinds, isStakeholderType } from './stakeholder-options.ts'

/** More rows than this and the list asks for a narrower filter instead of showing them all. */
export const CONTACT_LIST_LIMIT = 200

/** An employer or stakeholder: the organisations whose people are network contacts. */
export const isContactOrganization = {
	kind: { in: [...contactOrganizationKinds] },
} satisfies Prisma.OrganizationWhereInput

/** A contact's current memberships of this network's sounding-board groups, by group name. */
export function currentGroupsSelect(networkId: string) {
	return {
		where: { leftAt: null, group: { organizationId: networkId } },
		select: { group: { select: { id: true, name: true } } },
		orderBy: { group: { name: 'asc' } },
	} satisfies Prisma.ContactPerson$groupMembershipsArgs
}

const organizationSelect = { id: true, name: true, kind: true, stakeholderType: true, town: true } as const

/** What the list and the contact page show of a contact, with what its mail status is made of. */
const contactSelect = { ...mailContactSelect, jobTitle: true, phone: true } as const

function organizationView(organization: {
	id: string
	name: string
	kind: string
	stakeholderType: string | null
	town: string | null
}) {
	return {
		...organization,
		kind: organization.kind === 'EMPLOYER' ? ('EMPLOYER' as const) : ('STAKEHOLDER' as const),
		stakeholderType: isStakeholderType(organization.stakeholderType) ? organization.stakeholderType : null,
	}
}

/** What the coordinator sees of a contact's mail: bouncing, and how much network mail they turned off. */
function mailStatus(contact: { email: string | null; bouncedAt: Date | null; mailOptOuts: string }) {
	return {
		hasEmail: Boolean(contact.email),
		bounced: contact.bouncedAt !== null,
		optOut: mailOptOutLevel(contact.mailOptOuts),
	}
}

function filterWhere(filter: ContactFilter): Prisma.ContactPersonWhereInput {
	const conditions: Prisma.ContactPersonWhereInput[] = [
		{
			organization: {
				kind: filter.kind ?? { in: [...contactOrganizationKinds] },
				...(filter.stakeholderType ? { stakeholderType: filter.stakeholderType } : {}),
			},
		},
	]
	if (filter.q) {
		conditions.push({
			OR: [
				{ name: { contains: filter.q } },
				{ email: { contains: filter.q.toLowerCase() } },
				{ organization: { name: { contains: filter.q } } },
			],
		})
	}
	// Opt-outs are a JSON list of category keys: look for the quoted keys.
	const optedOutOf = (category: string) => ({ mailOptOuts: { contains: `"${category}"` } })
	if (filter.flag === 'BOUNCED') conditions.push({ bouncedAt: { not: null } })
	if (filter.flag === 'OPTED_OUT') conditions.push({ OR: mailCategories.map(optedOutOf) })
	if (filter.flag === 'OPTED_OUT_ALL') conditions.push({ AND: mailCategories.map(optedOutOf) })
	return { AND: conditions }
}

/**
 * The contacts that match the filters, by organisation and name, at most CONTACT_LIST_LIMIT of them;
 * `limit: null` gives them all (the list's export).
 */
export async function listNetworkContacts(
	filter: ContactFilter = {},
	{ limit = CONTACT_LIST_LIMIT }: { limit?: number | null } = {},
) {
	const where = filterWhere(filter)
	const [total, contacts] = await Promise.all([
		prisma.contactPerson.count({ where }),
		prisma.contactPerson.findMany({
			where,
			select: { ...contactSelect, organization: { select: organizationSelect } },
			orderBy: [{ organization: { name: 'asc' } }, { name: 'asc' }],
			take: limit ?? undefined,
		}),
	])
	return {
		total,
		contacts: contacts.map(({ organization, bouncedAt, mailOptOuts, ...contact }) => ({
			...contact,
			organization: organizationView(organization),
			mail: mailStatus({ email: contact.email, bouncedAt, mailOptOuts }),
		})),
	}
}

/** Employers and stakeholders a contact can be added to, by name. */
export async function listContactOrganizations() {
	const organizations = await prisma.organization.findMany({
		where: isContactOrganization,
		select: organizationSelect,
		orderBy: { name: 'asc' },
	})
	return organizations.map(organizationView)
}

/** Every contact as a choice (group members): name and organisation. */
export async function listContactChoices() {
	const contacts = await prisma.contactPerson.findMany({
		where: { organization: isContactOrganization },
		select: { id: true, name: true, organization: { select: { name: true } } },
		orderBy: [{ name: 'asc' }, { organization: { name: 'asc' } }],
	})
	return contacts.map((contact) => ({
		id: contact.id,
		name: contact.name,
		organizationName: contact.organization.name,
	}))
}

/**
 * One contact with its organisation, mail status and its memberships of this network's groups; null
 * when there is no such contact or it belongs to the platform or a coaching organisation.
 */
export async function getNetworkContact(networkId: string, contactPersonId: string) {
	const contact = await prisma.contactPerson.findFirst({
		where: { id: contactPersonId, organization: isContactOrganization },
		select: {
			...contactSelect,
			bounceReason: true,
			createdAt: true,
			organization: { select: organizationSelect },
			groupMemberships: currentGroupsSelect(networkId),
			// Contacts are shared by all networks; the note is this network's own.
			notes: { where: { networkId }, select: { note: true } },
		},
	})
	if (!contact) return null
	const { organization, groupMemberships, mailOptOuts, notes, ...rest } = contact
	const optedOut = parseMailOptOuts(mailOptOuts)
	return {
		...rest,
		note: notes[0]?.note ?? null,
		organization: organizationView(organization),
		groups: groupMemberships.map((membership) => membership.group),
		mail: {
			...mailStatus(contact),
			receives: mailCategories.map((category) => ({ category, receives: !optedOut.includes(category) })),
		},
	}
}
export type NetworkContact = NonNullable<Awaited<ReturnType<typeof getNetworkContact>>>

export const UNKNOWN_ORGANIZATION = 'contacts:validation.organizationUnknown'
export const STAKEHOLDER_EXISTS = 'contacts:validation.stakeholderExists'

/** The organisation the new contact joins: an existing employer or stakeholder, or a new stakeholder. */
async function resolveOrganization(
	values: NewContactInput,
	actorId: string,
): Promise<{ ok: true; organizationId: string } | { ok: false; fieldErrors: FieldErrors }> {
	if (values.organizationId !== NEW_ORGANIZATION) {
		const existing = await prisma.organization.findFirst({
			where: { id: values.organizationId, ...isContactOrganization },
			select: { id: true },
		})
		return existing
			? { ok: true, organizationId: existing.id }
			: { ok: false, fieldErrors: { organizationId: [UNKNOWN_ORGANIZATION] } }
	}
	const fieldErrors: FieldErrors = {}
	const townFields = resolveTown(values.town)
	if (!townFields) fieldErrors.town = [UNKNOWN_TOWN]
	const name = values.organizationName!
	const sameName = await prisma.organization.findFirst({ where: { kind: 'STAKEHOLDER', name }, select: { id: true } })
	if (sameName) fieldErrors.organizationName = [STAKEHOLDER_EXISTS]
	if (!townFields || Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors }
	const organization = await prisma.organization.create({
		data: { kind: 'STAKEHOLDER', name, stakeholderType: values.stakeholderType!, ...townFields, addedById: actorId },
		select: { id: true },
	})
	await audit('organization.created', {
		actorId,
		entityType: 'Organization',
		entityId: organization.id,
		details: { kind: 'STAKEHOLDER', stakeholderType: values.stakeholderType },
	})
	return { ok: true, organizationId: organization.id }
}

/**
 * Adds a contact (and, when asked, its new stakeholder organisation), with this network's note on it
 * written in the same statement.
 */
export async function createNetworkContact({
	networkId,
	values,
	actorId,
}: {
	networkId: string
	values: NewContactInput
	actorId: string
}): Promise<{ ok: true; contactPersonId: string } | { ok: false; fieldErrors: FieldErrors }> {
	const organization = await resolveOrganization(values, actorId)
	if (!organization.ok) return organization
	const contact = await createContactPerson({
		organizationId: organization.organizationId,
		values,
		actorId,
		networkNote: values.note ? { networkId, note: values.note, updatedById: actorId } : undefined,
	})
	return { ok: true, contactPersonId: contact.id }
}

/** Writes this network's note on a contact; an empty note removes it. */
function saveContactNote(
	client: Prisma.TransactionClient,
	{
		networkId,
		contactPersonId,
		note,
		actorId,
	}: { networkId: string; contactPersonId: string; note: string; actorId: string },
) {
	if (!note) return client.contactNote.deleteMany({ where: { networkId, contactPersonId } })
	return client.contactNote.upsert({
		where: { networkId_contactPersonId: { networkId, contactPersonId } },
		create: { networkId, contactPersonId, note, updatedById: actorId },
		update: { note, updatedById: actorId },
	})
}

/**
 * Saves the contact's fields and this network's note. A new address clears the bounce: the bounce was
 * about the old one.
 */
export async function updateNetworkContact({
	networkId,
	contact,
	values,
	actorId,
}: {
	networkId: string
	contact: Pick<NetworkContact, 'id' | 'email' | 'organization'>
	values: ContactUpdateInput
	actorId: string
}) {
	await updateContactPerson({
		organizationId: contact.organization.id,
		contactPersonId: contact.id,
		values,
		actorId,
	})
	const addressChanged = (values.email ?? null) !== contact.email
	await prisma.$transaction(async (tx) => {
		await saveContactNote(tx, { networkId, contactPersonId: contact.id, note: values.note ?? '', actorId })
		if (addressChanged) {
			await tx.contactPerson.update({ where: { id: contact.id }, data: { bouncedAt: null, bounceReason: null } })
		}
	})
}

/** The address was corrected or works again: mail may go to it. */
export async function clearBounce(contactPersonId: string) {
	await prisma.contactPerson.update({ where: { id: contactPersonId }, data: { bouncedAt: null, bounceReason: null } })
}
