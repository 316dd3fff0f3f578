// The proposal flow through its routes, as the coach and the employer use it: propose → the employer
// is mailed the pseudonymised profile → accepts with times → the coach records the candidate's consent
// → the employer sees the name (and loses it when the consent is withdrawn) → the intro is planned with
// a calendar invitation → the proposal closes. Plus who may see what: another organisation on either
// side finds nothing (404), and the employer never receives anything of the candidate beyond the code
// and the profile until the candidate consents.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import * as newProposalRoute from '#app/routes/jobcoach.kandidaten.$candidateId.voorstellen.nieuw.tsx'
import * as coachProposalRoute from '#app/routes/jobcoach.voorstellen.$proposalId.tsx'
import * as coachListRoute from '#app/routes/jobcoach.voorstellen._index.tsx'
import * as employerProposalRoute from '#app/routes/werkgever.voorstellen.$proposalId.tsx'
import * as employerListRoute from '#app/routes/werkgever.voorstellen._index.tsx'
import { setClock } from '#app/utils/clock.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import { findLatestEmailTo } from '#app/utils/email.server.ts'
import type { Role } from '#app/utils/permissions.ts'
import { createCandidate } from '#tests/candidate-factories.ts'
import {
	callRoute,
	checkMatrixCase,
	createSignedInUser,
	makeRequest,
	roleMatrix,
	submissionErrors,
	type MatrixCase,
	type RouteResult,
} from '#tests/factories.ts'
import { createProposalWorld, createPublishedPlace, type Signed } from '#tests/proposal-factories.ts'

// 09:00 in Amsterdam on Monday 2 March 2026 (winter time, UTC+1).
const start = new Date('2026-03-02T08:00:00.000Z')
const TODAY = '2026-03-02'

let world: Awaited<ReturnType<typeof createProposalWorld>>

beforeAll(async () => {
	setClock(start)
	world = await createProposalWorld()
})
beforeEach(() => setClock(start))
afterAll(() => setClock(null))

const MOTIVATION = 'Werkt graag buiten, is nauwkeurig en zoekt een rustige plek om ervaring op te doen in het groen.'
/** Everything of the candidate an employer may not see before consent (see createCandidate). */
const IDENTITY_AND_SENSITIVE = [
	'Sanne',
	'de Vries',
	'sanne@example.test',
	'0612345678',
	'1994',
	'Angstklachten',
	'GARANTIEBAAN',
]

function propose(who: Signed, candidateId: string, form: Record<string, string>) {
	return callRoute(newProposalRoute, {
		request: makeRequest(`/jobcoach/kandidaten/${candidateId}/voorstellen/nieuw`, { form, cookie: who.cookie }),
		params: { candidateId },
	})
}

async function createProposal(placeId = world.place.id, candidateId = world.candidate.id) {
	const result = await propose(world.coach, candidateId, { placeId, motivation: MOTIVATION })
	expect(result.status, JSON.stringify(result.data)).toBe(302)
	const proposalId = result.location?.split('/').pop() ?? ''
	expect(result.location).toBe(`/jobcoach/voorstellen/${proposalId}`)
	return proposalId
}

function coachPage(who: Signed, proposalId: string, form?: Record<string, string>) {
	return callRoute(coachProposalRoute, {
		request: makeRequest(`/jobcoach/voorstellen/${proposalId}`, { form, cookie: who.cookie }),
		params: { proposalId },
	})
}

function employerPage(who: Signed, proposalId: string, form?: Record<string, string>) {
	return callRoute(employerProposalRoute, {
		request: makeRequest(`/werkgever/voorstellen/${proposalId}`, { form, cookie: who.cookie }),
		params: { proposalId },
	})
}

type EmployerData = Awaited<ReturnType<typeof employerProposalRoute.loader>>
type CoachData = Awaited<ReturnType<typeof coachProposalRoute.loader>>

async function employerView(proposalId: string, who: Signed = world.employer) {
	const result = await employerPage(who, proposalId)
	expect(result.status).toBe(200)
	return (result.data as EmployerData).proposal
}

