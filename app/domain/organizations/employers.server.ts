// The staff view of employer organisations (coordinators, jobcoaches, admins): the list with filters,
// one employer with its contacts and places, prospects added by a coordinator and the invitation
// that lets a prospect's contact person claim the organisation.
import { createInvitation, type InvitationProblem } from '#app/domain/auth/invitations.server.ts'
import { audit } from '#app/utils/audit.server.ts'
import { isUniqueViolation, prisma } from '#app/utils/db.server.ts'
import { type Locale } from '#app/utils/i18n.ts'
import { type EmployerFilter, type ProspectInput } from './organization-schemas.ts'
import {
	employerProfileSelect,
	findEmployer,
	isKvkNumberRegistered,
	KVK_TAKEN,
	resolveTown,
	UNKNOWN_TOWN,
	withCommitmentKeys,
	type FieldErrors,
} from './profile.server.ts'

/** All employer organisations that match the filters, with their published places and whether anyone has an account. */
export async function listEmployers(filter: EmployerFilter = {}) {
	const employers = await prisma.organization.findMany({
		where: {
			kind: 'EMPLOYER',
			...(filter.q ? { name: { contains: filter.q } } : {}),
			...(filter.town
				? { OR: [{ town: { contains: filter.town } }, { municipality: { contains: filter.town } }] }
				: {}),
			...(filter.sector ? { sector: filter.sector } : {}),
		},
		select: {
			id: true,
			name: true,
			town: true,
			municipality: true,
			sector: true,
			_count: { select: { memberships: true, places: { where: { status: 'PUBLISHED' } } } },
		},
		orderBy: { name: 'asc' },
	})
	return employers.map(({ _count, ...employer }) => ({
		...employer,
		publishedPlaces: _count.places,
		memberCount: _count.memberships,
		isProspect: _count.memberships === 0,
	}))
}

/** One employer organisation for staff: profile, contact persons, members and every place (all statuses). */
export async function getEmployerForStaff(organizationId: string) {
	const organization = await findEmployer(organizationId, {
		...employerProfileSelect,
		addedById: true,
		createdAt: true,
		places: {
			select: { id: true, title: true, type: true, status: true },
			orderBy: [{ updatedAt: 'desc' }],
		},
		_count: { select: { memberships: true } },
	})
	if (!organization) return null
	const addedBy = organization.addedById
		? await prisma.user.findUnique({ where: { id: organization.addedById }, select: { name: true } })
		: null
	const { _count, ...rest } = organization
	return {
		...withCommitmentKeys(rest),
		addedByName: addedBy?.name ?? null,
		memberCount: _count.memberships,
		isProspect: _count.memberships === 0,
	}
}

/**
 * A coordinator adds an employer on its behalf, with one contact person. The organisation has no
 * members until a contact person accepts the claim invitation.
 */
export async function createProspect({
	values,
	actorId,
}: {
	values: ProspectInput
	actorId: string
}): Promise<{ ok: true; organizationId: string } | { ok: false; fieldErrors: FieldErrors }> {
	const fieldErrors: FieldErrors = {}
	const townFields = resolveTown(values.town)
	if (!townFields) fieldErrors.town = [UNKNOWN_TOWN]
	if (values.kvkNumber && (await isKvkNumberRegistered(values.kvkNumber))) fieldErrors.kvkNumber = [KVK_TAKEN]
	if (!townFields || Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors }

	let organization: { id: string; contactPersons: Array<{ id: string }> }
	try {
		organization = await prisma.organization.create({
			data: {
				kind: 'EMPLOYER',
				name: values.name,
				kvkNumber: values.kvkNumber ?? null,
				sector: values.sector ?? null,
				...townFields,
				website: values.website ?? null,
				addedById: actorId,
				contactPersons: {
					create: {
						name: values.contactName,
						jobTitle: values.contactJobTitle || null,
						email: values.contactEmail ?? null,
						phone: values.contactPhone || null,
					},
				},
			},
			select: { id: true, contactPersons: { select: { id: true } } },
		})
	} catch (error) {
		if (isUniqueViolation(error)) return { ok: false, fieldErrors: { kvkNumber: [KVK_TAKEN] } }
		throw error
	}
	await audit('organization.created', {
		actorId,
		entityType: 'Organization',
		entityId: organization.id,
		details: { kind: 'EMPLOYER', prospect: true, contactPersonIds: organization.contactPersons.map((c) => c.id) },
	})
	return { ok: true, organizationId: organization.id }
}

export type ClaimProblem = InvitationProblem | 'has-members' | 'no-email'

/**
 * Invites a contact person of a prospect (an employer without members) to claim it: they get an
 * EMPLOYER invitation by email and, once they accept, the organisation is theirs to keep.
 * Returns null when the contact person does not belong to this organisation.
 */
export async function inviteContactToClaim({
	organizationId,
	contactPersonId,
	invitedBy,
	locale,
}: {
	organizationId: string
	contactPersonId: string
	invitedBy: { id: string; name: string }
	locale: Locale
}): Promise<null | { ok: true; email: string } | { ok: false; problem: ClaimProblem }> {
	const contact = await prisma.contactPerson.findFirst({
		where: { id: contactPersonId, organizationId, organization: { kind: 'EMPLOYER' } },
		select: { email: true },
	})
	if (!contact) return null
	if (!contact.email) return { ok: false, problem: 'no-email' }
	if ((await prisma.membership.count({ where: { organizationId } })) > 0) return { ok: false, problem: 'has-members' }
	const result = await createInvitation({ organizationId, email: contact.email, role: 'EMPLOYER', invitedBy, locale })
	return result.ok ? { ok: true, email: contact.email } : { ok: false, problem: result.problem }
}
