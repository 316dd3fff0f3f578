import { describe, expect, it } from 'vitest'
import { errorPageKey } from './meta.ts'

const response = (status: number) => ({ status, statusText: '', internal: false, data: null })

describe('errorPageKey', () => {
	it('names the error page after the status, with a page of its own for rate limits', () => {
		expect(errorPageKey(response(404))).toBe('notFound')
		expect(errorPageKey(response(403))).toBe('forbidden')
		expect(errorPageKey(response(400))).toBe('badRequest')
		expect(errorPageKey(response(429))).toBe('tooManyRequests')
		expect(errorPageKey(new Error('boom'))).toBe('server')
	})
})
