// The employer's own organisation profile: who may edit it, reading it, saving it and how complete it is.
// A change its places show (name, sector, town) marks all of its places for the search index.
import { findTown } from '#app/domain/geo/towns.server.ts'
import { commitmentOptions, parseKeyList } from '#app/domain/places/place-options.ts'
import { audit } from '#app/utils/audit.server.ts'
import { hasPermission, requirePermission, type SessionUser } from '#app/utils/auth.server.ts'
import { isUniqueViolation, prisma } from '#app/utils/db.server.ts'
import { markForReindex } from '#search/outbox.server.ts'
import { type ProfileInput } from './organization-schemas.ts'

export type FieldErrors = Record<string, string[]>

/**
 * The employer organisation the signed-in user keeps the profile of. Only employers (members with
 * the EMPLOYER role of an employer organisation) have one; everyone else gets 403.
 */
export async function requireOwnEmployerOrganization(
	request: Request,
): Promise<{ user: SessionUser; organizationId: string }> {
	const user = await requirePermission(request, 'update:organization')
	const organization = user.organization
	if (user.role !== 'EMPLOYER' || organization?.kind !== 'EMPLOYER') {
		throw new Response('Forbidden', { status: 403 })
	}
	if (!hasPermission(user, 'update:organization', organization.id)) throw new Response('Forbidden', { status: 403 })
	return { user, organizationId: organization.id }
}

export type TownFields = {
	town: string | null
	municipality: string | null
	municipalityCode: string | null
	latitude: number | null
	longitude: number | null
}

const noTown: TownFields = { town: null, municipality: null, municipalityCode: null, latitude: null, longitude: null }

/** The stored town fields for a picked label; null when the label is not a town we know. */
export function resolveTown(label: string | undefined): TownFields | null {
	if (!label) return noTown
	const town = findTown(label)
	if (!town) return null
	return {
		town: town.label,
		municipality: town.municipality,
		municipalityCode: town.municipalityCode,
		latitude: town.latitude,
		longitude: town.longitude,
	}
}

/** Whether another organisation than `exceptId` already has this KvK number. */
export async function isKvkNumberRegistered(kvkNumber: string, exceptId?: string) {
	const count = await prisma.organization.count({
		where: { kvkNumber, ...(exceptId ? { id: { not: exceptId } } : {}) },
	})
	return count > 0
}

export const KVK_TAKEN = 'organizations:validation.kvkTaken'
export const UNKNOWN_TOWN = 'organizations:validation.unknownTown'

type OrganizationSelect = NonNullable<NonNullable<Parameters<typeof prisma.organization.findFirst>[0]>['select']>

/** An employer organisation with the selected fields; null when the id is unknown or not an employer's. */
export function findEmployer<Select extends OrganizationSelect>(organizationId: string, select: Select) {
	return prisma.organization.findFirst({ where: { id: organizationId, kind: 'EMPLOYER' }, select })
}

/** What the employer and staff see of an employer's profile (the public board shows less). */
export const employerProfileSelect = {
	id: true,
	name: true,
	kvkNumber: true,
	sector: true,
	sizeClass: true,
	street: true,
	postalCode: true,
	town: true,
	municipality: true,
	website: true,
	description: true,
	commitments: true,
	commitmentNote: true,
	logoFile: true,
	contactPersons: {
		select: { id: true, name: true, jobTitle: true, email: true, phone: true },
		orderBy: [{ name: 'asc' }, { createdAt: 'asc' }],
	},
} satisfies OrganizationSelect

/** The stored commitments (JSON) as a list of known keys. */
export function withCommitmentKeys<Organization extends { commitments: string }>(organization: Organization) {
	return { ...organization, commitments: parseKeyList(organization.commitments, commitmentOptions) }
}

/** The profile of an employer organisation, with its commitments as a list of known keys. */
export async function getEmployerProfile(organizationId: string) {
	const organization = await findEmployer(organizationId, {
		...employerProfileSelect,
		kind: true,
		logoContentType: true,
		updatedAt: true,
	})
	return organization ? withCommitmentKeys(organization) : null
}
export type EmployerProfile = NonNullable<Awaited<ReturnType<typeof getEmployerProfile>>>

