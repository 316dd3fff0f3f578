import {
	demoLogins,
	demoPassword,
	expect,
	expectNoAxeViolations,
	findLatestEmailTo,
	prisma,
	test,
	waitForHydration,
} from './fixtures.ts'

test.describe('authentication', () => {
	test('an employer signs up, gets the confirmation mail and confirms the address', async ({
		page,
		login,
		newVisitor,
		uniqueEmail,
	}) => {
		const email = uniqueEmail('signup')
		const organizationName = `E2E Bakkerij ${email.split('@')[0]?.slice(-8)}`

		await page.goto('/registreren')
		await expect(page.getByRole('heading', { level: 1, name: 'Aanmelden als werkgever' })).toBeVisible()
		await expectNoAxeViolations(page)
		await page.getByLabel('Naam', { exact: true }).fill('Eva Testmans')
		await page.getByLabel('E-mailadres').fill(email)
		await page.getByLabel('Nieuw wachtwoord').fill('een lange zin als wachtwoord')
		await page.getByLabel('Naam van de organisatie').fill(organizationName)
		await page.getByRole('button', { name: 'Account aanmaken' }).click()

		await expect(page).toHaveURL('/werkgever')
		await expect(page.getByRole('heading', { level: 1, name: organizationName })).toBeVisible()
		await expect(page.getByTestId('toast')).toContainText('Welkom bij Werkverbinder!')
		const notice = page.getByRole('note').filter({ hasText: 'Bevestig je e-mailadres' })
		await expect(notice).toBeVisible()
		await expectNoAxeViolations(page)

		// The admin reads the confirmation mail in the outbox.
		const admin = await newVisitor()
		await login(demoLogins.admin, admin.context())
		await admin.goto('/dev/outbox')
		await expect(admin.getByRole('heading', { level: 1, name: 'Uitgaande e-mail' })).toBeVisible()
		const mail = admin
			.getByTestId('outbox-message')
			.filter({ hasText: `Aan ${email}` })
			.filter({ has: admin.getByRole('heading', { name: 'Bevestig je e-mailadres voor Werkverbinder' }) })
		await expect(mail).toHaveCount(1)
		await expectNoAxeViolations(admin)
		const confirmLink = mail.getByRole('link', { name: /\/email-bevestigen\?token=/ })
		const href = await confirmLink.getAttribute('href')
		expect(href).toMatch(/^http:\/\/localhost:3100\/email-bevestigen\?token=\w+/)
		// The outbox page shows what is stored: the same link as in the database.
		expect((await findLatestEmailTo(email))?.text).toContain(href)

		await page.goto(href ?? '')
		await expect(page).toHaveURL('/werkgever')
		await expect(page.getByTestId('toast')).toContainText('Je e-mailadres is bevestigd.')
		await expect(notice).toHaveCount(0)
		await expectNoAxeViolations(page)
		const user = await prisma.user.findUniqueOrThrow({ where: { email }, select: { emailVerifiedAt: true } })
		expect(user.emailVerifiedAt).not.toBeNull()

		// The link works once.
		await page.goto(href ?? '')
		await expect(page.getByRole('alert')).toContainText('Deze bevestigingslink is ongeldig')
		await expectNoAxeViolations(page)
	})

	test('log in through the form, see a wrong password rejected, and log out', async ({ page, context, newVisitor }) => {
		await page.goto('/login')
		await expect(page.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeVisible()
		await expectNoAxeViolations(page)
		await waitForHydration(page)

		const form = page.getByRole('main').locator('form')
		await form.getByLabel('E-mailadres').fill(demoLogins.employer)
		await form.getByLabel('Wachtwoord').fill('dit-is-niet-het-wachtwoord')
		await form.getByRole('button', { name: 'Inloggen' }).click()
		await expect(form.getByRole('alert')).toHaveText('Dit e-mailadres en wachtwoord horen niet bij elkaar.')
		await expect(page).toHaveURL('/login')
		await expectNoAxeViolations(page)

		await form.getByLabel('E-mailadres').fill(demoLogins.employer)
		await form.getByLabel('Wachtwoord').fill(demoPassword)
		await form.getByRole('button', { name: 'Inloggen' }).click()
		await expect(page).toHaveURL('/werkgever')
		await expect(page.getByRole('heading', { level: 1, name: "Lunchroom 't Hofje" })).toBeVisible()
		await expectNoAxeViolations(page)

		const sessionCookie = (await context.cookies()).find((cookie) => cookie.name === 'wv_session')
		expect(sessionCookie?.value).toBeTruthy()
		expect(sessionCookie?.httpOnly).toBe(true)

		await page.getByRole('banner').getByRole('button', { name: 'Uitloggen' }).click()
		await expect(page).toHaveURL('/')
		await expect(page.getByTestId('toast')).toContainText('Je bent uitgelogd.')
		await expect(page.getByRole('banner').getByRole('link', { name: 'Inloggen' })).toBeVisible()
		await expectNoAxeViolations(page)

		await page.goto('/werkgever')
		await expect(page).toHaveURL('/login?redirectTo=%2Fwerkgever')

		// The old cookie is dead on the server too, not only deleted in this browser.
		const replay = await newVisitor()
		await replay.context().addCookies([sessionCookie!])
		await replay.goto('/werkgever')
		await expect(replay).toHaveURL('/login?redirectTo=%2Fwerkgever')
		await expect(replay.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeVisible()
	})

	test('the sessions page lists the sessions and ends them', async ({ page, login, newVisitor }) => {
		const current = await login(demoLogins.otherEmployer)
		const otherDevice = await newVisitor()
		const other = await login(demoLogins.otherEmployer, otherDevice.context())

		await page.goto('/account/sessies')
		await expect(page.getByRole('heading', { level: 1, name: 'Mijn sessies' })).toBeVisible()
		const rows = page.getByRole('table', { name: 'Mijn sessies' }).getByTestId('session-row')
		await expect(rows).toHaveCount(2)
		const currentRow = rows.filter({ hasText: '(deze sessie)' })
		await expect(currentRow).toHaveCount(1)
		await expectNoAxeViolations(page)

		// End the other device's session.
		await rows.filter({ hasNotText: '(deze sessie)' }).getByRole('button', { name: 'Beëindigen' }).click()
		await expect(page.getByTestId('toast')).toContainText('1 sessie beëindigd.')
		await expect(rows).toHaveCount(1)
		await expectNoAxeViolations(page)
		expect(await prisma.session.findUnique({ where: { id: other.sessionId } })).toBeNull()
		await otherDevice.goto('/werkgever')
		await expect(otherDevice).toHaveURL('/login?redirectTo=%2Fwerkgever')

		// "Uitloggen" in the table ends this session.
		await currentRow.getByRole('button', { name: 'Uitloggen' }).click()
		await expect(page).toHaveURL('/login')
		await expect(page.getByTestId('toast')).toContainText('Je bent uitgelogd.')
		await expectNoAxeViolations(page)
		expect(await prisma.session.findUnique({ where: { id: current.sessionId } })).toBeNull()
		await page.goto('/account/sessies')
		await expect(page).toHaveURL('/login?redirectTo=%2Faccount%2Fsessies')
	})
})
