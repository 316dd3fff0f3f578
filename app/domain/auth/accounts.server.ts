import { sendEmailConfirmation, sendPasswordResetEmail } from '#app/utils/email.server.ts'
import { audit } from '#app/utils/audit.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import { now } from '#app/utils/clock.server.ts'
import { getEnv } from '#app/utils/env.server.ts'
import { type Locale } from '#app/utils/i18n.ts'
import { endUserSessions, invalidateAllUserSessions } from '#app/utils/session.server.ts'
import { createThrottle } from '#app/utils/throttle.server.ts'
import { hashPassword, verifyPassword } from './password.server.ts'
import { consumeVerification, createVerification } from './verification.server.ts'

const MINUTE = 60 * 1000
const accountThrottle = createThrottle({ limit: 5, windowMs: 15 * MINUTE })
const ipThrottle = createThrottle({ limit: 50, windowMs: 15 * MINUTE })

export function normalizeEmail(email: string) {
	return email.trim().toLowerCase()
}

export async function isEmailTaken(email: string) {
	return (await prisma.user.count({ where: { email: normalizeEmail(email) } })) > 0
}

export async function isKvkNumberTaken(kvkNumber: string) {
	return (await prisma.organization.count({ where: { kvkNumber } })) > 0
}

/** An employer signs up: account, organisation and membership at once; the email still needs confirming. */
export async function signUpEmployer(input: {
	name: string
	email: string
	password: string
	organizationName: string
	kvkNumber?: string
	locale: Locale
}) {
	const passwordHash = await hashPassword(input.password)
	const user = await prisma.user.create({
		data: {
			name: input.name,
			email: normalizeEmail(input.email),
			locale: input.locale,
			password: { create: { hash: passwordHash } },
			memberships: {
				create: {
					role: 'EMPLOYER',
					organization: {
						create: { kind: 'EMPLOYER', name: input.organizationName, kvkNumber: input.kvkNumber ?? null },
					},
				},
			},
		},
		include: { memberships: true },
	})
	const organizationId = user.memberships[0]?.organizationId
	await audit('auth.sign-up', { actorId: user.id, entityType: 'Organization', entityId: organizationId })
	await sendConfirmationLink(user)
	return user
}

export async function sendConfirmationLink(user: { id: string; email: string; locale: string }) {
	const { token, verification } = await createVerification(user.id, 'EMAIL_CONFIRMATION')
	const confirmUrl = `${getEnv().APP_URL}/email-bevestigen?token=${token}`
	return sendEmailConfirmation({
		to: user.email,
		locale: user.locale === 'en' ? 'en' : 'nl',
		confirmUrl,
		verificationId: verification.id,
	})
}

export async function confirmEmail(token: string) {
	const userId = await consumeVerification(token, 'EMAIL_CONFIRMATION')
	if (!userId) return null
	const user = await prisma.user.update({ where: { id: userId }, data: { emailVerifiedAt: now() } })
	await audit('auth.email-confirmed', { actorId: userId, entityType: 'User', entityId: userId })
	return user
}

export type AuthenticationResult = { ok: true; userId: string } | { ok: false; reason: 'invalid' | 'throttled' }

/** Checks a password with per-account and per-IP throttling; never tells which part was wrong. */
export async function authenticate({ email, password, ip }: { email: string; password: string; ip: string }) {
	const accountKey = `login:${normalizeEmail(email)}`
	const ipKey = `login-ip:${ip}`
	if (accountThrottle.isBlocked(accountKey) || ipThrottle.isBlocked(ipKey)) {
		return { ok: false, reason: 'throttled' } satisfies AuthenticationResult
	}
	const user = await prisma.user.findUnique({
		where: { email: normalizeEmail(email) },
		select: { id: true, disabledAt: true, password: { select: { hash: true } } },
	})
	const valid = user?.password ? await verifyPassword(user.password.hash, password) : false
	if (!user || !valid || user.disabledAt) {
		accountThrottle.hit(accountKey)
		ipThrottle.hit(ipKey)
		if (user) await audit('auth.sign-in-failed', { actorId: user.id, entityType: 'User', entityId: user.id })
		return { ok: false, reason: 'invalid' } satisfies AuthenticationResult
	}
	accountThrottle.reset(accountKey)
	await audit('auth.sign-in', { actorId: user.id, entityType: 'User', entityId: user.id })
	return { ok: true, userId: user.id } satisfies AuthenticationResult
}

/** Always behaves the same whether or not the address has an account (no account enumeration). */
export async function requestPasswordReset(email: string) {
	const user = await prisma.user.findUnique({ where: { email: normalizeEmail(email) } })
	if (!user || user.disabledAt) return
	const { token, verification } = await createVerification(user.id, 'PASSWORD_RESET')
	await sendPasswordResetEmail({
		to: user.email,
		locale: user.locale === 'en' ? 'en' : 'nl',
		resetUrl: `${getEnv().APP_URL}/wachtwoord-herstellen?token=${token}`,
		verificationId: verification.id,
	})
}

/** Sets a new password and ends every session of the account. Returns false for a bad link. */
export async function resetPassword(token: string, password: string) {
	const userId = await consumeVerification(token, 'PASSWORD_RESET')
	if (!userId) return false
	const hash = await hashPassword(password)
	await prisma.password.upsert({ where: { userId }, create: { userId, hash }, update: { hash } })
	// The link proved control of the mailbox, so the address counts as confirmed.
	await prisma.user.update({ where: { id: userId }, data: { emailVerifiedAt: now() } })
	await invalidateAllUserSessions(userId)
	await audit('auth.password-reset', { actorId: userId, entityType: 'User', entityId: userId })
	return true
}

/** Changes a known password; every other session ends, this one stays. False when the current one is wrong. */
export async function changePassword({
	userId,
	currentPassword,
	newPassword,
	keepSessionId,
}: {
	userId: string
	currentPassword: string
	newPassword: string
	keepSessionId: string
}) {
	const stored = await prisma.password.findUnique({ where: { userId } })
	if (!stored || !(await verifyPassword(stored.hash, currentPassword))) return false
	await prisma.password.update({ where: { userId }, data: { hash: await hashPassword(newPassword) } })
	await endUserSessions(userId, { allExcept: keepSessionId })
	await audit('auth.password-changed', { actorId: userId, entityType: 'User', entityId: userId })
	return true
}

export function setUserLocale(userId: string, locale: Locale) {
	return prisma.user.update({ where: { id: userId }, data: { locale } })
}
