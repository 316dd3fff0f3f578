// The employer's pseudonymised candidate browser. Opening a card is logged on the candidate's access
// log with its purpose, and limited per employer account per day: bulk viewing of a public candidate
// pool is a known abuse (one account once viewed ~150 000 CVs at the Dutch public employment service).
import { z } from 'zod'
import { hasPermission, requirePermission } from '#app/utils/auth.server.ts'
import { now } from '#app/utils/clock.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import { getEnv } from '#app/utils/env.server.ts'
import {
	employerVisibleCandidateWhere,
	pseudonymisedProfileSelect,
	toPseudonymisedProfile,
} from '#app/domain/candidates/visibility.server.ts'
import { cardViewPurposes, type CardViewPurpose } from './pool-options.ts'

const DAY_MS = 24 * 60 * 60 * 1000

/** An employer who may browse the pool, and the organisation they browse for. */
export async function requirePoolEmployer(request: Request) {
	const user = await requirePermission(request, 'read:pool')
	const membership = user.memberships.find((m) => hasPermission(user, 'read:pool', m.organizationId))
	if (!membership) throw new Response('Forbidden', { status: 403 })
	return { user, organizationId: membership.organizationId }
}

export const CardParamsSchema = z.object({ code: z.string().trim().min(3).max(20) })
export const CardPurposeSchema = z.object({ doel: z.enum(cardViewPurposes) })

/** Distinct candidates this account opened in the last 24 hours. */
export async function countRecentCardViews(userId: string, moment = now()) {
	const rows = await prisma.candidateAccessLog.findMany({
		where: { userId, section: 'EMPLOYER_CARD', createdAt: { gt: new Date(moment.getTime() - DAY_MS) } },
		select: { candidateId: true },
		distinct: ['candidateId'],
	})
	return new Set(rows.map((row) => row.candidateId))
}

export type CardAnswer =
	| { status: 'ok'; profile: ReturnType<typeof toPseudonymisedProfile>; candidateId: string; viewsLeft: number }
	| { status: 'limit'; limit: number }

/**
 * Opens a card: 404 unless the gate lets the candidate through now; 'limit' when the account has
 * opened its daily number of other cards. Re-opening a card seen today does not count again.
 */
export async function openPoolCard({
	code,
	userId,
	purpose,
}: {
	code: string
	userId: string
	purpose: CardViewPurpose
}): Promise<CardAnswer> {
	const moment = now()
	const candidate = await prisma.candidate.findFirst({
		where: { AND: [{ code }, employerVisibleCandidateWhere(moment)] },
		select: { ...pseudonymisedProfileSelect, id: true },
	})
	if (!candidate) throw new Response('Not Found', { status: 404 })
	const limit = getEnv().EMPLOYER_CARD_VIEWS_PER_DAY
	const seen = await countRecentCardViews(userId, moment)
	if (!seen.has(candidate.id) && seen.size >= limit) return { status: 'limit', limit }
	await prisma.candidateAccessLog.create({
		data: { candidateId: candidate.id, userId, section: 'EMPLOYER_CARD', purpose, createdAt: moment },
	})
	seen.add(candidate.id)
	return {
		status: 'ok',
		profile: toPseudonymisedProfile(candidate),
		candidateId: candidate.id,
		viewsLeft: limit - seen.size,
	}
}

/** The employer's own published places, to name in a request. */
export function listOwnPublishedPlaces(organizationId: string) {
	return prisma.place.findMany({
		where: { organizationId, status: 'PUBLISHED' },
		select: { id: true, title: true },
		orderBy: { title: 'asc' },
	})
}
