import { beforeAll, describe, expect, it } from 'vitest'
import * as listRoute from '#app/routes/jobcoach.kandidaten._index.tsx'
import * as exportRoute from '#app/routes/jobcoach.kandidaten.export.ts'
import { prisma } from '#app/utils/db.server.ts'
import { createCandidate } from '#tests/candidate-factories.ts'
import { callRoute, createSignedInUser, makeRequest, type SignedInUser } from '#tests/factories.ts'
import { column, csvRows, expectSameAccessAsList, getExport, inLanguage, xlsxRows } from '#tests/export-helpers.ts'

let coach: SignedInUser
let colleague: SignedInUser
let outsider: SignedInUser
const ids: Record<string, string> = {}

beforeAll(async () => {
	coach = await createSignedInUser({ role: 'JOBCOACH', name: 'Anouk Coach' })
	const organizationId = coach.organization.id
	colleague = await createSignedInUser({ role: 'JOBCOACH', organizationId, name: 'Bram Collega' })
	outsider = await createSignedInUser({ role: 'JOBCOACH', name: 'Elders' })
	ids.anna = (
		await createCandidate({ organizationId, firstName: 'Anna', lastName: 'Évora', primaryCoachId: coach.user.id })
	).id
	ids.formula = (
		await createCandidate({
			organizationId,
			firstName: '=HYPERLINK("http://x")',
			lastName: 'Cor',
			primaryCoachId: coach.user.id,
		})
	).id
	ids.developing = (
		await createCandidate({ organizationId, firstName: 'Bert', lastName: 'Jansen', stage: 'DEVELOPING' })
	).id
	ids.inactive = (await createCandidate({ organizationId, firstName: 'Dina', lastName: 'Pauze', active: false })).id
	ids.foreign = (
		await createCandidate({ organizationId: outsider.organization.id, firstName: 'Vreemd', lastName: 'de Vries' })
	).id
	// 23:30 UTC on 31 March is already 1 April in Amsterdam.
	await prisma.candidate.update({
		where: { id: ids.anna },
		data: { lastContactAt: new Date('2026-03-31T23:30:00Z'), nextAction: '+ bellen over stage' },
	})
})

const SENSITIVE =
	/Angstklachten|PARTICIPATIEWET|Participatiewet|GARANTIEBAAN|Garantiebaan|Vaste begeleider|0612345678|@example\.test/

