// Each jobcoach's caseload at the end of the period (the active candidates they are primary coach of,
// leaving out those who have completed by then: a finished route needs no coaching) against what their contracted hours can carry: hours × CANDIDATES_PER_CONTRACT_HOUR, rounded down.
// A coach above it is over capacity; a coach without contracted hours has no capacity to weigh against.
import { prisma } from '#app/utils/db.server.ts'
import { getEnv } from '#app/utils/env.server.ts'
import { stateOn, type HistoryEvent } from './candidate-figures.server.ts'
import { type Insight, type Period } from './insight.ts'

/** What `contractHours` hours a week can carry, or null without contracted hours. */
export function capacityFor(contractHours: number | null, candidatesPerHour: number) {
	return contractHours === null ? null : Math.floor(contractHours * candidatesPerHour)
}

export async function getCaseloadFigures(
	organizationId: string,
	histories: ReadonlyArray<{ primaryCoachId: string | null; history: readonly HistoryEvent[] }>,
	period: Period,
): Promise<Insight['caseload']> {
	const coaches = await prisma.membership.findMany({
		where: { organizationId, role: 'JOBCOACH' },
		select: { userId: true, contractHours: true, user: { select: { name: true } } },
	})
	const active = new Map<string, number>()
	for (const { primaryCoachId, history } of histories) {
		if (!primaryCoachId) continue
		const state = stateOn(history, period.to)
		if (state.active && state.stage !== 'COMPLETED') active.set(primaryCoachId, (active.get(primaryCoachId) ?? 0) + 1)
	}
	const perHour = getEnv().CANDIDATES_PER_CONTRACT_HOUR
	return coaches
		.map((coach) => {
			const activeCandidates = active.get(coach.userId) ?? 0
			const capacity = capacityFor(coach.contractHours, perHour)
			return {
				userId: coach.userId,
				name: coach.user.name,
				activeCandidates,
				contractHours: coach.contractHours,
				capacity,
				overCapacity: capacity !== null && activeCandidates > capacity,
			}
		})
		.sort((a, b) => a.name.localeCompare(b.name, 'nl'))
}
