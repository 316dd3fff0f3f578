// `npm run bench`: a deterministic synthetic data set in a throwaway SQLite file and a throwaway
// Meilisearch, then indexing speed, query latency (undici vs fetch), the search page over HTTP,
// write-to-searchable latency, peak memory and an SQLite FTS5 baseline. Results go to bench/results/.
//
//   npm run bench                       100 000 places, 100 000 candidates, 1 000 queries, 4 clients
//   npm run bench -- --small            5 000 / 5 000 / 200
//   npm run bench -- --places 20000 --candidates 20000 --queries 500 --concurrency 8
//   npm run bench -- --small --app-root /tmp/wv-copy   the search page from a built copy (npm run build there)
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'
import { type Meilisearch } from 'meilisearch'
import { createRandom } from './synthetic.ts'
import { formatSummary, megabytes, ms, progress, round, runConcurrently, summarize, type Summary } from './stats.ts'

const benchDir = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(benchDir, '..')
const tmpRoot = path.join(benchDir, '.tmp')
const resultsDir = path.join(benchDir, 'results')

// --- Options ------------------------------------------------------------------------------------

type Options = {
	places: number
	candidates: number
	queries: number
	concurrency: number
	small: boolean
	/** Where the built app lives (default: this checkout); a copy lets the bench use a fresh build without touching ours. */
	appRoot: string
}

function parseOptions(argv: string[]): Options {
	const options: Options = {
		places: 100_000,
		candidates: 100_000,
		queries: 1000,
		concurrency: 4,
		small: false,
		appRoot: root,
	}
	const explicit = new Set<string>()
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!
		if (arg === '--small') {
			options.small = true
			continue
		}
		if (arg === '--help' || arg === '-h') {
			console.log(
				'npm run bench -- [--places N] [--candidates N] [--queries N] [--concurrency N] [--small] [--app-root DIR]',
			)
			process.exit(0)
		}
		const [flag, inline] = arg.split('=', 2) as [string, string | undefined]
		if (flag === '--app-root') {
			options.appRoot = path.resolve(inline ?? argv[++i] ?? '.')
			continue
		}
		const key = flag.replace(/^--/, '') as keyof Options
		if (!['places', 'candidates', 'queries', 'concurrency'].includes(key)) throw new Error(`Unknown option ${arg}`)
		const value = Number(inline ?? argv[++i])
		if (!Number.isInteger(value) || value < 1) throw new Error(`${flag} needs a positive whole number`)
		;(options[key] as number) = value
		explicit.add(key)
	}
	if (options.small) {
		if (!explicit.has('places')) options.places = 5000
		if (!explicit.has('candidates')) options.candidates = 5000
		if (!explicit.has('queries')) options.queries = 200
	}
	return options
}

const options = parseOptions(process.argv.slice(2))

// Node prints a warning every time it recurs (e.g. MaxListenersExceededWarning from the Meilisearch
// transport's polling): show each once and count them in the results instead.
const warnings = new Map<string, number>()
process.removeAllListeners('warning')
process.on('warning', (warning) => {
	const key = `${warning.name}: ${warning.message}`
	warnings.set(key, (warnings.get(key) ?? 0) + 1)
	if (warnings.get(key) === 1) console.warn(`  (shown once) ${key}`)
})

// --- The throwaway environment, set BEFORE any app module loads ----------------------------------

fs.mkdirSync(tmpRoot, { recursive: true })
const runDir = fs.mkdtempSync(path.join(tmpRoot, 'run-'))
const databaseFile = path.join(runDir, 'bench.db')
const INDEX_PREFIX = `bench_${process.pid}_`
process.env.DATABASE_URL = `file:${databaseFile}`
process.env.DATA_DIR = path.join(runDir, 'data')
process.env.MEILI_INDEX_PREFIX = INDEX_PREFIX
process.env.LOG_LEVEL = 'warn'
delete process.env.MEILI_HOST
delete process.env.MEILI_API_KEY
fs.mkdirSync(process.env.DATA_DIR, { recursive: true })

const { findFreePort } = await import('#tests/meilisearch-harness.ts')
const { startEmbeddedMeilisearch } = await import('#search/embedded-meilisearch.server.ts')
const synthetic = await import('./synthetic.ts')

const WARM_UP = 50
const BATCH_SIZE = 10_000
const FACETS = ['type', 'sector', 'town', 'adaptations', 'supervision']
const DAY = 24 * 60 * 60 * 1000

let meiliServer: Awaited<ReturnType<typeof startEmbeddedMeilisearch>> | undefined
let appChild: ChildProcess | undefined
let cleanedUp = false

async function cleanup() {
	if (cleanedUp) return
	cleanedUp = true
	if (appChild && appChild.exitCode === null && appChild.signalCode === null) await stopChild(appChild)
	try {
		const { stopSearchSync } = await import('#search/sync.server.ts')
		stopSearchSync()
		const { prisma } = await import('#app/utils/db.server.ts')
		await prisma.$disconnect()
	} catch {
		// Nothing loaded yet.
	}
	await meiliServer?.stop()
	fs.rmSync(runDir, { recursive: true, force: true })
}

// Last resort when the process ends without cleanup (e.g. killed while better-sqlite3 blocks the loop):
// the children run in their own process groups and would otherwise outlive us.
process.once('exit', () => {
	for (const pid of [appChild?.pid, meiliServer?.pid()]) {
		if (!pid) continue
		try {
			process.kill(pid, 'SIGKILL')
		} catch {
			// Already gone.
		}
	}
})

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.once(signal, () => {
		console.log(`\n${signal}: cleaning up …`)
		void cleanup().finally(() => process.exit(130))
	})
}

