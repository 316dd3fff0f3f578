import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findTown } from '#app/domain/geo/towns.server.ts'
import { sendExpiryReminders } from '#app/domain/places/place-jobs.server.ts'
import { parseKeyList, placeTypes, weekDays } from '#app/domain/places/place-options.ts'
import { setClock } from '#app/utils/clock.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import { buildDemoData } from '#app/../prisma/demo-data.ts'
import { demoPlaces } from '#app/../prisma/demo-places.ts'
import { seedDemoData } from '#app/../prisma/seed.server.ts'

const DAY = 24 * 60 * 60 * 1000
const seededAt = new Date('2026-05-04T08:00:00.000Z')

let first: Awaited<ReturnType<typeof seedDemoData>>
let second: Awaited<ReturnType<typeof seedDemoData>>
let placesAfterFirst: Awaited<ReturnType<typeof prisma.place.findMany>>

beforeAll(async () => {
	setClock(seededAt)
	first = await seedDemoData()
	placesAfterFirst = await prisma.place.findMany({ orderBy: { id: 'asc' } })
	setClock(new Date(seededAt.getTime() + 3 * DAY))
	second = await seedDemoData()
}, 120_000)

afterAll(() => setClock(null))

describe('demo places', () => {
	it('seeds about sixty places, one to five per demo employer', async () => {
		expect(first.places).toBe(demoPlaces.length)
		expect(demoPlaces.length).toBeGreaterThanOrEqual(55)
		expect(demoPlaces.length).toBeLessThanOrEqual(70)
		const employers = await prisma.organization.findMany({
			where: { kind: 'EMPLOYER' },
			select: { name: true, _count: { select: { places: true } } },
		})
		expect(employers).toHaveLength(buildDemoData().employers.length)
		for (const employer of employers) {
			expect(employer._count.places, employer.name).toBeGreaterThanOrEqual(1)
			expect(employer._count.places, employer.name).toBeLessThanOrEqual(5)
		}
	})

	it('is idempotent: a second run (days later) creates and changes nothing', async () => {
		expect(second.changes).toEqual({ created: 0, updated: 0 })
		expect(await prisma.place.findMany({ orderBy: { id: 'asc' } })).toEqual(placesAfterFirst)
	})

	it('covers every place type, several towns and sectors, and every life-cycle state', () => {
		const places = placesAfterFirst
		expect(new Set(places.map((place) => place.type))).toEqual(new Set(placeTypes))
		expect(new Set(places.map((place) => place.town)).size).toBeGreaterThanOrEqual(15)
		expect(new Set(places.map((place) => place.sector)).size).toBeGreaterThanOrEqual(10)
		const count = (status: string, reason?: string) =>
			places.filter((place) => place.status === status && (reason === undefined || place.closedReason === reason))
				.length
		expect(count('PUBLISHED')).toBeGreaterThan(places.length / 2)
		for (const status of ['DRAFT', 'PAUSED', 'FILLED']) expect(count(status), status).toBeGreaterThanOrEqual(2)
		expect(count('CLOSED', 'EXPIRED')).toBeGreaterThanOrEqual(2)
		for (const place of places) {
			expect(parseKeyList(place.days, weekDays).length, place.title).toBeGreaterThan(0)
			expect(place.description.length, place.title).toBeGreaterThan(60)
			expect(place.hoursMin, place.title).toBeLessThanOrEqual(place.hoursMax)
			expect(place.latitude, place.title).toEqual(expect.any(Number))
			expect(place.longitude, place.title).toEqual(expect.any(Number))
			if (place.status === 'DRAFT') expect(place.publishedAt).toBeNull()
			else expect(place.expiresAt?.getTime()).toBe((place.publishedAt?.getTime() ?? 0) + 90 * DAY)
			if (place.status === 'CLOSED') expect(place.expiresAt!.getTime()).toBeLessThan(seededAt.getTime())
		}
	})

	it('places a Hengelo employer in Hengelo (Bronckhorst), not in Hengelo (Overijssel)', async () => {
		const place = await prisma.place.findFirstOrThrow({ where: { title: 'Medewerker spoelkeuken' } })
		const bronckhorst = findTown('Hengelo (Bronckhorst)')
		expect(place).toMatchObject({
			locationMode: 'ORGANIZATION',
			town: 'Hengelo (Bronckhorst)',
			municipality: 'Bronckhorst',
			latitude: bronckhorst?.latitude,
			longitude: bronckhorst?.longitude,
		})
		// The employer itself is stored as the town picker stores it, so its profile saves without a town error.
		const employer = await prisma.organization.findUniqueOrThrow({ where: { id: place.organizationId } })
		expect(employer).toMatchObject({ town: 'Hengelo (Bronckhorst)', municipalityCode: bronckhorst?.municipalityCode })
		const elsewhere = await prisma.place.findFirstOrThrow({ where: { title: 'Onderhoud landgoed — Garantiebaan' } })
		expect(elsewhere).toMatchObject({ locationMode: 'TOWN', town: 'Zutphen', municipality: 'Zutphen' })
	})

	it('gives the reminder job work: some published places expire within a week', async () => {
		const soon = placesAfterFirst.filter(
			(place) =>
				place.status === 'PUBLISHED' &&
				place.expiresAt !== null &&
				place.expiresAt.getTime() - seededAt.getTime() <= 7 * DAY &&
				place.expiresAt.getTime() > seededAt.getTime(),
		)
		expect(soon.length).toBeGreaterThanOrEqual(3)
		setClock(seededAt)
		expect(await sendExpiryReminders()).toBe(soon.length)
		expect(await prisma.emailMessage.count({ where: { subject: { contains: 'verloopt binnenkort' } } })).toBe(
			soon.length,
		)
		expect(await prisma.emailMessage.count({ where: { to: 'werkgever@hofje.test' } })).toBe(1)
	})
})
