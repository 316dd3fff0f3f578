import { audit } from '#app/utils/audit.server.ts'
import { now } from '#app/utils/clock.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import { sendInvitationEmail } from '#app/utils/email.server.ts'
import { getEnv } from '#app/utils/env.server.ts'
import { type Locale } from '#app/utils/i18n.ts'
import { assignableRoles, type OrganizationKind, type Role } from '#app/utils/permissions.ts'
import { generateSessionToken, hashToken } from '#app/utils/session.server.ts'
import { normalizeEmail } from './accounts.server.ts'
import { hashPassword } from './password.server.ts'

const INVITATION_LIFETIME_MS = 14 * 24 * 60 * 60 * 1000

export type InvitationProblem = 'role-not-allowed' | 'already-member' | 'already-invited'

export async function createInvitation({
	organizationId,
	email,
	role,
	invitedBy,
	locale,
}: {
	organizationId: string
	email: string
	role: Role
	invitedBy: { id: string; name: string }
	locale: Locale
}): Promise<{ ok: true; invitationId: string } | { ok: false; problem: InvitationProblem }> {
	const address = normalizeEmail(email)
	const organization = await prisma.organization.findUniqueOrThrow({ where: { id: organizationId } })
	if (!assignableRoles[organization.kind as OrganizationKind].includes(role)) {
		return { ok: false, problem: 'role-not-allowed' }
	}
	const existingMember = await prisma.membership.count({ where: { organizationId, user: { email: address } } })
	if (existingMember > 0) return { ok: false, problem: 'already-member' }
	const pending = await prisma.invitation.count({
		where: { organizationId, email: address, acceptedAt: null, revokedAt: null, expiresAt: { gt: now() } },
	})
	if (pending > 0) return { ok: false, problem: 'already-invited' }

	const token = generateSessionToken()
	const expiresAt = new Date(now().getTime() + INVITATION_LIFETIME_MS)
	const invitation = await prisma.invitation.create({
		data: { organizationId, email: address, role, invitedById: invitedBy.id, tokenHash: hashToken(token), expiresAt },
	})
	await audit('invitation.created', {
		actorId: invitedBy.id,
		entityType: 'Invitation',
		entityId: invitation.id,
		details: { organizationId, role },
	})
	await sendInvitationEmail({
		to: address,
		locale,
		organizationName: organization.name,
		role,
		inviterName: invitedBy.name,
		acceptUrl: `${getEnv().APP_URL}/uitnodiging?token=${token}`,
		expiresAt,
		invitationId: invitation.id,
	})
	return { ok: true, invitationId: invitation.id }
}

/** The open invitation behind a link, with whether its address already has an account. */
export async function getOpenInvitation(token: string) {
	const invitation = await prisma.invitation.findUnique({
		where: { tokenHash: hashToken(token) },
		include: { organization: { select: { id: true, name: true, kind: true } } },
	})
	if (!invitation || invitation.acceptedAt || invitation.revokedAt) return null
	if (invitation.expiresAt.getTime() <= now().getTime()) return null
	const existingUser = await prisma.user.findUnique({ where: { email: invitation.email }, select: { id: true } })
	return { ...invitation, hasAccount: existingUser !== null }
}

/**
 * Accepts an invitation. A new address creates its account (confirmed: the link proved the mailbox);
 * an existing account must be the signed-in one and simply gains the membership.
 */
export async function acceptInvitation(
	token: string,
	account: { kind: 'new'; name: string; password: string } | { kind: 'existing'; userId: string },
): Promise<{ ok: true; userId: string } | { ok: false; problem: 'invalid' | 'wrong-account' }> {
	const invitation = await getOpenInvitation(token)
	if (!invitation) return { ok: false, problem: 'invalid' }
	let userId: string
	if (account.kind === 'existing') {
		const user = await prisma.user.findUnique({ where: { id: account.userId } })
		if (!user || user.email !== invitation.email) return { ok: false, problem: 'wrong-account' }
		userId = user.id
	} else {
		if (invitation.hasAccount) return { ok: false, problem: 'wrong-account' }
		const hash = await hashPassword(account.password)
		const user = await prisma.user.create({
			data: { email: invitation.email, name: account.name, emailVerifiedAt: now(), password: { create: { hash } } },
		})
		userId = user.id
	}
	await prisma.$transaction([
		prisma.membership.upsert({
			where: { userId_organizationId: { userId, organizationId: invitation.organizationId } },
			create: { userId, organizationId: invitation.organizationId, role: invitation.role },
			update: {},
		}),
		prisma.invitation.update({ where: { id: invitation.id }, data: { acceptedAt: now() } }),
	])
	await audit('invitation.accepted', {
		actorId: userId,
		entityType: 'Invitation',
		entityId: invitation.id,
		details: { organizationId: invitation.organizationId, role: invitation.role },
	})
	return { ok: true, userId }
}

export function listOpenInvitations(organizationId: string) {
	return prisma.invitation.findMany({
		where: { organizationId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now() } },
		select: { id: true, email: true, role: true, expiresAt: true, createdAt: true },
		orderBy: { createdAt: 'desc' },
	})
}

export async function revokeInvitation(invitationId: string, organizationId: string, actorId: string) {
	const { count } = await prisma.invitation.updateMany({
		where: { id: invitationId, organizationId, acceptedAt: null, revokedAt: null },
		data: { revokedAt: now() },
	})
	if (count > 0) await audit('invitation.revoked', { actorId, entityType: 'Invitation', entityId: invitationId })
	return count > 0
}
