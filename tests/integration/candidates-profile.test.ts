import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { getStaleAfterDays } from '#app/domain/candidates/candidates.server.ts'
import { findTown } from '#app/domain/geo/towns.server.ts'
import * as editRoute from '#app/routes/jobcoach.kandidaten.$candidateId.bewerken.tsx'
import * as profileRoute from '#app/routes/jobcoach.kandidaten.$candidateId._index.tsx'
import * as newRoute from '#app/routes/jobcoach.kandidaten.nieuw.tsx'
import { setClock } from '#app/utils/clock.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import { createCandidate } from '#tests/candidate-factories.ts'
import {
	callRoute,
	createSignedInUser,
	expectLoginRedirect,
	expectRefused,
	initialValue,
	makeRequest,
	submissionErrors,
	type RouteResult,
} from '#tests/factories.ts'

const DAY = 24 * 60 * 60 * 1000
// 00:30 in Amsterdam on Tuesday 3 March 2026, still 2 March in UTC: the intake day is Amsterdam's.
const start = new Date('2026-03-02T23:30:00.000Z')

type Signed = Awaited<ReturnType<typeof createSignedInUser>>
type Form = Record<string, string | string[]>

let coach: Signed
let colleague: Signed
let otherOrgCoach: Signed
let coordinator: Signed
let employer: Signed
let organizationId = ''

beforeAll(async () => {
	setClock(start)
	coach = await createSignedInUser({ role: 'JOBCOACH', name: 'Fatima El Amrani' })
	organizationId = coach.organization.id
	colleague = await createSignedInUser({ role: 'JOBCOACH', organizationId, name: 'Joost Verbeek' })
	// A coordinator of the same coaching organisation: sees aggregate figures, never a candidate.
	coordinator = await createSignedInUser({ role: 'COORDINATOR', organizationId })
	otherOrgCoach = await createSignedInUser({ role: 'JOBCOACH' })
	employer = await createSignedInUser({ role: 'EMPLOYER' })
})
beforeEach(() => setClock(start))
afterAll(() => setClock(null))

const VULNERABILITY = 'Angst in drukke ruimtes; heeft een rustige start nodig'
const SUPPORT = 'Een vaste buddy op de werkvloer'

/** A complete intake; arrays become repeated fields, as checkboxes send them. */
function intakeForm(overrides: Form = {}) {
	const fields: Form = {
		happyWhen: 'Buiten zijn, planten verzorgen en iets af hebben aan het eind van de dag',
		interests: 'Tuinieren, fietsen',
		talents: 'Nauwkeurig en geduldig',
		learningGoals: 'Werken met een vast ritme',
		placeTypes: ['WORK_EXPERIENCE', 'VOLUNTEER'],
		sectors: ['A', 'Q'],
		hoursMin: '8',
		hoursMax: '16',
		days: ['MON', 'WED'],
		homeTown: 'hengelo (bronckhorst)',
		travelRadiusKm: '15',
		transport: ['BICYCLE', 'PUBLIC_TRANSPORT'],
		workEnvironment: ['QUIET', 'OUTDOORS'],
		languages: ['NL', 'AR'],
		experience: 'Vrijwilliger bij de moestuin van de buurt',
		training: 'Mbo 1 entree',
		firstName: 'Noor',
		lastName: 'Bakkali',
		email: 'Noor.Bakkali@Example.test',
		phone: '06 12345678',
		birthYear: '1998',
		vulnerability: VULNERABILITY,
		benefits: 'PARTICIPATIEWET',
		targetGroupRegister: 'YES',
		indication: 'GARANTIEBAAN',
		supportNeeds: SUPPORT,
		primaryCoachId: coach.user.id,
		routeSupporterId: colleague.user.id,
		...overrides,
	}
	const form = new URLSearchParams()
	for (const [key, value] of Object.entries(fields)) {
		for (const item of Array.isArray(value) ? value : [value]) form.append(key, item)
	}
	return form
}

const profilePath = (candidateId: string) => `/jobcoach/kandidaten/${candidateId}`

function postIntake(actor: Signed, form: URLSearchParams) {
	return callRoute(newRoute, { request: makeRequest('/jobcoach/kandidaten/nieuw', { form, cookie: actor.cookie }) })
}

