// `npm run demo`: everything a new machine needs after `npm install` — the database, the demo data,
// a production build — and then the portal on http://localhost:3000 with the embedded search engine.
import { execFileSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import 'dotenv/config'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name)
const dataDir = path.resolve(root, process.env.DATA_DIR ?? 'data')
fs.mkdirSync(dataDir, { recursive: true })

// A secret made once per machine, kept in the git-ignored data folder.
if (!process.env.SESSION_SECRET) {
	const secretFile = path.join(dataDir, 'session-secret')
	if (!fs.existsSync(secretFile))
		fs.writeFileSync(secretFile, crypto.randomBytes(32).toString('base64url'), { mode: 0o600 })
	process.env.SESSION_SECRET = fs.readFileSync(secretFile, 'utf8').trim()
}
process.env.DATA_DIR = dataDir
process.env.NODE_ENV = 'production'

function step(title: string, run: () => void) {
	console.log(`\n▶ ${title}`)
	run()
}

step('Database: applying migrations', () => {
	execFileSync(bin('prisma'), ['migrate', 'deploy'], { cwd: root, stdio: 'inherit' })
})
step('Demo data', () => {
	execFileSync(bin('tsx'), ['prisma/seed.ts'], { cwd: root, stdio: 'inherit' })
})
step('Building the portal', () => {
	execFileSync(bin('remix'), ['vite:build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' })
})
console.log('\n▶ Starting the portal and the search engine')
await import('./index.ts')

const { demoLogins, demoPassword } = await import('../../prisma/demo-data.ts')
console.log(`\nDemo logins (password for all: ${demoPassword}):`)
for (const login of demoLogins()) console.log(`  ${login.role.padEnd(12)} ${login.email}`)
const { getEnv } = await import('../utils/env.server.ts')
console.log(`\nOpen ${getEnv().APP_URL} — stop with Ctrl+C.\n`)
