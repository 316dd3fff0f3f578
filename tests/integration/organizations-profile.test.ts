import { beforeEach, describe, expect, it } from 'vitest'
import * as contactRoute from '#app/routes/werkgever.organisatie_.contactpersonen.$contactPersonId.tsx'
import * as profileRoute from '#app/routes/werkgever.organisatie.tsx'
import * as employerHomeRoute from '#app/routes/werkgever._index.tsx'
import { prisma } from '#app/utils/db.server.ts'
import { callRoute, createSignedInUser, makeRequest, submissionErrors } from '#tests/factories.ts'

type Employer = { userId: string; organizationId: string; cookie: string }

async function signedInEmployer(): Promise<Employer> {
	const { user, organization, cookie } = await createSignedInUser({ role: 'EMPLOYER' })
	return { userId: user.id, organizationId: organization.id, cookie }
}

let kvkSequence = 0
/** KvK numbers are unique across organisations: every test gets its own. */
function nextKvkNumber() {
	kvkSequence += 1
	return String(10_000_000 + kvkSequence)
}

let validProfile: Record<string, string>
const profileTemplate = {
	intent: 'update-profile',
	name: 'Lunchroom Het Hofje',
	sector: 'I',
	sizeClass: '10-49',
	street: 'Markt 12',
	postalCode: '7141ab',
	town: 'groenlo',
	website: 'www.hofje.example.nl',
	description: 'Wij bakken taart.\n\nEn <b>soep</b> & broodjes.',
	commitmentNote: '',
}

function saveProfile(employer: Employer, form: Record<string, string> | URLSearchParams) {
	return callRoute(profileRoute, {
		request: makeRequest('/werkgever/organisatie', { form, cookie: employer.cookie }),
	})
}

function organizationRow(organizationId: string) {
	return prisma.organization.findUniqueOrThrow({ where: { id: organizationId } })
}

let employer: Employer
beforeEach(async () => {
	employer = await signedInEmployer()
	validProfile = { ...profileTemplate, kvkNumber: nextKvkNumber() }
})

