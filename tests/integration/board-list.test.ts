import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import * as boardRoute from '#app/routes/plekken._index.tsx'
import { setClock } from '#app/utils/clock.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import { callRoute, makeRequest } from '#tests/factories.ts'
import { createOrganization, createPlace, daysFromNow, metaArgs, metaContent, NOW } from './board-fixtures.ts'

type BoardData = Awaited<ReturnType<typeof boardRoute.loader>>

async function board(search = '') {
	const result = await callRoute(boardRoute, { request: makeRequest(`/plekken${search}`) })
	expect(result.status).toBe(200)
	expect(result.thrown).toBe(false)
	return result.data as BoardData
}

async function listedIds(search = '') {
	return (await board(search)).places.map((place) => place.id)
}

function sorted(ids: string[]) {
	return [...ids].sort()
}

beforeAll(() => setClock(NOW))
afterAll(() => setClock(null))
beforeEach(async () => {
	await prisma.place.deleteMany()
	await prisma.organization.deleteMany()
})

describe('the public board lists', () => {
	it('only published places that have not expired, at employers', async () => {
		const employer = await createOrganization()
		const coaching = await createOrganization({ kind: 'COACHING' })
		const visible = await createPlace(employer.id, { title: 'Zichtbaar' })
		const almostExpired = await createPlace(employer.id, { expiresAt: new Date(NOW.getTime() + 1000) })
		for (const status of ['DRAFT', 'PAUSED', 'FILLED', 'CLOSED']) await createPlace(employer.id, { status })
		await createPlace(employer.id, { expiresAt: daysFromNow(-1) })
		await createPlace(employer.id, { expiresAt: NOW })
		await createPlace(employer.id, { expiresAt: null })
		await createPlace(coaching.id)

		const data = await board()
		expect(sorted(data.places.map((place) => place.id))).toEqual(sorted([visible.id, almostExpired.id]))
		expect(data.total).toBe(2)
		expect(data.filtered).toBe(false)
		expect(data.invalid).toEqual([])
	})

	it('newest first, as cards with the public fields only', async () => {
		const employer = await createOrganization({ name: 'Lunchroom De Linde' })
		const older = await createPlace(employer.id, { publishedAt: daysFromNow(-5) })
		const newest = await createPlace(employer.id, {
			title: 'Gastvrouw',
			type: 'VOLUNTEER',
			publishedAt: daysFromNow(-1),
			hoursMin: 4,
			hoursMax: 12,
			adaptations: ['QUIET_WORKSPACE', 'FLEXIBLE_HOURS', 'JOB_CARVING', 'EXTRA_BREAKS', 'UNKNOWN_KEY'],
			workMode: 'REMOTE',
		})
		const middle = await createPlace(employer.id, { publishedAt: daysFromNow(-3) })

		const data = await board()
		expect(data.places.map((place) => place.id)).toEqual([newest.id, middle.id, older.id])
		expect(data.places[0]).toEqual({
			id: newest.id,
			title: 'Gastvrouw',
			type: 'VOLUNTEER',
			employer: { id: employer.id, name: 'Lunchroom De Linde' },
			town: 'Doetinchem',
			remote: true,
			hoursMin: 4,
			hoursMax: 12,
			adaptations: ['QUIET_WORKSPACE', 'FLEXIBLE_HOURS', 'JOB_CARVING'],
			adaptationCount: 4,
			publishedAt: daysFromNow(-1),
		})
	})

	it('the town of the organisation for a place at its address without a town of its own', async () => {
		const employer = await createOrganization({ town: 'Groenlo', municipality: 'Oost Gelre' })
		const place = await createPlace(employer.id, { locationMode: 'ORGANIZATION', town: null, municipality: null })
		const data = await board()
		expect(data.places.find((card) => card.id === place.id)?.town).toBe('Groenlo')
		expect(data.towns).toEqual(['Groenlo'])
		expect(await listedIds('?plaats=groenlo')).toEqual([place.id])
	})

	it('the towns that have published places for the suggestions, once each', async () => {
		const employer = await createOrganization()
		await createPlace(employer.id, { town: 'Ulft' })
		await createPlace(employer.id, { town: 'Aalten' })
		await createPlace(employer.id, { town: 'Aalten' })
		await createPlace(employer.id, { town: 'Zierikzee', status: 'DRAFT' })
		expect((await board()).towns).toEqual(['Aalten', 'Ulft'])
	})
})

