// Consent per purpose. EMPLOYER_SEARCH lets employers find the candidate's pseudonymised profile
// (see visibility.server.ts, the gate every employer-facing page uses); IDENTITY_SHARE shares name
// and contact with one named employer, for one proposal. Withdrawing keeps the record: it proves
// what was allowed when. Audit details hold the purpose and ids only, never notes. Recording and
// withdrawing mark the candidate for the search index in the same transaction (the consent gate
// decides whether employers may find the document).
import { isCalendarDate } from '#app/domain/places/place-schema.ts'
import { amsterdamDate } from '#app/utils/amsterdam-time.ts'
import { audit } from '#app/utils/audit.server.ts'
import { now } from '#app/utils/clock.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import { markForReindex } from '#search/outbox.server.ts'
import { consentBases, consentPurposes, type ConsentBasis, type ConsentPurpose } from './candidate-options.ts'

export type ConsentView = {
	id: string
	purpose: ConsentPurpose
	/** IDENTITY_SHARE: the employer organisation the identity is shared with. */
	employer: { id: string; name: string } | null
	/** IDENTITY_SHARE: the proposal it is for (proposals arrive with matching). */
	proposalId: string | null
	basis: ConsentBasis
	/** The calendar day the candidate gave it (ISO, midnight UTC). */
	givenOn: string
	note: string | null
	recordedByName: string | null
	recordedAt: string
	withdrawnAt: string | null
	withdrawnByName: string | null
	withdrawalNote: string | null
	active: boolean
}

const asPurpose = (value: string) =>
	(consentPurposes as readonly string[]).includes(value) ? (value as ConsentPurpose) : null
const asBasis = (value: string): ConsentBasis =>
	(consentBases as readonly string[]).includes(value) ? (value as ConsentBasis) : 'VERBAL'

/** Names of users by id, for ids that carry no relation (such as who recorded or withdrew a consent). */
export async function userNames(ids: Array<string | null>) {
	const unique = [...new Set(ids.filter((id): id is string => id !== null))]
	if (unique.length === 0) return new Map<string, string>()
	const users = await prisma.user.findMany({ where: { id: { in: unique } }, select: { id: true, name: true } })
	return new Map(users.map((user) => [user.id, user.name]))
}

/** Every consent of a candidate, current and withdrawn, newest first. */
export async function listConsents(candidateId: string): Promise<ConsentView[]> {
	const consents = await prisma.candidateConsent.findMany({
		where: { candidateId },
		orderBy: [{ recordedAt: 'desc' }, { id: 'desc' }],
		include: { employerOrganization: { select: { id: true, name: true } } },
	})
	const names = await userNames(consents.flatMap((consent) => [consent.recordedById, consent.withdrawnById]))
	return consents.flatMap((consent) => {
		const purpose = asPurpose(consent.purpose)
		if (!purpose) return []
		return [
			{
				id: consent.id,
				purpose,
				employer: consent.employerOrganization,
				proposalId: consent.proposalId,
				basis: asBasis(consent.basis),
				givenOn: consent.givenOn.toISOString(),
				note: consent.note,
				recordedByName: consent.recordedById ? (names.get(consent.recordedById) ?? null) : null,
				recordedAt: consent.recordedAt.toISOString(),
				withdrawnAt: consent.withdrawnAt?.toISOString() ?? null,
				withdrawnByName: consent.withdrawnById ? (names.get(consent.withdrawnById) ?? null) : null,
				withdrawalNote: consent.withdrawalNote,
				active: consent.withdrawnAt === null,
			},
		]
	})
}

/** The employer organisations identity can be shared with, by name. */
export function listEmployerOrganizations() {
	return prisma.organization.findMany({
		where: { kind: 'EMPLOYER' },
		select: { id: true, name: true },
		orderBy: { name: 'asc' },
	})
}

/** Whether the candidate has an active consent for the purpose (for IDENTITY_SHARE: this employer and proposal). */
export async function hasActiveConsent(
	candidateId: string,
	purpose: ConsentPurpose,
	{
		employerOrganizationId = null,
		proposalId = null,
	}: { employerOrganizationId?: string | null; proposalId?: string | null } = {},
) {
	const consent = await prisma.candidateConsent.findFirst({
		where: {
			candidateId,
			purpose,
			withdrawnAt: null,
			...(purpose === 'IDENTITY_SHARE' ? { employerOrganizationId, proposalId } : {}),
		},
		select: { id: true },
	})
	return consent !== null
}

