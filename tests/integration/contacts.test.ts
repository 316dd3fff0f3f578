import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import * as contactRoute from '#app/routes/netwerk.contacten.$contactId.tsx'
import * as listRoute from '#app/routes/netwerk.contacten._index.tsx'
import * as newRoute from '#app/routes/netwerk.contacten.nieuw.tsx'
import { setClock } from '#app/utils/clock.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import {
	createContact,
	createEmployerOrganization,
	createNetworkWorld,
	createStakeholder,
	signedInByRole,
	type NetworkWorld,
} from '#tests/contact-factories.ts'
import {
	checkMatrixCase,
	expectRefused,
	getRoute,
	initialValue,
	loaderData,
	postRoute,
	roleMatrix,
	submissionErrors,
	type MatrixCase,
	type RouteResult,
	type SignedInUser,
} from '#tests/factories.ts'

const start = new Date('2026-03-02T08:00:00.000Z')

let world: NetworkWorld
let employerOrg: { id: string }
let agency: { id: string }
let reintegration: { id: string }

beforeAll(async () => {
	setClock(start)
	world = await createNetworkWorld()
	employerOrg = await createEmployerOrganization('Hoveniersbedrijf Groen')
	agency = await createStakeholder('Uitzendbureau Flexwerk', 'STAFFING_AGENCY')
	reintegration = await createStakeholder('Re-integratie Oost', 'REINTEGRATION')
})
beforeEach(() => setClock(start))
afterAll(() => setClock(null))

type ListData = Awaited<ReturnType<typeof listRoute.loader>>
type ContactData = Awaited<ReturnType<typeof contactRoute.loader>>

function postNew(form: Record<string, string>) {
	return postRoute(newRoute, '/netwerk/contacten/nieuw', world.coordinator.cookie, form)
}

function contactIdFrom(result: RouteResult) {
	expect(result.status, JSON.stringify(result.data)).toBe(302)
	const match = /^\/netwerk\/contacten\/([^/]+)$/.exec(result.location ?? '')
	expect(match).not.toBeNull()
	return match![1]!
}

function list(query = '') {
	return loaderData<ListData>(listRoute, `/netwerk/contacten${query}`, world.coordinator.cookie)
}

function loadContact(contactId: string) {
	return getRoute(contactRoute, `/netwerk/contacten/${contactId}`, world.coordinator.cookie, { contactId })
}

function postContact(contactId: string, form: Record<string, string>) {
	return postRoute(contactRoute, `/netwerk/contacten/${contactId}`, world.coordinator.cookie, form, { contactId })
}