function heading(title: string) {
	console.log(`\n== ${title}`)
}

// --- Main ---------------------------------------------------------------------------------------

type ClientResult = { processing: Summary; roundTrip: Summary; zeroHits: number; meanHits: number }
type Results = Record<string, unknown> & {
	targets?: Array<{ name: string; value: string; target: string; status: 'PASS' | 'FAIL' | 'SKIP' }>
}

async function main() {
	const startedAt = Date.now()
	const results: Results = {
		date: new Date(startedAt).toISOString(),
		options,
		machine: {
			cpus: os.cpus().length,
			cpuModel: os.cpus()[0]?.model ?? 'unknown',
			memoryMb: Math.round(os.totalmem() / 1024 / 1024),
			node: process.version,
			platform: `${process.platform}-${process.arch}`,
		},
	}
	console.log(
		`Werkverbinder search benchmark: ${options.places} places, ${options.candidates} candidates, ` +
			`${options.queries} queries, concurrency ${options.concurrency} (${os.cpus().length} CPUs, Node ${process.version})`,
	)
	console.log(`Scratch directory: ${path.relative(root, runDir)}`)

	heading('Setup')
	const setupStarted = performance.now()
	execFileSync(path.join(root, 'node_modules', '.bin', 'prisma'), ['migrate', 'deploy'], {
		cwd: root,
		env: { ...process.env, DATABASE_URL: `file:${databaseFile}` },
		stdio: 'pipe',
	})
	console.log(`  migrated SQLite database in ${ms(performance.now() - setupStarted)}`)

	const meiliPort = await findFreePort()
	meiliServer = await startEmbeddedMeilisearch({
		dataDir: path.join(runDir, 'meili'),
		port: meiliPort,
		maxRestarts: 0,
		environment: 'development',
	})
	const meiliPid = meiliServer.pid()
	console.log(`  Meilisearch on ${meiliServer.host} (pid ${meiliPid})`)

	const { createMeilisearchClient } = await import('#search/client.server.ts')
	const { Meilisearch } = await import('meilisearch')
	const undiciClient = createMeilisearchClient({ host: meiliServer.host, apiKey: meiliServer.apiKey })
	const fetchClient = new Meilisearch({ host: meiliServer.host, apiKey: meiliServer.apiKey })
	results.meilisearchVersion = (await undiciClient.getVersion()).pkgVersion

	const { prisma, prepareDatabase } = await import('#app/utils/db.server.ts')
	await prepareDatabase()
	const { listTowns } = await import('#app/domain/geo/towns.server.ts')
	const { municipalityCentre } = await import('#search/documents.server.ts')
	const towns = listTowns()
	const centres = new Map<string, { lat: number; lng: number } | null>()
	const centreOf = (municipality: string) => {
		if (!centres.has(municipality)) centres.set(municipality, municipalityCentre(municipality))
		return centres.get(municipality)!
	}

	// Employers, coaching organisations and places in the database: the outbox worker, the app and the
	// FTS5 baseline read them there.
	const employers = synthetic.createEmployers(Math.max(10, Math.ceil(options.places / 20)), towns)
	const coachingIds = Array.from({ length: 20 }, (_, index) => `bench-coaching-${index}`)
	await prisma.organization.createMany({
		data: [
			...employers.map((employer) => ({
				id: employer.id,
				kind: 'EMPLOYER',
				name: employer.name,
				sector: employer.sector,
				town: employer.town.label,
				municipality: employer.town.municipality,
				latitude: employer.town.latitude,
				longitude: employer.town.longitude,
			})),
			...coachingIds.map((id, index) => ({ id, kind: 'COACHING', name: `Jobcoachorganisatie ${index}` })),
		],
	})
	const seedProgress = progress('places into SQLite', options.places)
	let rows: Array<Record<string, unknown>> = []
	let written = 0
	const flush = async () => {
		if (rows.length === 0) return
		await prisma.place.createMany({ data: rows as never })
		written += rows.length
		rows = []
		seedProgress.update(written)
	}
	for (const { document } of synthetic.generatePlaces(options.places, employers, towns, startedAt)) {
		rows.push({
			id: document.id,
			organizationId: document.organizationId,
			type: document.type,
			title: document.title,
			description: document.description,
			tasks: document.tasks,
			sector: document.sector,
			locationMode: 'TOWN',
			town: document.town,
			municipality: document.municipality,
			latitude: document._geo?.lat ?? null,
			longitude: document._geo?.lng ?? null,
			workMode: document.workMode,
			hoursMin: document.hoursMin,
			hoursMax: document.hoursMax,
			days: JSON.stringify(document.days),
			spots: document.spots,
			supervision: JSON.stringify(document.supervision),
			adaptations: JSON.stringify(document.adaptations),
			accessibility: JSON.stringify(document.accessibility),
			requirements: document.requirements,
			learning: document.learning,
			status: 'PUBLISHED',
			publishedAt: new Date(document.publishedAt),
			expiresAt: new Date(document.publishedAt + 90 * DAY),
		})
		if (rows.length >= 5000) await flush()
	}
	await flush()
	seedProgress.done()

	// The documents we index directly must be exactly what the outbox worker builds from the rows.
	const { buildPlaceDocuments } = await import('#search/documents.server.ts')
	const first = synthetic.generatePlaces(1, employers, towns, startedAt).next().value!.document
	const rebuilt = (await buildPlaceDocuments([first.id])).upserts[0]
	if (JSON.stringify(sortKeys(rebuilt)) !== JSON.stringify(sortKeys(first))) {
		console.warn('  WARNING: the synthetic place document differs from what documents.server.ts builds:')
		console.warn(
			`    synthetic: ${JSON.stringify(sortKeys(first))}\n    rebuilt:   ${JSON.stringify(sortKeys(rebuilt))}`,
		)
	} else console.log('  synthetic place documents match documents.server.ts (checked one)')

	// --- Indexing ---------------------------------------------------------------------------------
	heading('Indexing (settings from search/settings.ts, addDocuments in batches of 10 000)')
	const { applyIndexSettings, indexUid } = await import('#search/indexes.server.ts')
	const { indexSettings } = await import('#search/settings.ts')
	const placesUid = indexUid('places')
	const candidatesUid = indexUid('candidates')
	await applyIndexSettings(undiciClient, placesUid, indexSettings.places)
	await applyIndexSettings(undiciClient, candidatesUid, indexSettings.candidates)

	const placeIndexing = await indexAll(
		undiciClient,
		placesUid,
		options.places,
		(function* () {
			for (const { document } of synthetic.generatePlaces(options.places, employers, towns, startedAt)) yield document
		})(),
	)
	console.log(`  places: ${placeIndexing.seconds.toFixed(1)} s, ${Math.round(placeIndexing.docsPerSecond)} docs/s`)
	const candidateIndexing = await indexAll(
		undiciClient,
		candidatesUid,
		options.candidates,
		synthetic.generateCandidates(options.candidates, coachingIds, towns, centreOf, startedAt),
	)
	console.log(
		`  candidates: ${candidateIndexing.seconds.toFixed(1)} s, ${Math.round(candidateIndexing.docsPerSecond)} docs/s`,
	)
	results.indexing = { places: placeIndexing, candidates: candidateIndexing }

	// --- Queries: undici vs fetch -------------------------------------------------------------------
	heading(`Queries (${options.queries}, after ${WARM_UP} warm-up, ${options.concurrency} concurrent clients)`)
	// Home towns of the candidates the coach searches for: the centres of the radius filters.
	const homeTowns = createRandom(5).some(
		towns.filter((town) => town.name === town.municipality),
		40,
		40,
	)
	const queries = synthetic.generateQueries(options.queries, homeTowns)
	const warmUp = synthetic.generateQueries(WARM_UP, homeTowns, 99)
	const searchParams = (query: (typeof queries)[number]) => ({
		filter: synthetic.meiliFilter(query),
		facets: FACETS,
		attributesToHighlight: ['title', 'tasks', 'description'],
		showMatchesPosition: true,
		limit: 20,
	})
	const runQueries = async (label: string, client: Meilisearch): Promise<ClientResult> => {
		const index = client.index(placesUid)
		for (const query of warmUp) await index.search(query.q, searchParams(query))
		const bar = progress(label, queries.length)
		const samples = await runConcurrently(
			queries,
			options.concurrency,
			async (query) => {
				const started = performance.now()
				const response = await index.search(query.q, searchParams(query))
				return {
					roundTrip: performance.now() - started,
					processing: response.processingTimeMs,
					hits: response.estimatedTotalHits ?? response.hits.length,
				}
			},
			(done) => bar.update(done),
		)
		bar.done()
		return {
			processing: summarize(samples.map((sample) => sample.processing)),
			roundTrip: summarize(samples.map((sample) => sample.roundTrip)),
			zeroHits: samples.filter((sample) => sample.hits === 0).length,
			meanHits: round(samples.reduce((sum, sample) => sum + sample.hits, 0) / samples.length, 1),
		}
	}
	const undiciResult = await runQueries('undici httpClient (createMeilisearchClient)', undiciClient)
	const fetchResult = await runQueries('Node fetch (new Meilisearch({ host, apiKey }))', fetchClient)
	const difference = {
		p50: round(fetchResult.roundTrip.p50 - undiciResult.roundTrip.p50),
		p95: round(fetchResult.roundTrip.p95 - undiciResult.roundTrip.p95),
		p99: round(fetchResult.roundTrip.p99 - undiciResult.roundTrip.p99),
	}
	console.log(`  Meilisearch processingTimeMs:  ${formatSummary(undiciResult.processing)}`)
	console.log(`  round trip, undici:            ${formatSummary(undiciResult.roundTrip)}`)
	console.log(`  round trip, fetch:             ${formatSummary(fetchResult.roundTrip)}`)
	console.log(
		`  fetch − undici:                p50 ${ms(difference.p50)} · p95 ${ms(difference.p95)} · p99 ${ms(difference.p99)}`,
	)
	console.log(
		`  queries without hits: ${undiciResult.zeroHits}/${options.queries}; mean estimated hits ${undiciResult.meanHits}`,
	)
	results.queries = { undici: undiciResult, fetch: fetchResult, fetchMinusUndici: difference }

	// --- End to end over HTTP ------------------------------------------------------------------------
	heading('Search page over HTTP (app in production mode)')
	const endToEnd = await benchSearchPage({
		meili: { host: meiliServer.host, apiKey: meiliServer.apiKey },
		queries,
		warmUp,
		homeTowns,
		coachingId: coachingIds[0]!,
	})
	results.endToEnd = endToEnd
	if ('skipped' in endToEnd) console.log(`  skipped (${endToEnd.skipped})`)

	// --- Write to searchable ------------------------------------------------------------------------
	heading('Write to searchable (update + markForReindex, sync loop every 200 ms, poll search)')
	results.writeToSearchable = await benchWriteToSearchable(undiciClient, placesUid)

	// --- FTS5 baseline -------------------------------------------------------------------------------
	heading('SQLite FTS5 baseline (same queries, same filters, better-sqlite3, one connection)')
	results.fts5 = await benchFts5(queries, warmUp)

	// --- Memory ------------------------------------------------------------------------------------------
	heading('Peak memory')
	const benchMaxRssKb = process.resourceUsage().maxRSS
	const meiliHwmKb = readVmHwm(meiliServer.pid())
	results.memory = {
		benchMaxRssKb,
		meilisearchVmHwmKb: meiliHwmKb,
		appVmHwmKb: 'appVmHwmKb' in endToEnd ? endToEnd.appVmHwmKb : null,
	}
	console.log(`  bench process maxRSS: ${megabytes(benchMaxRssKb)}`)
	console.log(`  Meilisearch VmHWM:    ${meiliHwmKb === null ? 'n/a' : megabytes(meiliHwmKb)}`)
	if ('appVmHwmKb' in endToEnd && endToEnd.appVmHwmKb !== null)
		console.log(`  app (web server) VmHWM: ${megabytes(endToEnd.appVmHwmKb)}`)

	// --- Targets ----------------------------------------------------------------------------------------
	heading('Targets')
	results.targets = checkTargets(results, placeIndexing, undiciResult, endToEnd)
	for (const target of results.targets) {
		console.log(`  ${target.status.padEnd(4)} ${target.name}: ${target.value} (target ${target.target})`)
	}
	results.totalSeconds = round((Date.now() - startedAt) / 1000, 1)
	results.warnings = Object.fromEntries(warnings)
	for (const [warning, count] of warnings) console.log(`  ${count}× ${warning}`)

	const written_ = writeResults(results)
	console.log(`\nResults: ${written_.map((file) => path.relative(root, file)).join(', ')}`)
}

