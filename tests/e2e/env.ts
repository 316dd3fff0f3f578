/**
 * The one place the e2e environment is decided. Imported first by playwright.config.ts (so the web
 * server inherits it) and by the fixtures (so they open the same SQLite file as the server).
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const e2eDataDir = path.join(rootDir, 'tests', '.tmp', 'e2e')
export const e2ePort = 3100
export const e2eBaseUrl = `http://localhost:${e2ePort}`

export const e2eEnv = {
	NODE_ENV: 'production',
	PORT: String(e2ePort),
	APP_URL: e2eBaseUrl,
	DATA_DIR: e2eDataDir,
	DATABASE_URL: `file:${path.join(e2eDataDir, 'werkverbinder.db')}`,
	// A port of its own, so a developer's running Meilisearch (7700) is never touched.
	MEILI_PORT: '7731',
	SESSION_SECRET: 'e2e-session-secret-0123456789abcdefghijklmnop',
	LOG_LEVEL: 'warn',
} as const

// Explicit values win over whatever the shell or .env holds: the tests must hit the e2e database.
Object.assign(process.env, e2eEnv)
// Never send real mail from an e2e run; messages land in the outbox (/dev/outbox).
delete process.env.RESEND_API_KEY
delete process.env.MEILI_HOST
delete process.env.MEILI_API_KEY
