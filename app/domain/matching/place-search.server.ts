// "Find places" for a candidate: published places ranked for this person, with editable facets and
// a why panel per result. The text query comes from the person's interests, "blij van" and talents;
// filters start from their wishes (types, hours, travel radius, needs). Text matches rank first,
// then the other places that pass the filters, nearest first.
import { type Meilisearch } from 'meilisearch'
import { distanceKm } from '#app/domain/geo/distance.ts'
import {
	pseudonymisedProfileSelect,
	toPseudonymisedProfile,
	type PseudonymisedProfile,
} from '#app/domain/candidates/visibility.server.ts'
import { publishedWhere } from '#app/domain/places/board.server.ts'
import { now } from '#app/utils/clock.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import { placeDocumentSelect, toPlaceDocument, type PlaceDocument } from '#search/documents.server.ts'
import { indexUid } from '#search/indexes.server.ts'
import {
	cropSegments,
	hasMark,
	HIGHLIGHT_POST,
	HIGHLIGHT_PRE,
	markedWords,
	toSegments,
	type Segment,
} from './highlight.ts'
import {
	adaptationsForNeeds,
	coverageOf,
	explainTerms,
	hoursFit,
	profileQueryTerms,
	tokenize,
	type HoursFit,
	type QueryTerm,
} from './match-rules.ts'
import {
	allOf,
	anyOf,
	hoursOverlap,
	joinFilters,
	pageOf,
	rankedSearch,
	trySearch,
	type FacetCounts,
} from './search-engine.server.ts'
import { type PlaceSearchFilters } from './search-filters.ts'

/** The profile plus the home town's coordinates (for the coach's own searches only, never an employer). */
export type MatchProfile = PseudonymisedProfile & { latitude: number | null; longitude: number | null }

/** At most this many ranked results (a few pages): beyond that the coach should narrow the filters. */
const MAX_RESULTS = 60
export const placeFacets = ['type', 'sector', 'town', 'adaptations', 'supervision'] as const

export function defaultPlaceFilters(profile: MatchProfile): PlaceSearchFilters {
	return {
		q: profileQueryTerms(profile)
			.map((term) => term.term)
			.join(' '),
		types: profile.placeTypes as PlaceSearchFilters['types'],
		sectors: [],
		towns: [],
		adaptations: adaptationsForNeeds(profile.workEnvironment),
		supervision: [],
		hoursMin: profile.hoursMin,
		hoursMax: profile.hoursMax,
		radiusKm: profile.latitude !== null ? (profile.travelRadiusKm ?? null) : null,
		page: 1,
	}
}

export type PlaceWhy = {
	terms: Array<QueryTerm & { words: string[] }>
	/** Words of the typed query that are not from the profile, with what they matched. */
	extraWords: string[]
	distanceKm: number | null
	withinRadius: boolean | null
	hours: HoursFit
	covered: ReturnType<typeof coverageOf>['covered']
	uncovered: ReturnType<typeof coverageOf>['uncovered']
	typeWished: boolean
	sectorWished: boolean
}

export type PlaceHit = {
	place: Pick<
		PlaceDocument,
		| 'id'
		| 'title'
		| 'organizationName'
		| 'type'
		| 'sector'
		| 'town'
		| 'workMode'
		| 'hoursMin'
		| 'hoursMax'
		| 'adaptations'
		| 'supervision'
		| 'spots'
	>
	title: Segment[]
	tasks: Segment[]
	description: Segment[]
	textMatch: boolean
	why: PlaceWhy
}

export type PlaceSearchResult =
	| { status: 'ok'; hits: PlaceHit[]; total: number; page: number; pageCount: number; facets: FacetCounts }
	| { status: 'limited'; hits: PlaceHit[]; total: number; page: number; pageCount: number; facets: FacetCounts }

function placeFilter(filters: PlaceSearchFilters, profile: MatchProfile) {
	const geo =
		filters.radiusKm !== null && profile.latitude !== null && profile.longitude !== null
			? `_geoRadius(${profile.latitude}, ${profile.longitude}, ${filters.radiusKm * 1000})`
			: null
	return joinFilters([
		anyOf('type', filters.types),
		anyOf('sector', filters.sectors),
		anyOf('town', filters.towns),
		// A place must offer every adaptation and kind of supervision asked for.
		allOf('adaptations', filters.adaptations),
		allOf('supervision', filters.supervision),
		hoursOverlap(filters.hoursMin, filters.hoursMax),
		geo,
	])
}

