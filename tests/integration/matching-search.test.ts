// The matching searches through their routes, on the real Meilisearch: find places for a candidate
// (ranked, with a why panel), find candidates for a place (own organisation only), and the employer's
// pool (only through the consent gate, whatever the request says), card views logged and limited.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

// Before any app module reads the environment (imports are hoisted; this runs first).
vi.hoisted(() => {
	process.env.EMPLOYER_CARD_VIEWS_PER_DAY = '2'
})

import { type Meilisearch } from 'meilisearch'
import { prisma } from '#app/utils/db.server.ts'
import { withdrawConsent } from '#app/domain/candidates/consents.server.ts'
import { initSearch } from '#search/client.server.ts'
import { ensureSearchIndexes, indexUid } from '#search/indexes.server.ts'
import { markForReindexNow } from '#search/outbox.server.ts'
import { startSearchSync, stopSearchSync } from '#search/sync.server.ts'
import * as findPlacesRoute from '#app/routes/jobcoach.kandidaten.$candidateId.plekken.tsx'
import * as findCandidatesRoute from '#app/routes/jobcoach.plekken.$placeId.kandidaten.tsx'
import * as poolRoute from '#app/routes/werkgever.kandidaten._index.tsx'
import * as cardRoute from '#app/routes/werkgever.kandidaten.$code.tsx'
import { createCandidate, createCoachingTeam } from '#tests/candidate-factories.ts'
import { callRoute, makeRequest } from '#tests/factories.ts'
import { addSearchConsent } from '#tests/proposal-factories.ts'
import { createEmployer, createSearchablePlace, eventually, syncSearch, towns } from '#tests/search-fixtures.ts'

let client: Meilisearch
let team: Awaited<ReturnType<typeof createCoachingTeam>>

beforeAll(async () => {
	client = await initSearch()
	await ensureSearchIndexes(client)
	team = await createCoachingTeam()
})

afterAll(async () => {
	stopSearchSync()
	const { results } = await client.getIndexes({ limit: 1000 })
	for (const index of results)
		if (index.uid.startsWith(process.env.MEILI_INDEX_PREFIX!)) await client.deleteIndex(index.uid).waitTask()
})

type Data = Record<string, unknown>

async function candidateWith(
	organizationId: string,
	interests: string,
	extra: Parameters<typeof prisma.candidate.update>[0]['data'] = {},
) {
	const candidate = await createCandidate({ organizationId, primaryCoachId: team.coach.user.id })
	await prisma.candidate.update({
		where: { id: candidate.id },
		data: {
			interests,
			happyWhen: null,
			talents: null,
			latitude: towns.doetinchem.latitude,
			longitude: towns.doetinchem.longitude,
			...extra,
		},
	})
	await markForReindexNow('candidates', [candidate.id])
	return candidate
}

describe('find places for a candidate', () => {
	it('ranks places for the person with prefilled filters and explains each match', async () => {
		const employer = await createEmployer('Lunchroom De Gaarde')
		const cafe = await createSearchablePlace({
			organizationId: employer.id,
			title: 'Medewerker bediening café',
			tasks: 'Koffie zetten, tafels afruimen',
			adaptations: ['QUIET_WORKSPACE'],
		})
		const office = await createSearchablePlace({
			organizationId: employer.id,
			title: 'Administratief medewerker',
			adaptations: ['QUIET_WORKSPACE'],
		})
		const far = await createSearchablePlace({
			organizationId: employer.id,
			title: 'Medewerker keuken',
			where: towns.groningen,
			adaptations: ['QUIET_WORKSPACE'],
		})
		const noAdaptation = await createSearchablePlace({
			organizationId: employer.id,
			title: 'Medewerker bediening terras',
		})
		const candidate = await candidateWith(team.organizationId, 'horeca')
		await syncSearch(client)

		const result = await callRoute(findPlacesRoute, {
			request: makeRequest(`/jobcoach/kandidaten/${candidate.id}/plekken`, { cookie: team.coach.cookie }),
			params: { candidateId: candidate.id },
		})
		expect(result.status).toBe(200)
		const data = result.data as Data & {
			filters: Data
			result: { status: string; hits: Array<{ place: { id: string }; why: Data }> }
		}
		// Prefilled from the profile: wished types, hours, radius, adaptations for the needs (QUIET).
		expect(data.filters).toMatchObject({
			types: ['WORK_EXPERIENCE'],
			hoursMin: 8,
			hoursMax: 16,
			radiusKm: 10,
			adaptations: ['QUIET_WORKSPACE'],
		})
		expect(data.result.status).toBe('ok')
		const ids = data.result.hits.map((hit) => hit.place.id)
		expect(ids[0]).toBe(cafe.id) // "horeca" finds bediening/café through the synonyms
		expect(ids).toContain(office.id) // passes the filters, ranked after the text matches
		expect(ids).not.toContain(far.id) // beyond the travel radius
		expect(ids).not.toContain(noAdaptation.id) // does not cover the need for quiet
		expect(data.result.hits[0]!.why).toMatchObject({
			terms: [
				expect.objectContaining({ term: 'horeca', source: 'interests', words: expect.arrayContaining(['café']) }),
			],
			withinRadius: true,
			hours: 'within',
			covered: [{ need: 'QUIET', by: 'QUIET_WORKSPACE' }],
			typeWished: true,
		})

		// Widened by the coach: a typo still finds it, and the far place comes in without the radius.
		const widened = await callRoute(findPlacesRoute, {
			request: makeRequest(`/jobcoach/kandidaten/${candidate.id}/plekken?aangepast=1&q=keukn`, {
				cookie: team.coach.cookie,
			}),
			params: { candidateId: candidate.id },
		})
		const widenedIds = (widened.data as typeof data).result.hits.map((hit) => hit.place.id)
		expect(widenedIds[0]).toBe(far.id)
		expect(widenedIds).toContain(noAdaptation.id)

		// A tampered URL falls back to the defaults with a notice.
		const tampered = await callRoute(findPlacesRoute, {
			request: makeRequest(`/jobcoach/kandidaten/${candidate.id}/plekken?aangepast=1&types=NONSENSE`, {
				cookie: team.coach.cookie,
			}),
			params: { candidateId: candidate.id },
		})
		expect(tampered.data).toMatchObject({ invalid: true })
	})

	it('answers 404 to another organisation and 403 to an employer', async () => {
		const candidate = await candidateWith(team.organizationId, 'tuin')
		const path = `/jobcoach/kandidaten/${candidate.id}/plekken`
		const other = await callRoute(findPlacesRoute, {
			request: makeRequest(path, { cookie: team.otherOrgCoach.cookie }),
			params: { candidateId: candidate.id },
		})
		expect(other.status).toBe(404)
		const employer = await callRoute(findPlacesRoute, {
			request: makeRequest(path, { cookie: team.employer.cookie }),
			params: { candidateId: candidate.id },
		})
		expect([403, 404]).toContain(employer.status)
	})
})

