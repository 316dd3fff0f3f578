// The Meilisearch client's transport. Node's built-in fetch adds ~45 ms to every search on this
// machine kind (see bench/); undici's request() on a keep-alive pool does not. The client hands us
// fetch-style arguments and expects the parsed body back, or a thrown MeilisearchApiError.
import { MeilisearchApiError } from 'meilisearch'
import { Agent, request } from 'undici'

const agent = new Agent({ keepAliveTimeout: 30_000, keepAliveMaxTimeout: 60_000, connections: 32, pipelining: 1 })

type FetchArgs = Parameters<typeof fetch>

export async function meilisearchHttpClient(input: FetchArgs[0], init: FetchArgs[1] = {}): Promise<unknown> {
	const url = input instanceof Request ? input.url : input.toString()
	const headers: Record<string, string> = {}
	new Headers(init.headers).forEach((value, key) => {
		headers[key] = value
	})
	const response = await request(url, {
		method: (init.method ?? 'GET') as 'GET',
		headers,
		body: typeof init.body === 'string' ? init.body : undefined,
		signal: init.signal ?? undefined,
		dispatcher: agent,
	})
	const text = await response.body.text()
	const body: unknown = text === '' ? undefined : JSON.parse(text)
	if (response.statusCode >= 400) {
		const fetchLike = new Response(text === '' ? null : text, { status: response.statusCode })
		throw new MeilisearchApiError(fetchLike, body as ConstructorParameters<typeof MeilisearchApiError>[1])
	}
	return body
}
