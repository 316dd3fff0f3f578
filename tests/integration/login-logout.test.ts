import { beforeEach, describe, expect, it } from 'vitest'
import * as loginRoute from '#app/routes/login.tsx'
import * as logoutRoute from '#app/routes/logout.tsx'
import { prisma } from '#app/utils/db.server.ts'
import { type Role } from '#app/utils/permissions.ts'
import { hashToken, sessionCookie } from '#app/utils/session.server.ts'
import { resetAllThrottles } from '#app/utils/throttle.server.ts'
import {
	callRoute,
	createSignedInSession,
	createUser,
	DEFAULT_PASSWORD,
	makeRequest,
	sessionCookieFrom,
	sessionSetCookieFrom,
	submissionErrors,
} from '#tests/factories.ts'

beforeEach(() => {
	resetAllThrottles()
})

function login(form: Record<string, string>, cookie?: string) {
	return callRoute(loginRoute, { request: makeRequest('/login', { form, cookie }) })
}

async function sessionIdOf(cookie: string) {
	const token: unknown = await sessionCookie.parse(cookie)
	if (typeof token !== 'string') throw new Error('no token in cookie')
	return hashToken(token)
}

describe('login and logout', () => {
	const startPages: Array<[Role, string]> = [
		['EMPLOYER', '/werkgever'],
		['JOBCOACH', '/jobcoach'],
		['COORDINATOR', '/netwerk'],
		['ADMIN', '/beheer'],
	]

	it.each(startPages)('signs in as %s, redirecting to %s with a session cookie', async (role, startPage) => {
		const { user } = await createUser({ role })
		const result = await login({ email: user.email, password: DEFAULT_PASSWORD })
		expect(result.status).toBe(302)
		expect(result.location).toBe(startPage)
		const cookie = sessionCookieFrom(result)
		expect(cookie).not.toBeNull()
		const session = await prisma.session.findUnique({ where: { id: await sessionIdOf(cookie!) } })
		expect(session?.userId).toBe(user.id)
		expect(sessionSetCookieFrom(result)?.toLowerCase()).toContain('httponly')
	})

	it('accepts the email address in another case and with spaces', async () => {
		const { user } = await createUser({ role: 'EMPLOYER' })
		const result = await login({ email: `  ${user.email.toUpperCase()} `, password: DEFAULT_PASSWORD })
		expect(result.location).toBe('/werkgever')
		expect(sessionCookieFrom(result)).not.toBeNull()
	})

	it('answers 400 with a form error and no cookie for a wrong password', async () => {
		const { user } = await createUser({ role: 'EMPLOYER' })
		const result = await login({ email: user.email, password: 'not the password' })
		expect(result.status).toBe(400)
		expect(submissionErrors(result)['']).toEqual(['errors:auth.invalidCredentials'])
		expect(sessionCookieFrom(result)).toBeNull()
		expect(await prisma.session.count({ where: { userId: user.id } })).toBe(0)
		expect(await prisma.auditEvent.count({ where: { action: 'auth.sign-in-failed', actorId: user.id } })).toBe(1)
	})

	it('gives the same answer for an unknown address', async () => {
		const result = await login({ email: 'nobody-here@example.test', password: DEFAULT_PASSWORD })
		expect(result.status).toBe(400)
		expect(submissionErrors(result)['']).toEqual(['errors:auth.invalidCredentials'])
	})

	it('throttles the account after 5 wrong attempts, even for the right password', async () => {
		const { user } = await createUser({ role: 'EMPLOYER' })
		for (let attempt = 0; attempt < 5; attempt++) {
			const wrong = await login({ email: user.email, password: `wrong ${attempt}` })
			expect(submissionErrors(wrong)['']).toEqual(['errors:auth.invalidCredentials'])
		}
		const result = await login({ email: user.email, password: DEFAULT_PASSWORD })
		expect(result.status).toBe(400)
		expect(submissionErrors(result)['']).toEqual(['errors:auth.throttled'])
		expect(sessionCookieFrom(result)).toBeNull()
		expect(await prisma.session.count({ where: { userId: user.id } })).toBe(0)
	})

	it('rejects invalid input with a field error and writes nothing', async () => {
		const { user } = await createUser({ role: 'EMPLOYER' })
		const auditBefore = await prisma.auditEvent.count()
		const sessionsBefore = await prisma.session.count()
		const result = await login({ email: 'not-an-email', password: DEFAULT_PASSWORD })
		expect(result.status).toBe(400)
		expect(submissionErrors(result).email).toEqual(['errors:validation.email'])
		expect(sessionCookieFrom(result)).toBeNull()
		expect(await prisma.session.count()).toBe(sessionsBefore)
		expect(await prisma.auditEvent.count()).toBe(auditBefore)
		expect(await prisma.session.count({ where: { userId: user.id } })).toBe(0)
	})

	it('honours redirectTo only for a relative path', async () => {
		const { user } = await createUser({ role: 'EMPLOYER' })
		const relative = await login({ email: user.email, password: DEFAULT_PASSWORD, redirectTo: '/account/sessies?x=1' })
		expect(relative.location).toBe('/account/sessies?x=1')
		for (const redirectTo of ['//evil.com', 'https://evil.com/', '/\\evil.com']) {
			const result = await login({ email: user.email, password: DEFAULT_PASSWORD, redirectTo })
			expect(result.status).toBe(302)
			expect(result.location).toBe('/werkgever')
		}
	})

	it('sends a signed-in visitor from the login page to their start page', async () => {
		const { user } = await createUser({ role: 'JOBCOACH' })
		const { cookie } = await createSignedInSession(user.id)
		const result = await callRoute(loginRoute, { request: makeRequest('/login', { cookie }) })
		expect(result.status).toBe(302)
		expect(result.location).toBe('/jobcoach')
	})

	it('writes an audit row for sign-in and for sign-out', async () => {
		const { user } = await createUser({ role: 'EMPLOYER' })
		const signedIn = await login({ email: user.email, password: DEFAULT_PASSWORD })
		expect(await prisma.auditEvent.count({ where: { action: 'auth.sign-in', actorId: user.id } })).toBe(1)
		await callRoute(logoutRoute, {
			request: makeRequest('/logout', { method: 'POST', cookie: sessionCookieFrom(signedIn) }),
		})
		expect(await prisma.auditEvent.count({ where: { action: 'auth.sign-out', actorId: user.id } })).toBe(1)
	})

	it('logout deletes the session row and clears the cookie', async () => {
		const { user } = await createUser({ role: 'EMPLOYER' })
		const current = await createSignedInSession(user.id)
		const other = await createSignedInSession(user.id)
		const result = await callRoute(logoutRoute, {
			request: makeRequest('/logout', { method: 'POST', cookie: current.cookie }),
		})
		expect(result.status).toBe(302)
		expect(result.location).toBe('/')
		expect(await prisma.session.findUnique({ where: { id: current.sessionId } })).toBeNull()
		// Only this browser signs out.
		expect(await prisma.session.findUnique({ where: { id: other.sessionId } })).not.toBeNull()
		const cleared = sessionSetCookieFrom(result)
		expect(cleared).not.toBeNull()
		expect(sessionCookieFrom(result)).toBe('wv_session=')
		expect(cleared!.toLowerCase()).toContain('max-age=0')
	})
})
