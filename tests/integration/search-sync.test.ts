// The index pipeline on the real Meilisearch: settings, outbox sync (with a crash mid-batch),
// reindex with swap, a killed and restarted engine, and the database fallback when it is down.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { type Meilisearch } from 'meilisearch'
import { prisma } from '#app/utils/db.server.ts'
import { createMeilisearchClient, initSearch } from '#search/client.server.ts'
import { ensureSearchIndexes, indexUid } from '#search/indexes.server.ts'
import { markForReindexNow } from '#search/outbox.server.ts'
import { reindex } from '#search/reindex.server.ts'
import { drainSearchOutbox, drainSearchOutboxFully } from '#search/sync.server.ts'
import { buildSynonyms } from '#search/settings.ts'
import { defaultPlaceFilters, searchPlaces, type MatchProfile } from '#app/domain/matching/place-search.server.ts'
import { startTestMeilisearch } from '#tests/meilisearch-harness.ts'
import { createEmployer, createSearchablePlace, syncSearch } from '#tests/search-fixtures.ts'

let client: Meilisearch

beforeAll(async () => {
	client = await initSearch()
	await ensureSearchIndexes(client)
})

async function placeIds(meili: Meilisearch = client) {
	const { results } = await meili.index(indexUid('places')).getDocuments({ limit: 1000, fields: ['id', 'title'] })
	return new Map(results.map((document) => [document.id as string, document.title as string]))
}

const profile: MatchProfile = {
	code: 'K-TEST',
	happyWhen: 'Buiten in de tuin',
	interests: 'horeca, koken',
	talents: null,
	learningGoals: null,
	placeTypes: ['WORK_EXPERIENCE'],
	sectors: [],
	hoursMin: 8,
	hoursMax: 20,
	days: [],
	homeMunicipality: 'Doetinchem',
	travelRadiusKm: 15,
	transport: [],
	workEnvironment: [],
	languages: [],
	experience: null,
	training: null,
	stage: 'JOB_SEEKING',
	latitude: 51.965,
	longitude: 6.2886,
}

describe('index settings', () => {
	it('applies the settings from code, and applying them again changes nothing', async () => {
		const settings = await client.index(indexUid('places')).getSettings()
		expect(settings.synonyms?.horeca).toEqual(expect.arrayContaining(['keuken', 'bediening', 'café']))
		expect(settings.stopWords).toContain('het')
		expect(settings.filterableAttributes).toEqual(expect.arrayContaining(['type', 'hoursMin', '_geo']))
		expect(settings.searchableAttributes?.[0]).toBe('title')
		const candidates = await client.index(indexUid('candidates')).getSettings()
		expect(candidates.filterableAttributes).toEqual(expect.arrayContaining(['organizationId', 'employerVisible']))
		await ensureSearchIndexes(client)
		expect(await client.index(indexUid('places')).getSettings()).toEqual(settings)
	})

	it('makes equivalent synonym groups work both ways', () => {
		const synonyms = buildSynonyms({ oneWay: { groen: ['hovenier'] }, equivalent: [['afwas', 'spoelkeuken']] })
		expect(synonyms).toEqual({ groen: ['hovenier'], afwas: ['spoelkeuken'], spoelkeuken: ['afwas'] })
	})
})

describe('outbox sync', () => {
	it('indexes published places, deletes unpublished ones, and loses nothing when a batch crashes', async () => {
		const employer = await createEmployer()
		const kept = await createSearchablePlace({ organizationId: employer.id, title: 'Medewerker bediening café' })
		const draft = await createSearchablePlace({ organizationId: employer.id, title: 'Concept', status: 'DRAFT' })

		// The worker dies after writing to the index and before marking its rows: they stay pending.
		await expect(
			drainSearchOutbox({ client, beforeMarkingProcessed: () => Promise.reject(new Error('crash')) }),
		).resolves.toMatchObject({ failed: 2 })
		expect(await prisma.searchOutbox.count({ where: { processedAt: null } })).toBe(2)
		await prisma.searchOutbox.updateMany({ data: { availableAt: new Date(0) } })

		// A change made in between is not overwritten by the replay: the worker reads the current state.
		await prisma.place.update({ where: { id: kept.id }, data: { title: 'Medewerker bediening lunchroom' } })
		await markForReindexNow('places', [kept.id])
		await syncSearch(client)
		const ids = await placeIds()
		expect(ids.get(kept.id)).toBe('Medewerker bediening lunchroom')
		expect(ids.has(draft.id)).toBe(false)
		expect(await prisma.searchOutbox.count({ where: { processedAt: null } })).toBe(0)

		// Running it twice is harmless.
		await markForReindexNow('places', [kept.id, kept.id])
		await syncSearch(client)
		await syncSearch(client)
		expect((await placeIds()).get(kept.id)).toBe('Medewerker bediening lunchroom')

		await prisma.place.update({ where: { id: kept.id }, data: { status: 'CLOSED' } })
		await markForReindexNow('places', [kept.id])
		await syncSearch(client)
		expect((await placeIds()).has(kept.id)).toBe(false)
	})
})