describe('adding a contact', () => {
	it('adds a contact at an existing employer, its address stored in lower case, with the note', async () => {
		const result = await postNew({
			organizationId: employerOrg.id,
			name: 'Marieke Jansen',
			jobTitle: 'HR-adviseur',
			email: 'Marieke.Jansen@Groen.EXAMPLE',
			phone: '06 12345678',
			note: 'Wil graag een werkervaringsplek in de kwekerij aanbieden.',
		})
		const contactId = contactIdFrom(result)
		const contact = await prisma.contactPerson.findUniqueOrThrow({ where: { id: contactId } })
		expect(contact).toMatchObject({
			organizationId: employerOrg.id,
			name: 'Marieke Jansen',
			jobTitle: 'HR-adviseur',
			email: 'marieke.jansen@groen.example',
			phone: '06 12345678',
			mailOptOuts: '[]',
			bouncedAt: null,
		})
		// The note is the network's own, not the shared contact's.
		expect(await prisma.contactNote.findMany({ where: { contactPersonId: contactId } })).toMatchObject([
			{
				networkId: world.networkId,
				note: 'Wil graag een werkervaringsplek in de kwekerij aanbieden.',
				updatedById: world.coordinator.user.id,
			},
		])
		// No account is made for a contact.
		expect(await prisma.user.count({ where: { email: 'marieke.jansen@groen.example' } })).toBe(0)
	})

	it('creates a new stakeholder organisation in the same form', async () => {
		const result = await postNew({
			organizationId: 'NEW',
			organizationName: 'Coachpraktijk De Brug',
			stakeholderType: 'COACHING_PRACTICE',
			town: 'Doetinchem',
			name: 'Ahmed Yilmaz',
			email: 'ahmed@debrug.example',
		})
		const contactId = contactIdFrom(result)
		const contact = await prisma.contactPerson.findUniqueOrThrow({
			where: { id: contactId },
			include: { organization: true },
		})
		expect(contact.organization).toMatchObject({
			kind: 'STAKEHOLDER',
			name: 'Coachpraktijk De Brug',
			stakeholderType: 'COACHING_PRACTICE',
			town: 'Doetinchem',
			addedById: world.coordinator.user.id,
		})
		// The same name again is refused: the existing partner is to be chosen from the list.
		const again = await postNew({
			organizationId: 'NEW',
			organizationName: 'Coachpraktijk De Brug',
			stakeholderType: 'COACHING_PRACTICE',
			name: 'Iemand Anders',
		})
		expect(again.status).toBe(400)
		expect(submissionErrors(again).organizationName).toEqual(['contacts:validation.stakeholderExists'])
	})

	it('refuses invalid input with a message per field and keeps what was typed', async () => {
		const form = {
			organizationId: 'NEW',
			organizationName: '',
			stakeholderType: '',
			name: '',
			jobTitle: 'Vestigingsmanager',
			email: 'geen-adres',
			phone: '12',
			note: 'Belt liever dan mailt',
		}
		const result = await postNew(form)
		expect(result.status).toBe(400)
		const errors = submissionErrors(result)
		expect(errors.name).toEqual(['errors:validation.required'])
		expect(errors.email).toEqual(['errors:validation.email'])
		expect(errors.phone).toEqual(['organizations:validation.phone'])
		expect(errors.organizationName).toEqual(['errors:validation.required'])
		expect(errors.stakeholderType).toEqual(['errors:validation.choose'])
		expect(initialValue(result)).toMatchObject({
			jobTitle: 'Vestigingsmanager',
			email: 'geen-adres',
			note: 'Belt liever dan mailt',
			organizationId: 'NEW',
		})
		expect(await prisma.organization.count({ where: { kind: 'STAKEHOLDER', name: '' } })).toBe(0)
	})

	it('asks for an organisation, and refuses an unknown town or an organisation that is no employer or stakeholder', async () => {
		const none = await postNew({ name: 'Zonder Organisatie' })
		expect(submissionErrors(none).organizationId).toEqual(['errors:validation.required'])

		const town = await postNew({
			organizationId: 'NEW',
			organizationName: 'Gemeente Nergens',
			stakeholderType: 'MUNICIPALITY',
			town: 'Nergenshuizen',
			name: 'Piet Pieters',
		})
		expect(submissionErrors(town).town).toEqual(['organizations:validation.unknownTown'])
		expect(await prisma.organization.count({ where: { name: 'Gemeente Nergens' } })).toBe(0)

		const coaching = await postNew({ organizationId: world.networkId, name: 'Collega' })
		expect(submissionErrors(coaching).organizationId).toEqual(['contacts:validation.organizationUnknown'])
		expect(await prisma.contactPerson.count({ where: { name: 'Collega' } })).toBe(0)
	})

	it('preselects an organisation named in the address', async () => {
		const result = await getRoute(
			newRoute,
			`/netwerk/contacten/nieuw?organisatie=${agency.id}`,
			world.coordinator.cookie,
		)
		expect(result.data).toMatchObject({ organizationId: agency.id })
		const ignored = await getRoute(
			newRoute,
			`/netwerk/contacten/nieuw?organisatie=${world.networkId}`,
			world.coordinator.cookie,
		)
		expect(ignored.data).toMatchObject({ organizationId: null })
	})
})

