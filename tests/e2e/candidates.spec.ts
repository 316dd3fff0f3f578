import fs from 'node:fs'
import { demoLogins, expect, expectNoAxeViolations, prisma, test, waitForHydration } from './fixtures.ts'

// A jobcoach of the demo coaching organisation does an intake, moves the candidate through two
// stages, writes a report and records the candidate's approval, and exports the caseload. A coach of
// another organisation cannot reach the candidate. The candidate gets a unique first name and is
// removed afterwards, with the other organisation.
const firstNamePrefix = 'E2eKandidaat'
let firstName = ''
const otherOrganizationName = 'E2E Andere coachingsorganisatie'

test.beforeEach(() => {
	firstName = `${firstNamePrefix}${Date.now().toString(36)}`
})

test.afterEach(async () => {
	const candidates = await prisma.candidate.findMany({
		where: { firstName: { startsWith: firstNamePrefix } },
		select: { id: true },
	})
	const ids = candidates.map((candidate) => candidate.id)
	await prisma.auditEvent.deleteMany({ where: { entityId: { in: ids } } })
	await prisma.candidate.deleteMany({ where: { id: { in: ids } } })
	await prisma.organization.deleteMany({ where: { name: otherOrganizationName } })
})

test('a jobcoach does an intake, moves the candidate through two stages, gets a report approved and exports the caseload', async ({
	page,
	login,
	uniqueEmail,
	newVisitor,
}) => {
	await login(demoLogins.jobcoach)

	await page.goto('/jobcoach/kandidaten')
	await expect(page.getByRole('heading', { level: 1, name: 'Kandidaten' })).toBeVisible()
	await expectNoAxeViolations(page)
	await page.getByRole('link', { name: 'Nieuwe kandidaat (intake)' }).click()
	await expect(page).toHaveURL('/jobcoach/kandidaten/nieuw')
	await waitForHydration(page)
	await expectNoAxeViolations(page)

	// The intake starts from the person; identity and sensitive context carry the private marker.
	const form = page.getByRole('main').locator('form')
	await expect(form.getByText('Alleen jouw organisatie ziet dit')).toHaveCount(2)
	await form.getByLabel('Waar word je blij van?').fill('Planten verzorgen en rust om me heen')
	await form.getByLabel('Interesses').fill('Tuinieren, fotografie')
	await form.getByRole('group', { name: 'Gewenste soort plek' }).getByLabel('Werkervaringsplek').check()
	await form.getByLabel('Minimaal').fill('12')
	await form.getByLabel('Maximaal').fill('8')
	await form.getByLabel('Maximaal').blur()
	await form.getByLabel('Woonplaats').fill('Doetinchem')
	await form.getByLabel('Voornaam').fill(firstName)
	await form.getByLabel('Achternaam').fill('Bakker')
	await form.getByRole('button', { name: 'Kandidaat opslaan' }).click()
	// More minimum than maximum hours: nothing is saved and the typed values stay.
	await expect(page).toHaveURL('/jobcoach/kandidaten/nieuw')
	await expect(form.getByLabel('Voornaam')).toHaveValue(firstName)
	await expect(form.getByLabel('Maximaal')).toHaveAttribute('aria-invalid', 'true')
	await form.getByLabel('Maximaal').fill('16')
	await form.getByRole('button', { name: 'Kandidaat opslaan' }).click()

	await expect(page).toHaveURL(/\/jobcoach\/kandidaten\/c[a-z0-9]+$/)
	await expect(page.getByTestId('toast')).toContainText('De kandidaat is toegevoegd.')
	await expect(page.getByRole('heading', { level: 1, name: `${firstName} Bakker` })).toBeVisible()
	await expect(page.getByRole('main')).toContainText('Planten verzorgen en rust om me heen')
	await expectNoAxeViolations(page)
	const candidateUrl = new URL(page.url()).pathname

	// Two stages: orienting → developing → job-seeking, each kept in the history.
	const tabs = page.getByRole('navigation', { name: 'Onderdelen van deze kandidaat' })
	await tabs.getByRole('link', { name: 'Fase en geschiedenis' }).click()
	await expect(page.getByRole('heading', { level: 2, name: 'Fase en geschiedenis' })).toBeVisible()
	await waitForHydration(page)
	await expectNoAxeViolations(page)
	for (const [stage, expected] of [
		['Ontwikkelend', 'Van Oriënterend naar Ontwikkelend'],
		['Werkzoekend', 'Van Ontwikkelend naar Werkzoekend'],
	] as const) {
		const stageForm = page.locator('form').filter({ has: page.getByRole('heading', { name: 'Fase wijzigen' }) })
		await stageForm.getByLabel('Nieuwe fase').selectOption({ label: stage })
		await stageForm.getByRole('button', { name: 'Fase opslaan' }).click()
		await expect(page.getByTestId('toast')).toContainText('De fase is opgeslagen.')
		await expect(page.getByRole('main')).toContainText(expected)
	}
	// The header above the tabs follows the stage.
	await expect(page.getByRole('main').getByText('Werkzoekend · Actief')).toBeVisible()

	// A report: private draft → approval asked → approved by the candidate (recorded by the coach).
	await tabs.getByRole('link', { name: 'Verslagen' }).click()
	await page.getByRole('link', { name: 'Nieuw verslag' }).click()
	await waitForHydration(page)
	await expectNoAxeViolations(page)
	await page.getByLabel('Titel').fill('Kennismaking')
	await page.getByLabel('Verslag', { exact: true }).fill('We spraken over tuinwerk en een rustige start.')
	await page.getByRole('button', { name: 'Verslag opslaan' }).click()
	await expect(page.getByRole('main')).toContainText('Concept')
	await page.getByRole('button', { name: 'Akkoord vragen aan de kandidaat' }).click()
	await expect(page.getByRole('main')).toContainText('Wacht op akkoord')
	await waitForHydration(page)
	await page.getByLabel('Akkoord: het team van de kandidaat mag het verslag lezen').check()
	await page.getByRole('button', { name: /vastleggen/i }).click()
	await expect(page.getByRole('main')).toContainText('Goedgekeurd')
	await expectNoAxeViolations(page)
	await tabs.getByRole('link', { name: 'Verslagen' }).click()
	await expect(page.getByRole('row').filter({ hasText: 'Kennismaking' })).toContainText('Goedgekeurd')

	// The caseload export holds the new candidate in the stage it reached.
	await page.goto('/jobcoach/kandidaten')
	await expect(page.getByRole('link', { name: `${firstName} Bakker` })).toBeVisible()
	const downloadPromise = page.waitForEvent('download')
	await page.getByRole('link', { name: 'Exporteer als CSV' }).click()
	const download = await downloadPromise
	expect(download.suggestedFilename()).toMatch(/^kandidaten-\d{4}-\d{2}-\d{2}\.csv$/)
	const csv = fs.readFileSync((await download.path()) ?? '', 'utf8')
	expect(csv.split('\r\n')[0]).toContain('Naam;Code;Fase')
	expect(csv).toMatch(new RegExp(`${firstName} Bakker;K-\\w{4};Werkzoekend`))

	// A jobcoach of another organisation gets the same 404 as for an address that does not exist.
	const otherOrganization = await prisma.organization.create({
		data: { kind: 'COACHING', name: otherOrganizationName },
	})
	const otherCoachEmail = uniqueEmail('andere-coach')
	await prisma.user.create({
		data: {
			email: otherCoachEmail,
			name: 'Andere Coach',
			emailVerifiedAt: new Date(),
			memberships: { create: { organizationId: otherOrganization.id, role: 'JOBCOACH' } },
		},
	})
	const stranger = await newVisitor()
	await login(otherCoachEmail, stranger.context())
	for (const path of [candidateUrl, `${candidateUrl}/fase`, `${candidateUrl}/verslagen`]) {
		const response = await stranger.goto(path)
		expect(response?.status()).toBe(404)
	}
	await expect(stranger.getByRole('heading', { level: 1 })).toContainText(/niet gevonden/i)
	await expectNoAxeViolations(stranger)
	await stranger.goto('/jobcoach/kandidaten')
	await expect(stranger.getByRole('link', { name: `${firstName} Bakker` })).toHaveCount(0)
})
