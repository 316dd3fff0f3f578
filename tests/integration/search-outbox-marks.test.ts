// Every write that changes what the search indexes should hold leaves a mark in the outbox, written by
// the transaction that makes the change: a write that fails leaves none.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { recordConsent, withdrawConsent } from '#app/domain/candidates/consents.server.ts'
import { eraseCandidate } from '#app/domain/candidates/erasure.server.ts'
import {
	confirmProfile,
	createCandidate as intakeCandidate,
	updateCandidate,
} from '#app/domain/candidates/profile.server.ts'
import { createCandidateFormSchema } from '#app/domain/candidates/candidate-schema.ts'
import { changeStage, returnCandidate, stepBack } from '#app/domain/candidates/stages.server.ts'
import { updateEmployerProfile } from '#app/domain/organizations/profile.server.ts'
import { closeExpiredPlaces } from '#app/domain/places/place-jobs.server.ts'
import { createPlaceFormSchema, type PlaceIntent } from '#app/domain/places/place-schema.ts'
import { createPlace, extendPlace, runPlaceIntent, updatePlace } from '#app/domain/places/places.server.ts'
import { setClock } from '#app/utils/clock.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import { seedDemoData } from '#app/../prisma/seed.server.ts'
import { markForReindex, type SearchIndexName } from '#search/outbox.server.ts'
import { createCandidate, createCoachingTeam, type SignedInUser } from '#tests/candidate-factories.ts'
import { createUser } from '#tests/factories.ts'

const DAY = 24 * 60 * 60 * 1000
// 09:00 in Amsterdam on Monday 2 March 2026.
const start = new Date('2026-03-02T08:00:00.000Z')
const TODAY = '2026-03-02'

beforeAll(() => setClock(start))
beforeEach(() => setClock(start))
afterAll(() => setClock(null))

/** The outbox's last row id: marks after it are the ones the next write made. */
async function outboxCursor() {
	const last = await prisma.searchOutbox.findFirst({ orderBy: { id: 'desc' }, select: { id: true } })
	return last?.id ?? 0
}

/** Runs the write and returns the marks it left, as `index:documentId`. */
async function marksOf(write: () => Promise<unknown>) {
	const cursor = await outboxCursor()
	await write()
	const rows = await prisma.searchOutbox.findMany({
		where: { id: { gt: cursor } },
		select: { indexName: true, documentId: true, processedAt: true },
		orderBy: { id: 'asc' },
	})
	expect(rows.every((row) => row.processedAt === null)).toBe(true)
	return rows.map((row) => `${row.indexName}:${row.documentId}`)
}

const mark = (indexName: SearchIndexName, documentId: string) => `${indexName}:${documentId}`

// --- Places -----------------------------------------------------------------------------------

type Employer = Awaited<ReturnType<typeof createEmployer>>

async function createEmployer() {
	const { user, organization } = await createUser({ role: 'EMPLOYER' })
	await prisma.organization.update({
		where: { id: organization.id },
		data: { town: 'Doetinchem', municipality: 'Doetinchem', latitude: 51.965, longitude: 6.28889 },
	})
	return { actor: { id: user.id, emailVerified: true }, organizationId: organization.id }
}

function placeInput(overrides: Record<string, unknown> = {}) {
	return createPlaceFormSchema({ today: TODAY }).parse({
		type: 'WORK_EXPERIENCE',
		title: 'Medewerker bediening en afwas',
		description: 'Meedraaien in de bediening.',
		locationMode: 'ORGANIZATION',
		workMode: 'ON_SITE',
		hoursMin: 12,
		hoursMax: 20,
		spots: 1,
		...overrides,
	})
}

async function newPlace(employer: Employer) {
	const result = await createPlace({
		organizationId: employer.organizationId,
		actorId: employer.actor.id,
		input: placeInput(),
	})
	if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors))
	return result.placeId
}

function runIntent(employer: Employer, placeId: string, intent: PlaceIntent) {
	return runPlaceIntent({
		intent,
		placeId,
		organizationId: employer.organizationId,
		actor: employer.actor,
		locale: 'nl',
	})
}

