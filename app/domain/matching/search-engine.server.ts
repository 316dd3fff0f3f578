// Shared plumbing of the matching searches: the client, filter expressions and the "limited" answer
// when Meilisearch does not respond (pages then show a plain database listing with a notice).
import { type Meilisearch } from 'meilisearch'
import { getLogger } from '#app/utils/logger.server.ts'
import { getSearchClient } from '#search/client.server.ts'

/** A Meilisearch filter value, quoted and escaped (free text such as town names). */
export function quote(value: string) {
	return JSON.stringify(value)
}

export function anyOf(attribute: string, values: readonly string[]) {
	return values.length > 0 ? `${attribute} IN [${values.map(quote).join(', ')}]` : null
}

export function allOf(attribute: string, values: readonly string[]) {
	return values.length > 0 ? values.map((value) => `${attribute} = ${quote(value)}`).join(' AND ') : null
}

/** Ranges overlap when each starts before the other ends. */
export function hoursOverlap(hoursMin: number | null, hoursMax: number | null) {
	const parts: string[] = []
	if (hoursMin !== null) parts.push(`hoursMax >= ${hoursMin}`)
	if (hoursMax !== null) parts.push(`hoursMin <= ${hoursMax}`)
	return parts.length > 0 ? parts.join(' AND ') : null
}

export function joinFilters(parts: ReadonlyArray<string | null | undefined>) {
	return parts
		.filter((part): part is string => Boolean(part))
		.map((part) => `(${part})`)
		.join(' AND ')
}

/** Runs a search; a failure of the engine (down, timeout, bad gateway) becomes null and a log line. */
export async function trySearch<Result>(
	label: string,
	run: (client: Meilisearch) => Promise<Result>,
	client?: Meilisearch,
): Promise<Result | null> {
	try {
		return await run(client ?? getSearchClient())
	} catch (error) {
		getLogger().warn({ err: error, search: label }, 'search engine unavailable; falling back to the database')
		return null
	}
}

export type FacetCounts = Record<string, Record<string, number>>
