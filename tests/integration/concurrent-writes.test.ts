import { describe, expect, it } from 'vitest'
import { createVerification } from '#app/domain/auth/verification.server.ts'
import { audit } from '#app/utils/audit.server.ts'
import { prepareDatabase, prisma } from '#app/utils/db.server.ts'

// One process, one connection: concurrent requests queue on it instead of racing for SQLite's
// write lock, so no acknowledged write can be lost to SQLITE_BUSY (prisma/orm #29933).
describe('concurrent writes', () => {
	it('keeps every acknowledged write when transactions and single writes interleave', async () => {
		await prepareDatabase()
		const users = await Promise.all(
			Array.from({ length: 20 }, (_, index) =>
				prisma.user.create({ data: { email: `concurrent-${index}@example.test`, name: `Person ${index}` } }),
			),
		)
		const acknowledged = await Promise.all(
			users.flatMap((user) => [
				createVerification(user.id, 'PASSWORD_RESET').then(() => 'verification'),
				audit('auth.sign-in', { actorId: user.id, entityType: 'User', entityId: user.id }).then(() => 'audit'),
				prisma.session
					.create({ data: { id: `session-${user.id}`, userId: user.id, expiresAt: new Date(Date.now() + 60_000) } })
					.then(() => 'session'),
			]),
		)
		expect(acknowledged).toHaveLength(60)
		expect(await prisma.verification.count()).toBe(20)
		expect(await prisma.auditEvent.count({ where: { action: 'auth.sign-in' } })).toBe(20)
		expect(await prisma.session.count()).toBe(20)
	})

	it('runs in WAL mode with foreign keys enforced', async () => {
		await prepareDatabase()
		const [journal] = await prisma.$queryRawUnsafe<Array<{ journal_mode: string }>>('PRAGMA journal_mode')
		expect(journal?.journal_mode).toBe('wal')
		await expect(
			prisma.session.create({ data: { id: 'orphan', userId: 'missing-user', expiresAt: new Date() } }),
		).rejects.toThrow()
	})
})
