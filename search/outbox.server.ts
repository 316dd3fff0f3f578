// The transactional outbox between the database and Meilisearch. Every write that changes what an
// index should hold calls `markForReindex` inside its own transaction; the sync worker
// (search/sync.server.ts) turns the marks into documents. A mark names a document, not its content,
// so the worker always indexes the state that is current when it runs.
import { prisma, type Prisma } from '#app/utils/db.server.ts'

export const searchIndexNames = ['places', 'candidates'] as const
export type SearchIndexName = (typeof searchIndexNames)[number]

type OutboxClient = Pick<Prisma.TransactionClient, 'searchOutbox'>

/** Marks documents for (re)indexing; pass the transaction client so the mark commits with the change. */
export async function markForReindex(client: OutboxClient, indexName: SearchIndexName, documentIds: readonly string[]) {
	const unique = [...new Set(documentIds)]
	if (unique.length === 0) return
	await client.searchOutbox.createMany({ data: unique.map((documentId) => ({ indexName, documentId })) })
}

/** Marks outside a transaction: only for writes that are not transactional themselves (e.g. a seed). */
export function markForReindexNow(indexName: SearchIndexName, documentIds: readonly string[]) {
	return markForReindex(prisma, indexName, documentIds)
}
