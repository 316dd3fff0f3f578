import { expect, expectNoAxeViolations, test } from './fixtures.ts'

test('the site is Dutch by default and the header switch turns it English and back', async ({ page }) => {
	await page.goto('/')
	const html = page.locator('html')
	const header = page.getByRole('banner')
	await expect(html).toHaveAttribute('lang', 'nl')
	await expect(page.getByRole('heading', { level: 1, name: 'Samen werken aan duurzaam werk' })).toBeVisible()
	await expect(header.getByRole('link', { name: 'Inloggen' })).toBeVisible()
	await expectNoAxeViolations(page)

	await header.getByRole('button', { name: 'English' }).click()
	await expect(html).toHaveAttribute('lang', 'en')
	await expect(page).toHaveURL('/')
	await expect(header.getByRole('link', { name: 'Log in' })).toBeVisible()
	await expect(page.getByRole('heading', { level: 1, name: 'Working together towards durable work' })).toBeVisible()
	await expectNoAxeViolations(page)

	// The choice is a cookie: a full page load stays English.
	await page.goto('/login')
	await expect(html).toHaveAttribute('lang', 'en')
	await expect(page.getByRole('heading', { level: 1, name: 'Log in' })).toBeVisible()
	await expectNoAxeViolations(page)

	await header.getByRole('button', { name: 'Nederlands' }).click()
	await expect(html).toHaveAttribute('lang', 'nl')
	await expect(page).toHaveURL('/login')
	await expect(page.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeVisible()
	await expect(header.getByRole('link', { name: 'Inloggen' })).toBeVisible()
	await expectNoAxeViolations(page)
})
