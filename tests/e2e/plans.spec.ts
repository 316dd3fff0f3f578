import {
	demoLogins,
	expect,
	expectNoAxeViolations,
	findLatestEmailTo,
	organizationIdOf,
	prisma,
	test,
} from './fixtures.ts'
import { type Page } from '@playwright/test'

// Support plans and agreements (issue 8): a coach writes the plan of a placement, draws up the
// placement agreement, the employer and the candidate accept it from the links in their email (no
// login), the coach accepts for the coaching organisation, records a review, and prints the plan to
// PDF. The candidate, place and placement are this test's own and are removed afterwards.
const suffix = Date.now().toString(36)
const firstName = `Noor${suffix}`
const candidateEmail = `e2e-noor-${suffix}@werkverbinder.test`
const placeTitle = `Gastvrouw lunchroom ${suffix}`
const goalText = 'Ik wil zelf de koffiebestellingen opnemen.'
const day = 24 * 60 * 60 * 1000

let placementId = ''
let candidateId = ''
let placeId = ''

test.beforeAll(async () => {
	const employerOrganizationId = await organizationIdOf(demoLogins.employer)
	const coachingOrganizationId = await organizationIdOf(demoLogins.jobcoach)
	const coach = await prisma.user.findUniqueOrThrow({ where: { email: demoLogins.jobcoach }, select: { id: true } })
	const start = new Date(new Date(Date.now() - 30 * day).toISOString().slice(0, 10))
	const place = await prisma.place.create({
		data: {
			organizationId: employerOrganizationId,
			type: 'WORK_EXPERIENCE',
			title: placeTitle,
			description: 'Gasten ontvangen en koffie zetten in een rustig team.',
			hoursMin: 8,
			hoursMax: 16,
			spots: 1,
			// Filled, so the search index never sees this test's place.
			status: 'FILLED',
			publishedAt: start,
		},
	})
	const candidate = await prisma.candidate.create({
		data: {
			organizationId: coachingOrganizationId,
			code: `K-PL${suffix.slice(-4).toUpperCase()}`,
			firstName,
			lastName: 'Bakker',
			email: candidateEmail,
			stage: 'WORKING',
			primaryCoachId: coach.id,
			confirmedAt: new Date(),
			events: { create: { kind: 'INTAKE', toStage: 'WORKING', occurredOn: start } },
		},
	})
	const placement = await prisma.placement.create({
		data: {
			candidateId: candidate.id,
			placeId: place.id,
			coachingOrganizationId,
			employerOrganizationId,
			startDate: start,
			hoursPerWeek: 16,
			supervisorName: 'Anouk de Wit',
			durableOn: new Date(start.getTime() + 182 * day),
			createdById: coach.id,
			checkIns: {
				create: {
					dueOn: new Date(start.getTime() + 14 * day),
					doneOn: new Date(start.getTime() + 14 * day),
					balance: 4,
				},
			},
		},
	})
	placementId = placement.id
	candidateId = candidate.id
	placeId = place.id
})

test.afterAll(async () => {
	const acceptances = await prisma.agreementAcceptance.findMany({
		where: { agreement: { placementId } },
		select: { id: true },
	})
	await prisma.linkToken.deleteMany({ where: { subjectId: { in: acceptances.map((row) => row.id) } } })
	await prisma.auditEvent.deleteMany({ where: { entityId: { in: [candidateId, placeId, placementId] } } })
	await prisma.candidate.deleteMany({ where: { id: candidateId } })
	await prisma.place.deleteMany({ where: { id: placeId } })
	await prisma.emailMessage.deleteMany({ where: { to: candidateEmail } })
})

/** The personal acceptance link in the newest mail to an address. */
async function agreementLinkFor(address: string) {
	const mail = await findLatestEmailTo(address)
	expect(mail?.subject).toContain('overeenkomst')
	const url = /https?:\/\/[^\s)\]"]+\/akkoord\/[a-z0-9]+/.exec(mail?.text ?? '')?.[0]
	expect(url, `acceptance link in the mail to ${address}`).toBeTruthy()
	return new URL(url!).pathname
}

async function accept(page: Page, name: string, { coachPresent = false } = {}) {
	await expect(page.getByRole('heading', { level: 1, name: /Plaatsingsovereenkomst van/ })).toBeVisible()
	await expectNoAxeViolations(page)
	await page.getByLabel('Je volledige naam').fill(name)
	await page.getByLabel('Ik heb de overeenkomst gelezen en ga akkoord').check()
	if (coachPresent) await page.getByLabel('Mijn jobcoach is erbij').check()
	await page.getByRole('button', { name: 'Akkoord geven' }).click()
	await expect(page.getByText(`Akkoord gegeven door ${name} op`)).toBeVisible()
}

