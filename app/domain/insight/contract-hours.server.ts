// Each jobcoach's contracted hours a week, which the caseload figure weighs their active candidates
// against. Coordinators set them for the jobcoaches of their own organisation only.
import { prisma } from '#app/utils/db.server.ts'
import { type CoachContractHours } from './contract-hours-schema.ts'

/** The jobcoaches of the organisation with their contracted hours, by name. */
export async function getContractHours(organizationId: string): Promise<CoachContractHours[]> {
	const memberships = await prisma.membership.findMany({
		where: { organizationId, role: 'JOBCOACH' },
		select: { id: true, contractHours: true, user: { select: { name: true } } },
	})
	return memberships
		.map((membership) => ({
			membershipId: membership.id,
			name: membership.user.name,
			contractHours: membership.contractHours,
		}))
		.sort((a, b) => a.name.localeCompare(b.name, 'nl'))
}

/**
 * Saves the contracted hours (null = not known) of jobcoaches of `organizationId`. Nothing is saved
 * and false is returned when any id is not a jobcoach membership of that organisation (another
 * organisation's, a coordinator's, or an unknown one).
 */
export async function saveContractHours(
	organizationId: string,
	coaches: ReadonlyArray<{ membershipId: string; hours: number | null }>,
) {
	const ids = [...new Set(coaches.map((coach) => coach.membershipId))]
	if (ids.length !== coaches.length) return false
	const own = await prisma.membership.count({ where: { id: { in: ids }, organizationId, role: 'JOBCOACH' } })
	if (own !== ids.length) return false
	await prisma.$transaction(
		coaches.map((coach) =>
			prisma.membership.update({
				where: { id: coach.membershipId, organizationId, role: 'JOBCOACH' },
				data: { contractHours: coach.hours },
			}),
		),
	)
	return true
}
