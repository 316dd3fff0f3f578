// The app's entry to the search engine: start-up (indexes, settings, catching up), the sync loop,
// and the client for queries. Queries that fail answer "limited" so pages can fall back to SQL.
import { type Meilisearch } from 'meilisearch'
import { prisma } from '#app/utils/db.server.ts'
import { publishedWhere } from '#app/domain/places/board.server.ts'
import { now } from '#app/utils/clock.server.ts'
import { getLogger } from '#app/utils/logger.server.ts'
import { getSearchClient } from '#search/client.server.ts'
import { ensureSearchIndexes, indexUid } from '#search/indexes.server.ts'
import { markForReindexNow } from '#search/outbox.server.ts'
import { startSearchSync, stopSearchSync } from '#search/sync.server.ts'

/**
 * Creates the indexes and applies the settings; when an index is empty while the database has
 * documents for it (a new or wiped search engine), marks them all so the sync loop fills it.
 */
export async function prepareSearch(client: Meilisearch = getSearchClient()) {
	await ensureSearchIndexes(client)
	const [placeStats, candidateStats] = await Promise.all([
		client.index(indexUid('places')).getStats(),
		client.index(indexUid('candidates')).getStats(),
	])
	if (placeStats.numberOfDocuments === 0) {
		const places = await prisma.place.findMany({ where: publishedWhere(now()), select: { id: true } })
		await markForReindexNow(
			'places',
			places.map((place) => place.id),
		)
	}
	if (candidateStats.numberOfDocuments === 0) {
		const candidates = await prisma.candidate.findMany({ where: { erasedAt: null }, select: { id: true } })
		await markForReindexNow(
			'candidates',
			candidates.map((candidate) => candidate.id),
		)
	}
}

export function startSearchWorker() {
	startSearchSync(getSearchClient)
	getLogger().info('search sync started')
}

export function stopSearchWorker() {
	stopSearchSync()
}