describe('the contacts list', () => {
	let names: { bounced: string; someOff: string; allOff: string; plain: string; agencyContact: string }

	beforeAll(async () => {
		const employer = await createEmployerOrganization('Bakkerij Filterproef')
		const flexAgency = await createStakeholder('Filteruitzend', 'STAFFING_AGENCY')
		names = {
			bounced: 'Filter Bounce',
			someOff: 'Filter Deels',
			allOff: 'Filter Niets',
			plain: 'Filter Gewoon',
			agencyContact: 'Filter Uitzend',
		}
		await createContact({ organizationId: employer.id, name: names.bounced, bouncedAt: start })
		await createContact({ organizationId: employer.id, name: names.someOff, mailOptOuts: ['SUMMARIES'] })
		await createContact({
			organizationId: employer.id,
			name: names.allOff,
			mailOptOuts: ['GROUP', 'EVENTS', 'SUMMARIES'],
		})
		await createContact({ organizationId: employer.id, name: names.plain, email: 'Gewoon@Filter.example' })
		await createContact({ organizationId: flexAgency.id, name: names.agencyContact })
		// People of the network itself or the platform are no contacts.
		await createContact({ organizationId: world.networkId, name: 'Filter Collega' })
		await createContact({ organizationId: world.admin.organization.id, name: 'Filter Beheer' })
	})

	const namesIn = (data: ListData) => data.contacts.map((contact) => contact.name).sort()

	it('lists contacts of employers and stakeholders with organisation, kind and mail flags', async () => {
		const data = await list('?q=filter')
		expect(namesIn(data)).toEqual([names.bounced, names.someOff, names.allOff, names.plain, names.agencyContact].sort())
		const byName = new Map(data.contacts.map((contact) => [contact.name, contact]))
		expect(byName.get(names.bounced)!.mail).toEqual({ hasEmail: true, bounced: true, optOut: 'NONE' })
		expect(byName.get(names.someOff)!.mail.optOut).toBe('SOME')
		expect(byName.get(names.allOff)!.mail.optOut).toBe('ALL')
		expect(byName.get(names.agencyContact)!.organization).toMatchObject({
			name: 'Filteruitzend',
			kind: 'STAKEHOLDER',
			stakeholderType: 'STAFFING_AGENCY',
		})
		expect(byName.get(names.plain)!.organization).toMatchObject({ kind: 'EMPLOYER', stakeholderType: null })
		expect(data.total).toBe(5)
	})

	it('filters by name, organisation, kind, stakeholder type and mail flag', async () => {
		expect(namesIn(await list('?q=Bakkerij+Filterproef'))).toHaveLength(4)
		expect(namesIn(await list('?q=filter&kind=STAKEHOLDER'))).toEqual([names.agencyContact])
		expect(namesIn(await list('?q=filter&stakeholderType=STAFFING_AGENCY'))).toEqual([names.agencyContact])
		expect(namesIn(await list('?q=filter&stakeholderType=REINTEGRATION'))).toEqual([])
		expect(namesIn(await list('?q=filter&flag=BOUNCED'))).toEqual([names.bounced])
		expect(namesIn(await list('?q=filter&flag=OPTED_OUT'))).toEqual([names.someOff, names.allOff].sort())
		expect(namesIn(await list('?q=filter&flag=OPTED_OUT_ALL'))).toEqual([names.allOff])
		expect(namesIn(await list('?q=gewoon@filter'))).toEqual([names.plain])
	})

	it('drops filter values that do not fit instead of failing', async () => {
		const data = await list('?q=filter&kind=PLATFORM&flag=nonsense&stakeholderType=X')
		expect(data.filter).toEqual({ q: 'filter', kind: '', stakeholderType: '', flag: '' })
		expect(data.total).toBe(5)
	})
})

