import { afterEach, describe, expect, it, vi } from 'vitest'
import { prisma } from '#app/utils/db.server.ts'
import { setClock } from '#app/utils/clock.server.ts'
import {
	createSession,
	deleteExpiredSessions,
	hashToken,
	readSessionToken,
	SESSION_LIFETIME_MS,
	serializeBlankSessionCookie,
	serializeSessionCookie,
	validateSessionToken,
} from '#app/utils/session.server.ts'
import { cookiePair, createUser, makeRequest } from '#tests/factories.ts'

const DAY = 24 * 60 * 60 * 1000

afterEach(() => {
	setClock(null)
})

function cookieAttributes(setCookie: string) {
	return setCookie
		.split(';')
		.slice(1)
		.map((part) => part.trim().toLowerCase())
}

describe('sessions', () => {
	it('stores only the SHA-256 hash of the token', async () => {
		const { user } = await createUser({ role: 'EMPLOYER' })
		const { token, session } = await createSession(user.id, null)
		expect(session.id).not.toBe(token)
		expect(session.id).toBe(hashToken(token))
		expect(session.id).toMatch(/^[0-9a-f]{64}$/)
		expect(await prisma.session.findUnique({ where: { id: token } })).toBeNull()
		const stored = await prisma.session.findMany({ where: { userId: user.id } })
		expect(stored.map((row) => row.id)).toEqual([hashToken(token)])
	})

	it('validates a fresh token and rejects an unknown one', async () => {
		const { user } = await createUser({ role: 'JOBCOACH' })
		const { token, session } = await createSession(user.id, null)
		const validated = await validateSessionToken(token)
		expect(validated?.id).toBe(session.id)
		expect(validated?.user.id).toBe(user.id)
		expect(validated?.renewed).toBe(false)
		expect(await validateSessionToken(`${token}x`)).toBeNull()
		expect(await validateSessionToken(session.id)).toBeNull()
	})

	it('rejects and deletes an expired session', async () => {
		const start = new Date('2030-01-01T12:00:00Z')
		setClock(start)
		const { user } = await createUser({ role: 'EMPLOYER' })
		const { token, session } = await createSession(user.id, null)
		expect(session.expiresAt.getTime()).toBe(start.getTime() + SESSION_LIFETIME_MS)

		setClock(new Date(session.expiresAt.getTime() + 1000))
		expect(await validateSessionToken(token)).toBeNull()
		expect(await prisma.session.findUnique({ where: { id: session.id } })).toBeNull()
	})

	it('renews only in the second half of the lifetime', async () => {
		const start = new Date('2030-01-01T12:00:00Z')
		setClock(start)
		const { user } = await createUser({ role: 'EMPLOYER' })
		const { token, session } = await createSession(user.id, null)

		// 14 days in: 16 days left, more than half, so no renewal.
		setClock(new Date(start.getTime() + 14 * DAY))
		const early = await validateSessionToken(token)
		expect(early?.renewed).toBe(false)
		expect(early?.expiresAt.getTime()).toBe(session.expiresAt.getTime())
		expect((await prisma.session.findUniqueOrThrow({ where: { id: session.id } })).expiresAt.getTime()).toBe(
			session.expiresAt.getTime(),
		)

		// 16 days in: 14 days left, so the expiry slides to a full lifetime from now.
		const later = new Date(start.getTime() + 16 * DAY)
		setClock(later)
		const renewed = await validateSessionToken(token)
		expect(renewed?.renewed).toBe(true)
		expect(renewed?.expiresAt.getTime()).toBe(later.getTime() + SESSION_LIFETIME_MS)
		expect((await prisma.session.findUniqueOrThrow({ where: { id: session.id } })).expiresAt.getTime()).toBe(
			later.getTime() + SESSION_LIFETIME_MS,
		)
	})

	it('treats every session of a disabled user as invalid', async () => {
		const { user } = await createUser({ role: 'EMPLOYER' })
		const { token, session } = await createSession(user.id, null)
		expect(await validateSessionToken(token)).not.toBeNull()
		await prisma.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } })
		expect(await validateSessionToken(token)).toBeNull()
		expect(await prisma.session.findUnique({ where: { id: session.id } })).toBeNull()
	})

	it('deleteExpiredSessions removes only expired rows', async () => {
		await prisma.session.deleteMany()
		const start = new Date('2030-01-01T12:00:00Z')
		setClock(start)
		const { user } = await createUser({ role: 'EMPLOYER' })
		const { user: other } = await createUser({ role: 'JOBCOACH' })
		const old = await createSession(user.id, null)
		const otherOld = await createSession(other.id, null)
		setClock(new Date(start.getTime() + 20 * DAY))
		const recent = await createSession(user.id, null)
		const otherRecent = await createSession(other.id, null)

		setClock(new Date(start.getTime() + 31 * DAY))
		const { count } = await deleteExpiredSessions()
		expect(count).toBe(2)
		const remaining = (await prisma.session.findMany()).map((row) => row.id).sort()
		expect(remaining).toEqual([recent.session.id, otherRecent.session.id].sort())
		expect(remaining).not.toContain(old.session.id)
		expect(remaining).not.toContain(otherOld.session.id)
	})

	it('sets an HttpOnly, SameSite=Lax cookie on / that round-trips the token, without Secure outside production', async () => {
		const { user } = await createUser({ role: 'EMPLOYER' })
		const { token, session } = await createSession(user.id, null)
		const setCookie = await serializeSessionCookie(token, session.expiresAt)
		expect(setCookie.startsWith('wv_session=')).toBe(true)
		const attributes = cookieAttributes(setCookie)
		expect(attributes).toContain('httponly')
		expect(attributes).toContain('samesite=lax')
		expect(attributes).toContain('path=/')
		expect(attributes).toContain(`expires=${session.expiresAt.toUTCString().toLowerCase()}`)
		expect(attributes).not.toContain('secure')

		const request = makeRequest('/account', { cookie: cookiePair(setCookie) })
		expect(await readSessionToken(request)).toBe(token)

		const blank = await serializeBlankSessionCookie()
		expect(cookieAttributes(blank)).toContain('max-age=0')
	})

	it('marks the cookie Secure in production', async () => {
		const saved = { NODE_ENV: process.env.NODE_ENV, SESSION_SECRET: process.env.SESSION_SECRET }
		try {
			process.env.NODE_ENV = 'production'
			process.env.SESSION_SECRET = 'a-production-like-secret-of-at-least-32-chars'
			// getEnv() caches and the cookie reads it when created: load fresh modules under production env.
			vi.resetModules()
			const production = await import('#app/utils/session.server.ts')
			const setCookie = await production.serializeSessionCookie('token', new Date(Date.now() + DAY))
			const attributes = cookieAttributes(setCookie)
			expect(attributes).toContain('secure')
			expect(attributes).toContain('httponly')
			expect(attributes).toContain('samesite=lax')
		} finally {
			process.env.NODE_ENV = saved.NODE_ENV
			if (saved.SESSION_SECRET === undefined) delete process.env.SESSION_SECRET
			else process.env.SESSION_SECRET = saved.SESSION_SECRET
			vi.resetModules()
		}
	})
})
