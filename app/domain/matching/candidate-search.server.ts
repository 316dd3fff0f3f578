// Two searches over the candidates index:
//  - "Find candidates" for a place: ONLY the coach's own organisation's active candidates, with a
//    why panel. The organisation filter is added here, on the server, whatever the request says.
//  - The employer's pool: ONLY candidates the consent gate lets through. The index flag and freshness
//    are filtered in Meilisearch, and every hit is checked against the gate in the database again and
//    shown through toPseudonymisedProfile, so a stale index can never show a withdrawn candidate.
import { type Meilisearch, type SearchParams } from 'meilisearch'
import { logCandidateAccess } from '#app/domain/candidates/access-log.server.ts'
import { staleBefore } from '#app/domain/candidates/candidate-profile.ts'
import { candidateDisplayName, getStaleAfterDays } from '#app/domain/candidates/candidates.server.ts'
import {
	employerVisibleCandidateWhere,
	pseudonymisedProfileSelect,
	toPseudonymisedProfile,
	type PseudonymisedProfile,
} from '#app/domain/candidates/visibility.server.ts'
import { distanceKm } from '#app/domain/geo/distance.ts'
import { publishedWhere } from '#app/domain/places/board.server.ts'
import { adaptationOptions, parseKeyList } from '#app/domain/places/place-options.ts'
import { now } from '#app/utils/clock.server.ts'
import { prisma, type Prisma } from '#app/utils/db.server.ts'
import { municipalityCentre, type CandidateDocument } from '#search/documents.server.ts'
import { indexUid } from '#search/indexes.server.ts'
import { cropSegments, HIGHLIGHT_POST, HIGHLIGHT_PRE, markedWords, toSegments, type Segment } from './highlight.ts'
import { coverageOf, explainTerms, hoursFit, placeQueryTerms, tokenize, type HoursFit } from './match-rules.ts'
import {
	anyOf,
	hoursOverlap,
	joinFilters,
	pageOf,
	rankedSearch,
	trySearch,
	type FacetCounts,
} from './search-engine.server.ts'
import { type CandidateSearchFilters } from './search-filters.ts'

const MAX_RESULTS = 60
export const candidateFacets = [
	'placeTypes',
	'sectors',
	'homeMunicipality',
	'workEnvironment',
	'languages',
	'stage',
] as const
/** How far from the place "find candidates" looks by default; each person's own radius is in the why panel. */
export const DEFAULT_CANDIDATE_RADIUS_KM = 30

function candidateFilter(filters: CandidateSearchFilters, geo: { latitude: number; longitude: number } | null) {
	return [
		anyOf('placeTypes', filters.types),
		anyOf('sectors', filters.sectors),
		anyOf('homeMunicipality', filters.municipalities),
		anyOf('workEnvironment', filters.workEnvironment),
		anyOf('languages', filters.languages),
		anyOf('stage', filters.stages),
		hoursOverlap(filters.hoursMin, filters.hoursMax),
		filters.radiusKm !== null && geo
			? `_geoRadius(${geo.latitude}, ${geo.longitude}, ${filters.radiusKm * 1000})`
			: null,
	]
}

const highlightParams = {
	attributesToHighlight: ['interests', 'happyWhen', 'talents', 'experience'],
	highlightPreTag: HIGHLIGHT_PRE,
	highlightPostTag: HIGHLIGHT_POST,
} satisfies SearchParams

type CandidateHitDocument = CandidateDocument & { _formatted?: Record<string, string> }

async function runCandidateQuery(label: string, q: string, filter: string, client?: Meilisearch, sort?: string[]) {
	return trySearch(
		label,
		(meili) =>
			rankedSearch<CandidateDocument>(meili, {
				uid: indexUid('candidates'),
				words: tokenize(q),
				filter,
				sort,
				facets: candidateFacets,
				limit: MAX_RESULTS,
				highlight: highlightParams,
			}),
		client,
	).then((found) => found && { documents: found.hits, total: found.total, facets: found.facets })
}

function highlights(document: CandidateHitDocument) {
	const formatted = document._formatted ?? {}
	return {
		interests: cropSegments(toSegments(formatted.interests ?? document.interests ?? ''), 30),
		happyWhen: cropSegments(toSegments(formatted.happyWhen ?? document.happyWhen ?? ''), 30),
		talents: cropSegments(toSegments(formatted.talents ?? document.talents ?? ''), 30),
	}
}

// --- Find candidates for a place (coach) ---------------------------------------------------------

export type PlaceForMatching = {
	id: string
	title: string
	tasks: string | null
	type: string
	hoursMin: number
	hoursMax: number
	adaptations: string[]
	latitude: number | null
	longitude: number | null
	organizationName: string
	town: string | null
}