async function intake(overrides: Form = {}) {
	const result = await postIntake(coach, intakeForm(overrides))
	expect(result.status, JSON.stringify(result.data)).toBe(302)
	const candidateId = result.location?.split('/').pop() ?? ''
	expect(result.location).toBe(profilePath(candidateId))
	return candidateId
}

function loadProfile(actor: Signed, candidateId: string, query = '') {
	return callRoute(profileRoute, {
		request: makeRequest(`${profilePath(candidateId)}${query}`, { cookie: actor.cookie }),
		params: { candidateId },
	})
}

function confirm(actor: Signed, candidateId: string, intent = 'confirm') {
	return callRoute(profileRoute, {
		request: makeRequest(profilePath(candidateId), { form: { intent }, cookie: actor.cookie }),
		params: { candidateId },
	})
}

function loadEdit(actor: Signed, candidateId: string) {
	return callRoute(editRoute, {
		request: makeRequest(`${profilePath(candidateId)}/bewerken`, { cookie: actor.cookie }),
		params: { candidateId },
	})
}

function postEdit(actor: Signed, candidateId: string, form: URLSearchParams) {
	return callRoute(editRoute, {
		request: makeRequest(`${profilePath(candidateId)}/bewerken`, { form, cookie: actor.cookie }),
		params: { candidateId },
	})
}

const candidateAudits = (candidateId: string) =>
	prisma.auditEvent.findMany({
		where: { entityType: 'Candidate', entityId: candidateId },
		orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
	})

const accessLog = (candidateId: string, userId: string) =>
	prisma.candidateAccessLog.findMany({ where: { candidateId, userId }, select: { section: true } })

async function counts() {
	return {
		candidates: await prisma.candidate.count(),
		sensitive: await prisma.candidateSensitive.count(),
		events: await prisma.candidateEvent.count(),
		audits: await prisma.auditEvent.count(),
	}
}

/** The values the failed form is shown again with. */

