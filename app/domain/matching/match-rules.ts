// Pure matching rules shared by the searches and the "why" panel: which place adaptations cover a
// candidate's work-environment needs, how hours fit, and which words a query is made of.
// Client-safe: no database, no search engine.
import { type Adaptation } from '#app/domain/places/place-options.ts'
import { type WorkEnvironment } from '#app/domain/candidates/candidate-options.ts'
import { buildSynonyms, searchStopWords } from '#search/settings.ts'

/**
 * Needs a place can meet with an adaptation, and which adaptations meet them (any one will do).
 * Other work-environment wishes (outdoors, with animals, …) are preferences found through the text.
 */
export const needCoverage: Partial<Record<WorkEnvironment, readonly Adaptation[]>> = {
	QUIET: ['QUIET_WORKSPACE'],
	STRUCTURE: ['FIXED_ROUTINE'],
	FEW_COLLEAGUES: ['FEW_COLLEAGUES'],
	CLEAR_INSTRUCTIONS: ['CLEAR_INSTRUCTIONS'],
	OWN_PACE: ['FLEXIBLE_HOURS', 'EXTRA_BREAKS', 'JOB_CARVING'],
}

export function needsWithCoverage(workEnvironment: readonly string[]) {
	return workEnvironment.filter((need): need is WorkEnvironment => need in needCoverage)
}

/** The adaptation to prefill as a filter for each need: the first that covers it. */
export function adaptationsForNeeds(workEnvironment: readonly string[]): Adaptation[] {
	return [...new Set(needsWithCoverage(workEnvironment).map((need) => needCoverage[need]![0]!))]
}

export function coverageOf(workEnvironment: readonly string[], adaptations: readonly string[]) {
	const covered: Array<{ need: WorkEnvironment; by: Adaptation }> = []
	const uncovered: WorkEnvironment[] = []
	for (const need of needsWithCoverage(workEnvironment)) {
		const by = needCoverage[need]!.find((adaptation) => adaptations.includes(adaptation))
		if (by) covered.push({ need, by })
		else uncovered.push(need)
	}
	return { covered, uncovered }
}

export type HoursFit = 'within' | 'overlap' | 'none' | 'unknown'

/** Within: the place's range fits inside the wish; overlap: they share hours; none: they do not. */
export function hoursFit(
	wish: { hoursMin: number | null; hoursMax: number | null },
	place: { hoursMin: number; hoursMax: number },
): HoursFit {
	if (wish.hoursMin === null && wish.hoursMax === null) return 'unknown'
	const low = wish.hoursMin ?? 0
	const high = wish.hoursMax ?? Number.POSITIVE_INFINITY
	if (place.hoursMin >= low && place.hoursMax <= high) return 'within'
	if (place.hoursMin <= high && place.hoursMax >= low) return 'overlap'
	return 'none'
}

/** Lower case without accents: "Café" and "cafe" are the same word. */
export function normalizeWord(word: string) {
	return word
		.normalize('NFD')
		.replace(/\p{Diacritic}/gu, '')
		.toLowerCase()
}

const stopWords = new Set(searchStopWords.map(normalizeWord))

export function tokenize(text: string | null | undefined) {
	return (text ?? '')
		.split(/[^\p{L}\p{N}-]+/u)
		.map((word) => word.replace(/^-+|-+$/g, ''))
		.filter((word) => word.length >= 3 && !stopWords.has(normalizeWord(word)))
}

/** Meilisearch reads at most ten words of a query; the rest would silently be ignored. */
export const MAX_QUERY_TERMS = 10

export const termSources = ['interests', 'happyWhen', 'talents'] as const
export type TermSource = (typeof termSources)[number]
export type QueryTerm = { term: string; source: TermSource }

/** The words that say what a person wants, most telling first: interests, then "blij van", then talents. */
export function profileQueryTerms(profile: Partial<Record<TermSource, string | null>>): QueryTerm[] {
	const seen = new Set<string>()
	const terms: QueryTerm[] = []
	for (const source of termSources) {
		for (const word of tokenize(profile[source])) {
			const key = normalizeWord(word)
			if (seen.has(key)) continue
			seen.add(key)
			terms.push({ term: word.toLowerCase(), source })
		}
	}
	return terms.slice(0, MAX_QUERY_TERMS)
}

/** The query words of a place, for "find candidates": title first, then tasks. */
export function placeQueryTerms(place: { title: string; tasks: string | null }) {
	const seen = new Set<string>()
	return [...tokenize(place.title), ...tokenize(place.tasks)]
		.map((word) => word.toLowerCase())
		.filter((word) => !seen.has(normalizeWord(word)) && seen.add(normalizeWord(word)))
		.slice(0, MAX_QUERY_TERMS)
}

function editDistance(a: string, b: string) {
	const previous = Array.from({ length: b.length + 1 }, (_, index) => index)
	for (let i = 1; i <= a.length; i++) {
		let diagonal = previous[0]!
		previous[0] = i
		for (let j = 1; j <= b.length; j++) {
			const above = previous[j]!
			previous[j] = Math.min(previous[j]! + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1))
			diagonal = above
		}
	}
	return previous[b.length]!
}

const synonyms = new Map(
	Object.entries(buildSynonyms()).map(([word, others]) => [normalizeWord(word), others.map(normalizeWord)]),
)

/** Whether a word Meilisearch matched in a place stems from this query term: same, prefix, typo or synonym. */
export function termExplainsWord(term: string, matched: string) {
	const t = normalizeWord(term)
	const w = normalizeWord(matched)
	if (w === t || w.startsWith(t) || (t.length >= 4 && t.startsWith(w) && w.length >= 3)) return true
	const allowedTypos = t.length >= 9 ? 2 : t.length >= 5 ? 1 : 0
	if (allowedTypos > 0 && editDistance(t, w.slice(0, t.length + allowedTypos)) <= allowedTypos) return true
	return (synonyms.get(t) ?? []).some((synonym) => w === synonym || w.startsWith(synonym))
}

/** Pairs each query term with the matched words it explains. */
export function explainTerms<Term extends { term: string }>(terms: readonly Term[], matchedWords: readonly string[]) {
	return terms
		.map((term) => ({ ...term, words: [...new Set(matchedWords.filter((word) => termExplainsWord(term.term, word)))] }))
		.filter((term) => term.words.length > 0)
}
