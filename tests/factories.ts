// Test data and request helpers for integration tests that call loaders and actions directly.
import { type ActionFunctionArgs, type AppLoadContext, type LoaderFunctionArgs } from '@remix-run/node'
import { expect } from 'vitest'
import { hashPassword } from '#app/domain/auth/password.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import { findLatestEmailTo } from '#app/utils/email.server.ts'
import { roles, type OrganizationKind, type Role } from '#app/utils/permissions.ts'
import { createSession, serializeSessionCookie } from '#app/utils/session.server.ts'

export const BASE_URL = 'http://localhost:3000'
export const DEFAULT_PASSWORD = 'correct horse battery staple'

const defaultKind: Record<Role, OrganizationKind> = {
	ADMIN: 'PLATFORM',
	COORDINATOR: 'COACHING',
	JOBCOACH: 'COACHING',
	EMPLOYER: 'EMPLOYER',
}

let sequence = 0
/** A unique, already normalised address. */
export function uniqueEmail(prefix = 'user') {
	sequence += 1
	return `${prefix}-${sequence}-${Math.random().toString(36).slice(2, 8)}@example.test`
}

// argon2 is deliberately slow: hash the shared default password once per file.
let defaultHash: Promise<string> | undefined
function passwordHash(password: string) {
	if (password !== DEFAULT_PASSWORD) return hashPassword(password)
	defaultHash ??= hashPassword(DEFAULT_PASSWORD)
	return defaultHash
}

/** A user with a password, an organisation of a fitting kind (or the given one) and a membership. */
export async function createUser({
	role,
	organizationKind = defaultKind[role],
	organizationId,
	email = uniqueEmail(role.toLowerCase()),
	password = DEFAULT_PASSWORD,
	verified = true,
	name = `Test ${role.toLowerCase()}`,
}: {
	role: Role
	organizationKind?: OrganizationKind
	/** Join this existing organisation instead of creating one. */
	organizationId?: string
	email?: string
	password?: string
	verified?: boolean
	name?: string
}) {
	sequence += 1
	const organization = organizationId
		? await prisma.organization.findUniqueOrThrow({ where: { id: organizationId } })
		: await prisma.organization.create({
				data: { kind: organizationKind, name: `${organizationKind} organisatie ${sequence}` },
			})
	const user = await prisma.user.create({
		data: {
			email: email.toLowerCase(),
			name,
			emailVerifiedAt: verified ? new Date() : null,
			password: { create: { hash: await passwordHash(password) } },
		},
	})
	const membership = await prisma.membership.create({
		data: { userId: user.id, organizationId: organization.id, role },
	})
	return { user, organization, membership, password }
}

/** A real session for the user: the token and the `name=value` part of its cookie. */
export async function createSignedInSession(
	userId: string,
	userAgent: string | null = 'Mozilla/5.0 (X11; Linux x86_64) Chrome/130.0',
) {
	const { token, session } = await createSession(userId, userAgent)
	const setCookie = await serializeSessionCookie(token, session.expiresAt)
	return { token, sessionId: session.id, cookie: cookiePair(setCookie) }
}

/** A `Cookie` header value that signs the request in as the user. */
export async function createSessionCookie(userId: string) {
	return (await createSignedInSession(userId)).cookie
}

/** A user as `createUser` makes one, signed in: `cookie` signs its requests in. */
export async function createSignedInUser(options: Parameters<typeof createUser>[0]) {
	const created = await createUser(options)
	return { ...created, cookie: await createSessionCookie(created.user.id) }
}

export type SignedInUser = Awaited<ReturnType<typeof createSignedInUser>>

/** Signs the users in again, e.g. after the clock moved past their sessions' lifetime. */
export async function signInAgain(...users: SignedInUser[]) {
	for (const user of users) user.cookie = await createSessionCookie(user.user.id)
}

/** The `name=value` part of a Set-Cookie header value. */
export function cookiePair(setCookie: string) {
	const pair = setCookie.split(';')[0]
	if (!pair) throw new Error(`Not a Set-Cookie value: ${setCookie}`)
	return pair
}

/** A request as a browser form post (or a GET without a form) would send it. */
export function makeRequest(
	path: string,
	{
		method,
		form,
		cookie,
		headers,
	}: {
		method?: string
		form?: Record<string, string> | URLSearchParams
		cookie?: string | null
		headers?: Record<string, string>
	} = {},
) {
	const requestHeaders = new Headers({
		origin: BASE_URL,
		'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Firefox/132.0',
	})
	for (const [key, value] of Object.entries(headers ?? {})) requestHeaders.set(key, value)
	if (cookie) requestHeaders.set('cookie', cookie)
	let body: string | undefined
	if (form) {
		body = new URLSearchParams(form).toString()
		requestHeaders.set('content-type', 'application/x-www-form-urlencoded')
	}
	return new Request(`${BASE_URL}${path}`, { method: method ?? (form ? 'POST' : 'GET'), headers: requestHeaders, body })
}

