// Who may open and post to each organisation-profile route: every loader and action, every role,
// anonymous visitors, and employers reaching for another employer's resources. (/logos/:id is
// public; tests/integration/organizations-logo.test.ts loads it without a session.)
import { beforeAll, describe, expect, it } from 'vitest'
import * as contactRoute from '#app/routes/werkgever.organisatie_.contactpersonen.$contactPersonId.tsx'
import * as profileRoute from '#app/routes/werkgever.organisatie.tsx'
import * as detailRoute from '#app/routes/werkgevers.$organizationId.tsx'
import * as listRoute from '#app/routes/werkgevers._index.tsx'
import * as prospectRoute from '#app/routes/werkgevers.nieuw.tsx'
import { prisma } from '#app/utils/db.server.ts'
import { roles, type Role } from '#app/utils/permissions.ts'
import {
	checkMatrixCase,
	createSignedInUser,
	createUser,
	type MatrixCase,
	roleMatrix,
	uniqueEmail,
} from '#tests/factories.ts'

type Signed = { userId: string; organizationId: string; cookie: string; contactPersonId: string }
type Expected = 200 | 302 | 400 | 403 | 404

const signedIn = {} as Record<Role, Signed>
let foreignOrganizationId = ''
let foreignContactPersonId = ''
let prospectId = ''
let prospectContactId = ''

beforeAll(async () => {
	for (const role of roles) {
		const { user, organization, cookie } = await createSignedInUser({ role })
		const contact = await prisma.contactPerson.create({
			data: { organizationId: organization.id, name: `Contact van ${role}` },
		})
		signedIn[role] = {
			userId: user.id,
			organizationId: organization.id,
			cookie,
			contactPersonId: contact.id,
		}
	}
	const foreign = await createUser({ role: 'EMPLOYER' })
	foreignOrganizationId = foreign.organization.id
	foreignContactPersonId = (
		await prisma.contactPerson.create({ data: { organizationId: foreignOrganizationId, name: 'Bram Bos' } })
	).id
	const prospect = await prisma.organization.create({
		data: {
			kind: 'EMPLOYER',
			name: 'Prospect in de tabel',
			contactPersons: { create: { name: 'Pim Prospect', email: uniqueEmail('pim') } },
		},
		include: { contactPersons: true },
	})
	prospectId = prospect.id
	prospectContactId = prospect.contactPersons[0]!.id
})

type Case = MatrixCase<Signed, Expected>

const only = (role: Role, status: Expected): Record<Role, Expected> =>
	Object.fromEntries(roles.map((r) => [r, r === role ? status : 403])) as Record<Role, Expected>
const staff: Record<Role, Expected> = { ADMIN: 200, COORDINATOR: 200, JOBCOACH: 200, EMPLOYER: 403 }
const fixed = (path: string, params?: Record<string, string>) => () => ({ path, params })
const contactPath = (contactPersonId: string) => ({
	path: `/werkgever/organisatie/contactpersonen/${contactPersonId}`,
	params: { contactPersonId },
})
const ownContact = (actor: Signed | null) => contactPath(actor?.contactPersonId ?? foreignContactPersonId)
const foreignContact = () => contactPath(foreignContactPersonId)
const employerDetail = (organizationId: () => string) => () => ({
	path: `/werkgevers/${organizationId()}`,
	params: { organizationId: organizationId() },
})

