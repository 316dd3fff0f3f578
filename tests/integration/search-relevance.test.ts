// Relevance of "find places for a candidate": hand-written profiles against hand-written places in
// the real Meilisearch with the real settings and synonyms. Recall@3 over all cases must be at least
// 0.9, and every typo and synonym case must be found by its text (not merely for being near) in the
// top 3. On failure the failing cases are printed with their top 3, for tuning.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

// Our own indexes in the shared test Meilisearch, before any app module reads the environment.
vi.hoisted(() => {
	process.env.MEILI_INDEX_PREFIX = `relevance_${process.pid}_${Date.now()}_`
})

import { distanceKm } from '#app/domain/geo/distance.ts'
import { adaptationsForNeeds } from '#app/domain/matching/match-rules.ts'
import { defaultPlaceFilters, searchPlaces } from '#app/domain/matching/place-search.server.ts'
import { createMeilisearchClient } from '#search/client.server.ts'
import { ensureSearchIndexes, indexUid } from '#search/indexes.server.ts'
import { searchIndexNames } from '#search/outbox.server.ts'
import { relevanceCases, type RelevanceCase } from '#tests/fixtures/relevance-cases.ts'
import { relevancePlaces } from '#tests/fixtures/relevance-places.ts'

const RECALL_TARGET = 0.9
const TOP = 3

const client = createMeilisearchClient({ host: process.env.MEILI_HOST!, apiKey: process.env.MEILI_API_KEY! })
const placesById = new Map(relevancePlaces.map((place) => [place.id, place]))

type Outcome = {
	case: RelevanceCase
	status: string
	query: string
	top: Array<{ id: string; title: string; textMatch: boolean }>
	rank: number | null
	foundByText: boolean
}

let outcomes: Outcome[] = []

beforeAll(async () => {
	await ensureSearchIndexes(client)
	const task = await client
		.index(indexUid('places'))
		.addDocuments(relevancePlaces, { primaryKey: 'id' })
		.waitTask({ timeout: 60_000, interval: 50 })
	expect(task.status, task.error?.message).toBe('succeeded')

	outcomes = []
	for (const relevanceCase of relevanceCases) {
		const filters = defaultPlaceFilters(relevanceCase.profile)
		const result = await searchPlaces({ profile: relevanceCase.profile, filters }, client)
		const top = result.hits
			.slice(0, TOP)
			.map((hit) => ({ id: hit.place.id, title: hit.place.title, textMatch: hit.textMatch }))
		const index = result.hits.findIndex((hit) => hit.place.id === relevanceCase.expected)
		outcomes.push({
			case: relevanceCase,
			status: result.status,
			query: filters.q,
			top,
			rank: index === -1 ? null : index + 1,
			foundByText: index !== -1 && result.hits[index]!.textMatch,
		})
	}
})

afterAll(async () => {
	for (const name of searchIndexNames) await client.deleteIndex(indexUid(name)).waitTask({ timeout: 60_000 })
})

function inTop(outcome: Outcome) {
	return outcome.rank !== null && outcome.rank <= TOP
}

function describeOutcome(outcome: Outcome) {
	const top = outcome.top
		.map((hit, i) => `      ${i + 1}. ${hit.id}${hit.textMatch ? '' : ' (no text match)'} — ${hit.title}`)
		.join('\n')
	return [
		`  ✗ [${outcome.case.kind}] ${outcome.case.name}`,
		`      query "${outcome.query}", expected ${outcome.case.expected} at rank ${outcome.rank ?? 'not found'}${
			outcome.rank !== null && !outcome.foundByText ? ' (no text match)' : ''
		}`,
		top || '      (no hits)',
	].join('\n')
}

describe('the fixtures', () => {
	it('have at least 30 cases, including typos and synonyms, and about 60 places', () => {
		expect(relevanceCases.length).toBeGreaterThanOrEqual(30)
		expect(relevanceCases.filter((c) => c.kind === 'typo').length).toBeGreaterThanOrEqual(4)
		expect(relevanceCases.filter((c) => c.kind === 'synonym').length).toBeGreaterThanOrEqual(8)
		expect(relevancePlaces.length).toBeGreaterThanOrEqual(55)
		expect(new Set(relevancePlaces.map((place) => place.id)).size).toBe(relevancePlaces.length)
	})

	// Otherwise a failing case would be about the filters, not about the ranking.
	it.each(relevanceCases.map((c) => [c.name, c] as const))('%s: the expected place passes the filters', (_, c) => {
		const place = placesById.get(c.expected)
		expect(place, `unknown place ${c.expected}`).toBeDefined()
		const { profile } = c
		expect(profile.placeTypes).toContain(place!.type)
		expect(place!.hoursMin).toBeLessThanOrEqual(profile.hoursMax!)
		expect(place!.hoursMax).toBeGreaterThanOrEqual(profile.hoursMin!)
		for (const adaptation of adaptationsForNeeds(profile.workEnvironment))
			expect(place!.adaptations).toContain(adaptation)
		const distance = distanceKm(
			{ latitude: profile.latitude!, longitude: profile.longitude! },
			{ latitude: place!._geo!.lat, longitude: place!._geo!.lng },
		)
		expect(distance).toBeLessThanOrEqual(profile.travelRadiusKm!)
	})
})

describe('place search relevance', () => {
	it('answers from Meilisearch, not the database fallback', () => {
		expect(outcomes.filter((outcome) => outcome.status !== 'ok').map((outcome) => outcome.case.name)).toEqual([])
	})

	it(`has recall@${TOP} of at least ${RECALL_TARGET}`, () => {
		const failing = outcomes.filter((outcome) => !inTop(outcome))
		const recall = (outcomes.length - failing.length) / outcomes.length
		if (failing.length > 0) {
			console.warn(
				`recall@${TOP} = ${recall.toFixed(3)} (${outcomes.length - failing.length}/${outcomes.length}); not in the top ${TOP}:\n${failing
					.map(describeOutcome)
					.join('\n')}`,
			)
		}
		expect(recall).toBeGreaterThanOrEqual(RECALL_TARGET)
	})

	const wordCases = relevanceCases.filter((c) => c.kind !== 'plain')
	it.each(wordCases.map((c) => [c.name, c] as const))('%s: in the top 3, found by the text', (_, c) => {
		const outcome = outcomes.find((candidate) => candidate.case === c)!
		expect(inTop(outcome) && outcome.foundByText, describeOutcome(outcome)).toBe(true)
	})
})