describe('the board filters', () => {
	it('by one or more types', async () => {
		const employer = await createOrganization()
		const volunteer = await createPlace(employer.id, { type: 'VOLUNTEER' })
		const internship = await createPlace(employer.id, { type: 'INTERNSHIP' })
		await createPlace(employer.id, { type: 'PAID_JOB' })

		expect(await listedIds('?type=VOLUNTEER')).toEqual([volunteer.id])
		expect(sorted(await listedIds('?type=VOLUNTEER&type=INTERNSHIP'))).toEqual(sorted([volunteer.id, internship.id]))
		const data = await board('?type=VOLUNTEER&type=INTERNSHIP')
		expect(data.filters.types).toEqual(['VOLUNTEER', 'INTERNSHIP'])
		expect(data.filtered).toBe(true)
		expect(data.total).toBe(2)
	})

	it("by sector: the place's own, or the employer's when the place has none", async () => {
		const care = await createOrganization({ sector: 'Q' })
		const shop = await createOrganization({ sector: 'G' })
		const ownSector = await createPlace(shop.id, { sector: 'Q' })
		const inherited = await createPlace(care.id, { sector: null })
		await createPlace(care.id, { sector: 'G' })
		await createPlace(shop.id, { sector: null })

		expect(sorted(await listedIds('?sector=Q'))).toEqual(sorted([ownSector.id, inherited.id]))
	})

	it('by town, in any case, by municipality, and a shared name finds the labels with a municipality', async () => {
		const employer = await createOrganization()
		const groenlo = await createPlace(employer.id, { town: 'Groenlo', municipality: 'Oost Gelre' })
		const lichtenvoorde = await createPlace(employer.id, { town: 'Lichtenvoorde', municipality: 'Oost Gelre' })
		const hengelo = await createPlace(employer.id, { town: 'Hengelo (Bronckhorst)', municipality: 'Bronckhorst' })
		await createPlace(employer.id, { town: 'Doetinchem' })

		expect(await listedIds('?plaats=Groenlo')).toEqual([groenlo.id])
		expect(await listedIds('?plaats=gROENLO')).toEqual([groenlo.id])
		expect(await listedIds('?plaats=%20Groenlo%20')).toEqual([groenlo.id])
		expect(sorted(await listedIds('?plaats=Oost+Gelre'))).toEqual(sorted([groenlo.id, lichtenvoorde.id]))
		expect(await listedIds('?plaats=Hengelo')).toEqual([hengelo.id])
		expect(await listedIds('?plaats=Nergensdorp')).toEqual([])
	})

	it('by hours per week: a place matches when its range overlaps the wanted one, bounds included', async () => {
		const employer = await createOrganization()
		const place = await createPlace(employer.id, { hoursMin: 8, hoursMax: 16 })
		const cases: Array<[string, boolean]> = [
			['?min-uren=16', true],
			['?min-uren=17', false],
			['?max-uren=8', true],
			['?max-uren=7', false],
			['?min-uren=10&max-uren=12', true],
			['?min-uren=4&max-uren=30', true],
			['?min-uren=16&max-uren=20', true],
			['?min-uren=0&max-uren=8', true],
			['?min-uren=17&max-uren=20', false],
			['?min-uren=2&max-uren=7', false],
		]
		for (const [search, matches] of cases) {
			expect(await listedIds(search), search).toEqual(matches ? [place.id] : [])
		}
	})

	it('combined: every filter must hold', async () => {
		const employer = await createOrganization({ sector: 'I' })
		const match = await createPlace(employer.id, { type: 'VOLUNTEER', town: 'Aalten', hoursMin: 4, hoursMax: 8 })
		await createPlace(employer.id, { type: 'PAID_JOB', town: 'Aalten', hoursMin: 4, hoursMax: 8 })
		await createPlace(employer.id, { type: 'VOLUNTEER', town: 'Ulft', hoursMin: 4, hoursMax: 8 })
		await createPlace(employer.id, { type: 'VOLUNTEER', town: 'Aalten', hoursMin: 24, hoursMax: 32 })
		await createPlace(employer.id, { type: 'VOLUNTEER', town: 'Aalten', hoursMin: 4, hoursMax: 8, sector: 'Q' })

		expect(await listedIds('?type=VOLUNTEER&type=INTERNSHIP&sector=I&plaats=aalten&max-uren=10')).toEqual([match.id])
	})

	it('ignores values it cannot read, names them, keeps the others and never fails', async () => {
		const employer = await createOrganization()
		const volunteer = await createPlace(employer.id, { type: 'VOLUNTEER', town: 'Aalten' })
		await createPlace(employer.id, { type: 'PAID_JOB', town: 'Aalten' })

		const data = await board(
			`?type=VOLUNTEER&type=BOGUS&sector=ZZ&plaats=Aalten&min-uren=abc&max-uren=-3&pagina=nul&extra=1`,
		)
		expect(data.places.map((place) => place.id)).toEqual([volunteer.id])
		expect(sorted(data.invalid)).toEqual(sorted(['types', 'sector', 'hoursMin', 'hoursMax', 'page']))
		expect(data.filters).toEqual({ types: ['VOLUNTEER'], sector: null, town: 'Aalten', hoursMin: null, hoursMax: null })

		for (const search of [
			'?min-uren=8.5',
			'?max-uren=1000',
			'?pagina=0',
			'?pagina=-1',
			'?sector=a',
			`?plaats=${'x'.repeat(300)}`,
			'?type=',
			'?min-uren=%00',
			'?pagina=1e400',
		]) {
			const result = await callRoute(boardRoute, { request: makeRequest(`/plekken${search}`) })
			expect(result.status, search).toBe(200)
		}
		expect((await board('?min-uren=8.5')).invalid).toEqual(['hoursMin'])
		expect((await board(`?plaats=${'x'.repeat(300)}`)).invalid).toEqual(['town'])
		// Empty fields from the form are absent, not wrong.
		expect((await board('?type=&sector=&plaats=&min-uren=&max-uren=')).invalid).toEqual([])
	})

	it('treats a minimum above the maximum as unreadable rather than guessing', async () => {
		const employer = await createOrganization()
		const place = await createPlace(employer.id, { hoursMin: 8, hoursMax: 16 })
		const data = await board('?min-uren=20&max-uren=10')
		expect(sorted(data.invalid)).toEqual(['hoursMax', 'hoursMin'])
		expect(data.places.map((card) => card.id)).toEqual([place.id])
	})

	it('shows an empty result for filters nothing matches', async () => {
		const employer = await createOrganization()
		await createPlace(employer.id, { type: 'VOLUNTEER' })
		const data = await board('?type=GARANTIEBAAN')
		expect(data.places).toEqual([])
		expect(data.total).toBe(0)
		expect(data.filtered).toBe(true)
	})
})

