// The support plan through its routes: the three intensity methods side by side in the view loader
// (worked out by hand below), writing and editing the plan through the form's action (goal ids kept,
// a removed goal with review progress kept in history), every bad input answered per field with
// nothing lost, review dates outside the plan refused, an ended placement's plan read-only, and who
// may open or change it.
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import * as viewRoute from '#app/routes/jobcoach.plaatsingen.$placementId_.plan._index.tsx'
import * as editRoute from '#app/routes/jobcoach.plaatsingen.$placementId_.plan.bewerken.tsx'
import { calendarDay } from '#app/utils/amsterdam-time.ts'
import { setClock } from '#app/utils/clock.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import {
	callRoute,
	createSessionCookie,
	expectLoginRedirect,
	expectRefused,
	getRoute,
	initialValue,
	makeRequest,
	postRoute,
	submissionErrors,
} from '#tests/factories.ts'
import { renderOnServer } from '#tests/insight-fixtures.ts'
import { createPlacementWorld, createSupportPlan, type PlacementWorld } from '#tests/plan-factories.ts'

// 10:00 in Amsterdam on Tuesday 1 September 2026, six months into a placement that started 2 March.
const start = new Date('2026-09-01T08:00:00.000Z')

type ViewData = Awaited<ReturnType<typeof viewRoute.loader>>
type FormData = Awaited<ReturnType<typeof editRoute.loader>>

beforeEach(() => setClock(start))
afterAll(() => setClock(null))

const planPath = (placementId: string) => `/jobcoach/plaatsingen/${placementId}/plan`
const editPath = (placementId: string) => `${planPath(placementId)}/bewerken`

function openPlan(placementId: string, cookie: string | null) {
	return getRoute(viewRoute, planPath(placementId), cookie, { placementId })
}

function openForm(placementId: string, cookie: string | null) {
	return getRoute(editRoute, editPath(placementId), cookie, { placementId })
}

function postPlan(placementId: string, cookie: string | null, form: Array<[string, string]>) {
	return postRoute(editRoute, editPath(placementId), cookie, form, { placementId })
}

type PlanFields = {
	goals: Array<{ id?: string; text: string }>
	reviewDates: string[]
} & Record<
	| 'coachTasks'
	| 'employerTasks'
	| 'supervisorTasks'
	| 'intensityMethod'
	| 'supportHoursPerWeek'
	| 'supportPercent'
	| 'supportRegime'
	| 'startsOn'
	| 'durationMonths'
	| 'requestedBy'
	| 'funder'
	| 'funderName',
	string
>

const validPlan: PlanFields = {
	goals: [{ text: 'Ik wil de planten zelf water geven.' }, { text: 'Ik wil op tijd pauze nemen.' }],
	coachTasks: 'Elke week een gesprek op de werkplek.',
	employerTasks: 'Een vaste plek in de kas.',
	supervisorTasks: 'Begint de dag samen met de taken.',
	intensityMethod: 'PERCENT_OF_CONTRACT',
	supportHoursPerWeek: '1,5',
	supportPercent: '10',
	supportRegime: 'LIGHT',
	startsOn: '2026-03-02',
	durationMonths: '24',
	reviewDates: ['2026-09-02', '2027-03-02'],
	requestedBy: 'EMPLOYER',
	funder: 'UWV',
	funderName: 'UWV Rotterdam',
}

/** The plan as the browser posts it: Conform's list names (goals[0].text, reviewDates[0]). */
function planForm(fields: PlanFields): Array<[string, string]> {
	const { goals, reviewDates, ...rest } = fields
	return [
		...goals.flatMap((goal, index): Array<[string, string]> => [
			[`goals[${index}].id`, goal.id ?? ''],
			[`goals[${index}].text`, goal.text],
		]),
		...reviewDates.map((date, index): [string, string] => [`reviewDates[${index}]`, date]),
		...Object.entries(rest),
	]
}

