import { beforeEach, describe, expect, it } from 'vitest'
import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS } from '#app/domain/imports/read-sheet.server.ts'
import { createCoachingTeam } from '#tests/candidate-factories.ts'
import { csvFile, importFixture, importWrites, upload, type UploadFile } from '#tests/import-factories.ts'

let team: Awaited<ReturnType<typeof createCoachingTeam>>
beforeEach(async () => {
	team = await createCoachingTeam()
})

/** The upload is refused with the problem the page explains, and nothing at all is written. */
async function expectRefused(
	file: UploadFile | null,
	problem: string,
	kind: 'CANDIDATES' | 'EMPLOYERS' = 'CANDIDATES',
) {
	const before = await importWrites()
	const actor = kind === 'CANDIDATES' ? team.coach : team.coordinator
	const result = await upload(kind, actor, file)
	expect(result.status).toBe(400)
	expect(result.thrown).toBe(false)
	expect(result.data).toMatchObject({ problem })
	expect(await importWrites()).toEqual(before)
}

describe('files that are refused', () => {
	it.each([
		['geen-spreadsheet.pdf', 'wrongType'],
		['oud-excel.xls', 'oldExcel'],
		['kapot.xlsx', 'corrupt'],
		['alleen-kopregel.csv', 'noData'],
		['geen-kopregel.csv', 'noHeader'],
		['onbekende-kolommen.csv', 'noKnownColumns'],
	])('%s: %s, writing nothing', async (name, problem) => {
		await expectRefused(importFixture(name), problem)
	})

	it('an empty file and no file at all', async () => {
		await expectRefused(importFixture('leeg.csv'), 'empty')
		await expectRefused(null, 'required')
	})

	it('a file with columns only an employer list has, uploaded as candidates', async () => {
		await expectRefused(csvFile('werkgevers.csv', ['KvK-nummer;Bedrijfsnaam', '12345678;Bakkerij']), 'noKnownColumns')
		// The same file is fine as an employer list.
		const result = await upload(
			'EMPLOYERS',
			team.coordinator,
			csvFile('werkgevers.csv', ['KvK-nummer;Bedrijfsnaam', '12345678;Bakkerij']),
		)
		expect(result.status).toBe(302)
	})

	it('a damaged CSV, naming the line', async () => {
		const before = await importWrites()
		const result = await upload(
			'CANDIDATES',
			team.coach,
			csvFile('kapot.csv', ['Voornaam;Achternaam', 'Sanne;Jansen', '"Ahmed;Yilmaz']),
		)
		expect(result.status).toBe(400)
		expect(result.data).toMatchObject({ problem: 'corrupt', line: expect.any(Number) })
		expect(await importWrites()).toEqual(before)
	})

	it('more rows than the limit', async () => {
		const rows = Array.from({ length: IMPORT_MAX_ROWS + 1 }, (_, index) => `Persoon${index};Jansen`)
		await expectRefused(csvFile('groot.csv', ['Voornaam;Achternaam', ...rows]), 'tooManyRows')
	})

	it('a file over 10 MB', async () => {
		const line = `Sanne;${'x'.repeat(1000)}`
		const lines = Array.from({ length: Math.ceil(IMPORT_MAX_BYTES / line.length) + 1 }, () => line)
		await expectRefused(csvFile('groot.csv', ['Voornaam;Opmerking', ...lines]), 'tooLarge')
	})
})