// --- Indexing -------------------------------------------------------------------------------------

async function indexAll(client: Meilisearch, uid: string, total: number, documents: Iterable<{ id: string }>) {
	const bar = progress(`${uid}`, total)
	const started = performance.now()
	const tasks: Array<{ taskUid: number; size: number }> = []
	let batch: Array<{ id: string }> = []
	const send = async () => {
		const task = await client.index(uid).addDocuments(batch, { primaryKey: 'id' })
		tasks.push({ taskUid: task.taskUid, size: batch.length })
		batch = []
	}
	for (const document of documents) {
		batch.push(document)
		if (batch.length >= BATCH_SIZE) await send()
	}
	if (batch.length > 0) await send()
	const uploaded = performance.now() - started
	let done = 0
	for (const { taskUid, size } of tasks) {
		const task = await client.tasks.waitForTask(taskUid, { timeout: 900_000, interval: 100 })
		if (task.status !== 'succeeded') throw new Error(`Indexing into ${uid} failed: ${task.error?.message}`)
		done += size
		bar.update(done, `(${Math.round(done / ((performance.now() - started) / 1000))} docs/s)`)
	}
	const seconds = (performance.now() - started) / 1000
	bar.done()
	return {
		documents: total,
		seconds: round(seconds, 2),
		docsPerSecond: round(total / seconds, 0),
		uploadSeconds: round(uploaded / 1000, 2),
	}
}