describe('places', () => {
	let employer: Employer
	beforeAll(async () => {
		employer = await createEmployer()
	})

	it('creating a place marks it', async () => {
		let placeId = ''
		const marks = await marksOf(async () => {
			placeId = await newPlace(employer)
		})
		expect(marks).toEqual([mark('places', placeId)])
	})

	it('editing its content, spots or location marks it; saving without a change does not', async () => {
		const placeId = await newPlace(employer)
		const edit = (input: ReturnType<typeof placeInput>) =>
			updatePlace({ placeId, organizationId: employer.organizationId, actorId: employer.actor.id, input })

		expect(await marksOf(() => edit(placeInput({ title: 'Medewerker keuken' })))).toEqual([mark('places', placeId)])
		expect(await marksOf(() => edit(placeInput({ title: 'Medewerker keuken', spots: 3 })))).toEqual([
			mark('places', placeId),
		])
		expect(
			await marksOf(() =>
				edit(placeInput({ title: 'Medewerker keuken', spots: 3, locationMode: 'TOWN', town: 'Zutphen' })),
			),
		).toEqual([mark('places', placeId)])
		const place = await prisma.place.findUniqueOrThrow({ where: { id: placeId } })
		expect({ title: place.title, spots: place.spots, town: place.town }).toEqual({
			title: 'Medewerker keuken',
			spots: 3,
			town: 'Zutphen',
		})
		// Nothing written, nothing to index.
		expect(
			await marksOf(() =>
				edit(placeInput({ title: 'Medewerker keuken', spots: 3, locationMode: 'TOWN', town: 'Zutphen' })),
			),
		).toEqual([])
	})

	it.each([
		{ intents: ['publish'], status: 'PUBLISHED' },
		{ intents: ['publish', 'pause'], status: 'PAUSED' },
		{ intents: ['publish', 'pause', 'resume'], status: 'PUBLISHED' },
		{ intents: ['publish', 'fill'], status: 'FILLED' },
		{ intents: ['publish', 'close'], status: 'CLOSED' },
		{ intents: ['publish', 'extend'], status: 'PUBLISHED' },
	] satisfies Array<{ intents: PlaceIntent[]; status: string }>)(
		'$intents: every step marks the place (ends $status)',
		async ({ intents, status }) => {
			const placeId = await newPlace(employer)
			for (const intent of intents) {
				let ok = false
				const marks = await marksOf(async () => {
					ok = (await runIntent(employer, placeId, intent)).ok
				})
				expect(ok, intent).toBe(true)
				expect(marks, intent).toEqual([mark('places', placeId)])
			}
			expect((await prisma.place.findUniqueOrThrow({ where: { id: placeId } })).status).toBe(status)
		},
	)

	it('a refused status change writes nothing and marks nothing', async () => {
		const placeId = await newPlace(employer)
		let result: Awaited<ReturnType<typeof runIntent>> | undefined
		expect(
			await marksOf(async () => {
				result = await runIntent(employer, placeId, 'pause')
			}),
		).toEqual([])
		expect(result).toEqual({ ok: false, problem: 'invalid-transition' })
	})

	it('duplicating marks the copy', async () => {
		const placeId = await newPlace(employer)
		let copyId = ''
		const marks = await marksOf(async () => {
			const result = await runIntent(employer, placeId, 'duplicate')
			if (result.ok) copyId = result.placeId
		})
		expect(copyId).not.toBe('')
		expect(copyId).not.toBe(placeId)
		expect(marks).toEqual([mark('places', copyId)])
	})

	it('extending by the reminder link marks the place', async () => {
		const placeId = await newPlace(employer)
		await runIntent(employer, placeId, 'publish')
		let extended: Awaited<ReturnType<typeof extendPlace>> = null
		const marks = await marksOf(async () => {
			extended = await extendPlace({ placeId, actorId: null, via: 'link' })
		})
		expect(extended).not.toBeNull()
		expect(marks).toEqual([mark('places', placeId)])
	})

	it('the expiry job marks exactly the places it closes', async () => {
		const other = await createEmployer()
		const place = (status: string, expiresInDays: number) =>
			prisma.place.create({
				data: {
					organizationId: other.organizationId,
					type: 'WORK_EXPERIENCE',
					title: `Plek ${status} ${expiresInDays}`,
					description: 'Een plek',
					locationMode: 'ORGANIZATION',
					workMode: 'ON_SITE',
					hoursMin: 8,
					hoursMax: 16,
					status,
					publishedAt: new Date(start.getTime() - 100 * DAY),
					expiresAt: new Date(start.getTime() + expiresInDays * DAY),
				},
				select: { id: true },
			})
		const expiredPublished = await place('PUBLISHED', -1)
		const expiredPaused = await place('PAUSED', -3)
		const open = await place('PUBLISHED', 5)
		const draft = await place('DRAFT', -5)

		let closed = 0
		const marks = await marksOf(async () => {
			closed = await closeExpiredPlaces()
		})
		expect(closed).toBe(2)
		expect(marks.sort()).toEqual([mark('places', expiredPublished.id), mark('places', expiredPaused.id)].sort())
		expect(marks).not.toContain(mark('places', open.id))
		expect(marks).not.toContain(mark('places', draft.id))
		// A second run closes nothing and marks nothing.
		expect(await marksOf(() => closeExpiredPlaces())).toEqual([])
	})

	it("an organisation's name or town change marks all of its places", async () => {
		const owner = await createEmployer()
		const first = await newPlace(owner)
		const second = await newPlace(owner)
		const elsewhere = await newPlace(employer)
		const save = (values: { name: string; town: string }) =>
			updateEmployerProfile({
				organizationId: owner.organizationId,
				actorId: owner.actor.id,
				values: { intent: 'update-profile', commitments: [], commitmentNote: undefined, ...values },
			})

		const byName = await marksOf(() => save({ name: 'Het Hofje', town: 'Doetinchem' }))
		expect(byName.sort()).toEqual([mark('places', first), mark('places', second)].sort())
		expect(byName).not.toContain(mark('places', elsewhere))

		const byTown = await marksOf(() => save({ name: 'Het Hofje', town: 'Zutphen' }))
		expect(byTown.sort()).toEqual([mark('places', first), mark('places', second)].sort())
		const organization = await prisma.organization.findUniqueOrThrow({ where: { id: owner.organizationId } })
		expect({ name: organization.name, town: organization.town }).toEqual({ name: 'Het Hofje', town: 'Zutphen' })
	})
})

