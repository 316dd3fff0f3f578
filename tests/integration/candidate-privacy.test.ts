import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { employerVisibleCandidateWhere } from '#app/domain/candidates/visibility.server.ts'
import * as exportHtmlRoute from '#app/routes/jobcoach.kandidaten.$candidateId.export[.]html.ts'
import * as exportJsonRoute from '#app/routes/jobcoach.kandidaten.$candidateId.export[.]json.ts'
import * as privacyRoute from '#app/routes/jobcoach.kandidaten.$candidateId.privacy.tsx'
import * as consentRoute from '#app/routes/jobcoach.kandidaten.$candidateId.toestemming.tsx'
import * as layoutRoute from '#app/routes/jobcoach.kandidaten.$candidateId.tsx'
import * as eraseRoute from '#app/routes/jobcoach.kandidaten.$candidateId.wissen.tsx'
import { setClock } from '#app/utils/clock.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import { createLinkToken } from '#app/utils/link-tokens.server.ts'
import { createCandidate, createCoachingTeam, type SignedInUser } from '#tests/candidate-factories.ts'
import { callRoute, makeRequest, submissionErrors } from '#tests/factories.ts'
import { createPlacementWorld } from '#tests/plan-factories.ts'

// 09:00 in Amsterdam on Monday 2 March 2026.
const start = new Date('2026-03-02T08:00:00.000Z')

type Signed = SignedInUser
type RouteModule = Parameters<typeof callRoute>[0]

let coach: Signed
let colleague: Signed
let otherOrgCoach: Signed
let coordinator: Signed
let employer: Signed
let organizationId = ''

beforeAll(async () => {
	setClock(start)
	;({ coach, colleague, coordinator, otherOrgCoach, employer, organizationId } = await createCoachingTeam())
})
beforeEach(() => setClock(start))
afterAll(() => setClock(null))

const path = (candidateId: string, segment: string) => `/jobcoach/kandidaten/${candidateId}${segment}`

function call(module: RouteModule, candidateId: string, segment: string, who: Signed, form?: Record<string, string>) {
	return callRoute(module, {
		request: makeRequest(path(candidateId, segment), { cookie: who.cookie, form }),
		params: { candidateId },
	})
}

/** A candidate with everything: consents, reports in several states (by two authors), noted events. */
async function richCandidate(firstName = 'Sanne') {
	const candidate = await createCandidate({ organizationId, primaryCoachId: coach.user.id, firstName })
	await prisma.candidate.update({
		where: { id: candidate.id },
		data: { experience: 'Vrijwilliger bij de kringloop', nextAction: 'Bellen met Sanne over de proefplaats' },
	})
	await prisma.candidateEvent.create({
		data: {
			candidateId: candidate.id,
			kind: 'STAGE',
			fromStage: 'ORIENTING',
			toStage: 'DEVELOPING',
			occurredOn: new Date('2026-02-20T00:00:00.000Z'),
			note: 'Sanne wil graag buiten werken',
			recordedById: coach.user.id,
		},
	})
	await prisma.candidateReport.createMany({
		data: [
			{
				candidateId: candidate.id,
				authorId: coach.user.id,
				conversationOn: new Date('2026-02-25T00:00:00.000Z'),
				title: 'Kennismaking',
				body: 'Gesprek over wat Sanne blij maakt.',
				status: 'APPROVED',
			},
			{
				candidateId: candidate.id,
				authorId: colleague.user.id,
				conversationOn: new Date('2026-02-26T00:00:00.000Z'),
				title: 'Concept van een collega',
				body: 'Nog niet gedeeld.',
				status: 'DRAFT',
			},
		],
	})
	const consent = await call(consentRoute, candidate.id, '/toestemming', coach, {
		intent: 'record',
		purpose: 'EMPLOYER_SEARCH',
		basis: 'WRITTEN',
		givenOn: '2026-02-27',
		note: 'Handtekening in het dossier',
	})
	expect(consent.status, JSON.stringify(consent.data)).toBe(302)
	return candidate
}

describe('the privacy tab', () => {
	it('lists who saw the candidate, when and what', async () => {
		const candidate = await richCandidate()
		const view = await call(layoutRoute, candidate.id, '', colleague)
		expect(view.status).toBe(200)

		const page = await call(privacyRoute, candidate.id, '/privacy', coach)
		expect(page.status).toBe(200)
		const { accessLog } = page.data as Awaited<ReturnType<typeof privacyRoute.loader>>
		expect(accessLog).toEqual([
			expect.objectContaining({ section: 'IDENTITY', userName: 'Joost Verbeek', createdAt: start.toISOString() }),
		])
	})
})

