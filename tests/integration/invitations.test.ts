import { describe, expect, it } from 'vitest'
import * as adminRoute from '#app/routes/beheer._index.tsx'
import * as organizationRoute from '#app/routes/organisaties.$organizationId.tsx'
import * as invitationRoute from '#app/routes/uitnodiging.tsx'
import { prisma } from '#app/utils/db.server.ts'
import { findLatestEmailTo } from '#app/utils/email.server.ts'
import {
	callRoute,
	createSignedInUser,
	createUser,
	findEmailLink,
	makeRequest,
	sessionCookieFrom,
	submissionErrors,
	uniqueEmail,
} from '#tests/factories.ts'

async function createCoachingOrganization(adminCookie: string, name = 'Jobcoaching Noord') {
	const result = await callRoute(adminRoute, {
		request: makeRequest('/beheer', { form: { name, town: 'Groningen' }, cookie: adminCookie }),
	})
	expect(result.status).toBe(302)
	const organizationId = result.location?.match(/^\/organisaties\/(.+)$/)?.[1]
	if (!organizationId) throw new Error(`unexpected redirect ${result.location}`)
	return organizationId
}

function postToOrganization(organizationId: string, cookie: string, form: Record<string, string>) {
	return callRoute(organizationRoute, {
		request: makeRequest(`/organisaties/${organizationId}`, { form, cookie }),
		params: { organizationId },
	})
}

function invite(organizationId: string, cookie: string, email: string, role: string) {
	return postToOrganization(organizationId, cookie, { intent: 'invite', email, role })
}

async function invitationLink(email: string) {
	const link = await findEmailLink(email, '/uitnodiging')
	if (!link) throw new Error(`no invitation mail to ${email}`)
	return link
}

function acceptAsNewUser(token: string, name = 'Nieuwe Collega', password = 'een sterk wachtwoord') {
	return callRoute(invitationRoute, {
		request: makeRequest('/uitnodiging', { form: { intent: 'new', token, name, password } }),
	})
}

