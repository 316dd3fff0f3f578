// Proposals (voorstellen): a jobcoach proposes a candidate of their own organisation for a published
// place; the employer answers; the coach records the candidate's consent to share their identity with
// that employer, plans the intro and closes the proposal (PLACED comes from the placements module).
// The state machine lives in proposal-state.ts; every step is a conditional update on the status it
// starts from, written in one transaction with its timeline event, so a second tab or a double click
// is refused instead of applied twice. Emails go out after the transaction.
//
// The employer side only ever sees the candidate through `toPseudonymisedProfile`, plus the identity
// (name, email, phone) while an active IDENTITY_SHARE consent names this proposal and this employer;
// each such view is written to the candidate's access log (IDENTITY_EMPLOYER).
import { createElement } from 'react'
import { z } from 'zod'
import { logCandidateAccess } from '#app/domain/candidates/access-log.server.ts'
import { candidateDisplayName } from '#app/domain/candidates/candidates.server.ts'
import { hasActiveConsent, recordConsent, withdrawConsent } from '#app/domain/candidates/consents.server.ts'
import { pseudonymisedProfileSelect, toPseudonymisedProfile } from '#app/domain/candidates/visibility.server.ts'
import { recordActivity } from '#app/domain/network/activities.server.ts'
import { activitySource } from '#app/domain/network/activity-options.ts'
import { audit, type AuditAction } from '#app/utils/audit.server.ts'
import { hasPermission, requirePermission, type SessionUser } from '#app/utils/auth.server.ts'
import { now } from '#app/utils/clock.server.ts'
import { prisma, type Prisma } from '#app/utils/db.server.ts'
import { sendEmail } from '#app/utils/email.server.ts'
import { getEnv } from '#app/utils/env.server.ts'
import { getFixedT, isLocale, defaultLocale, type Locale } from '#app/utils/i18n.ts'
import { buildIcs } from '#app/utils/ics.ts'
import type { PermissionRequest } from '#app/utils/permissions.ts'
import CandidateIntroPlannedEmail, { introPlannedSubject } from '#emails/intro-planned.tsx'
import ProposalAnsweredEmail, { proposalAnsweredSubject } from '#emails/proposal-answered.tsx'
import ProposalReceivedEmail, { proposalReceivedSubject } from '#emails/proposal-received.tsx'
import {
	INTRO_DURATION_MINUTES,
	type CloseProposalInput,
	type DeclineReason,
	type ProposalProblem,
	type ShareIdentityInput,
} from './proposal-schema.ts'
import {
	availableProposalActions,
	isOpenProposal,
	nextProposalStatus,
	openProposalStatuses,
	proposalActionSources,
	toProposalStatus,
	type ProposalAction,
	type ProposalSide,
	type ProposalStatus,
} from './proposal-state.ts'
import { addProposalEvent, proposalEventKinds, type ProposalEventKind } from './proposal-timeline.server.ts'

export type ProposalResult = { ok: true; proposalId: string } | { ok: false; problem: ProposalProblem }

type ProposalPermission = Extract<PermissionRequest, `${string}:proposal`>

// --- Access -----------------------------------------------------------------------------------

const sideRole = { COACH: 'JOBCOACH', EMPLOYER: 'EMPLOYER' } as const

/**
 * The proposal pages of one side: only a jobcoach (COACH) or an employer (EMPLOYER) with the
 * permission gets in; everyone else is refused with 403. Returns the organisation the pages act for.
 */
async function requireProposalSide(request: Request, side: ProposalSide, permission: ProposalPermission) {
	const user = await requirePermission(request, permission)
	const membership = user.memberships.find(
		(m) => m.role === sideRole[side] && hasPermission(user, permission, m.organizationId),
	)
	if (!membership) throw new Response('Forbidden', { status: 403 })
	return { user, organizationId: membership.organizationId }
}

export function requireCoachProposals(request: Request, permission: ProposalPermission = 'read:proposal') {
	return requireProposalSide(request, 'COACH', permission)
}

export function requireEmployerProposals(request: Request, permission: ProposalPermission = 'read:proposal') {
	return requireProposalSide(request, 'EMPLOYER', permission)
}

const ProposalParamsSchema = z.object({ proposalId: z.string().min(1).max(40) })

/**
 * One proposal for one side: the coaching organisation's jobcoaches or the employer's members.
 * Another organisation's proposal, an unknown id and a role of the other side all answer 404.
 */
