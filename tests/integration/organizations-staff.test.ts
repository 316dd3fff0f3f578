import { beforeAll, describe, expect, it } from 'vitest'
import * as invitationRoute from '#app/routes/uitnodiging.tsx'
import * as detailRoute from '#app/routes/werkgevers.$organizationId.tsx'
import * as listRoute from '#app/routes/werkgevers._index.tsx'
import * as prospectRoute from '#app/routes/werkgevers.nieuw.tsx'
import * as employerHomeRoute from '#app/routes/werkgever._index.tsx'
import { prisma } from '#app/utils/db.server.ts'
import { findLatestEmailTo } from '#app/utils/email.server.ts'
import {
	callRoute,
	createSessionCookie,
	createSignedInUser,
	createUser,
	findEmailLink,
	makeRequest,
	sessionCookieFrom,
	submissionErrors,
	uniqueEmail,
} from '#tests/factories.ts'

type Staff = { userId: string; name: string; cookie: string }
let coordinator: Staff
let jobcoach: Staff
let employerCookie: string
let hofjeId: string
let wilgenhoekId: string

async function signedIn(role: 'COORDINATOR' | 'JOBCOACH', name: string): Promise<Staff> {
	const { user, cookie } = await createSignedInUser({ role, name })
	return { userId: user.id, name: user.name, cookie }
}

function place(organizationId: string, title: string, status: string, type = 'WORK_EXPERIENCE') {
	return prisma.place.create({
		data: { organizationId, title, status, type, description: 'Meewerken in de keuken.', hoursMin: 8, hoursMax: 16 },
	})
}

beforeAll(async () => {
	coordinator = await signedIn('COORDINATOR', 'Carla Coördinator')
	jobcoach = await signedIn('JOBCOACH', 'Joris Jobcoach')
	// An employer with an account and places, and one without (added by hand, a prospect).
	const hofje = await createUser({ role: 'EMPLOYER' })
	employerCookie = await createSessionCookie(hofje.user.id)
	hofjeId = hofje.organization.id
	await prisma.organization.update({
		where: { id: hofjeId },
		data: { name: "Lunchroom 't Hofje", town: 'Groenlo', municipality: 'Oost Gelre', sector: 'I' },
	})
	await place(hofjeId, 'Hulp in de keuken', 'PUBLISHED')
	await place(hofjeId, 'Bediening op zaterdag', 'PUBLISHED', 'VOLUNTEER')
	await place(hofjeId, 'Afwas', 'DRAFT')
	await place(hofjeId, 'Taarten bakken', 'CLOSED')
	const wilgenhoek = await prisma.organization.create({
		data: { kind: 'EMPLOYER', name: 'Hoveniersbedrijf De Wilgenhoek', town: 'Vorden', sector: 'N' },
	})
	wilgenhoekId = wilgenhoek.id
	await place(wilgenhoekId, 'Tuinonderhoud', 'PAUSED')
	// Not an employer: never on the list.
	await prisma.organization.create({ data: { kind: 'COACHING', name: 'Hofje Coaching' } })
})

type ListData = {
	employers: Array<{ id: string; name: string; publishedPlaces: number; isProspect: boolean; memberCount: number }>
	filter: Record<string, string>
	canCreate: boolean
}

async function list(actor: Staff, search = '') {
	const result = await callRoute(listRoute, { request: makeRequest(`/werkgevers${search}`, { cookie: actor.cookie }) })
	expect(result.status).toBe(200)
	return result.data as ListData
}

