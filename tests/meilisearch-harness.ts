import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import net from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import {
	startEmbeddedMeilisearch,
	type EmbeddedMeilisearch,
	type EmbeddedMeilisearchOptions,
} from '#search/embedded-meilisearch.server.ts'

/** Gitignored scratch space for test data. */
export const testTmpDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '.tmp')

export interface TestMeilisearch {
	host: string
	apiKey: string
	dataDir: string
	server: EmbeddedMeilisearch
	/** Stops the server and deletes its data directory. */
	stop(): Promise<void>
}

/** A port nobody listens on right now (the OS picks it, so parallel runs do not collide). */
export async function findFreePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = net.createServer()
		server.unref()
		server.once('error', reject)
		server.listen(0, '127.0.0.1', () => {
			const address = server.address()
			server.close(() => {
				if (address && typeof address === 'object') resolve(address.port)
				else reject(new Error('Could not determine a free port'))
			})
		})
	})
}

export async function makeTestDataDir(prefix = 'meili-'): Promise<string> {
	await mkdir(testTmpDir, { recursive: true })
	return mkdtemp(path.join(testTmpDir, prefix))
}

/** Starts a throwaway embedded Meilisearch on a free port with its own data dir. */
export async function startTestMeilisearch(
	options: Partial<Omit<EmbeddedMeilisearchOptions, 'dataDir' | 'port'>> = {},
): Promise<TestMeilisearch> {
	// On failure the data dir is left behind on purpose: its meilisearch.log explains what went wrong.
	const dataDir = await makeTestDataDir()
	const server = await startEmbeddedMeilisearch({
		dataDir,
		port: await findFreePort(),
		// Fail fast instead of hiding a crash behind restarts.
		maxRestarts: 0,
		...options,
	})
	return {
		host: server.host,
		apiKey: server.apiKey,
		dataDir,
		server,
		stop: async () => {
			await server.stop()
			await rm(dataDir, { recursive: true, force: true })
		},
	}
}
