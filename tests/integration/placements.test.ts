import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { sendCheckInReminders } from '#app/domain/matching/placement-jobs.server.ts'
import * as homeRoute from '#app/routes/jobcoach._index.tsx'
import * as placementRoute from '#app/routes/jobcoach.plaatsingen.$placementId.tsx'
import * as listRoute from '#app/routes/jobcoach.plaatsingen._index.tsx'
import * as newPlacementRoute from '#app/routes/jobcoach.voorstellen.$proposalId_.plaatsing.tsx'
import { setClock } from '#app/utils/clock.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import { createCoachingTeam, type SignedInUser } from '#tests/candidate-factories.ts'
import { callRoute, createSessionCookie, initialValue, makeRequest, submissionErrors } from '#tests/factories.ts'
import { createProposal } from '#tests/placement-factories.ts'

// 09:00 in Amsterdam on Monday 2 March 2026.
const start = new Date('2026-03-02T08:00:00.000Z')
const TODAY = '2026-03-02'
/** 10:00 in Amsterdam on a day: where the clock stands for a later step. */
const at = (day: string) => new Date(`${day}T09:00:00.000Z`)
const day = (value: Date | null | undefined) => value?.toISOString().slice(0, 10) ?? null

type Signed = SignedInUser
type PlacementData = Awaited<ReturnType<typeof placementRoute.loader>>
type ListData = Awaited<ReturnType<typeof listRoute.loader>>
type HomeData = Awaited<ReturnType<typeof homeRoute.loader>>

let coach: Signed
let colleague: Signed
let coordinator: Signed
let otherOrgCoach: Signed
let employer: Signed
let organizationId = ''

beforeAll(async () => {
	setClock(start)
	;({ coach, colleague, coordinator, otherOrgCoach, employer, organizationId } = await createCoachingTeam())
})
beforeEach(() => setClock(start))
afterAll(() => setClock(null))

/** Moves the clock to 10:00 on a later day; sessions last 30 days, so the coaches sign in again. */
async function travelTo(day: string) {
	setClock(at(day))
	coach.cookie = await createSessionCookie(coach.user.id)
	colleague.cookie = await createSessionCookie(colleague.user.id)
}

const validForm = {
	startDate: TODAY,
	hoursPerWeek: '16',
	supervisorName: 'Henk Jansen',
	supervisorContact: '0612345678',
}

function newProposal(options: Partial<Parameters<typeof createProposal>[0]> = {}) {
	return createProposal({
		coachingOrganizationId: organizationId,
		employerOrganizationId: employer.organization.id,
		coachId: coach.user.id,
		...options,
	})
}

const proposalPath = (proposalId: string) => `/jobcoach/voorstellen/${proposalId}/plaatsing`
const placementPath = (placementId: string) => `/jobcoach/plaatsingen/${placementId}`

function postPlacement(proposalId: string, form: Record<string, string> = validForm, who: Signed = coach) {
	return callRoute(newPlacementRoute, {
		request: makeRequest(proposalPath(proposalId), { form, cookie: who.cookie }),
		params: { proposalId },
	})
}

function loadPlacement(placementId: string, who: Signed = coach) {
	return callRoute(placementRoute, {
		request: makeRequest(placementPath(placementId), { cookie: who.cookie }),
		params: { placementId },
	})
}

function post(placementId: string, form: Record<string, string>, who: Signed = coach) {
	return callRoute(placementRoute, {
		request: makeRequest(placementPath(placementId), { form, cookie: who.cookie }),
		params: { placementId },
	})
}

/** A proposal placed with the valid form; returns the ids. */
async function placed(options: Partial<Parameters<typeof createProposal>[0]> = {}, form = validForm) {
	const created = await newProposal(options)
	const result = await postPlacement(created.proposal.id, form)
	expect(result.status, JSON.stringify(result.data)).toBe(302)
	expect(result.location).toMatch(/^\/jobcoach\/plaatsingen\/[^/]+$/)
	const placementId = result.location!.split('/').pop()!
	return { ...created, placementId }
}

