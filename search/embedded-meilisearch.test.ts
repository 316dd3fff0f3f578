import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { Meilisearch } from 'meilisearch'
import { afterAll, describe, expect, inject, test, vi } from 'vitest'
import {
	startEmbeddedMeilisearch,
	type EmbeddedMeilisearch,
	type MeiliLogLevel,
} from '#search/embedded-meilisearch.server.ts'
import { findFreePort, makeTestDataDir, startTestMeilisearch } from '#tests/meilisearch-harness.ts'

// Cold starts of the binary take about a second; restarts add backoff.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 })

const cleanups: Array<() => Promise<unknown>> = []
afterAll(async () => {
	for (const cleanup of cleanups.reverse()) await cleanup()
})

async function tempDataDir() {
	const dir = await makeTestDataDir('embedded-')
	cleanups.push(() => rm(dir, { recursive: true, force: true }))
	return dir
}

async function start(
	dataDir: string,
	port: number,
	extra: Partial<Parameters<typeof startEmbeddedMeilisearch>[0]> = {},
) {
	const server = await startEmbeddedMeilisearch({ dataDir, port, maxRestarts: 0, ...extra })
	cleanups.push(() => server.stop())
	return server
}

async function health(host: string) {
	const response = await fetch(`${host}/health`)
	return (await response.json()) as { status: string }
}

describe('vitest global setup', () => {
	const provided = inject('meilisearch')
	test.runIf(provided)('exposes the shared Meilisearch to workers through process.env', async () => {
		expect(process.env.MEILI_HOST).toBe(provided?.host)
		expect(process.env.MEILI_API_KEY).toBe(provided?.apiKey)
		const client = new Meilisearch({ host: provided!.host, apiKey: provided!.apiKey })
		expect(await client.getVersion()).toMatchObject({ pkgVersion: expect.any(String) })
	})
})

describe('embedded Meilisearch', () => {
	let dataDir: string
	let port: number
	let first: EmbeddedMeilisearch

	test('starts, indexes a document and finds it', async () => {
		dataDir = await tempDataDir()
		port = await findFreePort()
		first = await start(dataDir, port)

		expect(first.host).toBe(`http://127.0.0.1:${port}`)
		expect(first.reused).toBe(false)
		expect(first.pid()).toBeTypeOf('number')
		expect(await health(first.host)).toEqual({ status: 'available' })

		const keyFile = path.join(dataDir, 'meilisearch', 'master-key')
		expect((await readFile(keyFile, 'utf8')).trim()).toBe(first.apiKey)
		expect((await stat(keyFile)).mode & 0o777).toBe(0o600)
		expect(Buffer.from(first.apiKey, 'base64url')).toHaveLength(32)

		const unauthenticated = await fetch(`${first.host}/indexes`)
		expect(unauthenticated.status).toBe(401)

		const client = new Meilisearch({ host: first.host, apiKey: first.apiKey })
		await client.createIndex('companies', { primaryKey: 'id' }).waitTask()
		const task = await client
			.index('companies')
			.addDocuments([
				{ id: 1, name: 'Bakkerij de Vries', city: 'Utrecht' },
				{ id: 2, name: 'Loodgieter Jansen', city: 'Zwolle' },
			])
			.waitTask()
		expect(task.status).toBe('succeeded')

		const result = await client.index('companies').search('bakkerij')
		expect(result.hits).toEqual([{ id: 1, name: 'Bakkerij de Vries', city: 'Utrecht' }])

		const log = await readFile(first.logFile, 'utf8')
		expect(first.logFile).toBe(path.join(dataDir, 'meilisearch', 'meilisearch.log'))
		expect(log).toContain('Anonymous telemetry:\t"Disabled"')
	})

	test('adopts an instance already serving our data dir instead of starting a second one', async () => {
		const warnings: string[] = []
		const again = await start(dataDir, port, { logger: (_, message) => warnings.push(message) })
		expect(warnings).toEqual([expect.stringMatching(/^Reusing the Meilisearch already running/)])
		expect(again.reused).toBe(true)
		expect(again.apiKey).toBe(first.apiKey)
		await again.stop()
		// The adopted instance belongs to someone else: stopping our handle must leave it running.
		expect(await health(first.host)).toEqual({ status: 'available' })
	})

	test('refuses a port held by a Meilisearch with a different key', async () => {
		const otherDir = await tempDataDir()
		await expect(start(otherDir, port)).rejects.toThrow(
			/already used by a Meilisearch that does not accept our master key/,
		)
	})

	test('restarts on the same data dir with the same master key and keeps the data', async () => {
		const pid = first.pid()
		await first.stop()
		expect(() => process.kill(pid!, 0)).toThrow()
		await expect(fetch(`${first.host}/health`)).rejects.toThrow()

		const second = await start(dataDir, port)
		expect(second.reused).toBe(false)
		expect(second.apiKey).toBe(first.apiKey)
		const client = new Meilisearch({ host: second.host, apiKey: second.apiKey })
		const result = await client.index('companies').search('jansen')
		expect(result.hits.map((hit) => hit.id)).toEqual([2])
		await second.stop()
	})

	test('restarts the child after an unexpected exit', async () => {
		const events: Array<[MeiliLogLevel, string]> = []
		const server = await start(await tempDataDir(), await findFreePort(), {
			maxRestarts: 2,
			logger: (level, message) => events.push([level, message]),
		})
		const pid = server.pid()!
		process.kill(pid, 'SIGKILL')

		await vi.waitFor(
			async () => {
				expect(server.pid()).toBeTypeOf('number')
				expect(server.pid()).not.toBe(pid)
				expect(await health(server.host)).toEqual({ status: 'available' })
			},
			{ timeout: 20_000, interval: 200 },
		)
		expect(events[0]?.[0]).toBe('warn')
		expect(events[0]?.[1]).toMatch(/exited unexpectedly \(signal SIGKILL\); restarting/)

		const client = new Meilisearch({ host: server.host, apiKey: server.apiKey })
		expect(await client.isHealthy()).toBe(true)
		await server.stop()
		expect(server.pid()).toBeUndefined()
	})

	test('names the log file when the binary cannot start', async () => {
		const dir = await tempDataDir()
		// A regular file where the database directory should be makes Meilisearch exit at once.
		await mkdir(path.join(dir, 'meilisearch'), { recursive: true })
		await writeFile(path.join(dir, 'meilisearch', 'db'), 'not a directory')
		const logFile = path.join(dir, 'meilisearch', 'meilisearch.log')
		await expect(start(dir, await findFreePort())).rejects.toThrow(`See ${logFile}`)
	})

	test('refuses a port held by something that is not Meilisearch', async () => {
		const { createServer } = await import('node:http')
		const blocker = createServer((_, response) => response.end('hello'))
		const blockedPort = await findFreePort()
		await new Promise<void>((resolve) => blocker.listen(blockedPort, '127.0.0.1', resolve))
		try {
			await expect(start(await tempDataDir(), blockedPort)).rejects.toThrow(
				/is already in use by something that is not a healthy Meilisearch/,
			)
		} finally {
			await new Promise((resolve) => blocker.close(resolve))
		}
	})
})

