import { initSearch, stopSearch } from '#search/client.server.ts'
import { prepareSearch, startSearchWorker, stopSearchWorker } from '#search/search.server.ts'
import { prepareDatabase, prisma } from './db.server.ts'
import { getEnv } from './env.server.ts'
import { getLogger } from './logger.server.ts'
import { startWorker, stopWorker } from './worker.server.ts'

/** Called once by the Express server before it listens: fail early with a clear message. */
export async function boot() {
	const env = getEnv()
	const logger = getLogger()
	await prepareDatabase()
	await initSearch({ logger: (level, message, details) => logger[level](details ?? {}, message) })
	await prepareSearch()
	startSearchWorker()
	startWorker()
	logger.info({ mode: env.NODE_ENV, search: env.MEILI_HOST ? 'external' : 'embedded' }, 'ready')
}

/** Stops what boot started, so a restart leaves no orphaned search engine behind. */
export async function shutdown() {
	stopWorker()
	stopSearchWorker()
	await stopSearch()
	await prisma.$disconnect()
}
