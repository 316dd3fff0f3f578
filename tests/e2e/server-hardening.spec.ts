import { expect, prisma, test } from './fixtures.ts'

test('a state-changing request from another origin is refused before it reaches the app', async ({
	request,
	login,
}) => {
	const { sessionId, cookieValue } = await login('werkgever@hofje.test')
	const refused = await request.post('/logout', {
		headers: { Origin: 'https://evil.example', Cookie: `wv_session=${cookieValue}` },
		form: {},
		maxRedirects: 0,
	})
	expect(refused.status()).toBe(403)
	expect(await prisma.session.count({ where: { id: sessionId } })).toBe(1)

	const allowed = await request.post('/logout', {
		headers: { Origin: 'http://localhost:3100', Cookie: `wv_session=${cookieValue}` },
		form: {},
		maxRedirects: 0,
	})
	expect(allowed.status()).toBe(302)
	expect(await prisma.session.count({ where: { id: sessionId } })).toBe(0)
})

test('pages carry a request id, Server-Timing and security headers', async ({ request }) => {
	const response = await request.get('/login')
	const headers = response.headers()
	expect(headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/)
	expect(headers['server-timing']).toMatch(/total;dur=\d+(\.\d+)?/)
	expect(headers['x-content-type-options']).toBe('nosniff')
	expect(headers['referrer-policy']).toBe('same-origin')
	expect(headers['content-encoding'] ?? 'gzip').toMatch(/gzip|br/)
})

test('the health endpoint reports the database and the search engine', async ({ request }) => {
	const response = await request.get('/healthz')
	expect(response.status()).toBe(200)
	expect(await response.json()).toEqual({ status: 'ok', database: 'ok', search: 'ok' })
})