async function coachView(proposalId: string, who: Signed = world.coach) {
	const result = await coachPage(who, proposalId)
	expect(result.status).toBe(200)
	return (result.data as CoachData).proposal
}

function expectNotFound(result: RouteResult) {
	expect(result.status).toBe(404)
	expect(result.thrown).toBe(true)
}

function expectNoIdentity(value: unknown) {
	const text = JSON.stringify(value)
	for (const secret of IDENTITY_AND_SENSITIVE) expect(text).not.toContain(secret)
}

const stored = (proposalId: string) => prisma.proposal.findUniqueOrThrow({ where: { id: proposalId } })

const accept = {
	intent: 'accept',
	introOption1: '2026-03-10T10:00',
	introOption2: '2026-03-11T14:30',
	introNote: 'Meld je bij de receptie.',
}
const share = { intent: 'share-identity', basis: 'WRITTEN', givenOn: TODAY }

describe('the whole flow', () => {
	it('goes from proposal to intro to not placed, showing the name only while the candidate consents', async () => {
		// The propose page preselects the place from ?plek=.
		const page = await callRoute(newProposalRoute, {
			request: makeRequest(`/jobcoach/kandidaten/${world.candidate.id}/voorstellen/nieuw?plek=${world.place.id}`, {
				cookie: world.coach.cookie,
			}),
			params: { candidateId: world.candidate.id },
		})
		expect(page.status).toBe(200)
		expect((page.data as Awaited<ReturnType<typeof newProposalRoute.loader>>).place).toMatchObject({
			id: world.place.id,
			title: 'Medewerker groenonderhoud',
		})

		// The candidate is not in the employer-search pool: the coach proposes deliberately anyway.
		const proposalId = await createProposal()
		expect(await stored(proposalId)).toMatchObject({
			status: 'PROPOSED',
			candidateId: world.candidate.id,
			employerOrganizationId: world.employer.organization.id,
			coachingOrganizationId: world.coachingOrganizationId,
			proposedById: world.coach.user.id,
		})

		// Both employer members get the pseudonymised profile, the motivation and the coach's contact.
		const code = world.candidate.code
		for (const member of [world.employer, world.employerColleague]) {
			const email = await findLatestEmailTo(member.user.email)
			expect(email?.subject).toContain('Medewerker groenonderhoud')
			expect(email?.text).toContain(code)
			expect(email?.text).toContain('Werkt graag buiten')
			expect(email?.text).toContain('Fatima El Amrani')
			expect(email?.text).toContain(world.coach.user.email)
			expect(email?.text).toContain('Tuinieren, koken')
			expect(email?.text).toContain(`/werkgever/voorstellen/${proposalId}`)
			expectNoIdentity({ subject: email?.subject, text: email?.text, html: email?.html })
		}

		// The employer sees it as new, without a name.
		const inbox = await callRoute(employerListRoute, {
			request: makeRequest('/werkgever/voorstellen', { cookie: world.employer.cookie }),
		})
		const items = (inbox.data as Awaited<ReturnType<typeof employerListRoute.loader>>).proposals
		expect(items.find((item) => item.id === proposalId)).toMatchObject({
			isNew: true,
			status: 'PROPOSED',
			candidateCode: code,
		})
		expectNoIdentity(inbox.data)
		let view = await employerView(proposalId)
		expect(view.identity).toBeNull()
		expect(view.profile.code).toBe(code)
		expect(view.motivation).toBe(MOTIVATION)
		expect(view.coach).toEqual({ name: 'Fatima El Amrani', email: world.coach.user.email })
		expect(view.actions).toEqual(['accept', 'decline'])
		expectNoIdentity(view)

		// Nothing to share before the employer answers.
		const early = await coachPage(world.coach, proposalId, share)
		expect(early.status).toBe(400)
		expect(submissionErrors(early)['']).toEqual(['proposals:errors.notAllowed'])

		// Accepting needs a time; a bad answer keeps what was typed.
		const noTimes = await employerPage(world.employer, proposalId, { intent: 'accept', introNote: 'Graag!' })
		expect(noTimes.status).toBe(400)
		expect(submissionErrors(noTimes).introOption1).toEqual(['proposals:errors.introOptionRequired'])
		const past = await employerPage(world.employer, proposalId, { intent: 'accept', introOption1: '2026-03-01T10:00' })
		expect(submissionErrors(past).introOption1).toEqual(['proposals:errors.timeInPast'])

		const accepted = await employerPage(world.employer, proposalId, accept)
		expect(accepted.status, JSON.stringify(accepted.data)).toBe(302)
		expect(await stored(proposalId)).toMatchObject({
			status: 'ACCEPTED',
			// Amsterdam wall-clock time, stored in UTC.
			introOptions: JSON.stringify(['2026-03-10T09:00:00.000Z', '2026-03-11T13:30:00.000Z']),
			introNote: 'Meld je bij de receptie.',
		})
		const coachMail = await findLatestEmailTo(world.coach.user.email)
		expect(coachMail?.subject).toContain(code)
		expect(coachMail?.text).toContain('wil kennismaken')
		expect(coachMail?.text).toContain('10 maart 2026 om 10:00')

		// An intro needs the shared identity first.
		const tooSoon = await coachPage(world.coach, proposalId, {
			intent: 'plan-intro',
			introChoice: '2026-03-10T09:00:00.000Z',
			location: 'Hoofdstraat 1, Doetinchem',
		})
		expect(tooSoon.status).toBe(400)
		expect(submissionErrors(tooSoon)['']).toEqual(['proposals:errors.identityRequired'])

		// The coach records the candidate's consent: the employer sees the name, and that view is logged.
		const shared = await coachPage(world.coach, proposalId, share)
		expect(shared.status, JSON.stringify(shared.data)).toBe(302)
		const consent = await prisma.candidateConsent.findFirstOrThrow({
			where: { candidateId: world.candidate.id, purpose: 'IDENTITY_SHARE', withdrawnAt: null },
		})
		expect(consent).toMatchObject({
			proposalId,
			employerOrganizationId: world.employer.organization.id,
			basis: 'WRITTEN',
			recordedById: world.coach.user.id,
		})
		view = await employerView(proposalId)
		expect(view.identity).toEqual({
			firstName: 'Sanne',
			lastName: 'de Vries',
			email: 'sanne@example.test',
			phone: '0612345678',
		})
		// Still never the birth year or the sensitive context.
		expect(JSON.stringify(view)).not.toContain('1994')
		expect(JSON.stringify(view)).not.toContain('Angstklachten')
		expect(
			await prisma.candidateAccessLog.count({
				where: { candidateId: world.candidate.id, userId: world.employer.user.id, section: 'IDENTITY_EMPLOYER' },
			}),
		).toBe(1)
		// Another employer of another organisation still finds nothing.
		expectNotFound(await employerPage(world.otherEmployer, proposalId))

		// Withdrawn consent: the name is gone again.
		const withdrawn = await coachPage(world.coach, proposalId, {
			intent: 'withdraw-identity',
			withdrawalNote: 'Wil eerst nadenken',
		})
		expect(withdrawn.status).toBe(302)
		view = await employerView(proposalId)
		expect(view.identity).toBeNull()
		expectNoIdentity(view)
		expect((await coachView(proposalId)).actions).toEqual(['share-identity', 'not-placed', 'withdraw'])

		// Consent again, then plan the intro at one of the offered times.
		expect((await coachPage(world.coach, proposalId, share)).status).toBe(302)
		const noPlace = await coachPage(world.coach, proposalId, {
			intent: 'plan-intro',
			introChoice: 'OTHER',
			location: '',
		})
		expect(noPlace.status).toBe(400)
		expect(submissionErrors(noPlace).location).toEqual(['errors:validation.required'])
		const noTime = await coachPage(world.coach, proposalId, {
			intent: 'plan-intro',
			introChoice: 'OTHER',
			location: 'Kantoor',
		})
		expect(submissionErrors(noTime).introAt).toEqual(['errors:validation.required'])
		const notOffered = await coachPage(world.coach, proposalId, {
			intent: 'plan-intro',
			introChoice: '2026-03-20T09:00:00.000Z',
			location: 'Kantoor',
		})
		expect(submissionErrors(notOffered).introChoice).toEqual(['errors:validation.choose'])
		const planned = await coachPage(world.coach, proposalId, {
			intent: 'plan-intro',
			introChoice: '2026-03-10T09:00:00.000Z',
			location: 'Hoofdstraat 1, Doetinchem',
		})
		expect(planned.status, JSON.stringify(planned.data)).toBe(302)
		expect(await stored(proposalId)).toMatchObject({
			status: 'INTRO_PLANNED',
			introAt: new Date('2026-03-10T09:00:00.000Z'),
			introLocation: 'Hoofdstraat 1, Doetinchem',
		})
		for (const person of [world.employer, world.coach]) {
			const mail = await findLatestEmailTo(person.user.email)
			expect(mail?.subject).toContain('Kennismaking')
			expect(mail?.text).toContain('--- attachment: kennismaking.ics (text/calendar; method=REQUEST) ---')
			const ics = mail?.text.split('--- attachment: kennismaking.ics')[1] ?? ''
			expect(ics).toContain('BEGIN:VCALENDAR\r\n')
			expect(ics).toContain(`UID:proposal-${proposalId}@werkverbinder\r\n`)
			expect(ics).toContain('DTSTART:20260310T090000Z\r\n')
			expect(ics).toContain('DTEND:20260310T100000Z\r\n')
			expect(ics).toContain('LOCATION:Hoofdstraat 1\\, Doetinchem')
			// The calendar file carries the code, not the name.
			expect(ics).toContain(world.candidate.code)
			expect(ics).not.toContain('Sanne')
		}
		const coachProposal = await coachView(proposalId)
		expect(coachProposal.actions).toContain('record-placement')

		// Not placed, with a reason; "other" needs words.
		const noNote = await coachPage(world.coach, proposalId, { intent: 'not-placed', reason: 'OTHER' })
		expect(noNote.status).toBe(400)
		expect(submissionErrors(noNote).note).toEqual(['proposals:errors.noteRequiredForOther'])
		const closed = await coachPage(world.coach, proposalId, {
			intent: 'not-placed',
			reason: 'NO_FIT_AFTER_INTRO',
			note: 'Te druk voor nu',
		})
		expect(closed.status).toBe(302)
		expect(await stored(proposalId)).toMatchObject({
			status: 'NOT_PLACED',
			outcomeReason: 'NO_FIT_AFTER_INTRO',
			outcomeNote: 'Te druk voor nu',
		})
		const final = await coachView(proposalId)
		expect(final.timeline.map((event) => event.kind)).toEqual([
			'PROPOSED',
			'ACCEPTED',
			'IDENTITY_SHARED',
			'IDENTITY_WITHDRAWN',
			'IDENTITY_SHARED',
			'INTRO_PLANNED',
			'NOT_PLACED',
		])
		expect(final.timeline[1]?.actorName).toBe('Els Hovenier')
		// Closed: planning again is refused.
		const again = await coachPage(world.coach, proposalId, {
			intent: 'plan-intro',
			introChoice: '2026-03-10T09:00:00.000Z',
			location: 'Elders',
		})
		expect(again.status).toBe(400)
		expect(
			await prisma.auditEvent.count({ where: { entityId: proposalId, action: { startsWith: 'proposal.' } } }),
		).toBe(4)
	})
})