describe('the caseload export', () => {
	it('is the filtered list as CSV, in Dutch, formulas guarded, nothing sensitive', async () => {
		const response = await getExport(exportRoute, '/jobcoach/kandidaten/export?formaat=csv&fase=ORIENTING', {
			cookie: coach.cookie,
		})
		expect(response.headers.get('content-disposition')).toMatch(/filename="kandidaten-\d{4}-\d{2}-\d{2}\.csv"/)
		const rows = await csvRows(response)
		expect(rows[0]).toEqual([
			'Naam',
			'Code',
			'Fase',
			'Jobcoach',
			'Trajectbegeleider',
			'Status',
			'Laatste contact',
			'Volgende actie',
			'Datum volgende actie',
			'Laatst bevestigd',
			'Opnieuw bevestigen',
		])
		expect(column(rows, 'Naam')).toEqual([`'=HYPERLINK("http://x") Cor`, 'Anna Évora'])
		expect(column(rows, 'Fase')).toEqual(['Oriënterend', 'Oriënterend'])
		expect(column(rows, 'Laatste contact')).toEqual(['', '01-04-2026'])
		expect(column(rows, 'Volgende actie')).toEqual(['', "'+ bellen over stage"])
		expect(rows.flat().join(' ')).not.toMatch(SENSITIVE)
		const audit = await prisma.auditEvent.findFirst({
			where: { action: 'caseload.exported', actorId: coach.user.id },
			orderBy: { createdAt: 'desc' },
		})
		expect(JSON.parse(audit?.details ?? '{}')).toEqual({ list: 'caseload', format: 'csv', count: 2 })
	})

	it('has the same rows and order as the list page, and the same in Excel with real dates, in English', async () => {
		const search = '?status=all&sorteer=name&richting=desc'
		const page = await callRoute(listRoute, {
			request: makeRequest(`/jobcoach/kandidaten${search}`, { cookie: coach.cookie }),
		})
		const listed = (page.data as Awaited<ReturnType<typeof listRoute.loader>>).rows
		const response = await getExport(exportRoute, `/jobcoach/kandidaten/export${search}&formaat=xlsx`, {
			cookie: await inLanguage(coach, 'en'),
		})
		expect(response.headers.get('content-disposition')).toMatch(/filename="candidates-\d{4}-\d{2}-\d{2}\.xlsx"/)
		const rows = await xlsxRows(response)
		expect(rows[0]?.slice(0, 3)).toEqual(['Name', 'Code', 'Stage'])
		expect(column(rows, 'Name')).toEqual(listed.map((row) => row.name))
		expect(column(rows, 'Name')).toHaveLength(4)
		// Text that looks like a formula stays text, exactly as typed.
		expect(column(rows, 'Name')).toContain('=HYPERLINK("http://x") Cor')
		const anna = rows.find((row) => row[0] === 'Anna Évora')
		expect(anna?.[rows[0]!.indexOf('Last contact')]).toEqual(new Date(Date.UTC(2026, 3, 1)))
		expect(anna?.[rows[0]!.indexOf('Stage')]).toBe('Orienting')
		expect(rows.flat().map(String).join(' ')).not.toMatch(SENSITIVE)
	})

	it('logs every exported candidate in their access log, and only those', async () => {
		const before = await prisma.candidateAccessLog.count({ where: { userId: colleague.user.id } })
		expect(before).toBe(0)
		const response = await getExport(exportRoute, '/jobcoach/kandidaten/export?formaat=xlsx&fase=DEVELOPING', {
			cookie: colleague.cookie,
		})
		expect(column(await xlsxRows(response), 'Naam')).toEqual(['Bert Jansen'])
		const logged = await prisma.candidateAccessLog.findMany({
			where: { userId: colleague.user.id },
			select: { candidateId: true, section: true },
		})
		expect(logged).toEqual([{ candidateId: ids.developing, section: 'CASELOAD' }])
	})

	it('never holds another organisation’s candidates', async () => {
		const rows = await csvRows(
			await getExport(exportRoute, '/jobcoach/kandidaten/export?status=all', { cookie: outsider.cookie }),
		)
		expect(column(rows, 'Naam')).toEqual(['Vreemd de Vries'])
		const mine = await csvRows(
			await getExport(exportRoute, '/jobcoach/kandidaten/export?status=all', { cookie: coach.cookie }),
		)
		expect(column(mine, 'Naam')).not.toContain('Vreemd de Vries')
	})

	it('refuses whom the list refuses: coordinators, employers and admins never see a candidate', async () => {
		const others = {
			COORDINATOR: await createSignedInUser({ role: 'COORDINATOR' }),
			EMPLOYER: await createSignedInUser({ role: 'EMPLOYER' }),
			ADMIN: await createSignedInUser({ role: 'ADMIN' }),
		}
		const statuses = await expectSameAccessAsList(
			{
				list: listRoute,
				listPath: '/jobcoach/kandidaten',
				exportRoute,
				exportPath: '/jobcoach/kandidaten/export?formaat=xlsx',
			},
			{ JOBCOACH: coach, ...others },
		)
		expect(statuses).toEqual({ anonymous: 302, JOBCOACH: 200, COORDINATOR: 403, EMPLOYER: 403, ADMIN: 403 })
		// A coordinator in the coach's own organisation is refused as well.
		const ownCoordinator = await createSignedInUser({ role: 'COORDINATOR', organizationId: coach.organization.id })
		expect(
			(await getExport(exportRoute, '/jobcoach/kandidaten/export', { cookie: ownCoordinator.cookie })).status,
		).toBe(403)
	})
})
