import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import * as robotsRoute from '#app/routes/robots[.]txt.ts'
import * as employerRoute from '#app/routes/plekken.werkgevers.$organizationId.tsx'
import * as sitemapRoute from '#app/routes/sitemap[.]xml.ts'
import { setClock } from '#app/utils/clock.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import { callRoute, makeRequest } from '#tests/factories.ts'
import { createOrganization, createPlace, daysFromNow, metaArgs, metaContent, NOW } from './board-fixtures.ts'

type EmployerData = Awaited<ReturnType<typeof employerRoute.loader>>

function openEmployer(organizationId: string) {
	return callRoute(employerRoute, {
		request: makeRequest(`/plekken/werkgevers/${organizationId}`),
		params: { organizationId },
	})
}

beforeAll(() => setClock(NOW))
afterAll(() => setClock(null))
beforeEach(async () => {
	await prisma.place.deleteMany()
	await prisma.organization.deleteMany()
})

describe("an employer's public page", () => {
	it('shows the public profile and only its published places', async () => {
		const employer = await createOrganization({
			name: 'Hoveniersbedrijf De Wilgenhoek',
			town: 'Groenlo',
			municipality: 'Oost Gelre',
			sector: 'A',
			sizeClass: '10-49',
			website: 'www.wilgenhoek.example/over-ons',
			description: 'Wij onderhouden tuinen.\nMet een vaste ploeg.',
			commitments: ['BANENAFSPRAAK', 'PSO', 'NOT_A_COMMITMENT'],
			logoFile: 'logo.png',
		})
		await prisma.contactPerson.create({
			data: { organizationId: employer.id, name: 'Ruud Privé', email: 'ruud@prive.example', phone: '0699999999' },
		})
		const published = await createPlace(employer.id, { publishedAt: daysFromNow(-2) })
		const newer = await createPlace(employer.id, { publishedAt: daysFromNow(-1) })
		await createPlace(employer.id, { status: 'DRAFT' })
		await createPlace(employer.id, { status: 'PAUSED' })
		await createPlace(employer.id, { expiresAt: daysFromNow(-1) })
		await createPlace((await createOrganization()).id)

		const result = await openEmployer(employer.id)
		expect(result.status).toBe(200)
		const { employer: shown } = result.data as EmployerData
		expect(shown).toMatchObject({
			id: employer.id,
			name: 'Hoveniersbedrijf De Wilgenhoek',
			town: 'Groenlo',
			sector: 'A',
			sizeClass: '10-49',
			website: { href: 'https://www.wilgenhoek.example/over-ons', label: 'wilgenhoek.example/over-ons' },
			description: 'Wij onderhouden tuinen.\nMet een vaste ploeg.',
			commitments: ['BANENAFSPRAAK', 'PSO'],
			hasLogo: true,
		})
		expect(shown.places.map((place) => place.id)).toEqual([newer.id, published.id])
		const serialized = JSON.stringify(result.data)
		for (const secret of ['Ruud', 'prive.example', '0699999999', 'logo.png', 'kvkNumber', 'street']) {
			expect(serialized).not.toContain(secret)
		}
	})

	it('is there for an employer without open places, without a logo', async () => {
		const employer = await createOrganization({ logoFile: null })
		await createPlace(employer.id, { status: 'DRAFT' })
		const result = await openEmployer(employer.id)
		expect(result.status).toBe(200)
		expect((result.data as EmployerData).employer).toMatchObject({ places: [], hasLogo: false })
	})

	it('never links a website that is not http(s)', async () => {
		for (const website of ['javascript:alert(1)', 'data:text/html,hoi', 'ftp://example.com', 'geen website']) {
			const employer = await createOrganization({ website })
			const { employer: shown } = (await openEmployer(employer.id)).data as EmployerData
			expect(shown.website, website).toBeNull()
		}
	})

	it('is a 404 for a coaching organisation, the platform and unknown ids', async () => {
		const coaching = await createOrganization({ kind: 'COACHING' })
		await createPlace(coaching.id)
		const platform = await createOrganization({ kind: 'PLATFORM' })
		for (const organizationId of [coaching.id, platform.id, 'bestaat-niet', 'a/b', 'x'.repeat(41)]) {
			const result = await openEmployer(organizationId)
			expect({ status: result.status, thrown: result.thrown }, organizationId).toEqual({ status: 404, thrown: true })
		}
	})

	it('has a title, description, canonical link and Open Graph tags', async () => {
		const employer = await createOrganization({
			name: 'Lunchroom De Linde',
			town: 'Aalten',
			description: 'Een lunchroom waar iedereen mag meedoen.',
		})
		await createPlace(employer.id)
		await createPlace(employer.id)
		const data = (await openEmployer(employer.id)).data as EmployerData
		const url = `http://localhost:3000/plekken/werkgevers/${employer.id}`
		const tags = employerRoute.meta(metaArgs(data))
		expect(metaContent(tags, 'title')).toBe('Lunchroom De Linde, inclusieve werkgever in Aalten · Werkverbinder')
		expect(metaContent(tags, 'description')).toBe(
			'Lunchroom De Linde in Aalten heeft 2 open plekken op Werkverbinder. Een lunchroom waar iedereen mag meedoen.',
		)
		expect(metaContent(tags, 'canonical')).toBe(url)
		expect(metaContent(tags, 'og:url')).toBe(url)
		expect(metaContent(tags, 'og:type')).toBe('website')
		expect(metaContent(tags, 'og:title')).toBe('Lunchroom De Linde, inclusieve werkgever in Aalten')
		expect(metaContent(tags, 'og:site_name')).toBe('Werkverbinder')
		expect(metaContent(tags, 'og:locale')).toBe('nl_NL')
	})
})

