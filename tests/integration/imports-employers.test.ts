import { beforeEach, describe, expect, it } from 'vitest'
import { prisma } from '#app/utils/db.server.ts'
import { createSignedInUser, createUser, type SignedInUser } from '#tests/factories.ts'
import {
	csvFile,
	importFile,
	importFixture,
	importWrites,
	previewSuggested,
	startAndWait,
	uploadJob,
} from '#tests/import-factories.ts'

let coordinator: SignedInUser
beforeEach(async () => {
	// Employers are shared by every network: each test starts without any.
	await prisma.organization.deleteMany({ where: { kind: { in: ['EMPLOYER', 'STAKEHOLDER'] } } })
	coordinator = await createSignedInUser({ role: 'COORDINATOR', name: 'Nora Netwerk' })
})

function employers() {
	return prisma.organization.findMany({
		where: { kind: 'EMPLOYER' },
		orderBy: { name: 'asc' },
		include: { contactPersons: { orderBy: { name: 'asc' } } },
	})
}

describe('importing employers and contacts', () => {
	it('creates prospects with their contacts, recognising Dutch headers and one employer on several rows', async () => {
		const jobId = await uploadJob('EMPLOYERS', coordinator, importFixture('werkgevers.csv'))
		const preview = await previewSuggested(coordinator, jobId)
		expect(Object.values(preview.mapping)).toEqual([
			'name',
			'kvkNumber',
			'sector',
			'street',
			'postalCode',
			'town',
			'website',
			'contactName',
			'contactJobTitle',
			'contactEmail',
			'contactPhone',
		])
		expect(preview.progress).toMatchObject({ createdCount: 4, updatedCount: 0, unchangedCount: 0, skippedCount: 4 })
		expect(preview.errors).toEqual([
			{ row: 6, field: 'contactEmail', message: 'imports:errors.duplicateInFile|{"row":2}' },
			{ row: 7, field: 'sector', message: 'imports:errors.conflictInFile|{"row":5}' },
			{ row: 8, field: 'kvkNumber', message: 'errors:validation.kvkNumber' },
			{ row: 9, field: 'contactName', message: 'imports:errors.contactNameRequired' },
		])

		const job = await startAndWait(coordinator, jobId)
		expect(job).toMatchObject({ status: 'DONE', createdCount: 4, skippedCount: 4 })
		const created = await employers()
		expect(created.map((e) => [e.name, e.kvkNumber, e.sector, e.town, e.municipality, e.website, e.addedById])).toEqual(
			[
				[
					'Bakkerij De Korenschoof',
					'12345678',
					'G',
					'Doetinchem',
					'Doetinchem',
					'https://www.korenschoof.example',
					coordinator.user.id,
				],
				['Groenvoorziening Achterhoek', '87654321', 'A', 'Winterswijk', 'Winterswijk', null, coordinator.user.id],
				['Zorgboerderij De Hoeve', null, 'Q', 'Groenlo', 'Oost Gelre', null, coordinator.user.id],
			],
		)
		expect(created[0]).toMatchObject({ street: 'Markt 1', postalCode: '7001 AB' })
		expect(created[0]!.contactPersons.map((c) => [c.name, c.jobTitle, c.email, c.phone])).toEqual([
			['Karim Bouzid', 'Bedrijfsleider', 'karim@korenschoof.example', null],
			['Petra Jansen', 'Eigenaar', 'petra@korenschoof.example', '0314 123456'],
		])
		expect(created[1]!.contactPersons).toEqual([])
		expect(created[2]!.contactPersons.map((c) => c.email)).toEqual(['anja@dehoeve.example'])
		// Prospects: nobody of theirs has an account yet.
		expect(await prisma.membership.count({ where: { organizationId: { in: created.map((e) => e.id) } } })).toBe(0)
		const audits = await prisma.auditEvent.findMany({ where: { action: 'organization.created' } })
		expect(audits.map((audit) => JSON.parse(audit.details!))).toEqual(
			Array(3).fill({ kind: 'EMPLOYER', prospect: true, importJobId: jobId }),
		)
	})

	it('changes nothing when the same file is imported again', async () => {
		const file = importFixture('werkgevers.csv')
		await importFile('EMPLOYERS', coordinator, file)
		const first = await employers()
		const before = await importWrites()
		const job = await importFile('EMPLOYERS', coordinator, file)
		expect(job).toMatchObject({ createdCount: 0, updatedCount: 0, unchangedCount: 4, skippedCount: 4 })
		const second = await employers()
		expect(second.map((e) => [e.id, e.updatedAt.getTime(), e.contactPersons.map((c) => c.id)])).toEqual(
			first.map((e) => [e.id, e.updatedAt.getTime(), e.contactPersons.map((c) => c.id)]),
		)
		expect(await importWrites()).toEqual({ ...before, jobs: before.jobs + 1 })
	})

	it('finds employers by KvK number, else by name and town, and contacts by email within the employer', async () => {
		const byKvk = await prisma.organization.create({
			data: {
				kind: 'EMPLOYER',
				name: 'Bakkerij Korenschoof (oud)',
				kvkNumber: '12345678',
				town: 'Doetinchem',
				contactPersons: { create: { name: 'P. Jansen', email: 'petra@korenschoof.example', jobTitle: 'Bakker' } },
			},
		})
		const byName = await prisma.organization.create({
			data: { kind: 'EMPLOYER', name: 'zorgboerderij de hoeve', town: 'Groenlo', sector: 'Q' },
		})
		// The same contact email at another employer is another person's address book entry: not matched.
		await prisma.organization.create({
			data: {
				kind: 'EMPLOYER',
				name: 'Elders BV',
				contactPersons: { create: { name: 'Karim Bouzid', email: 'karim@korenschoof.example' } },
			},
		})

		const job = await importFile('EMPLOYERS', coordinator, importFixture('werkgevers.csv'))
		// Row 2 updates the employer and its contact; rows 3 (a second contact), 4 (a new employer) and 5 (a
		// new contact of the employer found by name and town) create something.
		expect(job).toMatchObject({ createdCount: 3, updatedCount: 1, unchangedCount: 0 })
		const bakery = await prisma.organization.findUniqueOrThrow({
			where: { id: byKvk.id },
			include: { contactPersons: { orderBy: { name: 'asc' } } },
		})
		expect(bakery).toMatchObject({
			name: 'Bakkerij De Korenschoof',
			sector: 'G',
			website: 'https://www.korenschoof.example',
		})
		expect(bakery.contactPersons.map((c) => [c.name, c.jobTitle, c.email])).toEqual([
			['Karim Bouzid', 'Bedrijfsleider', 'karim@korenschoof.example'],
			['Petra Jansen', 'Eigenaar', 'petra@korenschoof.example'],
		])
		const farm = await prisma.organization.findUniqueOrThrow({
			where: { id: byName.id },
			include: { contactPersons: true },
		})
		expect(farm).toMatchObject({ name: 'Zorgboerderij De Hoeve', town: 'Groenlo' })
		expect(farm.contactPersons.map((c) => c.name)).toEqual(['Anja Smit'])
		expect(await prisma.organization.count({ where: { kind: 'EMPLOYER' } })).toBe(4)
		expect(await prisma.contactPerson.count({ where: { email: 'karim@korenschoof.example' } })).toBe(2)
	})

	it('only fills in what an employer with its own account left empty', async () => {
		const { organization } = await createUser({ role: 'EMPLOYER' })
		await prisma.organization.update({
			where: { id: organization.id },
			data: { name: 'Groenvoorziening Achterhoek B.V.', kvkNumber: '87654321', sector: null, town: 'Aalten' },
		})
		const job = await importFile('EMPLOYERS', coordinator, importFixture('werkgevers.csv'))
		expect(job.updatedCount).toBe(1)
		expect(await prisma.organization.findUniqueOrThrow({ where: { id: organization.id } })).toMatchObject({
			name: 'Groenvoorziening Achterhoek B.V.',
			town: 'Aalten',
			sector: 'A',
		})
	})

	it('does not import into an organisation that is not an employer', async () => {
		await prisma.organization.create({ data: { kind: 'STAKEHOLDER', name: 'Uitzendbureau', kvkNumber: '87654321' } })
		const job = await importFile('EMPLOYERS', coordinator, csvFile('lijst.csv', ['Bedrijf;KvK', 'Groen;87654321']))
		expect(job.skippedCount).toBe(1)
		expect(JSON.parse(job.rowErrors)).toEqual([
			{ row: 2, field: 'kvkNumber', message: 'imports:errors.kvkNotEmployer' },
		])
		expect(await prisma.organization.count({ where: { kind: 'EMPLOYER' } })).toBe(0)
	})

	it('reads a comma-separated list', async () => {
		const file = csvFile(
			'lijst.csv',
			['Organisatie,Plaats,Contactpersoon,E-mail', 'Fietsenmaker Bos,Zutphen,Wim Bos,wim@bos.example'],
			{ delimiter: ',', bom: false },
		)
		const job = await importFile('EMPLOYERS', coordinator, file)
		expect(job.createdCount).toBe(1)
		const [employer] = await employers()
		expect(employer).toMatchObject({ name: 'Fietsenmaker Bos', town: 'Zutphen' })
		expect(employer!.contactPersons[0]).toMatchObject({ name: 'Wim Bos', email: 'wim@bos.example' })
	})
})