describe('the staff list of employers', () => {
	it('shows every employer with its published places and whether anyone has an account', async () => {
		const data = await list(jobcoach)
		const hofje = data.employers.find((employer) => employer.id === hofjeId)
		const wilgenhoek = data.employers.find((employer) => employer.id === wilgenhoekId)
		expect(hofje).toMatchObject({ name: "Lunchroom 't Hofje", publishedPlaces: 2, isProspect: false, memberCount: 1 })
		expect(wilgenhoek).toMatchObject({ publishedPlaces: 0, isProspect: true, memberCount: 0 })
		expect(data.employers.map((employer) => employer.name)).not.toContain('Hofje Coaching')
		// Only coordinators add employers.
		expect(data.canCreate).toBe(false)
		expect((await list(coordinator)).canCreate).toBe(true)
	})

	it.each([
		{ search: '?q=hofje', expected: "Lunchroom 't Hofje" },
		{ search: '?town=vorden', expected: 'Hoveniersbedrijf De Wilgenhoek' },
		// A municipality finds its towns.
		{ search: '?town=Oost+Gelre', expected: "Lunchroom 't Hofje" },
		{ search: '?sector=N', expected: 'Hoveniersbedrijf De Wilgenhoek' },
		{ search: '?q=hofje&sector=I&town=Groenlo', expected: "Lunchroom 't Hofje" },
	])('filters by $search', async ({ search, expected }) => {
		const names = (await list(coordinator, search)).employers.map((employer) => employer.name)
		expect(names).toEqual([expected])
	})

	it('finds nothing when filters exclude each other, and ignores filter values that do not fit', async () => {
		expect((await list(coordinator, '?q=hofje&sector=N')).employers).toEqual([])
		const all = await list(coordinator)
		const lenient = await list(coordinator, `?sector=ZZ&q=${'x'.repeat(300)}`)
		expect(lenient.filter).toEqual({ q: '', town: '', sector: '' })
		expect(lenient.employers.length).toBe(all.employers.length)
	})
})

describe('one employer for staff', () => {
	it('shows the profile, the contact persons and every place with its type and status', async () => {
		await prisma.contactPerson.create({
			data: { organizationId: hofjeId, name: 'Anna de Vries', jobTitle: 'Bedrijfsleider', email: 'anna@hofje.example' },
		})
		const result = await callRoute(detailRoute, {
			request: makeRequest(`/werkgevers/${hofjeId}`, { cookie: jobcoach.cookie }),
			params: { organizationId: hofjeId },
		})
		expect(result.status).toBe(200)
		const data = result.data as {
			employer: { name: string; town: string; isProspect: boolean }
			contactPersons: Array<{ name: string }>
			places: Array<{ title: string; type: string; status: string }>
			canInvite: boolean
		}
		expect(data.employer).toMatchObject({ name: "Lunchroom 't Hofje", town: 'Groenlo', isProspect: false })
		expect(data.contactPersons.map((contact) => contact.name)).toEqual(['Anna de Vries'])
		expect(data.places.map((p) => `${p.title}:${p.type}:${p.status}`).sort()).toEqual([
			'Afwas:WORK_EXPERIENCE:DRAFT',
			'Bediening op zaterdag:VOLUNTEER:PUBLISHED',
			'Hulp in de keuken:WORK_EXPERIENCE:PUBLISHED',
			'Taarten bakken:WORK_EXPERIENCE:CLOSED',
		])
		expect(data.canInvite).toBe(false)
	})

	it('answers 404 for an unknown id and for an organisation that is not an employer', async () => {
		const coaching = await prisma.organization.findFirstOrThrow({ where: { name: 'Hofje Coaching' } })
		for (const organizationId of ['no-such-organization', coaching.id]) {
			const result = await callRoute(detailRoute, {
				request: makeRequest(`/werkgevers/${organizationId}`, { cookie: coordinator.cookie }),
				params: { organizationId },
			})
			expect(result.status).toBe(404)
			expect(result.thrown).toBe(true)
		}
	})
})