// --- The search page over HTTP ------------------------------------------------------------------------

type EndToEnd =
	| { skipped: string }
	| {
			page: Summary
			profilePage: Summary
			meiliProcessing: Summary
			ratioP50: number
			ratioP95: number
			statusCounts: Record<string, number>
			appVmHwmKb: number | null
	  }

async function benchSearchPage(input: {
	meili: { host: string; apiKey: string }
	queries: ReturnType<typeof synthetic.generateQueries>
	warmUp: ReturnType<typeof synthetic.generateQueries>
	homeTowns: ReturnType<typeof synthetic.generateQueries>[number]['town'][]
	coachingId: string
}): Promise<EndToEnd> {
	const routeFile = path.join(options.appRoot, 'app', 'routes', 'jobcoach.kandidaten.$candidateId.plekken.tsx')
	const buildFile = path.join(options.appRoot, 'build', 'server', 'index.js')
	if (!fs.existsSync(routeFile)) return { skipped: 'route missing' }
	if (!fs.existsSync(buildFile)) return { skipped: 'build/server/index.js missing: run npm run build' }
	if (!fs.readFileSync(buildFile, 'utf8').includes('jobcoach.kandidaten.$candidateId.plekken'))
		return { skipped: 'route not in build/server/index.js: run npm run build' }

	const { prisma } = await import('#app/utils/db.server.ts')
	const { createSession, serializeSessionCookie } = await import('#app/utils/session.server.ts')
	const user = await prisma.user.create({
		data: {
			email: `bench-coach-${process.pid}@example.test`,
			name: 'Bench jobcoach',
			emailVerifiedAt: new Date(),
			memberships: { create: { organizationId: input.coachingId, role: 'JOBCOACH' } },
		},
	})
	const { token, session } = await createSession(user.id, 'bench')
	const cookie = (await serializeSessionCookie(token, session.expiresAt)).split(';')[0]!
	// One candidate per home town, so the page's radius is centred where the raw queries' radius was.
	const candidateByTown = new Map<string, string>()
	for (const [index, town] of input.homeTowns.entries()) {
		const candidate = await prisma.candidate.create({
			data: {
				organizationId: input.coachingId,
				code: `B-${process.pid}-${index}`,
				firstName: 'Bench',
				lastName: `Kandidaat ${index}`,
				interests: 'koken, buiten werken',
				placeTypes: JSON.stringify(['WORK_EXPERIENCE', 'VOLUNTEER']),
				hoursMin: 8,
				hoursMax: 24,
				homeTown: town.label,
				homeMunicipality: town.municipality,
				latitude: town.latitude,
				longitude: town.longitude,
				travelRadiusKm: 20,
				primaryCoachId: user.id,
				confirmedAt: new Date(),
			},
		})
		candidateByTown.set(town.label, candidate.id)
	}
	const urlOf = (query: (typeof input.queries)[number]) => {
		const params = new URLSearchParams({ q: query.q })
		for (const type of query.types) params.append('types', type)
		params.set('hoursMin', String(query.hoursMin))
		params.set('hoursMax', String(query.hoursMax))
		params.set('radiusKm', String(query.radiusKm))
		params.set('aangepast', '1')
		return `/jobcoach/kandidaten/${candidateByTown.get(query.town.label)}/plekken?${params}`
	}

	const port = await findFreePort()
	const { child, ready } = startApp(port, input.meili)
	appChild = child
	const origin = `http://127.0.0.1:${port}`
	try {
		await ready
		console.log(`  app listening on ${origin} (pid ${child.pid})`)
		const { Agent, request } = await import('undici')
		// Production ignores DISABLE_RATE_LIMIT; its limiter counts per IP, so the clients spread over
		// loopback addresses and we measure the page, not the limiter's 429s.
		const agents = Array.from(
			{ length: 16 },
			(_, index) => new Agent({ keepAliveTimeout: 30_000, localAddress: `127.0.0.${index + 2}` }),
		)
		let sent = 0
		const statusCounts: Record<string, number> = {}
		const get = async (url: string) => {
			const dispatcher = agents[sent++ % agents.length]!
			const started = performance.now()
			const response = await request(`${origin}${url}`, { dispatcher, headers: { cookie } })
			const body = await response.body.text()
			const elapsed = performance.now() - started
			statusCounts[response.statusCode] = (statusCounts[response.statusCode] ?? 0) + 1
			return { elapsed, status: response.statusCode, body }
		}
		const probe = await get(urlOf(input.queries[0]!))
		if (probe.status !== 200) {
			throw new Error(`GET ${urlOf(input.queries[0]!)} answered ${probe.status}: ${probe.body.slice(0, 300)}`)
		}
		for (const query of input.warmUp) await get(urlOf(query))
		const bar = progress('search page', input.queries.length)
		const timings = await runConcurrently(
			input.queries,
			options.concurrency,
			async (query) => (await get(urlOf(query))).elapsed,
			(done) => bar.update(done),
		)
		bar.done()
		// The same layout, session and candidate lookup without a search: what rendering costs.
		const profileUrls = input.queries.map((query) => `/jobcoach/kandidaten/${candidateByTown.get(query.town.label)}`)
		for (const url of profileUrls.slice(0, WARM_UP)) await get(url)
		const profileBar = progress('profile page (no search)', profileUrls.length)
		const profileTimings = await runConcurrently(
			profileUrls,
			options.concurrency,
			async (url) => (await get(url)).elapsed,
			(done) => profileBar.update(done),
		)
		profileBar.done()
		const appVmHwmKb = readVmHwm(child.pid)
		for (const agent of agents) await agent.close()

		// Raw processing time of the very same queries, measured right here for the ratio.
		const { createMeilisearchClient } = await import('#search/client.server.ts')
		const { indexUid } = await import('#search/indexes.server.ts')
		const rawIndex = createMeilisearchClient(input.meili).index(indexUid('places'))
		const processing: number[] = []
		for (const query of input.queries) {
			const response = await rawIndex.search(query.q, {
				filter: synthetic.meiliFilter(query),
				facets: FACETS,
				attributesToHighlight: ['title', 'tasks', 'description'],
				showMatchesPosition: true,
				limit: 20,
			})
			processing.push(response.processingTimeMs)
		}
		const page = summarize(timings)
		const meiliProcessing = summarize(processing)
		const result = {
			page,
			profilePage: summarize(profileTimings),
			meiliProcessing,
			ratioP50: round(page.p50 / Math.max(1, meiliProcessing.p50)),
			ratioP95: round(page.p95 / Math.max(1, meiliProcessing.p95)),
			statusCounts,
			appVmHwmKb,
		}
		console.log(`  search page:               ${formatSummary(page)}`)
		console.log(`  profile page (no search):  ${formatSummary(result.profilePage)}`)
		console.log(`  Meilisearch processing:    ${formatSummary(meiliProcessing)}`)
		console.log(`  ratio page / processing:   p50 ${result.ratioP50}× · p95 ${result.ratioP95}×`)
		console.log(`  status codes: ${JSON.stringify(statusCounts)}`)
		return result
	} finally {
		await stopChild(child)
		appChild = undefined
	}
}

