import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { agreementStatusLine, planStatusLine } from '#app/components/placement-plan-links.tsx'
import * as placementRoute from '#app/routes/jobcoach.plaatsingen.$placementId.tsx'
import { calendarDay } from '#app/utils/amsterdam-time.ts'
import { setClock } from '#app/utils/clock.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import { formatDate } from '#app/utils/format.ts'
import { getFixedT } from '#app/utils/i18n.ts'
import { expectRefused, getRoute, loaderData, postRoute, submissionErrors } from '#tests/factories.ts'
import { createPlacementWorld, createSupportPlan, type PlacementWorld } from '#tests/plan-factories.ts'

// 10:00 in Amsterdam on Monday 15 June 2026.
const moment = new Date('2026-06-15T08:00:00.000Z')
const later = new Date('2026-06-17T12:30:00.000Z')

type PageData = Awaited<ReturnType<typeof placementRoute.loader>>

beforeEach(() => setClock(moment))
afterAll(() => setClock(null))

const pathOf = (world: PlacementWorld) => `/jobcoach/plaatsingen/${world.placement.id}`
const params = (world: PlacementWorld) => ({ placementId: world.placement.id })

function page(world: PlacementWorld, cookie = world.coach.cookie) {
	return loaderData<PageData>(placementRoute, pathOf(world), cookie, params(world))
}

/** Saves the form as a page drawn with `shown` ticked would send it, with `done` ticked now. */
function saveChecklist(
	world: PlacementWorld,
	done: string[],
	cookie: string | null = world.coach.cookie,
	shown: string[] = [],
) {
	return postRoute(
		placementRoute,
		pathOf(world),
		cookie,
		[
			['intent', 'checklist'],
			...shown.map((key): [string, string] => ['shown', key]),
			...done.map((key): [string, string] => ['done', key]),
		],
		params(world),
	)
}

function ticked(world: PlacementWorld) {
	return prisma.placementChecklistItem.findMany({
		where: { placementId: world.placement.id },
		orderBy: { itemKey: 'asc' },
		select: { itemKey: true, doneAt: true, doneById: true },
	})
}