describe('the intake', () => {
	it('offers the organisation’s coaches with the signed-in coach as primary coach', async () => {
		const result = await callRoute(newRoute, {
			request: makeRequest('/jobcoach/kandidaten/nieuw', { cookie: colleague.cookie }),
		})
		expect(result.status).toBe(200)
		const data = result.data as Awaited<ReturnType<typeof newRoute.loader>>
		expect(data.defaults.primaryCoachId).toBe(colleague.user.id)
		expect(data.context.coaches.map((c) => c.id).sort()).toEqual([coach.user.id, colleague.user.id].sort())
		expect(data.context.currentYear).toBe(2026)
		expect(data.context.townLabels).toContain('Hengelo (Bronckhorst)')
	})

	it('creates the candidate, the sensitive context, an INTAKE event and an audit entry without names', async () => {
		const result = await postIntake(coach, intakeForm())
		expect(result.status).toBe(302)
		expect(result.headers.get('set-cookie')).toContain('wv_toast')
		const candidateId = result.location!.split('/').pop()!
		const hengelo = findTown('Hengelo (Bronckhorst)')!

		const candidate = await prisma.candidate.findUniqueOrThrow({ where: { id: candidateId } })
		expect(candidate).toMatchObject({
			organizationId,
			stage: 'ORIENTING',
			active: true,
			confirmedAt: start,
			createdById: coach.user.id,
			happyWhen: 'Buiten zijn, planten verzorgen en iets af hebben aan het eind van de dag',
			interests: 'Tuinieren, fietsen',
			talents: 'Nauwkeurig en geduldig',
			learningGoals: 'Werken met een vast ritme',
			placeTypes: '["WORK_EXPERIENCE","VOLUNTEER"]',
			sectors: '["A","Q"]',
			hoursMin: 8,
			hoursMax: 16,
			days: '["MON","WED"]',
			homeTown: 'Hengelo (Bronckhorst)',
			homeMunicipality: 'Bronckhorst',
			latitude: hengelo.latitude,
			longitude: hengelo.longitude,
			travelRadiusKm: 15,
			transport: '["BICYCLE","PUBLIC_TRANSPORT"]',
			workEnvironment: '["QUIET","OUTDOORS"]',
			languages: '["NL","AR"]',
			experience: 'Vrijwilliger bij de moestuin van de buurt',
			training: 'Mbo 1 entree',
			firstName: 'Noor',
			lastName: 'Bakkali',
			email: 'noor.bakkali@example.test',
			phone: '06 12345678',
			birthYear: 1998,
			primaryCoachId: coach.user.id,
			routeSupporterId: colleague.user.id,
		})
		expect(candidate.code).toMatch(/^K-[2-9A-HJ-NP-Z]{4}$/)

		expect(await prisma.candidateSensitive.findUnique({ where: { candidateId } })).toMatchObject({
			vulnerability: VULNERABILITY,
			benefits: 'PARTICIPATIEWET',
			targetGroupRegister: 'YES',
			indication: 'GARANTIEBAAN',
			supportNeeds: SUPPORT,
		})

		const events = await prisma.candidateEvent.findMany({ where: { candidateId } })
		expect(events).toEqual([
			expect.objectContaining({
				kind: 'INTAKE',
				toStage: 'ORIENTING',
				// Already 3 March in Amsterdam.
				occurredOn: new Date('2026-03-03T00:00:00.000Z'),
				recordedById: coach.user.id,
			}),
		])

		const audits = await candidateAudits(candidateId)
		expect(audits).toEqual([expect.objectContaining({ action: 'candidate.created', actorId: coach.user.id })])
		const details = audits[0]!.details ?? ''
		for (const secret of [
			'Noor',
			'Bakkali',
			'noor.bakkali',
			'12345678',
			VULNERABILITY,
			'PARTICIPATIEWET',
			'GARANTIEBAAN',
		])
			expect(details).not.toContain(secret)
	})

	it('needs only a first name and a coach; the rest can follow', async () => {
		const form = new URLSearchParams({ firstName: 'Kees', primaryCoachId: coach.user.id })
		const result = await postIntake(coach, form)
		expect(result.status, JSON.stringify(result.data)).toBe(302)
		const candidateId = result.location!.split('/').pop()!
		expect(await prisma.candidate.findUniqueOrThrow({ where: { id: candidateId } })).toMatchObject({
			firstName: 'Kees',
			lastName: null,
			homeTown: null,
			latitude: null,
			hoursMin: null,
			placeTypes: '[]',
			routeSupporterId: null,
		})
		expect(await prisma.candidateSensitive.findUnique({ where: { candidateId } })).toMatchObject({
			vulnerability: null,
			benefits: null,
		})
	})

	const invalid: Array<[string, () => Form, string, string]> = [
		['a missing first name', () => ({ firstName: '' }), 'firstName', 'errors:validation.required'],
		[
			'more minimum than maximum hours',
			() => ({ hoursMin: '30', hoursMax: '10' }),
			'hoursMax',
			'candidates:errors.hoursOrder',
		],
		['more than 40 hours', () => ({ hoursMax: '41' }), 'hoursMax', 'candidates:errors.hoursRange|{"min":1,"max":40}'],
		['an unknown town', () => ({ homeTown: 'Atlantis' }), 'homeTown', 'candidates:errors.unknownTown'],
		[
			'a travel radius over 150 km',
			() => ({ travelRadiusKm: '151' }),
			'travelRadiusKm',
			'candidates:errors.travelRadius|{"min":0,"max":150}',
		],
		[
			'a birth year of a child',
			() => ({ birthYear: '2015' }),
			'birthYear',
			'candidates:errors.birthYear|{"min":1900,"max":2012}',
		],
		['an invalid email address', () => ({ email: 'noor@' }), 'email', 'errors:validation.email'],
		['letters in the phone number', () => ({ phone: 'bel mij' }), 'phone', 'candidates:errors.phone'],
		['an unknown benefit', () => ({ benefits: 'LOTTERY' }), 'benefits', 'errors:validation.choose'],
		['an unknown place type', () => ({ placeTypes: ['CIRCUS'] }), 'placeTypes[0]', 'errors:validation.choose'],
		[
			'a primary coach of another organisation',
			() => ({ primaryCoachId: otherOrgCoach.user.id }),
			'primaryCoachId',
			'candidates:errors.notACoach',
		],
		[
			'a route supporter of another organisation',
			() => ({ routeSupporterId: otherOrgCoach.user.id }),
			'routeSupporterId',
			'candidates:errors.notACoach',
		],
		[
			'a coordinator as primary coach',
			() => ({ primaryCoachId: coordinator.user.id }),
			'primaryCoachId',
			'candidates:errors.notACoach',
		],
		[
			'the primary coach as route supporter too',
			() => ({ routeSupporterId: coach.user.id }),
			'routeSupporterId',
			'candidates:errors.sameCoach',
		],
		['no primary coach', () => ({ primaryCoachId: '' }), 'primaryCoachId', 'errors:validation.required'],
	]

	it.each(invalid)(
		'refuses %s with a field error, keeps the input and creates nothing',
		async (_, overrides, field, message) => {
			const before = await counts()
			const result = await postIntake(coach, intakeForm(overrides()))
			expect(result.status).toBe(400)
			expect(result.thrown).toBe(false)
			expect(submissionErrors(result)[field]).toEqual([message])
			// Nothing is lost: the form comes back with what was typed.
			expect(initialValue(result)).toMatchObject({ happyWhen: intakeForm().get('happyWhen'), lastName: 'Bakkali' })
			expect(await counts()).toEqual(before)
		},
	)
})