describe('declining', () => {
	it('shows the coach the structured reason and the employer own words', async () => {
		const place = await createPublishedPlace({
			organizationId: world.employer.organization.id,
			title: 'Magazijnmedewerker',
		})
		const proposalId = await createProposal(place.id)
		const bad = await employerPage(world.employer, proposalId, { intent: 'decline', reason: 'NOPE' })
		expect(bad.status).toBe(400)
		expect(submissionErrors(bad).reason).toEqual(['errors:validation.choose'])

		const declined = await employerPage(world.employer, proposalId, {
			intent: 'decline',
			reason: 'HOURS',
			note: 'We zoeken iemand voor 32 uur.',
		})
		expect(declined.status).toBe(302)
		const view = await coachView(proposalId)
		expect(view).toMatchObject({
			status: 'DECLINED',
			declineReason: 'HOURS',
			declineNote: 'We zoeken iemand voor 32 uur.',
		})
		expect(view.actions).toEqual([])
		const mail = await findLatestEmailTo(world.coach.user.email)
		expect(mail?.text).toContain('De uren of dagen passen niet')
		expect(mail?.text).toContain('We zoeken iemand voor 32 uur.')

		// Answered once: a second answer from another tab is refused.
		const late = await employerPage(world.employerColleague, proposalId, accept)
		expect(late.status).toBe(400)
		expect(submissionErrors(late)['']).toEqual(['proposals:errors.notAllowed'])
		expect((await stored(proposalId)).status).toBe('DECLINED')
	})
})