test('a coach writes a plan, all parties accept the agreement, the coach reviews and prints the plan', async ({
	page,
	login,
	newVisitor,
}) => {
	await login(demoLogins.jobcoach)
	await page.goto(`/jobcoach/plaatsingen/${placementId}`)
	await expect(page.getByRole('heading', { level: 2, name: 'Plan en afspraken' })).toBeVisible()
	await expect(page.getByText('Nog geen plan van aanpak.')).toBeVisible()

	// The plan: goals in the person's own words, who does what, the intensity compared side by side.
	await page.getByRole('link', { name: 'Plan van aanpak', exact: true }).click()
	await page.getByRole('link', { name: 'Plan van aanpak opstellen' }).click()
	await expect(page.getByRole('heading', { level: 1, name: 'Plan van aanpak opstellen' })).toBeVisible()
	await expectNoAxeViolations(page)
	await page.getByLabel('Doel 1').fill(goalText)
	await page.getByLabel('Wat de jobcoach doet').fill('Elke week een gesprek, samen de taken verdelen.')
	await page.getByLabel('Wat de werkgever doet').fill('Een vaste plek achter de bar en vaste begintijden.')
	await page.getByLabel('Wat de werkbegeleider doet').fill('Begint elke dienst met de taken van de dag.')
	await page.getByRole('radio', { name: 'Percentage van de contracturen' }).check()
	await page.getByLabel('Uren begeleiding per week').fill('1,5')
	await page.getByRole('textbox', { name: 'Percentage van de contracturen' }).fill('10')
	await page.getByRole('radio', { name: 'Licht (1 uur per week)' }).check()
	// 1.5 h × 52 = 78; 10 % of 16 h = 1.6 h × 52 = 83.2; light is 52.
	const preview = page.getByRole('table', { name: 'Uren per jaar naast elkaar' })
	await expect(preview).toContainText('78')
	await expect(preview).toContainText('83,2')
	await expect(preview).toContainText('52')
	await page.getByRole('group', { name: 'Aangevraagd door' }).getByRole('radio', { name: 'Werknemer' }).check()
	await page.getByRole('radio', { name: 'Gemeente' }).check()
	await page.getByLabel('Naam van de financier').fill('Gemeente Doetinchem')
	await page.getByRole('button', { name: 'Plan opslaan' }).click()
	await expect(page.getByRole('heading', { level: 1, name: /Plan van aanpak van/ })).toBeVisible()
	await expect(page.getByText(goalText)).toBeVisible()
	await expect(page.getByText('(gekozen methode)')).toBeVisible()
	await expectNoAxeViolations(page)

	// The agreement, drawn up from the placement; saving mails every party its personal link.
	await page.goto(`/jobcoach/plaatsingen/${placementId}/overeenkomst`)
	await expectNoAxeViolations(page)
	await page.getByRole('link', { name: 'Overeenkomst opstellen' }).click()
	await expect(page.getByRole('heading', { level: 1, name: /versie 1/ })).toBeVisible()
	await expectNoAxeViolations(page)
	await page.getByRole('checkbox', { name: 'Dinsdag' }).check()
	await page.getByRole('checkbox', { name: 'Donderdag' }).check()
	await page.getByRole('button', { name: 'Versie 1 opslaan en versturen' }).click()
	await expect(page.getByText('Wacht op akkoord').first()).toBeVisible()
	const employerAddress = await prisma.placementAgreement
		.findFirstOrThrow({ where: { placementId }, select: { employerSignatoryEmail: true } })
		.then((agreement) => agreement.employerSignatoryEmail)
	expect(employerAddress, 'the employer signatory has an address').toBeTruthy()

	// The employer and the candidate accept from their mail, without logging in.
	const employer = await newVisitor()
	await employer.goto(await agreementLinkFor(employerAddress!))
	await accept(employer, 'Henk van het Hofje')
	const candidate = await newVisitor()
	await candidate.goto(await agreementLinkFor(candidateEmail))
	await accept(candidate, `${firstName} Bakker`, { coachPresent: true })

	// The coach accepts for the coaching organisation on their own screen: then the version is locked.
	await page.reload()
	await page.getByRole('button', { name: 'Hier openen (akkoord namens je organisatie)' }).click()
	await accept(page, 'Fatima El Amrani')
	await page.goto(`/jobcoach/plaatsingen/${placementId}/overeenkomst`)
	await expect(page.getByText(/Alle partijen zijn akkoord: versie 1 is vastgelegd/)).toBeVisible()
	await expect(page.getByText(/Akkoord door Henk van het Hofje op/)).toBeVisible()
	await expect(page.getByText('Met de jobcoach erbij.')).toBeVisible()
	await expectNoAxeViolations(page)

	// A review: progress on the goal, the balance, a proposal to continue.
	await page.goto(`/jobcoach/plaatsingen/${placementId}/plan`)
	await page.getByRole('link', { name: 'Evaluatie vastleggen' }).click()
	await expect(page.getByRole('heading', { level: 1, name: /Evaluatie van het plan/ })).toBeVisible()
	await expectNoAxeViolations(page)
	await page.getByRole('group', { name: goalText }).getByRole('radio', { name: 'Goede voortgang' }).check()
	await page.getByRole('radio', { name: /^4 · / }).check()
	await page.getByRole('radio', { name: 'Ondersteuning voortzetten' }).check()
	await page.getByLabel('Motivering').fill('Het gaat goed, de vaste structuur helpt; nog een half jaar zo door.')
	await page.getByRole('button', { name: 'Evaluatie opslaan' }).click()
	await expect(page.getByRole('heading', { level: 1, name: /Plan van aanpak van/ })).toBeVisible()
	await expect(page.getByText('Ondersteuning voortzetten').first()).toBeVisible()

	// The printed plan: every section, and the browser makes a PDF of it.
	await page.getByRole('link', { name: 'Afdrukken of opslaan als pdf' }).click()
	await expect(page.getByRole('heading', { level: 1, name: 'Plan van aanpak jobcoaching' })).toBeVisible()
	for (const id of [
		'plan-parties',
		'plan-goals',
		'plan-tasks',
		'plan-intensity',
		'plan-duration',
		'plan-reviews',
		'plan-signatures',
	]) {
		await expect(page.locator(`section#${id}`)).toBeVisible()
	}
	await expect(page.getByRole('button', { name: 'Afdrukken / opslaan als pdf' })).toBeVisible()
	await expectNoAxeViolations(page)
	await page.emulateMedia({ media: 'print' })
	const pdf = await page.pdf({ format: 'A4', printBackground: true })
	expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
	expect(pdf.length).toBeGreaterThan(10_000)
	await page.emulateMedia({ media: 'screen' })
})
