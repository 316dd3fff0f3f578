import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
	employerVisibility,
	employerVisibleCandidateWhere,
	pseudonymisedProfileSelect,
	toPseudonymisedProfile,
} from '#app/domain/candidates/visibility.server.ts'
import * as consentRoute from '#app/routes/jobcoach.kandidaten.$candidateId.toestemming.tsx'
import { setClock } from '#app/utils/clock.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import { createCandidate } from '#tests/candidate-factories.ts'
import { callRoute, createSignedInUser, makeRequest, submissionErrors } from '#tests/factories.ts'

// 09:00 in Amsterdam on Monday 2 March 2026.
const start = new Date('2026-03-02T08:00:00.000Z')
const TODAY = '2026-03-02'
const DAY = 24 * 60 * 60 * 1000

type Signed = Awaited<ReturnType<typeof createSignedInUser>>

let coach: Signed
let employer: Signed
let organizationId = ''

beforeAll(async () => {
	setClock(start)
	coach = await createSignedInUser({ role: 'JOBCOACH', name: 'Fatima El Amrani' })
	organizationId = coach.organization.id
	employer = await createSignedInUser({ role: 'EMPLOYER' })
})
beforeEach(() => setClock(start))
afterAll(() => setClock(null))

const newCandidate = (overrides: Partial<Parameters<typeof createCandidate>[0]> = {}) =>
	createCandidate({ organizationId, primaryCoachId: coach.user.id, ...overrides })

function post(candidateId: string, form: Record<string, string>, who: Signed = coach) {
	return callRoute(consentRoute, {
		request: makeRequest(`/jobcoach/kandidaten/${candidateId}/toestemming`, { form, cookie: who.cookie }),
		params: { candidateId },
	})
}

function load(candidateId: string, who: Signed = coach) {
	return callRoute(consentRoute, {
		request: makeRequest(`/jobcoach/kandidaten/${candidateId}/toestemming`, { cookie: who.cookie }),
		params: { candidateId },
	})
}

const searchConsent = (overrides: Record<string, string> = {}) => ({
	intent: 'record',
	purpose: 'EMPLOYER_SEARCH',
	basis: 'VERBAL',
	givenOn: '2026-02-27',
	note: 'Besproken tijdens de intake',
	...overrides,
})

const identityConsent = (overrides: Record<string, string> = {}) =>
	searchConsent({
		purpose: 'IDENTITY_SHARE',
		basis: 'WRITTEN',
		employerOrganizationId: employer.organization.id,
		...overrides,
	})

async function visibleIds() {
	const rows = await prisma.candidate.findMany({ where: employerVisibleCandidateWhere(start), select: { id: true } })
	return rows.map((row) => row.id)
}

const consentsOf = (candidateId: string) =>
	prisma.candidateConsent.findMany({ where: { candidateId }, orderBy: { recordedAt: 'asc' } })

