// The outbox worker: turns SearchOutbox marks into index writes. It reads the current database
// state for every marked id, writes upserts and deletes, waits until Meilisearch has applied them,
// and only then marks the rows processed. A crash anywhere before that leaves the rows pending, and
// replaying them is harmless, so running it twice (or concurrently) never loses or reorders a change.
import { type Meilisearch, type Task } from 'meilisearch'
import { now } from '#app/utils/clock.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import { getLogger } from '#app/utils/logger.server.ts'
import { buildCandidateDocuments, buildPlaceDocuments, type DocumentBatch } from '#search/documents.server.ts'
import { indexUid } from '#search/indexes.server.ts'
import { searchIndexNames, type SearchIndexName } from '#search/outbox.server.ts'

const DEFAULT_BATCH_SIZE = 500
const MAX_BACKOFF_MS = 60_000
const TASK_WAIT = { timeout: 60_000, interval: 20 }
/** Processed rows are kept this long so a reindex can replay changes made while it rebuilt. */
const KEEP_PROCESSED_MS = 24 * 60 * 60 * 1000

const builders: Record<SearchIndexName, (ids: readonly string[]) => Promise<DocumentBatch<{ id: string }>>> = {
	places: buildPlaceDocuments,
	candidates: buildCandidateDocuments,
}

export type DrainOptions = {
	client: Meilisearch
	batchSize?: number
	/** Test seam: runs after the index writes and before the rows are marked processed (a crash there). */
	beforeMarkingProcessed?: () => Promise<void>
}

export type DrainResult = { rows: number; upserts: number; deletes: number; failed: number }

/** Exponential back-off: 1 s, 2 s, 4 s … up to a minute. */
export function backoffMs(attempts: number) {
	return Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.max(0, attempts - 1))
}

/**
 * Polls a task until Meilisearch has finished it. Our own loop: the client's waitTask adds an abort
 * listener per poll when a request timeout is set (a bounded leak that floods the log with warnings).
 */
async function finished(client: Meilisearch, enqueued: Promise<{ taskUid: number }>): Promise<Task> {
	const { taskUid } = await enqueued
	const deadline = Date.now() + TASK_WAIT.timeout
	for (;;) {
		const task = await client.tasks.getTask(taskUid)
		if (task.status !== 'enqueued' && task.status !== 'processing') return task
		if (Date.now() > deadline)
			throw new Error(`Meilisearch task ${taskUid} still ${task.status} after ${TASK_WAIT.timeout} ms`)
		await new Promise((resolve) => setTimeout(resolve, TASK_WAIT.interval))
	}
}

async function applyBatch(client: Meilisearch, name: SearchIndexName, ids: string[]) {
	const { upserts, deletes } = await builders[name](ids)
	const index = client.index(indexUid(name))
	const tasks: Task[] = []
	if (upserts.length > 0) tasks.push(await finished(client, index.addDocuments(upserts, { primaryKey: 'id' })))
	if (deletes.length > 0) tasks.push(await finished(client, index.deleteDocuments(deletes)))
	const failed = tasks.find((task) => task.status !== 'succeeded')
	if (failed) throw new Error(`Meilisearch task ${failed.uid} ${failed.status}: ${failed.error?.message ?? ''}`)
	return { upserts: upserts.length, deletes: deletes.length }
}

/** Drains one batch of pending marks. Never throws for a Meilisearch failure: the rows back off instead. */
export async function drainSearchOutbox({
	client,
	batchSize = DEFAULT_BATCH_SIZE,
	beforeMarkingProcessed,
}: DrainOptions): Promise<DrainResult> {
	const rows = await prisma.searchOutbox.findMany({
		where: { processedAt: null, availableAt: { lte: now() } },
		orderBy: { id: 'asc' },
		take: batchSize,
		select: { id: true, indexName: true, documentId: true, attempts: true },
	})
	const result: DrainResult = { rows: rows.length, upserts: 0, deletes: 0, failed: 0 }
	for (const name of searchIndexNames) {
		const group = rows.filter((row) => row.indexName === name)
		if (group.length === 0) continue
		const rowIds = group.map((row) => row.id)
		try {
			const applied = await applyBatch(client, name, [...new Set(group.map((row) => row.documentId))])
			await beforeMarkingProcessed?.()
			await prisma.searchOutbox.updateMany({ where: { id: { in: rowIds } }, data: { processedAt: now() } })
			result.upserts += applied.upserts
			result.deletes += applied.deletes
		} catch (error) {
			result.failed += group.length
			const attempts = Math.max(...group.map((row) => row.attempts)) + 1
			await prisma.searchOutbox.updateMany({
				where: { id: { in: rowIds } },
				data: {
					attempts: { increment: 1 },
					availableAt: new Date(now().getTime() + backoffMs(attempts)),
					lastError: String((error as Error).message ?? error).slice(0, 500),
				},
			})
			getLogger().warn({ err: error, index: name, rows: group.length, attempts }, 'search sync failed; retrying later')
		}
	}
	// Unknown index names (none today) would otherwise stay pending forever.
	const unknown = rows.filter((row) => !(searchIndexNames as readonly string[]).includes(row.indexName))
	if (unknown.length > 0) {
		await prisma.searchOutbox.deleteMany({ where: { id: { in: unknown.map((row) => row.id) } } })
	}
	return result
}

/** Drains until nothing is due (or `maxBatches` ran); used by tests, scripts and the seed. */
export async function drainSearchOutboxFully(options: DrainOptions & { maxBatches?: number }) {
	const total: DrainResult = { rows: 0, upserts: 0, deletes: 0, failed: 0 }
	for (let batch = 0; batch < (options.maxBatches ?? 10_000); batch++) {
		const result = await drainSearchOutbox(options)
		total.rows += result.rows
		total.upserts += result.upserts
		total.deletes += result.deletes
		total.failed += result.failed
		if (result.rows === 0 || result.failed > 0) break
	}
	return total
}

/** Deletes processed marks older than a day. */
export async function pruneSearchOutbox() {
	const { count } = await prisma.searchOutbox.deleteMany({
		where: { processedAt: { lt: new Date(now().getTime() - KEEP_PROCESSED_MS) } },
	})
	return count
}

// --- The in-process loop ------------------------------------------------------------------------

const POLL_MS = 200
const loop = globalThis as unknown as { searchSyncTimer?: NodeJS.Timeout; searchSyncBusy?: boolean }

/** Polls the outbox every 200 ms; one drain at a time in this process. */
export function startSearchSync(getClient: () => Meilisearch) {
	if (loop.searchSyncTimer) return
	loop.searchSyncTimer = setInterval(() => {
		if (loop.searchSyncBusy) return
		loop.searchSyncBusy = true
		drainSearchOutboxFully({ client: getClient(), maxBatches: 20 })
			.catch((error: unknown) => getLogger().error({ err: error }, 'search sync loop failed'))
			.finally(() => {
				loop.searchSyncBusy = false
			})
	}, POLL_MS)
	loop.searchSyncTimer.unref()
}

export function stopSearchSync() {
	clearInterval(loop.searchSyncTimer)
	loop.searchSyncTimer = undefined
}
