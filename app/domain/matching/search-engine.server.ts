// Shared plumbing of the matching searches: the client, filter expressions and the "limited" answer
// when Meilisearch does not respond (pages then show a plain database listing with a notice).
import { type Meilisearch, type SearchParams } from 'meilisearch'
import { getLogger } from '#app/utils/logger.server.ts'
import { getSearchClient } from '#search/client.server.ts'
import { MATCH_PAGE_SIZE } from './search-filters.ts'

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

/** How many words each get a query of their own (see rankedSearch); the rest still count in each. */
const MAX_ROTATIONS = 6

/**
 * The query once per leading word: Meilisearch's matching strategies always keep one word
 * mandatory (the first, or the rarest), so a word no place contains would hide every result.
 * Rotating makes each word the mandatory one once, and the best score over the rotations ranks a
 * document by how many of all the words it matches.
 */
export function rotatedQueries(words: readonly string[]) {
	const leading = Math.min(words.length, MAX_ROTATIONS)
	return Array.from({ length: leading }, (_, index) => [...words.slice(index), ...words.slice(0, index)].join(' '))
}

export type RankedHit<Document> = Document & { _formatted?: Record<string, string> }

/**
 * Two requests at once: the text rotations as one federated search (ranked by relevance), and every
 * document that passes the filters (nearest first when `sort` is given) with the facet counts. The
 * hits come text matches first, then the rest.
 * Federation cannot mix relevance with a geo sort, hence the second request.
 */
export async function rankedSearch<Document extends { id: string }>(
	meili: Meilisearch,
	{
		uid,
		words,
		filter,
		sort,
		facets,
		limit,
		highlight,
	}: {
		uid: string
		words: readonly string[]
		filter: string
		sort?: string[]
		facets: readonly string[]
		limit: number
		highlight: Pick<SearchParams, 'attributesToHighlight' | 'highlightPreTag' | 'highlightPostTag'>
	},
) {
	const common = { filter: filter || undefined, ...highlight }
	const rotations = rotatedQueries(words)
	const [text, all] = await Promise.all([
		rotations.length > 0
			? (meili.multiSearch({
					federation: { limit },
					queries: rotations.map((q) => ({ indexUid: uid, q, matchingStrategy: 'last' as const, ...common })),
				}) as unknown as Promise<{ hits: Array<RankedHit<Document>> }>)
			: Promise.resolve({ hits: [] as Array<RankedHit<Document>> }),
		meili.index<Document>(uid).search('', { ...common, sort, facets: [...facets], limit }),
	])
	const seen = new Set<string>()
	const hits = [...text.hits, ...(all.hits as Array<RankedHit<Document>>)].filter(
		(hit) => !seen.has(hit.id) && seen.add(hit.id),
	)
	return {
		hits,
		total: Math.max(all.estimatedTotalHits ?? 0, hits.length),
		facets: (all.facetDistribution ?? {}) as FacetCounts,
	}
}

/** One page of a ranked list (the searches rank at most a few pages, then page in memory). */
export function pageOf<Item>(items: Item[], page: number) {
	const pageCount = Math.max(1, Math.ceil(items.length / MATCH_PAGE_SIZE))
	const current = Math.min(page, pageCount)
	return { items: items.slice((current - 1) * MATCH_PAGE_SIZE, current * MATCH_PAGE_SIZE), page: current, pageCount }
}
