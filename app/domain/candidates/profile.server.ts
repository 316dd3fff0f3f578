// A candidate's intake, profile and sensitive context: create, edit, read and re-confirm. The only
// module that writes a candidate's identity, profile and sensitive context. Every change is audited
// with who made it and which fields changed, never their contents and never a name, and marks the
// candidate for the search index in the transaction that makes the change.
import { findTown, listTowns } from '#app/domain/geo/towns.server.ts'
import { amsterdamDate } from '#app/utils/amsterdam-time.ts'
import { audit } from '#app/utils/audit.server.ts'
import { now } from '#app/utils/clock.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import { markForReindex } from '#search/outbox.server.ts'
import { logCandidateAccess } from './access-log.server.ts'
import { identitySelect, profileSelect, toIdentity, toProfile } from './candidate-fields.server.ts'
import {
	benefitsOptions,
	indicationOptions,
	isCandidateStage,
	targetGroupRegisterOptions,
	type Benefits,
	type CandidateStage,
	type Indication,
	type TargetGroupRegister,
} from './candidate-options.ts'
import { profileCompleteness, profileFreshness } from './candidate-profile.ts'
import { type CandidateFormInput } from './candidate-schema.ts'
import { generateCandidateCode, getStaleAfterDays, isCoachOf, listCoaches } from './candidates.server.ts'

export type FieldErrors = Record<string, string[]>
type WriteResult = { ok: true; candidateId: string } | { ok: false; fieldErrors: FieldErrors }

// --- The form's context -----------------------------------------------------------------------

/** The Amsterdam year by the server clock: it bounds the birth year on both sides of the form. */
export function currentAmsterdamYear() {
	return Number(amsterdamDate(now()).slice(0, 4))
}

/** What the candidate form needs: the organisation's jobcoaches, the town labels and the year. */
export async function getCandidateFormContext(organizationId: string) {
	return {
		coaches: await listCoaches(organizationId),
		townLabels: listTowns().map((town) => town.label),
		currentYear: currentAmsterdamYear(),
	}
}

export type CandidateFormContext = Awaited<ReturnType<typeof getCandidateFormContext>>

// --- Writing ----------------------------------------------------------------------------------

type HomeLocation = {
	homeTown: string | null
	homeMunicipality: string | null
	latitude: number | null
	longitude: number | null
}

/** Everything the form checks against the database and the town list. */
async function prepare(
	organizationId: string,
	input: CandidateFormInput,
): Promise<{ ok: true; location: HomeLocation } | { ok: false; fieldErrors: FieldErrors }> {
	const fieldErrors: FieldErrors = {}
	let location: HomeLocation = { homeTown: null, homeMunicipality: null, latitude: null, longitude: null }
	if (input.homeTown) {
		const town = findTown(input.homeTown)
		if (town) {
			location = {
				homeTown: town.label,
				homeMunicipality: town.municipality || null,
				latitude: town.latitude,
				longitude: town.longitude,
			}
		} else {
			fieldErrors.homeTown = ['candidates:errors.unknownTown']
		}
	}
	if (!(await isCoachOf(organizationId, input.primaryCoachId))) {
		fieldErrors.primaryCoachId = ['candidates:errors.notACoach']
	}
	if (input.routeSupporterId && !(await isCoachOf(organizationId, input.routeSupporterId))) {
		fieldErrors.routeSupporterId = ['candidates:errors.notACoach']
	}
	return Object.keys(fieldErrors).length > 0 ? { ok: false, fieldErrors } : { ok: true, location }
}

/** The Candidate columns the form writes. */
function candidateColumns(input: CandidateFormInput, location: HomeLocation) {
	return {
		happyWhen: input.happyWhen || null,
		interests: input.interests || null,
		talents: input.talents || null,
		learningGoals: input.learningGoals || null,
		placeTypes: JSON.stringify(input.placeTypes),
		sectors: JSON.stringify(input.sectors),
		hoursMin: input.hoursMin ?? null,
		hoursMax: input.hoursMax ?? null,
		days: JSON.stringify(input.days),
		...location,
		travelRadiusKm: input.travelRadiusKm ?? null,
		transport: JSON.stringify(input.transport),
		workEnvironment: JSON.stringify(input.workEnvironment),
		languages: JSON.stringify(input.languages),
		experience: input.experience || null,
		training: input.training || null,
		firstName: input.firstName,
		lastName: input.lastName || null,
		email: input.email || null,
		phone: input.phone || null,
		birthYear: input.birthYear ?? null,
		primaryCoachId: input.primaryCoachId,
		routeSupporterId: input.routeSupporterId || null,
	}
}