export const testContext: AppLoadContext = { cspNonce: '', requestId: 't', requestStartedAt: 0, clientIp: '127.0.0.1' }

type RouteFunction = (args: LoaderFunctionArgs & ActionFunctionArgs) => unknown
type RouteModule = { loader?: RouteFunction; action?: RouteFunction }

export type RouteResult = {
	status: number
	headers: Headers
	/** The loader/action payload (plain object or `data()` value); a Response's body text otherwise. */
	data: unknown
	/** Redirect target, when there is one. */
	location: string | null
	/** Whether the route threw (a thrown Response), rather than returned. */
	thrown: boolean
}

function isDataWithResponseInit(
	value: unknown,
): value is { type: 'DataWithResponseInit'; data: unknown; init: ResponseInit | null } {
	return typeof value === 'object' && value !== null && 'type' in value && value.type === 'DataWithResponseInit'
}

/** Plain values, `data()` results and Responses (returned or thrown) as one shape. */
export async function normalizeResult(value: unknown, thrown = false): Promise<RouteResult> {
	if (value instanceof Response) {
		const text = await value.text()
		let data: unknown = text
		if (value.headers.get('content-type')?.includes('application/json') && text) data = JSON.parse(text)
		return { status: value.status, headers: value.headers, data, location: value.headers.get('location'), thrown }
	}
	if (isDataWithResponseInit(value)) {
		const headers = new Headers(value.init?.headers)
		return { status: value.init?.status ?? 200, headers, data: value.data, location: headers.get('location'), thrown }
	}
	return { status: 200, headers: new Headers(), data: value, location: null, thrown }
}

/**
 * Runs the route's loader (GET/HEAD) or action (any other method) like Remix would, and returns
 * what it returned or threw as a Response, normalised. Other thrown errors propagate.
 */
export async function callRoute(
	module: RouteModule,
	{ request, params = {} }: { request: Request; params?: Record<string, string> },
) {
	const isRead = request.method === 'GET' || request.method === 'HEAD'
	const handler = isRead ? module.loader : module.action
	if (!handler) throw new Error(`The route module has no ${isRead ? 'loader' : 'action'}`)
	let value: unknown
	try {
		value = await handler({ request, params, context: testContext })
	} catch (error) {
		if (error instanceof Response) return normalizeResult(error, true)
		throw error
	}
	return normalizeResult(value)
}

/** GET a route as a signed-in person (or anonymously with cookie null). */
export function getRoute(
	module: RouteModule,
	path: string,
	cookie: string | null,
	params: Record<string, string> = {},
) {
	return callRoute(module, { request: makeRequest(path, { cookie }), params })
}

/** GET a route's page and check that it answered 200: its loader's data. */
export async function loaderData<Data>(
	module: RouteModule,
	path: string,
	cookie: string | null,
	params: Record<string, string> = {},
) {
	const result = await getRoute(module, path, cookie, params)
	expect(result.status, JSON.stringify(result.data)).toBe(200)
	return result.data as Data
}

/** POST a form to a route; repeated values (checkboxes) as [name, value] pairs. */
export function postRoute(
	module: RouteModule,
	path: string,
	cookie: string | null,
	form: Record<string, string> | Array<[string, string]> | URLSearchParams,
	params: Record<string, string> = {},
) {
	const body = Array.isArray(form) ? new URLSearchParams(form) : form
	return callRoute(module, { request: makeRequest(path, { form: body, cookie }), params })
}

/** The session cookie the response sets (`name=value`), or null. */
export function sessionCookieFrom(result: Pick<RouteResult, 'headers'>) {
	const setCookie = result.headers.getSetCookie().find((value) => value.startsWith('wv_session='))
	return setCookie ? cookiePair(setCookie) : null
}

/** The raw Set-Cookie value for the session cookie, with its attributes, or null. */
export function sessionSetCookieFrom(result: Pick<RouteResult, 'headers'>) {
	return result.headers.getSetCookie().find((value) => value.startsWith('wv_session=')) ?? null
}

/** Conform's reply in a failed submission: `''` holds form errors, other keys field errors. */
export function submissionErrors(result: Pick<RouteResult, 'data'>): Record<string, string[] | null> {
	const data = result.data as { result?: { error?: Record<string, string[] | null> } } | null
	const errors = data?.result?.error
	if (!errors) throw new Error(`No submission errors in ${JSON.stringify(result.data)}`)
	return errors
}