describe('a contact page', () => {
	it('shows the contact with the preferences as the contact chose them, and saves fields and note', async () => {
		const contact = await createContact({
			organizationId: reintegration.id,
			name: 'Sanne Smit',
			mailOptOuts: ['GROUP'],
		})
		const page = await loadContact(contact.id)
		expect(page.status).toBe(200)
		const data = page.data as ContactData
		expect(data.contact.organization).toMatchObject({ name: 'Re-integratie Oost', stakeholderType: 'REINTEGRATION' })
		expect(data.contact.mail.receives).toEqual([
			{ category: 'EVENTS', receives: true },
			{ category: 'SUMMARIES', receives: true },
			{ category: 'GROUP', receives: false },
		])

		const saved = await postContact(contact.id, {
			intent: 'update',
			name: 'Sanne Smit-de Boer',
			jobTitle: 'Jobcoach',
			email: 'SANNE@Reintegratie.example',
			phone: '0544 123456',
			note: 'Kent veel werkgevers in Winterswijk.',
		})
		expect(saved.status, JSON.stringify(saved.data)).toBe(302)
		expect(await prisma.contactPerson.findUniqueOrThrow({ where: { id: contact.id } })).toMatchObject({
			name: 'Sanne Smit-de Boer',
			email: 'sanne@reintegratie.example',
			// The contact decides on their mail: saving the page leaves it alone.
			mailOptOuts: '["GROUP"]',
		})
		expect(((await loadContact(contact.id)).data as ContactData).contact.note).toBe(
			'Kent veel werkgevers in Winterswijk.',
		)

		const invalid = await postContact(contact.id, { intent: 'update', name: '', email: 'x', note: 'bewaard' })
		expect(invalid.status).toBe(400)
		expect(submissionErrors(invalid).name).toEqual(['errors:validation.required'])
		expect(initialValue(invalid)).toMatchObject({ email: 'x', note: 'bewaard' })
	})

	it("keeps each network's note to itself, and an empty note removes it", async () => {
		const contact = await createContact({ organizationId: employerOrg.id, name: 'Nora Notitie' })
		const fields = { intent: 'update', name: 'Nora Notitie', email: contact.email ?? '' }
		expect((await postContact(contact.id, { ...fields, note: 'Alleen voor Werkkracht.' })).status).toBe(302)

		// The other network's coordinator sees the shared contact, but not this network's note.
		const other = world.otherCoordinator.cookie
		const otherPage = await getRoute(contactRoute, `/netwerk/contacten/${contact.id}`, other, { contactId: contact.id })
		expect(otherPage.status).toBe(200)
		expect((otherPage.data as ContactData).contact.note).toBeNull()
		// Its save writes its own note and leaves the first network's alone.
		const otherSave = await postRoute(
			contactRoute,
			`/netwerk/contacten/${contact.id}`,
			other,
			{
				...fields,
				note: 'Notitie van de andere organisatie.',
			},
			{ contactId: contact.id },
		)
		expect(otherSave.status, JSON.stringify(otherSave.data)).toBe(302)
		expect(((await loadContact(contact.id)).data as ContactData).contact.note).toBe('Alleen voor Werkkracht.')
		const notes = await prisma.contactNote.findMany({
			where: { contactPersonId: contact.id },
			select: { networkId: true, note: true },
			orderBy: { createdAt: 'asc' },
		})
		expect(notes).toHaveLength(2)
		expect(notes).toEqual(
			expect.arrayContaining([
				{ networkId: world.networkId, note: 'Alleen voor Werkkracht.' },
				{ networkId: world.otherNetworkId, note: 'Notitie van de andere organisatie.' },
			]),
		)

		// Emptying the note removes this network's row only.
		expect((await postContact(contact.id, { ...fields, note: '' })).status).toBe(302)
		expect(((await loadContact(contact.id)).data as ContactData).contact.note).toBeNull()
		expect(
			await prisma.contactNote.findMany({ where: { contactPersonId: contact.id }, select: { networkId: true } }),
		).toEqual([{ networkId: world.otherNetworkId }])
	})

	it('clears the bounce flag on request, and by itself when the address changes', async () => {
		const contact = await createContact({ organizationId: employerOrg.id, name: 'Bram Bounce', bouncedAt: start })
		const page = (await loadContact(contact.id)).data as ContactData
		expect(page.contact).toMatchObject({ bounceReason: 'Permanent: mailbox does not exist' })
		expect(page.contact.mail.bounced).toBe(true)

		const cleared = await postContact(contact.id, { intent: 'clear-bounce' })
		expect(cleared.status).toBe(302)
		expect(await prisma.contactPerson.findUniqueOrThrow({ where: { id: contact.id } })).toMatchObject({
			bouncedAt: null,
			bounceReason: null,
		})

		await prisma.contactPerson.update({ where: { id: contact.id }, data: { bouncedAt: start, bounceReason: 'x' } })
		const sameAddress = { intent: 'update', name: 'Bram Bounce', email: contact.email! }
		await postContact(contact.id, sameAddress)
		expect((await prisma.contactPerson.findUniqueOrThrow({ where: { id: contact.id } })).bouncedAt).not.toBeNull()
		await postContact(contact.id, { ...sameAddress, email: 'bram.nieuw@groen.example' })
		expect((await prisma.contactPerson.findUniqueOrThrow({ where: { id: contact.id } })).bouncedAt).toBeNull()
	})

	it('answers 404 for an unknown contact and for people of a coaching or platform organisation', async () => {
		const colleague = await createContact({ organizationId: world.networkId, name: 'Collega Coach' })
		const platform = await createContact({ organizationId: world.admin.organization.id, name: 'Beheerder' })
		for (const contactId of ['onbekend', colleague.id, platform.id, 'x'.repeat(60)]) {
			expectRefused(await loadContact(contactId), 404)
			const posted = await postContact(contactId, { intent: 'clear-bounce' })
			expect(posted.status).toBe(404)
		}
	})
})

describe('authorisation: coordinators only', () => {
	let contactId = ''
	beforeAll(async () => {
		contactId = (await createContact({ organizationId: agency.id, name: 'Matrix Contact' })).id
	})
	const expected = { ADMIN: 403, COORDINATOR: 200, JOBCOACH: 403, EMPLOYER: 403 } as const
	const cases: MatrixCase<SignedInUser>[] = [
		{ route: 'contacts list', module: listRoute, target: () => ({ path: '/netwerk/contacten' }), expected },
		{ route: 'new contact', module: newRoute, target: () => ({ path: '/netwerk/contacten/nieuw' }), expected },
		{
			route: 'new contact (post)',
			module: newRoute,
			method: 'POST',
			target: () => ({ path: '/netwerk/contacten/nieuw' }),
			form: () => ({ organizationId: agency.id, name: 'Nieuw via matrix' }),
			expected: { ...expected, COORDINATOR: 302 },
		},
		{
			route: 'contact page',
			module: contactRoute,
			target: () => ({ path: `/netwerk/contacten/${contactId}`, params: { contactId } }),
			expected,
		},
		{
			route: 'contact page (post)',
			module: contactRoute,
			method: 'POST',
			target: () => ({ path: `/netwerk/contacten/${contactId}`, params: { contactId } }),
			form: () => ({ intent: 'clear-bounce' }),
			expected: { ...expected, COORDINATOR: 302 },
		},
	]

	it.each(roleMatrix(cases))('$route as $actor: $outcome', async (testCase) => {
		await checkMatrixCase(testCase, signedInByRole(world))
	})
})