describe('the board pages', () => {
	it('twenty places per page, newest first, and a page past the end shows the last', async () => {
		const employer = await createOrganization()
		const places = []
		for (let index = 0; index < 45; index += 1) {
			places.push(await createPlace(employer.id, { publishedAt: new Date(NOW.getTime() - (index + 1) * 60_000) }))
		}
		const newestFirst = places.map((place) => place.id)

		const first = await board()
		expect(first.places.map((place) => place.id)).toEqual(newestFirst.slice(0, 20))
		expect(first).toMatchObject({ total: 45, page: 1, pageCount: 3 })

		const second = await board('?pagina=2')
		expect(second.places.map((place) => place.id)).toEqual(newestFirst.slice(20, 40))

		const third = await board('?pagina=3')
		expect(third.places.map((place) => place.id)).toEqual(newestFirst.slice(40))
		expect(third.page).toBe(3)

		const beyond = await board('?pagina=99')
		expect(beyond.page).toBe(3)
		expect(beyond.places.map((place) => place.id)).toEqual(newestFirst.slice(40))
		expect(beyond.canonicalUrl).toBe('http://localhost:3000/plekken?pagina=3')
	})

	it('counts and pages within the filters', async () => {
		const employer = await createOrganization()
		for (let index = 0; index < 22; index += 1) await createPlace(employer.id, { type: 'VOLUNTEER' })
		for (let index = 0; index < 5; index += 1) await createPlace(employer.id, { type: 'PAID_JOB' })
		const data = await board('?type=VOLUNTEER&pagina=2')
		expect(data).toMatchObject({ total: 22, page: 2, pageCount: 2 })
		expect(data.places).toHaveLength(2)
	})
})

describe('the board meta', () => {
	it('has a title, a description, a canonical link and Open Graph tags', async () => {
		const data = await board('?type=VOLUNTEER')
		expect(data.canonicalUrl).toBe('http://localhost:3000/plekken')
		const tags = boardRoute.meta(metaArgs(data))
		expect(metaContent(tags, 'title')).toBe('Plekken bij inclusieve werkgevers · Werkverbinder')
		expect(metaContent(tags, 'description')).toMatch(/^Werkervaringsplekken, stages/)
		expect(metaContent(tags, 'canonical')).toBe('http://localhost:3000/plekken')
		expect(metaContent(tags, 'og:title')).toBe('Plekken bij inclusieve werkgevers')
		expect(metaContent(tags, 'og:description')).toBe(metaContent(tags, 'description'))
		expect(metaContent(tags, 'og:type')).toBe('website')
		expect(metaContent(tags, 'og:url')).toBe('http://localhost:3000/plekken')
		expect(metaContent(tags, 'og:site_name')).toBe('Werkverbinder')
		expect(metaContent(tags, 'og:locale')).toBe('nl_NL')

		const english = boardRoute.meta(metaArgs(data, 'en'))
		expect(metaContent(english, 'title')).toBe('Places at inclusive employers · Werkverbinder')
		expect(metaContent(english, 'og:locale')).toBe('en_GB')
	})
})
