import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { collectPlanHistory, listPlanReviews } from '#app/domain/plans/plan-reviews.server.ts'
import * as reassessmentRoute from '#app/routes/jobcoach.plaatsingen.$placementId_.plan.herbeoordeling.tsx'
import * as reviewRoute from '#app/routes/jobcoach.plaatsingen.$placementId_.plan.evaluatie.tsx'
import { calendarDay } from '#app/utils/amsterdam-time.ts'
import { setClock } from '#app/utils/clock.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import {
	createSessionCookie,
	expectLoginRedirect,
	expectRefused,
	getRoute,
	initialValue,
	postRoute,
	submissionErrors,
} from '#tests/factories.ts'
import { renderOnServer } from '#tests/insight-fixtures.ts'
import { createPlacementWorld, createSupportPlan, type PlacementWorld } from '#tests/plan-factories.ts'

// 10:00 in Amsterdam (summer time) on Wednesday 1 April 2026.
const start = new Date('2026-04-01T08:00:00.000Z')
const asDay = (value: Date | null | undefined) => value?.toISOString().slice(0, 10) ?? null

beforeEach(() => setClock(start))
afterAll(() => setClock(null))

type ReviewData = Awaited<ReturnType<typeof reviewRoute.loader>>

const reviewPath = (placementId: string) => `/jobcoach/plaatsingen/${placementId}/plan/evaluatie`
const reassessmentPath = (placementId: string) => `/jobcoach/plaatsingen/${placementId}/plan/herbeoordeling`
const planPath = (placementId: string) => `/jobcoach/plaatsingen/${placementId}/plan`

/** Moves the clock and signs the coaches in again (sessions last 30 days). */
async function travelTo(moment: string, world: PlacementWorld) {
	setClock(new Date(moment))
	for (const who of [world.coach, world.colleague, world.otherOrgCoach, world.coordinator, world.employer]) {
		who.cookie = await createSessionCookie(who.user.id)
	}
}

function checkIn(placementId: string, doneOn: string | null, balance: number | null, notes: string | null = null) {
	return prisma.placementCheckIn.create({
		data: {
			placementId,
			dueOn: calendarDay(doneOn ?? '2026-04-10'),
			doneOn: doneOn ? calendarDay(doneOn) : null,
			balance,
			candidateNote: notes,
			employerNote: notes && `Werkgever: ${notes}`,
		},
	})
}

function stepBack(placementId: string, startedOn: string, endedOn: string | null, reason = 'Even rust nodig') {
	return prisma.placementStepBack.create({
		data: { placementId, startedOn: calendarDay(startedOn), endedOn: endedOn ? calendarDay(endedOn) : null, reason },
	})
}

function review(
	planId: string,
	heldOn: string,
	progress: Array<{ goalId: string; progress: string }>,
	goalText = 'Het doel zoals het toen luidde',
) {
	return prisma.supportPlanReview.create({
		data: {
			planId,
			kind: 'REVIEW',
			heldOn: calendarDay(heldOn),
			periodFrom: calendarDay('2026-03-02'),
			periodTo: calendarDay(heldOn),
			checkInCount: 0,
			stepBackCount: 0,
			stepBackDays: 0,
			balance: 3,
			decision: 'CONTINUE',
			motivation: 'Gaat goed.',
			goalProgress: { create: progress.map((entry) => ({ ...entry, goalText })) },
		},
	})
}

/** A complete review form for the plan's goals; `extra` adds or overrides fields. */
function reviewForm(goalIds: string[], extra: Record<string, string> = {}) {
	const form: Record<string, string> = {
		balance: '4',
		balanceNote: 'Ochtenden gaan beter dan middagen.',
		decision: 'CONTINUE',
		motivation: 'De balans bleef rond de 3,7 met één korte terugstap; de begeleiding houdt dat zo.',
	}
	for (const [index, id] of goalIds.entries()) {
		form[`goals.${id}.progress`] = index === 0 ? 'GOOD' : 'SOME'
		form[`goals.${id}.note`] = `Toelichting ${index + 1}`
	}
	return { ...form, ...extra }
}

