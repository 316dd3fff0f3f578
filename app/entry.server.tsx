import { PassThrough } from 'node:stream'
import { createReadableStreamFromReadable, type AppLoadContext, type EntryContext } from '@remix-run/node'
import { RemixServer } from '@remix-run/react'
import { isbot } from 'isbot'
import { renderToPipeableStream } from 'react-dom/server'
import { getLogger } from './utils/logger.server.ts'
import { NonceProvider } from './utils/nonce-provider.ts'

export { boot, shutdown } from './utils/boot.server.ts'

const ABORT_DELAY = 5000

export function handleError(error: unknown, { request }: { request: Request }) {
	if (request.signal.aborted) return
	getLogger().error({ err: error, path: new URL(request.url).pathname }, 'unhandled error')
}

function serverTiming(loadContext: AppLoadContext) {
	const startedAt = loadContext.requestStartedAt
	return typeof startedAt === 'number' ? `total;dur=${(performance.now() - startedAt).toFixed(1)}` : null
}

export function handleDataRequest(response: Response, { context }: { context: AppLoadContext }) {
	const timing = serverTiming(context)
	if (timing) response.headers.append('Server-Timing', timing)
	return response
}

export default function handleRequest(
	request: Request,
	responseStatusCode: number,
	responseHeaders: Headers,
	remixContext: EntryContext,
	loadContext: AppLoadContext,
) {
	const nonce = typeof loadContext.cspNonce === 'string' ? loadContext.cspNonce : ''
	const waitForAll = isbot(request.headers.get('user-agent') ?? '') || remixContext.isSpaMode
	return new Promise((resolve, reject) => {
		let shellRendered = false
		const { pipe, abort } = renderToPipeableStream(
			<NonceProvider value={nonce}>
				<RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
			</NonceProvider>,
			{
				nonce,
				[waitForAll ? 'onAllReady' : 'onShellReady']() {
					shellRendered = true
					const body = new PassThrough()
					responseHeaders.set('Content-Type', 'text/html; charset=utf-8')
					const timing = serverTiming(loadContext)
					if (timing) responseHeaders.append('Server-Timing', timing)
					resolve(
						new Response(createReadableStreamFromReadable(body), {
							headers: responseHeaders,
							status: responseStatusCode,
						}),
					)
					pipe(body)
				},
				onShellError(error: unknown) {
					reject(error)
				},
				onError(error: unknown) {
					responseStatusCode = 500
					if (shellRendered) getLogger().error({ err: error }, 'render error')
				},
			},
		)
		setTimeout(abort, ABORT_DELAY)
	})
}
