// The access log of special-category data: who saw or exported which part of a candidate, when.
// Written by the loaders that show it; read by the candidate's coaches on the privacy tab.
import { prisma } from '#app/utils/db.server.ts'
import { now } from '#app/utils/clock.server.ts'
import type { AccessSection } from './candidate-options.ts'

/**
 * Every section the log records: the coaching sections, and IDENTITY_EMPLOYER (an employer saw the
 * identity the candidate agreed to share with them for a proposal).
 */
export type LoggedAccessSection = AccessSection | 'IDENTITY_EMPLOYER'

/**
 * Repeated views of the same section by the same person within this window are one entry:
 * moving between the tabs of one candidate should not bury the log.
 */
export const ACCESS_LOG_DEDUPE_MINUTES = 10

/** Record that `userId` saw `section` of these candidates. Never throws away a first view. */
export async function logCandidateAccess(userId: string, candidateIds: string[], section: LoggedAccessSection) {
	if (candidateIds.length === 0) return
	const moment = now()
	const since = new Date(moment.getTime() - ACCESS_LOG_DEDUPE_MINUTES * 60 * 1000)
	const recent = await prisma.candidateAccessLog.findMany({
		where: { userId, section, candidateId: { in: candidateIds }, createdAt: { gte: since } },
		select: { candidateId: true },
	})
	const seen = new Set(recent.map((entry) => entry.candidateId))
	const fresh = candidateIds.filter((id) => !seen.has(id))
	if (fresh.length === 0) return
	await prisma.candidateAccessLog.createMany({
		data: fresh.map((candidateId) => ({ candidateId, userId, section, createdAt: moment })),
	})
}

/** The log of one candidate, newest first. */
export async function listCandidateAccess(candidateId: string, { take = 200 }: { take?: number } = {}) {
	const entries = await prisma.candidateAccessLog.findMany({
		where: { candidateId },
		orderBy: { createdAt: 'desc' },
		take,
		select: { id: true, section: true, purpose: true, createdAt: true, user: { select: { name: true, email: true } } },
	})
	return entries.map((entry) => ({
		id: entry.id,
		section: entry.section as AccessSection,
		purpose: entry.purpose,
		createdAt: entry.createdAt.toISOString(),
		userName: entry.user?.name ?? null,
		userEmail: entry.user?.email ?? null,
	}))
}