/** The CandidateSensitive columns the form writes. */
function sensitiveColumns(input: CandidateFormInput) {
	return {
		vulnerability: input.vulnerability || null,
		benefits: input.benefits ?? null,
		targetGroupRegister: input.targetGroupRegister ?? null,
		indication: input.indication ?? null,
		supportNeeds: input.supportNeeds || null,
	}
}

/** The calendar day of a moment in Amsterdam, stored as midnight UTC. */
function amsterdamDay(moment: Date) {
	return new Date(`${amsterdamDate(moment)}T00:00:00.000Z`)
}

/**
 * A candidate from an intake: the profile, identity and sensitive context, an INTAKE event that
 * opens the history, stage ORIENTING. An intake is a conversation with the candidate, so the
 * profile counts as confirmed now.
 */
export async function createCandidate({
	organizationId,
	actorId,
	input,
}: {
	organizationId: string
	actorId: string
	input: CandidateFormInput
}): Promise<WriteResult> {
	const prepared = await prepare(organizationId, input)
	if (!prepared.ok) return prepared
	const moment = now()
	const stage: CandidateStage = 'ORIENTING'
	const code = await generateCandidateCode()
	const candidate = await prisma.$transaction(async (tx) => {
		const created = await tx.candidate.create({
			data: {
				...candidateColumns(input, prepared.location),
				organizationId,
				code,
				stage,
				active: true,
				confirmedAt: moment,
				createdById: actorId,
				sensitive: { create: sensitiveColumns(input) },
				events: { create: { kind: 'INTAKE', toStage: stage, occurredOn: amsterdamDay(moment), recordedById: actorId } },
			},
			select: { id: true },
		})
		await markForReindex(tx, 'candidates', [created.id])
		return created
	})
	await audit('candidate.created', {
		actorId,
		entityType: 'Candidate',
		entityId: candidate.id,
		details: { stage },
	})
	return { ok: true, candidateId: candidate.id }
}

/** The columns that are one thing to the reader of the history: the home town and its coordinates. */
const locationColumns = new Set<string>(['homeTown', 'homeMunicipality', 'latitude', 'longitude'])

/**
 * Saves the form over the candidate. The audit names the fields that changed; a change in the
 * sensitive context is named `sensitive` as a whole, so the log does not tell which part it was.
 */
export async function updateCandidate({
	candidateId,
	organizationId,
	actorId,
	input,
}: {
	candidateId: string
	organizationId: string
	actorId: string
	input: CandidateFormInput
}): Promise<WriteResult> {
	const existing = await prisma.candidate.findFirst({
		where: { id: candidateId, organizationId, erasedAt: null },
		include: { sensitive: true },
	})
	if (!existing) throw new Response('Not Found', { status: 404 })
	const prepared = await prepare(organizationId, input)
	if (!prepared.ok) return prepared

	const columns = candidateColumns(input, prepared.location)
	const changed = (Object.keys(columns) as Array<keyof typeof columns>).filter(
		(field) => existing[field] !== columns[field],
	)
	const sensitive = sensitiveColumns(input)
	const sensitiveChanged =
		!existing.sensitive ||
		(Object.keys(sensitive) as Array<keyof typeof sensitive>).some(
			(field) => existing.sensitive?.[field] !== sensitive[field],
		)
	const fields: string[] = [...new Set(changed.map((field) => (locationColumns.has(field) ? 'homeTown' : field)))]
	if (sensitiveChanged) fields.push('sensitive')
	if (fields.length === 0) return { ok: true, candidateId }

	await prisma.$transaction(async (tx) => {
		if (changed.length > 0) {
			await tx.candidate.update({
				where: { id: candidateId },
				data: Object.fromEntries(changed.map((field) => [field, columns[field]])),
			})
		}
		if (sensitiveChanged) {
			await tx.candidateSensitive.upsert({
				where: { candidateId },
				create: { candidateId, ...sensitive },
				update: sensitive,
			})
		}
		await markForReindex(tx, 'candidates', [candidateId])
	})
	await audit('candidate.updated', { actorId, entityType: 'Candidate', entityId: candidateId, details: { fields } })
	return { ok: true, candidateId }
}