describe('the profile page', () => {
	it('shows identity and profile but not the sensitive context, and logs only the identity view', async () => {
		const candidateId = await intake()
		await prisma.candidateAccessLog.deleteMany({ where: { candidateId } })
		const result = await loadProfile(colleague, candidateId)
		expect(result.status).toBe(200)
		const data = result.data as Awaited<ReturnType<typeof profileRoute.loader>>
		expect(data.sensitive).toBeNull()
		expect(data.profile.identity.firstName).toBe('Noor')
		expect(data.profile.profile.placeTypes).toEqual(['WORK_EXPERIENCE', 'VOLUNTEER'])
		const serialized = JSON.stringify(data)
		for (const secret of [VULNERABILITY, SUPPORT, 'PARTICIPATIEWET', 'GARANTIEBAAN', 'targetGroupRegister'])
			expect(serialized).not.toContain(secret)
		expect(new Headers(profileRoute.headers({} as never)).get('cache-control')).toBe('private, no-store')
		expect(await accessLog(candidateId, colleague.user.id)).toEqual([{ section: 'IDENTITY' }])
	})

	it('loads the sensitive context only when asked, and logs that view as SENSITIVE', async () => {
		const candidateId = await intake()
		const ignored = await loadProfile(colleague, candidateId, '?gevoelig=ja')
		expect((ignored.data as { sensitive: unknown }).sensitive).toBeNull()
		expect((await accessLog(candidateId, colleague.user.id)).map((e) => e.section)).not.toContain('SENSITIVE')

		const result = await loadProfile(colleague, candidateId, '?gevoelig=1')
		expect(result.status).toBe(200)
		const data = result.data as Awaited<ReturnType<typeof profileRoute.loader>>
		expect(data.sensitive).toEqual({
			vulnerability: VULNERABILITY,
			benefits: 'PARTICIPATIEWET',
			targetGroupRegister: 'YES',
			indication: 'GARANTIEBAAN',
			supportNeeds: SUPPORT,
		})
		const sections = (await accessLog(candidateId, colleague.user.id)).map((entry) => entry.section).sort()
		expect(sections).toEqual(['IDENTITY', 'SENSITIVE'])
	})

	it('shows freshness and the missing fields; a stale profile is confirmed again with one button', async () => {
		const staleAfter = getStaleAfterDays()
		const old = new Date(start.getTime() - (staleAfter + 5) * DAY)
		const candidate = await createCandidate({ organizationId, primaryCoachId: coach.user.id, confirmedAt: old })
		const before = (await loadProfile(coach, candidate.id)).data as Awaited<ReturnType<typeof profileRoute.loader>>
		expect(before.profile.freshness).toMatchObject({ stale: true, daysSinceConfirmed: staleAfter + 5 })
		// The factory leaves learning goals and experience empty.
		expect(before.profile.completeness.missing).toEqual(['learningGoals', 'experience'])

		const result = await confirm(coach, candidate.id)
		expect(result.status).toBe(302)
		expect(result.location).toBe(profilePath(candidate.id))
		expect(result.headers.get('set-cookie')).toContain('wv_toast')
		expect((await prisma.candidate.findUniqueOrThrow({ where: { id: candidate.id } })).confirmedAt).toEqual(start)
		expect(await candidateAudits(candidate.id)).toEqual([
			expect.objectContaining({ action: 'candidate.confirmed', actorId: coach.user.id }),
		])
		const after = (await loadProfile(coach, candidate.id)).data as Awaited<ReturnType<typeof profileRoute.loader>>
		expect(after.profile.freshness).toMatchObject({ stale: false, daysSinceConfirmed: 0 })
	})

	it('refuses an unknown intent and confirms nothing', async () => {
		const old = new Date(start.getTime() - 10 * DAY)
		const candidate = await createCandidate({ organizationId, confirmedAt: old })
		const result = await confirm(coach, candidate.id, 'erase')
		expect(result.status).toBe(400)
		expect((await prisma.candidate.findUniqueOrThrow({ where: { id: candidate.id } })).confirmedAt).toEqual(old)
	})
})