function startApp(port: number, meili: { host: string; apiKey: string }) {
	// `node --import tsx` is what the tsx CLI runs, minus its wrapper process, so the pid is the server's.
	const child = spawn(process.execPath, ['--import', 'tsx', 'app/server/index.ts'], {
		cwd: options.appRoot,
		env: {
			PATH: process.env.PATH,
			HOME: process.env.HOME,
			NODE_ENV: 'production',
			PORT: String(port),
			MEILI_HOST: meili.host,
			MEILI_API_KEY: meili.apiKey,
			MEILI_INDEX_PREFIX: INDEX_PREFIX,
			DATABASE_URL: `file:${databaseFile}`,
			DATA_DIR: path.join(runDir, 'app-data'),
			DISABLE_RATE_LIMIT: 'true',
			SESSION_SECRET: randomBytes(32).toString('hex'),
			LOG_LEVEL: 'warn',
		},
		stdio: ['ignore', 'pipe', 'pipe'],
	})
	let output = ''
	child.stdout!.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)))
	child.stderr!.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)))
	const ready = (async () => {
		const deadline = Date.now() + 90_000
		while (Date.now() < deadline) {
			if (child.exitCode !== null) throw new Error(`The app exited (${child.exitCode}): ${output}`)
			try {
				const response = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(2000) })
				if (response.ok) return
			} catch {
				// Not listening yet.
			}
			await sleep(250)
		}
		throw new Error(`The app did not answer /healthz within 90 s: ${output}`)
	})()
	return { child, ready }
}

