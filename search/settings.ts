// Index settings, kept in code and applied idempotently at start-up (search/indexes.server.ts).
// Changing a setting here and restarting is the whole migration: Meilisearch re-indexes by itself.
import { type Settings } from 'meilisearch'
import stopWords from './stop-words.nl.json'
import synonymData from './synonyms.nl.json'

/** Dutch synonyms in Meilisearch's shape: one-way lists as given, equivalent groups in every direction. */
export function buildSynonyms(data: { oneWay: Record<string, string[]>; equivalent: string[][] } = synonymData) {
	const synonyms: Record<string, string[]> = {}
	const add = (word: string, others: string[]) => {
		const list = (synonyms[word] ??= [])
		for (const other of others) if (other !== word && !list.includes(other)) list.push(other)
	}
	for (const [word, others] of Object.entries(data.oneWay)) add(word, others)
	for (const group of data.equivalent) for (const word of group) add(word, group)
	return synonyms
}

export const searchStopWords: string[] = stopWords

const shared = {
	stopWords: searchStopWords,
	synonyms: buildSynonyms(),
	typoTolerance: {
		enabled: true,
		// Dutch compounds are long; a typo is normal from five letters, two from nine.
		minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
	},
	pagination: { maxTotalHits: 1000 },
	// We count facet values but never search inside them: skipping that structure makes every write cheaper.
	facetSearch: false,
	faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { '*': 'count' } },
	rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
} satisfies Settings

export const placeIndexSettings = {
	...shared,
	// Order matters: a word in the title weighs more than one in the description.
	searchableAttributes: ['title', 'tasks', 'description', 'organizationName', 'learning', 'requirements', 'town'],
	filterableAttributes: [
		'type',
		'sector',
		'town',
		'municipality',
		'organizationId',
		'workMode',
		'hoursMin',
		'hoursMax',
		'days',
		'supervision',
		'adaptations',
		'accessibility',
		'spots',
		'_geo',
	],
	sortableAttributes: ['publishedAt', 'hoursMin', '_geo'],
	displayedAttributes: ['*'],
} satisfies Settings

export const candidateIndexSettings = {
	...shared,
	searchableAttributes: ['interests', 'happyWhen', 'talents', 'experience', 'learningGoals', 'training'],
	filterableAttributes: [
		'organizationId',
		'employerVisible',
		'confirmedAt',
		'active',
		'stage',
		'placeTypes',
		'sectors',
		'hoursMin',
		'hoursMax',
		'days',
		'homeMunicipality',
		'workEnvironment',
		'languages',
		'transport',
		'travelRadiusKm',
		'_geo',
	],
	sortableAttributes: ['confirmedAt', '_geo'],
	displayedAttributes: ['*'],
} satisfies Settings

export const indexSettings = { places: placeIndexSettings, candidates: candidateIndexSettings } as const
