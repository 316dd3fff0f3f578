import { beforeAll, describe, expect, it } from 'vitest'
import * as boardRoute from '#app/routes/plekken._index.tsx'
import * as boardExportRoute from '#app/routes/plekken.export.ts'
import * as placesRoute from '#app/routes/werkgever.plekken._index.tsx'
import * as placesExportRoute from '#app/routes/werkgever.plekken.export.ts'
import * as employersRoute from '#app/routes/werkgevers._index.tsx'
import * as employersExportRoute from '#app/routes/werkgevers.export.ts'
import { prisma } from '#app/utils/db.server.ts'
import { type Role } from '#app/utils/permissions.ts'
import { createOrganization } from '#tests/contact-factories.ts'
import { column, csvRows, expectSameAccessAsList, getExport, inLanguage, xlsxRows } from '#tests/export-helpers.ts'
import { callRoute, createSignedInUser, makeRequest, type SignedInUser } from '#tests/factories.ts'
import { createPublishedPlace } from '#tests/proposal-factories.ts'

let actors: Record<Role, SignedInUser>
let otherEmployer: SignedInUser
const ids: Record<string, string> = {}

beforeAll(async () => {
	actors = {
		ADMIN: await createSignedInUser({ role: 'ADMIN' }),
		COORDINATOR: await createSignedInUser({ role: 'COORDINATOR' }),
		JOBCOACH: await createSignedInUser({ role: 'JOBCOACH' }),
		EMPLOYER: await createSignedInUser({ role: 'EMPLOYER' }),
	}
	otherEmployer = await createSignedInUser({ role: 'EMPLOYER' })
	const own = actors.EMPLOYER.organization.id
	await prisma.organization.update({
		where: { id: own },
		data: { name: 'Exportbouw Noord', town: 'Zutphen', municipality: 'Zutphen', sector: 'F' },
	})
	await prisma.organization.update({ where: { id: otherEmployer.organization.id }, data: { name: 'Andere Werkgever' } })
	await createOrganization({ name: 'Exportzorg (prospect)', sector: 'Q', town: 'Lochem' })
	await createOrganization({ name: 'Bakkerij Buiten Filter' })

	ids.published = (await createPublishedPlace({ organizationId: own, title: 'Timmerman in opleiding' })).id
	await prisma.place.update({
		where: { id: ids.published },
		// 23:30 UTC on 30 June 2030 is 1 July in Amsterdam.
		data: { expiresAt: new Date('2030-06-30T23:30:00Z'), viewCount: 42 },
	})
	ids.draft = (await createPublishedPlace({ organizationId: own, title: '=Concept plek', status: 'DRAFT' })).id
	ids.closed = (await createPublishedPlace({ organizationId: own, title: 'Verlopen plek', status: 'CLOSED' })).id
	await prisma.place.update({
		where: { id: ids.closed },
		data: { closedAt: new Date('2026-02-10T10:00:00Z'), closedReason: 'EXPIRED' },
	})
	ids.foreign = (
		await createPublishedPlace({ organizationId: otherEmployer.organization.id, title: 'Plek van een ander' })
	).id
	await prisma.place.update({ where: { id: ids.foreign }, data: { town: 'Lochem', municipality: 'Lochem' } })
	ids.foreignDraft = (
		await createPublishedPlace({
			organizationId: otherEmployer.organization.id,
			title: 'Geheim concept',
			status: 'DRAFT',
		})
	).id
})

describe('the employers export', () => {
	it('is the filtered list as CSV in Dutch, with counts and whether anyone has an account', async () => {
		const response = await getExport(employersExportRoute, '/werkgevers/export?q=Export', {
			cookie: actors.COORDINATOR.cookie,
		})
		expect(response.headers.get('content-disposition')).toMatch(/filename="werkgevers-\d{4}-\d{2}-\d{2}\.csv"/)
		expect(await csvRows(response)).toEqual([
			['Werkgever', 'Plaats', 'Gemeente', 'Sector', 'Gepubliceerde plekken', 'Accounts', 'Prospect'],
			['Exportbouw Noord', 'Zutphen', 'Zutphen', 'Bouwnijverheid', '1', '1', 'nee'],
			['Exportzorg (prospect)', 'Lochem', '', 'Gezondheids- en welzijnszorg', '0', '0', 'ja'],
		])
	})

	it('applies the sector filter, in Excel with numbers as numbers and English headers', async () => {
		const rows = await xlsxRows(
			await getExport(employersExportRoute, '/werkgevers/export?q=Export&sector=F&formaat=xlsx', {
				cookie: await inLanguage(actors.JOBCOACH, 'en'),
			}),
		)
		expect(rows).toEqual([
			['Employer', 'Town', 'Municipality', 'Sector', 'Published places', 'Accounts', 'Prospect'],
			['Exportbouw Noord', 'Zutphen', 'Zutphen', 'Construction', 1, 1, 'no'],
		])
	})

	it('is for staff who may read employers, refused to everyone else like the list', async () => {
		const statuses = await expectSameAccessAsList(
			{
				list: employersRoute,
				listPath: '/werkgevers',
				exportRoute: employersExportRoute,
				exportPath: '/werkgevers/export',
			},
			actors,
		)
		expect(statuses).toEqual({ anonymous: 302, ADMIN: 200, COORDINATOR: 200, JOBCOACH: 200, EMPLOYER: 403 })
	})
})