describe('find candidates for a place', () => {
	it("only ever ranks the coach's own organisation's candidates", async () => {
		const employer = await createEmployer('Hoveniersbedrijf Groen')
		const place = await createSearchablePlace({
			organizationId: employer.id,
			title: 'Hovenier',
			tasks: 'Snoeien en maaien',
		})
		const own = await candidateWith(team.organizationId, 'snoeien, maaien')
		const foreign = await candidateWith(team.otherOrgCoach.organization.id, 'groen, hovenier, snoeien')
		await addSearchConsent(foreign.id)
		await markForReindexNow('candidates', [foreign.id])
		await syncSearch(client)

		const path = `/jobcoach/plekken/${place.id}/kandidaten`
		for (const query of ['', `?aangepast=1&q=${foreign.code}`, '?aangepast=1&q=hovenier+snoeien']) {
			const result = await callRoute(findCandidatesRoute, {
				request: makeRequest(path + query, { cookie: team.coach.cookie }),
				params: { placeId: place.id },
			})
			const hits = (result.data as { result: { hits: Array<{ id: string; why: Data }> } }).result.hits
			expect(hits.map((hit) => hit.id)).not.toContain(foreign.id)
			if (query === '') {
				expect(hits[0]).toMatchObject({
					id: own.id,
					why: expect.objectContaining({ hours: 'within', withinRadius: true }),
				})
			}
		}
		// The names shown are logged like the caseload.
		expect(
			await prisma.candidateAccessLog.count({ where: { candidateId: own.id, section: 'CASELOAD' } }),
		).toBeGreaterThan(0)
	})
})