describe('editing a candidate', () => {
	it('fills the form with the stored values, sensitive context included, and logs that as SENSITIVE', async () => {
		const candidateId = await intake()
		await prisma.candidateAccessLog.deleteMany({ where: { candidateId } })
		const result = await loadEdit(colleague, candidateId)
		expect(result.status).toBe(200)
		const { defaults } = result.data as Awaited<ReturnType<typeof editRoute.loader>>
		expect(defaults).toMatchObject({
			firstName: 'Noor',
			email: 'noor.bakkali@example.test',
			hoursMin: '8',
			birthYear: '1998',
			homeTown: 'Hengelo (Bronckhorst)',
			placeTypes: ['WORK_EXPERIENCE', 'VOLUNTEER'],
			vulnerability: VULNERABILITY,
			benefits: 'PARTICIPATIEWET',
			primaryCoachId: coach.user.id,
			routeSupporterId: colleague.user.id,
		})
		const sections = (await accessLog(candidateId, colleague.user.id)).map((entry) => entry.section).sort()
		expect(sections).toEqual(['IDENTITY', 'SENSITIVE'])
	})

	it('saves the changes and audits the names of the changed fields, not their contents', async () => {
		const candidateId = await intake()
		const result = await postEdit(
			colleague,
			candidateId,
			intakeForm({
				happyWhen: 'Koken voor anderen',
				homeTown: 'Ulft',
				vulnerability: 'Iets anders',
				primaryCoachId: colleague.user.id,
				routeSupporterId: '',
			}),
		)
		expect(result.status, JSON.stringify(result.data)).toBe(302)
		expect(result.location).toBe(profilePath(candidateId))
		const ulft = findTown('Ulft')!
		expect(await prisma.candidate.findUniqueOrThrow({ where: { id: candidateId } })).toMatchObject({
			happyWhen: 'Koken voor anderen',
			homeTown: 'Ulft',
			homeMunicipality: ulft.municipality,
			latitude: ulft.latitude,
			primaryCoachId: colleague.user.id,
			routeSupporterId: null,
			firstName: 'Noor',
		})
		expect((await prisma.candidateSensitive.findUniqueOrThrow({ where: { candidateId } })).vulnerability).toBe(
			'Iets anders',
		)
		const updated = (await candidateAudits(candidateId)).filter((row) => row.action === 'candidate.updated')
		expect(updated).toHaveLength(1)
		expect(updated[0]!.actorId).toBe(colleague.user.id)
		expect(JSON.parse(updated[0]!.details!)).toEqual({
			fields: ['happyWhen', 'homeTown', 'primaryCoachId', 'routeSupporterId', 'sensitive'],
		})
		expect(updated[0]!.details).not.toContain('Iets anders')
		expect(updated[0]!.details).not.toContain('Koken')

		// Saving the same values again changes and audits nothing.
		const again = await postEdit(
			colleague,
			candidateId,
			intakeForm({
				happyWhen: 'Koken voor anderen',
				homeTown: 'Ulft',
				vulnerability: 'Iets anders',
				primaryCoachId: colleague.user.id,
				routeSupporterId: '',
			}),
		)
		expect(again.status).toBe(302)
		expect((await candidateAudits(candidateId)).filter((row) => row.action === 'candidate.updated')).toHaveLength(1)
	})

	it('refuses invalid changes with field errors and keeps the stored candidate', async () => {
		const candidateId = await intake()
		const before = await prisma.candidate.findUniqueOrThrow({ where: { id: candidateId } })
		const result = await postEdit(
			coach,
			candidateId,
			intakeForm({ happyWhen: 'Iets nieuws', homeTown: 'Atlantis', primaryCoachId: otherOrgCoach.user.id }),
		)
		expect(result.status).toBe(400)
		expect(submissionErrors(result)).toMatchObject({
			homeTown: ['candidates:errors.unknownTown'],
			primaryCoachId: ['candidates:errors.notACoach'],
		})
		expect(initialValue(result)).toMatchObject({ happyWhen: 'Iets nieuws', homeTown: 'Atlantis' })
		expect(await prisma.candidate.findUniqueOrThrow({ where: { id: candidateId } })).toEqual(before)
	})
})