describe('the export of an employer’s own places', () => {
	it('holds every place of the employer’s own organisation, in the list’s order, and nobody else’s', async () => {
		const response = await getExport(placesExportRoute, '/werkgever/plekken/export?formaat=csv', {
			cookie: actors.EMPLOYER.cookie,
		})
		expect(response.headers.get('content-disposition')).toMatch(/filename="mijn-plekken-\d{4}-\d{2}-\d{2}\.csv"/)
		const rows = await csvRows(response)
		expect(rows[0]).toEqual(['Plek', 'Soort', 'Status', 'Plaats', 'Bekeken', 'Online tot', 'Gesloten op', 'Verlopen'])
		expect(rows.slice(1)).toEqual([
			['Timmerman in opleiding', 'Werkervaringsplek', 'Gepubliceerd', 'Doetinchem', '42', '01-07-2030', '', ''],
			["'=Concept plek", 'Werkervaringsplek', 'Concept', 'Doetinchem', '0', '', '', ''],
			['Verlopen plek', 'Werkervaringsplek', 'Gesloten', 'Doetinchem', '0', '', '10-02-2026', 'ja'],
		])
	})

	it('cannot be pointed at another employer’s places', async () => {
		const other = otherEmployer.organization.id
		const rows = await xlsxRows(
			await getExport(
				placesExportRoute,
				`/werkgever/plekken/export?formaat=xlsx&organisatie=${other}&organizationId=${other}`,
				{ cookie: actors.EMPLOYER.cookie },
			),
		)
		expect(column(rows, 'Plek')).toEqual(['Timmerman in opleiding', '=Concept plek', 'Verlopen plek'])
		expect(column(rows, 'Bekeken')).toEqual([42, 0, 0])
		expect(column(rows, 'Online tot')[0]).toEqual(new Date(Date.UTC(2030, 6, 1)))
		const theirs = await csvRows(
			await getExport(placesExportRoute, '/werkgever/plekken/export', { cookie: otherEmployer.cookie }),
		)
		expect(column(theirs, 'Plek')).toEqual(['Plek van een ander', 'Geheim concept'])
	})

	it('is for employers only, refused to everyone else like their places list', async () => {
		const statuses = await expectSameAccessAsList(
			{
				list: placesRoute,
				listPath: '/werkgever/plekken',
				exportRoute: placesExportRoute,
				exportPath: '/werkgever/plekken/export',
			},
			actors,
		)
		expect(statuses).toEqual({ anonymous: 302, ADMIN: 403, COORDINATOR: 403, JOBCOACH: 403, EMPLOYER: 200 })
	})
})

describe('the board export for staff', () => {
	it('holds only published places, with the board’s filters, all pages on one sheet', async () => {
		const rows = await xlsxRows(
			await getExport(boardExportRoute, '/plekken/export?formaat=xlsx&pagina=3', { cookie: actors.JOBCOACH.cookie }),
		)
		expect(rows[0]).toEqual([
			'Plek',
			'Werkgever',
			'Soort',
			'Plaats',
			'Uren per week (minimaal)',
			'Uren per week (maximaal)',
			'Gepubliceerd op',
		])
		expect(column(rows, 'Plek').sort()).toEqual(['Plek van een ander', 'Timmerman in opleiding'])
		expect(rows[1]?.slice(4)).toEqual([8, 16, expect.any(Date)])
		const filtered = await csvRows(
			await getExport(boardExportRoute, '/plekken/export?plaats=Lochem', { cookie: actors.COORDINATOR.cookie }),
		)
		expect(column(filtered, 'Plek')).toEqual(['Plek van een ander'])
		expect(column(filtered, 'Plaats')).toEqual(['Lochem'])
	})

	it('is for staff who read any place: an employer or an anonymous visitor gets no file, and no links', async () => {
		const expected = { anonymous: 302, ADMIN: 200, COORDINATOR: 200, JOBCOACH: 200, EMPLOYER: 403 } as const
		for (const [actor, status] of Object.entries(expected)) {
			const cookie = actor === 'anonymous' ? null : actors[actor as Role].cookie
			const file = await getExport(boardExportRoute, '/plekken/export', { cookie })
			expect({ actor, status: file.status }).toEqual({ actor, status })
			const page = await callRoute(boardRoute, { request: makeRequest('/plekken', { cookie }) })
			expect({ actor, canExport: (page.data as { canExport: boolean }).canExport }).toEqual({
				actor,
				canExport: status === 200,
			})
		}
	})
})