async function stopChild(child: ChildProcess) {
	if (child.exitCode !== null || child.signalCode !== null) return
	const exited = new Promise((resolve) => child.once('exit', resolve))
	child.kill('SIGTERM')
	const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
	await exited
	clearTimeout(timer)
}

// --- Write to searchable -------------------------------------------------------------------------------

async function benchWriteToSearchable(client: Meilisearch, uid: string) {
	const { prisma } = await import('#app/utils/db.server.ts')
	const { markForReindex } = await import('#search/outbox.server.ts')
	const { startSearchSync, stopSearchSync } = await import('#search/sync.server.ts')
	const rounds = 200
	const step = Math.max(1, Math.floor(options.places / rounds))
	const ids = Array.from({ length: rounds }, (_, i) => `bench-place-${((i * step) % options.places).toString(36)}`)
	const index = client.index(uid)
	startSearchSync(() => client)
	const latencies: number[] = []
	const bar = progress('updates', rounds)
	try {
		for (const [i, id] of ids.entries()) {
			// A made-up word no place has, and far from the previous ones for the typo tolerance.
			const word = `zqx${randomWord(i)}`
			const started = performance.now()
			await prisma.$transaction(async (tx) => {
				const place = await tx.place.findUniqueOrThrow({ where: { id }, select: { title: true } })
				await tx.place.update({ where: { id }, data: { title: `${place.title.split(' zqx')[0]} ${word}` } })
				await markForReindex(tx, 'places', [id])
			})
			for (;;) {
				const response = await index.search(word, { limit: 5, attributesToRetrieve: ['id'] })
				if (response.hits.some((hit) => hit.id === id)) break
				if (performance.now() - started > 30_000) throw new Error(`"${word}" not searchable after 30 s`)
				await sleep(5)
			}
			latencies.push(performance.now() - started)
			bar.update(i + 1)
		}
	} finally {
		stopSearchSync()
	}
	bar.done()
	const summary = summarize(latencies)
	console.log(`  write → searchable: ${formatSummary(summary)}`)
	return summary
}

function randomWord(seed: number) {
	const random = createRandom(1000 + seed)
	return Array.from({ length: 6 }, () => 'bcdfghjklmnpqrstvwz'[random.int(0, 18)]).join('')
}

// --- FTS5 baseline ------------------------------------------------------------------------------------

