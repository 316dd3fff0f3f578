import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3'
import { PrismaClient } from '#app/generated/prisma/client.ts'
import { getEnv } from './env.server.ts'

/** Query types (where, select, payloads) for domain modules, which may not import the generated client. */
export type { Prisma } from '#app/generated/prisma/client.ts'

// One client per process: the web server and its worker share it, so SQLite has a single writer.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient; prismaReady?: Promise<void> }

function createClient() {
	const adapter = new PrismaBetterSQLite3({ url: getEnv().DATABASE_URL, timeout: 5000 })
	return new PrismaClient({ adapter })
}

export const prisma = (globalForPrisma.prisma ??= createClient())

/** Connection pragmas; the only raw SQL in the app lives here. Idempotent. */
export function prepareDatabase() {
	globalForPrisma.prismaReady ??= (async () => {
		await prisma.$queryRawUnsafe('PRAGMA journal_mode = WAL')
		await prisma.$queryRawUnsafe('PRAGMA busy_timeout = 5000')
		await prisma.$queryRawUnsafe('PRAGMA foreign_keys = ON')
		await prisma.$queryRawUnsafe('PRAGMA synchronous = NORMAL')
	})()
	return globalForPrisma.prismaReady
}

/** Whether Prisma refused a write because the unique key already exists (P2002); no generated client needed. */
export function isUniqueViolation(error: unknown) {
	return typeof error === 'object' && error !== null && 'code' in error && error.code === 'P2002'
}

export async function checkDatabase() {
	await prisma.$queryRawUnsafe('SELECT 1')
}
