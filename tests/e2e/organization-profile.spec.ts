import { demoLogins, expect, expectNoAxeViolations, findLatestEmailTo, prisma, test } from './fixtures.ts'

// A 1×1 PNG (a real one: signature, IHDR, IDAT, IEND).
const pngLogo = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkqP9fDwAFAgH/2mmz5gAAAABJRU5ErkJggg==',
	'base64',
)

test('an employer completes the organisation profile, with a town from the picker, a logo and a contact person', async ({
	page,
	login,
	uniqueEmail,
}) => {
	const email = uniqueEmail('profiel')
	const suffix = email.split('@')[0]!.slice(-6)
	const kvkNumber = `9998${String(Date.now()).slice(-4)}`
	const organizationName = `E2E Lunchroom ${suffix}`
	const organization = await prisma.organization.create({ data: { kind: 'EMPLOYER', name: organizationName } })
	await prisma.user.create({
		data: {
			email,
			name: 'Eva Werkgever',
			emailVerifiedAt: new Date(),
			memberships: { create: { organizationId: organization.id, role: 'EMPLOYER' } },
		},
	})
	await login(email)

	await page.goto('/werkgever')
	await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Organisatieprofiel' }).click()
	await expect(page).toHaveURL('/werkgever/organisatie')
	await expect(page.getByRole('heading', { level: 1, name: 'Organisatieprofiel' })).toBeVisible()
	await expectNoAxeViolations(page)

	const form = page.locator('form#profile')
	await expect(form.getByLabel('Naam van de organisatie')).toHaveValue(organizationName)
	await form.getByLabel('KvK-nummer').fill(kvkNumber)
	await form.getByLabel('Sector').selectOption({ label: 'Logies, maaltijden en drankverstrekking' })
	await form.getByLabel('Aantal medewerkers').selectOption({ label: '10 tot 49 medewerkers' })
	await form.getByLabel('Website').fill('www.e2e-lunchroom.example.nl')
	await form.getByLabel('Beschrijving').fill('Wij bakken taart.\nEn we hebben een rustige ochtenddienst.')
	await form.getByLabel('Straat en huisnummer').fill('Markt 1')
	await form.getByLabel('Postcode').fill('7141ab')
	await form.getByRole('checkbox', { name: 'Doet mee aan de banenafspraak' }).check()
	await form.getByRole('checkbox', { name: 'Anders' }).check()
	await form.getByLabel("Toelichting bij 'Anders'").fill('Leerwerkbedrijf')

	// The town picker: a text box with the Dutch towns as suggestions. A town we do not know is refused
	// by the server, and nothing typed is lost.
	const town = form.getByRole('combobox', { name: 'Plaats' })
	await expect(town).toHaveAccessibleDescription('Begin te typen en kies een plaats uit de lijst.')
	await town.fill('Atlantis')
	await form.getByRole('button', { name: 'Profiel opslaan' }).click()
	await expect(form.getByText('Deze plaats kennen we niet. Kies een plaats uit de lijst.')).toBeVisible()
	await expect(town).toHaveAttribute('aria-invalid', 'true')
	await expect(form.getByLabel('KvK-nummer')).toHaveValue(kvkNumber)
	await expect(form.getByLabel('Beschrijving')).toHaveValue(
		'Wij bakken taart.\nEn we hebben een rustige ochtenddienst.',
	)
	await expect(form.getByRole('checkbox', { name: 'Anders' })).toBeChecked()
	await expectNoAxeViolations(page)

	const listId = await town.getAttribute('list')
	const suggestion = page.locator(`datalist[id="${listId}"] option[value="Groenlo"]`)
	await expect(suggestion).toHaveCount(1)
	await town.fill('Groenl')
	await town.fill((await suggestion.getAttribute('value')) ?? '')
	await form.getByRole('button', { name: 'Profiel opslaan' }).click()
	await expect(page.getByTestId('toast')).toContainText('Het profiel is opgeslagen.')
	await expect(town).toHaveValue('Groenlo')
	await expect(form.getByLabel('Postcode')).toHaveValue('7141 AB')
	await expect(form.getByLabel('Website')).toHaveValue('https://www.e2e-lunchroom.example.nl')
	await expect(form.getByRole('checkbox', { name: 'Doet mee aan de banenafspraak' })).toBeChecked()
	await expectNoAxeViolations(page)

	const stored = await prisma.organization.findUniqueOrThrow({ where: { id: organization.id } })
	expect(stored).toMatchObject({
		kvkNumber,
		sector: 'I',
		sizeClass: '10-49',
		town: 'Groenlo',
		municipality: 'Oost Gelre',
		postalCode: '7141 AB',
		commitments: JSON.stringify(['BANENAFSPRAAK', 'OTHER']),
		commitmentNote: 'Leerwerkbedrijf',
	})

	// A logo.
	await page.getByLabel('Logo kiezen').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: pngLogo })
	await page.getByRole('button', { name: 'Logo uploaden' }).click()
	await expect(page.getByTestId('toast')).toContainText('Het logo is opgeslagen.')
	const logo = page.getByRole('img', { name: `Logo van ${organizationName}` })
	await expect(logo).toBeVisible()
	await expect.poll(() => logo.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(1)
	await expectNoAxeViolations(page)

	// A contact person, on a page of its own.
	await page.getByRole('link', { name: 'Contactpersoon toevoegen' }).click()
	await expect(page).toHaveURL('/werkgever/organisatie/contactpersonen/nieuw')
	await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe contactpersoon' })).toBeVisible()
	await expectNoAxeViolations(page)
	await page.getByLabel('Naam', { exact: true }).fill('Anna de Vries')
	await page.getByLabel('Functie').fill('Bedrijfsleider')
	await page.getByLabel('E-mailadres').fill('anna@e2e-lunchroom.example.nl')
	await page.getByLabel('Telefoonnummer').fill('0544 123456')
	await page.getByRole('button', { name: 'Contactpersoon toevoegen' }).click()

	await expect(page).toHaveURL('/werkgever/organisatie')
	await expect(page.getByTestId('toast')).toContainText('Anna de Vries is toegevoegd als contactpersoon.')
	const contacts = page.getByRole('list', { name: 'Contactpersonen' })
	await expect(contacts.getByRole('listitem')).toHaveCount(1)
	await expect(contacts).toContainText('Bedrijfsleider')
	await expect(contacts).toContainText('0544 123456')
	await expect(page.getByTestId('profile-completeness')).toContainText('9 van de 9')
	await expectNoAxeViolations(page)

	// Clean up (the e2e data directory, logo included, is wiped on the next run).
	await prisma.organization.delete({ where: { id: organization.id } })
})

