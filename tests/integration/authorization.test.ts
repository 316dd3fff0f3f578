import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import * as accountRoute from '#app/routes/account._index.tsx'
import * as sessionsRoute from '#app/routes/account.sessies.tsx'
import * as adminRoute from '#app/routes/beheer._index.tsx'
import * as accountsRoute from '#app/routes/beheer.accounts.tsx'
import * as outboxRoute from '#app/routes/dev.outbox.tsx'
import * as jobcoachRoute from '#app/routes/jobcoach._index.tsx'
import * as loginRoute from '#app/routes/login.tsx'
import * as networkRoute from '#app/routes/netwerk._index.tsx'
import * as organizationRoute from '#app/routes/organisaties.$organizationId.tsx'
import * as employerRoute from '#app/routes/werkgever._index.tsx'
import { prisma } from '#app/utils/db.server.ts'
import { roles, type Role } from '#app/utils/permissions.ts'
import { resetAllThrottles } from '#app/utils/throttle.server.ts'
import {
	callRoute,
	checkMatrixCase,
	createSignedInSession,
	createSignedInUser,
	createUser,
	DEFAULT_PASSWORD,
	expectLoginRedirect,
	makeRequest,
	type MatrixCase,
	roleMatrix,
	sessionCookieFrom,
	submissionErrors,
} from '#tests/factories.ts'

type Signed = { userId: string; organizationId: string; cookie: string }

const signedIn = {} as Record<Role, Signed>
let foreignEmployerOrganizationId = ''

beforeAll(async () => {
	for (const role of roles) {
		const { user, organization, cookie } = await createSignedInUser({ role })
		signedIn[role] = { userId: user.id, organizationId: organization.id, cookie }
	}
	foreignEmployerOrganizationId = (await createUser({ role: 'EMPLOYER' })).organization.id
})
beforeEach(() => {
	resetAllThrottles()
})

type Case = MatrixCase<Signed, 200 | 302 | 403 | 404>

const allowOnly = (role: Role): Record<Role, 200 | 403> =>
	Object.fromEntries(roles.map((r) => [r, r === role ? 200 : 403])) as Record<Role, 200 | 403>
const everyone: Record<Role, 200> = { ADMIN: 200, COORDINATOR: 200, JOBCOACH: 200, EMPLOYER: 200 }
const fixed = (path: string) => () => ({ path })
const ownOrganization = (actor: Signed | null) => {
	const organizationId = actor?.organizationId ?? foreignEmployerOrganizationId
	return { path: `/organisaties/${organizationId}`, params: { organizationId } }
}
const foreignOrganization = () => ({
	path: `/organisaties/${foreignEmployerOrganizationId}`,
	params: { organizationId: foreignEmployerOrganizationId },
})

const cases: Case[] = [
	{ route: 'werkgever._index', module: employerRoute, target: fixed('/werkgever'), expected: allowOnly('EMPLOYER') },
	{ route: 'jobcoach._index', module: jobcoachRoute, target: fixed('/jobcoach'), expected: allowOnly('JOBCOACH') },
	{ route: 'netwerk._index', module: networkRoute, target: fixed('/netwerk'), expected: allowOnly('COORDINATOR') },
	{ route: 'beheer._index', module: adminRoute, target: fixed('/beheer'), expected: allowOnly('ADMIN') },
	{ route: 'beheer.accounts', module: accountsRoute, target: fixed('/beheer/accounts'), expected: allowOnly('ADMIN') },
	{ route: 'dev.outbox', module: outboxRoute, target: fixed('/dev/outbox'), expected: allowOnly('ADMIN') },
	{ route: 'account.sessies', module: sessionsRoute, target: fixed('/account/sessies'), expected: everyone },
	{ route: 'account._index', module: accountRoute, target: fixed('/account'), expected: everyone },
	{
		route: 'organisaties.$organizationId (own)',
		module: organizationRoute,
		target: ownOrganization,
		expected: everyone,
	},
	{
		route: 'organisaties.$organizationId (foreign)',
		module: organizationRoute,
		target: foreignOrganization,
		expected: { ADMIN: 200, COORDINATOR: 404, JOBCOACH: 404, EMPLOYER: 404 },
	},
	// Actions: the same check guards every write.
	{
		route: 'beheer._index action',
		module: adminRoute,
		method: 'POST',
		target: fixed('/beheer'),
		form: () => ({ name: 'Coaching via de tabel' }),
		expected: { ...allowOnly('ADMIN'), ADMIN: 302 },
	},
	{
		route: 'beheer.accounts action',
		module: accountsRoute,
		method: 'POST',
		target: fixed('/beheer/accounts'),
		form: (actor) => ({ intent: 'enable', userId: actor.userId }),
		expected: { ...allowOnly('ADMIN'), ADMIN: 302 },
	},
	{
		route: 'organisaties.$organizationId action (own)',
		module: organizationRoute,
		method: 'POST',
		target: ownOrganization,
		form: () => ({ intent: 'revoke', invitationId: 'no-such-invitation' }),
		expected: { ADMIN: 302, COORDINATOR: 403, JOBCOACH: 403, EMPLOYER: 302 },
	},
	{
		route: 'organisaties.$organizationId action (foreign)',
		module: organizationRoute,
		method: 'POST',
		target: foreignOrganization,
		form: () => ({ intent: 'revoke', invitationId: 'no-such-invitation' }),
		expected: { ADMIN: 302, COORDINATOR: 404, JOBCOACH: 404, EMPLOYER: 404 },
	},
]

