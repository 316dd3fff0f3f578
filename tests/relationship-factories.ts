// Test data for employer relationships: a network (a coaching organisation with a coordinator and a
// jobcoach), employers with contact persons, and relationships and activities written straight to
// the database (logging through the routes is tested with the routes).
import { recordActivity, type ActivityInput } from '#app/domain/network/activities.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import { createSignedInUser, createSessionCookie } from './factories.ts'

export type SignedInUser = Awaited<ReturnType<typeof createSignedInUser>>

let sequence = 0

/** An employer organisation (no accounts needed) with one contact person. */
export async function createEmployer(name = `Werkgever ${++sequence}`) {
	const organization = await prisma.organization.create({
		data: { kind: 'EMPLOYER', name, town: 'Doetinchem', sector: 'I' },
	})
	const contact = await prisma.contactPerson.create({
		data: { organizationId: organization.id, name: `Contact van ${name}`, jobTitle: 'Bedrijfsleider' },
	})
	return { ...organization, contact }
}

/**
 * A network: a coaching organisation with a coordinator and a jobcoach, each signed in; and a second
 * network (another coaching organisation) with its own coordinator, for isolation.
 */
export async function createNetworkWorld() {
	const coordinator = await createSignedInUser({ role: 'COORDINATOR', name: 'Carla Coördinator' })
	const networkId = coordinator.organization.id
	const coach = await createSignedInUser({ role: 'JOBCOACH', organizationId: networkId, name: 'Jan Jobcoach' })
	const otherCoordinator = await createSignedInUser({ role: 'COORDINATOR', name: 'Olga Anderorganisatie' })
	const employerUser = await createSignedInUser({ role: 'EMPLOYER', name: 'Els Werkgever' })
	const admin = await createSignedInUser({ role: 'ADMIN', name: 'Anton Beheer' })
	return {
		networkId,
		coordinator,
		coach,
		otherCoordinator,
		otherNetworkId: otherCoordinator.organization.id,
		employerUser,
		admin,
	}
}

/** Signs the users in again, e.g. after the clock moved past their sessions' lifetime. */
export async function signInAgain(...users: SignedInUser[]) {
	for (const user of users) user.cookie = await createSessionCookie(user.user.id)
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

/** One timeline entry, recorded the way every entry is. */
export function addActivity(input: Omit<ActivityInput, 'occurredAt'> & { occurredAt: Date }) {
	return recordActivity(prisma, input)
}
