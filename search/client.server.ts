import { Meilisearch, MeilisearchApiError } from 'meilisearch'
import { getEnv } from '#app/utils/env.server.ts'
import { meilisearchHttpClient } from '#search/http-client.server.ts'
import {
	startEmbeddedMeilisearch,
	type EmbeddedMeilisearch,
	type MeiliLogger,
} from '#search/embedded-meilisearch.server.ts'

export type { MeiliLogger } from '#search/embedded-meilisearch.server.ts'

export interface InitSearchOptions {
	/** Receives supervision events of the embedded server (crashes, restarts). */
	logger?: MeiliLogger
}

export interface SearchHealth {
	ok: boolean
	error?: string
}

interface SearchState {
	client: Meilisearch
	host: string
	embedded?: EmbeddedMeilisearch
}

const REQUEST_TIMEOUT_MS = 30_000
const HEALTH_TIMEOUT_MS = 3_000

let state: SearchState | undefined
let initializing: Promise<SearchState> | undefined

/**
 * Connects to MEILI_HOST, or starts the embedded Meilisearch when it is unset, and verifies it answers.
 * Safe to call repeatedly; concurrent callers share one attempt and a failed attempt can be retried.
 */
export async function initSearch(options: InitSearchOptions = {}): Promise<Meilisearch> {
	if (state) return state.client
	if (!initializing) {
		const attempt: Promise<SearchState> = connect(options).then(
			(connected) => {
				state = connected
				return connected
			},
			(error: unknown) => {
				if (initializing === attempt) initializing = undefined
				throw error
			},
		)
		initializing = attempt
	}
	return (await initializing).client
}

async function connect(options: InitSearchOptions): Promise<SearchState> {
	const env = getEnv()
	let embedded: EmbeddedMeilisearch | undefined
	let host: string
	let apiKey: string | undefined
	if (env.MEILI_HOST) {
		host = env.MEILI_HOST
		apiKey = env.MEILI_API_KEY
	} else {
		embedded = await startEmbeddedMeilisearch({
			dataDir: env.DATA_DIR,
			port: env.MEILI_PORT,
			environment: env.NODE_ENV === 'production' ? 'production' : 'development',
			logger: options.logger,
		})
		host = embedded.host
		apiKey = embedded.apiKey
	}

	const client = createMeilisearchClient({ host, apiKey })
	try {
		await verify(client, host)
	} catch (error) {
		await embedded?.stop()
		throw error
	}
	return { client, host, embedded }
}

/** A client on the keep-alive transport (not fetch); used by the app, the scripts and the benchmark. */
export function createMeilisearchClient({ host, apiKey }: { host: string; apiKey?: string }) {
	return new Meilisearch({
		host,
		apiKey,
		timeout: REQUEST_TIMEOUT_MS,
		clientAgents: ['werkverbinder'],
		httpClient: meilisearchHttpClient,
	})
}

async function verify(client: Meilisearch, host: string) {
	try {
		const health = await client.health()
		if (health.status !== 'available') throw new Error(`status is "${health.status}"`)
	} catch (error) {
		throw new Error(`Meilisearch is not reachable at ${host}: ${describe(error)}`, { cause: error })
	}
	// /health is public, so only an authenticated call proves the key is right.
	try {
		await client.getVersion()
	} catch (error) {
		// Our transport's API errors arrive wrapped in the client's request error.
		const apiError = [error, (error as Error).cause].find(
			(item): item is MeilisearchApiError => item instanceof MeilisearchApiError,
		)
		if (apiError && [401, 403].includes(apiError.response.status)) {
			throw new Error(`Meilisearch at ${host} rejected the API key (MEILI_API_KEY): ${apiError.message}`, { cause: error })
		}
		throw new Error(`Meilisearch is not reachable at ${host}: ${describe(error)}`, { cause: error })
	}
}

/** The client set up by initSearch(). */
export function getSearchClient(): Meilisearch {
	if (!state) throw new Error('Search is not initialized: call initSearch() at boot before using the search client')
	return state.client
}

/** For health endpoints: never throws and answers within a few seconds. */
export async function checkSearch(): Promise<SearchHealth> {
	const current = state
	if (!current) return { ok: false, error: 'search is not initialized' }
	let timer: NodeJS.Timeout | undefined
	try {
		const timeout = new Promise<never>((_, reject) => {
			timer = setTimeout(() => reject(new Error(`no answer within ${HEALTH_TIMEOUT_MS} ms`)), HEALTH_TIMEOUT_MS)
		})
		const health = await Promise.race([current.client.health(), timeout])
		return health.status === 'available' ? { ok: true } : { ok: false, error: `status is "${health.status}"` }
	} catch (error) {
		return { ok: false, error: describe(error) }
	} finally {
		clearTimeout(timer)
	}
}

/** Stops the embedded server (if we started one) and forgets the client; initSearch() may be called again. */
export async function stopSearch(): Promise<void> {
	const pending = initializing
	initializing = undefined
	const current = state ?? (await pending?.catch(() => undefined))
	state = undefined
	await current?.embedded?.stop()
}

/** Error messages plus their causes, e.g. "Request to … has failed: fetch failed: connect ECONNREFUSED". */
function describe(error: unknown): string {
	const parts: string[] = []
	let current: unknown = error
	for (let depth = 0; current && depth < 4; depth++) {
		if (current instanceof Error) {
			parts.push(current.message)
			current = current.cause
		} else {
			if (typeof current === 'string') parts.push(current)
			break
		}
	}
	return parts.join(': ') || String(error)
}
