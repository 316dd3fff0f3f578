import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as placeRoute from '#app/routes/plekken.$placeId.tsx'
import { setClock } from '#app/utils/clock.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import { callRoute, makeRequest } from '#tests/factories.ts'
import { createOrganization, createPlace, daysFromNow, metaArgs, metaContent, NOW } from './board-fixtures.ts'

type PlaceData = Awaited<ReturnType<typeof placeRoute.loader>>

const browser = 'Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0'
const googlebot = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)'

function openPlace(placeId: string, { userAgent = browser, method = 'GET' } = {}) {
	return callRoute(placeRoute, {
		request: makeRequest(`/plekken/${placeId}`, { method, headers: { 'user-agent': userAgent } }),
		params: { placeId },
	})
}

async function viewCount(placeId: string) {
	return (await prisma.place.findUniqueOrThrow({ where: { id: placeId } })).viewCount
}

let employerId = ''
beforeAll(async () => {
	setClock(NOW)
	employerId = (await createOrganization({ name: 'Kringloop De Tweede Ronde', town: 'Aalten' })).id
})
afterAll(() => setClock(null))

describe('a place on the public board', () => {
	it('shows everything the public may see, and nothing private', async () => {
		const contact = await prisma.contactPerson.create({
			data: { organizationId: employerId, name: 'Anouk Geheim', email: 'anouk@geheim.example', phone: '0612345678' },
		})
		const place = await createPlace(employerId, {
			title: 'Medewerker kringloopwinkel',
			type: 'VOLUNTEER',
			description: 'Je sorteert spullen.\nJe helpt klanten.',
			town: 'Aalten',
			municipality: 'Aalten',
			hoursMin: 12,
			hoursMax: 12,
			adaptations: ['QUIET_WORKSPACE', 'STEPPING_BACK_ALLOWED'],
			contactPersonId: contact.id,
			publishedAt: new Date('2025-05-31T22:30:00.000Z'),
		})
		const result = await openPlace(place.id)
		expect(result.status).toBe(200)
		const { place: shown } = result.data as PlaceData
		expect(shown).toMatchObject({
			id: place.id,
			title: 'Medewerker kringloopwinkel',
			type: 'VOLUNTEER',
			description: 'Je sorteert spullen.\nJe helpt klanten.',
			town: 'Aalten',
			hoursMin: 12,
			hoursMax: 12,
			adaptations: ['QUIET_WORKSPACE', 'STEPPING_BACK_ALLOWED'],
			sector: 'I',
			employer: { id: employerId, name: 'Kringloop De Tweede Ronde' },
		})
		const serialized = JSON.stringify(result.data)
		for (const secret of [
			'Anouk',
			'geheim.example',
			'0612345678',
			contact.id,
			'viewCount',
			'contactPerson',
			'updatedAt',
		]) {
			expect(serialized).not.toContain(secret)
		}
	})

	it('is a 404 unless it is published and not expired: drafts and closed places stay private', async () => {
		const hidden = [
			await createPlace(employerId, { status: 'DRAFT' }),
			await createPlace(employerId, { status: 'PAUSED' }),
			await createPlace(employerId, { status: 'FILLED' }),
			await createPlace(employerId, { status: 'CLOSED' }),
			await createPlace(employerId, { expiresAt: daysFromNow(-1) }),
			await createPlace(employerId, { expiresAt: NOW }),
		]
		for (const place of hidden) {
			const result = await openPlace(place.id)
			expect({ status: result.status, thrown: result.thrown }, place.status).toEqual({ status: 404, thrown: true })
			expect(await viewCount(place.id)).toBe(0)
		}
		for (const placeId of ['bestaat-niet', '../../etc/passwd', 'x'.repeat(41), '']) {
			expect((await openPlace(placeId)).status, placeId).toBe(404)
		}
	})

	it('is a 404 at a coaching organisation', async () => {
		const coaching = await createOrganization({ kind: 'COACHING' })
		const place = await createPlace(coaching.id)
		expect((await openPlace(place.id)).status).toBe(404)
	})

	it('counts a view for each GET by a person, without touching updatedAt', async () => {
		const place = await createPlace(employerId)
		await openPlace(place.id)
		expect(await viewCount(place.id)).toBe(1)
		await Promise.all([openPlace(place.id), openPlace(place.id), openPlace(place.id)])
		expect(await viewCount(place.id)).toBe(4)
		const after = await prisma.place.findUniqueOrThrow({ where: { id: place.id } })
		expect(after.updatedAt).toEqual(place.updatedAt)
	})

	it('counts no view for a crawler, a HEAD request or a request without a user agent', async () => {
		const place = await createPlace(employerId)
		expect((await openPlace(place.id, { userAgent: googlebot })).status).toBe(200)
		expect((await openPlace(place.id, { method: 'HEAD' })).status).toBe(200)
		expect((await openPlace(place.id, { userAgent: '' })).status).toBe(200)
		expect(await viewCount(place.id)).toBe(0)
		await openPlace(place.id)
		expect(await viewCount(place.id)).toBe(1)
	})

	it('has a title with place, employer and town, a description, a canonical link and Open Graph tags', async () => {
		const place = await createPlace(employerId, {
			title: 'Medewerker kringloopwinkel',
			type: 'VOLUNTEER',
			town: 'Aalten',
			hoursMin: 8,
			hoursMax: 16,
			description: 'Je sorteert spullen en helpt klanten in de winkel. '.repeat(6),
		})
		const data = (await openPlace(place.id)).data as PlaceData
		const url = `http://localhost:3000/plekken/${place.id}`
		expect(data.canonicalUrl).toBe(url)
		const tags = placeRoute.meta(metaArgs(data))
		expect(metaContent(tags, 'title')).toBe(
			'Medewerker kringloopwinkel bij Kringloop De Tweede Ronde, Aalten · Werkverbinder',
		)
		const description = metaContent(tags, 'description')
		expect(description).toMatch(
			/^Vrijwilligerswerk bij Kringloop De Tweede Ronde, Aalten, 8 tot 16 uur per week\. Je sorteert spullen/,
		)
		expect(description!.length).toBeLessThan(200)
		expect(description).toMatch(/…$/)
		expect(metaContent(tags, 'canonical')).toBe(url)
		expect(metaContent(tags, 'og:title')).toBe('Medewerker kringloopwinkel bij Kringloop De Tweede Ronde, Aalten')
		expect(metaContent(tags, 'og:description')).toBe(description)
		expect(metaContent(tags, 'og:type')).toBe('article')
		expect(metaContent(tags, 'og:url')).toBe(url)
		expect(metaContent(tags, 'og:site_name')).toBe('Werkverbinder')
		expect(metaContent(tags, 'og:locale')).toBe('nl_NL')

		const english = placeRoute.meta(metaArgs(data, 'en'))
		expect(metaContent(english, 'title')).toBe(
			'Medewerker kringloopwinkel at Kringloop De Tweede Ronde, Aalten · Werkverbinder',
		)
		expect(metaContent(english, 'og:locale')).toBe('en_GB')

		const remote = await createPlace(employerId, { title: 'Thuiswerker', workMode: 'REMOTE' })
		const remoteTags = placeRoute.meta(metaArgs((await openPlace(remote.id)).data as PlaceData))
		expect(metaContent(remoteTags, 'title')).toBe(
			'Thuiswerker bij Kringloop De Tweede Ronde, op afstand · Werkverbinder',
		)
	})
})
