import {
	demoLogins,
	expect,
	expectNoAxeViolations,
	organizationIdOf,
	prisma,
	test,
	waitForHydration,
} from './fixtures.ts'

// The matching journey: a coach finds a place for a candidate (with the why panel) and proposes;
// the employer, in a second browser, accepts with an intro time; the coach records the candidate's
// consent and the employer then sees the name; the intro is planned, the placement created, a
// check-in recorded, and the durable countdown shows. The place and candidate are this test's own
// and removed afterwards (proposals and placements go with them).
const suffix = `${Date.now().toString(36)}`
const placeTitle = `Medewerker bediening lunchroom ${suffix}`
const firstName = `E2eMatch${suffix}`
const day = 24 * 60 * 60 * 1000
const dateOnly = (moment: Date) => moment.toISOString().slice(0, 10)

let placeId = ''
let candidateId = ''

test.beforeAll(async () => {
	const employerOrganizationId = await organizationIdOf(demoLogins.employer)
	const coachingOrganizationId = await organizationIdOf(demoLogins.jobcoach)
	const coach = await prisma.user.findUniqueOrThrow({ where: { email: demoLogins.jobcoach }, select: { id: true } })
	const doetinchem = { town: 'Doetinchem', municipality: 'Doetinchem', latitude: 51.965, longitude: 6.2886 }
	const place = await prisma.place.create({
		data: {
			organizationId: employerOrganizationId,
			type: 'WORK_EXPERIENCE',
			title: placeTitle,
			description: 'Gasten ontvangen in onze lunchroom, in een rustig team.',
			tasks: 'Koffie zetten, tafels dekken en afruimen',
			locationMode: 'TOWN',
			...doetinchem,
			hoursMin: 8,
			hoursMax: 16,
			spots: 1,
			adaptations: JSON.stringify(['QUIET_WORKSPACE']),
			status: 'PUBLISHED',
			publishedAt: new Date(),
			expiresAt: new Date(Date.now() + 60 * day),
		},
	})
	const candidate = await prisma.candidate.create({
		data: {
			organizationId: coachingOrganizationId,
			code: `K-E2E${suffix.slice(-4).toUpperCase()}`,
			firstName,
			lastName: 'Jansen',
			happyWhen: 'Als ik mensen blij kan maken met iets lekkers',
			interests: 'horeca, gastvrijheid',
			placeTypes: JSON.stringify(['WORK_EXPERIENCE']),
			hoursMin: 8,
			hoursMax: 16,
			homeTown: 'Doetinchem',
			homeMunicipality: 'Doetinchem',
			latitude: doetinchem.latitude,
			longitude: doetinchem.longitude,
			travelRadiusKm: 10,
			workEnvironment: JSON.stringify(['QUIET']),
			stage: 'JOB_SEEKING',
			primaryCoachId: coach.id,
			confirmedAt: new Date(),
			events: { create: { kind: 'INTAKE', toStage: 'JOB_SEEKING', occurredOn: new Date() } },
		},
	})
	placeId = place.id
	candidateId = candidate.id
	// What the domain modules do on every write: the app's sync loop indexes them within a second.
	await prisma.searchOutbox.createMany({
		data: [
			{ indexName: 'places', documentId: place.id },
			{ indexName: 'candidates', documentId: candidate.id },
		],
	})
})

test.afterAll(async () => {
	await prisma.auditEvent.deleteMany({ where: { entityId: { in: [candidateId, placeId] } } })
	await prisma.candidate.deleteMany({ where: { id: candidateId } })
	await prisma.place.deleteMany({ where: { id: placeId } })
})