describe('recording and withdrawing consent', () => {
	it('records and withdraws consent to be found, with who and when, and audits without notes', async () => {
		const candidate = await newCandidate()
		const recorded = await post(candidate.id, searchConsent())
		expect(recorded.status, JSON.stringify(recorded.data)).toBe(302)
		expect(recorded.location).toBe(`/jobcoach/kandidaten/${candidate.id}/toestemming`)

		const [consent] = await consentsOf(candidate.id)
		expect(consent).toMatchObject({
			purpose: 'EMPLOYER_SEARCH',
			basis: 'VERBAL',
			givenOn: new Date('2026-02-27T00:00:00.000Z'),
			note: 'Besproken tijdens de intake',
			recordedById: coach.user.id,
			recordedAt: start,
			employerOrganizationId: null,
			withdrawnAt: null,
		})
		expect(await visibleIds()).toContain(candidate.id)

		const page = await load(candidate.id)
		const loaded = page.data as Awaited<ReturnType<typeof consentRoute.loader>>
		expect(loaded.consents).toHaveLength(1)
		expect(loaded.consents[0]).toMatchObject({ active: true, recordedByName: 'Fatima El Amrani' })
		expect(loaded.visibility).toMatchObject({ visible: true, reasons: [] })

		const later = new Date(start.getTime() + 60 * 60 * 1000)
		setClock(later)
		const withdrawn = await post(candidate.id, {
			intent: 'withdraw',
			consentId: consent!.id,
			withdrawalNote: 'Wil even niet gevonden worden',
		})
		expect(withdrawn.status, JSON.stringify(withdrawn.data)).toBe(302)
		expect(await prisma.candidateConsent.findUnique({ where: { id: consent!.id } })).toMatchObject({
			withdrawnAt: later,
			withdrawnById: coach.user.id,
			withdrawalNote: 'Wil even niet gevonden worden',
		})
		setClock(start)
		expect(await visibleIds()).not.toContain(candidate.id)
		expect(await employerVisibility(candidate.id, start)).toMatchObject({ visible: false, reasons: ['noConsent'] })

		// Withdrawing again is refused; the record stays.
		const again = await post(candidate.id, { intent: 'withdraw', consentId: consent!.id })
		expect(again.status).toBe(400)
		expect(submissionErrors(again)['']).toEqual(['privacy:errors.consentNotFound'])

		const audits = await prisma.auditEvent.findMany({
			where: { entityId: consent!.id },
			orderBy: { createdAt: 'asc' },
		})
		expect(audits.map((event) => event.action)).toEqual(['consent.recorded', 'consent.withdrawn'])
		for (const event of audits) {
			expect(event.details).toContain('EMPLOYER_SEARCH')
			expect(event.details).not.toContain('intake')
			expect(event.details).not.toContain('gevonden')
		}

		// After withdrawal a new consent can be recorded.
		expect((await post(candidate.id, searchConsent())).status).toBe(302)
		expect(await visibleIds()).toContain(candidate.id)
	})

	it('records and withdraws an identity share with a named employer', async () => {
		const candidate = await newCandidate()
		const recorded = await post(candidate.id, identityConsent())
		expect(recorded.status, JSON.stringify(recorded.data)).toBe(302)
		const [consent] = await consentsOf(candidate.id)
		expect(consent).toMatchObject({
			purpose: 'IDENTITY_SHARE',
			basis: 'WRITTEN',
			employerOrganizationId: employer.organization.id,
		})
		// An identity share alone does not make the candidate findable.
		expect(await visibleIds()).not.toContain(candidate.id)

		const page = (await load(candidate.id)).data as Awaited<ReturnType<typeof consentRoute.loader>>
		expect(page.consents[0]?.employer).toEqual({ id: employer.organization.id, name: employer.organization.name })
		expect(page.employers.map((item) => item.id)).toContain(employer.organization.id)

		const duplicate = await post(candidate.id, identityConsent())
		expect(duplicate.status).toBe(400)
		expect(submissionErrors(duplicate)['']).toEqual(['privacy:errors.duplicateIdentity'])

		expect((await post(candidate.id, { intent: 'withdraw', consentId: consent!.id })).status).toBe(302)
		expect((await consentsOf(candidate.id))[0]?.withdrawnAt).toEqual(start)
	})

	it('refuses a duplicate, an identity share without employer, a future or invalid date', async () => {
		const candidate = await newCandidate()
		expect((await post(candidate.id, searchConsent())).status).toBe(302)

		const duplicate = await post(candidate.id, searchConsent())
		expect(duplicate.status).toBe(400)
		expect(submissionErrors(duplicate)['']).toEqual(['privacy:errors.duplicateSearch'])

		const noEmployer = await post(candidate.id, identityConsent({ employerOrganizationId: '' }))
		expect(noEmployer.status).toBe(400)
		expect(submissionErrors(noEmployer).employerOrganizationId).toEqual(['privacy:errors.employerRequired'])

		const coachingOrg = await post(candidate.id, identityConsent({ employerOrganizationId: organizationId }))
		expect(coachingOrg.status).toBe(400)
		expect(submissionErrors(coachingOrg).employerOrganizationId).toEqual(['privacy:errors.employerUnknown'])

		const future = await post(candidate.id, identityConsent({ givenOn: '2026-03-03' }))
		expect(future.status).toBe(400)
		expect(submissionErrors(future).givenOn).toEqual(['privacy:errors.dateInFuture'])

		const invalid = await post(candidate.id, identityConsent({ givenOn: '2026-02-30' }))
		expect(invalid.status).toBe(400)
		expect(submissionErrors(invalid).givenOn).toEqual(['privacy:errors.dateInvalid'])

		// Today is fine; the coach cannot pick CANDIDATE_ACCOUNT.
		expect((await post(candidate.id, identityConsent({ givenOn: TODAY }))).status).toBe(302)
		expect((await post(candidate.id, identityConsent({ basis: 'CANDIDATE_ACCOUNT', givenOn: TODAY }))).status).toBe(400)

		expect(await consentsOf(candidate.id)).toHaveLength(2)
	})

	it('is 404 for another organisation and refused for coordinators and employers', async () => {
		const candidate = await newCandidate()
		const otherCoach = await createSignedInUser({ role: 'JOBCOACH' })
		const coordinator = await createSignedInUser({ role: 'COORDINATOR', organizationId })
		for (const who of [otherCoach, coordinator, employer]) {
			const page = await load(candidate.id, who)
			expect(page.status).toBe(404)
			const write = await post(candidate.id, searchConsent(), who)
			expect(write.status).toBe(404)
		}
		expect(await consentsOf(candidate.id)).toHaveLength(0)
	})
})