describe('starting a placement from a proposal', () => {
	it('creates the placement, its check-ins and durable day, places the proposal and fills the place', async () => {
		const { proposal, candidateId, placeId } = await newProposal({ spots: 1 })
		const form = await callRoute(newPlacementRoute, {
			request: makeRequest(proposalPath(proposal.id), { cookie: coach.cookie }),
			params: { proposalId: proposal.id },
		})
		expect(form.status).toBe(200)
		expect(form.data).toMatchObject({ placeable: true, today: TODAY, place: { id: placeId } })

		const outboxBefore = await prisma.searchOutbox.count()
		const result = await postPlacement(proposal.id)
		expect(result.status, JSON.stringify(result.data)).toBe(302)
		const placement = await prisma.placement.findUniqueOrThrow({
			where: { proposalId: proposal.id },
			include: { checkIns: { orderBy: { dueOn: 'asc' } } },
		})
		expect(result.location).toBe(placementPath(placement.id))
		expect(placement).toMatchObject({
			candidateId,
			placeId,
			coachingOrganizationId: organizationId,
			employerOrganizationId: employer.organization.id,
			hoursPerWeek: 16,
			supervisorName: 'Henk Jansen',
			supervisorContact: '0612345678',
			status: 'ACTIVE',
			createdById: coach.user.id,
		})
		expect(day(placement.startDate)).toBe(TODAY)
		// 2 March + 3 months = 2 June, plus the one day.
		expect(day(placement.durableOn)).toBe('2026-06-03')

		// Weekly, fortnightly, then monthly to a year after the start.
		expect(placement.checkIns.map((checkIn) => day(checkIn.dueOn))).toEqual([
			'2026-03-09',
			'2026-03-16',
			'2026-03-23',
			'2026-03-30',
			'2026-04-13',
			'2026-04-27',
			'2026-05-11',
			'2026-05-25',
			'2026-07-02',
			'2026-08-02',
			'2026-09-02',
			'2026-10-02',
			'2026-11-02',
			'2026-12-02',
			'2027-01-02',
			'2027-02-02',
			'2027-03-02',
		])
		expect(placement.checkIns.every((checkIn) => checkIn.doneOn === null)).toBe(true)

		const updatedProposal = await prisma.proposal.findUniqueOrThrow({
			where: { id: proposal.id },
			include: { events: { orderBy: { createdAt: 'asc' } } },
		})
		expect(updatedProposal.status).toBe('PLACED')
		expect(updatedProposal.events.map((event) => [event.kind, event.actorId])).toEqual([
			['PROPOSED', coach.user.id],
			['PLACED', coach.user.id],
		])

		const place = await prisma.place.findUniqueOrThrow({ where: { id: placeId } })
		expect(place).toMatchObject({ spots: 0, status: 'FILLED' })

		const marks = await prisma.searchOutbox.findMany({ orderBy: { id: 'asc' }, skip: outboxBefore })
		expect(marks.map((mark) => [mark.indexName, mark.documentId])).toEqual(
			expect.arrayContaining([
				['places', placeId],
				['candidates', candidateId],
			]),
		)

		const audit = await prisma.auditEvent.findFirstOrThrow({
			where: { action: 'placement.created', entityId: placement.id },
		})
		expect(JSON.parse(audit.details!)).toMatchObject({ proposalId: proposal.id, spotsLeft: 0 })
		expect(audit.details).not.toContain('Henk')

		// Placing twice: the form goes to the placement, a second submit is refused and changes nothing.
		const again = await callRoute(newPlacementRoute, {
			request: makeRequest(proposalPath(proposal.id), { cookie: coach.cookie }),
			params: { proposalId: proposal.id },
		})
		expect(again.status).toBe(302)
		expect(again.location).toBe(placementPath(placement.id))
		const resubmit = await postPlacement(proposal.id)
		expect(resubmit.status).toBe(400)
		expect(submissionErrors(resubmit)['']).toEqual(['placements:errors.alreadyPlaced'])
		expect(await prisma.placement.count({ where: { proposalId: proposal.id } })).toBe(1)
		expect((await prisma.place.findUniqueOrThrow({ where: { id: placeId } })).spots).toBe(0)
	})

	it('takes one spot of several and keeps the place open; an accepted proposal may be placed too', async () => {
		const { placeId } = await placed({ spots: 3, status: 'ACCEPTED' })
		expect(await prisma.place.findUniqueOrThrow({ where: { id: placeId } })).toMatchObject({
			spots: 2,
			status: 'PUBLISHED',
		})
	})

	it('refuses a proposal the employer has not accepted', async () => {
		const { proposal, placeId } = await newProposal({ status: 'PROPOSED' })
		const form = await callRoute(newPlacementRoute, {
			request: makeRequest(proposalPath(proposal.id), { cookie: coach.cookie }),
			params: { proposalId: proposal.id },
		})
		expect(form.data).toMatchObject({ placeable: false })
		const result = await postPlacement(proposal.id)
		expect(result.status).toBe(400)
		expect(submissionErrors(result)['']).toEqual(['placements:errors.notPlaceable'])
		expect(await prisma.placement.count({ where: { proposalId: proposal.id } })).toBe(0)
		expect((await prisma.proposal.findUniqueOrThrow({ where: { id: proposal.id } })).status).toBe('PROPOSED')
		expect((await prisma.place.findUniqueOrThrow({ where: { id: placeId } })).spots).toBe(1)
	})

	it('answers 400 with the messages and keeps the values', async () => {
		const { proposal } = await newProposal()
		const result = await postPlacement(proposal.id, {
			startDate: '2026-02-30',
			hoursPerWeek: '60',
			supervisorName: ' ',
			supervisorContact: 'henk@example.test',
		})
		expect(result.status).toBe(400)
		const errors = submissionErrors(result)
		expect(errors.startDate).toEqual(['placements:errors.dateInvalid'])
		expect(errors.hoursPerWeek).toEqual(['placements:errors.hours'])
		expect(errors.supervisorName).toEqual(['errors:validation.required'])
		expect(initialValue(result)).toMatchObject({ supervisorContact: 'henk@example.test', hoursPerWeek: '60' })
		expect(await prisma.placement.count({ where: { proposalId: proposal.id } })).toBe(0)
	})
})