async function requireProposalOf(
	request: Request,
	params: unknown,
	side: ProposalSide,
	permission: ProposalPermission,
): Promise<{ user: SessionUser; proposalId: string; organizationId: string }> {
	const user = await requirePermission(request, permission, { hideExistence: true })
	const parsed = ProposalParamsSchema.safeParse(params)
	const proposal = parsed.success
		? await prisma.proposal.findUnique({
				where: { id: parsed.data.proposalId },
				select: { id: true, coachingOrganizationId: true, employerOrganizationId: true },
			})
		: null
	const organizationId = side === 'COACH' ? proposal?.coachingOrganizationId : proposal?.employerOrganizationId
	const member =
		proposal &&
		organizationId &&
		user.memberships.some((m) => m.organizationId === organizationId && m.role === sideRole[side]) &&
		hasPermission(user, permission, organizationId)
	if (!proposal || !organizationId || !member) throw new Response('Not Found', { status: 404 })
	return { user, proposalId: proposal.id, organizationId }
}

export function requireCoachProposal(
	request: Request,
	params: unknown,
	permission: ProposalPermission = 'read:proposal',
) {
	return requireProposalOf(request, params, 'COACH', permission)
}

export function requireEmployerProposal(
	request: Request,
	params: unknown,
	permission: ProposalPermission = 'read:proposal',
) {
	return requireProposalOf(request, params, 'EMPLOYER', permission)
}

// --- Helpers ----------------------------------------------------------------------------------

const toLocale = (value: string | null | undefined): Locale => (isLocale(value) ? value : defaultLocale)

function parseIntroOptions(stored: string): string[] {
	try {
		const value: unknown = JSON.parse(stored)
		if (!Array.isArray(value)) return []
		return value.filter((item): item is string => typeof item === 'string' && !Number.isNaN(Date.parse(item)))
	} catch {
		return []
	}
}

const toEventKind = (kind: string): ProposalEventKind | null =>
	(proposalEventKinds as readonly string[]).includes(kind) ? (kind as ProposalEventKind) : null

const timelineSelect = {
	select: { id: true, kind: true, note: true, createdAt: true, actor: { select: { name: true } } },
	orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
} satisfies Prisma.Proposal$eventsArgs

type TimelineRow = { id: string; kind: string; note: string | null; createdAt: Date; actor: { name: string } | null }

function toTimeline(events: TimelineRow[]) {
	return events.flatMap((event) => {
		const kind = toEventKind(event.kind)
		if (!kind) return []
		return [{ id: event.id, kind, note: event.note, at: event.createdAt, actorName: event.actor?.name ?? null }]
	})
}

/** Open ones first (in the order of the flow), then the rest; newest first within each. */
function byOpenFirst<Item extends { status: ProposalStatus; updatedAt: Date }>(items: Item[]) {
	return [...items].sort((a, b) => {
		const openA = isOpenProposal(a.status) ? 0 : 1
		const openB = isOpenProposal(b.status) ? 0 : 1
		if (openA !== openB) return openA - openB
		return b.updatedAt.getTime() - a.updatedAt.getTime()
	})
}

type Recipient = { id: string; email: string; locale: Locale; name: string | null }

/** Who hears about a place's proposals: its contact person with an email, or else every active employer member. */
async function employerRecipients(placeId: string): Promise<Recipient[]> {
	const place = await prisma.place.findUnique({
		where: { id: placeId },
		select: {
			contactPerson: { select: { id: true, name: true, email: true } },
			organization: {
				select: {
					memberships: {
						where: { role: 'EMPLOYER', user: { disabledAt: null } },
						select: { user: { select: { id: true, name: true, email: true, locale: true } } },
						orderBy: { createdAt: 'asc' },
					},
				},
			},
		},
	})
	if (!place) return []
	if (place.contactPerson?.email) {
		const { id, name, email } = place.contactPerson
		return [{ id, email, name, locale: defaultLocale }]
	}
	return place.organization.memberships.map(({ user }) => ({
		id: user.id,
		email: user.email,
		name: user.name,
		locale: toLocale(user.locale),
	}))
}

/** The coach who hears the employer's answer: who proposed, or else the candidate's primary coach. */
async function coachRecipient(proposalId: string): Promise<Recipient | null> {
	const proposal = await prisma.proposal.findUnique({
		where: { id: proposalId },
		select: {
			proposedBy: { select: { id: true, name: true, email: true, locale: true, disabledAt: true } },
			candidate: {
				select: { primaryCoach: { select: { id: true, name: true, email: true, locale: true, disabledAt: true } } },
			},
		},
	})
	const coach = [proposal?.proposedBy, proposal?.candidate.primaryCoach].find((user) => user && !user.disabledAt)
	return coach ? { id: coach.id, email: coach.email, name: coach.name, locale: toLocale(coach.locale) } : null
}

function auditProposal(action: AuditAction, proposalId: string, actorId: string, details: Record<string, unknown>) {
	return audit(action, { actorId, entityType: 'Proposal', entityId: proposalId, details })
}

