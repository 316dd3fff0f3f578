// Test data for employer relationships: employers with a contact person, and relationships and
// activities written straight to the database (logging through the routes is tested with the
// routes). The network and its people come from contact-factories.
import { recordActivity, type ActivityInput } from '#app/domain/network/activities.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import { createContact, createOrganization } from './contact-factories.ts'

let sequence = 0

/** An employer organisation (no accounts needed) with one contact person. */
export async function createEmployer(name = `Werkgever ${++sequence}`) {
	const organization = await createOrganization({ name, town: 'Doetinchem', sector: 'I' })
	const contact = await createContact({
		organizationId: organization.id,
		name: `Contact van ${name}`,
		email: null,
		jobTitle: 'Bedrijfsleider',
	})
	return { ...organization, contact }
}

/** A relationship row as a coordinator would have set it. */
export function setRelationship({
	networkId,
	employerId,
	stage = 'ENGAGED',
	ownerId = null,
	nextFollowUpOn = null,
	followUpNote = null,
	lastActivityAt = null,
}: {
	networkId: string
	employerId: string
	stage?: string
	ownerId?: string | null
	/** yyyy-mm-dd */
	nextFollowUpOn?: string | null
	followUpNote?: string | null
	lastActivityAt?: Date | null
}) {
	const data = {
		stage,
		ownerId,
		nextFollowUpOn: nextFollowUpOn ? new Date(`${nextFollowUpOn}T00:00:00.000Z`) : null,
		followUpNote,
		lastActivityAt,
	}
	return prisma.employerRelationship.upsert({
		where: { networkId_employerId: { networkId, employerId } },
		create: { networkId, employerId, ...data },
		update: data,
	})
}

/** The network's relationship with the employer, or null while there is none. */
export function getRelationship(networkId: string, employerId: string) {
	return prisma.employerRelationship.findUnique({ where: { networkId_employerId: { networkId, employerId } } })
}

/** One timeline entry, recorded the way every entry is. */
export function addActivity(input: Omit<ActivityInput, 'occurredAt'> & { occurredAt: Date }) {
	return recordActivity(prisma, input)
}