describe('the placement page', () => {
	it('shows the countdown and offers to move the candidate to working', async () => {
		const { placementId, candidateId } = await placed()
		await travelTo('2026-05-24')
		const page = await loadPlacement(placementId)
		expect(page.status).toBe(200)
		const data = page.data as PlacementData
		expect(data.placement.countdown).toEqual({
			reached: false,
			durableOn: '2026-06-03',
			daysToGo: 10,
			paused: false,
		})
		expect(data.placement.candidate.stage).toBe('JOB_SEEKING')
		expect(data.placement.openCheckIns.filter((checkIn) => checkIn.overdue)).toHaveLength(7)

		const refused = await post(placementId, { intent: 'stage-working', occurredOn: '2026-05-25' })
		expect(refused.status).toBe(400)
		expect(submissionErrors(refused).occurredOn).toEqual(['placements:errors.dateInFuture'])

		const result = await post(placementId, { intent: 'stage-working', occurredOn: TODAY })
		expect(result.status, JSON.stringify(result.data)).toBe(302)
		const candidate = await prisma.candidate.findUniqueOrThrow({ where: { id: candidateId } })
		expect(candidate.stage).toBe('WORKING')
		const event = await prisma.candidateEvent.findFirstOrThrow({ where: { candidateId, kind: 'STAGE' } })
		expect(event).toMatchObject({ fromStage: 'JOB_SEEKING', toStage: 'WORKING', recordedById: coach.user.id })
		expect(day(event.occurredOn)).toBe(TODAY)

		await travelTo('2026-06-03')
		const durable = (await loadPlacement(placementId)).data as PlacementData
		expect(durable.placement.countdown).toEqual({ reached: true, since: '2026-06-03' })
		expect(durable.placement.candidate.stage).toBe('WORKING')
	})

	it('records a planned check-in with both sides and the balance, and an extra one', async () => {
		const { placementId } = await placed()
		await travelTo('2026-03-10')
		const first = await prisma.placementCheckIn.findFirstOrThrow({ where: { placementId }, orderBy: { dueOn: 'asc' } })

		const noBalance = await post(placementId, {
			intent: 'record-check-in',
			checkInId: first.id,
			doneOn: '2026-03-10',
			candidateNote: 'Gaat goed, wel moe',
		})
		expect(noBalance.status).toBe(400)
		expect(submissionErrors(noBalance).balance).toEqual(['placements:errors.balance'])
		expect(initialValue(noBalance)).toMatchObject({ candidateNote: 'Gaat goed, wel moe' })

		const result = await post(placementId, {
			intent: 'record-check-in',
			checkInId: first.id,
			doneOn: '2026-03-10',
			candidateNote: 'Gaat goed, wel moe',
			employerNote: 'Werkt nauwkeurig',
			balance: '4',
		})
		expect(result.status, JSON.stringify(result.data)).toBe(302)
		const recorded = await prisma.placementCheckIn.findUniqueOrThrow({ where: { id: first.id } })
		expect(recorded).toMatchObject({
			candidateNote: 'Gaat goed, wel moe',
			employerNote: 'Werkt nauwkeurig',
			balance: 4,
			recordedById: coach.user.id,
		})
		expect(day(recorded.doneOn)).toBe('2026-03-10')

		// The same check-in again is refused; an extra one without an id is added as done.
		const twice = await post(placementId, {
			intent: 'record-check-in',
			checkInId: first.id,
			doneOn: '2026-03-10',
			balance: '3',
		})
		expect(twice.status).toBe(400)
		expect(submissionErrors(twice)['']).toEqual(['placements:errors.checkInDone'])
		const extra = await post(
			placementId,
			{ intent: 'record-check-in', checkInId: '', doneOn: '2026-03-10', balance: '2' },
			colleague,
		)
		expect(extra.status).toBe(302)

		const data = (await loadPlacement(placementId)).data as PlacementData
		expect(data.placement.doneCheckIns.map((checkIn) => [checkIn.balance, checkIn.recordedByName])).toEqual(
			expect.arrayContaining([
				[4, 'Fatima El Amrani'],
				[2, 'Joost Verbeek'],
			]),
		)
		expect(data.placement.openCheckIns).toHaveLength(16)
		const audits = await prisma.auditEvent.findMany({
			where: { entityId: placementId, action: 'placement.check-in-recorded' },
		})
		expect(audits).toHaveLength(2)
		for (const entry of audits) expect(entry.details).not.toMatch(/moe|nauwkeurig|balance/i)
	})

	it('reschedules and adds check-ins', async () => {
		const { placementId } = await placed()
		const second = (
			await prisma.placementCheckIn.findMany({ where: { placementId }, orderBy: { dueOn: 'asc' }, take: 2 })
		)[1]!
		await prisma.placementCheckIn.update({ where: { id: second.id }, data: { reminderSentAt: start } })
		const moved = await post(placementId, { intent: 'reschedule-check-in', checkInId: second.id, dueOn: '2026-03-18' })
		expect(moved.status, JSON.stringify(moved.data)).toBe(302)
		const after = await prisma.placementCheckIn.findUniqueOrThrow({ where: { id: second.id } })
		expect(day(after.dueOn)).toBe('2026-03-18')
		expect(after.reminderSentAt).toBeNull()

		const tooEarly = await post(placementId, { intent: 'add-check-in', dueOn: '2026-02-01' })
		expect(tooEarly.status).toBe(400)
		expect(submissionErrors(tooEarly).dueOn).toEqual(['placements:errors.beforeStart'])
		const added = await post(placementId, { intent: 'add-check-in', dueOn: '2026-03-04' })
		expect(added.status).toBe(302)
		expect(await prisma.placementCheckIn.count({ where: { placementId } })).toBe(18)
	})

	it('pauses on a step back, and resuming moves the durable day by the paused days', async () => {
		const { placementId } = await placed()
		await travelTo('2026-04-01')
		const noReason = await post(placementId, { intent: 'step-back', startedOn: '2026-04-01', reason: '' })
		expect(noReason.status).toBe(400)
		expect(submissionErrors(noReason).reason).toEqual(['errors:validation.required'])

		const stepBack = await post(placementId, {
			intent: 'step-back',
			startedOn: '2026-04-01',
			reason: 'Te veel tegelijk; even rust',
		})
		expect(stepBack.status, JSON.stringify(stepBack.data)).toBe(302)
		let placement = await prisma.placement.findUniqueOrThrow({ where: { id: placementId } })
		expect(placement.status).toBe('PAUSED')
		const twice = await post(placementId, { intent: 'step-back', startedOn: '2026-04-01', reason: 'Nog eens' })
		expect(twice.status).toBe(400)
		expect(submissionErrors(twice)['']).toEqual(['placements:errors.notActive'])

		// While paused the durable day moves on with every day.
		await travelTo('2026-04-08')
		const paused = (await loadPlacement(placementId)).data as PlacementData
		expect(paused.placement.countdown).toMatchObject({ reached: false, durableOn: '2026-06-10', paused: true })
		expect(paused.placement.stepBacks).toEqual([
			expect.objectContaining({ startedOn: '2026-04-01', endedOn: null, reason: 'Te veel tegelijk; even rust' }),
		])

		await travelTo('2026-04-11')
		const early = await post(placementId, { intent: 'resume', resumedOn: '2026-03-31' })
		expect(early.status).toBe(400)
		expect(submissionErrors(early).resumedOn).toEqual(['placements:errors.beforeStepBack'])
		const resumed = await post(placementId, { intent: 'resume', resumedOn: '2026-04-11' })
		expect(resumed.status, JSON.stringify(resumed.data)).toBe(302)
		placement = await prisma.placement.findUniqueOrThrow({ where: { id: placementId } })
		expect(placement.status).toBe('ACTIVE')
		// 10 days paused: 3 June becomes 13 June.
		expect(day(placement.durableOn)).toBe('2026-06-13')
		const period = await prisma.placementStepBack.findFirstOrThrow({ where: { placementId } })
		expect(day(period.endedOn)).toBe('2026-04-11')
		const data = (await loadPlacement(placementId)).data as PlacementData
		expect(data.placement.countdown).toMatchObject({ durableOn: '2026-06-13', paused: false })

		const audit = await prisma.auditEvent.findFirstOrThrow({
			where: { entityId: placementId, action: 'placement.resumed' },
		})
		expect(JSON.parse(audit.details!)).toEqual({
			startedOn: '2026-04-01',
			resumedOn: '2026-04-11',
			durableOn: '2026-06-13',
		})
		const steppedBack = await prisma.auditEvent.findFirstOrThrow({
			where: { entityId: placementId, action: 'placement.stepped-back' },
		})
		expect(steppedBack.details).not.toContain('rust')
	})

	it('ends only with a reason, keeping what was typed', async () => {
		const { placementId } = await placed()
		await travelTo('2026-04-20')
		const noReason = await post(placementId, {
			intent: 'end',
			endedOn: '2026-04-17',
			endNote: 'Past toch niet bij de werkzaamheden',
		})
		expect(noReason.status).toBe(400)
		expect(submissionErrors(noReason).endReason).toEqual(['placements:errors.endReasonRequired'])
		expect(initialValue(noReason)).toMatchObject({
			intent: 'end',
			endedOn: '2026-04-17',
			endNote: 'Past toch niet bij de werkzaamheden',
		})
		expect((await prisma.placement.findUniqueOrThrow({ where: { id: placementId } })).status).toBe('ACTIVE')

		const notDurable = await post(placementId, { intent: 'end', endedOn: '2026-04-17', endReason: 'DURABLE_DONE' })
		expect(notDurable.status).toBe(400)
		expect(submissionErrors(notDurable)['']).toEqual(['placements:errors.notYetDurable'])

		const ended = await post(placementId, {
			intent: 'end',
			endedOn: '2026-04-17',
			endReason: 'EMPLOYER_CHOICE',
			endNote: 'Past toch niet bij de werkzaamheden',
		})
		expect(ended.status, JSON.stringify(ended.data)).toBe(302)
		const placement = await prisma.placement.findUniqueOrThrow({ where: { id: placementId } })
		expect(placement).toMatchObject({
			status: 'ENDED',
			endReason: 'EMPLOYER_CHOICE',
			endNote: 'Past toch niet bij de werkzaamheden',
		})
		expect(day(placement.endedOn)).toBe('2026-04-17')
		const again = await post(placementId, { intent: 'add-check-in', dueOn: '2026-05-01' })
		expect(again.status).toBe(400)
		expect(submissionErrors(again)['']).toEqual(['placements:errors.ended'])

		const list = (
			await callRoute(listRoute, { request: makeRequest('/jobcoach/plaatsingen', { cookie: coach.cookie }) })
		).data as ListData
		const item = list.ended.find((entry) => entry.id === placementId)
		expect(item).toMatchObject({ endReason: 'EMPLOYER_CHOICE', nextCheckIn: null, countdown: { reached: false } })
	})
})

