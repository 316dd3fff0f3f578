import { beforeAll, describe, expect, it } from 'vitest'
import * as exportRoute from '#app/routes/jobcoach.kandidaten.export.ts'
import * as listRoute from '#app/routes/jobcoach.kandidaten._index.tsx'
import * as reassignRoute from '#app/routes/jobcoach.overdragen.tsx'
import type { CaseloadRow } from '#app/domain/candidates/caseload.server.ts'
import { now } from '#app/utils/clock.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import { createCandidate } from '#tests/candidate-factories.ts'
import {
	callRoute,
	createSessionCookie,
	createUser,
	expectRefused,
	makeRequest,
	submissionErrors,
	testContext,
} from '#tests/factories.ts'

const DAY = 24 * 60 * 60 * 1000
let organizationId = ''
let coach = { id: '', cookie: '' }
let colleague = { id: '', cookie: '' }
let outsider = { id: '', cookie: '' }
const ids: Record<string, string> = {}

beforeAll(async () => {
	const first = await createUser({ role: 'JOBCOACH', name: 'Anouk Coach' })
	organizationId = first.organization.id
	coach = { id: first.user.id, cookie: await createSessionCookie(first.user.id) }
	const second = await createUser({ role: 'JOBCOACH', organizationId, name: 'Bram Collega' })
	colleague = { id: second.user.id, cookie: await createSessionCookie(second.user.id) }
	const other = await createUser({ role: 'JOBCOACH', name: 'Elders' })
	outsider = { id: other.user.id, cookie: await createSessionCookie(other.user.id) }

	ids.anna = (
		await createCandidate({ organizationId, firstName: 'Anna', lastName: 'Évora', primaryCoachId: coach.id })
	).id
	ids.bert = (
		await createCandidate({
			organizationId,
			firstName: 'Bert',
			lastName: 'Jansen',
			stage: 'DEVELOPING',
			primaryCoachId: colleague.id,
			routeSupporterId: coach.id,
		})
	).id
	ids.cor = (
		await createCandidate({
			organizationId,
			firstName: '=HYPERLINK("x")',
			lastName: 'Cor',
			stage: 'JOB_SEEKING',
			primaryCoachId: coach.id,
			confirmedAt: new Date(now().getTime() - 120 * DAY),
		})
	).id
	ids.dina = (
		await createCandidate({
			organizationId,
			firstName: 'Dina',
			lastName: 'Pauze',
			active: false,
			primaryCoachId: coach.id,
		})
	).id
	await prisma.candidate.update({
		where: { id: ids.anna },
		data: { lastContactAt: new Date(now().getTime() - 2 * DAY) },
	})
	await prisma.candidate.update({
		where: { id: ids.bert },
		data: { lastContactAt: new Date(now().getTime() - 9 * DAY) },
	})
	// Another organisation's candidate never shows up.
	await createCandidate({ organizationId: other.organization.id, firstName: 'Vreemd', primaryCoachId: outsider.id })
})

async function list(query = '', cookie = coach.cookie) {
	const result = await callRoute(listRoute, { request: makeRequest(`/jobcoach/kandidaten${query}`, { cookie }) })
	expect(result.status).toBe(200)
	return result.data as { rows: CaseloadRow[]; invalid: string[]; query: string }
}
const names = (rows: CaseloadRow[]) => rows.map((row) => row.name)