export type RecordConsentInput = {
	purpose: ConsentPurpose
	employerOrganizationId?: string | null
	proposalId?: string | null
	basis: ConsentBasis
	/** yyyy-mm-dd, the Amsterdam calendar day the candidate gave it; not in the future. */
	givenOn: string
	note?: string | null
}

export type RecordConsentProblem =
	'date-invalid' | 'employer-required' | 'employer-unknown' | 'duplicate-search' | 'duplicate-identity'

/**
 * Record a consent. At most one active EMPLOYER_SEARCH consent per candidate, and one active
 * IDENTITY_SHARE per employer and proposal: a duplicate is refused, not stacked.
 */
export async function recordConsent({
	candidateId,
	actorId,
	input,
}: {
	candidateId: string
	actorId: string | null
	input: RecordConsentInput
}): Promise<{ ok: true; consentId: string } | { ok: false; problem: RecordConsentProblem }> {
	const moment = now()
	if (!isCalendarDate(input.givenOn) || input.givenOn > amsterdamDate(moment))
		return { ok: false, problem: 'date-invalid' }
	const identity = input.purpose === 'IDENTITY_SHARE'
	// Only an identity share names an employer and a proposal.
	const employerOrganizationId = identity ? (input.employerOrganizationId ?? null) : null
	const proposalId = identity ? (input.proposalId ?? null) : null
	if (identity && !employerOrganizationId) return { ok: false, problem: 'employer-required' }
	if (employerOrganizationId) {
		const employer = await prisma.organization.findFirst({
			where: { id: employerOrganizationId, kind: 'EMPLOYER' },
			select: { id: true },
		})
		if (!employer) return { ok: false, problem: 'employer-unknown' }
	}
	// Check and write in one transaction, so two quick submissions cannot both pass the check.
	const result = await prisma.$transaction(async (tx) => {
		const duplicate = await tx.candidateConsent.findFirst({
			where: {
				candidateId,
				purpose: input.purpose,
				withdrawnAt: null,
				...(identity ? { employerOrganizationId, proposalId } : {}),
			},
			select: { id: true },
		})
		if (duplicate) return null
		const created = await tx.candidateConsent.create({
			data: {
				candidateId,
				purpose: input.purpose,
				employerOrganizationId,
				proposalId,
				basis: input.basis,
				givenOn: new Date(`${input.givenOn}T00:00:00.000Z`),
				note: input.note?.trim() || null,
				recordedById: actorId,
				recordedAt: moment,
			},
			select: { id: true },
		})
		await markForReindex(tx, 'candidates', [candidateId])
		return created
	})
	if (!result) return { ok: false, problem: identity ? 'duplicate-identity' : 'duplicate-search' }
	await audit('consent.recorded', {
		actorId,
		entityType: 'CandidateConsent',
		entityId: result.id,
		details: { candidateId, purpose: input.purpose, employerOrganizationId, proposalId },
	})
	return { ok: true, consentId: result.id }
}

/** Withdraw an active consent of this candidate; the record stays with who withdrew it and when. */
export async function withdrawConsent({
	candidateId,
	consentId,
	actorId,
	withdrawalNote,
}: {
	candidateId: string
	consentId: string
	actorId: string | null
	withdrawalNote?: string | null
}): Promise<{ ok: true } | { ok: false; problem: 'not-found' }> {
	const consent = await prisma.candidateConsent.findFirst({
		where: { id: consentId, candidateId, withdrawnAt: null },
		select: { id: true, purpose: true, employerOrganizationId: true, proposalId: true },
	})
	if (!consent) return { ok: false, problem: 'not-found' }
	const count = await prisma.$transaction(async (tx) => {
		const updated = await tx.candidateConsent.updateMany({
			where: { id: consent.id, withdrawnAt: null },
			data: { withdrawnAt: now(), withdrawnById: actorId, withdrawalNote: withdrawalNote?.trim() || null },
		})
		if (updated.count > 0) await markForReindex(tx, 'candidates', [candidateId])
		return updated.count
	})
	if (count === 0) return { ok: false, problem: 'not-found' }
	await audit('consent.withdrawn', {
		actorId,
		entityType: 'CandidateConsent',
		entityId: consent.id,
		details: {
			candidateId,
			purpose: consent.purpose,
			employerOrganizationId: consent.employerOrganizationId,
			proposalId: consent.proposalId,
		},
	})
	return { ok: true }
}