describe('the placements list and the coach’s due check-ins', () => {
	it('lists the organisation’s placements by status with the next check-in', async () => {
		const { placementId } = await placed()
		await travelTo('2026-03-10')
		const result = await callRoute(listRoute, {
			request: makeRequest('/jobcoach/plaatsingen', { cookie: colleague.cookie }),
		})
		expect(result.status).toBe(200)
		const data = result.data as ListData
		const item = data.active.find((entry) => entry.id === placementId)
		expect(item).toMatchObject({
			status: 'ACTIVE',
			startDate: TODAY,
			nextCheckIn: { dueOn: '2026-03-09', overdue: true },
			countdown: { reached: false, durableOn: '2026-06-03' },
		})
		const other = (
			await callRoute(listRoute, { request: makeRequest('/jobcoach/plaatsingen', { cookie: otherOrgCoach.cookie }) })
		).data as ListData
		expect([...other.active, ...other.paused, ...other.ended]).toEqual([])
	})

	it('puts due and overdue check-ins on the coach’s to-do, with a link to the placement', async () => {
		const { placementId } = await placed()
		await travelTo('2026-03-16')
		const home = (await callRoute(homeRoute, { request: makeRequest('/jobcoach', { cookie: coach.cookie }) }))
			.data as HomeData
		const mine = home.checkIns.filter((checkIn) => checkIn.placementId === placementId)
		expect(mine.map((checkIn) => [checkIn.dueOn, checkIn.overdue])).toEqual([
			['2026-03-09', true],
			['2026-03-16', false],
		])
	})
})

