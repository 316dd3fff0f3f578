// The jobcoach's start page: what needs doing today. Profiles to go through with the candidate
// again, next actions and placement check-ins that are due, and the active caseload by stage. Names on this page are a view
// of the identity, so the listed candidates are written to the access log (CASELOAD).
import { listDueCheckIns } from '#app/domain/matching/placements.server.ts'
import { amsterdamDate } from '#app/utils/amsterdam-time.ts'
import { now } from '#app/utils/clock.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import { logCandidateAccess } from './access-log.server.ts'
import { candidateStages, type CandidateStage } from './candidate-options.ts'
import { profileFreshness, staleBefore } from './candidate-profile.ts'
import { candidateDisplayName, getStaleAfterDays } from './candidates.server.ts'

const listed = { id: true, code: true, firstName: true, lastName: true } as const

/**
 * The to-do of coach `userId` in their organisation:
 * - `stale`: candidates they are primary coach of whose profile was not confirmed for the stale period;
 * - `due`: next actions due today or earlier, of candidates they are primary coach or route supporter of;
 * - `checkIns`: placement check-ins due today or earlier and not recorded, of those same candidates;
 * - `stageCounts`: their active caseload (primary coach) counted by stage, in route order.
 */
export async function getCoachTodo({ userId, organizationId }: { userId: string; organizationId: string }) {
	const moment = now()
	const staleAfterDays = getStaleAfterDays()
	const todayDate = amsterdamDate(moment)
	const today = new Date(`${todayDate}T00:00:00.000Z`)
	const [stale, due, grouped, checkIns] = await Promise.all([
		prisma.candidate.findMany({
			where: {
				organizationId,
				primaryCoachId: userId,
				erasedAt: null,
				// Someone who stepped back is confirmed again when they return, not chased meanwhile.
				active: true,
				confirmedAt: { lt: staleBefore(moment, staleAfterDays) },
			},
			orderBy: [{ confirmedAt: 'asc' }, { id: 'asc' }],
			select: { ...listed, confirmedAt: true },
		}),
		prisma.candidate.findMany({
			where: {
				organizationId,
				erasedAt: null,
				OR: [{ primaryCoachId: userId }, { routeSupporterId: userId }],
				nextActionDate: { lte: today },
			},
			orderBy: [{ nextActionDate: 'asc' }, { id: 'asc' }],
			select: { ...listed, nextAction: true, nextActionDate: true },
		}),
		prisma.candidate.groupBy({
			by: ['stage'],
			where: { organizationId, primaryCoachId: userId, erasedAt: null, active: true },
			_count: { _all: true },
		}),
		listDueCheckIns({ organizationId, coachUserId: userId, today: todayDate }),
	])
	const counts = new Map<string, number>(grouped.map((group) => [group.stage, group._count._all]))
	const stageCounts = candidateStages.map((stage) => ({ stage, count: counts.get(stage) ?? 0 }))
	const listedIds = [...stale, ...due].map((candidate) => candidate.id)
	listedIds.push(...checkIns.map((checkIn) => checkIn.candidateId))
	await logCandidateAccess(userId, [...new Set(listedIds)], 'CASELOAD')
	return {
		stale: stale.map((candidate) => ({
			id: candidate.id,
			name: candidateDisplayName(candidate),
			daysSinceConfirmed: profileFreshness(candidate.confirmedAt, moment, staleAfterDays).daysSinceConfirmed,
		})),
		due: due.flatMap(({ nextActionDate, ...candidate }) =>
			nextActionDate
				? [
						{
							id: candidate.id,
							name: candidateDisplayName(candidate),
							nextAction: candidate.nextAction,
							nextActionDate,
							overdue: nextActionDate < today,
						},
					]
				: [],
		),
		checkIns,
		stageCounts: stageCounts satisfies Array<{ stage: CandidateStage; count: number }>,
		activeTotal: stageCounts.reduce((sum, entry) => sum + entry.count, 0),
	}
}

export type CoachTodo = Awaited<ReturnType<typeof getCoachTodo>>