describe('proposing', () => {
	it('refuses a bad form with 400 and keeps what was typed', async () => {
		const result = await propose(world.coach, world.candidate.id, { placeId: world.place.id, motivation: 'Te kort' })
		expect(result.status).toBe(400)
		expect(submissionErrors(result).motivation).toEqual(['errors:validation.tooShort|{"count":20}'])
		const data = result.data as { result: { initialValue: Record<string, string> } }
		expect(data.result.initialValue).toMatchObject({ placeId: world.place.id, motivation: 'Te kort' })
	})

	it('refuses a second open proposal for the same candidate and place', async () => {
		const place = await createPublishedPlace({ organizationId: world.employer.organization.id, title: 'Receptie' })
		await createProposal(place.id)
		const second = await propose(world.coach, world.candidate.id, { placeId: place.id, motivation: MOTIVATION })
		expect(second.status).toBe(400)
		expect(submissionErrors(second)['']).toEqual(['proposals:errors.duplicate'])
		expect(await prisma.proposal.count({ where: { placeId: place.id } })).toBe(1)
	})

	it('only proposes for a published place and an active candidate', async () => {
		const draft = await createPublishedPlace({ organizationId: world.employer.organization.id, status: 'DRAFT' })
		const onDraft = await propose(world.coach, world.candidate.id, { placeId: draft.id, motivation: MOTIVATION })
		expect(submissionErrors(onDraft)['']).toEqual(['proposals:errors.placeUnavailable'])

		const inactive = await createCandidate({ organizationId: world.coachingOrganizationId, active: false })
		const onInactive = await propose(world.coach, inactive.id, { placeId: world.place.id, motivation: MOTIVATION })
		expect(submissionErrors(onInactive)['']).toEqual(['proposals:errors.candidateUnavailable'])
	})

	it('sends the mail to the place contact person when there is one', async () => {
		const place = await createPublishedPlace({
			organizationId: world.employer.organization.id,
			title: 'Kantine',
			contactEmail: 'contact-kantine@example.test',
		})
		const proposalId = await createProposal(place.id)
		const mail = await findLatestEmailTo('contact-kantine@example.test')
		expect(mail?.text).toContain(`/werkgever/voorstellen/${proposalId}`)
		expect(
			await prisma.emailMessage.count({
				where: { idempotencyKey: { startsWith: `proposal-received:${proposalId}:` } },
			}),
		).toBe(1)
	})

	it("does not let a coach propose another organisation's candidate", async () => {
		const result = await propose(world.otherCoach, world.candidate.id, {
			placeId: world.place.id,
			motivation: MOTIVATION,
		})
		expectNotFound(result)
		const page = await callRoute(newProposalRoute, {
			request: makeRequest(`/jobcoach/kandidaten/${world.candidate.id}/voorstellen/nieuw`, {
				cookie: world.otherCoach.cookie,
			}),
			params: { candidateId: world.candidate.id },
		})
		expectNotFound(page)
	})
})