async function world(options: Parameters<typeof createPlacementWorld>[0] = {}) {
	return createPlacementWorld(options)
}

function storedPlan(placementId: string) {
	return prisma.supportPlan.findUnique({
		where: { placementId },
		include: { goals: { orderBy: { position: 'asc' } }, reviewDates: { orderBy: { dueOn: 'asc' } } },
	})
}

describe('the plan page', () => {
	it('explains the plan and offers to write one while there is none', async () => {
		const { placement, coach } = await world()
		const result = await openPlan(placement.id, coach.cookie)
		expect(result.status).toBe(200)
		const data = result.data as ViewData
		expect(data.plan).toBeNull()
		expect(data.canUpdate).toBe(true)
		expect(data.placement).toMatchObject({ candidateName: 'Sanne de Vries', ended: false, hoursPerWeek: 24 })
	})

	it('puts the three intensity methods side by side in hours a week, a year and over the duration', async () => {
		const { placement, coach, candidate } = await world({ hoursPerWeek: 24 })
		await createSupportPlan(placement.id, {
			intensityMethod: 'PERCENT_OF_CONTRACT',
			supportHoursPerWeek: 2,
			supportPercent: 10,
			supportRegime: 'MEDIUM',
			durationMonths: 30,
		})
		const data = (await openPlan(placement.id, coach.cookie)).data as ViewData
		// Contract 24 hours a week, 52 weeks a year, a plan of 30 months (2.5 years):
		// - hours a week: 2 × 52 = 104 a year; 104 × 30 / 12 = 260 in all; 2 a week.
		// - 10 % of the contract: 0.10 × 24 × 52 = 124.8 a year; 124.8 × 2.5 = 312 in all; 124.8 / 52 = 2.4 a week.
		// - regime MEDIUM: 104 a year (2 a week); 104 × 2.5 = 260 in all.
		expect(data.plan?.comparison).toEqual([
			{ method: 'HOURS_PER_WEEK', chosen: false, hoursPerWeek: 2, yearlyHours: 104, totalHours: 260 },
			{ method: 'PERCENT_OF_CONTRACT', chosen: true, hoursPerWeek: 2.4, yearlyHours: 124.8, totalHours: 312 },
			{ method: 'REGIME', chosen: false, hoursPerWeek: 2, yearlyHours: 104, totalHours: 260 },
		])
		expect(data.plan).toMatchObject({
			intensityMethod: 'PERCENT_OF_CONTRACT',
			startsOn: '2026-03-02',
			// 30 months from 2 March 2026 is 2 September 2028; the plan's last day is the day before.
			endsOn: '2028-09-01',
			funderName: 'Gemeente Doetinchem',
			requestedBy: 'EMPLOYEE',
			funder: 'MUNICIPALITY',
			goals: [
				{ text: 'Ik wil zelfstandig de ochtendronde doen.' },
				{ text: 'Ik wil aangeven wanneer het me te veel wordt.' },
			],
		})
		// Today is 1 September 2026: that review is the next one; none has passed yet.
		expect(data.plan?.reviewDates).toEqual([
			{ dueOn: '2026-09-01', heldOn: [], past: false, next: true },
			{ dueOn: '2027-03-01', heldOn: [], past: false, next: false },
		])
		setClock(new Date('2026-09-02T08:00:00.000Z'))
		const later = (await openPlan(placement.id, coach.cookie)).data as ViewData
		expect(later.plan?.reviewDates).toEqual([
			{ dueOn: '2026-09-01', heldOn: [], past: true, next: false },
			{ dueOn: '2027-03-01', heldOn: [], past: false, next: true },
		])
		// The page shows the candidate's name: the view is logged like the placement page.
		expect(
			await prisma.candidateAccessLog.count({
				where: { candidateId: candidate.id, userId: coach.user.id, section: 'IDENTITY' },
			}),
		).toBeGreaterThan(0)
	})
})

