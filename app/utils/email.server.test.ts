import { execSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest'

import { startResendStandIn, type ResendStandIn } from '#tests/resend-stand-in.ts'

const repoRoot = fileURLToPath(new URL('../..', import.meta.url))
const envKeys = ['DATABASE_URL', 'RESEND_API_KEY', 'RESEND_BASE_URL', 'EMAIL_FROM'] as const
const savedEnv = Object.fromEntries(envKeys.map((key) => [key, process.env[key]]))
let tmpDir = ''

function setEnv(key: (typeof envKeys)[number], value: string | undefined) {
	if (value === undefined) delete process.env[key]
	else process.env[key] = value
}

// getEnv() caches and db.server.ts builds its client on import, so env goes in first and every
// case gets fresh modules. The Prisma client itself is kept on globalThis and reused.
async function loadEmailModule(env: { RESEND_API_KEY?: string; RESEND_BASE_URL?: string } = {}) {
	setEnv('RESEND_API_KEY', env.RESEND_API_KEY)
	setEnv('RESEND_BASE_URL', env.RESEND_BASE_URL)
	vi.resetModules()
	const email = await import('#app/utils/email.server.ts')
	const { prisma } = await import('#app/utils/db.server.ts')
	return { ...email, prisma }
}

beforeAll(() => {
	tmpDir = mkdtempSync(path.join(tmpdir(), 'werkverbinder-email-'))
	setEnv('DATABASE_URL', `file:${path.join(tmpDir, 'test.db')}`)
	setEnv('EMAIL_FROM', 'Werkverbinder Test <test@werkverbinder.test>')
	execSync('npx prisma migrate deploy', { cwd: repoRoot, env: { ...process.env }, stdio: 'pipe' })
}, 120_000)

afterAll(async () => {
	const { prisma } = await import('#app/utils/db.server.ts')
	await prisma.$disconnect()
	for (const key of envKeys) setEnv(key, savedEnv[key])
	rmSync(tmpDir, { recursive: true, force: true })
})

describe('without RESEND_API_KEY', () => {
	test('stores the message in the outbox with the link in HTML and text', async () => {
		const { sendPasswordResetEmail, findLatestEmailTo, getOutboxMessage, listOutbox } = await loadEmailModule()
		const resetUrl = 'http://localhost:3000/reset-password?token=outbox-token-123'

		const result = await sendPasswordResetEmail({
			to: 'Anna.Outbox@Example.nl',
			locale: 'nl',
			resetUrl,
			verificationId: 'ver-outbox-1',
		})

		expect(result.status).toBe('stored')
		expect(result.id).toBeTruthy()
		const row = await findLatestEmailTo('anna.outbox@example.nl')
		expect(row).toMatchObject({
			id: result.id,
			to: 'anna.outbox@example.nl',
			status: 'OUTBOX',
			idempotencyKey: 'password-reset:ver-outbox-1',
			subject: 'Stel een nieuw wachtwoord in voor Werkverbinder',
			providerId: null,
			sentAt: null,
		})
		expect(row?.html).toContain(`href="${resetUrl}"`)
		expect(row?.html).toContain('lang="nl"')
		expect(row?.text).toContain(resetUrl)
		expect(row?.text).toContain('1 uur geldig')
		expect(row?.text).not.toContain('<')

		expect(await getOutboxMessage(result.id!)).toMatchObject({ id: result.id, status: 'OUTBOX' })
		const list = await listOutbox({ take: 10 })
		expect(list.map((message) => message.id)).toContain(result.id)
		expect(list[0]).not.toHaveProperty('html')
	})

	test('the same idempotency key returns duplicate and writes no second row', async () => {
		const { sendEmailConfirmation, prisma } = await loadEmailModule()
		const input = {
			to: 'dup@example.nl',
			locale: 'en',
			confirmUrl: 'http://localhost:3000/confirm-email?token=dup',
			verificationId: 'ver-dup-1',
		}

		const first = await sendEmailConfirmation(input)
		const second = await sendEmailConfirmation(input)

		expect(first.status).toBe('stored')
		expect(second).toEqual({ status: 'duplicate', id: first.id })
		expect(await prisma.emailMessage.count({ where: { to: 'dup@example.nl' } })).toBe(1)
	})

	test('a re-sent invitation with a new link is a new message, the same link is not', async () => {
		const { sendInvitationEmail, prisma } = await loadEmailModule()
		const base = {
			to: 'invitee@example.nl',
			organizationName: 'Bakkerij De Korenaar',
			role: 'JOBCOACH' as const,
			inviterName: 'Fatima El Amrani',
			expiresAt: new Date('2026-12-07T17:00:00Z'),
			invitationId: 'inv-1',
		}

		const first = await sendInvitationEmail({ ...base, acceptUrl: 'http://localhost:3000/invite?token=a' })
		const again = await sendInvitationEmail({ ...base, acceptUrl: 'http://localhost:3000/invite?token=a' })
		const resent = await sendInvitationEmail({ ...base, acceptUrl: 'http://localhost:3000/invite?token=b' })

		expect([first.status, again.status, resent.status]).toEqual(['stored', 'duplicate', 'stored'])
		const rows = await prisma.emailMessage.findMany({ where: { to: 'invitee@example.nl' } })
		expect(rows).toHaveLength(2)
		// Unknown/absent locale falls back to Dutch.
		expect(rows[0]?.subject).toBe('Uitnodiging voor Bakkerij De Korenaar op Werkverbinder')
		expect(rows[0]?.text).toContain('Fatima El Amrani nodigt je uit om als jobcoach mee te doen')
		expect(rows.every((row) => !row.idempotencyKey.includes('token'))).toBe(true)
	})
})

describe('with RESEND_API_KEY (stand-in server)', () => {
	const apiKey = 're_test_stand_in_key'
	let standIn: ResendStandIn

	beforeAll(async () => {
		standIn = await startResendStandIn({ apiKey })
	})
	afterAll(async () => {
		await standIn.close()
	})
	afterEach(() => {
		standIn.received.length = 0
	})

	test('the real SDK posts to the stand-in and the row is SENT with the provider id', async () => {
		const { sendPasswordResetEmail, findLatestEmailTo } = await loadEmailModule({
			RESEND_API_KEY: apiKey,
			RESEND_BASE_URL: standIn.url,
		})
		const resetUrl = 'http://localhost:3000/reset-password?token=sent-token'

		const result = await sendPasswordResetEmail({
			to: 'sent@example.nl',
			locale: 'en',
			resetUrl,
			verificationId: 'ver-sent-1',
		})

		expect(result.status).toBe('sent')
		expect(standIn.received).toHaveLength(1)
		const delivered = standIn.received[0]!
		expect(delivered).toMatchObject({
			apiKey,
			idempotencyKey: 'password-reset:ver-sent-1',
			from: 'Werkverbinder Test <test@werkverbinder.test>',
			to: ['sent@example.nl'],
			subject: 'Set a new password for Werkverbinder',
		})
		expect(delivered.html).toContain(`href="${resetUrl}"`)
		expect(delivered.text).toContain(resetUrl)

		expect(result.providerId).toBe(delivered.id)
		const row = await findLatestEmailTo('sent@example.nl')
		expect(row).toMatchObject({ id: result.id, status: 'SENT', providerId: delivered.id, error: null })
		expect(row?.sentAt).toBeInstanceOf(Date)
	})

	test('a duplicate is not sent again', async () => {
		const { sendEmailConfirmation } = await loadEmailModule({ RESEND_API_KEY: apiKey, RESEND_BASE_URL: standIn.url })
		const input = { to: 'twice@example.nl', confirmUrl: 'http://x.test/c?t=1', verificationId: 'ver-twice' }

		const first = await sendEmailConfirmation(input)
		const second = await sendEmailConfirmation(input)

		expect(first.status).toBe('sent')
		expect(second).toEqual({ status: 'duplicate', id: first.id })
		expect(standIn.received).toHaveLength(1)
	})

	test.each([500, 422])('a %i answer gives status failed and a FAILED row, without throwing', async (status) => {
		const { sendEmailConfirmation, findLatestEmailTo } = await loadEmailModule({
			RESEND_API_KEY: apiKey,
			RESEND_BASE_URL: standIn.url,
		})
		const to = `fail-${status}@example.nl`
		standIn.failNext(status, 'Stand-in says no')

		const result = await sendEmailConfirmation({
			to,
			confirmUrl: 'http://x.test/c',
			verificationId: `ver-fail-${status}`,
		})

		expect(result.status).toBe('failed')
		expect(result.error).toContain(String(status))
		expect(result.error).toContain('Stand-in says no')
		expect(standIn.received).toHaveLength(0)
		const row = await findLatestEmailTo(to)
		expect(row).toMatchObject({ id: result.id, status: 'FAILED', providerId: null, sentAt: null })
		expect(row?.error).toContain('Stand-in says no')
	})

	test('a FAILED message may be retried with the same key', async () => {
		const { sendEmailConfirmation, prisma } = await loadEmailModule({
			RESEND_API_KEY: apiKey,
			RESEND_BASE_URL: standIn.url,
		})
		const input = { to: 'retry@example.nl', confirmUrl: 'http://x.test/c?t=r', verificationId: 'ver-retry' }
		standIn.failNext(500)

		const failed = await sendEmailConfirmation(input)
		const retried = await sendEmailConfirmation(input)

		expect(failed.status).toBe('failed')
		expect(retried).toMatchObject({ status: 'sent', id: failed.id })
		const rows = await prisma.emailMessage.findMany({ where: { to: 'retry@example.nl' } })
		expect(rows).toHaveLength(1)
		expect(rows[0]).toMatchObject({ status: 'SENT', error: null, providerId: standIn.received[0]?.id })
	})

	test('an unreachable Resend gives failed, not an exception', async () => {
		const { sendEmailConfirmation } = await loadEmailModule({
			RESEND_API_KEY: apiKey,
			RESEND_BASE_URL: 'http://127.0.0.1:9',
		})
		const result = await sendEmailConfirmation({
			to: 'unreachable@example.nl',
			confirmUrl: 'http://x.test/c',
			verificationId: 'ver-unreachable',
		})
		expect(result.status).toBe('failed')
		expect(result.error).toBeTruthy()
	})
})