describe('the employer gate', () => {
	async function withSearchConsent(overrides: Partial<Parameters<typeof createCandidate>[0]> = {}) {
		const candidate = await newCandidate(overrides)
		expect((await post(candidate.id, searchConsent())).status).toBe(302)
		return candidate
	}

	it('lets through only a fresh, active candidate with consent to be found', async () => {
		const visible = await withSearchConsent()
		const noConsent = await newCandidate()
		const withdrawn = await withSearchConsent()
		const [consent] = await consentsOf(withdrawn.id)
		expect((await post(withdrawn.id, { intent: 'withdraw', consentId: consent!.id })).status).toBe(302)
		const stale = await withSearchConsent({ confirmedAt: new Date(start.getTime() - 91 * DAY) })
		const exactlyStale = await withSearchConsent({ confirmedAt: new Date(start.getTime() - 90 * DAY) })
		const almostStale = await withSearchConsent({ confirmedAt: new Date(start.getTime() - 89 * DAY) })
		const inactive = await withSearchConsent({ active: false })

		const ids = await visibleIds()
		expect(ids).toContain(visible.id)
		expect(ids).toContain(almostStale.id)
		for (const hidden of [noConsent, withdrawn, stale, exactlyStale, inactive]) expect(ids).not.toContain(hidden.id)

		expect(await employerVisibility(visible.id, start)).toMatchObject({ visible: true, reasons: [] })
		expect((await employerVisibility(noConsent.id, start)).reasons).toEqual(['noConsent'])
		expect((await employerVisibility(stale.id, start)).reasons).toEqual(['stale'])
		expect((await employerVisibility(inactive.id, start)).reasons).toEqual(['inactive'])

		const page = (await load(stale.id)).data as Awaited<ReturnType<typeof consentRoute.loader>>
		expect(page.visibility).toMatchObject({ visible: false, reasons: ['stale'], staleAfterDays: 90 })

		// An erased candidate never passes, consent or not.
		await prisma.candidate.update({ where: { id: visible.id }, data: { erasedAt: start } })
		expect(await visibleIds()).not.toContain(visible.id)
	})

	it('gives employers only the pseudonymised profile', async () => {
		const candidate = await withSearchConsent()
		// Even given the full row with identity and sensitive context, nothing else slips through.
		const full = await prisma.candidate.findUniqueOrThrow({ where: { id: candidate.id }, include: { sensitive: true } })
		const profile = toPseudonymisedProfile(full)
		const keys = Object.keys(profile)
		for (const forbidden of [
			'id',
			'firstName',
			'lastName',
			'email',
			'phone',
			'birthYear',
			'sensitive',
			'vulnerability',
			'benefits',
			'indication',
			'supportNeeds',
			'targetGroupRegister',
			'homeTown',
			'latitude',
			'longitude',
			'nextAction',
			'primaryCoachId',
			'organizationId',
		]) {
			expect(keys).not.toContain(forbidden)
		}
		const text = JSON.stringify(profile)
		for (const value of [
			'Sanne',
			'de Vries',
			'sanne@example.test',
			'0612345678',
			'1994',
			'Angstklachten',
			'PARTICIPATIEWET',
		]) {
			expect(text).not.toContain(value)
		}
		expect(profile).toMatchObject({ code: candidate.code, homeMunicipality: 'Doetinchem', transport: ['BICYCLE'] })

		const selected = await prisma.candidate.findUniqueOrThrow({
			where: { id: candidate.id },
			select: pseudonymisedProfileSelect,
		})
		expect(toPseudonymisedProfile(selected)).toEqual(profile)
	})
})