describe('invitations', () => {
	it('lets an admin create a coaching organisation and invite a job coach by email', async () => {
		const admin = await createSignedInUser({ role: 'ADMIN' })
		const organizationId = await createCoachingOrganization(admin.cookie)
		const organization = await prisma.organization.findUniqueOrThrow({ where: { id: organizationId } })
		expect(organization).toMatchObject({ kind: 'COACHING', name: 'Jobcoaching Noord', town: 'Groningen' })

		const email = uniqueEmail('coach')
		const result = await invite(organizationId, admin.cookie, email, 'JOBCOACH')
		expect(result.status).toBe(302)
		expect(result.location).toBe(`/organisaties/${organizationId}`)
		const invitation = await prisma.invitation.findFirstOrThrow({ where: { email, organizationId } })
		expect(invitation.role).toBe('JOBCOACH')
		const link = await invitationLink(email)
		// Only the hash of the link's token is stored.
		expect(invitation.tokenHash).not.toBe(link.token)

		const audit = await prisma.auditEvent.findFirst({
			where: { action: 'invitation.created', entityId: invitation.id },
		})
		expect(audit?.actorId).toBe(admin.user.id)
	})

	it('refuses to invite an EMPLOYER into a coaching organisation', async () => {
		const admin = await createSignedInUser({ role: 'ADMIN' })
		const organizationId = await createCoachingOrganization(admin.cookie)
		const email = uniqueEmail('wrong-role')
		const result = await invite(organizationId, admin.cookie, email, 'EMPLOYER')
		expect(result.status).toBe(400)
		expect(submissionErrors(result).role).toEqual(['errors:invitation.role-not-allowed'])
		expect(await prisma.invitation.count({ where: { email } })).toBe(0)
		expect(await findLatestEmailTo(email)).toBeNull()
	})

	it('creates a confirmed job coach account from the link, signs them in, and spends the link', async () => {
		const admin = await createSignedInUser({ role: 'ADMIN' })
		const organizationId = await createCoachingOrganization(admin.cookie)
		const email = uniqueEmail('coach')
		await invite(organizationId, admin.cookie, email, 'JOBCOACH')
		const link = await invitationLink(email)

		const page = await callRoute(invitationRoute, { request: makeRequest(link.path) })
		expect(page.data).toMatchObject({ token: link.token, invitation: { email, role: 'JOBCOACH', hasAccount: false } })

		const accepted = await acceptAsNewUser(link.token)
		expect(accepted.status).toBe(302)
		expect(accepted.location).toBe('/jobcoach')
		const cookie = sessionCookieFrom(accepted)
		expect(cookie).not.toBeNull()

		const user = await prisma.user.findUniqueOrThrow({
			where: { email },
			include: { memberships: true, sessions: true },
		})
		expect(user.emailVerifiedAt).toBeInstanceOf(Date)
		expect(user.name).toBe('Nieuwe Collega')
		expect(user.memberships).toHaveLength(1)
		expect(user.memberships[0]).toMatchObject({ organizationId, role: 'JOBCOACH' })
		expect(user.sessions).toHaveLength(1)
		const invitation = await prisma.invitation.findFirstOrThrow({ where: { email } })
		expect(invitation.acceptedAt).toBeInstanceOf(Date)
		const audit = await prisma.auditEvent.findFirst({
			where: { action: 'invitation.accepted', entityId: invitation.id },
		})
		expect(audit?.actorId).toBe(user.id)

		const again = await acceptAsNewUser(link.token, 'Indringer', 'een ander wachtwoord')
		expect(again.status).toBe(400)
		expect(submissionErrors(again)['']).toEqual(['errors:auth.linkInvalid'])
		expect(sessionCookieFrom(again)).toBeNull()
		expect(await prisma.user.count({ where: { email } })).toBe(1)
		const spentPage = await callRoute(invitationRoute, { request: makeRequest(link.path) })
		expect(spentPage.data).toMatchObject({ invitation: null, token: null })
	})

	it('lets an employer invite a colleague into its own organisation', async () => {
		const employer = await createSignedInUser({ role: 'EMPLOYER' })
		const organizationId = employer.organization.id
		const email = uniqueEmail('collega')
		const result = await invite(organizationId, employer.cookie, email, 'EMPLOYER')
		expect(result.status).toBe(302)
		expect(result.location).toBe(`/organisaties/${organizationId}`)
		const link = await invitationLink(email)

		const accepted = await acceptAsNewUser(link.token)
		expect(accepted.location).toBe('/werkgever')
		const membership = await prisma.membership.findFirstOrThrow({ where: { user: { email } } })
		expect(membership).toMatchObject({ organizationId, role: 'EMPLOYER' })
	})

	it("answers 404 to an employer on another employer's organisation, for the page and for inviting", async () => {
		const employer = await createSignedInUser({ role: 'EMPLOYER' })
		const other = await createUser({ role: 'EMPLOYER' })
		const foreignId = other.organization.id

		const page = await callRoute(organizationRoute, {
			request: makeRequest(`/organisaties/${foreignId}`, { cookie: employer.cookie }),
			params: { organizationId: foreignId },
		})
		expect(page.status).toBe(404)
		expect(page.thrown).toBe(true)

		const email = uniqueEmail('sneaky')
		const result = await invite(foreignId, employer.cookie, email, 'EMPLOYER')
		expect(result.status).toBe(404)
		expect(await prisma.invitation.count({ where: { email } })).toBe(0)
		expect(await findLatestEmailTo(email)).toBeNull()

		// An organisation that does not exist looks the same.
		const missing = await callRoute(organizationRoute, {
			request: makeRequest('/organisaties/does-not-exist', { cookie: employer.cookie }),
			params: { organizationId: 'does-not-exist' },
		})
		expect(missing.status).toBe(404)
	})

	it('refuses to let an employer invite a job coach', async () => {
		const employer = await createSignedInUser({ role: 'EMPLOYER' })
		const email = uniqueEmail('coach')
		const result = await invite(employer.organization.id, employer.cookie, email, 'JOBCOACH')
		expect(result.status).toBe(400)
		expect(submissionErrors(result).role).toEqual(['errors:invitation.role-not-allowed'])
		expect(await prisma.invitation.count({ where: { email } })).toBe(0)
	})

	it('makes a revoked invitation link invalid', async () => {
		const employer = await createSignedInUser({ role: 'EMPLOYER' })
		const organizationId = employer.organization.id
		const email = uniqueEmail('collega')
		await invite(organizationId, employer.cookie, email, 'EMPLOYER')
		const link = await invitationLink(email)
		const invitation = await prisma.invitation.findFirstOrThrow({ where: { email } })

		const page = await callRoute(organizationRoute, {
			request: makeRequest(`/organisaties/${organizationId}`, { cookie: employer.cookie }),
			params: { organizationId },
		})
		expect(page.data).toMatchObject({ canInvite: true, invitations: [expect.objectContaining({ id: invitation.id })] })

		const revoked = await postToOrganization(organizationId, employer.cookie, {
			intent: 'revoke',
			invitationId: invitation.id,
		})
		expect(revoked.status).toBe(302)
		expect((await prisma.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).revokedAt).toBeInstanceOf(Date)
		expect(await prisma.auditEvent.count({ where: { action: 'invitation.revoked', entityId: invitation.id } })).toBe(1)

		const linkPage = await callRoute(invitationRoute, { request: makeRequest(link.path) })
		expect(linkPage.data).toMatchObject({ invitation: null })
		const accepted = await acceptAsNewUser(link.token)
		expect(accepted.status).toBe(400)
		expect(submissionErrors(accepted)['']).toEqual(['errors:auth.linkInvalid'])
		expect(await prisma.user.count({ where: { email } })).toBe(0)
	})

	it("cannot revoke another organisation's invitation through its own organisation page", async () => {
		const owner = await createSignedInUser({ role: 'EMPLOYER' })
		const email = uniqueEmail('collega')
		await invite(owner.organization.id, owner.cookie, email, 'EMPLOYER')
		const invitation = await prisma.invitation.findFirstOrThrow({ where: { email } })

		const intruder = await createSignedInUser({ role: 'EMPLOYER' })
		await postToOrganization(intruder.organization.id, intruder.cookie, {
			intent: 'revoke',
			invitationId: invitation.id,
		})
		expect((await prisma.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).revokedAt).toBeNull()
	})

	it('judges own-organisation rights by the role held in that organisation', async () => {
		// An employer who is also a jobcoach at a coaching organisation gets jobcoach rights there, not employer rights.
		const employer = await createSignedInUser({ role: 'EMPLOYER' })
		const coaching = await createUser({ role: 'JOBCOACH' })
		await prisma.membership.create({
			data: { userId: employer.user.id, organizationId: coaching.organization.id, role: 'JOBCOACH' },
		})
		const email = uniqueEmail('coordinator')
		const result = await invite(coaching.organization.id, employer.cookie, email, 'COORDINATOR')
		expect(result.status).toBe(403)
		expect(await prisma.invitation.count({ where: { email } })).toBe(0)

		const ownColleague = uniqueEmail('collega')
		expect((await invite(employer.organization.id, employer.cookie, ownColleague, 'EMPLOYER')).status).toBe(302)
	})
})
