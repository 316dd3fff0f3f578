import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { demoLogins, expect, expectNoAxeViolations, organizationIdOf, prisma, test } from './fixtures.ts'

// Insight (PRODUCT.md journey 5): a coordinator opens the dashboard, switches the period, downloads
// a figure as CSV and prints the yearly report to PDF; a jobcoach imports a small sheet of candidates
// and finds them in the caseload.
const suffix = Date.now().toString(36)
const importedNames = [`Imke${suffix}`, `Ruben${suffix}`]

test.afterAll(async () => {
	const organizationId = await organizationIdOf(demoLogins.jobcoach)
	await prisma.candidate.deleteMany({ where: { organizationId, firstName: { in: importedNames } } })
	await prisma.importJob.deleteMany({ where: { organizationId, fileName: { contains: suffix } } })
})

test('a coordinator reads the dashboard for another period, downloads a CSV and prints the yearly report', async ({
	page,
	login,
}) => {
	await login(demoLogins.coordinator)
	await page.goto('/netwerk')
	await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Inzicht' }).click()
	await expect(page.getByRole('heading', { level: 1, name: 'Inzicht' })).toBeVisible()
	await expect(page.getByRole('heading', { level: 2, name: 'Kerncijfers' })).toBeVisible()
	await expect(page.getByTestId('insight-period')).toContainText('Cijfers van')
	await expectNoAxeViolations(page)

	// Last year instead of the last 12 months.
	const lastYear = new Date().getFullYear() - 1
	await page.getByRole('radio', { name: 'Vorig jaar' }).check()
	await page.getByRole('button', { name: 'Cijfers tonen' }).click()
	await expect(page.getByTestId('insight-period')).toContainText(
		`1 januari ${lastYear} tot en met 31 december ${lastYear}`,
	)
	await expect(page).toHaveURL(/\/inzicht\?/)
	await expectNoAxeViolations(page)

	// One figure as CSV: Dutch Excel's format, the period's numbers.
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page
			.getByRole('link', { name: /CSV downloaden/ })
			.first()
			.click(),
	])
	expect(download.suggestedFilename()).toMatch(/\.csv$/)
	const csv = readFileSync(await download.path())
	expect(csv.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
	expect(csv.toString('utf8')).toContain(';')

	// The yearly report, printed to PDF by the browser.
	await page.getByRole('link', { name: /Naar het jaarverslag/ }).click()
	await expect(page.getByRole('heading', { level: 1, name: /Jaarverslag/ })).toBeVisible()
	await expect(page.getByRole('button', { name: 'Afdrukken / opslaan als pdf' })).toBeVisible()
	await expectNoAxeViolations(page)
	await page.emulateMedia({ media: 'print' })
	const pdf = await page.pdf({ format: 'A4', printBackground: true })
	expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
	expect(pdf.length).toBeGreaterThan(10_000)
	await page.emulateMedia({ media: 'screen' })
})

test('a jobcoach imports a small sheet and sees the candidates', async ({ page, login }) => {
	const directory = mkdtempSync(path.join(tmpdir(), 'wv-import-'))
	const file = path.join(directory, `kandidaten-${suffix}.csv`)
	writeFileSync(
		file,
		[
			'Voornaam;Achternaam;E-mailadres;Woonplaats;Fase',
			`${importedNames[0]};Jansen;imke-${suffix}@example.test;Doetinchem;Oriënterend`,
			`${importedNames[1]};de Boer;ruben-${suffix}@example.test;Aalten;Werkzoekend`,
		].join('\r\n'),
	)
	await login(demoLogins.jobcoach)
	await page.goto('/jobcoach/kandidaten')
	await page.getByRole('link', { name: 'Importeren uit Excel of CSV' }).click()
	await expect(page.getByRole('heading', { level: 1, name: 'Kandidaten importeren' })).toBeVisible()
	await expectNoAxeViolations(page)
	await page.getByLabel('Bestand', { exact: true }).setInputFiles(file)
	await page.getByRole('button', { name: 'Bestand uploaden' }).click()

	// The Dutch headers are recognised; check, then import.
	await expect(page.getByRole('heading', { level: 2, name: 'Kolommen koppelen' })).toBeVisible()
	await expectNoAxeViolations(page)
	await page.getByRole('button', { name: 'Controleren (proefimport)' }).click()
	await expect(page.getByRole('heading', { level: 2, name: 'Proefimport' })).toBeVisible()
	await expect(page.getByRole('row', { name: /Wordt nieuw aangemaakt/ })).toContainText('2')
	await expectNoAxeViolations(page)
	await page.getByRole('button', { name: 'Importeren starten' }).click()
	await expect(page.getByRole('heading', { level: 2, name: 'Importrapport' })).toBeVisible({ timeout: 30_000 })
	await expectNoAxeViolations(page)

	await page.getByRole('link', { name: 'Naar de kandidaten' }).click()
	for (const name of importedNames) await expect(page.getByRole('link', { name: new RegExp(name) })).toBeVisible()
})