describe('writing and editing the plan', () => {
	it('offers the placement start, two years and a review every six months for a new plan', async () => {
		const { placement, coach } = await world({ startDate: '2026-03-02' })
		const result = await openForm(placement.id, coach.cookie)
		expect(result.status).toBe(200)
		const data = result.data as FormData
		expect(data).toMatchObject({ exists: false, ended: false, contractHoursPerWeek: 24 })
		// The plan runs 2 March 2026 up to and including 1 March 2028; 2 March 2028 is outside it.
		expect(data.defaultValue).toMatchObject({
			startsOn: '2026-03-02',
			durationMonths: '24',
			reviewDates: ['2026-09-02', '2027-03-02', '2027-09-02'],
		})
	})

	it('creates the plan with its goals in order and its review dates, decimals with a comma', async () => {
		const { placement, coach } = await world()
		const result = await postPlan(placement.id, coach.cookie, planForm(validPlan))
		expect(result.status, JSON.stringify(result.data)).toBe(302)
		expect(result.location).toBe(planPath(placement.id))
		const plan = await storedPlan(placement.id)
		expect(plan).toMatchObject({
			intensityMethod: 'PERCENT_OF_CONTRACT',
			supportHoursPerWeek: 1.5,
			supportPercent: 10,
			supportRegime: 'LIGHT',
			startsOn: calendarDay('2026-03-02'),
			durationMonths: 24,
			requestedBy: 'EMPLOYER',
			funder: 'UWV',
			funderName: 'UWV Rotterdam',
			createdById: coach.user.id,
		})
		expect(plan?.goals.map((goal) => [goal.position, goal.text])).toEqual([
			[0, 'Ik wil de planten zelf water geven.'],
			[1, 'Ik wil op tijd pauze nemen.'],
		])
		expect(plan?.reviewDates.map((date) => date.dueOn)).toEqual([calendarDay('2026-09-02'), calendarDay('2027-03-02')])
		const view = (await openPlan(placement.id, coach.cookie)).data as ViewData
		// 10 % of 24 contract hours: 0.1 × 24 × 52 = 124.8 a year, chosen; 1.5 × 52 = 78; LIGHT 52.
		expect(view.plan?.comparison.map((row) => [row.method, row.chosen, row.yearlyHours])).toEqual([
			['HOURS_PER_WEEK', false, 78],
			['PERCENT_OF_CONTRACT', true, 124.8],
			['REGIME', false, 52],
		])
	})

	it('makes one plan of two saves sent at once (a double click)', async () => {
		const { placement, coach } = await world()
		const results = await Promise.all([
			postPlan(placement.id, coach.cookie, planForm(validPlan)),
			postPlan(placement.id, coach.cookie, planForm({ ...validPlan, funderName: 'UWV Utrecht' })),
		])
		expect(results.map((result) => result.status)).toEqual([302, 302])
		expect(await prisma.supportPlan.count({ where: { placementId: placement.id } })).toBe(1)
		const plan = await storedPlan(placement.id)
		expect(plan?.goals).toHaveLength(2)
		expect(plan?.reviewDates).toHaveLength(2)
	})

	it('keeps goal ids on edit; a removed goal with review progress stays in history, one without is deleted', async () => {
		const { placement, coach } = await world()
		const plan = await createSupportPlan(placement.id, {
			goals: ['Doel met voortgang', 'Doel zonder voortgang', 'Doel dat blijft'],
		})
		const [withProgress, withoutProgress, staying] = plan.goals as [
			(typeof plan.goals)[number],
			(typeof plan.goals)[number],
			(typeof plan.goals)[number],
		]
		const review = await prisma.supportPlanReview.create({
			data: {
				planId: plan.id,
				kind: 'REVIEW',
				heldOn: calendarDay('2026-08-31'),
				periodFrom: calendarDay('2026-03-02'),
				periodTo: calendarDay('2026-08-31'),
				checkInCount: 0,
				stepBackCount: 0,
				stepBackDays: 0,
				balance: 4,
				decision: 'CONTINUE',
				motivation: 'Gaat goed.',
			},
		})
		await prisma.supportPlanGoalProgress.createMany({
			data: [
				{ reviewId: review.id, goalId: withProgress.id, goalText: withProgress.text, progress: 'SOME' },
				{ reviewId: review.id, goalId: staying.id, goalText: staying.text, progress: 'GOOD' },
			],
		})

		const result = await postPlan(
			placement.id,
			coach.cookie,
			planForm({
				...validPlan,
				goals: [{ id: staying.id, text: 'Doel dat blijft, scherper' }, { text: 'Een nieuw doel' }],
				reviewDates: ['2027-01-15'],
			}),
		)
		expect(result.status, JSON.stringify(result.data)).toBe(302)

		const goals = await prisma.supportPlanGoal.findMany({ where: { planId: plan.id }, orderBy: { position: 'asc' } })
		const kept = goals.find((goal) => goal.id === staying.id)
		expect(kept).toMatchObject({ text: 'Doel dat blijft, scherper', position: 0, removedAt: null })
		expect(goals.find((goal) => goal.text === 'Een nieuw doel')).toMatchObject({ position: 1, removedAt: null })
		expect(goals.find((goal) => goal.id === withProgress.id)?.removedAt).toEqual(start)
		expect(goals.some((goal) => goal.id === withoutProgress.id)).toBe(false)
		// The progress of the kept and the removed goal both survive.
		expect(await prisma.supportPlanGoalProgress.count({ where: { reviewId: review.id } })).toBe(2)
		const stored = await storedPlan(placement.id)
		expect(stored?.reviewDates.map((date) => date.dueOn)).toEqual([calendarDay('2027-01-15')])
		expect(await prisma.supportPlan.count({ where: { placementId: placement.id } })).toBe(1)

		// The page lists only the goals still on the plan, the edited one first.
		const view = (await openPlan(placement.id, coach.cookie)).data as ViewData
		expect(view.plan?.goals.map((goal) => goal.text)).toEqual(['Doel dat blijft, scherper', 'Een nieuw doel'])
		// The form starts from the stored plan, with the goal ids.
		const form = (await openForm(placement.id, coach.cookie)).data as FormData
		expect(form.exists).toBe(true)
		expect(form.defaultValue.goals).toEqual([
			{ id: staying.id, text: 'Doel dat blijft, scherper' },
			{ id: expect.any(String), text: 'Een nieuw doel' },
		])
	})

	it('answers every bad field with a clear message and keeps everything typed', async () => {
		const { placement, coach } = await world()
		const typed: PlanFields = {
			...validPlan,
			goals: [{ text: 'Een goed doel' }, { text: '   ' }],
			supportHoursPerWeek: 'veel',
			supportPercent: '0',
			supportRegime: 'EXTREME',
			durationMonths: '61',
			intensityMethod: '',
			requestedBy: '',
			funder: '',
			funderName: '',
			employerTasks: '',
		}
		const result = await postPlan(placement.id, coach.cookie, planForm(typed))
		expect(result.status).toBe(400)
		expect(submissionErrors(result)).toMatchObject({
			'goals[1].text': ['errors:validation.required'],
			employerTasks: ['errors:validation.required'],
			supportHoursPerWeek: ['plans:errors.supportHours'],
			supportPercent: [expect.stringMatching(/^plans:errors\.supportPercent\|/)],
			supportRegime: ['plans:errors.supportRegime'],
			durationMonths: [expect.stringMatching(/^plans:errors\.duration\|/)],
			intensityMethod: ['plans:errors.intensityMethod'],
			requestedBy: ['plans:errors.requestedBy'],
			funder: ['plans:errors.funder'],
			funderName: ['errors:validation.required'],
		})
		expect(initialValue(result)).toMatchObject({
			goals: [{ text: 'Een goed doel' }, { text: '   ' }],
			coachTasks: validPlan.coachTasks,
			supportHoursPerWeek: 'veel',
			supportPercent: '0',
			supportRegime: 'EXTREME',
			durationMonths: '61',
			startsOn: '2026-03-02',
			reviewDates: ['2026-09-02', '2027-03-02'],
		})
		expect(await storedPlan(placement.id)).toBeNull()

		const noGoals = await postPlan(placement.id, coach.cookie, planForm({ ...validPlan, goals: [] }))
		expect(noGoals.status).toBe(400)
		expect(submissionErrors(noGoals).goals).toEqual(['plans:errors.goalsMin'])
	})

	it('refuses review dates outside the plan or twice, and keeps them as typed', async () => {
		const { placement, coach } = await world()
		// 12 months from 2 March 2026: the plan runs up to and including 1 March 2027.
		const result = await postPlan(
			placement.id,
			coach.cookie,
			planForm({
				...validPlan,
				durationMonths: '12',
				reviewDates: ['2026-03-01', '2026-09-02', '2026-09-02', '2027-03-02', '2027-03-01'],
			}),
		)
		expect(result.status).toBe(400)
		const errors = submissionErrors(result)
		expect(errors['reviewDates[0]']).toEqual(['plans:errors.reviewDateOutside'])
		expect(errors['reviewDates[1]']).toBeUndefined()
		expect(errors['reviewDates[2]']).toEqual(['plans:errors.reviewDateTwice'])
		expect(errors['reviewDates[3]']).toEqual(['plans:errors.reviewDateOutside'])
		expect(errors['reviewDates[4]']).toBeUndefined()
		expect(initialValue(result).reviewDates).toEqual([
			'2026-03-01',
			'2026-09-02',
			'2026-09-02',
			'2027-03-02',
			'2027-03-01',
		])
		expect(await storedPlan(placement.id)).toBeNull()
	})

	it('adds a goal row without JavaScript, keeping what was typed and saving nothing', async () => {
		const { placement, coach } = await world()
		const intent = JSON.stringify({ type: 'insert', payload: { name: 'goals', defaultValue: { id: '', text: '' } } })
		const result = await postPlan(placement.id, coach.cookie, [...planForm(validPlan), ['__intent__', intent]])
		expect(result.status).toBe(200)
		// Three rows now: the two typed ones and a new, empty one (Conform leaves empty values out).
		const goals = initialValue(result).goals as Array<{ text?: string } | undefined>
		expect(goals).toHaveLength(3)
		expect(goals.map((goal) => goal?.text ?? '')).toEqual([
			'Ik wil de planten zelf water geven.',
			'Ik wil op tijd pauze nemen.',
			'',
		])
		expect(initialValue(result)).toMatchObject({ funderName: 'UWV Rotterdam', supportHoursPerWeek: '1,5' })
		expect(await storedPlan(placement.id)).toBeNull()
	})

	it('keeps an ended placement’s plan readable but refuses to change it', async () => {
		const { placement, coach } = await world()
		await createSupportPlan(placement.id)
		await prisma.placement.update({
			where: { id: placement.id },
			data: { status: 'ENDED', endedOn: calendarDay('2026-08-31'), endReason: 'CONTRACT_ENDED' },
		})
		const view = (await openPlan(placement.id, coach.cookie)).data as ViewData
		expect(view.placement.ended).toBe(true)
		expect(view.plan?.funderName).toBe('Gemeente Doetinchem')
		expect(((await openForm(placement.id, coach.cookie)).data as FormData).ended).toBe(true)

		const result = await postPlan(
			placement.id,
			coach.cookie,
			planForm({ ...validPlan, funderName: 'Gemeente Zutphen' }),
		)
		expect(result.status).toBe(400)
		expect(submissionErrors(result)['']).toEqual(['plans:errors.ended'])
		expect((await storedPlan(placement.id))?.funderName).toBe('Gemeente Doetinchem')
	})
})

