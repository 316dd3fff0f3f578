import { redirect } from '@remix-run/node'
import { prisma } from './db.server.ts'
import {
	accessFor,
	isRole,
	startPaths,
	type OrganizationKind,
	type PermissionRequest,
	type Role,
} from './permissions.ts'
import {
	createSession,
	readSessionToken,
	serializeBlankSessionCookie,
	serializeSessionCookie,
	validateSessionToken,
	type ValidatedSession,
} from './session.server.ts'

export type SessionUser = {
	id: string
	email: string
	name: string
	locale: string
	emailVerified: boolean
	role: Role | null
	organization: { id: string; name: string; kind: OrganizationKind } | null
	/** Every membership with its own role: `own` permissions are judged per organisation. */
	memberships: Array<{ organizationId: string; role: Role | null }>
	sessionId: string
	/** Set when the sliding expiry moved: the cookie must be re-sent. */
	renewedCookie: string | null
}

const cache = new WeakMap<Request, Promise<SessionUser | null>>()

function toSessionUser(session: ValidatedSession, renewedCookie: string | null): SessionUser {
	const primary = session.user.memberships[0]
	return {
		id: session.user.id,
		email: session.user.email,
		name: session.user.name,
		locale: session.user.locale,
		emailVerified: session.user.emailVerifiedAt !== null,
		role: primary && isRole(primary.role) ? primary.role : null,
		organization: primary ? { ...primary.organization, kind: primary.organization.kind as OrganizationKind } : null,
		memberships: session.user.memberships.map((membership) => ({
			organizationId: membership.organization.id,
			role: isRole(membership.role) ? membership.role : null,
		})),
		sessionId: session.id,
		renewedCookie,
	}
}

/** The signed-in user for this request, or null; validated once per request. */
export function getUser(request: Request): Promise<SessionUser | null> {
	let pending = cache.get(request)
	if (!pending) {
		pending = (async () => {
			const token = await readSessionToken(request)
			if (!token) return null
			const session = await validateSessionToken(token)
			if (!session) return null
			const renewedCookie = session.renewed ? await serializeSessionCookie(token, session.expiresAt) : null
			return toSessionUser(session, renewedCookie)
		})()
		cache.set(request, pending)
	}
	return pending
}

function loginRedirect(request: Request) {
	const url = new URL(request.url)
	const redirectTo = `${url.pathname}${url.search}`
	const params = new URLSearchParams({ redirectTo })
	return redirect(`/login?${params}`)
}

/** Throws a redirect to the login page when nobody is signed in. */
export async function requireUser(request: Request): Promise<SessionUser> {
	const user = await getUser(request)
	if (!user) throw loginRedirect(request)
	return user
}

export async function requireAnonymous(request: Request) {
	const user = await getUser(request)
	if (user) throw redirect(getStartPath(user))
}

/**
 * Whether the user holds a permission. `any` access comes from the primary role; within an
 * organisation, `own` access comes from the role the user has in that organisation, so being an
 * employer somewhere and a jobcoach elsewhere never mixes the two.
 */
export function hasPermission(
	user: Pick<SessionUser, 'role' | 'memberships'>,
	permission: PermissionRequest,
	organizationId?: string,
) {
	if (accessFor(user.role, permission) === 'any') return true
	if (organizationId === undefined) return accessFor(user.role, permission) === 'own'
	const membership = user.memberships.find((m) => m.organizationId === organizationId)
	return membership !== undefined && accessFor(membership.role, permission) !== null
}

type PermissionOptions = {
	/** The organisation the resource belongs to, for `own` permissions. */
	organizationId?: string
	/** Answer 404 instead of 403 where the resource's existence itself is private. */
	hideExistence?: boolean
}

/**
 * The one authorisation check every protected loader and action calls. `any` access passes;
 * `own` access passes only for members of `organizationId` (or when no organisation is named).
 */
export async function requirePermission(
	request: Request,
	permission: PermissionRequest,
	{ organizationId, hideExistence = false }: PermissionOptions = {},
): Promise<SessionUser> {
	const user = await requireUser(request)
	if (!hasPermission(user, permission, organizationId)) {
		throw new Response(hideExistence ? 'Not Found' : 'Forbidden', { status: hideExistence ? 404 : 403 })
	}
	return user
}

export function getStartPath(user: Pick<SessionUser, 'role'>) {
	return user.role ? startPaths[user.role] : '/account'
}

/** Where a user lands after login: the start page of their primary (first) membership. */
export async function getStartPathForUser(userId: string) {
	const membership = await prisma.membership.findFirst({
		where: { userId },
		orderBy: { createdAt: 'asc' },
		select: { role: true },
	})
	return getStartPath({ role: membership && isRole(membership.role) ? membership.role : null })
}

/** Only same-site relative paths: never an open redirect. */
export function safeRedirectPath(target: unknown, fallback: string) {
	if (typeof target !== 'string' || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) {
		return fallback
	}
	return target
}

export async function startSession(userId: string, request: Request) {
	const { token, session } = await createSession(userId, request.headers.get('user-agent'))
	return { sessionId: session.id, cookie: await serializeSessionCookie(token, session.expiresAt) }
}

export function endSessionCookie() {
	return serializeBlankSessionCookie()
}
