import { audit } from '#app/utils/audit.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import { type OrganizationKind } from '#app/utils/permissions.ts'

export function listOrganizations(kind?: OrganizationKind) {
	return prisma.organization.findMany({
		where: kind ? { kind } : { kind: { not: 'PLATFORM' } },
		select: {
			id: true,
			name: true,
			kind: true,
			town: true,
			sector: true,
			kvkNumber: true,
			_count: { select: { memberships: true, contactPersons: true } },
		},
		orderBy: { name: 'asc' },
	})
}

export function getOrganization(organizationId: string) {
	return prisma.organization.findUnique({
		where: { id: organizationId },
		include: {
			memberships: {
				select: { id: true, role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
				orderBy: { createdAt: 'asc' },
			},
			contactPersons: { orderBy: { name: 'asc' } },
		},
	})
}

export async function createCoachingOrganization({
	name,
	town,
	actorId,
}: {
	name: string
	town?: string
	actorId: string
}) {
	const organization = await prisma.organization.create({ data: { kind: 'COACHING', name, town: town ?? null } })
	await audit('organization.created', {
		actorId,
		entityType: 'Organization',
		entityId: organization.id,
		details: { kind: 'COACHING' },
	})
	return organization
}