const matrix = roleMatrix(cases)

describe('authorization matrix', () => {
	it.each(matrix)('$route as $actor → $outcome', (row) => checkMatrixCase(row, signedIn))
})

describe('account administration ends sessions', () => {
	it('changing a role ends all of the target’s sessions and writes an audit row', async () => {
		const admin = signedIn.ADMIN
		const { user: target, membership } = await createUser({ role: 'COORDINATOR' })
		const first = await createSignedInSession(target.id)
		await createSignedInSession(target.id)
		const bystander = await createUser({ role: 'COORDINATOR' })
		const bystanderSession = await createSignedInSession(bystander.user.id)

		const result = await callRoute(accountsRoute, {
			request: makeRequest('/beheer/accounts', {
				form: { intent: 'change-role', membershipId: membership.id, role: 'JOBCOACH' },
				cookie: admin.cookie,
			}),
		})
		expect(result.status).toBe(302)
		expect(result.location).toBe('/beheer/accounts')
		expect((await prisma.membership.findUniqueOrThrow({ where: { id: membership.id } })).role).toBe('JOBCOACH')
		expect(await prisma.session.count({ where: { userId: target.id } })).toBe(0)
		expect(await prisma.session.findUnique({ where: { id: bystanderSession.sessionId } })).not.toBeNull()
		expect(await prisma.session.count({ where: { userId: admin.userId } })).toBeGreaterThan(0)

		const audit = await prisma.auditEvent.findFirst({ where: { action: 'user.role-changed', entityId: target.id } })
		expect(audit?.actorId).toBe(admin.userId)
		expect(JSON.parse(audit?.details ?? '{}')).toEqual({ from: 'COORDINATOR', to: 'JOBCOACH' })

		// The old cookie no longer opens anything.
		const stale = await callRoute(networkRoute, { request: makeRequest('/netwerk', { cookie: first.cookie }) })
		expectLoginRedirect(stale, '/netwerk')
		// After a new login the new role applies.
		const login = await callRoute(loginRoute, {
			request: makeRequest('/login', { form: { email: target.email, password: DEFAULT_PASSWORD } }),
		})
		expect(login.location).toBe('/jobcoach')
	})

	it('refuses a role the organisation cannot hand out, and keeps the sessions', async () => {
		const { user: target, membership } = await createUser({ role: 'JOBCOACH' })
		await createSignedInSession(target.id)
		const result = await callRoute(accountsRoute, {
			request: makeRequest('/beheer/accounts', {
				form: { intent: 'change-role', membershipId: membership.id, role: 'ADMIN' },
				cookie: signedIn.ADMIN.cookie,
			}),
		})
		expect(result.status).toBe(302)
		expect((await prisma.membership.findUniqueOrThrow({ where: { id: membership.id } })).role).toBe('JOBCOACH')
		expect(await prisma.session.count({ where: { userId: target.id } })).toBe(1)
		expect(await prisma.auditEvent.count({ where: { action: 'user.role-changed', entityId: target.id } })).toBe(0)
	})

	it('disabling a user ends their sessions and blocks login until enabled again', async () => {
		const admin = signedIn.ADMIN
		const { user: target } = await createUser({ role: 'EMPLOYER' })
		const session = await createSignedInSession(target.id)

		const disable = (intent: 'disable' | 'enable') =>
			callRoute(accountsRoute, {
				request: makeRequest('/beheer/accounts', { form: { intent, userId: target.id }, cookie: admin.cookie }),
			})
		expect((await disable('disable')).status).toBe(302)
		expect((await prisma.user.findUniqueOrThrow({ where: { id: target.id } })).disabledAt).toBeInstanceOf(Date)
		expect(await prisma.session.count({ where: { userId: target.id } })).toBe(0)
		expect(
			await prisma.auditEvent.count({ where: { action: 'user.disabled', entityId: target.id, actorId: admin.userId } }),
		).toBe(1)
		expectLoginRedirect(
			await callRoute(employerRoute, { request: makeRequest('/werkgever', { cookie: session.cookie }) }),
			'/werkgever',
		)

		const login = () =>
			callRoute(loginRoute, {
				request: makeRequest('/login', { form: { email: target.email, password: DEFAULT_PASSWORD } }),
			})
		const blocked = await login()
		expect(blocked.status).toBe(400)
		expect(submissionErrors(blocked)['']).toEqual(['errors:auth.invalidCredentials'])
		expect(sessionCookieFrom(blocked)).toBeNull()
		expect(await prisma.session.count({ where: { userId: target.id } })).toBe(0)

		await disable('enable')
		resetAllThrottles()
		expect((await login()).location).toBe('/werkgever')
	})

	it('does not let an admin disable their own account', async () => {
		const admin = signedIn.ADMIN
		await callRoute(accountsRoute, {
			request: makeRequest('/beheer/accounts', {
				form: { intent: 'disable', userId: admin.userId },
				cookie: admin.cookie,
			}),
		})
		expect((await prisma.user.findUniqueOrThrow({ where: { id: admin.userId } })).disabledAt).toBeNull()
		expect(await prisma.session.count({ where: { userId: admin.userId } })).toBeGreaterThan(0)
	})
})
