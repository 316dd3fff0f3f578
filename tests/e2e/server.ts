/**
 * The e2e web server (started by playwright.config.ts): a fresh data directory, migrated and seeded
 * with the demo data, then the production server from app/server/index.ts on the e2e port.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { e2eDataDir, rootDir } from './env.ts'

const serverBuild = path.join(rootDir, 'build', 'server', 'index.js')
if (!fs.existsSync(serverBuild)) {
	console.error(
		`\nThe e2e tests run against the production build, but ${path.relative(rootDir, serverBuild)} is missing.\n` +
			'Build the app first: npx remix vite:build\n',
	)
	process.exit(1)
}

// Only ever wipe our own scratch directory.
if (!e2eDataDir.startsWith(path.join(rootDir, 'tests', '.tmp'))) {
	throw new Error(`Refusing to wipe ${e2eDataDir}: not inside tests/.tmp`)
}
fs.rmSync(e2eDataDir, { recursive: true, force: true })
fs.mkdirSync(e2eDataDir, { recursive: true })

try {
	execFileSync(path.join(rootDir, 'node_modules', '.bin', 'prisma'), ['migrate', 'deploy'], {
		cwd: rootDir,
		env: process.env,
		stdio: 'pipe',
	})
} catch (error) {
	const output = error as { stdout?: Buffer; stderr?: Buffer; message: string }
	console.error(
		`prisma migrate deploy failed:\n${output.stdout?.toString() ?? ''}${output.stderr?.toString() ?? output.message}`,
	)
	process.exit(1)
}

const { seedDemoData } = await import('#app/../prisma/seed.server.ts')
const summary = await seedDemoData()
console.log(`e2e: seeded ${summary.organizations} organisations and ${summary.users} accounts in ${e2eDataDir}`)

// Hand the database over with a clean slate: the server's bundled code creates its own client.
const globals = globalThis as unknown as { prisma?: { $disconnect(): Promise<void> }; prismaReady?: Promise<void> }
await globals.prisma?.$disconnect()
delete globals.prisma
delete globals.prismaReady

await import('#app/server/index.ts')