describe('exporting everything about a candidate', () => {
	it('gives a JSON file with all data, named by code, and logs the export', async () => {
		const candidate = await richCandidate()
		const result = await call(exportJsonRoute, candidate.id, '/export.json', coach)
		expect(result.status).toBe(200)
		expect(result.headers.get('content-type')).toContain('application/json')
		expect(result.headers.get('cache-control')).toBe('no-store')
		const disposition = result.headers.get('content-disposition') ?? ''
		expect(disposition).toContain('attachment')
		expect(disposition).toContain(candidate.code)
		expect(disposition).not.toContain('Sanne')

		const data = result.data as Record<string, unknown> & {
			identity: Record<string, unknown>
			sensitive: Record<string, unknown>
			events: Array<Record<string, unknown>>
			reports: Array<Record<string, unknown>>
			consents: Array<Record<string, unknown>>
			accessLog: Array<Record<string, unknown>>
		}
		expect(data.code).toBe(candidate.code)
		expect(data.identity).toMatchObject({
			firstName: 'Sanne',
			lastName: 'de Vries',
			email: 'sanne@example.test',
			phone: '0612345678',
			birthYear: 1994,
		})
		expect(data.sensitive).toMatchObject({
			vulnerability: expect.stringContaining('Angstklachten'),
			benefits: 'PARTICIPATIEWET',
		})
		expect(data.events.map((event) => event.kind).sort()).toEqual(['INTAKE', 'STAGE'])
		expect(data.events).toHaveLength(2)
		expect(data.events.find((event) => event.kind === 'STAGE')).toMatchObject({
			note: 'Sanne wil graag buiten werken',
			recordedBy: 'Fatima El Amrani',
		})
		// Every report, also a colleague's draft the coach cannot open on a page.
		expect(data.reports.map((report) => report.title)).toEqual(['Kennismaking', 'Concept van een collega'])
		expect(data.reports[1]).toMatchObject({ status: 'DRAFT', author: 'Joost Verbeek' })
		expect(data.consents).toEqual([
			expect.objectContaining({ purpose: 'EMPLOYER_SEARCH', basis: 'WRITTEN', note: 'Handtekening in het dossier' }),
		])
		expect(data.accessLog).toEqual([expect.objectContaining({ section: 'EXPORT', user: 'Fatima El Amrani' })])

		const log = await prisma.candidateAccessLog.findMany({ where: { candidateId: candidate.id } })
		expect(log).toEqual([expect.objectContaining({ section: 'EXPORT', userId: coach.user.id })])
		const audit = await prisma.auditEvent.findFirstOrThrow({
			where: { action: 'candidate.exported', entityId: candidate.id },
		})
		expect(JSON.parse(audit.details ?? '{}')).toEqual({ format: 'json' })

		// A second export is its own entry.
		await call(exportJsonRoute, candidate.id, '/export.json', coach)
		expect(await prisma.candidateAccessLog.count({ where: { candidateId: candidate.id, section: 'EXPORT' } })).toBe(2)
	})

	it('gives a readable standalone HTML page that escapes what people typed', async () => {
		const candidate = await createCandidate({
			organizationId,
			primaryCoachId: coach.user.id,
			firstName: '<script>alert(1)</script>',
			lastName: 'Bakker & Zn',
		})
		const result = await call(exportHtmlRoute, candidate.id, '/export.html', coach)
		expect(result.status).toBe(200)
		expect(result.headers.get('content-type')).toContain('text/html')
		expect(result.headers.get('cache-control')).toBe('no-store')
		expect(result.headers.get('content-disposition')).toContain(`${candidate.code}`)
		const html = String(result.data)
		expect(html.startsWith('<!DOCTYPE html>')).toBe(true)
		expect(html).not.toContain('<script>')
		expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
		expect(html).toContain('Bakker &amp; Zn')
		expect(html).toContain('Angstklachten')
		expect(html).toContain(candidate.code)
		// Dutch labels by default.
		expect(html).toContain('Gevoelige context')
		const log = await prisma.candidateAccessLog.findMany({ where: { candidateId: candidate.id } })
		expect(log.map((entry) => entry.section)).toEqual(['EXPORT'])
		const audit = await prisma.auditEvent.findFirstOrThrow({
			where: { action: 'candidate.exported', entityId: candidate.id },
		})
		expect(JSON.parse(audit.details ?? '{}')).toEqual({ format: 'html' })
	})
})