/** The organisation's fields that its places' search documents show (search/documents.server.ts). */
const placeDocumentFields = new Set<string>([
	'name',
	'sector',
	'town',
	'municipality',
	'municipalityCode',
	'latitude',
	'longitude',
])

/**
 * Saves the profile. The KvK number must be free and the town known; otherwise nothing is written and
 * the field errors (translation keys) come back.
 */
export async function updateEmployerProfile({
	organizationId,
	actorId,
	values,
}: {
	organizationId: string
	actorId: string
	values: ProfileInput
}): Promise<{ ok: true } | { ok: false; fieldErrors: FieldErrors }> {
	const fieldErrors: FieldErrors = {}
	const townFields = resolveTown(values.town)
	if (!townFields) fieldErrors.town = [UNKNOWN_TOWN]
	if (values.kvkNumber && (await isKvkNumberRegistered(values.kvkNumber, organizationId))) {
		fieldErrors.kvkNumber = [KVK_TAKEN]
	}
	if (!townFields || Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors }

	const data = {
		name: values.name,
		kvkNumber: values.kvkNumber ?? null,
		sector: values.sector ?? null,
		sizeClass: values.sizeClass ?? null,
		street: values.street || null,
		postalCode: values.postalCode ?? null,
		...townFields,
		website: values.website ?? null,
		description: values.description || null,
		commitments: JSON.stringify(values.commitments),
		commitmentNote: values.commitmentNote || null,
	}
	let changed: Array<keyof typeof data>
	try {
		changed = await prisma.$transaction(async (tx) => {
			const before = await tx.organization.findUniqueOrThrow({ where: { id: organizationId } })
			await tx.organization.update({ where: { id: organizationId }, data })
			const fields = (Object.keys(data) as Array<keyof typeof data>).filter((key) => before[key] !== data[key])
			// Every place shows its organisation's name, sector and town: mark them all for the search index.
			if (fields.some((field) => placeDocumentFields.has(field))) {
				const places = await tx.place.findMany({ where: { organizationId }, select: { id: true } })
				const placeIds = places.map((place) => place.id)
				await markForReindex(tx, 'places', placeIds)
			}
			return fields
		})
	} catch (error) {
		// Two organisations claiming the same number at the same moment: the database decides.
		if (isUniqueViolation(error)) return { ok: false, fieldErrors: { kvkNumber: [KVK_TAKEN] } }
		throw error
	}
	await audit('organization.updated', {
		actorId,
		entityType: 'Organization',
		entityId: organizationId,
		details: { fields: changed },
	})
	return { ok: true }
}

/** The parts of a profile that make it useful to jobcoaches (labels: organizations:profile.parts.X); the employer start page can show what is missing. */
export const profileParts = [
	'kvkNumber',
	'sector',
	'sizeClass',
	'address',
	'town',
	'description',
	'commitments',
	'contactPersons',
	'logo',
] as const
export type ProfilePart = (typeof profileParts)[number]

export function profileCompleteness(profile: EmployerProfile) {
	const filled: Record<ProfilePart, boolean> = {
		kvkNumber: Boolean(profile.kvkNumber),
		sector: Boolean(profile.sector),
		sizeClass: Boolean(profile.sizeClass),
		address: Boolean(profile.street && profile.postalCode),
		town: Boolean(profile.town),
		description: Boolean(profile.description),
		commitments: profile.commitments.length > 0,
		contactPersons: profile.contactPersons.length > 0,
		logo: Boolean(profile.logoFile),
	}
	const missing = profileParts.filter((part) => !filled[part])
	return {
		done: profileParts.length - missing.length,
		total: profileParts.length,
		percentage: Math.round(((profileParts.length - missing.length) / profileParts.length) * 100),
		missing,
	}
}

/** For the employer start page: how complete the profile is, and what is still missing. */
export async function getProfileCompleteness(organizationId: string) {
	const profile = await getEmployerProfile(organizationId)
	return profile ? profileCompleteness(profile) : null
}
