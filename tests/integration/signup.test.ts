import { describe, expect, it } from 'vitest'
import * as confirmRoute from '#app/routes/email-bevestigen.tsx'
import * as signupRoute from '#app/routes/registreren.tsx'
import { prisma } from '#app/utils/db.server.ts'
import { findLatestEmailTo } from '#app/utils/email.server.ts'
import {
	callRoute,
	findEmailLink,
	makeRequest,
	sessionCookieFrom,
	submissionErrors,
	uniqueEmail,
} from '#tests/factories.ts'

let kvkSequence = 10_000_000
function signupForm(overrides: Record<string, string> = {}) {
	kvkSequence += 1
	return {
		name: 'Sanne de Vries',
		email: uniqueEmail('werkgever'),
		password: 'een lang genoeg wachtwoord',
		organizationName: 'Bakkerij De Vries',
		kvkNumber: String(kvkSequence),
		website_url: '',
		...overrides,
	}
}

function signUp(form: Record<string, string>) {
	return callRoute(signupRoute, { request: makeRequest('/registreren', { form }) })
}

async function counts() {
	return {
		users: await prisma.user.count(),
		organizations: await prisma.organization.count(),
		memberships: await prisma.membership.count(),
		emails: await prisma.emailMessage.count(),
	}
}

describe('employer sign-up', () => {
	it('creates an unconfirmed user, an EMPLOYER organisation and membership, and signs in', async () => {
		const form = signupForm()
		const result = await signUp(form)
		expect(result.status).toBe(302)
		expect(result.location).toBe('/werkgever')
		expect(sessionCookieFrom(result)).not.toBeNull()

		const user = await prisma.user.findUniqueOrThrow({
			where: { email: form.email },
			include: { memberships: { include: { organization: true } }, password: true, sessions: true },
		})
		expect(user.emailVerifiedAt).toBeNull()
		expect(user.name).toBe(form.name)
		expect(user.password?.hash).toMatch(/^\$argon2id\$/)
		expect(user.sessions).toHaveLength(1)
		expect(user.memberships).toHaveLength(1)
		expect(user.memberships[0]?.role).toBe('EMPLOYER')
		expect(user.memberships[0]?.organization).toMatchObject({
			kind: 'EMPLOYER',
			name: form.organizationName,
			kvkNumber: form.kvkNumber,
		})
	})

	it('sends a confirmation link that confirms the address once', async () => {
		const form = signupForm()
		await signUp(form)
		const link = await findEmailLink(form.email, '/email-bevestigen')
		expect(link).not.toBeNull()
		expect(link!.email.status).toBe('OUTBOX')

		const confirmed = await callRoute(confirmRoute, { request: makeRequest(link!.path) })
		expect(confirmed.status).toBe(302)
		expect(confirmed.location).toBe('/werkgever')
		const user = await prisma.user.findUniqueOrThrow({ where: { email: form.email } })
		expect(user.emailVerifiedAt).toBeInstanceOf(Date)
		expect(await prisma.auditEvent.count({ where: { action: 'auth.email-confirmed', actorId: user.id } })).toBe(1)

		const again = await callRoute(confirmRoute, { request: makeRequest(link!.path) })
		expect(again.status).toBe(200)
		expect(again.data).toEqual({ confirmed: false })
	})

	it('does not confirm with a made-up token', async () => {
		const form = signupForm()
		await signUp(form)
		const result = await callRoute(confirmRoute, { request: makeRequest('/email-bevestigen?token=abcdefghijklmnop') })
		expect(result.data).toEqual({ confirmed: false })
		expect((await prisma.user.findUniqueOrThrow({ where: { email: form.email } })).emailVerifiedAt).toBeNull()
	})

	it('refuses a taken email address with a field error and writes nothing', async () => {
		const first = signupForm()
		await signUp(first)
		const before = await counts()
		const result = await signUp(signupForm({ email: first.email.toUpperCase() }))
		expect(result.status).toBe(400)
		expect(submissionErrors(result).email).toEqual(['errors:auth.emailTaken'])
		expect(sessionCookieFrom(result)).toBeNull()
		expect(await counts()).toEqual(before)
	})

	it('refuses a taken KvK number with a field error and writes nothing', async () => {
		const first = signupForm()
		await signUp(first)
		const before = await counts()
		const second = signupForm({ kvkNumber: first.kvkNumber })
		const result = await signUp(second)
		expect(result.status).toBe(400)
		expect(submissionErrors(result).kvkNumber).toEqual(['errors:auth.kvkTaken'])
		expect(await counts()).toEqual(before)
		expect(await prisma.user.findUnique({ where: { email: second.email } })).toBeNull()
	})

	it('rejects a filled-in honeypot and writes nothing', async () => {
		const before = await counts()
		const form = signupForm({ website_url: 'https://spam.example' })
		const result = await signUp(form)
		expect(result.status).toBe(400)
		expect(submissionErrors(result).website_url).toEqual(['errors:validation.honeypot'])
		expect(await counts()).toEqual(before)
		expect(await findLatestEmailTo(form.email)).toBeNull()
	})

	it('rejects a password shorter than 10 characters', async () => {
		const before = await counts()
		const result = await signUp(signupForm({ password: 'kort1234' }))
		expect(result.status).toBe(400)
		expect(submissionErrors(result).password).toEqual(['errors:validation.tooShort|{"count":10}'])
		expect(await counts()).toEqual(before)
	})

	it('rejects a malformed KvK number', async () => {
		const result = await signUp(signupForm({ kvkNumber: '1234' }))
		expect(result.status).toBe(400)
		expect(submissionErrors(result).kvkNumber).toEqual(['errors:validation.kvkNumber'])
	})
})
