import { describe, expect, it } from 'vitest'
import { verifyPassword } from '#app/domain/auth/password.server.ts'
import * as accountRoute from '#app/routes/account._index.tsx'
import { prisma } from '#app/utils/db.server.ts'
import {
	callRoute,
	createSignedInSession,
	createUser,
	DEFAULT_PASSWORD,
	makeRequest,
	submissionErrors,
} from '#tests/factories.ts'

async function signedInTwice() {
	const { user } = await createUser({ role: 'JOBCOACH' })
	const here = await createSignedInSession(user.id)
	const elsewhere = await createSignedInSession(user.id)
	return { user, here, elsewhere }
}

function postAccount(cookie: string, form: Record<string, string>) {
	return callRoute(accountRoute, { request: makeRequest('/account', { form, cookie }) })
}

async function storedHash(userId: string) {
	return (await prisma.password.findUniqueOrThrow({ where: { userId } })).hash
}

describe('changing the password', () => {
	it('stores the new password, keeps this session and ends the others', async () => {
		const { user, here, elsewhere } = await signedInTwice()
		const result = await postAccount(here.cookie, {
			intent: 'change-password',
			currentPassword: DEFAULT_PASSWORD,
			password: 'a brand new passphrase',
			confirmPassword: 'a brand new passphrase',
		})
		expect(result.status).toBe(302)
		expect(await verifyPassword(await storedHash(user.id), 'a brand new passphrase')).toBe(true)
		expect(await prisma.session.count({ where: { id: here.sessionId } })).toBe(1)
		expect(await prisma.session.count({ where: { id: elsewhere.sessionId } })).toBe(0)
		expect(await prisma.auditEvent.count({ where: { action: 'auth.password-changed', actorId: user.id } })).toBe(1)
	})

	it('refuses a wrong current password and changes nothing', async () => {
		const { user, here, elsewhere } = await signedInTwice()
		const before = await storedHash(user.id)
		const result = await postAccount(here.cookie, {
			intent: 'change-password',
			currentPassword: 'not my password',
			password: 'a brand new passphrase',
			confirmPassword: 'a brand new passphrase',
		})
		expect(result.status).toBe(400)
		expect(submissionErrors(result).currentPassword).toEqual(['errors:auth.wrongPassword'])
		expect(await storedHash(user.id)).toBe(before)
		expect(await prisma.session.count({ where: { id: elsewhere.sessionId } })).toBe(1)
	})

	it('asks for matching, long enough new passwords', async () => {
		const { user, here } = await signedInTwice()
		const before = await storedHash(user.id)
		const mismatch = await postAccount(here.cookie, {
			intent: 'change-password',
			currentPassword: DEFAULT_PASSWORD,
			password: 'a brand new passphrase',
			confirmPassword: 'another passphrase',
		})
		expect(mismatch.status).toBe(400)
		expect(submissionErrors(mismatch).confirmPassword).toEqual(['errors:validation.passwordsDiffer'])
		const short = await postAccount(here.cookie, {
			intent: 'change-password',
			currentPassword: DEFAULT_PASSWORD,
			password: 'short',
			confirmPassword: 'short',
		})
		expect(short.status).toBe(400)
		expect(await storedHash(user.id)).toBe(before)
	})
})