let prospectSequence = 0
const cases: Case[] = [
	// The employer's own profile.
	{
		route: 'werkgever.organisatie',
		module: profileRoute,
		target: fixed('/werkgever/organisatie'),
		expected: only('EMPLOYER', 200),
	},
	{
		route: 'werkgever.organisatie action (profile)',
		module: profileRoute,
		method: 'POST',
		target: fixed('/werkgever/organisatie'),
		form: () => ({ intent: 'update-profile', name: 'Via de tabel' }),
		expected: only('EMPLOYER', 302),
	},
	{
		route: 'werkgever.organisatie action (delete logo)',
		module: profileRoute,
		method: 'POST',
		target: fixed('/werkgever/organisatie'),
		form: () => ({ intent: 'delete-logo' }),
		expected: only('EMPLOYER', 302),
	},
	// Contact persons of the own organisation; another organisation's are not there.
	{
		route: 'contactpersonen.nieuw',
		module: contactRoute,
		target: () => contactPath('nieuw'),
		expected: only('EMPLOYER', 200),
	},
	{
		route: 'contactpersonen.nieuw action',
		module: contactRoute,
		method: 'POST',
		target: () => contactPath('nieuw'),
		form: () => ({ name: 'Nieuw via de tabel' }),
		expected: only('EMPLOYER', 302),
	},
	{
		route: 'contactpersonen.$id (own)',
		module: contactRoute,
		target: ownContact,
		expected: only('EMPLOYER', 200),
	},
	{
		route: 'contactpersonen.$id action (own)',
		module: contactRoute,
		method: 'POST',
		target: ownContact,
		form: () => ({ name: 'Gewijzigd via de tabel' }),
		expected: only('EMPLOYER', 302),
	},
	{
		route: 'contactpersonen.$id (other employer)',
		module: contactRoute,
		target: foreignContact,
		expected: only('EMPLOYER', 404),
	},
	{
		route: 'contactpersonen.$id action (other employer, update)',
		module: contactRoute,
		method: 'POST',
		target: foreignContact,
		form: () => ({ name: 'Overgenomen' }),
		expected: only('EMPLOYER', 404),
	},
	{
		route: 'contactpersonen.$id action (other employer, delete)',
		module: contactRoute,
		method: 'POST',
		target: foreignContact,
		form: () => ({ intent: 'delete' }),
		expected: only('EMPLOYER', 404),
	},
	// The staff view.
	{ route: 'werkgevers._index', module: listRoute, target: fixed('/werkgevers'), expected: staff },
	{
		route: 'werkgevers.$id',
		module: detailRoute,
		target: employerDetail(() => foreignOrganizationId),
		expected: staff,
	},
	{
		route: 'werkgevers.$id (own organisation of an employer)',
		module: detailRoute,
		target: (actor) => employerDetail(() => actor?.organizationId ?? foreignOrganizationId)(),
		expected: { ADMIN: 404, COORDINATOR: 404, JOBCOACH: 404, EMPLOYER: 403 },
	},
	{
		route: 'werkgevers.$id (unknown)',
		module: detailRoute,
		target: employerDetail(() => 'no-such-organization'),
		expected: { ADMIN: 404, COORDINATOR: 404, JOBCOACH: 404, EMPLOYER: 403 },
	},
	{
		route: 'werkgevers.$id action (claim invitation)',
		module: detailRoute,
		method: 'POST',
		target: employerDetail(() => prospectId),
		form: () => ({ intent: 'invite-contact', contactPersonId: prospectContactId }),
		expected: only('COORDINATOR', 302),
	},
	{
		route: 'werkgevers.nieuw',
		module: prospectRoute,
		target: fixed('/werkgevers/nieuw'),
		expected: only('COORDINATOR', 200),
	},
	{
		route: 'werkgevers.nieuw action',
		module: prospectRoute,
		method: 'POST',
		target: fixed('/werkgevers/nieuw'),
		form: () => {
			prospectSequence += 1
			return { name: `Prospect ${prospectSequence}`, contactName: 'Iemand' }
		},
		expected: only('COORDINATOR', 302),
	},
]

const matrix = roleMatrix(cases)

describe('organisation routes: authorization matrix', () => {
	it.each(matrix)('$route as $actor → $outcome', (row) => checkMatrixCase(row, signedIn))

	it('refused writes changed nothing: only the employer renamed its organisation and its contact', async () => {
		for (const role of roles) {
			const organization = await prisma.organization.findUniqueOrThrow({ where: { id: signedIn[role].organizationId } })
			expect(organization.name === 'Via de tabel').toBe(role === 'EMPLOYER')
			const contact = await prisma.contactPerson.findUniqueOrThrow({ where: { id: signedIn[role].contactPersonId } })
			expect(contact.name === 'Gewijzigd via de tabel').toBe(role === 'EMPLOYER')
		}
		expect(await prisma.contactPerson.findUniqueOrThrow({ where: { id: foreignContactPersonId } })).toMatchObject({
			name: 'Bram Bos',
		})
		expect(
			await prisma.organization.count({ where: { name: { startsWith: 'Prospect ' }, addedById: { not: null } } }),
		).toBe(1)
		expect(await prisma.invitation.count({ where: { organizationId: prospectId } })).toBe(1)
	})
})