const appUrl = () => getEnv().APP_URL

// --- Places and candidates to propose ---------------------------------------------------------

const proposablePlaceSelect = {
	id: true,
	title: true,
	type: true,
	town: true,
	organization: { select: { id: true, name: true, town: true } },
} satisfies Prisma.PlaceSelect

/** A published place a coach can propose for, or null. */
export async function getProposablePlace(placeId: string) {
	const place = await prisma.place.findFirst({
		where: { id: placeId, status: 'PUBLISHED' },
		select: proposablePlaceSelect,
	})
	if (!place) return null
	return { ...place, town: place.town ?? place.organization.town }
}

/** The published places, by employer and title, for the propose form when no place was chosen yet. */
export async function listProposablePlaces() {
	const places = await prisma.place.findMany({
		where: { status: 'PUBLISHED' },
		select: proposablePlaceSelect,
		orderBy: [{ organization: { name: 'asc' } }, { title: 'asc' }],
		take: 500,
	})
	return places.map((place) => ({ ...place, town: place.town ?? place.organization.town }))
}

// --- Coach: propose ---------------------------------------------------------------------------

/**
 * A new proposal of a candidate of the coach's own organisation for a published place. The candidate
 * must be active and not erased (not necessarily in the employer-search pool: the coach proposes
 * deliberately); a second open proposal for the same candidate and place is refused.
 */
export async function createProposal({
	candidateId,
	placeId,
	coach,
	motivation,
}: {
	candidateId: string
	placeId: string
	coach: { id: string; name: string; email: string; organizationId: string }
	motivation: string
}): Promise<ProposalResult> {
	const candidate = await prisma.candidate.findFirst({
		where: { id: candidateId, organizationId: coach.organizationId, erasedAt: null, active: true },
		select: { id: true },
	})
	if (!candidate) return { ok: false, problem: 'candidate-unavailable' }
	const place = await prisma.place.findFirst({
		where: { id: placeId, status: 'PUBLISHED' },
		select: { id: true, organizationId: true },
	})
	if (!place) return { ok: false, problem: 'place-unavailable' }

	const created = await prisma.$transaction(async (tx) => {
		const open = await tx.proposal.findFirst({
			where: { candidateId, placeId, status: { in: [...openProposalStatuses] } },
			select: { id: true },
		})
		if (open) return null
		const proposal = await tx.proposal.create({
			data: {
				candidateId,
				placeId,
				coachingOrganizationId: coach.organizationId,
				employerOrganizationId: place.organizationId,
				proposedById: coach.id,
				motivation: motivation.trim(),
				status: 'PROPOSED',
				createdAt: now(),
			},
			select: { id: true },
		})
		await addProposalEvent(tx, { proposalId: proposal.id, kind: 'PROPOSED', actorId: coach.id })
		// The employer's timeline in the coach's network shows the proposal by itself (the place, never the candidate).
		await recordActivity(tx, {
			networkId: coach.organizationId,
			employerId: place.organizationId,
			kind: 'PROPOSAL',
			occurredAt: now(),
			actorId: coach.id,
			proposalId: proposal.id,
			sourceKey: activitySource.proposal(proposal.id),
		})
		return proposal
	})
	if (!created) return { ok: false, problem: 'duplicate' }
	await auditProposal('proposal.created', created.id, coach.id, { candidateId, placeId, status: 'PROPOSED' })
	await notifyProposalReceived(created.id, coach)
	return { ok: true, proposalId: created.id }
}

/** The employer's contacts get the pseudonymised profile, the motivation and the coach's contact. */
async function notifyProposalReceived(proposalId: string, coach: { name: string; email: string }) {
	const proposal = await prisma.proposal.findUniqueOrThrow({
		where: { id: proposalId },
		select: {
			motivation: true,
			placeId: true,
			place: { select: { title: true } },
			coachingOrganization: { select: { name: true } },
			// Only what the pseudonymised profile needs: nothing else of the candidate is loaded.
			candidate: { select: pseudonymisedProfileSelect },
		},
	})
	const profile = toPseudonymisedProfile(proposal.candidate)
	const recipients = await employerRecipients(proposal.placeId)
	for (const recipient of recipients) {
		await sendEmail({
			to: recipient.email,
			subject: proposalReceivedSubject({ locale: recipient.locale, placeTitle: proposal.place.title }),
			react: createElement(ProposalReceivedEmail, {
				locale: recipient.locale,
				placeTitle: proposal.place.title,
				coachingOrganizationName: proposal.coachingOrganization.name,
				profile: {
					code: profile.code,
					happyWhen: profile.happyWhen,
					interests: profile.interests,
					talents: profile.talents,
					hoursMin: profile.hoursMin,
					hoursMax: profile.hoursMax,
					homeMunicipality: profile.homeMunicipality,
					travelRadiusKm: profile.travelRadiusKm,
					experience: profile.experience,
				},
				motivation: proposal.motivation,
				coachName: coach.name,
				coachEmail: coach.email,
				proposalUrl: `${appUrl()}/werkgever/voorstellen/${proposalId}`,
			}),
			idempotencyKey: `proposal-received:${proposalId}:${recipient.id}`,
		})
	}
}

