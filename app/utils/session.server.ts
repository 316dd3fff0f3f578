import { sha256 } from '@oslojs/crypto/sha2'
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding'
import { createCookie } from '@remix-run/node'
import { prisma } from './db.server.ts'
import { getEnv } from './env.server.ts'
import { now } from './clock.server.ts'

// Sessions as in the Lucia guide: the cookie carries a random token, the database only its SHA-256.
// Looking a session up by that hash leaks nothing useful through timing: an attacker cannot steer
// which hash prefix their guess produces.

const DAY = 24 * 60 * 60 * 1000
export const SESSION_LIFETIME_MS = 30 * DAY
/** Renew when less than half the lifetime is left (sliding expiry). */
const RENEW_WITHIN_MS = 15 * DAY
/** lastSeenAt is informational; do not write on every request. */
const LAST_SEEN_GRANULARITY_MS = 5 * 60 * 1000

// Options are fixed when the cookie is made; the environment is fixed at start-up too.
export const sessionCookie = createCookie('wv_session', {
	path: '/',
	httpOnly: true,
	sameSite: 'lax',
	secure: getEnv().NODE_ENV === 'production',
})

/** 256 bits of randomness, base32-encoded. */
export function generateSessionToken(): string {
	const bytes = new Uint8Array(32)
	crypto.getRandomValues(bytes)
	return encodeBase32LowerCaseNoPadding(bytes)
}

export function hashToken(token: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(token)))
}

export async function createSession(userId: string, userAgent: string | null) {
	const token = generateSessionToken()
	const session = await prisma.session.create({
		data: {
			id: hashToken(token),
			userId,
			expiresAt: new Date(now().getTime() + SESSION_LIFETIME_MS),
			userAgent: describeUserAgent(userAgent),
			lastSeenAt: now(),
		},
	})
	return { token, session }
}

export type ValidatedSession = NonNullable<Awaited<ReturnType<typeof validateSessionToken>>>

export async function validateSessionToken(token: string) {
	const sessionId = hashToken(token)
	const session = await prisma.session.findUnique({
		where: { id: sessionId },
		select: {
			id: true,
			expiresAt: true,
			lastSeenAt: true,
			user: {
				select: {
					id: true,
					email: true,
					name: true,
					locale: true,
					emailVerifiedAt: true,
					disabledAt: true,
					memberships: {
						select: { role: true, organization: { select: { id: true, name: true, kind: true } } },
						orderBy: { createdAt: 'asc' },
					},
				},
			},
		},
	})
	if (!session) return null
	const current = now().getTime()
	if (current >= session.expiresAt.getTime() || session.user.disabledAt) {
		await prisma.session.deleteMany({ where: { id: sessionId } })
		return null
	}
	let renewed = false
	const updates: { expiresAt?: Date; lastSeenAt?: Date } = {}
	if (session.expiresAt.getTime() - current < RENEW_WITHIN_MS) {
		updates.expiresAt = new Date(current + SESSION_LIFETIME_MS)
		renewed = true
	}
	if (current - session.lastSeenAt.getTime() > LAST_SEEN_GRANULARITY_MS) updates.lastSeenAt = new Date(current)
	if (Object.keys(updates).length > 0) {
		await prisma.session.update({ where: { id: sessionId }, data: updates })
	}
	return { id: session.id, expiresAt: updates.expiresAt ?? session.expiresAt, renewed, user: session.user }
}

export function invalidateSession(sessionId: string) {
	return prisma.session.deleteMany({ where: { id: sessionId } })
}

export function invalidateAllUserSessions(userId: string) {
	return prisma.session.deleteMany({ where: { userId } })
}

export function listUserSessions(userId: string) {
	return prisma.session.findMany({
		where: { userId, expiresAt: { gt: now() } },
		select: { id: true, createdAt: true, lastSeenAt: true, userAgent: true, expiresAt: true },
		orderBy: { lastSeenAt: 'desc' },
	})
}

/** Ends sessions of one user only: a session id alone never suffices. Returns how many ended. */
export async function endUserSessions(userId: string, scope: { sessionId: string } | { allExcept: string }) {
	const where = 'sessionId' in scope ? { userId, id: scope.sessionId } : { userId, id: { not: scope.allExcept } }
	const { count } = await prisma.session.deleteMany({ where })
	return count
}

export function deleteExpiredSessions() {
	return prisma.session.deleteMany({ where: { expiresAt: { lte: now() } } })
}

export function serializeSessionCookie(token: string, expiresAt: Date) {
	return sessionCookie.serialize(token, { expires: expiresAt })
}

export function serializeBlankSessionCookie() {
	return sessionCookie.serialize('', { maxAge: 0 })
}

export async function readSessionToken(request: Request): Promise<string | null> {
	const value: unknown = await sessionCookie.parse(request.headers.get('cookie'))
	return typeof value === 'string' && value.length > 0 ? value : null
}

/** A coarse label ("Chrome op Linux") so users recognise their sessions without us storing the full UA. */
export function describeUserAgent(userAgent: string | null): string | null {
	if (!userAgent) return null
	const browser = /Edg\//.test(userAgent)
		? 'Edge'
		: /Firefox\//.test(userAgent)
			? 'Firefox'
			: /Chrom(e|ium)\//.test(userAgent)
				? 'Chrome'
				: /Safari\//.test(userAgent)
					? 'Safari'
					: 'Browser'
	const os = /Android/.test(userAgent)
		? 'Android'
		: /iPhone|iPad/.test(userAgent)
			? 'iOS'
			: /Windows/.test(userAgent)
				? 'Windows'
				: /Mac OS X/.test(userAgent)
					? 'macOS'
					: /Linux/.test(userAgent)
						? 'Linux'
						: null
	return os ? `${browser} · ${os}` : browser
}
