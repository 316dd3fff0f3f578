import { describe, expect, it } from 'vitest'
import * as sessionsRoute from '#app/routes/account.sessies.tsx'
import { prisma } from '#app/utils/db.server.ts'
import { callRoute, createSignedInSession, createUser, makeRequest, sessionCookieFrom } from '#tests/factories.ts'

async function userWithSessions(count: number) {
	const { user } = await createUser({ role: 'EMPLOYER' })
	const sessions = []
	for (let i = 0; i < count; i++) sessions.push(await createSignedInSession(user.id))
	return { user, sessions }
}

function endSessions(cookie: string, form: Record<string, string>) {
	return callRoute(sessionsRoute, { request: makeRequest('/account/sessies', { form, cookie }) })
}

async function sessionIdsOf(userId: string) {
	return (await prisma.session.findMany({ where: { userId }, select: { id: true } })).map((row) => row.id).sort()
}

describe('my sessions', () => {
	it('lists only the signed-in user’s own sessions and marks the current one', async () => {
		const alice = await userWithSessions(2)
		const bob = await userWithSessions(1)
		const [current, other] = alice.sessions
		const result = await callRoute(sessionsRoute, {
			request: makeRequest('/account/sessies', { cookie: current!.cookie }),
		})
		expect(result.status).toBe(200)
		const { sessions } = result.data as { sessions: Array<{ id: string; current: boolean; userAgent: string | null }> }
		expect(sessions.map((session) => session.id).sort()).toEqual([current!.sessionId, other!.sessionId].sort())
		expect(sessions.map((session) => session.id)).not.toContain(bob.sessions[0]!.sessionId)
		expect(sessions.find((session) => session.current)?.id).toBe(current!.sessionId)
		expect(sessions.filter((session) => session.current)).toHaveLength(1)
		// A coarse label only, never the full user agent.
		expect(sessions[0]?.userAgent).toBe('Chrome · Linux')
	})

	it('does nothing to another user’s session when its id is posted', async () => {
		const alice = await userWithSessions(1)
		const bob = await userWithSessions(1)
		const bobSession = bob.sessions[0]!
		const result = await endSessions(alice.sessions[0]!.cookie, { intent: 'end-one', sessionId: bobSession.sessionId })
		expect(result.status).toBe(302)
		expect(result.location).toBe('/account/sessies')
		expect(await prisma.session.findUnique({ where: { id: bobSession.sessionId } })).not.toBeNull()
		expect(await sessionIdsOf(alice.user.id)).toEqual([alice.sessions[0]!.sessionId])
		expect(await prisma.auditEvent.count({ where: { action: 'auth.session-ended', actorId: alice.user.id } })).toBe(0)
	})

	it('ends one of the user’s own other sessions', async () => {
		const alice = await userWithSessions(2)
		const [current, other] = alice.sessions
		const result = await endSessions(current!.cookie, { intent: 'end-one', sessionId: other!.sessionId })
		expect(result.location).toBe('/account/sessies')
		expect(await sessionIdsOf(alice.user.id)).toEqual([current!.sessionId])
		expect(await prisma.auditEvent.count({ where: { action: 'auth.session-ended', actorId: alice.user.id } })).toBe(1)
	})

	it('ending the current session signs out and clears the cookie', async () => {
		const alice = await userWithSessions(1)
		const current = alice.sessions[0]!
		const result = await endSessions(current.cookie, { intent: 'end-one', sessionId: current.sessionId })
		expect(result.location).toBe('/login')
		expect(sessionCookieFrom(result)).toBe('wv_session=')
		expect(await sessionIdsOf(alice.user.id)).toEqual([])
	})

	it('end-others keeps the current session and leaves other users alone', async () => {
		const alice = await userWithSessions(3)
		const bob = await userWithSessions(2)
		const current = alice.sessions[1]!
		const result = await endSessions(current.cookie, { intent: 'end-others' })
		expect(result.status).toBe(302)
		expect(result.location).toBe('/account/sessies')
		expect(await sessionIdsOf(alice.user.id)).toEqual([current.sessionId])
		expect(await sessionIdsOf(bob.user.id)).toEqual(bob.sessions.map((session) => session.sessionId).sort())
		const audit = await prisma.auditEvent.findFirst({ where: { action: 'auth.session-ended', actorId: alice.user.id } })
		expect(JSON.parse(audit?.details ?? '{}')).toEqual({ count: 2 })
	})

	it('rejects a malformed session id with 400', async () => {
		const alice = await userWithSessions(1)
		const result = await endSessions(alice.sessions[0]!.cookie, { intent: 'end-one', sessionId: 'not-a-hash' })
		expect(result.status).toBe(400)
		expect(result.thrown).toBe(true)
	})
})