async function benchFts5(
	queries: ReturnType<typeof synthetic.generateQueries>,
	warmUp: ReturnType<typeof synthetic.generateQueries>,
) {
	const { default: Database } = await import('better-sqlite3')
	const { buildSynonyms } = await import('#search/settings.ts')
	const synonyms = buildSynonyms()
	const db = new Database(databaseFile)
	db.pragma('journal_mode = WAL')
	db.function('dist_km', { deterministic: true }, (lat1: unknown, lng1: unknown, lat2: unknown, lng2: unknown) => {
		const toRad = Math.PI / 180
		const [a1, o1, a2, o2] = [lat1, lng1, lat2, lng2].map((value) => Number(value) * toRad) as [
			number,
			number,
			number,
			number,
		]
		const h = Math.sin((a2 - a1) / 2) ** 2 + Math.cos(a1) * Math.cos(a2) * Math.sin((o2 - o1) / 2) ** 2
		return 2 * 6371 * Math.asin(Math.sqrt(h))
	})
	const buildStarted = performance.now()
	db.exec(`
		CREATE VIRTUAL TABLE bench_place_fts USING fts5(
			title, tasks, description, content='Place', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
		);
		INSERT INTO bench_place_fts(bench_place_fts) VALUES ('rebuild');
	`)
	const buildSeconds = (performance.now() - buildStarted) / 1000
	console.log(`  FTS5 index over title/tasks/description built in ${buildSeconds.toFixed(1)} s`)

	const where = `
		bench_place_fts MATCH @match AND p.status = 'PUBLISHED'
		AND p.type IN (SELECT value FROM json_each(@types))
		AND p.hoursMin <= @hoursMax AND p.hoursMax >= @hoursMin
		AND p.latitude BETWEEN @latMin AND @latMax AND p.longitude BETWEEN @lngMin AND @lngMax
		AND dist_km(p.latitude, p.longitude, @lat, @lng) <= @radius`
	// CROSS JOIN fixes the join order: full text first, then the filters on those rows. Left to itself
	// the planner may scan Place by its indexes and run the MATCH once per row (seconds per query at 100k).
	const hitsStatement = db.prepare(`
		SELECT p.id, highlight(bench_place_fts, 0, '<em>', '</em>') AS title, bm25(bench_place_fts, 10.0, 4.0, 1.0) AS score
		FROM bench_place_fts CROSS JOIN Place p ON p.rowid = bench_place_fts.rowid
		WHERE ${where} ORDER BY score LIMIT 20`)
	const facetStatement = db.prepare(`
		WITH m AS MATERIALIZED (
			SELECT p.type, p.sector, p.town, p.adaptations, p.supervision
			FROM bench_place_fts CROSS JOIN Place p ON p.rowid = bench_place_fts.rowid WHERE ${where}
		)
		SELECT 'type' AS facet, type AS value, count(*) AS n FROM m GROUP BY type
		UNION ALL SELECT 'sector', sector, count(*) FROM m GROUP BY sector
		UNION ALL SELECT 'town', town, count(*) FROM m GROUP BY town
		UNION ALL SELECT 'adaptations', j.value, count(*) FROM m, json_each(m.adaptations) j GROUP BY j.value
		UNION ALL SELECT 'supervision', j.value, count(*) FROM m, json_each(m.supervision) j GROUP BY j.value`)
	const parameters = (query: (typeof queries)[number]) => {
		// Every word as a prefix, OR-ed with its synonyms: the best plain FTS5 can do. No typo tolerance.
		const groups = query.q
			.toLowerCase()
			.split(/\s+/)
			.filter(Boolean)
			.map((word) => {
				const terms = [word, ...(synonyms[word] ?? [])].map((term) => `"${term.replaceAll('"', '')}"*`)
				return `(${terms.join(' OR ')})`
			})
		const latDelta = query.radiusKm / 111
		const lngDelta = query.radiusKm / (111 * Math.cos((query.town.latitude * Math.PI) / 180))
		return {
			match: groups.join(' OR '),
			types: JSON.stringify(query.types),
			hoursMin: query.hoursMin,
			hoursMax: query.hoursMax,
			lat: query.town.latitude,
			lng: query.town.longitude,
			latMin: query.town.latitude - latDelta,
			latMax: query.town.latitude + latDelta,
			lngMin: query.town.longitude - lngDelta,
			lngMax: query.town.longitude + lngDelta,
			radius: query.radiusKm,
		}
	}
	const run = (query: (typeof queries)[number]) => {
		const params = parameters(query)
		const hits = hitsStatement.all(params)
		const facets = facetStatement.all(params) as Array<{ facet: string; n: number }>
		return {
			hits: hits.length,
			total: facets.filter((row) => row.facet === 'type').reduce((sum, row) => sum + row.n, 0),
		}
	}
	for (const query of warmUp) run(query)
	const bar = progress('FTS5 queries', queries.length)
	const timings: number[] = []
	let zeroHits = 0
	const budgetMs = 180_000
	const phaseStarted = performance.now()
	for (const [i, query] of queries.entries()) {
		if (performance.now() - phaseStarted > budgetMs) {
			console.log(`  FTS5: stopped after ${i} queries (time budget ${budgetMs / 1000} s)`)
			break
		}
		const started = performance.now()
		const { total } = run(query)
		timings.push(performance.now() - started)
		if (total === 0) zeroHits += 1
		bar.update(i + 1)
		// Let the progress line and signals through: better-sqlite3 blocks the event loop.
		if (i % 50 === 0) await sleep(0)
	}
	bar.done()
	db.close()
	const summary = summarize(timings)
	console.log(`  FTS5 (hits + facets): ${formatSummary(summary)}; queries without hits: ${zeroHits}/${timings.length}`)
	return { query: summary, zeroHits, buildSeconds: round(buildSeconds, 2), concurrency: 1 }
}

// --- Targets and results ---------------------------------------------------------------------------

function checkTargets(
	results: Results,
	placeIndexing: { seconds: number; docsPerSecond: number },
	raw: ClientResult,
	endToEnd: EndToEnd,
) {
	const targets: NonNullable<Results['targets']> = []
	const status = (ok: boolean): 'PASS' | 'FAIL' => (ok ? 'PASS' : 'FAIL')
	if ('page' in endToEnd) {
		targets.push({
			name: 'search page p95',
			value: ms(endToEnd.page.p95),
			target: '≤ 50 ms',
			status: status(endToEnd.page.p95 <= 50),
		})
		// "Rendering" is what the same app spends on a page without a search (layout, session, candidate).
		const budget = 1.5 * raw.roundTrip.p95 + endToEnd.profilePage.p95
		targets.push({
			name: 'end-to-end p95 vs 1.5 × raw Meilisearch round trip p95 + rendering (profile page p95)',
			value: ms(endToEnd.page.p95),
			target: `≤ ${ms(budget)}`,
			status: status(endToEnd.page.p95 <= budget),
		})
	} else {
		targets.push({ name: 'search page p95', value: endToEnd.skipped, target: '≤ 50 ms', status: 'SKIP' })
		targets.push({
			name: 'raw Meilisearch round trip p95 (undici), stand-in while the page is missing',
			value: ms(raw.roundTrip.p95),
			target: '≤ 50 ms',
			status: status(raw.roundTrip.p95 <= 50),
		})
	}
	const writes = results.writeToSearchable as Summary
	targets.push({
		name: 'write-to-searchable p95',
		value: ms(writes.p95),
		target: '≤ 2000 ms',
		status: status(writes.p95 <= 2000),
	})
	const extrapolated = options.places !== 100_000
	const seconds100k = extrapolated ? 100_000 / placeIndexing.docsPerSecond : placeIndexing.seconds
	targets.push({
		name: `indexing 100k places${extrapolated ? ` (extrapolated from ${options.places})` : ''}`,
		value: `${seconds100k.toFixed(1)} s`,
		target: '≤ 60 s',
		// Small runs are dominated by per-task overhead (5k extrapolated to ~80 s; 100k measured 36 s): no verdict.
		status: extrapolated ? 'SKIP' : status(seconds100k <= 60),
	})
	return targets
}

