// Test data for placements: a place of an employer and a proposal in a given state, straight into the
// database (the proposal flow itself is tested with the proposals).
import { prisma } from '#app/utils/db.server.ts'
import { createCandidate } from './candidate-factories.ts'

let sequence = 0

/** A published place of an employer organisation with the given number of spots. */
export function createPlace({
	organizationId,
	spots = 1,
	status = 'PUBLISHED',
	title = `Medewerker groenvoorziening ${++sequence}`,
}: {
	organizationId: string
	spots?: number
	status?: string
	title?: string
}) {
	return prisma.place.create({
		data: {
			organizationId,
			type: 'WORK_EXPERIENCE',
			title,
			description: 'Meewerken in het groenonderhoud van het bedrijventerrein.',
			hoursMin: 12,
			hoursMax: 24,
			spots,
			status,
			publishedAt: status === 'DRAFT' ? null : new Date('2026-01-05T09:00:00.000Z'),
		},
	})
}

/**
 * A proposal of a candidate of `coachingOrganizationId` (primary coach `coachId`) for a place of
 * `employerOrganizationId`, in `status`, with its PROPOSED event. A new candidate and place unless given.
 */
export async function createProposal({
	coachingOrganizationId,
	employerOrganizationId,
	coachId,
	status = 'INTRO_PLANNED',
	candidateId,
	placeId,
	spots = 1,
}: {
	coachingOrganizationId: string
	employerOrganizationId: string
	coachId: string
	status?: string
	candidateId?: string
	placeId?: string
	spots?: number
}) {
	const candidate = candidateId
		? { id: candidateId }
		: await createCandidate({
				organizationId: coachingOrganizationId,
				primaryCoachId: coachId,
				stage: 'JOB_SEEKING',
				firstName: `Kandidaat${++sequence}`,
			})
	const place = placeId ? { id: placeId } : await createPlace({ organizationId: employerOrganizationId, spots })
	const proposal = await prisma.proposal.create({
		data: {
			candidateId: candidate.id,
			placeId: place.id,
			coachingOrganizationId,
			employerOrganizationId,
			proposedById: coachId,
			motivation: 'Houdt van buiten werken en van een vaste structuur.',
			status,
			events: { create: { kind: 'PROPOSED', actorId: coachId } },
		},
	})
	return { proposal, candidateId: candidate.id, placeId: place.id }
}