// --- Candidates -------------------------------------------------------------------------------

describe('candidates', () => {
	let coach: SignedInUser
	let employer: SignedInUser
	let organizationId = ''
	beforeAll(async () => {
		;({ coach, employer, organizationId } = await createCoachingTeam())
	})

	const newCandidate = async (overrides: Partial<Parameters<typeof createCandidate>[0]> = {}) =>
		(await createCandidate({ organizationId, primaryCoachId: coach.user.id, ...overrides })).id

	const candidateInput = (overrides: Record<string, unknown> = {}) =>
		createCandidateFormSchema({ currentYear: 2026 }).parse({
			firstName: 'Sanne',
			homeTown: 'Doetinchem',
			interests: 'Tuinieren',
			primaryCoachId: coach.user.id,
			...overrides,
		})

	it('the intake marks the new candidate', async () => {
		let candidateId = ''
		const marks = await marksOf(async () => {
			const result = await intakeCandidate({ organizationId, actorId: coach.user.id, input: candidateInput() })
			if (result.ok) candidateId = result.candidateId
		})
		expect(candidateId).not.toBe('')
		expect(marks).toEqual([mark('candidates', candidateId)])
	})

	it('a profile edit marks the candidate, also when only the sensitive context changed', async () => {
		const candidateId = await newCandidate()
		const edit = (input: ReturnType<typeof candidateInput>) =>
			updateCandidate({ candidateId, organizationId, actorId: coach.user.id, input })
		expect(await marksOf(() => edit(candidateInput({ interests: 'Koken' })))).toEqual([mark('candidates', candidateId)])
		expect(await prisma.candidate.findUniqueOrThrow({ where: { id: candidateId } })).toMatchObject({
			interests: 'Koken',
		})
		expect(await marksOf(() => edit(candidateInput({ interests: 'Koken', supportNeeds: 'Rust' })))).toEqual([
			mark('candidates', candidateId),
		])
		// Nothing changed: nothing written, nothing to index.
		expect(await marksOf(() => edit(candidateInput({ interests: 'Koken', supportNeeds: 'Rust' })))).toEqual([])
	})

	it('confirming the profile with the candidate marks the candidate', async () => {
		const candidateId = await newCandidate({ confirmedAt: new Date(start.getTime() - 400 * DAY) })
		expect(await marksOf(() => confirmProfile(candidateId, coach.user.id))).toEqual([mark('candidates', candidateId)])
		expect((await prisma.candidate.findUniqueOrThrow({ where: { id: candidateId } })).confirmedAt).toEqual(start)
	})

	it('a stage change, stepping back and coming back each mark the candidate', async () => {
		const candidateId = await newCandidate()
		const target = { candidateId, actorId: coach.user.id }
		expect(
			await marksOf(() =>
				changeStage({ ...target, input: { intent: 'change-stage', stage: 'DEVELOPING', occurredOn: TODAY } }),
			),
		).toEqual([mark('candidates', candidateId)])
		expect(await marksOf(() => stepBack({ ...target, input: { intent: 'step-back', occurredOn: TODAY } }))).toEqual([
			mark('candidates', candidateId),
		])
		expect(
			await marksOf(() =>
				returnCandidate({ ...target, input: { intent: 'return', stage: 'JOB_SEEKING', occurredOn: TODAY } }),
			),
		).toEqual([mark('candidates', candidateId)])
		expect(await prisma.candidate.findUniqueOrThrow({ where: { id: candidateId } })).toMatchObject({
			stage: 'JOB_SEEKING',
			active: true,
		})
		// A refused move (already active) writes nothing and marks nothing.
		expect(await marksOf(() => returnCandidate({ ...target, input: { intent: 'return', occurredOn: TODAY } }))).toEqual(
			[],
		)
	})

	it.each(['EMPLOYER_SEARCH', 'IDENTITY_SHARE'] as const)(
		'recording and withdrawing %s consent each mark the candidate',
		async (purpose) => {
			const candidateId = await newCandidate()
			let consentId = ''
			const recorded = await marksOf(async () => {
				const result = await recordConsent({
					candidateId,
					actorId: coach.user.id,
					input: {
						purpose,
						basis: 'VERBAL',
						givenOn: TODAY,
						employerOrganizationId: purpose === 'IDENTITY_SHARE' ? employer.organization.id : null,
					},
				})
				if (result.ok) consentId = result.consentId
			})
			expect(consentId).not.toBe('')
			expect(recorded).toEqual([mark('candidates', candidateId)])

			const withdrawn = await marksOf(() => withdrawConsent({ candidateId, consentId, actorId: coach.user.id }))
			expect(withdrawn).toEqual([mark('candidates', candidateId)])
			expect((await prisma.candidateConsent.findUniqueOrThrow({ where: { id: consentId } })).withdrawnAt).toEqual(start)
			// Withdrawing again finds nothing to withdraw and marks nothing.
			expect(await marksOf(() => withdrawConsent({ candidateId, consentId, actorId: coach.user.id }))).toEqual([])
		},
	)

	it('erasure marks the candidate, so the sync removes its document', async () => {
		const candidateId = await newCandidate()
		expect(await marksOf(() => eraseCandidate(candidateId, coach.user.id))).toEqual([mark('candidates', candidateId)])
		expect((await prisma.candidate.findUniqueOrThrow({ where: { id: candidateId } })).erasedAt).toEqual(start)
	})

	it('a write that fails after its mark leaves no mark and no change', async () => {
		const candidateId = await newCandidate({ stage: 'ORIENTING' })
		// The candidate is updated and marked, then the event's impossible date fails the transaction.
		await expect(
			marksOf(() =>
				changeStage({
					candidateId,
					actorId: coach.user.id,
					input: { intent: 'change-stage', stage: 'WORKING', occurredOn: 'not-a-date' },
				}),
			),
		).rejects.toThrow()
		expect(await prisma.searchOutbox.count({ where: { documentId: candidateId } })).toBe(0)
		expect((await prisma.candidate.findUniqueOrThrow({ where: { id: candidateId } })).stage).toBe('ORIENTING')
	})
})

