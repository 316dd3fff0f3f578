// Candidates of a coaching organisation: who may reach them, and the header every candidate page
// shows. Only jobcoaches of the candidate's own organisation get in; for everyone else a candidate
// does not exist (404), so nothing about it can be inferred.
import { randomInt } from 'node:crypto'
import { z } from 'zod'
import { hasPermission, requirePermission, type SessionUser } from '#app/utils/auth.server.ts'
import { now } from '#app/utils/clock.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import { getEnv } from '#app/utils/env.server.ts'
import type { PermissionRequest } from '#app/utils/permissions.ts'
import { logCandidateAccess } from './access-log.server.ts'
import { profileSelect } from './candidate-fields.server.ts'
import { isCandidateStage, type CandidateStage } from './candidate-options.ts'
import { profileCompleteness, profileFreshness } from './candidate-profile.ts'

type CandidatePermission = Extract<PermissionRequest, `${string}:candidate`>

/**
 * The coaching pages: only someone who may read candidates (a jobcoach) gets in; everyone else is
 * refused with 403, as for any staff area. Returns the organisation whose candidates the pages show.
 */
export async function requireCandidateCoach(request: Request, permission: CandidatePermission = 'read:candidate') {
	const user = await requirePermission(request, permission)
	const membership = user.memberships.find((m) => hasPermission(user, permission, m.organizationId))
	if (!membership) throw new Response('Forbidden', { status: 403 })
	return { user, organizationId: membership.organizationId }
}

const CandidateParamsSchema = z.object({ candidateId: z.string().min(1).max(40) })

/**
 * A candidate the signed-in jobcoach may act on. Another organisation's candidate, an erased one
 * and an id that does not exist all answer the same 404, whoever asks.
 */
export async function requireCandidate(
	request: Request,
	params: unknown,
	permission: CandidatePermission = 'read:candidate',
): Promise<{ user: SessionUser; candidateId: string; organizationId: string }> {
	const parsed = CandidateParamsSchema.safeParse(params)
	const candidate = parsed.success
		? await prisma.candidate.findFirst({
				where: { id: parsed.data.candidateId, erasedAt: null },
				select: { id: true, organizationId: true },
			})
		: null
	if (!candidate) {
		await requirePermission(request, permission, { hideExistence: true })
		throw new Response('Not Found', { status: 404 })
	}
	const user = await requirePermission(request, permission, {
		organizationId: candidate.organizationId,
		hideExistence: true,
	})
	return { user, candidateId: candidate.id, organizationId: candidate.organizationId }
}

/** The jobcoaches of an organisation: who can be primary coach or route supporter. */
export async function listCoaches(organizationId: string) {
	const memberships = await prisma.membership.findMany({
		where: { organizationId, role: 'JOBCOACH', user: { disabledAt: null } },
		select: { user: { select: { id: true, name: true } } },
		orderBy: { user: { name: 'asc' } },
	})
	return memberships.map((membership) => membership.user)
}

/** Whether `userId` is a jobcoach of the organisation (a valid primary coach or route supporter). */
export async function isCoachOf(organizationId: string, userId: string) {
	const membership = await prisma.membership.findFirst({
		where: { organizationId, userId, role: 'JOBCOACH', user: { disabledAt: null } },
		select: { id: true },
	})
	return membership !== null
}

const CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'

/** A random pseudonym (K- and four characters without look-alikes); not yet checked for being free. */
export function randomCandidateCode() {
	return `K-${Array.from({ length: 4 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('')}`
}

/** A new pseudonym (K- and four characters without look-alikes), random and unique. */
export async function generateCandidateCode() {
	for (let attempt = 0; attempt < 20; attempt++) {
		const code = randomCandidateCode()
		const taken = await prisma.candidate.findUnique({ where: { code }, select: { id: true } })
		if (!taken) return code
	}
	throw new Error('Could not find a free candidate code')
}

export function candidateDisplayName(candidate: { firstName: string | null; lastName: string | null; code: string }) {
	const name = [candidate.firstName, candidate.lastName].filter(Boolean).join(' ')
	return name || candidate.code
}

export function getStaleAfterDays() {
	return getEnv().CANDIDATE_STALE_DAYS
}

/**
 * What every candidate page shows on top: name, code, stage, coaches, freshness and completeness.
 * Showing the name is a view of the identity, so it is written to the access log.
 */
export async function getCandidateHeader(candidateId: string, viewerId: string) {
	const candidate = await prisma.candidate.findUniqueOrThrow({
		where: { id: candidateId },
		select: {
			id: true,
			code: true,
			firstName: true,
			lastName: true,
			stage: true,
			active: true,
			confirmedAt: true,
			...profileSelect,
			primaryCoach: { select: { id: true, name: true } },
			routeSupporter: { select: { id: true, name: true } },
		},
	})
	await logCandidateAccess(viewerId, [candidateId], 'IDENTITY')
	return {
		id: candidate.id,
		code: candidate.code,
		name: candidateDisplayName(candidate),
		stage: (isCandidateStage(candidate.stage) ? candidate.stage : 'ORIENTING') satisfies CandidateStage,
		active: candidate.active,
		primaryCoach: candidate.primaryCoach,
		routeSupporter: candidate.routeSupporter,
		freshness: profileFreshness(candidate.confirmedAt, now(), getStaleAfterDays()),
		completeness: profileCompleteness(candidate),
	}
}

export type CandidateHeader = Awaited<ReturnType<typeof getCandidateHeader>>