describe('the checklist on the placement page', () => {
	it('shows the steps of the placement’s place type, with who is responsible', async () => {
		const workExperience = await createPlacementWorld({ placeType: 'WORK_EXPERIENCE' })
		const paid = await createPlacementWorld({ placeType: 'PAID_JOB' })
		const garantiebaan = await createPlacementWorld({ placeType: 'GARANTIEBAAN' })
		const { checklist } = await page(workExperience)
		expect(checklist.items.map((item) => item.key)).toEqual([
			'placementAgreementAccepted',
			'benefitsAgencyInformed',
			'maxDurationAgreed',
			'liabilityInsurance',
			'supervisorAssigned',
			'workplaceInstruction',
		])
		expect(checklist).toMatchObject({ doneCount: 0, total: 6 })
		expect(checklist.items[1]).toEqual({
			key: 'benefitsAgencyInformed',
			responsible: 'JOBCOACH',
			done: null,
			agreement: null,
		})
		const paidKeys = (await page(paid)).checklist.items.map((item) => item.key)
		expect(paidKeys).toEqual(expect.arrayContaining(['wageCostSubsidy', 'noRiskPolicy', 'jobcoachProvision']))
		expect(paidKeys).not.toContain('targetGroupRegister')
		expect((await page(garantiebaan)).checklist.items.map((item) => item.key)).toContain('targetGroupRegister')
	})

	it('ticks and unticks through the action, recording who ticked each step and when', async () => {
		const world = await createPlacementWorld()
		const first = await saveChecklist(world, ['maxDurationAgreed', 'liabilityInsurance'])
		expect(first.status, JSON.stringify(first.data)).toBe(302)
		expect(first.location).toBe(pathOf(world))
		expect(await ticked(world)).toEqual([
			{ itemKey: 'liabilityInsurance', doneAt: moment, doneById: world.coach.user.id },
			{ itemKey: 'maxDurationAgreed', doneAt: moment, doneById: world.coach.user.id },
		])

		// Two days later a colleague unticks one, keeps the other and ticks a new one.
		setClock(later)
		const second = await saveChecklist(world, ['maxDurationAgreed', 'benefitsAgencyInformed'], world.colleague.cookie, [
			'liabilityInsurance',
			'maxDurationAgreed',
		])
		expect(second.status, JSON.stringify(second.data)).toBe(302)
		expect(await ticked(world)).toEqual([
			{ itemKey: 'benefitsAgencyInformed', doneAt: later, doneById: world.colleague.user.id },
			{ itemKey: 'maxDurationAgreed', doneAt: moment, doneById: world.coach.user.id },
		])

		const { checklist } = await page(world)
		expect(checklist).toMatchObject({ doneCount: 2, total: 6 })
		expect(checklist.items.find((item) => item.key === 'maxDurationAgreed')?.done).toEqual({
			doneAt: moment.toISOString(),
			doneByName: 'Fatima El Amrani',
		})
		expect(checklist.items.find((item) => item.key === 'benefitsAgencyInformed')?.done?.doneByName).toBe(
			'Joost Verbeek',
		)
		expect(checklist.items.find((item) => item.key === 'liabilityInsurance')?.done).toBeNull()

		// Everything shown unticked: every row of the type goes.
		const shown = ['benefitsAgencyInformed', 'maxDurationAgreed']
		expect((await saveChecklist(world, [], world.coach.cookie, shown)).status).toBe(302)
		expect(await ticked(world)).toEqual([])
	})

	it('never unticks a step a colleague ticked after the page was loaded', async () => {
		const world = await createPlacementWorld()
		// Both coaches open the page with nothing ticked; each ticks one step and saves the stale page.
		expect((await saveChecklist(world, ['maxDurationAgreed'])).status).toBe(302)
		setClock(later)
		expect((await saveChecklist(world, ['liabilityInsurance'], world.colleague.cookie)).status).toBe(302)
		expect(await ticked(world)).toEqual([
			{ itemKey: 'liabilityInsurance', doneAt: later, doneById: world.colleague.user.id },
			{ itemKey: 'maxDurationAgreed', doneAt: moment, doneById: world.coach.user.id },
		])

		// The first coach's page, still showing only their own tick, unticks it: the colleague's stays.
		expect((await saveChecklist(world, [], world.coach.cookie, ['maxDurationAgreed'])).status).toBe(302)
		expect((await ticked(world)).map((row) => row.itemKey)).toEqual(['liabilityInsurance'])

		// A form without `shown` (nothing known to have been seen) only ever ticks.
		expect((await saveChecklist(world, ['workplaceInstruction'])).status).toBe(302)
		expect((await ticked(world)).map((row) => row.itemKey)).toEqual(['liabilityInsurance', 'workplaceInstruction'])
	})

	it('refuses the agreement step by hand, in `done` or `shown`, and changes nothing', async () => {
		const world = await createPlacementWorld()
		await saveChecklist(world, ['maxDurationAgreed'])
		const ticking = await saveChecklist(world, ['maxDurationAgreed', 'placementAgreementAccepted'])
		expect(ticking.status).toBe(400)
		expect(submissionErrors(ticking).done).toEqual(['checklists:errors.derivedItem'])
		const unticking = await saveChecklist(world, [], world.coach.cookie, ['placementAgreementAccepted'])
		expect(unticking.status).toBe(400)
		expect(submissionErrors(unticking).shown).toEqual(['checklists:errors.derivedItem'])
		expect((await ticked(world)).map((row) => row.itemKey)).toEqual(['maxDurationAgreed'])
	})

	it('refuses an unknown key or a step of another place type, and changes nothing', async () => {
		const world = await createPlacementWorld()
		await saveChecklist(world, ['maxDurationAgreed'])
		for (const key of ['madeUpStep', 'noRiskPolicy']) {
			const result = await saveChecklist(world, ['liabilityInsurance', key])
			expect(result.status).toBe(400)
			expect(submissionErrors(result).done).toEqual(['checklists:errors.unknownItem'])
		}
		expect((await ticked(world)).map((row) => row.itemKey)).toEqual(['maxDurationAgreed'])
	})

	it('keeps the checklist of an ended placement read-only', async () => {
		const world = await createPlacementWorld()
		await saveChecklist(world, ['maxDurationAgreed'])
		await prisma.placement.update({
			where: { id: world.placement.id },
			data: { status: 'ENDED', endedOn: calendarDay('2026-06-12'), endReason: 'CONTRACT_ENDED' },
		})
		const result = await saveChecklist(world, ['liabilityInsurance'], world.coach.cookie, ['maxDurationAgreed'])
		expect(result.status).toBe(400)
		expect(submissionErrors(result)['']).toEqual(['checklists:errors.ended'])
		expect((await ticked(world)).map((row) => row.itemKey)).toEqual(['maxDurationAgreed'])
		// The page still shows what was done.
		expect((await page(world)).checklist.doneCount).toBe(1)
	})

	it('answers 404 to another organisation’s coach and refuses the employer and the coordinator', async () => {
		const world = await createPlacementWorld()
		for (const who of [world.otherOrgCoach, world.employer, world.coordinator]) {
			expectRefused(await saveChecklist(world, ['maxDurationAgreed'], who.cookie), 404)
			expectRefused(await getRoute(placementRoute, pathOf(world), who.cookie, params(world)), 404)
		}
		expectRefused(
			await postRoute(
				placementRoute,
				'/jobcoach/plaatsingen/unknown',
				world.coach.cookie,
				{ intent: 'checklist' },
				{
					placementId: 'unknown',
				},
			),
			404,
		)
		expect(await ticked(world)).toEqual([])
		const anonymous = await saveChecklist(world, ['maxDurationAgreed'], null)
		expect(anonymous.status).toBe(302)
		expect(anonymous.location).toMatch(/^\/login/)
		expect(await ticked(world)).toEqual([])
	})
})