/** Conform's reply in a failed submission: the values as typed (empty when it has none). */
export function initialValue(result: Pick<RouteResult, 'data'>): Record<string, unknown> {
	return (result.data as { result: { initialValue?: Record<string, unknown> } }).result.initialValue ?? {}
}

/** Every message stored for an address, oldest first. */
export function emailsTo(address: string) {
	return prisma.emailMessage.findMany({ where: { to: address.toLowerCase() }, orderBy: { createdAt: 'asc' } })
}

/** The link in the latest email to an address whose path matches, with its token. */
export async function findEmailLink(address: string, path: string) {
	const email = await findLatestEmailTo(address)
	if (!email) return null
	const escaped = path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
	const match = email.text.match(new RegExp(`https?://[^\\s)\\]]*${escaped}\\?token=([a-z0-9]+)`))
	if (!match?.[1]) return null
	return { email, url: match[0], token: match[1], path: match[0].replace(/^https?:\/\/[^/]+/, '') }
}

// --- Authorisation matrices: every case as every role and as an anonymous visitor ---

export type MatrixActor = Role | 'anonymous'

/** One route (loader, or action when POST) and what each role gets from it. */
export type MatrixCase<Signed extends { cookie: string }, Expected extends number = number> = {
	route: string
	module: RouteModule
	method?: 'GET' | 'POST'
	/** The path (and params) for the actor; null is the anonymous visitor. */
	target: (actor: Signed | null) => { path: string; params?: Record<string, string> }
	form?: (actor: Signed) => Record<string, string>
	expected: Record<Role, Expected>
}

/** Each case once per actor, with the outcome named for the test title. */
export function roleMatrix<Case extends { expected: Record<Role, number> }>(cases: Case[]) {
	return cases.flatMap((testCase) =>
		(['anonymous', ...roles] as MatrixActor[]).map((actor) => ({
			...testCase,
			actor,
			outcome: actor === 'anonymous' ? 'login redirect' : String(testCase.expected[actor]),
		})),
	)
}

/**
 * Calls the case's route as the actor (null: anonymous). A GET carries a query string, so the login
 * redirect can be seen to keep it; an anonymous POST sends the form made for `formActor`.
 */
export async function runMatrixCase<Signed extends { cookie: string }>(
	testCase: MatrixCase<Signed>,
	actor: Signed | null,
	formActor: Signed,
) {
	const { path, params } = testCase.target(actor)
	const isPost = testCase.method === 'POST'
	const fullPath = isPost ? path : `${path}?van=test`
	const form = isPost ? (testCase.form?.(actor ?? formActor) ?? {}) : undefined
	const result = await callRoute(testCase.module, {
		request: makeRequest(fullPath, { method: testCase.method ?? 'GET', form, cookie: actor?.cookie }),
		params,
	})
	return { result, path: fullPath }
}

/** An anonymous visitor goes to the login page, which brings them back to `path`. */
export function expectLoginRedirect(result: RouteResult, path: string) {
	expect(result.status).toBe(302)
	const location = new URL(result.location ?? '', BASE_URL)
	expect(location.pathname).toBe('/login')
	expect(location.searchParams.get('redirectTo')).toBe(path)
}

/** A refusal is thrown, never a redirect. */
export function expectRefused(result: RouteResult, status: 403 | 404) {
	expect(result.status).toBe(status)
	expect(result.thrown).toBe(true)
	expect(result.location).toBeNull()
}

/** One matrix row end to end: anonymous visitors go to the login page, signed-in actors get `expected`. */
export async function checkMatrixCase<Signed extends { cookie: string }>(
	{ actor, ...testCase }: MatrixCase<Signed> & { actor: MatrixActor },
	signedIn: Record<Role, Signed>,
) {
	const { result, path } = await runMatrixCase(testCase, actor === 'anonymous' ? null : signedIn[actor], signedIn.ADMIN)
	if (actor === 'anonymous') expectLoginRedirect(result, path)
	else expectMatrixOutcome(result, testCase.expected[actor])
}

/** A signed-in actor's outcome: the status, and what goes with it. */
export function expectMatrixOutcome(result: RouteResult, expected: number) {
	expect(result.status).toBe(expected)
	if (expected === 403 || expected === 404) {
		expect(result.thrown).toBe(true)
		expect(result.location).toBeNull()
	}
	if (expected === 200) {
		expect(result.thrown).toBe(false)
		// A page's data, or a file's body (CSV, HTML export).
		expect(result.data).toBeTruthy()
	}
	if (expected === 302) expect(result.location).not.toMatch(/^\/login/)
}