describe('prospects', () => {
	function addProspect(form: Record<string, string>) {
		return callRoute(prospectRoute, {
			request: makeRequest('/werkgevers/nieuw', { form, cookie: coordinator.cookie }),
		})
	}

	it('a coordinator adds an employer with one contact person, who later claims it by invitation', async () => {
		const contactEmail = uniqueEmail('eigenaar')
		const created = await addProspect({
			name: 'Fietsenmakerij De Spaak',
			kvkNumber: '99991234',
			sector: 'G',
			town: 'Lichtenvoorde',
			website: 'despaak.example.nl',
			contactName: 'Sanne Spaak',
			contactJobTitle: 'Eigenaar',
			contactEmail,
			contactPhone: '0544 371234',
		})
		expect(created.status).toBe(302)
		const organizationId = created.location?.match(/^\/werkgevers\/(.+)$/)?.[1]
		if (!organizationId) throw new Error(`unexpected redirect ${created.location}`)
		const organization = await prisma.organization.findUniqueOrThrow({
			where: { id: organizationId },
			include: { contactPersons: true, memberships: true },
		})
		expect(organization).toMatchObject({
			kind: 'EMPLOYER',
			name: 'Fietsenmakerij De Spaak',
			kvkNumber: '99991234',
			sector: 'G',
			town: 'Lichtenvoorde',
			municipality: 'Oost Gelre',
			website: 'https://despaak.example.nl',
			addedById: coordinator.userId,
		})
		expect(organization.memberships).toEqual([])
		expect(organization.contactPersons).toEqual([
			expect.objectContaining({ name: 'Sanne Spaak', jobTitle: 'Eigenaar', email: contactEmail, phone: '0544 371234' }),
		])
		const audit = await prisma.auditEvent.findFirst({
			where: { action: 'organization.created', entityId: organizationId },
		})
		expect(audit?.actorId).toBe(coordinator.userId)
		expect(JSON.parse(audit?.details ?? '{}')).toMatchObject({ kind: 'EMPLOYER', prospect: true })

		// On the list as a prospect; on its page the coordinator may invite.
		const listed = (await list(coordinator, '?q=Spaak')).employers
		expect(listed).toEqual([expect.objectContaining({ id: organizationId, isProspect: true })])
		const detail = await callRoute(detailRoute, {
			request: makeRequest(`/werkgevers/${organizationId}`, { cookie: coordinator.cookie }),
			params: { organizationId },
		})
		expect(detail.data).toMatchObject({ canInvite: true, employer: { addedByName: 'Carla Coördinator' } })
		// A jobcoach reads the same page but cannot invite.
		const asJobcoach = await callRoute(detailRoute, {
			request: makeRequest(`/werkgevers/${organizationId}`, { cookie: jobcoach.cookie }),
			params: { organizationId },
		})
		expect(asJobcoach.data).toMatchObject({ canInvite: false })

		// The claim invitation goes to the contact person, from the coordinator.
		const contact = organization.contactPersons[0]!
		const invite = () =>
			callRoute(detailRoute, {
				request: makeRequest(`/werkgevers/${organizationId}`, {
					form: { intent: 'invite-contact', contactPersonId: contact.id },
					cookie: coordinator.cookie,
				}),
				params: { organizationId },
			})
		const sent = await invite()
		expect(sent.status).toBe(302)
		expect(sent.location).toBe(`/werkgevers/${organizationId}`)
		const invitation = await prisma.invitation.findFirstOrThrow({ where: { organizationId, email: contactEmail } })
		expect(invitation).toMatchObject({ role: 'EMPLOYER', invitedById: coordinator.userId })
		const email = await findLatestEmailTo(contactEmail)
		expect(email?.subject).toContain('Fietsenmakerij De Spaak')
		expect(email?.text).toContain('Carla Coördinator')
		// Twice is refused while the first is open.
		const again = await invite()
		expect(again.status).toBe(400)
		expect(submissionErrors(again)['']).toEqual(['errors:invitation.already-invited'])

		// The contact person accepts: an account, an EMPLOYER membership, and the organisation is no longer a prospect.
		const link = await findEmailLink(contactEmail, '/uitnodiging')
		if (!link) throw new Error('no invitation link')
		const accepted = await callRoute(invitationRoute, {
			request: makeRequest('/uitnodiging', {
				form: { intent: 'new', token: link.token, name: 'Sanne Spaak', password: 'een sterk wachtwoord' },
			}),
		})
		expect(accepted.status).toBe(302)
		expect(accepted.location).toBe('/werkgever')
		const membership = await prisma.membership.findFirstOrThrow({ where: { organizationId } })
		expect(membership.role).toBe('EMPLOYER')
		expect((await prisma.user.findUniqueOrThrow({ where: { id: membership.userId } })).email).toBe(contactEmail)
		expect((await list(coordinator, '?q=Spaak')).employers).toEqual([
			expect.objectContaining({ id: organizationId, isProspect: false, memberCount: 1 }),
		])
		const claimed = await callRoute(detailRoute, {
			request: makeRequest(`/werkgevers/${organizationId}`, { cookie: coordinator.cookie }),
			params: { organizationId },
		})
		expect(claimed.data).toMatchObject({ canInvite: false, employer: { isProspect: false } })

		// The new member lands on their own employer pages.
		const cookie = sessionCookieFrom(accepted)
		const home = await callRoute(employerHomeRoute, { request: makeRequest('/werkgever', { cookie }) })
		expect(home.status).toBe(200)

		// Once claimed, staff no longer invite on the employer's behalf.
		await prisma.invitation.updateMany({ where: { organizationId }, data: { revokedAt: new Date() } })
		const second = await prisma.contactPerson.create({
			data: { organizationId, name: 'Piet Spaak', email: uniqueEmail('piet') },
		})
		const refused = await callRoute(detailRoute, {
			request: makeRequest(`/werkgevers/${organizationId}`, {
				form: { intent: 'invite-contact', contactPersonId: second.id },
				cookie: coordinator.cookie,
			}),
			params: { organizationId },
		})
		expect(refused.status).toBe(400)
		expect(submissionErrors(refused)['']).toEqual(['organizations:claim.hasMembers'])
		expect(await prisma.invitation.count({ where: { organizationId, email: second.email! } })).toBe(0)
	})

	it('refuses a contact person without an email, and answers 404 for one of another organisation', async () => {
		const prospect = await prisma.organization.create({
			data: {
				kind: 'EMPLOYER',
				name: 'Bakkerij Zonder Mail',
				contactPersons: { create: { name: 'Kees Zondermail', phone: '0543 451234' } },
			},
			include: { contactPersons: true },
		})
		const post = (contactPersonId: string) =>
			callRoute(detailRoute, {
				request: makeRequest(`/werkgevers/${prospect.id}`, {
					form: { intent: 'invite-contact', contactPersonId },
					cookie: coordinator.cookie,
				}),
				params: { organizationId: prospect.id },
			})
		const noEmail = await post(prospect.contactPersons[0]!.id)
		expect(noEmail.status).toBe(400)
		expect(submissionErrors(noEmail).contactPersonId).toEqual(['organizations:claim.noEmail'])

		const foreign = await prisma.contactPerson.create({
			data: { organizationId: hofjeId, name: 'Anna Ander', email: uniqueEmail('ander') },
		})
		const notHere = await post(foreign.id)
		expect(notHere.status).toBe(404)
		expect(await prisma.invitation.count({ where: { organizationId: prospect.id } })).toBe(0)
	})

	it('refuses a duplicate KvK number, an unknown town and a contact without a name, and writes nothing', async () => {
		await prisma.organization.update({ where: { id: wilgenhoekId }, data: { kvkNumber: '99990002' } })
		const before = await prisma.organization.count()
		const result = await addProspect({
			name: 'Dubbel BV',
			kvkNumber: '99990002',
			town: 'Atlantis',
			website: 'geen adres',
			contactName: '',
		})
		expect(result.status).toBe(400)
		expect(submissionErrors(result)).toMatchObject({
			website: ['errors:validation.url'],
			contactName: ['errors:validation.required'],
		})
		// The server checks (KvK, town) come once the form itself is valid.
		const serverChecks = await addProspect({
			name: 'Dubbel BV',
			kvkNumber: '99990002',
			town: 'Atlantis',
			contactName: 'Dirk Dubbel',
		})
		expect(serverChecks.status).toBe(400)
		expect(submissionErrors(serverChecks)).toMatchObject({
			kvkNumber: ['organizations:validation.kvkTaken'],
			town: ['organizations:validation.unknownTown'],
		})
		expect(await prisma.organization.count()).toBe(before)
		expect(await prisma.contactPerson.count({ where: { name: 'Dirk Dubbel' } })).toBe(0)
	})

	it('does not let an employer see the staff pages', async () => {
		const result = await callRoute(listRoute, { request: makeRequest('/werkgevers', { cookie: employerCookie }) })
		expect(result.status).toBe(403)
	})
})