/** A place any coach may match against: published places only. */
export async function getPlaceForMatching(placeId: string): Promise<PlaceForMatching | null> {
	const place = await prisma.place.findFirst({
		where: { AND: [{ id: placeId }, publishedWhere(now())] },
		select: {
			id: true,
			title: true,
			tasks: true,
			type: true,
			hoursMin: true,
			hoursMax: true,
			adaptations: true,
			latitude: true,
			longitude: true,
			town: true,
			organization: { select: { name: true, town: true } },
		},
	})
	if (!place) return null
	return {
		...place,
		adaptations: parseKeyList(place.adaptations, adaptationOptions),
		organizationName: place.organization.name,
		town: place.town ?? place.organization.town,
	}
}

export function defaultCandidateFilters(place: PlaceForMatching): CandidateSearchFilters {
	return {
		q: placeQueryTerms(place).join(' '),
		types: [place.type] as CandidateSearchFilters['types'],
		sectors: [],
		municipalities: [],
		workEnvironment: [],
		languages: [],
		stages: [],
		hoursMin: place.hoursMin,
		hoursMax: place.hoursMax,
		radiusKm: place.latitude !== null ? DEFAULT_CANDIDATE_RADIUS_KM : null,
		page: 1,
	}
}

export type CandidateWhy = {
	words: Array<{ term: string; words: string[] }>
	distanceKm: number | null
	withinRadius: boolean | null
	travelRadiusKm: number | null
	hours: HoursFit
	covered: ReturnType<typeof coverageOf>['covered']
	uncovered: ReturnType<typeof coverageOf>['uncovered']
	typeWished: boolean
}

export type CandidateHit = {
	id: string
	code: string
	name: string
	stage: string
	homeMunicipality: string | null
	hoursMin: number | null
	hoursMax: number | null
	interests: Segment[]
	happyWhen: Segment[]
	talents: Segment[]
	why: CandidateWhy
}

export type CandidateSearchResult = {
	status: 'ok' | 'limited'
	hits: CandidateHit[]
	total: number
	page: number
	pageCount: number
	facets: FacetCounts
}

function explainCandidate(
	document: PseudonymisedProfile & { _geo: CandidateDocument['_geo'] },
	place: PlaceForMatching,
	matched: string[],
): CandidateWhy {
	const distance =
		document._geo && place.latitude !== null && place.longitude !== null
			? distanceKm(
					{ latitude: document._geo.lat, longitude: document._geo.lng },
					{ latitude: place.latitude, longitude: place.longitude },
				)
			: null
	const { covered, uncovered } = coverageOf(document.workEnvironment, place.adaptations)
	return {
		words: explainTerms(
			placeQueryTerms(place).map((term) => ({ term })),
			matched,
		),
		distanceKm: distance === null ? null : Math.round(distance * 10) / 10,
		withinRadius: distance === null || document.travelRadiusKm === null ? null : distance <= document.travelRadiusKm,
		travelRadiusKm: document.travelRadiusKm,
		hours: hoursFit(document, place),
		covered,
		uncovered,
		typeWished: document.placeTypes.includes(place.type),
	}
}

export async function searchCandidatesForPlace(
	{
		organizationId,
		viewerId,
		place,
		filters,
	}: { organizationId: string; viewerId: string; place: PlaceForMatching; filters: CandidateSearchFilters },
	client?: Meilisearch,
): Promise<CandidateSearchResult> {
	const geo =
		place.latitude !== null && place.longitude !== null
			? { latitude: place.latitude, longitude: place.longitude }
			: null
	const filter = joinFilters([
		`organizationId = ${JSON.stringify(organizationId)}`,
		'active = true',
		...candidateFilter(filters, geo),
	])
	const sort = geo ? [`_geoPoint(${geo.latitude}, ${geo.longitude}):asc`] : undefined
	const found = await runCandidateQuery('candidates-for-place', tokenize(filters.q).join(' '), filter, client, sort)

	// Names come from the database, for this organisation only (belt and braces over the index filter).
	const documents: Array<CandidateHitDocument> = found
		? found.documents
		: await candidatesFromDatabase({ organizationId, active: true, erasedAt: null })
	const identities = await prisma.candidate.findMany({
		where: { id: { in: documents.map((document) => document.id) }, organizationId, erasedAt: null },
		select: { id: true, code: true, firstName: true, lastName: true },
	})
	const byId = new Map(identities.map((identity) => [identity.id, identity]))
	const hits = documents
		.filter((document) => byId.has(document.id))
		.map((document): CandidateHit => {
			const segments = highlights(document)
			const matched = [
				...markedWords(segments.interests),
				...markedWords(segments.happyWhen),
				...markedWords(segments.talents),
			]
			return {
				id: document.id,
				code: document.code,
				name: candidateDisplayName(byId.get(document.id)!),
				stage: document.stage,
				homeMunicipality: document.homeMunicipality,
				hoursMin: document.hoursMin,
				hoursMax: document.hoursMax,
				...segments,
				why: explainCandidate(document, place, matched),
			}
		})
	const { items, page, pageCount } = pageOf(hits, filters.page)
	await logCandidateAccess(
		viewerId,
		items.map((hit) => hit.id),
		'CASELOAD',
	)
	return {
		status: found ? 'ok' : 'limited',
		hits: items,
		total: found?.total ?? hits.length,
		page,
		pageCount,
		facets: found?.facets ?? {},
	}
}