describe('collectPlanHistory', () => {
	it('collects the check-ins, balance mean, clipped step-back days and goal progress of the range', async () => {
		const world = await createPlacementWorld()
		const placementId = world.placement.id
		const plan = await createSupportPlan(placementId)
		const [goal1, goal2] = plan.goals.map((goal) => ({ id: goal.id })) as [{ id: string }, { id: string }]

		await checkIn(placementId, '2026-03-31', 2) // the day before the range: out
		const first = await checkIn(placementId, '2026-04-01', 3, 'Eerste dag') // first day: in
		await checkIn(placementId, '2026-04-15', 4)
		await checkIn(placementId, '2026-04-20', null) // in, but without a score
		const last = await checkIn(placementId, '2026-04-30', 4) // last day: in
		await checkIn(placementId, '2026-05-01', 1) // the day after: out
		await checkIn(placementId, null, 5) // never held: out

		// Work resumed on 1 April: no day inside the range, so not listed.
		await stepBack(placementId, '2026-03-01', '2026-04-01', 'Voor de periode')
		// 20 March up to (not including) 5 April: 1, 2, 3 and 4 April are inside = 4 days.
		await stepBack(placementId, '2026-03-20', '2026-04-05', 'Griep')
		// 10 and 11 April = 2 days.
		await stepBack(placementId, '2026-04-10', '2026-04-12', 'Afspraak ziekenhuis')
		// Still open: 25 up to and including 30 April = 6 days.
		await stepBack(placementId, '2026-04-25', null, 'Drukte thuis')
		// After the range: out.
		await stepBack(placementId, '2026-05-03', '2026-05-05', 'Later')

		await review(plan.id, '2026-03-25', [{ goalId: goal1.id, progress: 'SOME' }]) // before the range
		const inRange = await review(plan.id, '2026-04-20', [
			{ goalId: goal1.id, progress: 'GOOD' },
			{ goalId: goal2.id, progress: 'SOME' },
		])
		await prisma.supportPlanGoal.update({ where: { id: goal2.id }, data: { removedAt: start } })

		const history = await collectPlanHistory(plan.id, { from: '2026-04-01', to: '2026-04-30' })

		expect(history.from).toBe('2026-04-01')
		expect(history.to).toBe('2026-04-30')
		expect(history.checkIns.map((entry) => [entry.doneOn, entry.balance])).toEqual([
			['2026-04-01', 3],
			['2026-04-15', 4],
			['2026-04-20', null],
			['2026-04-30', 4],
		])
		expect(history.checkIns[0]).toMatchObject({
			id: first.id,
			candidateNote: 'Eerste dag',
			employerNote: 'Werkgever: Eerste dag',
		})
		expect(history.checkIns[3]!.id).toBe(last.id)
		expect(history.checkInCount).toBe(4)
		// (3 + 4 + 4) / 3 = 3.666… → 3.7; the check-in without a score does not count.
		expect(history.balanceAverage).toBe(3.7)

		expect(history.stepBacks).toEqual([
			{ startedOn: '2026-03-20', endedOn: '2026-04-05', reason: 'Griep', days: 4 },
			{ startedOn: '2026-04-10', endedOn: '2026-04-12', reason: 'Afspraak ziekenhuis', days: 2 },
			{ startedOn: '2026-04-25', endedOn: null, reason: 'Drukte thuis', days: 6 },
		])
		expect(history.stepBackCount).toBe(3)
		// 4 + 2 + 6
		expect(history.stepBackDays).toBe(12)

		// Every goal, also the removed one, with only the progress of the review inside the range.
		expect(history.goals).toEqual([
			{
				id: goal1.id,
				text: 'Ik wil zelfstandig de ochtendronde doen.',
				removed: false,
				progress: [
					{
						reviewId: inRange.id,
						heldOn: '2026-04-20',
						goalText: 'Het doel zoals het toen luidde',
						progress: 'GOOD',
						note: null,
					},
				],
			},
			{
				id: goal2.id,
				text: 'Ik wil aangeven wanneer het me te veel wordt.',
				removed: true,
				progress: [
					{
						reviewId: inRange.id,
						heldOn: '2026-04-20',
						goalText: 'Het doel zoals het toen luidde',
						progress: 'SOME',
						note: null,
					},
				],
			},
		])
		expect(history.reviews).toEqual([{ id: inRange.id, kind: 'REVIEW', heldOn: '2026-04-20', decision: 'CONTINUE' }])
	})

	it('has no mean without scores, and counts an open step-back only up to the end of the range', async () => {
		const world = await createPlacementWorld()
		const plan = await createSupportPlan(world.placement.id)
		await checkIn(world.placement.id, '2026-04-02', null)
		await stepBack(world.placement.id, '2026-03-28', null)
		const history = await collectPlanHistory(plan.id, { from: '2026-04-01', to: '2026-04-03' })
		expect(history.checkInCount).toBe(1)
		expect(history.balanceAverage).toBeNull()
		// 1, 2 and 3 April: the days before the range and after its end do not count.
		expect(history.stepBacks).toMatchObject([{ startedOn: '2026-03-28', endedOn: null, days: 3 }])
		expect(history.stepBackDays).toBe(3)
	})
})

