// What the Express server hands to every loader and action.
declare module '@remix-run/node' {
	interface AppLoadContext {
		cspNonce: string
		requestId: string
		/** performance.now() when the request arrived, for the Server-Timing header. */
		requestStartedAt: number
		clientIp: string
	}
}

export {}