const t = getFixedT('nl', 'checklists')
const date = (value: string) => formatDate(value, 'nl')

function agreement(placementId: string, version: number, status: string, lockedAt: Date | null = null) {
	return prisma.placementAgreement.create({
		data: {
			placementId,
			version,
			status,
			lockedAt,
			periodFrom: calendarDay('2026-03-02'),
			periodTo: calendarDay('2026-09-01'),
			hoursPerWeek: 24,
			tasks: 'Groenonderhoud',
			supervision: 'Marieke Jansen',
			compensation: 'Met behoud van uitkering',
			insurance: 'Collectieve verzekering van de gemeente',
			stepBackClause: 'Een stap terug mag altijd.',
			candidateName: 'Sanne de Vries',
			employerSignatoryName: 'Els Werkgever',
			coachName: 'Fatima El Amrani',
		},
	})
}

function accept(agreementId: string, party: string, acceptedAt: Date | null) {
	return prisma.agreementAcceptance.create({
		data: { agreementId, party, acceptedAt, acceptedName: acceptedAt ? party : null },
	})
}

async function summaryLines(world: PlacementWorld) {
	const { planSummary } = await page(world)
	return {
		...planSummary,
		planLine: planStatusLine(t, planSummary.plan, date),
		agreementLine: agreementStatusLine(t, planSummary.agreement, date),
	}
}

describe('the plan and agreements section', () => {
	it('says there is no plan and no agreement yet', async () => {
		const world = await createPlacementWorld()
		const lines = await summaryLines(world)
		expect(lines.plan).toEqual({ state: 'none' })
		expect(lines.agreement).toEqual({ state: 'none' })
		expect(lines.planLine).toBe('Nog geen plan van aanpak.')
		expect(lines.agreementLine).toBe('Nog niet opgesteld.')
	})

	it('names the next review date, skipping the ones already past', async () => {
		const world = await createPlacementWorld()
		await createSupportPlan(world.placement.id, { reviewDates: ['2026-05-01', '2026-09-01', '2027-03-01'] })
		const lines = await summaryLines(world)
		expect(lines.plan).toEqual({ state: 'review-planned', nextReviewOn: '2026-09-01' })
		expect(lines.planLine).toBe('Volgende evaluatie op 1 september 2026.')
	})

	it('warns that the re-assessment is due within 90 days of the end, until one is held', async () => {
		const world = await createPlacementWorld({ startDate: '2024-09-02' })
		// 2 September 2024 + 24 months = 2 September 2026, so the last day is 1 September: 78 days after 15 June.
		const plan = await createSupportPlan(world.placement.id, { startsOn: '2024-09-02', reviewDates: ['2026-08-01'] })
		const due = await summaryLines(world)
		expect(due.plan).toEqual({ state: 'reassessment-due', endsOn: '2026-09-01', ended: false })
		expect(due.planLine).toBe('Herbeoordeling nodig: de maximale duur loopt af op 1 september 2026.')

		// 91 days before the end it was not due yet: the next review shows.
		setClock(new Date('2026-06-02T08:00:00.000Z'))
		expect((await summaryLines(world)).plan).toEqual({ state: 'review-planned', nextReviewOn: '2026-08-01' })
		setClock(moment)

		await prisma.supportPlanReview.create({
			data: {
				planId: plan.id,
				kind: 'REASSESSMENT',
				heldOn: calendarDay('2026-06-10'),
				periodFrom: calendarDay('2025-09-02'),
				periodTo: calendarDay('2026-06-10'),
				checkInCount: 4,
				stepBackCount: 0,
				stepBackDays: 0,
				balance: 4,
				decision: 'CONTINUE',
				motivation: 'Gaat goed.',
			},
		})
		expect((await summaryLines(world)).plan).toEqual({
			state: 'reassessed',
			heldOn: '2026-06-10',
			endsOn: '2026-09-01',
		})
	})

	it('says the agreement does not apply to a paid job or a Garantiebaan', async () => {
		for (const placeType of ['PAID_JOB', 'GARANTIEBAAN']) {
			const world = await createPlacementWorld({ placeType })
			// Even a stray row does not make it apply.
			await agreement(world.placement.id, 1, 'PENDING')
			const lines = await summaryLines(world)
			expect(lines.agreement).toEqual({ state: 'not-applicable' })
			expect(lines.agreementLine).toBe('Niet van toepassing: bij betaald werk geldt de arbeidsovereenkomst.')
		}
	})

	it('counts the acceptances a version is still waiting for', async () => {
		const world = await createPlacementWorld()
		const version1 = await agreement(world.placement.id, 1, 'PENDING')
		await accept(version1.id, 'CANDIDATE', new Date('2026-06-12T09:00:00.000Z'))
		await accept(version1.id, 'EMPLOYER', null)
		const lines = await summaryLines(world)
		expect(lines.agreement).toEqual({
			state: 'pending',
			version: 1,
			waitingFor: ['EMPLOYER', 'COACHING'],
			inForce: null,
		})
		expect(lines.agreementLine).toBe('Versie 1 wacht op 2 van de 3 akkoorden (werkgever, jobcoach).')
	})

	it('shows the accepted version with its day, and the one in force while a new one waits', async () => {
		const world = await createPlacementWorld()
		// Accepted just after midnight on 4 March in Amsterdam, still 3 March in UTC.
		const lockedAt = new Date('2026-03-03T23:30:00.000Z')
		const version1 = await agreement(world.placement.id, 1, 'ACCEPTED', lockedAt)
		for (const party of ['CANDIDATE', 'EMPLOYER', 'COACHING']) await accept(version1.id, party, lockedAt)
		const accepted = await summaryLines(world)
		expect(accepted.agreement).toEqual({ state: 'accepted', version: 1, acceptedOn: '2026-03-04' })
		expect(accepted.agreementLine).toBe('Versie 1 geaccepteerd op 4 maart 2026.')

		const version2 = await agreement(world.placement.id, 2, 'PENDING')
		await accept(version2.id, 'CANDIDATE', new Date('2026-06-12T09:00:00.000Z'))
		await accept(version2.id, 'COACHING', new Date('2026-06-12T09:00:00.000Z'))
		const waiting = await summaryLines(world)
		expect(waiting.agreement).toEqual({
			state: 'pending',
			version: 2,
			waitingFor: ['EMPLOYER'],
			inForce: { version: 1, acceptedOn: '2026-03-04' },
		})
		expect(waiting.agreementLine).toBe(
			'Versie 2 wacht op 1 van de 3 akkoorden (werkgever). Tot dan geldt versie 1, geaccepteerd op 4 maart 2026.',
		)
	})
})