/** The coach went through the profile with the candidate: it is fresh again. */
export async function confirmProfile(candidateId: string, actorId: string) {
	const confirmedAt = now()
	await prisma.$transaction(async (tx) => {
		await tx.candidate.update({ where: { id: candidateId }, data: { confirmedAt } })
		// Freshness is part of the document, and decides whether employers may find the candidate.
		await markForReindex(tx, 'candidates', [candidateId])
	})
	await audit('candidate.confirmed', { actorId, entityType: 'Candidate', entityId: candidateId })
	return { confirmedAt }
}

// --- Reading ----------------------------------------------------------------------------------

/**
 * Identity, profile and coaching of a candidate, for the profile page and the edit form; never the
 * sensitive context (see getCandidateSensitive). With `viewerId` the view of the identity is
 * written to the access log.
 */
export async function getCandidateProfile(candidateId: string, viewerId?: string) {
	const candidate = await prisma.candidate.findUniqueOrThrow({
		where: { id: candidateId },
		select: {
			id: true,
			code: true,
			...identitySelect,
			...profileSelect,
			stage: true,
			active: true,
			confirmedAt: true,
			primaryCoach: { select: { id: true, name: true } },
			routeSupporter: { select: { id: true, name: true } },
		},
	})
	if (viewerId) await logCandidateAccess(viewerId, [candidateId], 'IDENTITY')
	return {
		id: candidate.id,
		code: candidate.code,
		identity: toIdentity(candidate),
		profile: toProfile(candidate),
		coaching: {
			stage: (isCandidateStage(candidate.stage) ? candidate.stage : 'ORIENTING') satisfies CandidateStage,
			active: candidate.active,
			primaryCoach: candidate.primaryCoach,
			routeSupporter: candidate.routeSupporter,
		},
		freshness: profileFreshness(candidate.confirmedAt, now(), getStaleAfterDays()),
		completeness: profileCompleteness(candidate),
	}
}

export type CandidateProfile = Awaited<ReturnType<typeof getCandidateProfile>>

const pick = <Key extends string>(value: string | null | undefined, allowed: readonly Key[]) =>
	value && (allowed as readonly string[]).includes(value) ? (value as Key) : null

/**
 * The sensitive context of a candidate. Only call it when the viewer asked to see it: every call is
 * written to the access log as a SENSITIVE view.
 */
export async function getCandidateSensitive(candidateId: string, viewerId: string) {
	const sensitive = await prisma.candidateSensitive.findUnique({ where: { candidateId } })
	await logCandidateAccess(viewerId, [candidateId], 'SENSITIVE')
	return {
		vulnerability: sensitive?.vulnerability ?? null,
		benefits: pick<Benefits>(sensitive?.benefits, benefitsOptions),
		targetGroupRegister: pick<TargetGroupRegister>(sensitive?.targetGroupRegister, targetGroupRegisterOptions),
		indication: pick<Indication>(sensitive?.indication, indicationOptions),
		supportNeeds: sensitive?.supportNeeds ?? null,
	}
}

export type CandidateSensitiveContext = Awaited<ReturnType<typeof getCandidateSensitive>>

/** The form's values for a stored candidate: strings and key lists, as the form sends them. */
export function candidateFormDefaults(profile: CandidateProfile, sensitive: CandidateSensitiveContext) {
	const text = (value: string | null) => value ?? ''
	const number = (value: number | null) => (value === null ? '' : String(value))
	return {
		...Object.fromEntries(
			(['happyWhen', 'interests', 'talents', 'learningGoals', 'experience', 'training'] as const).map((field) => [
				field,
				text(profile.profile[field]),
			]),
		),
		placeTypes: profile.profile.placeTypes,
		sectors: profile.profile.sectors,
		hoursMin: number(profile.profile.hoursMin),
		hoursMax: number(profile.profile.hoursMax),
		days: profile.profile.days,
		homeTown: text(profile.profile.homeTown),
		travelRadiusKm: number(profile.profile.travelRadiusKm),
		transport: profile.profile.transport,
		workEnvironment: profile.profile.workEnvironment,
		languages: profile.profile.languages,
		firstName: text(profile.identity.firstName),
		lastName: text(profile.identity.lastName),
		email: text(profile.identity.email),
		phone: text(profile.identity.phone),
		birthYear: number(profile.identity.birthYear),
		vulnerability: text(sensitive.vulnerability),
		benefits: text(sensitive.benefits),
		targetGroupRegister: text(sensitive.targetGroupRegister),
		indication: text(sensitive.indication),
		supportNeeds: text(sensitive.supportNeeds),
		primaryCoachId: profile.coaching.primaryCoach?.id ?? '',
		routeSupporterId: profile.coaching.routeSupporter?.id ?? '',
	}
}
