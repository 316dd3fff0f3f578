import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { verifyPassword } from '#app/domain/auth/password.server.ts'
import * as loginRoute from '#app/routes/login.tsx'
import * as resetRoute from '#app/routes/wachtwoord-herstellen.tsx'
import * as forgotRoute from '#app/routes/wachtwoord-vergeten.tsx'
import { setClock } from '#app/utils/clock.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import { findLatestEmailTo } from '#app/utils/email.server.ts'
import { resetAllThrottles } from '#app/utils/throttle.server.ts'
import {
	callRoute,
	createSignedInSession,
	createUser,
	DEFAULT_PASSWORD,
	findEmailLink,
	makeRequest,
	sessionCookieFrom,
	submissionErrors,
} from '#tests/factories.ts'

const NEW_PASSWORD = 'een gloednieuw wachtwoord'

beforeEach(() => {
	resetAllThrottles()
})
afterEach(() => {
	setClock(null)
})

function requestReset(email: string) {
	return callRoute(forgotRoute, { request: makeRequest('/wachtwoord-vergeten', { form: { email, website_url: '' } }) })
}

function reset(token: string, password = NEW_PASSWORD, confirmPassword = password) {
	return callRoute(resetRoute, {
		request: makeRequest('/wachtwoord-herstellen', { form: { token, password, confirmPassword } }),
	})
}

async function requestResetToken(email: string) {
	await requestReset(email)
	const link = await findEmailLink(email, '/wachtwoord-herstellen')
	if (!link) throw new Error(`no reset link sent to ${email}`)
	return link.token
}

async function passwordHashOf(userId: string) {
	return (await prisma.password.findUniqueOrThrow({ where: { userId } })).hash
}

describe('password reset', () => {
	it('answers an unknown address exactly like a known one, without sending mail', async () => {
		const { user } = await createUser({ role: 'EMPLOYER' })
		const emailsBefore = await prisma.emailMessage.count()
		const unknown = await requestReset('niemand@example.test')
		expect(unknown.status).toBe(302)
		expect(unknown.location).toBe('/login')
		expect(await findLatestEmailTo('niemand@example.test')).toBeNull()
		expect(await prisma.emailMessage.count()).toBe(emailsBefore)

		const known = await requestReset(user.email)
		expect(known.status).toBe(unknown.status)
		expect(known.location).toBe(unknown.location)
		expect(await prisma.emailMessage.count()).toBe(emailsBefore + 1)
	})

	it('mails a known address a reset link whose page accepts the token', async () => {
		const { user } = await createUser({ role: 'EMPLOYER' })
		await requestReset(user.email)
		const link = await findEmailLink(user.email, '/wachtwoord-herstellen')
		expect(link).not.toBeNull()
		const page = await callRoute(resetRoute, { request: makeRequest(link!.path) })
		expect(page.data).toEqual({ token: link!.token })
		const bogus = await callRoute(resetRoute, { request: makeRequest('/wachtwoord-herstellen?token=nope') })
		expect(bogus.data).toEqual({ token: null })
	})

	it('changes the password, ends every session, and lets the new password log in', async () => {
		const { user } = await createUser({ role: 'EMPLOYER' })
		const sessionA = await createSignedInSession(user.id)
		await createSignedInSession(user.id)
		const { user: bystander } = await createUser({ role: 'EMPLOYER' })
		await createSignedInSession(bystander.id)
		const token = await requestResetToken(user.email)

		const result = await reset(token)
		expect(result.status).toBe(302)
		expect(result.location).toBe('/login')
		expect(sessionCookieFrom(result)).toBe('wv_session=')
		expect(await verifyPassword(await passwordHashOf(user.id), NEW_PASSWORD)).toBe(true)
		expect(await verifyPassword(await passwordHashOf(user.id), DEFAULT_PASSWORD)).toBe(false)
		expect(await prisma.session.count({ where: { userId: user.id } })).toBe(0)
		expect(await prisma.session.findUnique({ where: { id: sessionA.sessionId } })).toBeNull()
		expect(await prisma.session.count({ where: { userId: bystander.id } })).toBe(1)
		expect(await prisma.auditEvent.count({ where: { action: 'auth.password-reset', actorId: user.id } })).toBe(1)

		const login = await callRoute(loginRoute, {
			request: makeRequest('/login', { form: { email: user.email, password: NEW_PASSWORD } }),
		})
		expect(login.location).toBe('/werkgever')
	})

	it('accepts a token only once', async () => {
		const { user } = await createUser({ role: 'EMPLOYER' })
		const token = await requestResetToken(user.email)
		expect((await reset(token)).status).toBe(302)
		const hashAfterFirst = await passwordHashOf(user.id)

		const second = await reset(token, 'nog een ander wachtwoord')
		expect(second.status).toBe(400)
		expect(submissionErrors(second)['']).toEqual(['errors:auth.linkInvalid'])
		expect(await passwordHashOf(user.id)).toBe(hashAfterFirst)
		const page = await callRoute(resetRoute, { request: makeRequest(`/wachtwoord-herstellen?token=${token}`) })
		expect(page.data).toEqual({ token: null })
	})

	it('lets only one of two simultaneous uses of a token win', async () => {
		const { user } = await createUser({ role: 'EMPLOYER' })
		const token = await requestResetToken(user.email)
		const results = await Promise.all([
			reset(token, 'eerste nieuwe wachtwoord'),
			reset(token, 'tweede nieuwe wachtwoord'),
		])
		expect(results.map((result) => result.status).sort()).toEqual([302, 400])
		expect(await prisma.auditEvent.count({ where: { action: 'auth.password-reset', actorId: user.id } })).toBe(1)
	})

	it('refuses an expired token (after more than an hour)', async () => {
		const { user } = await createUser({ role: 'EMPLOYER' })
		const hashBefore = await passwordHashOf(user.id)
		const token = await requestResetToken(user.email)
		setClock(new Date(Date.now() + 2 * 60 * 60 * 1000))
		const result = await reset(token)
		expect(result.status).toBe(400)
		expect(submissionErrors(result)['']).toEqual(['errors:auth.linkInvalid'])
		expect(await passwordHashOf(user.id)).toBe(hashBefore)
	})

	it('rejects a confirmation that differs, and keeps the token usable', async () => {
		const { user } = await createUser({ role: 'EMPLOYER' })
		const hashBefore = await passwordHashOf(user.id)
		const token = await requestResetToken(user.email)
		const result = await reset(token, NEW_PASSWORD, `${NEW_PASSWORD}!`)
		expect(result.status).toBe(400)
		expect(submissionErrors(result).confirmPassword).toEqual(['errors:validation.passwordsDiffer'])
		expect(await passwordHashOf(user.id)).toBe(hashBefore)
		expect((await reset(token)).status).toBe(302)
	})

	it('voids an earlier link when a new one is requested', async () => {
		const { user } = await createUser({ role: 'EMPLOYER' })
		const first = await requestResetToken(user.email)
		const second = await requestResetToken(user.email)
		expect(second).not.toBe(first)
		expect((await reset(first)).status).toBe(400)
		expect((await reset(second)).status).toBe(302)
	})
})
