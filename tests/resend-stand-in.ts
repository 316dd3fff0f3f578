import { randomUUID } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

// Imitates the one Resend endpoint the app uses (POST {baseUrl}/emails, answering { id }), so tests
// can run the real SDK without the network. Errors use Resend's shape: { statusCode, name, message }.

export type ReceivedEmail = {
	id: string
	apiKey: string
	idempotencyKey: string | null
	from: string
	to: string[]
	subject: string
	html?: string
	text?: string
	body: Record<string, unknown>
}

export type ResendStandIn = {
	/** Use as RESEND_BASE_URL (no trailing slash). */
	url: string
	/** Accepted emails, in order. Idempotent replays are not added twice. */
	received: ReceivedEmail[]
	/** The next POST /emails answers with this status and a Resend-style error body. */
	failNext: (status: number, message?: string) => void
	close: () => Promise<void>
}

export async function startResendStandIn({ apiKey }: { apiKey?: string } = {}): Promise<ResendStandIn> {
	const received: ReceivedEmail[] = []
	const byIdempotencyKey = new Map<string, { id: string; body: string }>()
	let forcedFailure: { status: number; message?: string } | undefined

	const server = createServer((req, res) => {
		handle(req, res).catch((error: unknown) => {
			sendError(res, 500, 'application_error', error instanceof Error ? error.message : String(error))
		})
	})

	async function handle(req: IncomingMessage, res: ServerResponse) {
		const path = new URL(req.url ?? '/', 'http://stand-in').pathname
		if (req.method !== 'POST' || path !== '/emails') {
			return sendError(res, 404, 'not_found', `No route for ${req.method} ${path}`)
		}

		const auth = req.headers.authorization ?? ''
		const match = /^Bearer (\S+)$/.exec(auth)
		if (!match?.[1]) return sendError(res, 401, 'missing_api_key', 'Missing API key in the authorization header')
		const key = match[1]
		if (apiKey && key !== apiKey) return sendError(res, 403, 'invalid_api_key', 'API key is invalid')

		const raw = await readBody(req)
		if (forcedFailure) {
			const { status, message } = forcedFailure
			forcedFailure = undefined
			return sendError(
				res,
				status,
				status === 422 ? 'validation_error' : 'application_error',
				message ?? `Forced ${status} by the test`,
			)
		}

		let body: unknown
		try {
			body = JSON.parse(raw)
		} catch {
			return sendError(res, 400, 'invalid_json', 'Request body is not valid JSON')
		}
		const problem = validate(body)
		if (problem) return sendError(res, 422, 'validation_error', problem)
		const email = body as Record<string, unknown> & { from: string; to: string | string[]; subject: string }

		// Like Resend: same key + same payload replays the first answer, a different payload conflicts.
		const idempotencyKey = headerValue(req.headers['idempotency-key'])
		if (idempotencyKey) {
			const earlier = byIdempotencyKey.get(idempotencyKey)
			if (earlier && earlier.body !== raw) {
				return sendError(res, 409, 'invalid_idempotent_request', 'Same idempotency key used with a different payload')
			}
			if (earlier) return sendJson(res, 200, { id: earlier.id })
		}

		const id = randomUUID()
		if (idempotencyKey) byIdempotencyKey.set(idempotencyKey, { id, body: raw })
		received.push({
			id,
			apiKey: key,
			idempotencyKey,
			from: email.from,
			to: Array.isArray(email.to) ? email.to : [email.to],
			subject: email.subject,
			html: typeof email.html === 'string' ? email.html : undefined,
			text: typeof email.text === 'string' ? email.text : undefined,
			body: email,
		})
		return sendJson(res, 200, { id })
	}

	await new Promise<void>((resolve, reject) => {
		server.once('error', reject)
		server.listen(0, '127.0.0.1', () => resolve())
	})
	const { port } = server.address() as AddressInfo

	return {
		url: `http://127.0.0.1:${port}`,
		received,
		failNext(status, message) {
			forcedFailure = { status, message }
		},
		close() {
			return new Promise<void>((resolve, reject) => {
				server.close((error) => (error ? reject(error) : resolve()))
				server.closeAllConnections()
			})
		},
	}
}

function validate(body: unknown): string | undefined {
	if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'Body must be a JSON object'
	const email = body as Record<string, unknown>
	if (typeof email.from !== 'string' || !email.from) return 'The `from` field is required'
	const to = Array.isArray(email.to) ? email.to : [email.to]
	if (to.length === 0 || !to.every((value) => typeof value === 'string' && value.includes('@'))) {
		return 'The `to` field must be an email address or a list of them'
	}
	if (typeof email.subject !== 'string' || !email.subject) return 'The `subject` field is required'
	if (typeof email.html !== 'string' && typeof email.text !== 'string') return 'Either `html` or `text` is required'
	return undefined
}

function headerValue(value: string | string[] | undefined) {
	return (Array.isArray(value) ? value[0] : value) ?? null
}

function readBody(req: IncomingMessage) {
	return new Promise<string>((resolve, reject) => {
		const chunks: Buffer[] = []
		req.on('data', (chunk: Buffer) => chunks.push(chunk))
		req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
		req.on('error', reject)
	})
}

function sendJson(res: ServerResponse, status: number, body: unknown) {
	res.writeHead(status, { 'content-type': 'application/json' })
	res.end(JSON.stringify(body))
}

function sendError(res: ServerResponse, statusCode: number, name: string, message: string) {
	sendJson(res, statusCode, { statusCode, name, message })
}
