/**
 * `npm run search:reindex`: rebuilds both indexes from the database into fresh indexes and swaps them
 * in, with no downtime for a running portal. Uses MEILI_HOST when set, else the embedded engine
 * (adopting the one a running portal started, or starting its own).
 */
import 'dotenv/config'
import { getEnv } from '#app/utils/env.server.ts'

const { initSearch, stopSearch } = await import('#search/client.server.ts')
const { reindex } = await import('#search/reindex.server.ts')
const { searchIndexNames } = await import('#search/outbox.server.ts')
const { prepareDatabase, prisma } = await import('#app/utils/db.server.ts')

try {
	getEnv()
	await prepareDatabase()
	const client = await initSearch()
	for (const name of searchIndexNames) {
		const startedAt = performance.now()
		const { documents } = await reindex(client, name, (progress) => {
			if (progress.phase === 'documents') process.stdout.write(`\r${name}: ${progress.documents} documents indexed`)
			if (progress.phase === 'swapped') process.stdout.write(`\n${name}: swapped in\n`)
		})
		console.log(`${name}: ${documents} documents in ${((performance.now() - startedAt) / 1000).toFixed(1)} s`)
	}
} catch (error) {
	console.error(`\nReindex failed: ${(error as Error).message}`)
	process.exitCode = 1
} finally {
	await stopSearch()
	await prisma.$disconnect()
}
