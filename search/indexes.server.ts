// Index names and settings. `ensureSearchIndexes` runs at start-up: it creates missing indexes and
// applies search/settings.ts; applying unchanged settings is a no-op for Meilisearch.
import { type Meilisearch, type Settings } from 'meilisearch'
import { getEnv } from '#app/utils/env.server.ts'
import { type SearchIndexName, searchIndexNames } from '#search/outbox.server.ts'
import { indexSettings } from '#search/settings.ts'

const TASK_TIMEOUT_MS = 120_000

/** The live index's uid for a logical name, e.g. "places" → "<prefix>places". */
export function indexUid(name: SearchIndexName, prefix = getEnv().MEILI_INDEX_PREFIX) {
	return `${prefix}${name}`
}

export async function applyIndexSettings(client: Meilisearch, uid: string, settings: Settings) {
	const task = await client.createIndex(uid, { primaryKey: 'id' }).waitTask({ timeout: TASK_TIMEOUT_MS })
	// "index_already_exists" is fine: we only wanted it to exist.
	if (task.status === 'failed' && task.error?.code !== 'index_already_exists') {
		throw new Error(`Could not create search index ${uid}: ${task.error?.message}`)
	}
	const update = await client.index(uid).updateSettings(settings).waitTask({ timeout: TASK_TIMEOUT_MS })
	if (update.status === 'failed') throw new Error(`Could not apply settings to ${uid}: ${update.error?.message}`)
}

export async function ensureSearchIndexes(client: Meilisearch) {
	for (const name of searchIndexNames) await applyIndexSettings(client, indexUid(name), indexSettings[name])
}
