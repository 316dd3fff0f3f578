import fs from 'node:fs'
import type { TestProject } from 'vitest/node'
import { startTestMeilisearch } from '#tests/meilisearch-harness.ts'
import { prepareBaseDatabase } from '#tests/test-database.ts'

declare module 'vitest' {
	export interface ProvidedContext {
		meilisearch: { host: string; apiKey: string }
	}
}

/**
 * One throwaway Meilisearch for the whole run. Workers are spawned after global setup and copy
 * process.env then, so getEnv() in tests sees MEILI_HOST/MEILI_API_KEY; inject('meilisearch') also works.
 */
export default async function setup(project: TestProject) {
	process.env.TEST_BASE_DATABASE = prepareBaseDatabase()
	const meili = await startTestMeilisearch()
	process.env.MEILI_HOST = meili.host
	process.env.MEILI_API_KEY = meili.apiKey
	project.provide('meilisearch', { host: meili.host, apiKey: meili.apiKey })
	return async () => {
		await meili.stop()
		fs.rmSync(process.env.TEST_BASE_DATABASE!, { force: true })
	}
}