test('a coordinator adds a prospect employer and invites its contact person to claim it', async ({
	page,
	login,
	uniqueEmail,
}) => {
	const contactEmail = uniqueEmail('prospect')
	const name = `E2E Fietsenmaker ${contactEmail.split('@')[0]!.slice(-6)}`
	await login(demoLogins.coordinator)

	await page.goto('/netwerk')
	await page
		.getByRole('navigation', { name: 'Hoofdmenu' })
		.getByRole('link', { name: 'Werkgevers', exact: true })
		.click()
	await expect(page).toHaveURL('/werkgevers')
	await expect(page.getByRole('heading', { level: 1, name: 'Werkgevers' })).toBeVisible()
	await expect(page.getByRole('row').filter({ hasText: "Lunchroom 't Hofje" })).toBeVisible()
	await expectNoAxeViolations(page)

	await page.getByRole('link', { name: 'Werkgever toevoegen' }).click()
	await expect(page.getByRole('heading', { level: 1, name: 'Werkgever toevoegen' })).toBeVisible()
	await expectNoAxeViolations(page)
	await page.getByLabel('Naam van de organisatie').fill(name)
	await page.getByLabel('Sector').selectOption({ label: 'Handel' })
	await page.getByRole('combobox', { name: 'Plaats' }).fill('Lichtenvoorde')
	await page.getByLabel('Website').fill('fietsenmaker.example.nl')
	await page.getByLabel('Naam', { exact: true }).fill('Sanne Spaak')
	await page.getByLabel('Functie').fill('Eigenaar')
	await page.getByLabel('E-mailadres').fill(contactEmail)
	await page.getByRole('button', { name: 'Werkgever toevoegen' }).click()

	await expect(page).toHaveURL(/\/werkgevers\/\w+$/)
	await expect(page.getByTestId('toast')).toContainText(`${name} is toegevoegd aan het werkgeversnetwerk.`)
	await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
	await expect(page.getByRole('main')).toContainText('Prospect')
	await expect(page.getByRole('main')).toContainText('Lichtenvoorde')
	await expectNoAxeViolations(page)
	const organizationId = page.url().split('/').pop()!

	const claim = page.getByRole('group', { name: 'Wie nodig je uit?' })
	await expect(claim.getByRole('radio', { name: `Sanne Spaak (${contactEmail})` })).toBeChecked()
	await page.getByRole('button', { name: 'Uitnodiging versturen' }).click()
	await expect(page.getByTestId('toast')).toContainText(`De uitnodiging is verstuurd naar ${contactEmail}.`)
	await expect(page.getByRole('main')).toContainText('Openstaande uitnodigingen')
	await expectNoAxeViolations(page)
	expect((await findLatestEmailTo(contactEmail))?.subject).toContain(name)

	await page.getByRole('link', { name: 'Terug naar alle werkgevers' }).click()
	await page.getByRole('searchbox', { name: 'Naam' }).fill(name)
	await page.getByRole('button', { name: 'Zoeken' }).click()
	await expect(page).toHaveURL(/\?q=/)
	const rows = page.getByTestId('employer-row')
	await expect(rows).toHaveCount(1)
	await expect(rows).toContainText('Prospect')
	await expectNoAxeViolations(page)

	const organization = await prisma.organization.findUniqueOrThrow({
		where: { id: organizationId },
		include: { contactPersons: true },
	})
	expect(organization).toMatchObject({ name, town: 'Lichtenvoorde', website: 'https://fietsenmaker.example.nl' })
	expect(organization.addedById).not.toBeNull()
	await prisma.organization.delete({ where: { id: organizationId } })
})