describe('the employer profile', () => {
	it('saves every field, normalised, with the town resolved, and audits the change', async () => {
		const result = await saveProfile(employer, validProfile)
		expect(result.status).toBe(302)
		expect(result.location).toBe('/werkgever/organisatie')

		const stored = await organizationRow(employer.organizationId)
		expect(stored).toMatchObject({
			name: 'Lunchroom Het Hofje',
			kvkNumber: validProfile.kvkNumber,
			sector: 'I',
			sizeClass: '10-49',
			street: 'Markt 12',
			postalCode: '7141 AB',
			town: 'Groenlo',
			municipality: 'Oost Gelre',
			municipalityCode: '1586',
			website: 'https://www.hofje.example.nl',
			// Stored as typed: not escaped, not stripped.
			description: 'Wij bakken taart.\n\nEn <b>soep</b> & broodjes.',
			commitments: '[]',
			commitmentNote: null,
		})
		expect(stored.latitude).toBeCloseTo(52.04, 1)
		expect(stored.longitude).toBeCloseTo(6.61, 1)

		const event = await prisma.auditEvent.findFirst({
			where: { action: 'organization.updated', entityId: employer.organizationId },
		})
		expect(event?.actorId).toBe(employer.userId)
		expect(JSON.parse(event?.details ?? '{}').fields).toEqual(expect.arrayContaining(['kvkNumber', 'town']))

		// The loader reads it back for the form.
		const page = await callRoute(profileRoute, {
			request: makeRequest('/werkgever/organisatie', { cookie: employer.cookie }),
		})
		expect(page.data).toMatchObject({
			profile: { postalCode: '7141 AB', town: 'Groenlo', website: 'https://www.hofje.example.nl' },
		})
		expect((page.data as { towns: string[] }).towns).toContain('Groenlo')
	})

	it('stores the inclusive commitments and the note for "other", and reads them back', async () => {
		const form = new URLSearchParams({ ...validProfile, commitmentNote: 'Leerwerkbedrijf voor statushouders' })
		for (const commitment of ['PSO', 'BANENAFSPRAAK', 'OTHER']) form.append('commitments', commitment)
		expect((await saveProfile(employer, form)).status).toBe(302)

		const stored = await organizationRow(employer.organizationId)
		expect(JSON.parse(stored.commitments)).toEqual(['BANENAFSPRAAK', 'PSO', 'OTHER'])
		expect(stored.commitmentNote).toBe('Leerwerkbedrijf voor statushouders')
		const page = await callRoute(profileRoute, {
			request: makeRequest('/werkgever/organisatie', { cookie: employer.cookie }),
		})
		expect(page.data).toMatchObject({
			profile: { commitments: ['BANENAFSPRAAK', 'PSO', 'OTHER'], commitmentNote: 'Leerwerkbedrijf voor statushouders' },
		})

		// Unticking everything clears them.
		expect((await saveProfile(employer, validProfile)).status).toBe(302)
		const cleared = await organizationRow(employer.organizationId)
		expect(cleared.commitments).toBe('[]')
		expect(cleared.commitmentNote).toBeNull()
	})

	const invalidCases: Array<{ name: string; change: Record<string, string>; field: string; message: string }> = [
		{
			name: 'a KvK number of 7 digits',
			change: { kvkNumber: '1234567' },
			field: 'kvkNumber',
			message: 'errors:validation.kvkNumber',
		},
		{
			name: 'a postal code that is not Dutch',
			change: { postalCode: '71411' },
			field: 'postalCode',
			message: 'organizations:validation.postalCode',
		},
		{
			name: 'a town we do not know',
			change: { town: 'Atlantis' },
			field: 'town',
			message: 'organizations:validation.unknownTown',
		},
		{
			name: 'a website that is not an address',
			change: { website: 'niet een adres' },
			field: 'website',
			message: 'errors:validation.url',
		},
		{ name: 'a missing name', change: { name: '' }, field: 'name', message: 'errors:validation.required' },
		{
			name: '"other" without a note',
			change: { commitments: 'OTHER' },
			field: 'commitmentNote',
			message: 'organizations:validation.commitmentNoteRequired',
		},
	]

	it.each(invalidCases)(
		'refuses $name, keeps what was typed and writes nothing',
		async ({ change, field, message }) => {
			const before = await organizationRow(employer.organizationId)
			const form = { ...validProfile, ...change }
			const result = await saveProfile(employer, form)
			expect(result.status).toBe(400)
			expect(result.data).toMatchObject({ form: 'update-profile' })
			expect(submissionErrors(result)[field]).toEqual([message])
			// Conform gets every typed value back, so nothing is lost.
			const initialValue = (result.data as { result: { initialValue: Record<string, unknown> } }).result.initialValue
			expect(initialValue).toMatchObject({ street: 'Markt 12', description: validProfile.description })
			if (form.name) expect(initialValue.name).toBe(form.name)
			expect(await organizationRow(employer.organizationId)).toEqual(before)
			expect(
				await prisma.auditEvent.count({ where: { action: 'organization.updated', entityId: employer.organizationId } }),
			).toBe(0)
		},
	)

	it('refuses a KvK number another organisation already has, and writes nothing', async () => {
		const other = await signedInEmployer()
		expect((await saveProfile(other, { ...validProfile, name: 'De Wilgenhoek', kvkNumber: '87654321' })).status).toBe(
			302,
		)
		const before = await organizationRow(employer.organizationId)

		const result = await saveProfile(employer, { ...validProfile, kvkNumber: '8765 4321' })
		expect(result.status).toBe(400)
		expect(submissionErrors(result).kvkNumber).toEqual(['organizations:validation.kvkTaken'])
		expect(await organizationRow(employer.organizationId)).toEqual(before)

		// Saving again with one's own number is fine.
		expect((await saveProfile(other, { ...validProfile, name: 'De Wilgenhoek', kvkNumber: '87654321' })).status).toBe(
			302,
		)
	})

	it('clears optional fields that are left empty', async () => {
		await saveProfile(employer, validProfile)
		const result = await saveProfile(employer, {
			intent: 'update-profile',
			name: 'Lunchroom Het Hofje',
			kvkNumber: '',
			sector: '',
			sizeClass: '',
			street: '',
			postalCode: '',
			town: '',
			website: '',
			description: '',
		})
		expect(result.status).toBe(302)
		expect(await organizationRow(employer.organizationId)).toMatchObject({
			kvkNumber: null,
			sector: null,
			sizeClass: null,
			street: null,
			postalCode: null,
			town: null,
			municipality: null,
			municipalityCode: null,
			latitude: null,
			longitude: null,
			website: null,
			description: null,
		})
	})
})