describe('caseload overview', () => {
	it('lists the active candidates of the organisation by name, and logs each name shown', async () => {
		const { rows } = await list()
		expect(names(rows)).toEqual(['=HYPERLINK("x") Cor', 'Anna Évora', 'Bert Jansen'])
		const logged = await prisma.candidateAccessLog.findMany({ where: { userId: coach.id, section: 'CASELOAD' } })
		expect(new Set(logged.map((entry) => entry.candidateId))).toEqual(new Set([ids.cor, ids.anna, ids.bert]))
	})

	it('filters by stage, coach, route supporter, activity, staleness and name (accents ignored)', async () => {
		expect(names((await list('?fase=DEVELOPING')).rows)).toEqual(['Bert Jansen'])
		expect(names((await list(`?coach=${colleague.id}`)).rows)).toEqual(['Bert Jansen'])
		expect(names((await list(`?begeleider=${coach.id}`)).rows)).toEqual(['Bert Jansen'])
		expect(names((await list('?begeleider=none')).rows)).toEqual(['=HYPERLINK("x") Cor', 'Anna Évora'])
		expect(names((await list('?status=inactive')).rows)).toEqual(['Dina Pauze'])
		expect((await list('?status=all')).rows).toHaveLength(4)
		expect(names((await list('?verouderd=1')).rows)).toEqual(['=HYPERLINK("x") Cor'])
		expect(names((await list('?zoek=evora')).rows)).toEqual(['Anna Évora'])
	})

	it('sorts by any column both ways, empty cells last', async () => {
		expect(names((await list('?sorteer=lastContact&richting=desc')).rows)).toEqual([
			'Anna Évora',
			'Bert Jansen',
			'=HYPERLINK("x") Cor',
		])
		expect(names((await list('?sorteer=lastContact&richting=asc')).rows)).toEqual([
			'Bert Jansen',
			'Anna Évora',
			'=HYPERLINK("x") Cor',
		])
		expect(names((await list('?sorteer=stage&richting=desc')).rows)[0]).toBe('=HYPERLINK("x") Cor')
	})

	it('ignores and names filter values it does not understand, including another organisation’s coach', async () => {
		const { rows, invalid } = await list(`?fase=NOPE&coach=${outsider.id}`)
		expect(invalid.sort()).toEqual(['coach', 'stage'])
		expect(rows).toHaveLength(3)
	})

	it('never shows another organisation’s candidates', async () => {
		const { rows } = await list('?status=all', outsider.cookie)
		expect(names(rows)).toEqual(['Vreemd de Vries'])
	})
})

describe('caseload export as CSV', () => {
	it('is the filtered list for a Dutch Excel: BOM, semicolons, translated header, formulas neutralised', async () => {
		const result = await callRoute(exportRoute, {
			request: makeRequest('/jobcoach/kandidaten/export?formaat=csv&sorteer=name', { cookie: coach.cookie }),
		})
		expect(result.status).toBe(200)
		expect(result.headers.get('content-type')).toBe('text/csv; charset=utf-8')
		expect(result.headers.get('content-disposition')).toMatch(
			/^attachment; filename="kandidaten-\d{4}-\d{2}-\d{2}\.csv"; filename\*=UTF-8''kandidaten-\d{4}-\d{2}-\d{2}\.csv$/,
		)
		expect(result.headers.get('cache-control')).toBe('no-store')
		const text = result.data as string
		const lines = text.trim().split('\r\n')
		expect(lines[0]).toBe(
			'Naam;Code;Fase;Jobcoach;Trajectbegeleider;Status;Laatste contact;Volgende actie;Datum volgende actie;Laatst bevestigd;Opnieuw bevestigen',
		)
		expect(lines).toHaveLength(4)
		expect(lines[1]).toMatch(
			/^"'=HYPERLINK\(""x""\) Cor";K-\w{4};Werkzoekend;Anouk Coach;;Actief;;;;\d{2}-\d{2}-\d{4};ja$/,
		)
		expect(lines[2]).toContain('Anna Évora')
		// Nothing of the sensitive context.
		expect(text).not.toMatch(/Angstklachten|PARTICIPATIEWET|Participatiewet|Garantiebaan/)
		const audit = await prisma.auditEvent.findFirst({ where: { action: 'caseload.exported', actorId: coach.id } })
		expect(JSON.parse(audit?.details ?? '{}')).toEqual({ list: 'caseload', format: 'csv', count: 3 })
	})

	it('starts with a UTF-8 byte order mark, which Excel needs to read accents', async () => {
		const response = (await exportRoute.loader({
			request: makeRequest('/jobcoach/kandidaten/export', { cookie: coach.cookie }),
			params: {},
			context: testContext,
		})) as Response
		const bytes = new Uint8Array(await response.arrayBuffer())
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
	})

	it('exports only what the filters show', async () => {
		const result = await callRoute(exportRoute, {
			request: makeRequest('/jobcoach/kandidaten/export?status=inactive', { cookie: coach.cookie }),
		})
		const lines = (result.data as string).trim().split('\r\n')
		expect(lines).toHaveLength(2)
		expect(lines[1]).toContain('Dina Pauze')
	})
})