function explain(
	document: PlaceDocument,
	profile: MatchProfile,
	terms: QueryTerm[],
	queryWords: string[],
	matched: string[],
	radiusKm: number | null,
): PlaceWhy {
	const explained = explainTerms(terms, matched)
	const explainedTerms = new Set(terms.map((term) => term.term))
	const extraWords = queryWords.filter((word) => !explainedTerms.has(word.toLowerCase()))
	const distance =
		profile.latitude !== null && profile.longitude !== null && document._geo
			? distanceKm(
					{ latitude: profile.latitude, longitude: profile.longitude },
					{ latitude: document._geo.lat, longitude: document._geo.lng },
				)
			: null
	const radius = radiusKm ?? profile.travelRadiusKm
	const { covered, uncovered } = coverageOf(profile.workEnvironment, document.adaptations)
	return {
		terms: explained,
		extraWords: explainTerms(
			extraWords.map((term) => ({ term })),
			matched,
		).map((term) => term.term),
		distanceKm: distance === null ? null : Math.round(distance * 10) / 10,
		withinRadius: distance === null || radius === null ? null : distance <= radius,
		hours: hoursFit(profile, document),
		covered,
		uncovered,
		typeWished: profile.placeTypes.includes(document.type),
		sectorWished: document.sector !== null && profile.sectors.includes(document.sector),
	}
}

function toHit(
	document: PlaceDocument & { _formatted?: Partial<Record<string, string>> },
	profile: MatchProfile,
	terms: QueryTerm[],
	queryWords: string[],
	radiusKm: number | null,
): PlaceHit {
	const formatted = document._formatted ?? {}
	const title = toSegments(formatted.title ?? document.title)
	const tasks = toSegments(formatted.tasks ?? document.tasks ?? '')
	const description = toSegments(formatted.description ?? document.description)
	const matched = [...markedWords(title), ...markedWords(tasks), ...markedWords(description)]
	return {
		place: {
			id: document.id,
			title: document.title,
			organizationName: document.organizationName,
			type: document.type,
			sector: document.sector,
			town: document.town,
			workMode: document.workMode,
			hoursMin: document.hoursMin,
			hoursMax: document.hoursMax,
			adaptations: document.adaptations,
			supervision: document.supervision,
			spots: document.spots,
		},
		title,
		tasks: cropSegments(tasks, 25),
		description: cropSegments(description, 30),
		textMatch: hasMark(title) || hasMark(tasks) || hasMark(description),
		why: explain(document, profile, terms, queryWords, matched, radiusKm),
	}
}

export async function searchPlaces(
	{ profile, filters }: { profile: MatchProfile; filters: PlaceSearchFilters },
	client?: Meilisearch,
): Promise<PlaceSearchResult> {
	const filter = placeFilter(filters, profile)
	const queryWords = tokenize(filters.q)
	const profileTerms = profileQueryTerms(profile)
	const geoSort =
		profile.latitude !== null && profile.longitude !== null
			? [`_geoPoint(${profile.latitude}, ${profile.longitude}):asc`]
			: undefined
	const response = await trySearch(
		'places',
		(meili) =>
			rankedSearch<PlaceDocument>(meili, {
				uid: indexUid('places'),
				words: queryWords,
				filter,
				sort: geoSort,
				facets: placeFacets,
				limit: MAX_RESULTS,
				highlight: {
					attributesToHighlight: ['title', 'tasks', 'description'],
					highlightPreTag: HIGHLIGHT_PRE,
					highlightPostTag: HIGHLIGHT_POST,
				},
			}),
		client,
	)
	if (!response) return listPlacesFromDatabase({ profile, filters, terms: profileTerms, queryWords })
	// The why panel only for the page shown.
	const { items, page, pageCount } = pageOf(response.hits, filters.page)
	return {
		status: 'ok',
		hits: items.map((document) => toHit(document, profile, profileTerms, queryWords, filters.radiusKm)),
		total: response.total,
		page,
		pageCount,
		facets: response.facets,
	}
}

/** Without the search engine: published places that pass the simple filters, newest first. */
async function listPlacesFromDatabase({
	profile,
	filters,
	terms,
	queryWords,
}: {
	profile: MatchProfile
	filters: PlaceSearchFilters
	terms: QueryTerm[]
	queryWords: string[]
}): Promise<PlaceSearchResult> {
	const rows = await prisma.place.findMany({
		where: {
			AND: [
				publishedWhere(now()),
				filters.types.length > 0 ? { type: { in: filters.types } } : {},
				filters.hoursMin !== null ? { hoursMax: { gte: filters.hoursMin } } : {},
				filters.hoursMax !== null ? { hoursMin: { lte: filters.hoursMax } } : {},
			],
		},
		select: placeDocumentSelect,
		orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
		take: MAX_RESULTS,
	})
	const hits = rows.map((row) => toHit(toPlaceDocument(row), profile, terms, queryWords, filters.radiusKm))
	const { items, page, pageCount } = pageOf(hits, filters.page)
	return { status: 'limited', hits: items, total: hits.length, page, pageCount, facets: {} }
}

/** The candidate's profile for their coach's place search: the pseudonymised fields plus the home town's point. */
export async function getMatchProfile(candidateId: string): Promise<MatchProfile> {
	const row = await prisma.candidate.findUniqueOrThrow({
		where: { id: candidateId },
		select: { ...pseudonymisedProfileSelect, latitude: true, longitude: true },
	})
	return { ...toPseudonymisedProfile(row), latitude: row.latitude, longitude: row.longitude }
}
