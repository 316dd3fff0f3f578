import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const testTmpRoot = path.join(root, 'tests', '.tmp')

/** Migrates one base SQLite file per run; every test file then starts from a copy of it. */
export function prepareBaseDatabase() {
	fs.mkdirSync(testTmpRoot, { recursive: true })
	const basePath = path.join(testTmpRoot, `base-${process.pid}.db`)
	fs.rmSync(basePath, { force: true })
	execFileSync(path.join(root, 'node_modules', '.bin', 'prisma'), ['migrate', 'deploy'], {
		cwd: root,
		env: { ...process.env, DATABASE_URL: `file:${basePath}` },
		stdio: 'pipe',
	})
	return basePath
}

/** A fresh copy of the migrated base for this test file (each file runs in its own process). */
export function createFreshDatabaseCopy() {
	const base = process.env.TEST_BASE_DATABASE
	if (!base) throw new Error('TEST_BASE_DATABASE is not set: run tests through vitest.config.ts')
	const copy = path.join(testTmpRoot, `test-${process.pid}-${Date.now()}.db`)
	fs.copyFileSync(base, copy)
	process.env.DATABASE_URL = `file:${copy}`
	return copy
}