describe('the review page', () => {
	it('stores the snapshot computed on the server, not the one in the form, and the goal progress', async () => {
		const world = await createPlacementWorld()
		const placementId = world.placement.id
		const plan = await createSupportPlan(placementId)
		const goalIds = plan.goals.map((goal) => goal.id)
		await checkIn(placementId, '2026-03-09', 3, 'Spannend')
		await checkIn(placementId, '2026-06-02', 4)
		await checkIn(placementId, '2026-09-02', 4)
		await checkIn(placementId, '2026-09-03', 1) // tomorrow in Amsterdam: out
		await stepBack(placementId, '2026-05-04', '2026-05-11')

		// 00:30 on 2 September in Amsterdam, still 1 September in UTC: today is the 2nd.
		await travelTo('2026-09-01T22:30:00.000Z', world)
		const page = await getRoute(reviewRoute, reviewPath(placementId), world.coach.cookie, { placementId })
		expect(page.status).toBe(200)
		const data = page.data as ReviewData
		// No review yet: from the plan's start up to today.
		expect(data.context.period).toEqual({ from: '2026-03-02', to: '2026-09-02' })
		expect(data.context.goals.map((goal) => goal.id)).toEqual(goalIds)
		expect(data.context.history).toMatchObject({ checkInCount: 3, balanceAverage: 3.7, stepBackDays: 7 })
		expect(data.canRecord).toBe(true)
		expect(data.reassessment).toBeNull()
		expect(data.upToDate).toBe(false)

		const result = await postRoute(
			reviewRoute,
			reviewPath(placementId),
			world.coach.cookie,
			reviewForm(goalIds, {
				// Figures a form could try to set: all ignored.
				checkInCount: '99',
				balanceAverage: '1',
				stepBackCount: '0',
				stepBackDays: '0',
				kind: 'REASSESSMENT',
				heldOn: '2020-01-01',
				periodFrom: '2026-09-01',
			}),
			{ placementId },
		)
		expect(result.status, JSON.stringify(result.data)).toBe(302)
		expect(result.location).toBe(planPath(placementId))
		expect(result.headers.get('set-cookie')).toContain('wv_toast=')

		const stored = await prisma.supportPlanReview.findFirstOrThrow({
			where: { planId: plan.id },
			include: { goalProgress: true },
		})
		expect(stored).toMatchObject({
			kind: 'REVIEW',
			// 2 March – 2 September: check-ins on 9 March, 2 June and 2 September; 3 + 4 + 4 = 11 / 3 → 3.7.
			checkInCount: 3,
			balanceAverage: 3.7,
			// 4 up to (not including) 11 May = 7 days.
			stepBackCount: 1,
			stepBackDays: 7,
			balance: 4,
			balanceNote: 'Ochtenden gaan beter dan middagen.',
			decision: 'CONTINUE',
			recordedById: world.coach.user.id,
		})
		expect(asDay(stored.heldOn)).toBe('2026-09-02')
		expect(asDay(stored.periodFrom)).toBe('2026-03-02')
		expect(asDay(stored.periodTo)).toBe('2026-09-02')
		expect(
			stored.goalProgress
				.map(({ goalId, progress, note }) => ({ goalId, progress, note }))
				.sort((a, b) => a.note!.localeCompare(b.note!)),
		).toEqual([
			{ goalId: goalIds[0], progress: 'GOOD', note: 'Toelichting 1' },
			{ goalId: goalIds[1], progress: 'SOME', note: 'Toelichting 2' },
		])

		const reviews = await listPlanReviews(plan.id)
		expect(reviews).toHaveLength(1)
		expect(reviews[0]).toMatchObject({
			kind: 'REVIEW',
			heldOn: '2026-09-02',
			periodFrom: '2026-03-02',
			periodTo: '2026-09-02',
			recordedByName: 'Fatima El Amrani',
			goals: [
				{ goalId: goalIds[0], text: 'Ik wil zelfstandig de ochtendronde doen.', progress: 'GOOD' },
				{ goalId: goalIds[1], text: 'Ik wil aangeven wanneer het me te veel wordt.', progress: 'SOME' },
			],
		})

		// The next review starts the day after the reviewed period and shows where the goals stood.
		await travelTo('2026-12-01T09:00:00.000Z', world)
		const next = (await getRoute(reviewRoute, reviewPath(placementId), world.coach.cookie, { placementId }))
			.data as ReviewData
		expect(next.context.period).toEqual({ from: '2026-09-03', to: '2026-12-01' })
		// Only the check-in of 3 September lies in the new period.
		expect(next.context.history).toMatchObject({ checkInCount: 1, balanceAverage: 1, stepBackCount: 0 })
		expect(next.context.goals[0]!.lastProgress).toEqual({
			heldOn: '2026-09-02',
			progress: 'GOOD',
			note: 'Toelichting 1',
		})
	})

	it('explains what is wrong and keeps what was typed', async () => {
		const world = await createPlacementWorld()
		const placementId = world.placement.id
		const plan = await createSupportPlan(placementId)
		const [goal1, goal2] = plan.goals.map((goal) => goal.id) as [string, string]
		const form = reviewForm([goal1, goal2], { motivation: '   ', balance: '7' })
		delete form[`goals.${goal2}.progress`]

		const result = await postRoute(reviewRoute, reviewPath(placementId), world.coach.cookie, form, { placementId })
		expect(result.status).toBe(400)
		const errors = submissionErrors(result)
		expect(errors.motivation).toEqual(['planReviews:errors.motivationRequired'])
		expect(errors.balance).toEqual(['planReviews:errors.balance'])
		expect(errors[`goals.${goal2}.progress`]).toEqual(['planReviews:errors.progressRequired'])
		expect(errors[`goals.${goal1}.progress`]).toBeFalsy()
		expect(initialValue(result)).toMatchObject({
			balance: '7',
			balanceNote: 'Ochtenden gaan beter dan middagen.',
			goals: { [goal1]: { progress: 'GOOD', note: 'Toelichting 1' }, [goal2]: { note: 'Toelichting 2' } },
		})

		for (const balance of ['0', '3.5', 'veel']) {
			const again = await postRoute(
				reviewRoute,
				reviewPath(placementId),
				world.coach.cookie,
				reviewForm([goal1, goal2], { balance }),
				{ placementId },
			)
			expect(again.status).toBe(400)
			expect(submissionErrors(again).balance).toEqual(['planReviews:errors.balance'])
		}
		const noDecision = reviewForm([goal1, goal2], { decision: 'MAYBE' })
		const refused = await postRoute(reviewRoute, reviewPath(placementId), world.coach.cookie, noDecision, {
			placementId,
		})
		expect(submissionErrors(refused).decision).toEqual(['planReviews:errors.decisionRequired'])
		expect(await prisma.supportPlanReview.count({ where: { planId: plan.id } })).toBe(0)
	})

	it('refuses a review of an ended placement and shows the page without the form', async () => {
		const world = await createPlacementWorld()
		const placementId = world.placement.id
		const plan = await createSupportPlan(placementId)
		await prisma.placement.update({
			where: { id: placementId },
			data: { status: 'ENDED', endedOn: calendarDay('2026-03-31'), endReason: 'CANDIDATE_CHOICE' },
		})
		const page = await getRoute(reviewRoute, reviewPath(placementId), world.coach.cookie, { placementId })
		expect(page.status).toBe(200)
		expect(page.data).toMatchObject({ canRecord: false, context: { ended: true } })

		for (const [route, path] of [
			[reviewRoute, reviewPath(placementId)],
			[reassessmentRoute, reassessmentPath(placementId)],
		] as const) {
			const result = await postRoute(route, path, world.coach.cookie, reviewForm(plan.goals.map((goal) => goal.id)), {
				placementId,
			})
			expect(result.status).toBe(400)
			expect(submissionErrors(result)['']).toEqual(['planReviews:errors.ended'])
			expect(initialValue(result)).toMatchObject({ motivation: expect.stringContaining('De balans bleef') })
		}
		expect(await prisma.supportPlanReview.count({ where: { planId: plan.id } })).toBe(0)
	})

	it('keeps the goal’s words of the day in the review when the goal is reworded later', async () => {
		const world = await createPlacementWorld()
		const placementId = world.placement.id
		const plan = await createSupportPlan(placementId)
		const goalIds = plan.goals.map((goal) => goal.id)
		const saved = await postRoute(reviewRoute, reviewPath(placementId), world.coach.cookie, reviewForm(goalIds), {
			placementId,
		})
		expect(saved.status, JSON.stringify(saved.data)).toBe(302)
		await prisma.supportPlanGoal.update({
			where: { id: goalIds[0] },
			data: { text: 'Ik doe de hele dag zelfstandig.' },
		})

		const [stored] = await listPlanReviews(plan.id)
		expect(stored!.goals.map((goal) => goal.text)).toEqual([
			'Ik wil zelfstandig de ochtendronde doen.',
			'Ik wil aangeven wanneer het me te veel wordt.',
		])
		const history = await collectPlanHistory(plan.id, { from: '2026-03-02', to: '2026-04-01' })
		expect(history.goals[0]).toMatchObject({
			text: 'Ik doe de hele dag zelfstandig.',
			progress: [{ goalText: 'Ik wil zelfstandig de ochtendronde doen.', progress: 'GOOD' }],
		})
	})

	it('makes one review of two saves sent at once, and tells the second what happened', async () => {
		const world = await createPlacementWorld()
		const placementId = world.placement.id
		const plan = await createSupportPlan(placementId)
		const form = reviewForm(plan.goals.map((goal) => goal.id))
		const results = await Promise.all(
			[0, 1].map(() => postRoute(reviewRoute, reviewPath(placementId), world.coach.cookie, form, { placementId })),
		)
		expect(results.map((result) => result.status).sort()).toEqual([302, 400])
		const refused = results.find((result) => result.status === 400)!
		expect(submissionErrors(refused)['']).toEqual(['planReviews:errors.reviewed'])
		// Nothing typed is lost: the form comes back with it.
		expect(initialValue(refused)).toMatchObject({ motivation: expect.stringContaining('De balans bleef') })
		expect(await prisma.supportPlanReview.count({ where: { planId: plan.id } })).toBe(1)

		// The same day again: the period up to today has been reviewed. The page says so instead of
		// offering the form, and a post from a page opened earlier is refused too.
		const page = (await getRoute(reviewRoute, reviewPath(placementId), world.coach.cookie, { placementId }))
			.data as ReviewData
		expect(page.upToDate).toBe(true)
		const again = await postRoute(reviewRoute, reviewPath(placementId), world.coach.cookie, form, { placementId })
		expect(submissionErrors(again)['']).toEqual(['planReviews:errors.reviewed'])
		// Two re-assessments sent at once: one.
		const reassessments = await Promise.all(
			[0, 1].map(() =>
				postRoute(reassessmentRoute, reassessmentPath(placementId), world.coach.cookie, form, { placementId }),
			),
		)
		expect(reassessments.map((result) => result.status).sort()).toEqual([302, 400])
		expect(await prisma.supportPlanReview.count({ where: { planId: plan.id, kind: 'REASSESSMENT' } })).toBe(1)
	})

	it('shows what was typed, to copy, when the placement ended while the review was being written', async () => {
		const world = await createPlacementWorld()
		const placementId = world.placement.id
		const plan = await createSupportPlan(placementId)
		const form = reviewForm(
			plan.goals.map((goal) => goal.id),
			{
				motivation: 'Een lange motivering die de coach niet kwijt wil.',
			},
		)
		await prisma.placement.update({
			where: { id: placementId },
			data: { status: 'ENDED', endedOn: calendarDay('2026-03-31'), endReason: 'CANDIDATE_CHOICE' },
		})
		for (const [route, path] of [
			[reviewRoute, reviewPath(placementId)],
			[reassessmentRoute, reassessmentPath(placementId)],
		] as const) {
			const failed = await postRoute(route, path, world.coach.cookie, form, { placementId })
			expect(failed.status).toBe(400)
			const page = await getRoute(route, path, world.coach.cookie, { placementId })
			const html = await renderOnServer(
				[
					{
						path,
						Component: route.default,
						loader: () => page.data as object,
						action: () => failed.data as object,
					},
				],
				new Request(`http://localhost${path}`, { method: 'POST', body: new URLSearchParams() }),
			)
			expect(html).toContain('Deze plaatsing is beëindigd: er kan geen evaluatie meer bij.')
			expect(html).toContain('Wat je had ingevuld (niet opgeslagen)')
			expect(html).toContain('Een lange motivering die de coach niet kwijt wil.')
			expect(html).toContain('Ochtenden gaan beter dan middagen.')
			expect(html).toContain('Toelichting 1')
			expect(html).not.toMatch(/<(form|textarea)\b/)
		}
	})

	it('sends a placement without a plan to the plan page', async () => {
		const world = await createPlacementWorld()
		const placementId = world.placement.id
		for (const [route, path] of [
			[reviewRoute, reviewPath(placementId)],
			[reassessmentRoute, reassessmentPath(placementId)],
		] as const) {
			const page = await getRoute(route, path, world.coach.cookie, { placementId })
			expect(page).toMatchObject({ status: 302, location: planPath(placementId) })
			const post = await postRoute(route, path, world.coach.cookie, reviewForm([]), { placementId })
			expect(post).toMatchObject({ status: 302, location: planPath(placementId) })
		}
	})
})

