import { expect, expectNoAxeViolations, prisma, test, waitForHydration } from './fixtures.ts'

// The board is public: every test here is an anonymous visitor. The places are our own, in a town
// the demo data does not use (Zierikzee), so filtering by it shows exactly these, whatever else the
// board holds. Their dates are fixed, which keeps the screenshots stable.
const employerName = 'E2E Zorgboerderij De Zeeuwse Klei'
const town = 'Zierikzee'
const DAY = 24 * 60 * 60 * 1000

let employerId = ''
const placeIds: Record<'garden' | 'shop' | 'office' | 'draft', string> = { garden: '', shop: '', office: '', draft: '' }

test.beforeAll(async () => {
	await prisma.organization.deleteMany({ where: { name: employerName } })
	const employer = await prisma.organization.create({
		data: {
			kind: 'EMPLOYER',
			name: employerName,
			town,
			municipality: 'Schouwen-Duiveland',
			sector: 'A',
			sizeClass: '10-49',
			website: 'https://zeeuwseklei.example',
			description: 'Een zorgboerderij met een moestuin, een boerderijwinkel en veel ruimte.\nIedereen doet mee.',
			commitments: JSON.stringify(['BANENAFSPRAAK', 'SOCIAL_ENTERPRISE']),
		},
	})
	employerId = employer.id
	const expiresAt = new Date(Date.now() + 60 * DAY)
	const base = {
		organizationId: employer.id,
		locationMode: 'ORGANIZATION',
		town,
		municipality: 'Schouwen-Duiveland',
		status: 'PUBLISHED',
		expiresAt,
	}
	const garden = await prisma.place.create({
		data: {
			...base,
			type: 'WORK_EXPERIENCE',
			title: 'Medewerker moestuin',
			description: 'Je zaait, wiedt en oogst in onze moestuin.\nWe beginnen rustig en bouwen samen op.',
			tasks: 'Zaaien en planten\nWieden\nOogsten voor de winkel',
			hoursMin: 8,
			hoursMax: 16,
			days: JSON.stringify(['MON', 'WED', 'THU']),
			supervision: JSON.stringify(['BUDDY', 'JOBCOACH_ON_SITE']),
			adaptations: JSON.stringify(['QUIET_WORKSPACE', 'FLEXIBLE_HOURS', 'STEPPING_BACK_ALLOWED', 'EXTRA_BREAKS']),
			accessibility: JSON.stringify(['PARKING', 'BICYCLE_STORAGE']),
			publishedAt: new Date('2025-03-03T09:00:00Z'),
		},
	})
	const shop = await prisma.place.create({
		data: {
			...base,
			type: 'VOLUNTEER',
			title: 'Gastheer of gastvrouw in de boerderijwinkel',
			description: 'Je helpt klanten en vult de schappen.',
			hoursMin: 4,
			hoursMax: 8,
			adaptations: JSON.stringify(['FIXED_ROUTINE']),
			publishedAt: new Date('2025-03-01T09:00:00Z'),
		},
	})
	const office = await prisma.place.create({
		data: {
			...base,
			type: 'PAID_JOB',
			title: 'Administratief medewerker',
			description: 'Je houdt de bestellingen bij.',
			hoursMin: 24,
			hoursMax: 32,
			publishedAt: new Date('2025-02-20T09:00:00Z'),
		},
	})
	const draft = await prisma.place.create({
		data: {
			...base,
			status: 'DRAFT',
			type: 'WORK_EXPERIENCE',
			title: 'Conceptplek die niemand mag zien',
			description: 'Nog niet klaar.',
			hoursMin: 8,
			hoursMax: 16,
		},
	})
	Object.assign(placeIds, { garden: garden.id, shop: shop.id, office: office.id, draft: draft.id })
})

test.afterAll(async () => {
	// Removing the employer removes its places.
	await prisma.organization.deleteMany({ where: { id: employerId } })
})

const boardFilteredToOurPlaces = `/plekken?type=WORK_EXPERIENCE&type=VOLUNTEER&plaats=${town}`