// --- Moving a proposal ------------------------------------------------------------------------

const eventKindFor: Partial<Record<ProposalAction, ProposalEventKind>> = {
	accept: 'ACCEPTED',
	decline: 'DECLINED',
	'plan-intro': 'INTRO_PLANNED',
	'not-placed': 'NOT_PLACED',
	withdraw: 'WITHDRAWN',
}

/**
 * Takes `action` on the proposal of `organizationId` (the side's own organisation) only while its
 * status allows it, and writes the timeline event in the same transaction.
 */
async function moveProposal({
	proposalId,
	side,
	organizationId,
	action,
	actorId,
	data,
	note,
	requireIdentity = false,
}: {
	proposalId: string
	side: ProposalSide
	organizationId: string
	action: ProposalAction
	actorId: string
	data: Prisma.ProposalUpdateManyMutationInput
	note?: string | null
	requireIdentity?: boolean
}): Promise<{ ok: true; from: ProposalStatus; to: ProposalStatus } | { ok: false; problem: ProposalProblem }> {
	const ownWhere =
		side === 'COACH' ? { coachingOrganizationId: organizationId } : { employerOrganizationId: organizationId }
	const kind = eventKindFor[action]
	if (!kind) return { ok: false, problem: 'not-allowed' }
	return prisma.$transaction(async (tx) => {
		const current = await tx.proposal.findFirst({
			where: { id: proposalId, ...ownWhere },
			select: { status: true, candidateId: true, employerOrganizationId: true },
		})
		if (!current) return { ok: false as const, problem: 'not-allowed' as const }
		const from = toProposalStatus(current.status)
		const to = nextProposalStatus(from, action)
		if (!to) return { ok: false as const, problem: 'not-allowed' as const }
		if (requireIdentity) {
			const consent = await tx.candidateConsent.findFirst({
				where: {
					candidateId: current.candidateId,
					purpose: 'IDENTITY_SHARE',
					proposalId,
					employerOrganizationId: current.employerOrganizationId,
					withdrawnAt: null,
				},
				select: { id: true },
			})
			if (!consent) return { ok: false as const, problem: 'identity-required' as const }
		}
		const { count } = await tx.proposal.updateMany({
			where: { id: proposalId, ...ownWhere, status: { in: [...proposalActionSources(action)] } },
			data: { ...data, status: to },
		})
		if (count !== 1) return { ok: false as const, problem: 'not-allowed' as const }
		await addProposalEvent(tx, { proposalId, kind, actorId, note })
		return { ok: true as const, from, to }
	})
}

// --- Employer side ----------------------------------------------------------------------------

/** The employer's inbox: open proposals first ("new" = waiting for their answer), then the rest. */
export async function listEmployerProposals(organizationId: string) {
	const proposals = await prisma.proposal.findMany({
		where: { employerOrganizationId: organizationId },
		select: {
			id: true,
			status: true,
			createdAt: true,
			updatedAt: true,
			introAt: true,
			place: { select: { id: true, title: true } },
			coachingOrganization: { select: { name: true } },
			candidate: { select: { code: true } },
		},
		orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
	})
	return byOpenFirst(
		proposals.map((proposal) => {
			const status = toProposalStatus(proposal.status)
			return {
				id: proposal.id,
				status,
				isNew: status === 'PROPOSED',
				createdAt: proposal.createdAt,
				updatedAt: proposal.updatedAt,
				introAt: proposal.introAt,
				place: proposal.place,
				coachingOrganizationName: proposal.coachingOrganization.name,
				candidateCode: proposal.candidate.code,
			}
		}),
	)
}

export type EmployerProposalListItem = Awaited<ReturnType<typeof listEmployerProposals>>[number]

/** What both sides' proposal pages show of the proposal itself. */
const proposalStepFields = {
	id: true,
	status: true,
	motivation: true,
	introOptions: true,
	introNote: true,
	introAt: true,
	introLocation: true,
	declineReason: true,
	declineNote: true,
	outcomeReason: true,
	createdAt: true,
	updatedAt: true,
} as const