describe('the re-assessment page', () => {
	it('collects the whole history, warns before the end and records a REASSESSMENT', async () => {
		const world = await createPlacementWorld()
		const placementId = world.placement.id
		// 2 March 2026 + 24 months: the maximum duration ends on 1 March 2028, the day before 2 March.
		const plan = await createSupportPlan(placementId, { durationMonths: 24 })
		const [goal1, goal2] = plan.goals.map((goal) => goal.id) as [string, string]
		await checkIn(placementId, '2026-03-09', 2)
		await checkIn(placementId, '2026-09-02', 3)
		await checkIn(placementId, '2027-06-01', 4)
		await checkIn(placementId, '2028-01-10', 4)
		await stepBack(placementId, '2026-05-04', '2026-05-11') // 7 days
		await stepBack(placementId, '2027-02-01', '2027-02-15') // 14 days

		// A review through the page first, on 2 September 2026.
		await travelTo('2026-09-02T08:00:00.000Z', world)
		const first = await postRoute(
			reviewRoute,
			reviewPath(placementId),
			world.coach.cookie,
			reviewForm([goal1, goal2]),
			{
				placementId,
			},
		)
		expect(first.status, JSON.stringify(first.data)).toBe(302)
		// Then the second goal comes off the plan.
		await prisma.supportPlanGoal.update({ where: { id: goal2 }, data: { removedAt: new Date('2026-10-01') } })

		// 15 January 2028: 46 days before the last day (1 March 2028), inside the 90-day window.
		await travelTo('2028-01-15T09:00:00.000Z', world)
		const page = await getRoute(reassessmentRoute, reassessmentPath(placementId), world.colleague.cookie, {
			placementId,
		})
		expect(page.status).toBe(200)
		const data = page.data as Awaited<ReturnType<typeof reassessmentRoute.loader>>
		expect(data.context.period).toEqual({ from: '2026-03-02', to: '2028-01-15' })
		expect(data.context.endsOn).toBe('2028-03-01')
		expect(data.reassessment).toBe('due')
		// Every check-in of the plan: (2 + 3 + 4 + 4) / 4 = 3.25 → 3.3; 7 + 14 = 21 step-back days.
		expect(data.context.history).toMatchObject({
			checkInCount: 4,
			balanceAverage: 3.3,
			stepBackCount: 2,
			stepBackDays: 21,
		})
		expect(data.context.history.goals.map((goal) => [goal.id, goal.removed, goal.progress.length])).toEqual([
			[goal1, false, 1],
			[goal2, true, 1],
		])
		// The form asks only about the goal still on the plan.
		expect(data.context.goals.map((goal) => goal.id)).toEqual([goal1])
		expect(data.reviews).toHaveLength(1)
		expect(data.reviews[0]).toMatchObject({ kind: 'REVIEW', heldOn: '2026-09-02', decision: 'CONTINUE' })

		const result = await postRoute(
			reassessmentRoute,
			reassessmentPath(placementId),
			world.colleague.cookie,
			{
				...reviewForm([goal1], { decision: 'CONTINUE', checkInCount: '1' }),
				// Progress for the removed goal is not asked for and not stored.
				[`goals.${goal2}.progress`]: 'ACHIEVED',
			},
			{ placementId },
		)
		expect(result.status, JSON.stringify(result.data)).toBe(302)
		expect(result.location).toBe(planPath(placementId))
		const stored = await prisma.supportPlanReview.findFirstOrThrow({
			where: { planId: plan.id, kind: 'REASSESSMENT' },
			include: { goalProgress: true },
		})
		expect(stored).toMatchObject({
			checkInCount: 4,
			balanceAverage: 3.3,
			stepBackCount: 2,
			stepBackDays: 21,
			recordedById: world.colleague.user.id,
		})
		expect([asDay(stored.heldOn), asDay(stored.periodFrom), asDay(stored.periodTo)]).toEqual([
			'2028-01-15',
			'2026-03-02',
			'2028-01-15',
		])
		expect(stored.goalProgress.map((entry) => [entry.goalId, entry.progress])).toEqual([[goal1, 'GOOD']])
		expect((await listPlanReviews(plan.id)).map((entry) => entry.kind)).toEqual(['REVIEW', 'REASSESSMENT'])
	})

	it('says when the maximum duration has passed, and nothing while it is far off', async () => {
		const world = await createPlacementWorld()
		const placementId = world.placement.id
		await createSupportPlan(placementId, { durationMonths: 12 })
		// 1 March 2027 is the last day; on 30 November 2026 that is 91 days away.
		await travelTo('2026-11-30T09:00:00.000Z', world)
		const far = await getRoute(reassessmentRoute, reassessmentPath(placementId), world.coach.cookie, { placementId })
		expect(far.data).toMatchObject({ reassessment: null, context: { endsOn: '2027-03-01' } })
		// 1 December: 90 days away, inside the window.
		await travelTo('2026-12-01T09:00:00.000Z', world)
		const due = await getRoute(reassessmentRoute, reassessmentPath(placementId), world.coach.cookie, { placementId })
		expect(due.data).toMatchObject({ reassessment: 'due' })
		await travelTo('2027-03-02T09:00:00.000Z', world)
		const passed = await getRoute(reassessmentRoute, reassessmentPath(placementId), world.coach.cookie, {
			placementId,
		})
		expect(passed.data).toMatchObject({ reassessment: 'passed' })
	})
})

