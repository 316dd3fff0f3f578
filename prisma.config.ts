import path from 'node:path'
import 'dotenv/config'
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3'
import { defineConfig } from 'prisma/config'

// Same default as app/utils/env.server.ts. The schema's env("DATABASE_URL") must be set too:
// without it the CLI falls back to downloading the native engines, which fails offline.
const databaseUrl =
	process.env.DATABASE_URL ?? `file:${path.join(path.resolve(process.env.DATA_DIR ?? './data'), 'werkverbinder.db')}`
process.env.DATABASE_URL = databaseUrl

// The JS schema engine needs no native download (Prisma 7's CLI does, which fails offline).
export default defineConfig({
	experimental: { adapter: true },
	engine: 'js',
	schema: path.join('prisma', 'schema.prisma'),
	migrations: { path: path.join('prisma', 'migrations') },
	async adapter() {
		return new PrismaBetterSQLite3({ url: databaseUrl })
	},
})