describe('erasing a candidate', () => {
	it('shows what goes and what stays, and refuses a wrong code', async () => {
		const candidate = await richCandidate()
		const page = await call(eraseRoute, candidate.id, '/wissen', coach)
		expect(page.status).toBe(200)
		expect((page.data as Awaited<ReturnType<typeof eraseRoute.loader>>).summary).toMatchObject({
			code: candidate.code,
			hasSensitive: true,
			reports: 2,
			events: 2,
			consents: 1,
		})

		const wrong = await call(eraseRoute, candidate.id, '/wissen', coach, { confirmCode: 'K-0000' })
		expect(wrong.status).toBe(400)
		expect(submissionErrors(wrong).confirmCode).toEqual(['privacy:errors.codeMismatch'])
		const empty = await call(eraseRoute, candidate.id, '/wissen', coach, { confirmCode: '' })
		expect(empty.status).toBe(400)
		expect(await prisma.candidate.findUnique({ where: { id: candidate.id } })).toMatchObject({
			firstName: 'Sanne',
			erasedAt: null,
		})
		expect(await prisma.candidateReport.count({ where: { candidateId: candidate.id } })).toBe(2)
	})

	it('removes identity, sensitive context, reports and notes; keeps the history; then answers 404', async () => {
		const candidate = await richCandidate()
		await call(layoutRoute, candidate.id, '', coach)
		const logBefore = await prisma.candidateAccessLog.count({ where: { candidateId: candidate.id } })
		expect(logBefore).toBe(1)

		const result = await call(eraseRoute, candidate.id, '/wissen', coach, {
			confirmCode: ` ${candidate.code.toLowerCase()} `,
		})
		expect(result.status, JSON.stringify(result.data)).toBe(302)
		expect(result.location).toBe('/jobcoach/kandidaten')
		expect(result.headers.get('set-cookie')).toContain('wv_toast')

		const erased = await prisma.candidate.findUniqueOrThrow({ where: { id: candidate.id } })
		expect(erased).toMatchObject({
			code: candidate.code,
			firstName: null,
			lastName: null,
			email: null,
			phone: null,
			birthYear: null,
			happyWhen: null,
			interests: null,
			talents: null,
			experience: null,
			homeTown: null,
			homeMunicipality: null,
			latitude: null,
			longitude: null,
			nextAction: null,
			active: false,
			erasedAt: start,
		})
		expect(await prisma.candidateSensitive.findUnique({ where: { candidateId: candidate.id } })).toBeNull()
		expect(await prisma.candidateReport.count({ where: { candidateId: candidate.id } })).toBe(0)

		const events = await prisma.candidateEvent.findMany({
			where: { candidateId: candidate.id },
			orderBy: { createdAt: 'asc' },
		})
		expect(events.map((event) => event.kind).sort()).toEqual(['ERASED', 'INTAKE', 'STAGE'])
		expect(events.every((event) => event.note === null)).toBe(true)
		expect(events.find((event) => event.kind === 'STAGE')).toMatchObject({
			fromStage: 'ORIENTING',
			toStage: 'DEVELOPING',
		})

		const consents = await prisma.candidateConsent.findMany({ where: { candidateId: candidate.id } })
		expect(consents).toEqual([expect.objectContaining({ purpose: 'EMPLOYER_SEARCH', note: null })])
		expect(await prisma.candidateAccessLog.count({ where: { candidateId: candidate.id } })).toBe(logBefore)

		// No trace of the person anywhere in what remains.
		const remaining = JSON.stringify({ erased, events, consents })
		for (const value of ['Sanne', 'de Vries', 'sanne@example.test', '0612345678', 'Doetinchem', 'Handtekening']) {
			expect(remaining).not.toContain(value)
		}

		const audit = await prisma.auditEvent.findFirstOrThrow({
			where: { action: 'candidate.erased', entityId: candidate.id },
		})
		expect(audit.actorId).toBe(coach.user.id)
		expect(audit.details ?? '').not.toContain('Sanne')

		// Not employer-visible, even with the consent row kept.
		const visible = await prisma.candidate.findMany({
			where: employerVisibleCandidateWhere(start),
			select: { id: true },
		})
		expect(visible.map((row) => row.id)).not.toContain(candidate.id)

		for (const [module, segment] of [
			[layoutRoute, ''],
			[privacyRoute, '/privacy'],
			[consentRoute, '/toestemming'],
			[exportJsonRoute, '/export.json'],
			[exportHtmlRoute, '/export.html'],
			[eraseRoute, '/wissen'],
		] as const) {
			expect((await call(module, candidate.id, segment, coach)).status, segment).toBe(404)
		}
	})
	it('names the candidate by code in placement agreements and removes their typed name and personal links', async () => {
		const world = await createPlacementWorld()
		const agreement = await prisma.placementAgreement.create({
			data: {
				placementId: world.placement.id,
				version: 1,
				status: 'PENDING',
				periodFrom: start,
				periodTo: new Date('2026-09-02T00:00:00.000Z'),
				hoursPerWeek: 24,
				days: '["MON"]',
				tasks: 'Groenonderhoud',
				supervision: 'Marieke',
				compensation: 'Reiskosten',
				insurance: 'Werkgever',
				stepBackClause: 'De plek blijft',
				candidateName: 'Sanne de Vries',
				candidateEmail: 'sanne@example.test',
				employerSignatoryName: 'Els Werkgever',
				employerSignatoryEmail: world.employer.user.email,
				coachName: 'Fatima El Amrani',
				createdById: world.coach.user.id,
				acceptances: {
					create: [
						{ party: 'CANDIDATE', acceptedName: 'Sanne de Vries', acceptedAt: start, coachPresent: true },
						{ party: 'EMPLOYER', acceptedName: 'Els Werkgever', acceptedAt: start },
						{ party: 'COACHING' },
					],
				},
			},
			include: { acceptances: true },
		})
		const idOf = (party: string) => agreement.acceptances.find((row) => row.party === party)!.id
		const expiresAt = new Date(start.getTime() + 24 * 60 * 60 * 1000)
		await createLinkToken({ purpose: 'AGREEMENT_ACCEPT', subjectId: idOf('CANDIDATE'), expiresAt })
		await createLinkToken({ purpose: 'AGREEMENT_ACCEPT', subjectId: idOf('EMPLOYER'), expiresAt })

		const result = await call(eraseRoute, world.candidate.id, '/wissen', world.coach, {
			confirmCode: world.candidate.code,
		})
		expect(result.status, JSON.stringify(result.data)).toBe(302)

		const after = await prisma.placementAgreement.findUniqueOrThrow({
			where: { id: agreement.id },
			include: { acceptances: true },
		})
		expect(after).toMatchObject({ candidateName: world.candidate.code, candidateEmail: null })
		const byParty = (party: string) => after.acceptances.find((row) => row.party === party)!
		expect(byParty('CANDIDATE')).toMatchObject({ acceptedName: null, acceptedAt: start, coachPresent: true })
		// The other parties' acceptances and links are theirs, and stay.
		expect(byParty('EMPLOYER').acceptedName).toBe('Els Werkgever')
		expect(await prisma.linkToken.count({ where: { subjectId: idOf('CANDIDATE') } })).toBe(0)
		expect(await prisma.linkToken.count({ where: { subjectId: idOf('EMPLOYER') } })).toBe(1)
		expect(JSON.stringify(after)).not.toMatch(/Sanne|sanne@example/)
	})
})

describe('who may reach these pages', () => {
	it('answers 404 to another organisation, a coordinator and an employer, and changes nothing', async () => {
		const candidate = await richCandidate()
		const reads = [
			[privacyRoute, '/privacy'],
			[consentRoute, '/toestemming'],
			[exportJsonRoute, '/export.json'],
			[exportHtmlRoute, '/export.html'],
			[eraseRoute, '/wissen'],
		] as const
		for (const who of [otherOrgCoach, coordinator, employer]) {
			for (const [module, segment] of reads) {
				const result = await call(module, candidate.id, segment, who)
				expect(result.status, `${who.membership.role} ${segment}`).toBe(404)
			}
			const erase = await call(eraseRoute, candidate.id, '/wissen', who, { confirmCode: candidate.code })
			expect(erase.status).toBe(404)
		}
		expect(await prisma.candidate.findUnique({ where: { id: candidate.id } })).toMatchObject({
			firstName: 'Sanne',
			erasedAt: null,
		})
		expect(await prisma.candidateAccessLog.count({ where: { candidateId: candidate.id } })).toBe(0)
		expect(await prisma.auditEvent.count({ where: { action: 'candidate.exported', entityId: candidate.id } })).toBe(0)
	})
})