/**
 * One proposal as its employer sees it: the pseudonymised profile, the motivation, the coach's contact,
 * the timeline and the intro. The identity only while the candidate's consent for this proposal and
 * this employer is active; showing it is logged. Null when it is not this employer's proposal.
 */
export async function getEmployerProposal(proposalId: string, organizationId: string, viewerId: string) {
	const proposal = await prisma.proposal.findFirst({
		where: { id: proposalId, employerOrganizationId: organizationId },
		select: {
			...proposalStepFields,
			candidateId: true,
			place: { select: { id: true, title: true, town: true } },
			coachingOrganization: { select: { name: true } },
			proposedBy: { select: { name: true, email: true } },
			candidate: { select: pseudonymisedProfileSelect },
			events: timelineSelect,
		},
	})
	if (!proposal) return null
	const status = toProposalStatus(proposal.status)
	const identityShared = await hasActiveConsent(proposal.candidateId, 'IDENTITY_SHARE', {
		employerOrganizationId: organizationId,
		proposalId: proposal.id,
	})
	let identity: {
		firstName: string | null
		lastName: string | null
		email: string | null
		phone: string | null
	} | null = null
	if (identityShared) {
		identity = await prisma.candidate.findFirst({
			where: { id: proposal.candidateId, erasedAt: null },
			select: { firstName: true, lastName: true, email: true, phone: true },
		})
		if (identity) await logCandidateAccess(viewerId, [proposal.candidateId], 'IDENTITY_EMPLOYER')
	}
	return {
		id: proposal.id,
		status,
		motivation: proposal.motivation,
		profile: toPseudonymisedProfile(proposal.candidate),
		identity,
		place: proposal.place,
		coachingOrganizationName: proposal.coachingOrganization.name,
		coach: proposal.proposedBy,
		introOptions: parseIntroOptions(proposal.introOptions),
		introNote: proposal.introNote,
		introAt: proposal.introAt,
		introLocation: proposal.introLocation,
		declineReason: proposal.declineReason,
		declineNote: proposal.declineNote,
		createdAt: proposal.createdAt,
		updatedAt: proposal.updatedAt,
		timeline: toTimeline(proposal.events),
		actions: availableProposalActions(status, 'EMPLOYER', { identityShared }),
	}
}

export type EmployerProposalView = NonNullable<Awaited<ReturnType<typeof getEmployerProposal>>>

/** The employer wants an introduction and offers one to three times; the coach is told. */
export async function acceptProposal({
	proposalId,
	organizationId,
	actorId,
	introOptions,
	introNote,
}: {
	proposalId: string
	organizationId: string
	actorId: string
	introOptions: Date[]
	introNote?: string | null
}): Promise<ProposalResult> {
	if (introOptions.length < 1 || introOptions.length > 3) return { ok: false, problem: 'not-allowed' }
	const result = await moveProposal({
		proposalId,
		side: 'EMPLOYER',
		organizationId,
		action: 'accept',
		actorId,
		data: {
			introOptions: JSON.stringify(introOptions.map((moment) => moment.toISOString())),
			introNote: introNote?.trim() || null,
		},
	})
	if (!result.ok) return result
	await auditProposal('proposal.accepted', proposalId, actorId, { from: result.from, status: result.to })
	await notifyProposalAnswered(proposalId)
	return { ok: true, proposalId }
}

/** The employer declines with a reason from the list and their own words; the coach sees both. */
export async function declineProposal({
	proposalId,
	organizationId,
	actorId,
	reason,
	note,
}: {
	proposalId: string
	organizationId: string
	actorId: string
	reason: DeclineReason
	note?: string | null
}): Promise<ProposalResult> {
	const result = await moveProposal({
		proposalId,
		side: 'EMPLOYER',
		organizationId,
		action: 'decline',
		actorId,
		data: { declineReason: reason, declineNote: note?.trim() || null },
		note: reason,
	})
	if (!result.ok) return result
	await auditProposal('proposal.declined', proposalId, actorId, { from: result.from, status: result.to, reason })
	await notifyProposalAnswered(proposalId)
	return { ok: true, proposalId }
}