describe('reindex', () => {
	it('rebuilds into a fresh index, swaps it in, and replays changes made while it ran', async () => {
		const employer = await createEmployer('Reindex BV')
		const place = await createSearchablePlace({ organizationId: employer.id, title: 'Orderpicker magazijn' })
		await syncSearch(client)
		// An index that drifted (e.g. restored from an old snapshot) is repaired by the rebuild.
		await client.index(indexUid('places')).deleteDocument(place.id).waitTask()

		let changedDuringRebuild = false
		const progress: string[] = []
		await reindex(client, 'places', async (step) => {
			progress.push(step.phase)
			if (step.phase === 'documents' && !changedDuringRebuild) {
				changedDuringRebuild = true
				await prisma.place.update({ where: { id: place.id }, data: { title: 'Orderpicker logistiek' } })
				await markForReindexNow('places', [place.id])
				// The live worker writes it to the old index, which the swap is about to replace.
				await drainSearchOutboxFully({ client })
			}
		})
		expect(progress).toEqual(expect.arrayContaining(['documents', 'swapped', 'done']))
		const { results: indexes } = await client.getIndexes({ limit: 1000 })
		expect(indexes.filter((index) => index.uid.startsWith(`${indexUid('places')}_rebuild_`))).toEqual([])
		await syncSearch(client)
		expect((await placeIds()).get(place.id)).toBe('Orderpicker logistiek')
		// The settings came along.
		expect((await client.index(indexUid('places')).getSettings()).synonyms?.magazijn).toContain('orderpicken')
	})
})

describe('when Meilisearch is down or restarted', () => {
	it('keeps writes, shows a limited database listing, and catches up when it is back without losing anything', async () => {
		const own = await startTestMeilisearch({ logger: () => {} })
		try {
			const meili = createMeilisearchClient({ host: own.host, apiKey: own.apiKey })
			await ensureSearchIndexes(meili)
			const employer = await createEmployer('Herstart BV')
			const before = await createSearchablePlace({ organizationId: employer.id, title: 'Hovenier groenvoorziening' })
			await drainSearchOutboxFully({ client: meili })
			expect((await placeIds(meili)).has(before.id)).toBe(true)

			// Killed hard: no chance to flush anything.
			process.kill(own.server.pid()!, 'SIGKILL')
			await new Promise((resolve) => setTimeout(resolve, 300))
			const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
			const during = await createSearchablePlace({ organizationId: employer.id, title: 'Medewerker keuken' })
			const failed = await drainSearchOutbox({ client: meili })
			expect(failed.failed).toBeGreaterThan(0)
			expect(await prisma.searchOutbox.count({ where: { documentId: during.id, processedAt: null } })).toBe(1)

			const limited = await searchPlaces({ profile, filters: defaultPlaceFilters(profile) }, meili)
			expect(limited.status).toBe('limited')
			expect(limited.hits.map((hit) => hit.place.id)).toEqual(expect.arrayContaining([before.id, during.id]))
			warn.mockRestore()

			// The supervisor of the app restarts it; here we restart it on the same data directory.
			const { startEmbeddedMeilisearch } = await import('#search/embedded-meilisearch.server.ts')
			const restarted = await startEmbeddedMeilisearch({
				dataDir: own.dataDir,
				port: Number(new URL(own.host).port),
				maxRestarts: 0,
				logger: () => {},
			})
			try {
				await prisma.searchOutbox.updateMany({ data: { availableAt: new Date(0) } })
				await drainSearchOutboxFully({ client: meili })
				const ids = await placeIds(meili)
				expect(ids.has(before.id)).toBe(true)
				expect(ids.has(during.id)).toBe(true)
				const ok = await searchPlaces({ profile, filters: defaultPlaceFilters(profile) }, meili)
				expect(ok.status).toBe('ok')
			} finally {
				await restarted.stop()
			}
		} finally {
			await own.stop().catch(() => {})
		}
	})
})

afterAll(async () => {
	const { results } = await client.getIndexes({ limit: 1000 })
	for (const index of results)
		if (index.uid.startsWith(process.env.MEILI_INDEX_PREFIX!)) await client.deleteIndex(index.uid).waitTask()
})