async function candidatesFromDatabase(where: Prisma.CandidateWhereInput): Promise<CandidateHitDocument[]> {
	const rows = await prisma.candidate.findMany({
		where,
		select: { ...pseudonymisedProfileSelect, id: true, organizationId: true, active: true, confirmedAt: true },
		orderBy: { confirmedAt: 'desc' },
		take: MAX_RESULTS,
	})
	return rows.map((row) => {
		const profile = toPseudonymisedProfile(row)
		return {
			...profile,
			id: row.id,
			organizationId: row.organizationId,
			active: row.active,
			confirmedAt: row.confirmedAt.getTime(),
			employerVisible: false,
			_geo: municipalityCentre(profile.homeMunicipality),
		}
	})
}

// --- The employer's pool --------------------------------------------------------------------------

export type PoolCandidate = { profile: PseudonymisedProfile; interests: Segment[]; talents: Segment[] }
export type PoolResult = {
	status: 'ok' | 'limited'
	candidates: PoolCandidate[]
	total: number
	page: number
	pageCount: number
	facets: FacetCounts
}

/** The employer-facing filter: always the gate's flag, activity and freshness, whatever else was asked. */
export function employerPoolFilter(moment: Date) {
	return [
		'employerVisible = true',
		'active = true',
		`confirmedAt > ${staleBefore(moment, getStaleAfterDays()).getTime()}`,
	]
}

/** The index's marks only when the index text is still the profile's text; else the plain current text. */
function currentHighlight(formatted: string | undefined, text: string | null): Segment[] {
	const segments = toSegments(formatted)
	return segments.map((segment) => segment.text).join('') === (text ?? '') ? segments : toSegments(text)
}

export async function searchCandidatePool(
	{ filters }: { filters: CandidateSearchFilters },
	client?: Meilisearch,
): Promise<PoolResult> {
	const moment = now()
	// Employers never filter on stage or on a point: the coaching organisation's view only.
	const employerFilters = { ...filters, stages: [], radiusKm: null }
	const filter = joinFilters([...employerPoolFilter(moment), ...candidateFilter(employerFilters, null)])
	const found = await runCandidateQuery('candidate-pool', tokenize(filters.q).join(' '), filter, client)
	const ids = found ? found.documents.map((document) => document.id) : null
	// The gate decides, not the index.
	const rows = await prisma.candidate.findMany({
		where: { AND: [ids ? { id: { in: ids } } : {}, employerVisibleCandidateWhere(moment)] },
		select: { ...pseudonymisedProfileSelect, id: true },
		orderBy: { confirmedAt: 'desc' },
		take: MAX_RESULTS,
	})
	const byId = new Map(rows.map((row) => [row.id, row]))
	const formattedById = new Map((found?.documents ?? []).map((document) => [document.id, document._formatted ?? {}]))
	const orderedIds = ids ? ids.filter((id) => byId.has(id)) : rows.map((row) => row.id)
	const candidates = orderedIds.map((id): PoolCandidate => {
		const profile = toPseudonymisedProfile(byId.get(id)!)
		const formatted = formattedById.get(id) ?? {}
		return {
			profile,
			interests: cropSegments(currentHighlight(formatted.interests, profile.interests), 30),
			talents: cropSegments(currentHighlight(formatted.talents, profile.talents), 20),
		}
	})
	const { items, page, pageCount } = pageOf(candidates, filters.page)
	return {
		status: found ? 'ok' : 'limited',
		candidates: items,
		// Below the cap the gate-checked count is exact; at the cap the engine's estimate says how many more.
		total: found && candidates.length === MAX_RESULTS ? found.total : candidates.length,
		page,
		pageCount,
		facets: found?.facets ?? {},
	}
}