describe('another organisation', () => {
	it('gets 404 on either side, for reading and for acting', async () => {
		const place = await createPublishedPlace({ organizationId: world.employer.organization.id, title: 'Schoonmaak' })
		const proposalId = await createProposal(place.id)
		expectNotFound(await coachPage(world.otherCoach, proposalId))
		expectNotFound(await coachPage(world.otherCoach, proposalId, { intent: 'withdraw', reason: 'OTHER_PLACE' }))
		expectNotFound(await employerPage(world.otherEmployer, proposalId))
		expectNotFound(await employerPage(world.otherEmployer, proposalId, accept))
		// The wrong side of the right organisations finds nothing either.
		expectNotFound(await coachPage(world.employer, proposalId))
		expectNotFound(await employerPage(world.coach, proposalId))
		expectNotFound(await coachPage(world.coach, 'does-not-exist'))
		expect((await stored(proposalId)).status).toBe('PROPOSED')

		// And their lists do not show it.
		const otherList = await callRoute(coachListRoute, {
			request: makeRequest('/jobcoach/voorstellen', { cookie: world.otherCoach.cookie }),
		})
		expect((otherList.data as Awaited<ReturnType<typeof coachListRoute.loader>>).proposals).toEqual([])
		const otherInbox = await callRoute(employerListRoute, {
			request: makeRequest('/werkgever/voorstellen', { cookie: world.otherEmployer.cookie }),
		})
		expect((otherInbox.data as Awaited<ReturnType<typeof employerListRoute.loader>>).proposals).toEqual([])

		// A colleague coach of the same organisation may follow and act on it.
		expect((await coachView(proposalId, world.colleague)).id).toBe(proposalId)
	})
})

