import { audit } from '#app/utils/audit.server.ts'
import { now } from '#app/utils/clock.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import { assignableRoles, type OrganizationKind, type Role } from '#app/utils/permissions.ts'
import { invalidateAllUserSessions } from '#app/utils/session.server.ts'

export function listUsers() {
	return prisma.user.findMany({
		select: {
			id: true,
			name: true,
			email: true,
			emailVerifiedAt: true,
			disabledAt: true,
			memberships: {
				select: { id: true, role: true, organization: { select: { id: true, name: true, kind: true } } },
			},
		},
		orderBy: { name: 'asc' },
	})
}

/** Changing a role ends the user's sessions, so the new rights apply from the next login. */
export async function changeMembershipRole({
	membershipId,
	role,
	actorId,
}: {
	membershipId: string
	role: Role
	actorId: string
}) {
	const membership = await prisma.membership.findUnique({
		where: { id: membershipId },
		include: { organization: { select: { kind: true } } },
	})
	if (!membership) return { ok: false as const, problem: 'not-found' as const }
	if (!assignableRoles[membership.organization.kind as OrganizationKind].includes(role)) {
		return { ok: false as const, problem: 'role-not-allowed' as const }
	}
	if (membership.role === role) return { ok: true as const }
	await prisma.membership.update({ where: { id: membershipId }, data: { role } })
	await invalidateAllUserSessions(membership.userId)
	await audit('user.role-changed', {
		actorId,
		entityType: 'User',
		entityId: membership.userId,
		details: { from: membership.role, to: role },
	})
	return { ok: true as const }
}

export async function setUserDisabled({
	userId,
	disabled,
	actorId,
}: {
	userId: string
	disabled: boolean
	actorId: string
}) {
	await prisma.user.update({ where: { id: userId }, data: { disabledAt: disabled ? now() : null } })
	if (disabled) await invalidateAllUserSessions(userId)
	await audit(disabled ? 'user.disabled' : 'user.enabled', { actorId, entityType: 'User', entityId: userId })
}