async function notifyProposalAnswered(proposalId: string) {
	const [proposal, coach] = await Promise.all([
		prisma.proposal.findUniqueOrThrow({
			where: { id: proposalId },
			select: {
				status: true,
				introOptions: true,
				introNote: true,
				declineReason: true,
				declineNote: true,
				place: { select: { title: true } },
				employerOrganization: { select: { name: true } },
				candidate: { select: { code: true } },
			},
		}),
		coachRecipient(proposalId),
	])
	if (!coach) return
	const answer = proposal.status === 'DECLINED' ? 'DECLINED' : 'ACCEPTED'
	const t = getFixedT(coach.locale, 'proposals')
	await sendEmail({
		to: coach.email,
		subject: proposalAnsweredSubject({
			locale: coach.locale,
			answer,
			placeTitle: proposal.place.title,
			candidateCode: proposal.candidate.code,
		}),
		react: createElement(ProposalAnsweredEmail, {
			locale: coach.locale,
			answer,
			placeTitle: proposal.place.title,
			employerName: proposal.employerOrganization.name,
			candidateCode: proposal.candidate.code,
			introOptions: parseIntroOptions(proposal.introOptions),
			introNote: proposal.introNote,
			declineReasonLabel: proposal.declineReason ? t(`declineReasons.${proposal.declineReason}`) : null,
			declineNote: proposal.declineNote,
			proposalUrl: `${appUrl()}/jobcoach/voorstellen/${proposalId}`,
		}),
		idempotencyKey: `proposal-answered:${proposalId}:${answer}:${coach.id}`,
	})
}

// --- Coach side -------------------------------------------------------------------------------

export type CoachProposalFilters = {
	/** One status, `open` (under way) or everything (default). */
	status?: ProposalStatus | 'open' | null
	candidateId?: string | null
}

/** The coaching organisation's proposals, open ones first; the candidate's name is the coach's to see. */
export async function listCoachProposals(organizationId: string, filters: CoachProposalFilters = {}) {
	const statusWhere =
		filters.status === 'open'
			? { status: { in: [...openProposalStatuses] } }
			: filters.status
				? { status: filters.status }
				: {}
	const proposals = await prisma.proposal.findMany({
		where: {
			coachingOrganizationId: organizationId,
			...statusWhere,
			...(filters.candidateId ? { candidateId: filters.candidateId } : {}),
		},
		select: {
			id: true,
			status: true,
			createdAt: true,
			updatedAt: true,
			introAt: true,
			place: { select: { id: true, title: true } },
			employerOrganization: { select: { name: true } },
			proposedBy: { select: { name: true } },
			candidate: { select: { id: true, code: true, firstName: true, lastName: true } },
		},
		orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
	})
	return byOpenFirst(
		proposals.map((proposal) => ({
			id: proposal.id,
			status: toProposalStatus(proposal.status),
			createdAt: proposal.createdAt,
			updatedAt: proposal.updatedAt,
			introAt: proposal.introAt,
			place: proposal.place,
			employerName: proposal.employerOrganization.name,
			proposedByName: proposal.proposedBy?.name ?? null,
			candidate: {
				id: proposal.candidate.id,
				code: proposal.candidate.code,
				name: candidateDisplayName(proposal.candidate),
			},
		})),
	)
}

export type CoachProposalListItem = Awaited<ReturnType<typeof listCoachProposals>>[number]

/** The active identity consent for this proposal and its employer, or null. */
function findIdentityConsent(candidateId: string, proposalId: string, employerOrganizationId: string) {
	return prisma.candidateConsent.findFirst({
		where: { candidateId, purpose: 'IDENTITY_SHARE', proposalId, employerOrganizationId, withdrawnAt: null },
		select: { id: true, basis: true, givenOn: true, recordedAt: true },
		orderBy: { recordedAt: 'desc' },
	})
}

/** One proposal of the coaching organisation, with everything the coach needs; null for any other. */
export async function getCoachProposal(proposalId: string, organizationId: string, viewerId: string) {
	const proposal = await prisma.proposal.findFirst({
		where: { id: proposalId, coachingOrganizationId: organizationId },
		select: {
			...proposalStepFields,
			outcomeNote: true,
			employerOrganizationId: true,
			proposedBy: { select: { name: true, email: true } },
			candidate: { select: { id: true, code: true, firstName: true, lastName: true } },
			place: {
				select: {
					id: true,
					title: true,
					town: true,
					contactPerson: { select: { name: true, email: true, phone: true, jobTitle: true } },
				},
			},
			employerOrganization: {
				select: {
					name: true,
					memberships: {
						where: { role: 'EMPLOYER', user: { disabledAt: null } },
						select: { user: { select: { name: true, email: true } } },
						orderBy: { createdAt: 'asc' },
					},
				},
			},
			events: timelineSelect,
			placement: { select: { id: true } },
		},
	})
	if (!proposal) return null
	const status = toProposalStatus(proposal.status)
	const consent = await findIdentityConsent(proposal.candidate.id, proposal.id, proposal.employerOrganizationId)
	await logCandidateAccess(viewerId, [proposal.candidate.id], 'IDENTITY')
	const contactPerson = proposal.place.contactPerson
	return {
		id: proposal.id,
		status,
		motivation: proposal.motivation,
		candidate: {
			id: proposal.candidate.id,
			code: proposal.candidate.code,
			name: candidateDisplayName(proposal.candidate),
		},
		place: { id: proposal.place.id, title: proposal.place.title, town: proposal.place.town },
		employerName: proposal.employerOrganization.name,
		employerContacts: contactPerson
			? [contactPerson]
			: proposal.employerOrganization.memberships.map(({ user }) => ({
					name: user.name,
					email: user.email,
					phone: null,
					jobTitle: null,
				})),
		proposedBy: proposal.proposedBy,
		introOptions: parseIntroOptions(proposal.introOptions),
		introNote: proposal.introNote,
		introAt: proposal.introAt,
		introLocation: proposal.introLocation,
		declineReason: proposal.declineReason,
		declineNote: proposal.declineNote,
		outcomeReason: proposal.outcomeReason,
		outcomeNote: proposal.outcomeNote,
		createdAt: proposal.createdAt,
		updatedAt: proposal.updatedAt,
		identityConsent: consent
			? { id: consent.id, basis: consent.basis, givenOn: consent.givenOn, recordedAt: consent.recordedAt }
			: null,
		timeline: toTimeline(proposal.events),
		actions: availableProposalActions(status, 'COACH', { identityShared: consent !== null }),
		placementId: proposal.placement?.id ?? null,
	}
}