describe('who may reach these pages', () => {
	type Actor = 'otherOrgCoach' | 'coordinator' | 'employer'
	const actors = (): Record<Actor, Signed> => ({ otherOrgCoach, coordinator, employer })

	const candidateRoutes: Array<[string, (actor: Signed, candidateId: string) => Promise<RouteResult>]> = [
		['the profile page', (actor, id) => loadProfile(actor, id)],
		['the profile page with the sensitive context', (actor, id) => loadProfile(actor, id, '?gevoelig=1')],
		['the confirm button', (actor, id) => confirm(actor, id)],
		['the edit form', (actor, id) => loadEdit(actor, id)],
		['saving the edit form', (actor, id) => postEdit(actor, id, intakeForm({ firstName: 'Gehackt' }))],
	]

	for (const actor of ['otherOrgCoach', 'coordinator', 'employer'] as const) {
		it.each(candidateRoutes)(`${actor} gets 404 on %s and learns nothing`, async (_, call) => {
			const candidate = await createCandidate({ organizationId, primaryCoachId: coach.user.id })
			const result = await call(actors()[actor], candidate.id)
			expectRefused(result, 404)
			expect(String(result.data)).not.toContain('Sanne')
			const stored = await prisma.candidate.findUniqueOrThrow({ where: { id: candidate.id } })
			expect(stored.firstName).toBe('Sanne')
			expect(stored.confirmedAt).toEqual(candidate.confirmedAt)
			expect(await prisma.candidateAccessLog.count({ where: { candidateId: candidate.id } })).toBe(0)
		})
	}

	it('answers the same 404 for an unknown and an erased candidate', async () => {
		const erased = await createCandidate({ organizationId, primaryCoachId: coach.user.id })
		await prisma.candidate.update({ where: { id: erased.id }, data: { erasedAt: start } })
		expectRefused(await loadProfile(coach, erased.id), 404)
		expectRefused(await loadEdit(coach, erased.id), 404)
		expectRefused(await loadProfile(coach, 'does-not-exist'), 404)
	})

	it.each(['coordinator', 'employer'] as const)('%s gets 403 on the intake, and nothing is created', async (actor) => {
		const signed = actors()[actor]
		const page = await callRoute(newRoute, {
			request: makeRequest('/jobcoach/kandidaten/nieuw', { cookie: signed.cookie }),
		})
		expectRefused(page, 403)
		const before = await counts()
		expectRefused(await postIntake(signed, intakeForm()), 403)
		expect(await counts()).toEqual(before)
	})

	it('a jobcoach of another organisation adds candidates to their own organisation only', async () => {
		const result = await postIntake(
			otherOrgCoach,
			intakeForm({ primaryCoachId: otherOrgCoach.user.id, routeSupporterId: '' }),
		)
		expect(result.status).toBe(302)
		const candidateId = result.location!.split('/').pop()!
		const candidate = await prisma.candidate.findUniqueOrThrow({ where: { id: candidateId } })
		expect(candidate.organizationId).toBe(otherOrgCoach.organization.id)
		expectRefused(await loadProfile(coach, candidateId), 404)
	})

	it('sends anonymous visitors to the login page', async () => {
		const candidate = await createCandidate({ organizationId })
		const path = `${profilePath(candidate.id)}?gevoelig=1`
		const result = await callRoute(profileRoute, { request: makeRequest(path), params: { candidateId: candidate.id } })
		expectLoginRedirect(result, path)
		const intakePage = await callRoute(newRoute, { request: makeRequest('/jobcoach/kandidaten/nieuw') })
		expectLoginRedirect(intakePage, '/jobcoach/kandidaten/nieuw')
	})
})
