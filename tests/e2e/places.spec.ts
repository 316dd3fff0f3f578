import { demoLogins, expect, expectNoAxeViolations, prisma, test, waitForHydration } from './fixtures.ts'

// The demo employer (Lunchroom 't Hofje) posts a place and takes it through its life. The place
// gets a title of its own, so the demo places around it do not matter; it is removed afterwards.
const titlePrefix = 'E2E Medewerker lunchroom'
let title = ''

test.beforeEach(() => {
	title = `${titlePrefix} ${Date.now().toString(36)}`
})

test.afterEach(async () => {
	const places = await prisma.place.findMany({ where: { title: { startsWith: titlePrefix } }, select: { id: true } })
	const ids = places.map((place) => place.id)
	await prisma.auditEvent.deleteMany({ where: { entityType: 'Place', entityId: { in: ids } } })
	await prisma.place.deleteMany({ where: { id: { in: ids } } })
})

test('an employer posts a place, edits, publishes, pauses, resumes and closes it', async ({
	page,
	login,
	newVisitor,
}) => {
	await login(demoLogins.employer)

	await page.goto('/werkgever')
	await expect(page.getByRole('heading', { level: 1, name: "Lunchroom 't Hofje" })).toBeVisible()
	await expect(page.getByRole('heading', { level: 2, name: 'Voorstellen' })).toBeVisible()
	await expect(page.getByText('Voorstellen: binnenkort.')).toBeVisible()
	await expectNoAxeViolations(page)

	await page.getByRole('main').getByRole('link', { name: 'Alle plekken bekijken' }).click()
	await expect(page).toHaveURL('/werkgever/plekken')
	await expect(page.getByRole('heading', { level: 1, name: 'Mijn plekken' })).toBeVisible()
	await expect(page.getByRole('table', { name: 'Plekken met status Gepubliceerd' })).toBeVisible()
	await expectNoAxeViolations(page)

	await page.getByRole('link', { name: 'Nieuwe plek plaatsen' }).click()
	await expect(page).toHaveURL('/werkgever/plekken/nieuw')
	await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe plek' })).toBeVisible()
	await waitForHydration(page)
	await expectNoAxeViolations(page)

	const form = page.getByRole('main').locator('form#place-new')
	await form.getByLabel('Soort plek').selectOption({ label: 'Werkervaringsplek' })
	await form.getByLabel('Titel').fill(title)
	await form.getByLabel('Beschrijving').fill('Meedraaien in de bediening.\n\nWe beginnen rustig in de ochtend.')
	await form.getByLabel('Sector').selectOption({ label: 'Logies, maaltijden en drankverstrekking' })
	await form.getByRole('group', { name: 'Locatie' }).getByLabel('In een andere plaats').check()
	await form.getByLabel('Plaats', { exact: true }).fill('Hengelo (Bronckhorst)')
	await form.getByLabel('Minimaal').fill('30')
	await form.getByLabel('Maximaal').fill('10')
	// Checked as soon as the field is left (the message moves the form down, so wait for it).
	await form.getByLabel('Maximaal').blur()
	await expect(form.getByText('Het maximum aantal uren moet minstens even groot zijn als het minimum.')).toBeVisible()
	await form.getByRole('group', { name: 'Voorkeursdagen' }).getByLabel('Dinsdag').check()
	await form.getByRole('group', { name: 'Voorkeursdagen' }).getByLabel('Donderdag').check()
	await form.getByRole('group', { name: 'Mogelijke aanpassingen' }).getByLabel('Rustige werkplek').check()
	await form.getByRole('button', { name: 'Bewaren als concept' }).click()

	// More minimum than maximum hours: the form is not sent, and says why next to the field.
	await expect(form.getByText('Het maximum aantal uren moet minstens even groot zijn als het minimum.')).toBeVisible()
	await expect(form.getByLabel('Maximaal')).toHaveAttribute('aria-invalid', 'true')
	await expect(form.getByLabel('Maximaal')).toBeFocused()
	await expect(page).toHaveURL('/werkgever/plekken/nieuw')
	await expectNoAxeViolations(page)

	await form.getByLabel('Minimaal').fill('16')
	await form.getByLabel('Maximaal').fill('20')
	await form.getByRole('button', { name: 'Bewaren als concept' }).click()
	await expect(page).toHaveURL(/\/werkgever\/plekken\/c[a-z0-9]+$/)
	await expect(page.getByTestId('toast')).toContainText('De plek is bewaard als concept.')
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
	const main = page.getByRole('main')
	await expect(main).toContainText('Concept')
	await expect(main).toContainText('Hengelo (Bronckhorst)')
	await expect(main).toContainText('16 tot 20 uur per week')
	await expectNoAxeViolations(page)
	const placeId = page.url().split('/').pop() ?? ''

	// Edit: the same form, filled in.
	await main.getByRole('link', { name: 'Bewerken' }).click()
	await expect(page).toHaveURL(`/werkgever/plekken/${placeId}/bewerken`)
	await expect(page.getByRole('heading', { level: 1, name: 'Plek bewerken' })).toBeVisible()
	await waitForHydration(page)
	const editForm = main.locator('form#place-edit')
	await expect(editForm.getByLabel('Plaats', { exact: true })).toHaveValue('Hengelo (Bronckhorst)')
	await expect(editForm.getByRole('group', { name: 'Voorkeursdagen' }).getByLabel('Dinsdag')).toBeChecked()
	await expectNoAxeViolations(page)
	await editForm.getByLabel('Minimaal').fill('12')
	await editForm.getByRole('button', { name: 'Wijzigingen opslaan' }).click()
	await expect(page).toHaveURL(`/werkgever/plekken/${placeId}`)
	await expect(page.getByTestId('toast')).toContainText('De wijzigingen zijn opgeslagen.')
	await expect(main).toContainText('12 tot 20 uur per week')
	await expect(main.getByRole('listitem').filter({ hasText: 'Gewijzigd: minimum uren' })).toBeVisible()

	await main.getByRole('button', { name: 'Publiceren' }).click()
	await expect(page.getByTestId('toast')).toContainText('De plek is gepubliceerd.')
	await expect(main).toContainText('Deze plek staat op het plekkenbord')
	await expect(main).toContainText('Online tot')
	await expectNoAxeViolations(page)

	// Published: anyone can find it on the public board and open it.
	const visitor = await newVisitor()
	await visitor.goto(`/plekken?plaats=${encodeURIComponent('Hengelo (Bronckhorst)')}`)
	await visitor.getByRole('link', { name: title }).click()
	await expect(visitor).toHaveURL(`/plekken/${placeId}`)
	await expect(visitor.getByRole('heading', { level: 1, name: title })).toBeVisible()
	await expectNoAxeViolations(visitor)

	await main.getByRole('button', { name: 'Pauzeren' }).click()
	await expect(page.getByTestId('toast')).toContainText('De plek is gepauzeerd.')
	await expect(main).toContainText('Deze plek is gepauzeerd')

	// Paused: gone from the board, and its page answers 404.
	const paused = await visitor.goto(`/plekken/${placeId}`)
	expect(paused?.status()).toBe(404)
	await visitor.goto(`/plekken?plaats=${encodeURIComponent('Hengelo (Bronckhorst)')}`)
	await expect(visitor.getByRole('link', { name: title })).toHaveCount(0)

	await main.getByRole('button', { name: 'Weer publiceren' }).click()
	await expect(page.getByTestId('toast')).toContainText('De plek is weer gepubliceerd.')
	await expect(main).toContainText('Deze plek staat op het plekkenbord')

	await main.getByRole('button', { name: 'Sluiten', exact: true }).click()
	await expect(page.getByTestId('toast')).toContainText('De plek is gesloten.')
	await expect(main).toContainText('Deze plek is gesloten.')
	await expect(main.getByRole('link', { name: 'Bewerken' })).toHaveCount(0)
	await expect(main.getByRole('button', { name: 'Kopiëren als nieuw concept' })).toBeVisible()
	const history = main.getByRole('list').filter({ hasText: 'Aangemaakt als concept' }).getByRole('listitem')
	await expect(history).toHaveText([
		/Aangemaakt als concept/,
		/Gewijzigd/,
		/Status van Concept naar Gepubliceerd/,
		/Status van Gepubliceerd naar Gepauzeerd/,
		/Status van Gepauzeerd naar Gepubliceerd/,
		/Status van Gepubliceerd naar Gesloten/,
	])
	await expectNoAxeViolations(page)

	const stored = await prisma.place.findUniqueOrThrow({ where: { id: placeId } })
	expect(stored).toMatchObject({
		title,
		status: 'CLOSED',
		closedReason: 'MANUAL',
		town: 'Hengelo (Bronckhorst)',
		municipality: 'Bronckhorst',
		hoursMin: 12,
		hoursMax: 20,
		days: '["TUE","THU"]',
		adaptations: '["QUIET_WORKSPACE"]',
	})

	// Back on the list, under "Gesloten".
	await main.getByRole('link', { name: 'Terug naar mijn plekken' }).click()
	await expect(page).toHaveURL('/werkgever/plekken')
	await expect(
		page.getByRole('table', { name: 'Plekken met status Gesloten' }).getByRole('link', { name: title }),
	).toBeVisible()
	await expectNoAxeViolations(page)
})
