// An employer's "I may have a place for this person", sent from the pseudonymised candidate browser to
// the candidate's coaches. The employer only ever names the candidate they could see (the same gate as
// every employer page: employerVisibleCandidateWhere), and only a place of their own. The coaches get
// an email and see the open requests next to their proposals, with a way to propose that candidate.
import { createElement } from 'react'
import { candidateDisplayName } from '#app/domain/candidates/candidates.server.ts'
import { employerVisibleCandidateWhere } from '#app/domain/candidates/visibility.server.ts'
import { audit } from '#app/utils/audit.server.ts'
import { now } from '#app/utils/clock.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import { sendEmail } from '#app/utils/email.server.ts'
import { getEnv } from '#app/utils/env.server.ts'
import { defaultLocale, isLocale } from '#app/utils/i18n.ts'
import CandidateRequestEmail, { candidateRequestSubject } from '#emails/candidate-request.tsx'
import { CANDIDATE_REQUEST_MESSAGE_MAX } from './proposal-schema.ts'

/**
 * Records the employer's request about a candidate and emails the candidate's primary coach and route
 * supporter. A candidate the employer may not see (not in the pool now) answers 404, as does a place
 * that is not the employer's own.
 */
export async function createCandidateRequest({
	candidateId,
	employerOrganizationId,
	requestedById,
	placeId,
	message,
}: {
	candidateId: string
	employerOrganizationId: string
	requestedById: string
	placeId: string | null
	message: string
}): Promise<{ id: string }> {
	const candidate = await prisma.candidate.findFirst({
		where: { AND: [{ id: candidateId }, employerVisibleCandidateWhere(now())] },
		select: { id: true },
	})
	if (!candidate) throw new Response('Not Found', { status: 404 })
	if (placeId) {
		const place = await prisma.place.findFirst({
			where: { id: placeId, organizationId: employerOrganizationId },
			select: { id: true },
		})
		if (!place) throw new Response('Not Found', { status: 404 })
	}
	const text = message.trim().slice(0, CANDIDATE_REQUEST_MESSAGE_MAX)
	const request = await prisma.candidateRequest.create({
		data: {
			candidateId,
			employerOrganizationId,
			requestedById,
			placeId: placeId || null,
			message: text,
			status: 'OPEN',
			createdAt: now(),
		},
		select: { id: true },
	})
	await audit('candidate-request.created', {
		actorId: requestedById,
		entityType: 'CandidateRequest',
		entityId: request.id,
		details: { candidateId, employerOrganizationId, placeId: placeId || null },
	})
	await notifyCoaches(request.id)
	return { id: request.id }
}

async function notifyCoaches(requestId: string) {
	const request = await prisma.candidateRequest.findUniqueOrThrow({
		where: { id: requestId },
		select: {
			message: true,
			employerOrganization: { select: { name: true } },
			place: { select: { title: true } },
			requestedBy: { select: { name: true, email: true } },
			candidate: {
				select: {
					code: true,
					primaryCoach: { select: { id: true, email: true, locale: true, disabledAt: true } },
					routeSupporter: { select: { id: true, email: true, locale: true, disabledAt: true } },
				},
			},
		},
	})
	const coaches = [request.candidate.primaryCoach, request.candidate.routeSupporter].filter(
		(coach, index, all): coach is NonNullable<typeof coach> =>
			coach !== null && !coach.disabledAt && all.findIndex((other) => other?.id === coach.id) === index,
	)
	for (const coach of coaches) {
		const locale = isLocale(coach.locale) ? coach.locale : defaultLocale
		await sendEmail({
			to: coach.email,
			subject: candidateRequestSubject({
				locale,
				candidateCode: request.candidate.code,
				employerName: request.employerOrganization.name,
			}),
			react: createElement(CandidateRequestEmail, {
				locale,
				candidateCode: request.candidate.code,
				employerName: request.employerOrganization.name,
				placeTitle: request.place?.title ?? null,
				message: request.message,
				requesterName: request.requestedBy?.name ?? null,
				requesterEmail: request.requestedBy?.email ?? null,
				requestsUrl: `${getEnv().APP_URL}/jobcoach/voorstellen#verzoeken`,
			}),
			idempotencyKey: `candidate-request:${requestId}:${coach.id}`,
		})
	}
}

/** The open requests about the coaching organisation's candidates, oldest first (they wait longest). */
export async function listOpenCandidateRequests(coachingOrganizationId: string) {
	const requests = await prisma.candidateRequest.findMany({
		where: { status: 'OPEN', candidate: { organizationId: coachingOrganizationId, erasedAt: null } },
		select: {
			id: true,
			message: true,
			createdAt: true,
			employerOrganization: { select: { id: true, name: true } },
			place: { select: { id: true, title: true, status: true } },
			requestedBy: { select: { name: true, email: true } },
			candidate: { select: { id: true, code: true, firstName: true, lastName: true } },
		},
		orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
	})
	return requests.map((request) => ({
		id: request.id,
		message: request.message,
		createdAt: request.createdAt,
		employer: request.employerOrganization,
		/** The place it is about, if any; only a published one can be proposed for. */
		place: request.place ? { ...request.place, proposable: request.place.status === 'PUBLISHED' } : null,
		requestedBy: request.requestedBy,
		candidate: {
			id: request.candidate.id,
			code: request.candidate.code,
			name: candidateDisplayName(request.candidate),
		},
	}))
}

export type OpenCandidateRequest = Awaited<ReturnType<typeof listOpenCandidateRequests>>[number]

/** Marks an open request about one of the organisation's candidates as handled; false when there is none. */
export async function markCandidateRequestHandled({
	requestId,
	coachingOrganizationId,
	actorId,
}: {
	requestId: string
	coachingOrganizationId: string
	actorId: string
}) {
	const { count } = await prisma.candidateRequest.updateMany({
		where: { id: requestId, status: 'OPEN', candidate: { organizationId: coachingOrganizationId } },
		data: { status: 'HANDLED', handledById: actorId, handledAt: now() },
	})
	if (count !== 1) return false
	await audit('candidate-request.handled', {
		actorId,
		entityType: 'CandidateRequest',
		entityId: requestId,
		details: { status: 'HANDLED' },
	})
	return true
}
