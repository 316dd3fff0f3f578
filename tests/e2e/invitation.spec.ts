import { demoLogins, expect, expectNoAxeViolations, prisma, test } from './fixtures.ts'

const coachingOrganization = 'Inloophuis De Wisselplaats'

test('an admin invites a jobcoach, who accepts the mailed link and lands on the jobcoach pages', async ({
	page,
	login,
	newVisitor,
	uniqueEmail,
}) => {
	const invitee = uniqueEmail('jobcoach')
	await login(demoLogins.admin)

	await page.goto('/beheer')
	await expect(page.getByRole('heading', { level: 1, name: 'Organisaties' })).toBeVisible()
	await expectNoAxeViolations(page)

	await page.getByRole('main').getByRole('link', { name: coachingOrganization }).click()
	await expect(page).toHaveURL(/\/organisaties\/\w+$/)
	await expect(page.getByRole('heading', { level: 1, name: coachingOrganization })).toBeVisible()
	await expectNoAxeViolations(page)

	const inviteForm = page.getByRole('main').locator('form#invite')
	await inviteForm.getByLabel('E-mailadres').fill(invitee)
	await inviteForm.getByLabel('Rol').selectOption({ label: 'Jobcoach' })
	await inviteForm.getByRole('button', { name: 'Uitnodiging versturen' }).click()
	await expect(page.getByTestId('toast')).toContainText(`De uitnodiging is verstuurd naar ${invitee}.`)
	const openInvitation = page.getByRole('listitem').filter({ hasText: invitee })
	await expect(openInvitation).toContainText('Jobcoach')
	await expect(openInvitation.getByRole('button', { name: 'Intrekken' })).toBeVisible()
	await expectNoAxeViolations(page)

	await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Uitgaande e-mail' }).click()
	await expect(page.getByRole('heading', { level: 1, name: 'Uitgaande e-mail' })).toBeVisible()
	const mail = page
		.getByTestId('outbox-message')
		.filter({ hasText: `Aan ${invitee}` })
		.filter({ has: page.getByRole('heading', { name: `Uitnodiging voor ${coachingOrganization} op Werkverbinder` }) })
	await expect(mail).toHaveCount(1)
	await expectNoAxeViolations(page)
	const acceptUrl = await mail.getByRole('link', { name: /\/uitnodiging\?token=/ }).getAttribute('href')
	expect(acceptUrl).toMatch(/^http:\/\/localhost:3100\/uitnodiging\?token=[\w-]+$/)

	// The invitee, in a browser of their own.
	const visitor = await newVisitor()
	await visitor.goto(acceptUrl ?? '')
	await expect(visitor.getByRole('heading', { level: 1, name: 'Uitnodiging' })).toBeVisible()
	await expect(visitor.getByRole('main')).toContainText(
		`Je bent uitgenodigd om als Jobcoach mee te doen met ${coachingOrganization}.`,
	)
	await expect(visitor.getByRole('main')).toContainText(`Deze uitnodiging is voor ${invitee}`)
	await expectNoAxeViolations(visitor)

	await visitor.getByLabel('Naam').fill('Jan Jobcoach')
	await visitor.getByLabel('Nieuw wachtwoord').fill('een lange zin als wachtwoord')
	await visitor.getByRole('button', { name: 'Account aanmaken en accepteren' }).click()

	await expect(visitor).toHaveURL('/jobcoach')
	await expect(visitor.getByRole('heading', { level: 1, name: 'Mijn werkoverzicht' })).toBeVisible()
	await expect(visitor.getByTestId('toast')).toContainText('Welkom! Je hebt de uitnodiging geaccepteerd.')
	await expectNoAxeViolations(visitor)

	// Only jobcoach navigation.
	const nav = visitor.getByRole('navigation', { name: 'Hoofdmenu' })
	await expect(nav.getByRole('link')).toHaveText([
		'Mijn werkoverzicht',
		'Kandidaten',
		'Voorstellen',
		'Plaatsingen',
		'Werkgeversrelaties',
		'Inzicht',
		'Werkgevers',
		'Plekken',
		'Mijn sessies',
	])
	for (const hidden of ['Organisaties', 'Accounts', 'Werkgeversnetwerk', 'Uitgaande e-mail']) {
		await expect(nav.getByRole('link', { name: hidden })).toHaveCount(0)
	}
	await expect(visitor.getByRole('banner').getByRole('link', { name: 'Jan Jobcoach' })).toBeVisible()

	const membership = await prisma.membership.findFirst({
		where: { user: { email: invitee } },
		select: { role: true, organization: { select: { name: true } } },
	})
	expect(membership).toEqual({ role: 'JOBCOACH', organization: { name: coachingOrganization } })

	// The link is spent.
	await visitor.goto(acceptUrl ?? '')
	await expect(visitor.getByRole('alert')).toContainText('Deze uitnodiging is ongeldig')
	await expectNoAxeViolations(visitor)
})

test('an admin creates a coaching organisation through the form', async ({ page, login }) => {
	await login(demoLogins.admin)
	const name = `E2E Coaching ${Date.now().toString(36)}`
	try {
		await page.goto('/beheer')
		const form = page.getByRole('main').locator('form#coaching-organization')
		await form.getByLabel('Naam').fill(name)
		await form.getByLabel('Plaats (optioneel)').fill('Doetinchem')
		await form.getByRole('button', { name: 'Organisatie aanmaken' }).click()

		await expect(page).toHaveURL(/\/organisaties\/\w+$/)
		await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
		await expect(page.getByTestId('toast')).toContainText(`${name} is aangemaakt.`)
		await expect(page.getByRole('main').getByLabel('Rol').locator('option')).toHaveText([
			'Jobcoach',
			'Netwerkcoördinator',
		])
		await expectNoAxeViolations(page)
	} finally {
		await prisma.organization.deleteMany({ where: { kind: 'COACHING', name } })
	}
})