describe('the outbox transaction', () => {
	it('a transaction that throws after the mark leaves no mark', async () => {
		const placeId = 'c' + 'x'.repeat(24)
		await expect(
			prisma.$transaction(async (tx) => {
				await markForReindex(tx, 'places', [placeId])
				expect(await tx.searchOutbox.count({ where: { documentId: placeId } })).toBe(1)
				throw new Error('the write after the mark fails')
			}),
		).rejects.toThrow('the write after the mark fails')
		expect(await prisma.searchOutbox.findMany({ where: { documentId: placeId } })).toEqual([])
	})
})

// --- The demo seed ----------------------------------------------------------------------------

describe('the demo seed', () => {
	it('marks every place and every candidate, so the worker fills a fresh demo', async () => {
		const cursor = await outboxCursor()
		await seedDemoData()
		const [places, candidates, marks] = await Promise.all([
			prisma.place.findMany({ select: { id: true } }),
			prisma.candidate.findMany({ select: { id: true } }),
			prisma.searchOutbox.findMany({ where: { id: { gt: cursor } }, select: { indexName: true, documentId: true } }),
		])
		expect(places.length).toBeGreaterThan(10)
		expect(candidates.length).toBeGreaterThanOrEqual(40)
		const marked = new Set(marks.map((row) => `${row.indexName}:${row.documentId}`))
		for (const place of places) expect(marked.has(mark('places', place.id)), place.id).toBe(true)
		for (const candidate of candidates) expect(marked.has(mark('candidates', candidate.id)), candidate.id).toBe(true)
		// One mark per document: the seed writes each id once.
		expect(marks).toHaveLength(places.length + candidates.length)
	}, 60_000)
})