describe('the pages as the server renders them', () => {
	function render(module: typeof viewRoute | typeof editRoute, path: string, data: unknown, actionData?: unknown) {
		const loaded = data as object
		const url = `http://localhost${path}`
		return renderOnServer(
			[
				{
					path,
					Component: module.default,
					loader: () => loaded,
					action: () => (actionData as object | undefined) ?? null,
				},
			],
			actionData ? new Request(url, { method: 'POST', body: new URLSearchParams() }) : new Request(url),
		)
	}

	it('shows the plan with links to edit, review, re-assess and print', async () => {
		const { placement, coach } = await world()
		const path = planPath(placement.id)
		const empty = await render(viewRoute, path, (await openPlan(placement.id, coach.cookie)).data)
		expect(empty).toContain('Nog geen plan van aanpak')
		expect(empty).toContain(`href="${path}/bewerken"`)
		await createSupportPlan(placement.id)
		const html = await render(viewRoute, path, (await openPlan(placement.id, coach.cookie)).data)
		for (const href of ['/bewerken', '/evaluatie', '/herbeoordeling', '/afdrukken']) {
			expect(html).toContain(`href="${path}${href}"`)
		}
		expect(html).toContain('Ik wil zelfstandig de ochtendronde doen.')
		expect(html).toContain('(gekozen methode)')
	})

	it('asks for the re-assessment on the plan page once the end is near or past, with a link', async () => {
		const { placement, coach } = await world()
		const path = planPath(placement.id)
		// 12 months from 2 March 2026: the last day is 1 March 2027, 181 days after 1 September 2026.
		await createSupportPlan(placement.id, { durationMonths: 12 })
		const far = (await openPlan(placement.id, coach.cookie)).data as ViewData
		expect(far.reassessment).toBeNull()
		expect(await render(viewRoute, path, far)).not.toContain('De maximale duur')

		setClock(new Date('2027-01-15T09:00:00.000Z'))
		coach.cookie = await createSessionCookie(coach.user.id)
		const due = (await openPlan(placement.id, coach.cookie)).data as ViewData
		expect(due.reassessment).toBe('due')
		const html = await render(viewRoute, path, due)
		expect(html).toContain('De maximale duur loopt af op 1 maart 2027')
		expect(html).toMatch(new RegExp(`role="status"[^>]*>[^]*?href="${path}/herbeoordeling"`))

		setClock(new Date('2027-03-02T09:00:00.000Z'))
		coach.cookie = await createSessionCookie(coach.user.id)
		const passed = (await openPlan(placement.id, coach.cookie)).data as ViewData
		expect(passed.reassessment).toBe('passed')
		expect(await render(viewRoute, path, passed)).toContain('De maximale duur is op 1 maart 2027 afgelopen')

		// Once the placement has ended there is nothing left to re-assess.
		await prisma.placement.update({
			where: { id: placement.id },
			data: { status: 'ENDED', endedOn: calendarDay('2027-03-01'), endReason: 'CONTRACT_ENDED' },
		})
		expect(((await openPlan(placement.id, coach.cookie)).data as ViewData).reassessment).toBeNull()
	})

	it('shows what was typed, to copy, when the placement ended while the plan was being written', async () => {
		const { placement, coach } = await world()
		const path = editPath(placement.id)
		await prisma.placement.update({
			where: { id: placement.id },
			data: { status: 'ENDED', endedOn: calendarDay('2026-08-31'), endReason: 'CONTRACT_ENDED' },
		})
		const typed = { ...validPlan, coachTasks: 'Een lange uitleg die niet verloren mag gaan.' }
		const failed = await postPlan(placement.id, coach.cookie, planForm(typed))
		expect(failed.status).toBe(400)
		const data = (await openForm(placement.id, coach.cookie)).data
		const html = await render(editRoute, path, data, failed.data)
		expect(html).toContain('Deze plaatsing is beëindigd')
		expect(html).toContain('Wat je had ingevuld (niet opgeslagen)')
		expect(html).toContain('Een lange uitleg die niet verloren mag gaan.')
		expect(html).toContain('Ik wil op tijd pauze nemen.')
		expect(html).toContain('2026-09-02, 2027-03-02')
		// Read-only: no form to send it again.
		expect(html).not.toMatch(/<(form|textarea)\b/)
		expect(await storedPlan(placement.id)).toBeNull()
	})

	it('renders the form again after a bad post with the errors next to the fields and the values kept', async () => {
		const { placement, coach } = await world()
		const path = editPath(placement.id)
		const data = (await openForm(placement.id, coach.cookie)).data
		const fresh = await render(editRoute, path, data)
		expect(fresh).toContain('Doel 1')
		expect(fresh).toContain('value="2026-09-02"')
		// The add and remove buttons are submit buttons with Conform's intent: they work without JavaScript.
		for (const label of ['Doel toevoegen', 'Evaluatiedatum toevoegen', 'Evaluatiedatum 1 verwijderen']) {
			const button = new RegExp(`<button([^>]*)>${label}</button>`).exec(fresh)?.[1] ?? ''
			expect(button, label).toContain('type="submit"')
			expect(button, label).toContain('name="__intent__"')
		}
		// Enter in a field saves: the first submit button of the form is a plain one, before any intent.
		const firstSubmit = /<button([^>]*type="submit"[^>]*)>/.exec(fresh)?.[1] ?? ''
		expect(firstSubmit).not.toContain('__intent__')
		const failed = await postPlan(
			placement.id,
			coach.cookie,
			planForm({ ...validPlan, supportPercent: '150', funderName: '' }),
		)
		const html = await render(editRoute, path, data, failed.data)
		expect(html).toContain('Vul een percentage in van 1 tot 100.')
		expect(html).toContain('value="150"')
		expect(html).toContain('Ik wil op tijd pauze nemen.')
		expect(html).toContain('value="1,5"')
	})
})