export type CoachProposalView = NonNullable<Awaited<ReturnType<typeof getCoachProposal>>>

type CoachStep = { proposalId: string; organizationId: string; actorId: string }

async function loadForCoach(proposalId: string, organizationId: string) {
	const proposal = await prisma.proposal.findFirst({
		where: { id: proposalId, coachingOrganizationId: organizationId },
		select: { id: true, status: true, candidateId: true, employerOrganizationId: true },
	})
	return proposal ? { ...proposal, status: toProposalStatus(proposal.status) } : null
}

/**
 * Records the candidate's consent to share their identity with this proposal's employer (through the
 * consents module, which refuses a duplicate) and the IDENTITY_SHARED step. Only once accepted.
 */
export async function shareIdentity({
	proposalId,
	organizationId,
	actorId,
	input,
}: CoachStep & { input: Omit<ShareIdentityInput, 'intent'> }): Promise<ProposalResult> {
	const proposal = await loadForCoach(proposalId, organizationId)
	if (!proposal) return { ok: false, problem: 'not-allowed' }
	const consent = await findIdentityConsent(proposal.candidateId, proposalId, proposal.employerOrganizationId)
	const allowed = availableProposalActions(proposal.status, 'COACH', { identityShared: consent !== null })
	if (!allowed.includes('share-identity')) return { ok: false, problem: 'not-allowed' }
	const recorded = await recordConsent({
		candidateId: proposal.candidateId,
		actorId,
		input: {
			purpose: 'IDENTITY_SHARE',
			employerOrganizationId: proposal.employerOrganizationId,
			proposalId,
			basis: input.basis,
			givenOn: input.givenOn,
			note: input.note ?? null,
		},
	})
	if (!recorded.ok)
		return { ok: false, problem: recorded.problem === 'date-invalid' ? 'consent-failed' : 'not-allowed' }
	// The consent module writes its own transaction; the timeline step follows it.
	await prisma.$transaction((tx) => addProposalEvent(tx, { proposalId, kind: 'IDENTITY_SHARED', actorId }))
	return { ok: true, proposalId }
}

/** Withdraws the active identity consent of this proposal: the employer no longer sees the name. */
export async function withdrawIdentity({
	proposalId,
	organizationId,
	actorId,
	withdrawalNote,
}: CoachStep & { withdrawalNote?: string | null }): Promise<ProposalResult> {
	const proposal = await loadForCoach(proposalId, organizationId)
	if (!proposal) return { ok: false, problem: 'not-allowed' }
	const consent = await findIdentityConsent(proposal.candidateId, proposalId, proposal.employerOrganizationId)
	if (!consent) return { ok: false, problem: 'not-allowed' }
	const withdrawn = await withdrawConsent({
		candidateId: proposal.candidateId,
		consentId: consent.id,
		actorId,
		withdrawalNote,
	})
	if (!withdrawn.ok) return { ok: false, problem: 'not-allowed' }
	await prisma.$transaction((tx) => addProposalEvent(tx, { proposalId, kind: 'IDENTITY_WITHDRAWN', actorId }))
	return { ok: true, proposalId }
}

/**
 * Plans (or moves) the intro: needs the shared identity. The employer's contacts and the coach get
 * an email with a calendar invitation; a moved intro updates the same calendar event.
 */
