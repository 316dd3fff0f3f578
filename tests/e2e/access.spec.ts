import { demoLogins, expect, expectNoAxeViolations, organizationIdOf, test } from './fixtures.ts'

test.describe('access control', () => {
	test("an employer cannot open another employer's organisation page", async ({ page, login }) => {
		await login(demoLogins.employer)
		const ownId = await organizationIdOf(demoLogins.employer)
		const foreignId = await organizationIdOf(demoLogins.otherEmployer)

		const own = await page.goto(`/organisaties/${ownId}`)
		expect(own?.status()).toBe(200)
		await expect(page.getByRole('heading', { level: 1, name: "Lunchroom 't Hofje" })).toBeVisible()
		await expectNoAxeViolations(page)

		const foreign = await page.goto(`/organisaties/${foreignId}`)
		expect(foreign?.status()).toBe(404)
		await expect(page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' })).toBeVisible()
		await expect(page.getByText('Hoveniersbedrijf De Wilgenhoek')).toHaveCount(0)
		await expectNoAxeViolations(page)

		// A foreign organisation looks exactly like one that does not exist.
		const unknown = await page.goto('/organisaties/bestaat-niet')
		expect(unknown?.status()).toBe(404)
		await expect(page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' })).toBeVisible()
		await expectNoAxeViolations(page)
	})

	test('an employer opening the admin pages gets "Geen toegang"', async ({ page, login }) => {
		await login(demoLogins.employer)
		for (const path of ['/beheer', '/beheer/accounts', '/dev/outbox']) {
			const response = await page.goto(path)
			expect(response?.status(), path).toBe(403)
			await expect(page.getByRole('heading', { level: 1, name: 'Geen toegang' })).toBeVisible()
			await expectNoAxeViolations(page)
		}
		const nav = page.getByRole('navigation', { name: 'Hoofdmenu' })
		await expect(nav.getByRole('link', { name: 'Organisaties' })).toHaveCount(0)
	})

	test('a jobcoach opening the employer network gets "Geen toegang"', async ({ page, login }) => {
		await login(demoLogins.jobcoach)
		const response = await page.goto('/netwerk')
		expect(response?.status()).toBe(403)
		await expect(page.getByRole('heading', { level: 1, name: 'Geen toegang' })).toBeVisible()
		await expectNoAxeViolations(page)

		const home = await page.goto('/jobcoach')
		expect(home?.status()).toBe(200)
		await expect(page.getByRole('heading', { level: 1, name: 'Mijn werkoverzicht' })).toBeVisible()
		await expectNoAxeViolations(page)
	})

	test('a coordinator sees the employer network', async ({ page, login }) => {
		await login(demoLogins.coordinator)
		const response = await page.goto('/netwerk')
		expect(response?.status()).toBe(200)
		await expect(page.getByRole('heading', { level: 1, name: 'Werkgeversnetwerk' })).toBeVisible()
		await expect(page.getByRole('heading', { level: 2, name: 'Komende bijeenkomsten' })).toBeVisible()
		await expect(page.getByRole('heading', { level: 2, name: 'Laatste activiteiten' })).toBeVisible()
		await expectNoAxeViolations(page)
	})

	test('anonymous visitors are sent to the login page', async ({ page }) => {
		for (const path of ['/werkgever', '/jobcoach', '/netwerk', '/beheer', '/account/sessies']) {
			await page.goto(path)
			await expect(page, path).toHaveURL(`/login?redirectTo=${encodeURIComponent(path)}`)
			await expect(page.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeVisible()
		}
		await expectNoAxeViolations(page)
	})

	test('an unknown address answers 404 inside the layout', async ({ page }) => {
		const response = await page.goto('/deze-pagina-bestaat-niet')
		expect(response?.status()).toBe(404)
		await expect(page).toHaveTitle('Pagina niet gevonden · Werkverbinder')
		await expect(page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' })).toBeVisible()
		await expect(page.getByRole('link', { name: 'Naar de startpagina' })).toBeVisible()
		await expectNoAxeViolations(page)
	})
})
