import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseEnv } from './env.server.ts'

describe('environment schema', () => {
	it('runs on the embedded defaults with nothing set', () => {
		const env = parseEnv({})
		expect(env.NODE_ENV).toBe('development')
		expect(env.PORT).toBe(3000)
		expect(env.DATA_DIR).toBe(path.resolve('data'))
		expect(env.DATABASE_URL).toBe(`file:${path.resolve('data', 'werkverbinder.db')}`)
		expect(env.APP_URL).toBe('http://localhost:3000')
		expect(env.MEILI_HOST).toBeUndefined()
	})

	it('names what is missing in production', () => {
		expect(() => parseEnv({ NODE_ENV: 'production' })).toThrow(/SESSION_SECRET: is required in production/)
	})

	it('names every malformed value at once', () => {
		let message = ''
		try {
			parseEnv({ PORT: 'abc', DATABASE_URL: 'postgres://x' })
		} catch (error) {
			message = (error as Error).message
		}
		expect(message).toContain('PORT')
		expect(message).toContain('DATABASE_URL: must be a file: URL for SQLite')
	})

	it('asks for the key of an external Meilisearch', () => {
		expect(() => parseEnv({ MEILI_HOST: 'http://search.internal:7700' })).toThrow(
			/MEILI_API_KEY: is required when MEILI_HOST is set/,
		)
	})

	it('never lets production switch off throttling', () => {
		const secret = 'x'.repeat(32)
		expect(
			parseEnv({ NODE_ENV: 'production', SESSION_SECRET: secret, DISABLE_RATE_LIMIT: 'true' }).DISABLE_RATE_LIMIT,
		).toBe(false)
		expect(parseEnv({ NODE_ENV: 'test', DISABLE_RATE_LIMIT: 'true' }).DISABLE_RATE_LIMIT).toBe(true)
	})
})