describe("the employer's pool", () => {
	it('shows only consented candidates, through the gate, whatever the request says', async () => {
		const findable = await candidateWith(team.organizationId, 'fietsen repareren')
		await addSearchConsent(findable.id)
		const hidden = await candidateWith(team.organizationId, 'fietsen repareren')
		const stale = await candidateWith(team.organizationId, 'fietsen repareren', { confirmedAt: new Date('2020-01-01') })
		await addSearchConsent(stale.id)
		await markForReindexNow('candidates', [findable.id, hidden.id, stale.id])
		await syncSearch(client)

		const attempts = [
			'',
			'?aangepast=1&q=fietsen',
			`?aangepast=1&q=${hidden.code}`,
			'?aangepast=1&stages=JOB_SEEKING&stages=ORIENTING',
			`?aangepast=1&municipalities=${encodeURIComponent('x" OR employerVisible = false OR homeMunicipality = "y')}`,
			'?aangepast=1&radiusKm=200',
		]
		for (const query of attempts) {
			const result = await callRoute(poolRoute, {
				request: makeRequest(`/werkgever/kandidaten${query}`, { cookie: team.employer.cookie }),
			})
			const data = result.data as { result: { candidates: Array<{ profile: Data }> } }
			const codes = data.result.candidates.map((candidate) => candidate.profile.code)
			expect(codes).not.toContain(hidden.code)
			expect(codes).not.toContain(stale.code)
			for (const candidate of data.result.candidates) {
				// The projection only: no name, contact, birth year or sensitive context.
				expect(Object.keys(candidate.profile)).not.toEqual(expect.arrayContaining(['firstName']))
				expect(JSON.stringify(candidate)).not.toMatch(/Sanne|de Vries|example\.test|Angstklachten|1994/)
			}
			if (query === '?aangepast=1&q=fietsen') expect(codes).toContain(findable.code)
		}
		const coach = await callRoute(poolRoute, {
			request: makeRequest('/werkgever/kandidaten', { cookie: team.coach.cookie }),
		})
		expect(coach.status).toBe(403)
	})

	it('drops a candidate from employer search within seconds of a withdrawn consent', async () => {
		startSearchSync(() => client)
		const candidate = await candidateWith(team.organizationId, 'bakken, brood')
		const consent = await addSearchConsent(candidate.id)
		await markForReindexNow('candidates', [candidate.id])
		const visibleInIndex = async () => {
			const document = await client
				.index(indexUid('candidates'))
				.getDocument(candidate.id)
				.catch(() => null)
			return document?.employerVisible === true
		}
		await eventually(visibleInIndex)

		await withdrawConsent({ consentId: consent.id, candidateId: candidate.id, actorId: team.coach.user.id })
		const result = await callRoute(poolRoute, {
			request: makeRequest('/werkgever/kandidaten?aangepast=1&q=bakken', { cookie: team.employer.cookie }),
		})
		const codes = (result.data as { result: { candidates: Array<{ profile: Data }> } }).result.candidates.map(
			(c) => c.profile.code,
		)
		expect(codes).not.toContain(candidate.code) // the gate answers at once
		await eventually(async () => !(await visibleInIndex()), 5_000) // and the index follows within seconds
		stopSearchSync()
	})

	it('logs each card view with its purpose and limits views per account per day', async () => {
		const employer = await (await import('#tests/factories.ts')).createSignedInUser({ role: 'EMPLOYER' })
		const cards = []
		for (const interest of ['schilderen', 'timmeren', 'metselen']) {
			const candidate = await candidateWith(team.organizationId, interest)
			await addSearchConsent(candidate.id)
			cards.push(candidate)
		}
		const open = (code: string, purpose?: string) =>
			callRoute(cardRoute, {
				request: makeRequest(`/werkgever/kandidaten/${code}${purpose ? `?doel=${purpose}` : ''}`, {
					cookie: employer.cookie,
				}),
				params: { code },
			})
		// Without a purpose the card is not shown and nothing is logged.
		expect((await open(cards[0]!.code)).data).toMatchObject({ state: 'purpose' })
		expect(await prisma.candidateAccessLog.count({ where: { userId: employer.user.id } })).toBe(0)

		const first = await open(cards[0]!.code, 'FIT_FOR_PLACE')
		expect(first.data).toMatchObject({ state: 'card', profile: { code: cards[0]!.code }, viewsLeft: 1 })
		expect(JSON.stringify(first.data)).not.toMatch(/Sanne|example\.test|Angstklachten/)
		expect(await prisma.candidateAccessLog.findFirst({ where: { userId: employer.user.id } })).toMatchObject({
			candidateId: cards[0]!.id,
			section: 'EMPLOYER_CARD',
			purpose: 'FIT_FOR_PLACE',
		})
		expect((await open(cards[1]!.code, 'EXPLORING')).status).toBe(200)
		expect((await open(cards[2]!.code, 'EXPLORING')).status).toBe(429)
		expect((await open(cards[0]!.code, 'EXPLORING')).status).toBe(200) // seen today: not counted again

		// A candidate without consent is a 404, like one that does not exist.
		const hidden = await candidateWith(team.organizationId, 'verven')
		expect((await open(hidden.code, 'EXPLORING')).status).toBe(404)
		expect((await open('K-NOPE', 'EXPLORING')).status).toBe(404)
	})

	it('sends "I may have a place" to the coach, and keeps the message when it is too short', async () => {
		const candidate = await candidateWith(team.organizationId, 'koffie')
		await addSearchConsent(candidate.id)
		const post = (message: string) =>
			callRoute(cardRoute, {
				request: makeRequest(`/werkgever/kandidaten/${candidate.code}`, {
					cookie: team.employer.cookie,
					form: { message, placeId: '' },
				}),
				params: { code: candidate.code },
			})
		const short = await post('kort')
		expect(short.status).toBe(400)
		const sent = await post('We zoeken iemand voor de koffiebar op dinsdag.')
		expect(sent.status).toBe(302)
		expect(await prisma.candidateRequest.findFirst({ where: { candidateId: candidate.id } })).toMatchObject({
			employerOrganizationId: team.employer.organization.id,
			status: 'OPEN',
		})
	})
})
