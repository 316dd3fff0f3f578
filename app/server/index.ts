// The Express host for the Remix build: security headers, compression, throttling, the origin check,
// structured logs, and boot (database, search engine, background worker) before it listens.
import crypto from 'node:crypto'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import 'dotenv/config'
import { createRequestHandler } from '@remix-run/express'
import { type ServerBuild } from '@remix-run/node'
import compression from 'compression'
import express, { type NextFunction, type Request, type Response } from 'express'
import { rateLimit } from 'express-rate-limit'
import helmet from 'helmet'
import { parseEnv, type Env } from '../utils/env.server.ts'
import { getLogger } from '../utils/logger.server.ts'

let env: Env
try {
	env = parseEnv(process.env)
} catch (error) {
	console.error((error as Error).message)
	process.exit(1)
}
const isProduction = env.NODE_ENV === 'production'
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const logger = getLogger()

const viteDevServer = isProduction
	? undefined
	: await import('vite').then((vite) => vite.createServer({ server: { middlewareMode: true } }))

async function getBuild(): Promise<ServerBuild> {
	if (viteDevServer) return (await viteDevServer.ssrLoadModule('virtual:remix/server-build')) as ServerBuild
	return (await import(path.join(root, 'build/server/index.js'))) as ServerBuild
}

type BootableEntry = { boot?: () => Promise<void>; shutdown?: () => Promise<void> }
const entry = async () => (await getBuild()).entry.module as BootableEntry
try {
	await (await entry()).boot?.()
} catch (error) {
	logger.fatal({ err: error }, 'start-up failed')
	console.error(`\nWerkverbinder could not start: ${(error as Error).message}\n`)
	process.exit(1)
}

const app = express()
app.disable('x-powered-by')

app.use((req: Request, res: Response, next: NextFunction) => {
	const startedAt = performance.now()
	res.locals.requestId = crypto.randomUUID()
	res.locals.requestStartedAt = startedAt
	res.locals.cspNonce = crypto.randomBytes(16).toString('base64')
	res.setHeader('X-Request-Id', res.locals.requestId as string)
	res.on('finish', () => {
		// The path only: query strings may carry one-time tokens.
		logger.info(
			{
				requestId: res.locals.requestId,
				method: req.method,
				// Personal links carry their token in the path (/afmelden/<token>): never log it.
				path: req.path.replace(/[a-z2-7]{52}/g, ':token'),
				status: res.statusCode,
				durationMs: Math.round(performance.now() - startedAt),
			},
			'request',
		)
	})
	next()
})

app.use(
	helmet({
		xPoweredBy: false,
		referrerPolicy: { policy: 'same-origin' },
		crossOriginEmbedderPolicy: false,
		strictTransportSecurity: isProduction,
		contentSecurityPolicy: {
			useDefaults: false,
			directives: {
				'default-src': ["'self'"],
				'base-uri': ["'self'"],
				'object-src': ["'none'"],
				'frame-ancestors': ["'none'"],
				'form-action': ["'self'"],
				'img-src': ["'self'", 'data:'],
				'font-src': ["'self'"],
				'connect-src': isProduction ? ["'self'"] : ["'self'", 'ws:'],
				// Vite injects styles at run time in development; production serves CSS files only.
				'style-src': isProduction ? ["'self'"] : ["'self'", "'unsafe-inline'"],
				'script-src': [
					"'strict-dynamic'",
					"'self'",
					(_req, res) => `'nonce-${(res as Response).locals.cspNonce as string}'`,
				],
				'script-src-attr': ["'none'"],
			},
		},
	}),
)
app.use(compression())

if (viteDevServer) {
	app.use(viteDevServer.middlewares)
} else {
	app.use('/assets', express.static(path.join(root, 'build/client/assets'), { immutable: true, maxAge: '1y' }))
	app.use(express.static(path.join(root, 'build/client'), { maxAge: '1h' }))
}
app.use(express.static(path.join(root, 'public'), { maxAge: '1h' }))

const throttlingOff = env.DISABLE_RATE_LIMIT
const limiterDefaults = { standardHeaders: 'draft-7', legacyHeaders: false, skip: () => throttlingOff } as const
const generalLimit = rateLimit({ ...limiterDefaults, windowMs: 60 * 1000, limit: 600 })
const strictLimit = rateLimit({ ...limiterDefaults, windowMs: 60 * 1000, limit: 20 })
const strictPaths = ['/login', '/registreren', '/wachtwoord-vergeten', '/wachtwoord-herstellen', '/uitnodiging']
app.use((req, res, next) => {
	const strict = req.method !== 'GET' && req.method !== 'HEAD' && strictPaths.some((p) => req.path.startsWith(p))
	return (strict ? strictLimit : generalLimit)(req, res, next)
})

function hostOf(url: string) {
	try {
		return new URL(url).host
	} catch {
		return null
	}
}

// Posts that carry their own authorisation and come from no browser page of ours: the email provider's
// signed webhook, and mail clients' one-click unsubscribe (RFC 8058) with the personal token in the path.
const originFreePaths = [/^\/webhooks\/resend$/, /^\/afmelden\/[^/]+$/]

// Cross-site request forgery guard: a state-changing request must come from our own origin.
app.use((req, res, next) => {
	if (['GET', 'HEAD', 'OPTIONS'].includes(req.method)) return next()
	if (originFreePaths.some((pattern) => pattern.test(req.path))) return next()
	const origin = req.get('origin') ?? req.get('referer')
	const host = req.get('host')
	if (origin && host && hostOf(origin) === host) return next()
	res.status(403).type('text/plain').send('Forbidden: cross-origin request')
})

app.all(
	'*',
	createRequestHandler({
		build: viteDevServer ? getBuild : await getBuild(),
		mode: env.NODE_ENV,
		getLoadContext: (req, res) => ({
			cspNonce: res.locals.cspNonce as string,
			requestId: res.locals.requestId as string,
			requestStartedAt: res.locals.requestStartedAt as number,
			clientIp: req.ip ?? req.socket.remoteAddress ?? 'unknown',
		}),
	}),
)

const server = app.listen(env.PORT, () => {
	logger.info({ port: env.PORT }, 'listening')
	console.log(`\nWerkverbinder draait op http://localhost:${env.PORT}\n`)
})

function shutdown() {
	setTimeout(() => process.exit(0), 8000).unref()
	server.close()
	void (async () => {
		await (await entry()).shutdown?.()
		await viteDevServer?.close()
		process.exit(0)
	})()
}
process.on('SIGTERM', shutdown)
process.on('SIGINT', shutdown)