describe('who may review', () => {
	it('answers 404 to another organisation and unknown ids, refuses employer and coordinator', async () => {
		const world = await createPlacementWorld()
		const placementId = world.placement.id
		const plan = await createSupportPlan(placementId)
		const form = reviewForm(plan.goals.map((goal) => goal.id))
		for (const [route, path] of [
			[reviewRoute, reviewPath],
			[reassessmentRoute, reassessmentPath],
		] as const) {
			for (const who of [world.otherOrgCoach, world.employer, world.coordinator]) {
				expectRefused(await getRoute(route, path(placementId), who.cookie, { placementId }), 404)
				expectRefused(await postRoute(route, path(placementId), who.cookie, form, { placementId }), 404)
			}
			const unknown = { placementId: 'does-not-exist' }
			expectRefused(await getRoute(route, path('does-not-exist'), world.coach.cookie, unknown), 404)
			expectRefused(await postRoute(route, path('does-not-exist'), world.coach.cookie, form, unknown), 404)
			const anonymous = await getRoute(route, path(placementId), null, { placementId })
			expectLoginRedirect(anonymous, path(placementId))
			// A colleague of the same organisation gets in.
			expect((await getRoute(route, path(placementId), world.colleague.cookie, { placementId })).status).toBe(200)
		}
		expect(await prisma.supportPlanReview.count({ where: { planId: plan.id } })).toBe(0)
	})
})