describe('handing over a caseload', () => {
	const post = (form: Record<string, string>, cookie = coach.cookie) =>
		callRoute(reassignRoute, { request: makeRequest('/jobcoach/overdragen', { form, cookie }) })

	it('previews and then moves exactly the absent coach’s candidates in the chosen role', async () => {
		const absent = await createUser({ role: 'JOBCOACH', organizationId, name: 'Afwezig' })
		const mine = await createCandidate({ organizationId, firstName: 'Een', primaryCoachId: absent.user.id })
		const supported = await createCandidate({
			organizationId,
			firstName: 'Twee',
			primaryCoachId: coach.id,
			routeSupporterId: absent.user.id,
		})
		const resting = await createCandidate({
			organizationId,
			firstName: 'Drie',
			primaryCoachId: absent.user.id,
			active: false,
		})
		const form = { fromCoachId: absent.user.id, toCoachId: colleague.id, role: 'primary', onlyActive: 'yes' }

		const preview = await post({ ...form, intent: 'preview' })
		expect(preview.status).toBe(200)
		expect((preview.data as { preview: unknown }).preview).toEqual({ primary: 1, supporter: 0 })
		expect((await prisma.candidate.findUniqueOrThrow({ where: { id: mine.id } })).primaryCoachId).toBe(absent.user.id)

		const done = await post({ ...form, intent: 'confirm' })
		expect(done.status).toBe(302)
		expect(done.location).toBe('/jobcoach/kandidaten')
		const after = await prisma.candidate.findMany({
			where: { id: { in: [mine.id, supported.id, resting.id] } },
			select: { id: true, primaryCoachId: true, routeSupporterId: true },
		})
		const byId = Object.fromEntries(after.map((candidate) => [candidate.id, candidate]))
		expect(byId[mine.id]?.primaryCoachId).toBe(colleague.id)
		expect(byId[supported.id]?.routeSupporterId).toBe(absent.user.id)
		expect(byId[resting.id]?.primaryCoachId).toBe(absent.user.id)

		await post({ ...form, role: 'both', onlyActive: 'no', intent: 'confirm' })
		const final = await prisma.candidate.findMany({
			where: { OR: [{ primaryCoachId: absent.user.id }, { routeSupporterId: absent.user.id }] },
		})
		expect(final).toEqual([])
		const audit = await prisma.auditEvent.findFirst({
			where: { action: 'caseload.reassigned' },
			orderBy: { createdAt: 'desc' },
		})
		expect(JSON.parse(audit?.details ?? '{}')).toMatchObject({ primary: 1, supporter: 1 })
	})

	it('refuses the same coach twice and coaches of another organisation', async () => {
		const same = await post({
			fromCoachId: coach.id,
			toCoachId: coach.id,
			role: 'both',
			onlyActive: 'yes',
			intent: 'confirm',
		})
		expect(same.status).toBe(400)
		expect(submissionErrors(same).toCoachId).toEqual(['caseload:reassign.errors.sameCoach'])
		const foreign = await post({
			fromCoachId: coach.id,
			toCoachId: outsider.id,
			role: 'both',
			onlyActive: 'yes',
			intent: 'confirm',
		})
		expect(foreign.status).toBe(400)
		expect(submissionErrors(foreign)['']).toEqual(['caseload:reassign.errors.unknownCoach'])
		expect(await prisma.candidate.count({ where: { primaryCoachId: outsider.id, organizationId } })).toBe(0)
	})
})

describe('who may see the caseload', () => {
	it.each(['COORDINATOR', 'EMPLOYER', 'ADMIN'] as const)(
		'a %s is refused the list, the export and the hand-over',
		async (role) => {
			const { user } = await createUser({ role })
			const cookie = await createSessionCookie(user.id)
			for (const [module, path] of [
				[listRoute, '/jobcoach/kandidaten'],
				[exportRoute, '/jobcoach/kandidaten/export'],
				[reassignRoute, '/jobcoach/overdragen'],
			] as const) {
				expectRefused(await callRoute(module, { request: makeRequest(path, { cookie }) }), 403)
			}
		},
	)
})
