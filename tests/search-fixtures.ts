// Test data for the search tests: employers with published places at real coordinates, and a way to
// wait until the outbox has reached the index.
import { prisma } from '#app/utils/db.server.ts'
import { now } from '#app/utils/clock.server.ts'
import { markForReindexNow } from '#search/outbox.server.ts'
import { drainSearchOutboxFully } from '#search/sync.server.ts'
import { type Meilisearch } from 'meilisearch'

const DAY = 24 * 60 * 60 * 1000

export const towns = {
	doetinchem: { town: 'Doetinchem', municipality: 'Doetinchem', latitude: 51.965, longitude: 6.2886 },
	arnhem: { town: 'Arnhem', municipality: 'Arnhem', latitude: 51.98, longitude: 5.9111 },
	groningen: { town: 'Groningen', municipality: 'Groningen', latitude: 53.2192, longitude: 6.5667 },
}

export async function createEmployer(name = 'Testwerkgever') {
	return prisma.organization.create({ data: { kind: 'EMPLOYER', name, town: 'Doetinchem' } })
}

export async function createSearchablePlace({
	organizationId,
	title,
	tasks = null,
	description = 'Een fijne plek in een klein team.',
	type = 'WORK_EXPERIENCE',
	where = towns.doetinchem,
	hoursMin = 8,
	hoursMax = 16,
	adaptations = [],
	status = 'PUBLISHED',
}: {
	organizationId: string
	title: string
	tasks?: string | null
	description?: string
	type?: string
	where?: (typeof towns)[keyof typeof towns]
	hoursMin?: number
	hoursMax?: number
	adaptations?: string[]
	status?: string
}) {
	const place = await prisma.place.create({
		data: {
			organizationId,
			title,
			tasks,
			description,
			type,
			locationMode: 'TOWN',
			...where,
			hoursMin,
			hoursMax,
			adaptations: JSON.stringify(adaptations),
			status,
			publishedAt: now(),
			expiresAt: new Date(now().getTime() + 90 * DAY),
		},
	})
	await markForReindexNow('places', [place.id])
	return place
}

/** Runs the outbox worker until nothing is pending. */
export function syncSearch(client: Meilisearch) {
	return drainSearchOutboxFully({ client })
}

/** Polls until `check` holds (the index caught up) or the time is up. */
export async function eventually(check: () => Promise<boolean>, timeoutMs = 10_000) {
	const deadline = Date.now() + timeoutMs
	for (;;) {
		if (await check()) return
		if (Date.now() > deadline) throw new Error('condition not met in time')
		await new Promise((resolve) => setTimeout(resolve, 100))
	}
}
