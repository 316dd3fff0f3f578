// Test data for the coaching area: a candidate of an organisation, straight into the database.
import { generateCandidateCode } from '#app/domain/candidates/candidates.server.ts'
import type { CandidateStage } from '#app/domain/candidates/candidate-options.ts'
import { now } from '#app/utils/clock.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import { createSignedInUser } from './factories.ts'

/** A candidate with a plausible identity, profile and sensitive context; override what a test needs. */
export async function createCandidate({
	organizationId,
	primaryCoachId = null,
	routeSupporterId = null,
	stage = 'ORIENTING',
	active = true,
	confirmedAt = now(),
	firstName = 'Sanne',
	lastName = 'de Vries',
	email = `${firstName.toLowerCase()}@example.test`,
	phone = '0612345678',
	birthYear = 1994,
	sensitive = true,
}: {
	organizationId: string
	primaryCoachId?: string | null
	routeSupporterId?: string | null
	stage?: CandidateStage
	active?: boolean
	confirmedAt?: Date
	firstName?: string
	lastName?: string
	email?: string | null
	phone?: string | null
	birthYear?: number | null
	/** Give the candidate a sensitive context (vulnerability, benefits, …). */
	sensitive?: boolean
}) {
	return prisma.candidate.create({
		data: {
			organizationId,
			code: await generateCandidateCode(),
			firstName,
			lastName,
			email,
			phone,
			birthYear,
			happyWhen: 'Buiten zijn en iets met mijn handen maken',
			interests: 'Tuinieren, koken',
			talents: 'Nauwkeurig, rustig',
			placeTypes: JSON.stringify(['WORK_EXPERIENCE']),
			sectors: JSON.stringify(['A']),
			hoursMin: 8,
			hoursMax: 16,
			days: JSON.stringify(['MON', 'TUE']),
			homeTown: 'Doetinchem',
			homeMunicipality: 'Doetinchem',
			travelRadiusKm: 10,
			transport: JSON.stringify(['BICYCLE']),
			workEnvironment: JSON.stringify(['QUIET', 'OUTDOORS']),
			languages: JSON.stringify(['NL']),
			stage,
			active,
			primaryCoachId,
			routeSupporterId,
			confirmedAt,
			sensitive: sensitive
				? {
						create: {
							vulnerability: 'Angstklachten; heeft rust nodig bij de start',
							benefits: 'PARTICIPATIEWET',
							targetGroupRegister: 'YES',
							indication: 'GARANTIEBAAN',
							supportNeeds: 'Vaste begeleider op de werkvloer',
						},
					}
				: undefined,
			events: { create: { kind: 'INTAKE', toStage: stage, occurredOn: confirmedAt } },
		},
	})
}

export type SignedInUser = Awaited<ReturnType<typeof createSignedInUser>>

/**
 * The people candidate tests need: a jobcoach and a colleague in one coaching organisation, that
 * organisation's coordinator (who may see no candidate), a jobcoach of another organisation and an
 * employer, each signed in.
 */
export async function createCoachingTeam() {
	const coach = await createSignedInUser({ role: 'JOBCOACH', name: 'Fatima El Amrani' })
	const organizationId = coach.organization.id
	return {
		organizationId,
		coach,
		colleague: await createSignedInUser({ role: 'JOBCOACH', organizationId, name: 'Joost Verbeek' }),
		coordinator: await createSignedInUser({ role: 'COORDINATOR', organizationId }),
		otherOrgCoach: await createSignedInUser({ role: 'JOBCOACH', name: 'Ander Bureau' }),
		employer: await createSignedInUser({ role: 'EMPLOYER' }),
	}
}