test('an anonymous visitor filters the board, opens a place and its employer', async ({ page }) => {
	const response = await page.goto('/plekken')
	expect(response?.status()).toBe(200)
	await expect(page).toHaveTitle('Plekken bij inclusieve werkgevers · Werkverbinder')
	await expect(page.getByRole('heading', { level: 1, name: 'Plekken' })).toBeVisible()
	await expectNoAxeViolations(page)

	const filters = page.getByRole('search', { name: 'Filteren' })
	await filters.getByRole('checkbox', { name: 'Werkervaringsplek' }).check()
	await filters.getByRole('checkbox', { name: 'Vrijwilligerswerk' }).check()
	await filters.getByRole('combobox', { name: 'Plaats of gemeente' }).fill(town.toLowerCase())
	await filters.getByRole('button', { name: 'Plekken tonen' }).click()

	await expect(page).toHaveURL(/plaats=zierikzee/)
	const results = page.getByRole('region', { name: 'Gevonden plekken' })
	await expect(results.getByRole('status')).toHaveText('2 plekken gevonden')
	const cards = results.getByRole('listitem').filter({ has: page.getByRole('article') })
	await expect(cards).toHaveCount(2)
	await expect(cards.getByRole('heading', { level: 3 })).toHaveText([
		'Medewerker moestuin',
		'Gastheer of gastvrouw in de boerderijwinkel',
	])
	await expect(page.getByText('Conceptplek die niemand mag zien')).toHaveCount(0)
	await expect(page.getByText('Administratief medewerker')).toHaveCount(0)
	// The form keeps what was chosen.
	await expect(filters.getByRole('checkbox', { name: 'Werkervaringsplek' })).toBeChecked()
	await expectNoAxeViolations(page)

	// Someone who wants 10 to 20 hours: the shop (4-8 hours) no longer fits.
	await filters.getByRole('spinbutton', { name: 'Minimaal' }).fill('10')
	await filters.getByRole('spinbutton', { name: 'Maximaal' }).fill('20')
	await filters.getByRole('button', { name: 'Plekken tonen' }).click()
	await expect(page).toHaveURL(/min-uren=10&max-uren=20/)
	await expect(results.getByRole('status')).toHaveText('1 plek gevonden')
	const garden = results.getByRole('article', { name: 'Medewerker moestuin' })
	await expect(garden).toBeVisible()
	await expect(garden.getByRole('list', { name: 'Aanpassingen die mogelijk zijn' }).getByRole('listitem')).toHaveText([
		'Rustige werkplek',
		'Flexibele werktijden',
		'Even een stap terug mag',
		'en nog 1',
	])
	await expect(garden).toContainText('8 tot 16 uur per week')
	await expect(garden).toContainText('Geplaatst op 3 maart 2025')
	await expectNoAxeViolations(page)

	await garden.getByRole('link', { name: 'Medewerker moestuin' }).click()
	await expect(page).toHaveURL(`/plekken/${placeIds.garden}`)
	await expect(page.getByRole('heading', { level: 1, name: 'Medewerker moestuin' })).toBeVisible()
	await expect(page).toHaveTitle(`Medewerker moestuin bij ${employerName}, ${town} · Werkverbinder`)
	await expect(page.getByRole('heading', { level: 2, name: 'Ken je iemand voor wie dit past?' })).toBeVisible()
	await expect(page.getByText('Zaaien en planten')).toBeVisible()
	await expectNoAxeViolations(page)

	await page.getByRole('link', { name: employerName }).click()
	await expect(page).toHaveURL(`/plekken/werkgevers/${employerId}`)
	await expect(page.getByRole('heading', { level: 1, name: employerName })).toBeVisible()
	await expect(page.getByRole('heading', { level: 2, name: '3 open plekken' })).toBeVisible()
	await expect(page.getByRole('article')).toHaveCount(3)
	await expect(page.getByText('Doet mee aan de banenafspraak')).toBeVisible()
	await expect(page.getByText('Conceptplek die niemand mag zien')).toHaveCount(0)
	await expectNoAxeViolations(page)
})

test('the page head carries Open Graph tags and a canonical link', async ({ page }) => {
	await page.goto(`/plekken/${placeIds.garden}`)
	const url = `http://localhost:3100/plekken/${placeIds.garden}`
	await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', url)
	await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', url)
	await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article')
	await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
		'content',
		`Medewerker moestuin bij ${employerName}, ${town}`,
	)
	await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /^Werkervaringsplek bij /)
})

test('a draft place is a 404, and the filters work without JavaScript', async ({ page, browser }) => {
	const draft = await page.goto(`/plekken/${placeIds.draft}`)
	expect(draft?.status()).toBe(404)
	await expect(page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' })).toBeVisible()
	await expect(page.getByText('Conceptplek')).toHaveCount(0)
	await expectNoAxeViolations(page)

	const context = await browser.newContext({ javaScriptEnabled: false, locale: 'nl-NL' })
	try {
		const noScript = await context.newPage()
		await noScript.goto('/plekken')
		const filters = noScript.getByRole('search', { name: 'Filteren' })
		await filters.getByRole('checkbox', { name: 'Betaalde baan' }).check()
		await filters.getByRole('combobox', { name: 'Plaats of gemeente' }).fill(town)
		await filters.getByRole('button', { name: 'Plekken tonen' }).click()
		await expect(noScript).toHaveURL(/type=PAID_JOB/)
		await expect(noScript.getByRole('status').filter({ hasText: 'gevonden' })).toHaveText('1 plek gevonden')
		await expect(noScript.getByRole('article', { name: 'Administratief medewerker' })).toBeVisible()
	} finally {
		await context.close()
	}
})

for (const { name, width, height } of [
	{ name: 'phone', width: 390, height: 844 },
	{ name: 'desktop', width: 1280, height: 800 },
]) {
	test(`the board looks as it should on a ${name}`, async ({ page }) => {
		await page.setViewportSize({ width, height })
		await page.goto(boardFilteredToOurPlaces)
		await waitForHydration(page)
		await expect(page.getByRole('article')).toHaveCount(2)
		// Only the main content: the site header and footer belong to other features.
		await expect(page.locator('main')).toHaveScreenshot(`board-${name}.png`, {
			animations: 'disabled',
			caret: 'hide',
			maxDiffPixelRatio: 0.01,
		})
	})
}