export async function planIntro({
	proposalId,
	organizationId,
	actor,
	introAt,
	location,
}: {
	proposalId: string
	organizationId: string
	actor: { id: string; name: string; email: string; locale?: string | null }
	introAt: Date
	location: string
}): Promise<ProposalResult> {
	const result = await moveProposal({
		proposalId,
		side: 'COACH',
		organizationId,
		action: 'plan-intro',
		actorId: actor.id,
		data: { introAt, introLocation: location.trim() },
		requireIdentity: true,
	})
	if (!result.ok) return result
	await auditProposal('proposal.intro-planned', proposalId, actor.id, { from: result.from, status: result.to })
	await notifyIntroPlanned(proposalId, actor)
	return { ok: true, proposalId }
}

async function notifyIntroPlanned(
	proposalId: string,
	coach: { id: string; name: string; email: string; locale?: string | null },
) {
	const proposal = await prisma.proposal.findUniqueOrThrow({
		where: { id: proposalId },
		select: {
			placeId: true,
			introAt: true,
			introLocation: true,
			place: { select: { title: true } },
			employerOrganization: { select: { name: true } },
			candidate: { select: { code: true, firstName: true, lastName: true } },
			_count: { select: { events: { where: { kind: 'INTRO_PLANNED' } } } },
		},
	})
	if (!proposal.introAt || !proposal.introLocation) return
	const introAt = proposal.introAt
	const location = proposal.introLocation
	// The consent was checked in the planning transaction: the name may go to this employer.
	const candidateName = candidateDisplayName(proposal.candidate)
	const employer = await employerRecipients(proposal.placeId)
	const coachRecipient: Recipient = {
		id: coach.id,
		email: coach.email,
		name: coach.name,
		locale: toLocale(coach.locale),
	}
	const recipients = [
		...employer.map((recipient) => ({ ...recipient, path: `/werkgever/voorstellen/${proposalId}` })),
		{ ...coachRecipient, path: `/jobcoach/voorstellen/${proposalId}` },
	]
	const stamp = now()
	for (const recipient of recipients) {
		const t = getFixedT(recipient.locale, 'proposals')
		// The calendar file stays without the candidate's name: calendars are often shared more widely.
		const ics = buildIcs({
			uid: `proposal-${proposalId}@werkverbinder`,
			sequence: Math.max(0, proposal._count.events - 1),
			stamp,
			start: introAt,
			end: new Date(introAt.getTime() + INTRO_DURATION_MINUTES * 60 * 1000),
			summary: t('ics.summary', { placeTitle: proposal.place.title, employerName: proposal.employerOrganization.name }),
			description: t('ics.description', {
				code: proposal.candidate.code,
				coachName: coach.name,
				coachEmail: coach.email,
				url: `${appUrl()}${recipient.path}`,
			}),
			location,
			organizer: { name: coach.name, email: coach.email },
			attendees: employer.map((contact) => ({ name: contact.name, email: contact.email })),
		})
		await sendEmail({
			to: recipient.email,
			subject: introPlannedSubject({ locale: recipient.locale, placeTitle: proposal.place.title, introAt }),
			react: createElement(CandidateIntroPlannedEmail, {
				locale: recipient.locale,
				placeTitle: proposal.place.title,
				employerName: proposal.employerOrganization.name,
				candidateName,
				introAt,
				location,
				coachName: coach.name,
				coachEmail: coach.email,
				proposalUrl: `${appUrl()}${recipient.path}`,
			}),
			idempotencyKey: `intro-planned:${proposalId}:${introAt.toISOString()}:${recipient.id}`,
			attachments: [{ filename: 'kennismaking.ics', content: ics, contentType: 'text/calendar; method=REQUEST' }],
		})
	}
}

/** Closes the proposal: not placed (after the employer accepted) or withdrawn by the coach, with a reason. */
export async function closeProposal({
	proposalId,
	organizationId,
	actorId,
	input,
}: CoachStep & { input: CloseProposalInput }): Promise<ProposalResult> {
	const result = await moveProposal({
		proposalId,
		side: 'COACH',
		organizationId,
		action: input.outcome === 'NOT_PLACED' ? 'not-placed' : 'withdraw',
		actorId,
		data: { outcomeReason: input.reason, outcomeNote: input.note?.trim() || null },
		note: input.reason,
	})
	if (!result.ok) return result
	await auditProposal('proposal.closed', proposalId, actorId, {
		from: result.from,
		status: result.to,
		reason: input.reason,
	})
	return { ok: true, proposalId }
}

/** The candidate on the propose page: whether they can be proposed at all (active, not erased). */
export async function getProposalCandidate(candidateId: string) {
	const candidate = await prisma.candidate.findFirst({
		where: { id: candidateId, erasedAt: null },
		select: { id: true, code: true, active: true },
	})
	return candidate
}