function writeResults(results: Results) {
	fs.mkdirSync(resultsDir, { recursive: true })
	const date = (results.date as string).slice(0, 10)
	let n = 1
	while (fs.existsSync(path.join(resultsDir, `${date}-${n}.json`))) n++
	const jsonFile = path.join(resultsDir, `${date}-${n}.json`)
	const markdownFile = path.join(resultsDir, `${date}-${n}.md`)
	fs.writeFileSync(jsonFile, `${JSON.stringify(results, null, '\t')}\n`)
	fs.writeFileSync(markdownFile, toMarkdown(results))
	return [jsonFile, markdownFile]
}

function toMarkdown(results: Results) {
	const indexing = results.indexing as Record<
		'places' | 'candidates',
		{ documents: number; seconds: number; docsPerSecond: number }
	>
	const queries = results.queries as {
		undici: ClientResult
		fetch: ClientResult
		fetchMinusUndici: Record<string, number>
	}
	const endToEnd = results.endToEnd as EndToEnd
	const writes = results.writeToSearchable as Summary
	const fts = results.fts5 as { query: Summary; zeroHits: number; buildSeconds: number }
	const memory = results.memory as {
		benchMaxRssKb: number
		meilisearchVmHwmKb: number | null
		appVmHwmKb: number | null
	}
	const machine = results.machine as { cpus: number; cpuModel: string; memoryMb: number; node: string }
	const row = (name: string, summary: Summary) =>
		`| ${name} | ${summary.p50} | ${summary.p95} | ${summary.p99} | ${summary.count} |`
	const lines = [
		`# Search benchmark ${results.date as string}`,
		'',
		`${options.places} places, ${options.candidates} candidates, ${options.queries} queries, concurrency ${options.concurrency}. ` +
			`Meilisearch ${results.meilisearchVersion as string}, Node ${machine.node}, ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryMb} MB RAM.`,
		'',
		'## Indexing',
		'',
		'| index | documents | seconds | docs/s |',
		'| --- | ---: | ---: | ---: |',
		`| places | ${indexing.places.documents} | ${indexing.places.seconds} | ${indexing.places.docsPerSecond} |`,
		`| candidates | ${indexing.candidates.documents} | ${indexing.candidates.seconds} | ${indexing.candidates.docsPerSecond} |`,
		'',
		'## Latency (ms)',
		'',
		'| measurement | p50 | p95 | p99 | n |',
		'| --- | ---: | ---: | ---: | ---: |',
		row('Meilisearch processingTimeMs', queries.undici.processing),
		row('round trip, undici httpClient', queries.undici.roundTrip),
		row('round trip, Node fetch', queries.fetch.roundTrip),
		`| fetch − undici | ${queries.fetchMinusUndici.p50} | ${queries.fetchMinusUndici.p95} | ${queries.fetchMinusUndici.p99} | |`,
		...('page' in endToEnd
			? [
					row('search page over HTTP', endToEnd.page),
					row('profile page over HTTP (no search)', endToEnd.profilePage),
					`| ratio page / processing | ${endToEnd.ratioP50}× | ${endToEnd.ratioP95}× | | |`,
				]
			: [`| search page over HTTP | skipped (${endToEnd.skipped}) | | | |`]),
		row('write → searchable', writes),
		row('SQLite FTS5 baseline (hits + facets, 1 connection)', fts.query),
		'',
		`Queries without hits: Meilisearch ${queries.undici.zeroHits}, FTS5 ${fts.zeroHits} (FTS5 has synonyms and prefixes but no typo tolerance). FTS5 index build: ${fts.buildSeconds} s.`,
		'',
		'## Peak memory',
		'',
		'| process | peak |',
		'| --- | ---: |',
		`| bench process (maxRSS) | ${megabytes(memory.benchMaxRssKb)} |`,
		`| Meilisearch (VmHWM) | ${memory.meilisearchVmHwmKb === null ? 'n/a' : megabytes(memory.meilisearchVmHwmKb)} |`,
		`| app web server (VmHWM) | ${memory.appVmHwmKb === null ? 'n/a' : megabytes(memory.appVmHwmKb)} |`,
		'',
		'## Targets',
		'',
		'| target | value | goal | result |',
		'| --- | ---: | ---: | --- |',
		...(results.targets ?? []).map(
			(target) => `| ${target.name} | ${target.value} | ${target.target} | ${target.status} |`,
		),
		'',
	]
	return lines.join('\n')
}

// --- Helpers ---------------------------------------------------------------------------------------------

function readVmHwm(pid: number | undefined): number | null {
	if (!pid) return null
	try {
		const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
		const match = /VmHWM:\s+(\d+)\s+kB/.exec(status)
		return match ? Number(match[1]) : null
	} catch {
		return null
	}
}

function sortKeys(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(sortKeys)
	if (value && typeof value === 'object')
		return Object.fromEntries(
			Object.entries(value as Record<string, unknown>)
				.sort(([a], [b]) => a.localeCompare(b))
				.map(([key, item]) => [key, sortKeys(item)]),
		)
	return value
}

try {
	await main()
} catch (error) {
	console.error(`\nBenchmark failed: ${(error as Error).stack ?? String(error)}`)
	process.exitCode = 1
} finally {
	await cleanup()
}
