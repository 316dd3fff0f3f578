// Test data for the proposal flow: an employer with a published place, a coaching team with a
// candidate, each signed in, written straight to the database.
import { prisma } from '#app/utils/db.server.ts'
import { now } from '#app/utils/clock.server.ts'
import { createCandidate } from './candidate-factories.ts'
import { createSignedInUser } from './factories.ts'

export type Signed = Awaited<ReturnType<typeof createSignedInUser>>

/** A published place of an employer organisation, optionally with a contact person who gets the mail. */
export async function createPublishedPlace({
	organizationId,
	title = 'Medewerker groenonderhoud',
	status = 'PUBLISHED',
	contactEmail = null,
}: {
	organizationId: string
	title?: string
	status?: string
	/** Give the place a contact person with this address. */
	contactEmail?: string | null
}) {
	const contactPerson = contactEmail
		? await prisma.contactPerson.create({
				data: { organizationId, name: 'Jan de Groot', email: contactEmail, phone: '0314123456' },
			})
		: null
	return prisma.place.create({
		data: {
			organizationId,
			type: 'WORK_EXPERIENCE',
			title,
			description: 'Meehelpen in het groen rond ons bedrijf.',
			town: 'Doetinchem',
			municipality: 'Doetinchem',
			hoursMin: 8,
			hoursMax: 16,
			status,
			publishedAt: status === 'PUBLISHED' ? now() : null,
			expiresAt: status === 'PUBLISHED' ? new Date(now().getTime() + 90 * 24 * 60 * 60 * 1000) : null,
			contactPersonId: contactPerson?.id ?? null,
		},
	})
}

/** Gives the candidate an active consent to be found by employers (the pool). */
export async function addSearchConsent(candidateId: string, recordedById: string | null = null) {
	return prisma.candidateConsent.create({
		data: {
			candidateId,
			purpose: 'EMPLOYER_SEARCH',
			basis: 'VERBAL',
			givenOn: new Date(now().toISOString().slice(0, 10) + 'T00:00:00.000Z'),
			recordedById,
		},
	})
}

/**
 * Both sides of a proposal: a coach (and a colleague) with a candidate; an employer with a colleague
 * and a published place; and outsiders of each side: another organisation's coach and employer.
 */
export async function createProposalWorld() {
	const coach = await createSignedInUser({ role: 'JOBCOACH', name: 'Fatima El Amrani' })
	const coachingOrganizationId = coach.organization.id
	const colleague = await createSignedInUser({
		role: 'JOBCOACH',
		organizationId: coachingOrganizationId,
		name: 'Joost Verbeek',
	})
	const employer = await createSignedInUser({ role: 'EMPLOYER', name: 'Els Hovenier' })
	const employerColleague = await createSignedInUser({
		role: 'EMPLOYER',
		organizationId: employer.organization.id,
		name: 'Piet Hovenier',
	})
	const otherCoach = await createSignedInUser({ role: 'JOBCOACH', name: 'Ander Bureau' })
	const otherEmployer = await createSignedInUser({ role: 'EMPLOYER', name: 'Andere Werkgever' })
	const candidate = await createCandidate({
		organizationId: coachingOrganizationId,
		primaryCoachId: coach.user.id,
		routeSupporterId: colleague.user.id,
	})
	const place = await createPublishedPlace({ organizationId: employer.organization.id })
	return {
		coach,
		colleague,
		employer,
		employerColleague,
		otherCoach,
		otherEmployer,
		candidate,
		place,
		coachingOrganizationId,
	}
}