describe('who may open and change the plan', () => {
	let w: PlacementWorld

	beforeEach(async () => {
		w = await world()
		await createSupportPlan(w.placement.id)
	})

	it('lets a colleague of the same organisation read and change it', async () => {
		expect((await openPlan(w.placement.id, w.colleague.cookie)).status).toBe(200)
		expect((await openForm(w.placement.id, w.colleague.cookie)).status).toBe(200)
		const result = await postPlan(w.placement.id, w.colleague.cookie, planForm(validPlan))
		expect(result.status, JSON.stringify(result.data)).toBe(302)
		expect((await storedPlan(w.placement.id))?.funderName).toBe('UWV Rotterdam')
	})

	it('answers 404 to a coach of another organisation, the employer and the coordinator', async () => {
		for (const who of [w.otherOrgCoach, w.employer, w.coordinator]) {
			expectRefused(await openPlan(w.placement.id, who.cookie), 404)
			expectRefused(await openForm(w.placement.id, who.cookie), 404)
			expectRefused(await postPlan(w.placement.id, who.cookie, planForm(validPlan)), 404)
		}
		expect((await storedPlan(w.placement.id))?.funderName).toBe('Gemeente Doetinchem')
	})

	it('answers 404 to an unknown placement id', async () => {
		expectRefused(await openPlan('does-not-exist', w.coach.cookie), 404)
		expectRefused(await openForm('does-not-exist', w.coach.cookie), 404)
		expectRefused(await postPlan('does-not-exist', w.coach.cookie, planForm(validPlan)), 404)
	})

	it('sends an anonymous visitor to the login page', async () => {
		const path = `${planPath(w.placement.id)}?van=test`
		const result = await callRoute(viewRoute, {
			request: makeRequest(path),
			params: { placementId: w.placement.id },
		})
		expectLoginRedirect(result, path)
		const post = await postPlan(w.placement.id, null, planForm(validPlan))
		expect(post.status).toBe(302)
		expect(post.location).toMatch(/^\/login/)
	})
})