describe('check-in reminders', () => {
	it('emails the primary coach once per due check-in, and never for an ended placement', async () => {
		const { placementId, candidateId } = await placed()
		const ended = await placed()
		await prisma.placement.update({
			where: { id: ended.placementId },
			data: { status: 'ENDED', endedOn: new Date('2026-03-05T00:00:00.000Z'), endReason: 'OTHER' },
		})
		const ids = await prisma.placementCheckIn.findMany({
			where: { placementId: { in: [placementId, ended.placementId] } },
			select: { id: true },
		})
		// Only this test's check-ins: other tests plan check-ins for the same coach.
		const sent = async () =>
			(
				await prisma.emailMessage.findMany({
					where: { to: coach.user.email, idempotencyKey: { startsWith: 'check-in-due:' } },
					orderBy: { createdAt: 'asc' },
				})
			).filter((message) => ids.some((checkIn) => message.idempotencyKey.includes(checkIn.id)))

		await travelTo('2026-03-08')
		await sendCheckInReminders()
		expect(await sent()).toEqual([])

		await travelTo('2026-03-09')
		await sendCheckInReminders()
		await sendCheckInReminders()
		const messages = await sent()
		const first = await prisma.placementCheckIn.findFirstOrThrow({ where: { placementId }, orderBy: { dueOn: 'asc' } })
		expect(messages.map((message) => message.idempotencyKey)).toEqual([`check-in-due:${first.id}:2026-03-09`])
		expect(first.reminderSentAt).not.toBeNull()
		const candidate = await prisma.candidate.findUniqueOrThrow({ where: { id: candidateId } })
		expect(messages[0]!.text).toContain(candidate.code)
		expect(messages[0]!.text).toContain(`/jobcoach/plaatsingen/${placementId}`)
		expect(messages[0]!.text).not.toContain(candidate.firstName!)
		expect(messages[0]!.subject).toContain(candidate.code)

		// A recorded check-in is not reminded again; a moved one is reminded on its new day.
		await prisma.placementCheckIn.update({
			where: { id: first.id },
			data: { doneOn: new Date('2026-03-09T00:00:00.000Z') },
		})
		const second = await prisma.placementCheckIn.findFirstOrThrow({
			where: { placementId, doneOn: null },
			orderBy: { dueOn: 'asc' },
		})
		const moved = await post(placementId, { intent: 'reschedule-check-in', checkInId: second.id, dueOn: '2026-03-09' })
		expect(moved.status).toBe(302)
		await sendCheckInReminders()
		await sendCheckInReminders()
		expect((await sent()).map((message) => message.idempotencyKey)).toEqual([
			`check-in-due:${first.id}:2026-03-09`,
			`check-in-due:${second.id}:2026-03-09`,
		])
	})
})