describe('contact persons', () => {
	function contactRequest(contactPersonId: string, actor: Employer, form?: Record<string, string>) {
		return callRoute(contactRoute, {
			request: makeRequest(`/werkgever/organisatie/contactpersonen/${contactPersonId}`, { form, cookie: actor.cookie }),
			params: { contactPersonId },
		})
	}

	it('adds, lists, edits and removes a contact person, each audited', async () => {
		const created = await contactRequest('nieuw', employer, {
			name: 'Anna de Vries',
			jobTitle: 'Bedrijfsleider',
			email: 'Anna@Hofje.example',
			phone: '0544 123456',
		})
		expect(created.status).toBe(302)
		expect(created.location).toBe('/werkgever/organisatie')
		const contact = await prisma.contactPerson.findFirstOrThrow({ where: { organizationId: employer.organizationId } })
		expect(contact).toMatchObject({
			name: 'Anna de Vries',
			jobTitle: 'Bedrijfsleider',
			email: 'anna@hofje.example',
			phone: '0544 123456',
		})

		const page = await callRoute(profileRoute, {
			request: makeRequest('/werkgever/organisatie', { cookie: employer.cookie }),
		})
		expect((page.data as { contactPersons: unknown[] }).contactPersons).toEqual([
			expect.objectContaining({ id: contact.id, name: 'Anna de Vries' }),
		])
		const editPage = await contactRequest(contact.id, employer)
		expect(editPage.data).toMatchObject({ contact: { id: contact.id, email: 'anna@hofje.example' } })

		const updated = await contactRequest(contact.id, employer, { name: 'Anna Jansen', email: '', phone: '' })
		expect(updated.status).toBe(302)
		expect(await prisma.contactPerson.findUniqueOrThrow({ where: { id: contact.id } })).toMatchObject({
			name: 'Anna Jansen',
			jobTitle: null,
			email: null,
			phone: null,
		})

		const removed = await contactRequest(contact.id, employer, { intent: 'delete' })
		expect(removed.status).toBe(302)
		expect(await prisma.contactPerson.count({ where: { id: contact.id } })).toBe(0)

		const actions = await prisma.auditEvent.findMany({
			where: { entityType: 'ContactPerson', entityId: contact.id, actorId: employer.userId },
			orderBy: { createdAt: 'asc' },
			select: { action: true },
		})
		expect(actions.map((event) => event.action)).toEqual([
			'contact-person.created',
			'contact-person.updated',
			'contact-person.deleted',
		])
	})

	it('refuses an invalid email or phone number and writes nothing', async () => {
		const result = await contactRequest('nieuw', employer, { name: 'Anna', email: 'anna@', phone: '12345' })
		expect(result.status).toBe(400)
		expect(submissionErrors(result)).toMatchObject({
			email: ['errors:validation.email'],
			phone: ['organizations:validation.phone'],
		})
		expect(await prisma.contactPerson.count({ where: { organizationId: employer.organizationId } })).toBe(0)
	})

	it("answers 404 for another organisation's contact person, to read, change or remove", async () => {
		const other = await signedInEmployer()
		const foreign = await prisma.contactPerson.create({
			data: { organizationId: other.organizationId, name: 'Bram Bos', email: 'bram@wilgenhoek.example' },
		})
		const read = await contactRequest(foreign.id, employer)
		expect(read.status).toBe(404)
		expect(read.thrown).toBe(true)
		expect((await contactRequest(foreign.id, employer, { name: 'Overgenomen' })).status).toBe(404)
		expect((await contactRequest(foreign.id, employer, { intent: 'delete' })).status).toBe(404)
		expect(await prisma.contactPerson.findUniqueOrThrow({ where: { id: foreign.id } })).toMatchObject({
			name: 'Bram Bos',
		})
		expect((await contactRequest('does-not-exist', employer)).status).toBe(404)
	})
})

describe('employer start page', () => {
	it('shows how complete the profile is and what is missing', async () => {
		const { organization, cookie } = await createSignedInUser({ role: 'EMPLOYER' })
		const before = await callRoute(employerHomeRoute, { request: makeRequest('/werkgever', { cookie }) })
		const { profile } = before.data as Awaited<ReturnType<typeof employerHomeRoute.loader>>
		expect(profile.done).toBe(0)
		expect(profile.missing).toContain('description')

		await prisma.organization.update({ where: { id: organization.id }, data: { description: 'Een fijne werkplek.' } })
		const after = await callRoute(employerHomeRoute, { request: makeRequest('/werkgever', { cookie }) })
		const updated = (after.data as Awaited<ReturnType<typeof employerHomeRoute.loader>>).profile
		expect(updated.done).toBe(1)
		expect(updated.missing).not.toContain('description')
	})
})