describe('search client', () => {
	const savedEnv = { ...process.env }
	afterAll(() => {
		process.env = savedEnv
	})

	// getEnv() caches, so each scenario needs fresh module instances.
	async function loadClient(env: Record<string, string | undefined>) {
		vi.resetModules()
		process.env = { ...savedEnv, MEILI_HOST: undefined, MEILI_API_KEY: undefined, ...env }
		for (const [name, value] of Object.entries(process.env)) if (value === undefined) delete process.env[name]
		return import('#search/client.server.ts')
	}

	test('connects to MEILI_HOST and reports health', async () => {
		const meili = await startTestMeilisearch()
		cleanups.push(() => meili.stop())
		const search = await loadClient({ MEILI_HOST: meili.host, MEILI_API_KEY: meili.apiKey })

		expect(() => search.getSearchClient()).toThrow(/not initialized/)
		expect(await search.checkSearch()).toEqual({ ok: false, error: 'search is not initialized' })

		const [a, b] = await Promise.all([search.initSearch(), search.initSearch()])
		expect(a).toBe(b)
		expect(search.getSearchClient()).toBe(a)
		expect(await search.checkSearch()).toEqual({ ok: true })

		await search.stopSearch()
		// An external server is not ours to stop.
		expect(await health(meili.host)).toEqual({ status: 'available' })
		expect(() => search.getSearchClient()).toThrow(/not initialized/)
	})

	test('fails clearly when MEILI_HOST is unreachable or the key is wrong', async () => {
		const port = await findFreePort()
		let search = await loadClient({ MEILI_HOST: `http://127.0.0.1:${port}`, MEILI_API_KEY: 'whatever' })
		await expect(search.initSearch()).rejects.toThrow(
			new RegExp(`^Meilisearch is not reachable at http://127\\.0\\.0\\.1:${port}: .*ECONNREFUSED`),
		)

		const meili = await startTestMeilisearch()
		cleanups.push(() => meili.stop())
		search = await loadClient({ MEILI_HOST: meili.host, MEILI_API_KEY: 'wrong-key' })
		await expect(search.initSearch()).rejects.toThrow(/rejected the API key/)
		expect(await search.checkSearch()).toMatchObject({ ok: false })
	})

	test('starts the embedded server when MEILI_HOST is unset', async () => {
		const dataDir = await tempDataDir()
		const port = await findFreePort()
		const search = await loadClient({ DATA_DIR: dataDir, MEILI_PORT: String(port) })
		const client = await search.initSearch()
		cleanups.push(() => search.stopSearch())
		expect(client.config.host).toBe(`http://127.0.0.1:${port}`)
		expect(await search.checkSearch()).toEqual({ ok: true })

		await search.stopSearch()
		await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow()
		expect(await search.checkSearch()).toEqual({ ok: false, error: 'search is not initialized' })
	})
})