describe('who may reach a placement', () => {
	let placementId = ''
	let proposalId = ''
	beforeAll(async () => {
		setClock(start)
		;({ placementId } = await placed())
		;({
			proposal: { id: proposalId },
		} = await newProposal())
	})

	it('answers 404 to a jobcoach of another organisation, for the page and every action', async () => {
		const page = await loadPlacement(placementId, otherOrgCoach)
		expect(page).toMatchObject({ status: 404, thrown: true })
		const action = await post(placementId, { intent: 'add-check-in', dueOn: '2026-03-20' }, otherOrgCoach)
		expect(action).toMatchObject({ status: 404, thrown: true })
		const form = await callRoute(newPlacementRoute, {
			request: makeRequest(proposalPath(proposalId), { cookie: otherOrgCoach.cookie }),
			params: { proposalId },
		})
		expect(form).toMatchObject({ status: 404, thrown: true })
		const create = await postPlacement(proposalId, validForm, otherOrgCoach)
		expect(create).toMatchObject({ status: 404, thrown: true })
		expect(await prisma.placementCheckIn.count({ where: { placementId } })).toBe(17)
		expect(await prisma.placement.count({ where: { proposalId } })).toBe(0)
		// An id that does not exist looks the same.
		expect(await loadPlacement('does-not-exist', coach)).toMatchObject({ status: 404, thrown: true })
	})

	it('keeps the employer of the place and the coordinator out', async () => {
		expect(await loadPlacement(placementId, employer)).toMatchObject({ status: 404, thrown: true })
		expect(await post(placementId, { intent: 'add-check-in', dueOn: '2026-03-20' }, employer)).toMatchObject({
			status: 404,
			thrown: true,
		})
		expect(await loadPlacement(placementId, coordinator)).toMatchObject({ status: 404, thrown: true })
		expect(await postPlacement(proposalId, validForm, employer)).toMatchObject({ status: 404, thrown: true })
		for (const who of [employer, coordinator]) {
			const list = await callRoute(listRoute, { request: makeRequest('/jobcoach/plaatsingen', { cookie: who.cookie }) })
			expect(list).toMatchObject({ status: 403, thrown: true })
		}
	})

	it('sends an anonymous visitor to the login page', async () => {
		const result = await callRoute(placementRoute, {
			request: makeRequest(placementPath(placementId)),
			params: { placementId },
		})
		expect(result.status).toBe(302)
		expect(result.location).toMatch(/^\/login/)
	})
})
