// A full rebuild without downtime: build a fresh index beside the live one, swap them atomically,
// drop the old one, then replay the outbox marks written since the rebuild started (they may have
// gone to the old index while the fresh one was being filled).
import { type Meilisearch } from 'meilisearch'
import { prisma } from '#app/utils/db.server.ts'
import { now } from '#app/utils/clock.server.ts'
import { allCandidateDocuments, allPlaceDocuments } from '#search/documents.server.ts'
import { applyIndexSettings, indexUid } from '#search/indexes.server.ts'
import { type SearchIndexName } from '#search/outbox.server.ts'
import { indexSettings } from '#search/settings.ts'

const TASK_WAIT = { timeout: 600_000, interval: 50 }

const sources: Record<SearchIndexName, () => AsyncGenerator<Array<{ id: string }>>> = {
	places: () => allPlaceDocuments(),
	candidates: () => allCandidateDocuments(),
}

export type ReindexProgress = { index: SearchIndexName; phase: 'documents' | 'swapped' | 'done'; documents: number }

export async function reindex(
	client: Meilisearch,
	name: SearchIndexName,
	onProgress: (progress: ReindexProgress) => void = () => {},
) {
	const live = indexUid(name)
	const fresh = `${live}_rebuild_${Date.now()}`
	// Marks after this id were written while we rebuild: replayed onto the new live index at the end.
	const { _max } = await prisma.searchOutbox.aggregate({ _max: { id: true } })
	const replayAfter = _max.id ?? 0

	await applyIndexSettings(client, live, indexSettings[name])
	await applyIndexSettings(client, fresh, indexSettings[name])
	let documents = 0
	try {
		for await (const page of sources[name]()) {
			const task = await client.index(fresh).addDocuments(page, { primaryKey: 'id' }).waitTask(TASK_WAIT)
			if (task.status !== 'succeeded') throw new Error(`Indexing into ${fresh} failed: ${task.error?.message}`)
			documents += page.length
			onProgress({ index: name, phase: 'documents', documents })
		}
		const swap = await client.swapIndexes([{ indexes: [live, fresh], rename: false }]).waitTask(TASK_WAIT)
		if (swap.status !== 'succeeded') throw new Error(`Swapping ${fresh} into ${live} failed: ${swap.error?.message}`)
		onProgress({ index: name, phase: 'swapped', documents })
	} finally {
		// After the swap `fresh` holds the old documents; before it, a half-built index. Either way: gone.
		await client.deleteIndex(fresh).waitTask(TASK_WAIT)
	}
	await prisma.searchOutbox.updateMany({
		where: { indexName: name, id: { gt: replayAfter }, processedAt: { not: null } },
		data: { processedAt: null, availableAt: now() },
	})
	onProgress({ index: name, phase: 'done', documents })
	return { documents }
}