test('a coach finds and proposes a place, the employer accepts, and the placement is followed to durable work', async ({
	page,
	login,
	newVisitor,
}) => {
	test.setTimeout(120_000)
	await login(demoLogins.jobcoach)

	// Find places: ranked for the person, with filters from the profile and a why panel.
	const findPlaces = `/jobcoach/kandidaten/${candidateId}/plekken`
	const result = page.getByRole('listitem').filter({ hasText: placeTitle })
	await expect
		.poll(
			async () => {
				await page.goto(findPlaces)
				return result.count()
			},
			{ timeout: 20_000 },
		)
		.toBe(1)
	await expect(page.getByRole('heading', { level: 2, name: 'Plekken zoeken' })).toBeVisible()
	await expect(page.getByRole('search').getByLabel('Minimaal')).toHaveValue('8')
	await waitForHydration(page)
	await result.getByText('Waarom deze plek?').click()
	await expect(result).toContainText('Interesse „horeca” ↔')
	await expect(result).toContainText('binnen de reisafstand')
	await expect(result).toContainText('Rustige werkplek')
	await expectNoAxeViolations(page)

	// Propose, with a motivation.
	await result.getByRole('link', { name: /Voorstellen voor deze plek/ }).click()
	await expect(page).toHaveURL(new RegExp(`/voorstellen/nieuw\\?plek=${placeId}`))
	await waitForHydration(page)
	await expectNoAxeViolations(page)
	await page.getByLabel('Motivatie').fill('Zij wil graag met gasten werken en houdt van een rustige, vaste plek.')
	await page.getByRole('button', { name: 'Voorstel versturen' }).click()
	await expect(page.getByTestId('toast')).toContainText('Voorstel verstuurd naar de werkgever')
	await expect(page).toHaveURL(/\/jobcoach\/voorstellen\/c[a-z0-9]+$/)
	const proposalUrl = new URL(page.url()).pathname
	const proposalId = proposalUrl.split('/').pop()!
	await expectNoAxeViolations(page)

	// The employer, in a second browser: the proposal is in the inbox, pseudonymised.
	const employer = await newVisitor()
	await login(demoLogins.employer, employer.context())
	await employer.goto('/werkgever/voorstellen')
	await expectNoAxeViolations(employer)
	await employer.goto(`/werkgever/voorstellen/${proposalId}`)
	await expect(employer.getByRole('main')).toContainText(placeTitle)
	await expect(employer.getByRole('main')).not.toContainText(firstName)
	await waitForHydration(employer)
	await expectNoAxeViolations(employer)
	const introAt = new Date(Date.now() + 7 * day)
	await employer.getByLabel('Moment 1').fill(`${dateOnly(introAt)}T10:00`)
	await employer.getByRole('button', { name: 'Kennismaking voorstellen' }).click()
	await expect(employer.getByTestId('toast')).toContainText('Je antwoord is verstuurd naar de jobcoach')

	// The coach records the candidate's consent to share the name with this employer.
	await page.goto(proposalUrl)
	await waitForHydration(page)
	await page.getByRole('group', { name: 'Hoe gaf de kandidaat toestemming?' }).getByLabel('Mondeling').check()
	await page.getByRole('button', { name: 'Toestemming vastleggen en naam delen' }).click()
	await expect(page.getByTestId('toast')).toContainText('de werkgever ziet nu de naam')
	await expectNoAxeViolations(page)

	// Only now the employer sees the name.
	await employer.reload()
	await expect(employer.getByRole('main')).toContainText(firstName)

	// The intro is planned at the offered time, then the placement is recorded.
	await waitForHydration(page)
	await page.getByLabel('Locatie').fill('Lunchroom, Grutstraat 1, Doetinchem')
	await page.getByRole('button', { name: 'Kennismaking plannen' }).click()
	await expect(page.getByTestId('toast')).toContainText('Kennismaking gepland')
	await page.getByRole('link', { name: 'Plaatsing vastleggen' }).click()
	await waitForHydration(page)
	await expectNoAxeViolations(page)
	await page.getByLabel('Startdatum').fill(dateOnly(new Date()))
	await page.getByLabel('Uren per week').fill('12')
	await page.getByLabel('Naam van de begeleider op de werkplek').fill('Ria de Boer')
	await page.getByRole('button', { name: 'Plaatsing vastleggen' }).click()
	await expect(page.getByTestId('toast')).toContainText('De plaatsing is vastgelegd')
	await expect(page.getByRole('main')).toContainText(/Nog \d+ dagen tot duurzaam aan het werk/)
	await waitForHydration(page)
	await expectNoAxeViolations(page)

	// A check-in: how it goes for the candidate, and the balance of load and capacity.
	const checkIn = page.locator('form').filter({ has: page.getByRole('heading', { name: 'Check-in vastleggen' }) })
	await checkIn.getByLabel('Datum van het gesprek').fill(dateOnly(new Date()))
	await checkIn
		.getByLabel('Hoe gaat het volgens de kandidaat?')
		.fill('Ze heeft het naar haar zin en is moe na een dienst.')
	await checkIn.getByLabel('Wisselend').check()
	await checkIn.getByRole('button', { name: 'Check-in vastleggen' }).click()
	await expect(page.getByTestId('toast')).toContainText('De check-in is vastgelegd.')
	await expect(page.getByRole('main')).toContainText('Ze heeft het naar haar zin')
	await expectNoAxeViolations(page)

	// The place had one spot: it is filled now.
	expect((await prisma.place.findUniqueOrThrow({ where: { id: placeId } })).status).toBe('FILLED')
})
