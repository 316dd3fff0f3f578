// Contact persons of an organisation: people without an account who get mail and are the contact for
// places. Every query is scoped to the organisation, so an id from another organisation finds nothing.
import { audit } from '#app/utils/audit.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import { type ContactPersonInput } from './organization-schemas.ts'

const contactSelect = { id: true, name: true, jobTitle: true, email: true, phone: true } as const

function toData(values: ContactPersonInput) {
	return {
		name: values.name,
		jobTitle: values.jobTitle || null,
		email: values.email ?? null,
		phone: values.phone || null,
	}
}

export function listContactPersons(organizationId: string) {
	return prisma.contactPerson.findMany({
		where: { organizationId },
		select: contactSelect,
		orderBy: [{ name: 'asc' }, { createdAt: 'asc' }],
	})
}

/** The contact person, only when it belongs to this organisation. */
export function getContactPerson(organizationId: string, contactPersonId: string) {
	return prisma.contactPerson.findFirst({ where: { id: contactPersonId, organizationId }, select: contactSelect })
}

/** Adds a contact person; `networkNote` writes a network's note on it in the same (atomic) create. */
export async function createContactPerson({
	organizationId,
	values,
	actorId,
	networkNote,
}: {
	organizationId: string
	values: ContactPersonInput
	actorId: string
	networkNote?: { networkId: string; note: string; updatedById: string }
}) {
	const contact = await prisma.contactPerson.create({
		data: { organizationId, ...toData(values), ...(networkNote ? { notes: { create: networkNote } } : {}) },
		select: contactSelect,
	})
	await audit('contact-person.created', {
		actorId,
		entityType: 'ContactPerson',
		entityId: contact.id,
		details: { organizationId },
	})
	return contact
}

/** Updates a contact person of this organisation; false when there is none with that id here. */
export async function updateContactPerson({
	organizationId,
	contactPersonId,
	values,
	actorId,
}: {
	organizationId: string
	contactPersonId: string
	values: ContactPersonInput
	actorId: string
}) {
	const { count } = await prisma.contactPerson.updateMany({
		where: { id: contactPersonId, organizationId },
		data: toData(values),
	})
	if (count === 0) return false
	await audit('contact-person.updated', {
		actorId,
		entityType: 'ContactPerson',
		entityId: contactPersonId,
		details: { organizationId },
	})
	return true
}

/** Removes a contact person of this organisation (places it was the contact for keep going without). */
export async function deleteContactPerson({
	organizationId,
	contactPersonId,
	actorId,
}: {
	organizationId: string
	contactPersonId: string
	actorId: string
}) {
	const { count } = await prisma.contactPerson.deleteMany({ where: { id: contactPersonId, organizationId } })
	if (count === 0) return false
	await audit('contact-person.deleted', {
		actorId,
		entityType: 'ContactPerson',
		entityId: contactPersonId,
		details: { organizationId },
	})
	return true
}
