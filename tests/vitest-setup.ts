import { afterAll, afterEach, beforeEach, vi } from 'vitest'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { createFreshDatabaseCopy, testTmpRoot } from './test-database.ts'

// Before any app module loads: this file's own database, test mode, quiet logs.
process.env.NODE_ENV = 'test'
// Test files share one Meilisearch: each gets its own index names.
process.env.MEILI_INDEX_PREFIX = `test_${crypto.randomBytes(4).toString('hex')}_`
delete process.env.RESEND_API_KEY
const databaseFile = createFreshDatabaseCopy()
// Files the app writes (logos) go to a folder of this test file's own.
process.env.DATA_DIR = fs.mkdtempSync(path.join(testTmpRoot, 'data-'))

// An unexpected console.error fails the test; expect it with vi.spyOn(console, 'error') where it belongs.
let consoleError: ReturnType<typeof vi.spyOn>
beforeEach(() => {
	consoleError = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
		throw new Error(`console.error was called: ${args.map(String).join(' ')}`)
	})
})
afterEach(() => {
	consoleError.mockRestore()
})

afterAll(async () => {
	const { prisma } = await import('#app/utils/db.server.ts')
	await prisma.$disconnect()
	for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${databaseFile}${suffix}`, { force: true })
	fs.rmSync(process.env.DATA_DIR!, { recursive: true, force: true })
})