describe('the agreement step of the checklist', () => {
	async function agreementStep(world: PlacementWorld) {
		const { checklist } = await page(world)
		const step = checklist.items.find((item) => item.key === 'placementAgreementAccepted')
		if (!step?.agreement) throw new Error('no agreement step')
		return { step, line: agreementStatusLine(t, step.agreement, date), doneCount: checklist.doneCount }
	}

	it('follows the latest agreement version, never a tick', async () => {
		const world = await createPlacementWorld()
		// A row from before the step was derived does not make it done.
		await prisma.placementChecklistItem.create({
			data: { placementId: world.placement.id, itemKey: 'placementAgreementAccepted', doneAt: moment },
		})
		expect((await agreementStep(world)).step).toMatchObject({ done: null, agreement: { state: 'none' } })

		const version1 = await agreement(world.placement.id, 1, 'PENDING')
		await accept(version1.id, 'CANDIDATE', new Date('2026-03-03T10:00:00.000Z'))
		const pending = await agreementStep(world)
		expect(pending.step.done).toBeNull()
		expect(pending.doneCount).toBe(0)
		expect(pending.line).toBe('Versie 1 wacht op 2 van de 3 akkoorden (werkgever, jobcoach).')

		const lockedAt = new Date('2026-03-03T23:30:00.000Z')
		await prisma.placementAgreement.update({ where: { id: version1.id }, data: { status: 'ACCEPTED', lockedAt } })
		for (const party of ['EMPLOYER', 'COACHING']) await accept(version1.id, party, lockedAt)
		const accepted = await agreementStep(world)
		expect(accepted.step.done).toEqual({ doneAt: '2026-03-04', doneByName: null })
		expect(accepted.doneCount).toBe(1)
		expect(accepted.line).toBe('Versie 1 geaccepteerd op 4 maart 2026.')

		// A new version waits: the step is open again and says which version holds meanwhile.
		await agreement(world.placement.id, 2, 'PENDING')
		const renewed = await agreementStep(world)
		expect(renewed.step.done).toBeNull()
		expect(renewed.doneCount).toBe(0)
		expect(renewed.line).toBe(
			'Versie 2 wacht op 3 van de 3 akkoorden (kandidaat, werkgever, jobcoach). Tot dan geldt versie 1, geaccepteerd op 4 maart 2026.',
		)
	})
})