describe('who may open the proposal pages', () => {
	type Actor = { cookie: string }
	const signedIn = {} as Record<Role, Actor>
	let proposalId = ''

	beforeAll(async () => {
		const place = await createPublishedPlace({ organizationId: world.employer.organization.id, title: 'Matrix' })
		proposalId = await createProposal(place.id)
		signedIn.JOBCOACH = world.coach
		signedIn.EMPLOYER = world.employer
		signedIn.ADMIN = await createSignedInUser({ role: 'ADMIN' })
		signedIn.COORDINATOR = await createSignedInUser({
			role: 'COORDINATOR',
			organizationId: world.coachingOrganizationId,
		})
	})

	const cases: Array<MatrixCase<Actor>> = [
		{
			route: 'GET /jobcoach/voorstellen',
			module: coachListRoute,
			target: () => ({ path: '/jobcoach/voorstellen' }),
			expected: { ADMIN: 403, COORDINATOR: 403, JOBCOACH: 200, EMPLOYER: 403 },
		},
		{
			route: 'GET /jobcoach/voorstellen/$proposalId',
			module: coachProposalRoute,
			target: () => ({ path: `/jobcoach/voorstellen/${proposalId}`, params: { proposalId } }),
			expected: { ADMIN: 404, COORDINATOR: 404, JOBCOACH: 200, EMPLOYER: 404 },
		},
		{
			route: 'GET /werkgever/voorstellen',
			module: employerListRoute,
			target: () => ({ path: '/werkgever/voorstellen' }),
			expected: { ADMIN: 403, COORDINATOR: 403, JOBCOACH: 403, EMPLOYER: 200 },
		},
		{
			route: 'GET /werkgever/voorstellen/$proposalId',
			module: employerProposalRoute,
			target: () => ({ path: `/werkgever/voorstellen/${proposalId}`, params: { proposalId } }),
			expected: { ADMIN: 404, COORDINATOR: 404, JOBCOACH: 404, EMPLOYER: 200 },
		},
		{
			route: 'POST /werkgever/voorstellen/$proposalId',
			module: employerProposalRoute,
			method: 'POST',
			target: () => ({ path: `/werkgever/voorstellen/${proposalId}`, params: { proposalId } }),
			form: () => ({ intent: 'decline', reason: 'NOPE' }),
			expected: { ADMIN: 404, COORDINATOR: 404, JOBCOACH: 404, EMPLOYER: 400 },
		},
		{
			route: 'GET /jobcoach/kandidaten/$candidateId/voorstellen/nieuw',
			module: newProposalRoute,
			target: () => ({
				path: `/jobcoach/kandidaten/${world.candidate.id}/voorstellen/nieuw`,
				params: { candidateId: world.candidate.id },
			}),
			expected: { ADMIN: 404, COORDINATOR: 404, JOBCOACH: 200, EMPLOYER: 404 },
		},
	]

	it.each(roleMatrix(cases))('$route as $actor: $outcome', async (testCase) => {
		await checkMatrixCase(testCase, signedIn)
	})
})