describe('the sitemap and robots.txt', () => {
	it('lists the home page, the board, exactly the published places and the employers that have one', async () => {
		const withPlaces = await createOrganization()
		const withoutPublished = await createOrganization()
		const coaching = await createOrganization({ kind: 'COACHING' })
		const first = await createPlace(withPlaces.id)
		const second = await createPlace(withPlaces.id)
		const hidden = [
			await createPlace(withPlaces.id, { status: 'DRAFT' }),
			await createPlace(withoutPublished.id, { status: 'CLOSED' }),
			await createPlace(withoutPublished.id, { expiresAt: daysFromNow(-1) }),
			await createPlace(coaching.id),
		]

		const result = await callRoute(sitemapRoute, { request: makeRequest('/sitemap.xml') })
		expect(result.status).toBe(200)
		expect(result.headers.get('content-type')).toBe('application/xml; charset=utf-8')
		const xml = result.data as string
		expect(xml).toMatch(
			/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/,
		)
		const locations = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1])
		const base = 'http://localhost:3000'
		expect(locations.sort()).toEqual(
			[
				`${base}/`,
				`${base}/plekken`,
				`${base}/plekken/${first.id}`,
				`${base}/plekken/${second.id}`,
				`${base}/plekken/werkgevers/${withPlaces.id}`,
			].sort(),
		)
		for (const place of hidden) expect(xml).not.toContain(place.id)
		expect(xml).toContain(
			`<loc>${base}/plekken/${first.id}</loc>\n    <lastmod>${first.updatedAt.toISOString()}</lastmod>`,
		)
		const employerEntry = new RegExp(
			`<loc>${base}/plekken/werkgevers/${withPlaces.id}</loc>\\n\\s*<lastmod>([^<]+)</lastmod>`,
		)
		const employerLastmod = employerEntry.exec(xml)?.[1]
		const latest = [withPlaces.updatedAt, first.updatedAt, second.updatedAt].sort(
			(a, b) => b.getTime() - a.getTime(),
		)[0]!
		expect(employerLastmod).toBe(latest.toISOString())
	})

	it('robots.txt allows everything and points at the sitemap', async () => {
		const result = await callRoute(robotsRoute, { request: makeRequest('/robots.txt') })
		expect(result.status).toBe(200)
		expect(result.headers.get('content-type')).toBe('text/plain; charset=utf-8')
		expect(result.data).toBe('User-agent: *\nAllow: /\n\nSitemap: http://localhost:3000/sitemap.xml\n')
	})
})
