// The yearly report through its route, on a small fixed data set for 2025 (looked at in March 2026):
// every section's figures as hand-counted below, in the HTML the page renders; the social return
// overview saved per organisation and year (coordinators only), kept when too long, printed as
// paragraphs; a tampered year; who may open it; and no candidate's name anywhere in it.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { type CandidateStage } from '#app/domain/candidates/candidate-options.ts'
import { NARRATIVE_MAX } from '#app/domain/insight/narrative-schema.ts'
import * as reportRoute from '#app/routes/inzicht.jaarverslag.tsx'
import { setClock } from '#app/utils/clock.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import { type Locale } from '#app/utils/i18n.ts'
import { createCandidate } from '#tests/candidate-factories.ts'
import {
	createContact,
	createNetworkWorld,
	createStakeholder,
	signedInByRole,
	type NetworkWorld,
} from '#tests/contact-factories.ts'
import { createEvent } from '#tests/event-factories.ts'
import {
	checkMatrixCase,
	getRoute,
	initialValue,
	postRoute,
	roleMatrix,
	submissionErrors,
	type MatrixCase,
	type SignedInUser,
} from '#tests/factories.ts'
import { renderOnServer } from '#tests/insight-fixtures.ts'
import { createPlace } from '#tests/placement-factories.ts'
import { addActivity, createEmployer, setRelationship } from '#tests/relationship-factories.ts'
import { calendarDay } from '#app/utils/amsterdam-time.ts'

// 11:00 in Amsterdam on Wednesday 4 March 2026; the report looked at is 2025's.
const start = new Date('2026-03-04T10:00:00.000Z')
const REPORT_PATH = '/inzicht/jaarverslag'
const path2025 = `${REPORT_PATH}?jaar=2025`

type LoaderData = Awaited<ReturnType<typeof reportRoute.loader>>

let world: NetworkWorld

/** Names that must never appear in the report. */
const candidateNames = [
	['Aukje', 'Zandbergen'],
	['Bram', 'Wolterink'],
	['Cor', 'Hesselink'],
	['Dirk', 'Overbeek'],
	['Eva', 'Roerdink'],
	['Femke', 'Tijhuis'],
	['Gijs', 'Anderland'],
] as const

type HistoryStep = { kind: 'STAGE' | 'STEP_BACK' | 'RETURN'; from?: CandidateStage; to?: CandidateStage; on: string }

async function candidate(
	organizationId: string,
	[firstName, lastName]: readonly [string, string],
	intake: { stage: CandidateStage; on: string },
	steps: HistoryStep[] = [],
) {
	const created = await createCandidate({
		organizationId,
		firstName,
		lastName,
		stage: intake.stage,
		confirmedAt: calendarDay(intake.on),
	})
	for (const step of steps) {
		await prisma.candidateEvent.create({
			data: {
				candidateId: created.id,
				kind: step.kind,
				fromStage: step.from ?? null,
				toStage: step.to ?? step.from ?? null,
				occurredOn: calendarDay(step.on),
			},
		})
	}
	return created
}

async function proposal({
	candidateId,
	placeId,
	employerId,
	on,
	steps,
	declineReason = null,
}: {
	candidateId: string
	placeId: string
	employerId: string
	on: string
	steps: Array<{ kind: 'INTRO_PLANNED' | 'PLACED' | 'DECLINED'; on: string }>
	declineReason?: string | null
}) {
	return prisma.proposal.create({
		data: {
			candidateId,
			placeId,
			coachingOrganizationId: world.networkId,
			employerOrganizationId: employerId,
			proposedById: world.jobcoach.user.id,
			motivation: 'Houdt van buiten werken.',
			status: steps.at(-1)?.kind ?? 'PROPOSED',
			declineReason,
			createdAt: calendarDay(on),
			events: {
				create: [
					{ kind: 'PROPOSED', createdAt: calendarDay(on) },
					...steps.map((step) => ({ kind: step.kind, createdAt: calendarDay(step.on) })),
				],
			},
		},
	})
}

function placement({
	candidateId,
	placeId,
	employerId,
	proposalId = null,
	startDate,
	durableOn,
	endedOn = null,
}: {
	candidateId: string
	placeId: string
	employerId: string
	proposalId?: string | null
	startDate: string
	durableOn: string
	endedOn?: string | null
}) {
	return prisma.placement.create({
		data: {
			candidateId,
			placeId,
			proposalId,
			coachingOrganizationId: world.networkId,
			employerOrganizationId: employerId,
			startDate: calendarDay(startDate),
			durableOn: calendarDay(durableOn),
			endedOn: endedOn ? calendarDay(endedOn) : null,
			status: endedOn ? 'ENDED' : 'ACTIVE',
			endReason: endedOn ? 'OTHER' : null,
			hoursPerWeek: 16,
			supervisorName: 'Werkbegeleider',
		},
	})
}

function invite(eventId: string, contactPersonId: string, attendance: 'PRESENT' | 'ABSENT') {
	return prisma.eventInvitation.create({
		data: { eventId, contactPersonId, response: 'YES', attendance, mailStatus: 'STORED' },
	})
}

/*
 * The data set, with what it means for 2025:
 *
 * Candidates (participants: A, B, C, E = 4; new intakes: A, C = 2; active at the end: A, B = 2,
 * not active: C (stepped back), E (left) = 2):
 *   A  intake 3 Feb 2025 orienting, to developing 6 May 2025             → developing, active
 *   B  intake 3 Jun 2024 job-seeking, to working 1 Apr 2025              → working, active
 *   C  intake 3 Mar 2025 orienting, stepped back 1 Oct 2025              → orienting, inactive (< 6 months)
 *   D  intake 8 Jan 2024, stepped back 4 Mar 2024                        → left before 2025: not a participant
 *   E  intake 2 Sep 2024 developing, stepped back 3 Feb 2025             → left the programme by the end
 *   F  intake 12 Jan 2026                                                → after the period
 *   G  a candidate of another organisation, intake in 2025               → not ours
 * Stages: orienting 1, developing 1, working 1, left 1 (of 4: 25% each).
 * Flows: 2 intakes into orienting; orienting → developing 1; job-seeking → working 1.
 *
 * Placements (started in 2025: B's, C's = 2; durable in 2025: B's on 2 Jul, E's on 5 Feb = 2;
 * C's ended before durable → durability 2 / 3 = 67%):
 *   B  1 Apr 2025, running          3 mo: 1 Jul ✓   6 mo: 1 Oct ✓    12 mo: 2026
 *   C  1 May 2025, ended 15 Jun     3 mo: 1 Aug ✗   6 mo: 1 Nov ✗    12 mo: 2026
 *   E  4 Nov 2024, ended 3 Mar 2025 3 mo: 4 Feb ✓   6 mo: 4 May ✗    12 mo: 4 Nov ✗
 * Retention: 3 months 2 of 3 (67%), 6 months 1 of 3 (33%), 12 months 0 of 1 (0%).
 *
 * Proposals made in 2025: B's (introduced, placed, durable), A's (declined: hours), C's (introduced,
 * placed) → proposed 3, introduced 2 (67%), placed 2 (67%), durable 1 (33%).
 *
 * Network: relationships Groen PARTNER, Bolder ENGAGED, Gerritsen CONTACTED, Dijkman DORMANT, and
 * the world's employer without one (PROSPECT): 1 each of 5. Contacts in 2025: Groen (call, visit),
 * Bolder (email) = 2 employers; Gerritsen in Dec 2024 and Dijkman in Jan 2026 do not count. Events
 * held in 2025: an employer meeting (Groen and Bolder present, Gerritsen absent) and a sounding-board
 * session (Groen and the staffing agency present); a cancelled meeting and a 2024 workshop do not
 * count → 2 events, 5 invited, 4 present, 3 organisations, 1 sounding-board session.
 */
beforeAll(async () => {
	setClock(start)
	world = await createNetworkWorld()
	const ours = world.networkId
	const [a, b, c, d, e, f, g] = candidateNames
	const candidateA = await candidate(ours, a, { stage: 'ORIENTING', on: '2025-02-03' }, [
		{ kind: 'STAGE', from: 'ORIENTING', to: 'DEVELOPING', on: '2025-05-06' },
	])
	const candidateB = await candidate(ours, b, { stage: 'JOB_SEEKING', on: '2024-06-03' }, [
		{ kind: 'STAGE', from: 'JOB_SEEKING', to: 'WORKING', on: '2025-04-01' },
	])
	const candidateC = await candidate(ours, c, { stage: 'ORIENTING', on: '2025-03-03' }, [
		{ kind: 'STEP_BACK', from: 'ORIENTING', on: '2025-10-01' },
	])
	await candidate(ours, d, { stage: 'ORIENTING', on: '2024-01-08' }, [
		{ kind: 'STEP_BACK', from: 'ORIENTING', on: '2024-03-04' },
	])
	const candidateE = await candidate(ours, e, { stage: 'DEVELOPING', on: '2024-09-02' }, [
		{ kind: 'STEP_BACK', from: 'DEVELOPING', on: '2025-02-03' },
	])
	await candidate(ours, f, { stage: 'ORIENTING', on: '2026-01-12' })
	await candidate(world.otherNetworkId, g, { stage: 'ORIENTING', on: '2025-04-01' })

	const groen = await createEmployer('Groen BV')
	const bolder = await createEmployer('Bakkerij Bolder')
	const gerritsen = await createEmployer('Garage Gerritsen')
	const dijkman = await createEmployer('Drukkerij Dijkman')
	await setRelationship({ networkId: ours, employerId: groen.id, stage: 'PARTNER' })
	await setRelationship({ networkId: ours, employerId: bolder.id, stage: 'ENGAGED' })
	await setRelationship({ networkId: ours, employerId: gerritsen.id, stage: 'CONTACTED' })
	await setRelationship({ networkId: ours, employerId: dijkman.id, stage: 'DORMANT' })
	// Another network's view of the same employer is its own.
	await setRelationship({ networkId: world.otherNetworkId, employerId: gerritsen.id, stage: 'PARTNER' })
	// Every employer and relationship was there before 2025 (the figure leaves out what came after a period).
	const before2025 = new Date('2024-12-02T10:00:00.000Z')
	await prisma.organization.updateMany({ where: { kind: 'EMPLOYER' }, data: { createdAt: before2025 } })
	await prisma.employerRelationship.updateMany({ data: { createdAt: before2025 } })

	const place = await createPlace({ organizationId: groen.id, spots: 5 })
	const placeB = await proposal({
		candidateId: candidateB.id,
		placeId: place.id,
		employerId: groen.id,
		on: '2025-03-03',
		steps: [
			{ kind: 'INTRO_PLANNED', on: '2025-03-10' },
			{ kind: 'PLACED', on: '2025-03-25' },
		],
	})
	await proposal({
		candidateId: candidateA.id,
		placeId: place.id,
		employerId: groen.id,
		on: '2025-06-02',
		steps: [{ kind: 'DECLINED', on: '2025-06-09' }],
		declineReason: 'HOURS',
	})
	const placeC = await proposal({
		candidateId: candidateC.id,
		placeId: place.id,
		employerId: groen.id,
		on: '2025-04-07',
		steps: [
			{ kind: 'INTRO_PLANNED', on: '2025-04-14' },
			{ kind: 'PLACED', on: '2025-04-25' },
		],
	})
	const common = { placeId: place.id, employerId: groen.id }
	await placement({
		...common,
		candidateId: candidateB.id,
		proposalId: placeB.id,
		startDate: '2025-04-01',
		durableOn: '2025-07-02',
	})
	await placement({
		...common,
		candidateId: candidateC.id,
		proposalId: placeC.id,
		startDate: '2025-05-01',
		durableOn: '2025-08-02',
		endedOn: '2025-06-15',
	})
	await placement({
		...common,
		candidateId: candidateE.id,
		startDate: '2024-11-04',
		durableOn: '2025-02-05',
		endedOn: '2025-03-03',
	})

	const actorId = world.coordinator.user.id
	const at = (day: string) => new Date(`${day}T10:00:00.000Z`)
	await addActivity({ networkId: ours, employerId: groen.id, kind: 'CALL', occurredAt: at('2025-03-10'), actorId })
	await addActivity({ networkId: ours, employerId: groen.id, kind: 'VISIT', occurredAt: at('2025-09-01'), actorId })
	await addActivity({ networkId: ours, employerId: bolder.id, kind: 'EMAIL', occurredAt: at('2025-05-05'), actorId })
	await addActivity({ networkId: ours, employerId: gerritsen.id, kind: 'CALL', occurredAt: at('2024-12-20'), actorId })
	await addActivity({ networkId: ours, employerId: dijkman.id, kind: 'CALL', occurredAt: at('2026-01-05'), actorId })

	const agency = await createStakeholder('Uitzendbureau Flex')
	const agencyContact = await createContact({ organizationId: agency.id, name: 'Fleur Flex' })
	const meeting = await createEvent({ networkId: ours, startsAt: at('2025-10-14') })
	await invite(meeting.id, groen.contact.id, 'PRESENT')
	await invite(meeting.id, bolder.contact.id, 'PRESENT')
	await invite(meeting.id, gerritsen.contact.id, 'ABSENT')
	const session = await createEvent({ networkId: ours, startsAt: at('2025-11-18'), kind: 'SOUNDING_BOARD' })
	await invite(session.id, groen.contact.id, 'PRESENT')
	await invite(session.id, agencyContact.id, 'PRESENT')
	const cancelled = await createEvent({ networkId: ours, startsAt: at('2025-12-02'), status: 'CANCELLED' })
	await invite(cancelled.id, dijkman.contact.id, 'PRESENT')
	await createEvent({ networkId: ours, startsAt: at('2024-11-11'), kind: 'WORKSHOP' })
})
beforeEach(() => setClock(start))
afterAll(() => setClock(null))

async function openReport(who: SignedInUser, path = path2025) {
	const result = await getRoute(reportRoute, path, who.cookie)
	expect(result.status, JSON.stringify(result.data)).toBe(200)
	return result.data as LoaderData
}

/** The page as the server renders it, with the loader's data (and an action's reply, as after a failed post). */
function renderPage(data: LoaderData, { locale = 'nl', actionData }: { locale?: Locale; actionData?: object } = {}) {
	const url = `http://localhost${REPORT_PATH}?jaar=${data.year}`
	return renderOnServer(
		[{ path: REPORT_PATH, Component: reportRoute.default, loader: () => data, action: () => actionData ?? null }],
		actionData ? new Request(url, { method: 'POST', body: new URLSearchParams() }) : new Request(url),
		locale,
	)
}

/** The page's text without markup, whitespace collapsed: what a reader (or the printed page) shows. */
function textOf(html: string) {
	return html
		.replace(/<[^>]+>/g, ' ')
		.replace(/&#x27;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&')
		.replace(/\s+/g, ' ')
}

/** A table row's cells (header and data) as text, found by its `data-row` inside the section. */
function rowCells(html: string, sectionId: string, rowKey: string) {
	const section = sectionHtml(html, sectionId)
	const match = new RegExp(`<tr[^>]*data-row="${rowKey}"[^>]*>([\\s\\S]*?)</tr>`).exec(section)
	if (!match) throw new Error(`No row ${rowKey} in section ${sectionId}`)
	return [...match[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map(([, cell]) => textOf(cell!).trim())
}

/** The HTML of one report section: from its heading to the next section's heading. */
function sectionHtml(html: string, id: string) {
	const startAt = html.indexOf(`id="${id}"`)
	if (startAt === -1) throw new Error(`No section ${id}`)
	const next = html.indexOf('<h2 ', startAt + 1)
	return html.slice(startAt, next === -1 ? undefined : next)
}

describe('the figures of a year', () => {
	it('reads the organisation’s own figures for the chosen year', async () => {
		const data = await openReport(world.coordinator)
		expect(data.year).toBe(2025)
		expect(data.invalid).toBe(false)
		expect(data.period).toEqual({ from: '2025-01-01', to: '2025-12-31' })
		expect(data.organizationName).toBe('Werkkracht Achterhoek')
		const { candidates, placements, proposals, network } = data.insight
		expect(candidates).toMatchObject({ participants: 4, newIntakes: 2, active: 2, inactive: 2, left: 1 })
		expect(candidates.byStage).toEqual({ ORIENTING: 1, DEVELOPING: 1, JOB_SEEKING: 0, WORKING: 1, COMPLETED: 0 })
		expect(placements).toMatchObject({ started: 2, durable: 2 })
		expect(placements.durabilityRate).toBeCloseTo(2 / 3)
		expect(proposals.funnel).toEqual({ proposed: 3, introduced: 2, placed: 2, durable: 1 })
		expect(network).toMatchObject({ employersContacted: 2, soundingBoardSessions: 1 })
		// What the report does not print stays on the server: no staff names, no trend.
		expect(data.insight.caseload).toEqual([])
		expect(network.contactsPerPerson).toEqual([])
	})

	it('prints every section with the hand-counted figures', async () => {
		const html = await renderPage(await openReport(world.coordinator))
		const text = textOf(html)

		expect(text).toContain('Jaarverslag 2025')
		expect(textOf(sectionHtml(html, 'about'))).toContain('Werkkracht Achterhoek')
		expect(textOf(sectionHtml(html, 'about'))).toContain('1 januari 2025 t/m 31 december 2025')
		expect(text).not.toContain('Deze periode loopt nog')
		// The print button needs JavaScript: the server's HTML has none (the browser's own print works).
		expect(text).not.toContain('Afdrukken / opslaan als pdf')

		const reach = textOf(sectionHtml(html, 'reach'))
		expect(reach).toContain('In deze periode begeleidden we 4 deelnemers.')
		expect(reach).toContain('2 deelnemers kwamen er nieuw bij.')
		expect(reach).toContain('Aan het eind van de periode: 2 actief, 2 niet actief.')
		expect(rowCells(html, 'reach', 'participants')).toEqual(['Deelnemers', '4', ''])
		expect(rowCells(html, 'reach', 'newIntakes')).toEqual(['Nieuwe deelnemers (intake)', '2', '50%'])
		expect(rowCells(html, 'reach', 'active')).toEqual(['Actief aan het eind van de periode', '2', '50%'])
		expect(rowCells(html, 'reach', 'inactive')).toEqual(['Niet actief aan het eind van de periode', '2', '50%'])

		expect(rowCells(html, 'stages', 'ORIENTING')).toEqual(['Oriënterend', '1', '25%'])
		expect(rowCells(html, 'stages', 'DEVELOPING')).toEqual(['Ontwikkelend', '1', '25%'])
		expect(rowCells(html, 'stages', 'JOB_SEEKING')).toEqual(['Werkzoekend', '0', '0%'])
		expect(rowCells(html, 'stages', 'WORKING')).toEqual(['Werkend', '1', '25%'])
		expect(rowCells(html, 'stages', 'COMPLETED')).toEqual(['Afgerond', '0', '0%'])
		expect(rowCells(html, 'stages', 'left')).toEqual(['Uit het traject', '1', '25%'])
		expect(rowCells(html, 'stages', 'total')).toEqual(['Totaal', '4', '100%'])
		const stages = textOf(sectionHtml(html, 'stages'))
		expect(stages).toContain('2 nieuwe deelnemers begonnen in de fase oriënterend.')
		expect(stages).toContain('1 deelnemer ging van oriënterend naar ontwikkelend.')
		expect(stages).toContain('1 deelnemer ging van werkzoekend naar werkend.')

		const placementsText = textOf(sectionHtml(html, 'placements'))
		expect(placementsText).toContain('2 plaatsingen zijn in deze periode gestart.')
		expect(placementsText).toContain('2 plaatsingen werden in deze periode duurzaam.')
		expect(placementsText).toContain('werd 67% het ook.')
		expect(rowCells(html, 'placements', 'placementsStarted')).toEqual(['Plaatsingen gestart', '2'])
		expect(rowCells(html, 'placements', 'placementsDurable')).toEqual(['Plaatsingen duurzaam geworden', '2'])
		expect(rowCells(html, 'placements', 'durabilityRate')).toEqual(['Duurzaamheid', '67%'])
		expect(rowCells(html, 'placements', '3')).toEqual(['3 maanden', '3', '2', '67%'])
		expect(rowCells(html, 'placements', '6')).toEqual(['6 maanden', '3', '1', '33%'])
		expect(rowCells(html, 'placements', '12')).toEqual(['12 maanden', '1', '0', '0%'])

		expect(textOf(sectionHtml(html, 'proposals'))).toContain(
			'Voorstellen in deze periode: 3. Daarvan geplaatst: 2. Duurzaam aan het werk: 1.',
		)
		expect(rowCells(html, 'proposals', 'proposed')).toEqual(['Voorgesteld', '3', '100%'])
		expect(rowCells(html, 'proposals', 'introduced')).toEqual(['Kennismaking', '2', '67%'])
		expect(rowCells(html, 'proposals', 'placed')).toEqual(['Geplaatst', '2', '67%'])
		expect(rowCells(html, 'proposals', 'durable')).toEqual(['Duurzaam aan het werk', '1', '33%'])
		expect(rowCells(html, 'proposals', 'HOURS')).toEqual(['De uren of dagen passen niet', '1'])

		const network = textOf(sectionHtml(html, 'network'))
		expect(network).toContain('We hadden contact met 2 werkgevers.')
		expect(network).toContain('We hielden 2 bijeenkomsten, met 4 aanwezigen van 3 organisaties.')
		expect(network).toContain('Er was 1 klankbordsessie.')
		expect(rowCells(html, 'network', 'employersContacted')).toEqual(['Werkgevers met wie we contact hadden', '2', ''])
		expect(rowCells(html, 'network', 'eventsHeld')).toEqual(['Bijeenkomsten gehouden', '2', ''])
		expect(rowCells(html, 'network', 'invited')).toEqual(['Uitnodigingen voor bijeenkomsten', '5', ''])
		expect(rowCells(html, 'network', 'present')).toEqual(['Aanwezigen bij bijeenkomsten', '4', '80%'])
		expect(rowCells(html, 'network', 'organizationsReached')).toEqual([
			'Organisaties bereikt met bijeenkomsten',
			'3',
			'',
		])
		expect(rowCells(html, 'network', 'soundingBoardSessions')).toEqual(['Klankbordsessies', '1', ''])
		for (const stage of ['PROSPECT', 'CONTACTED', 'ENGAGED', 'PARTNER', 'DORMANT']) {
			expect(rowCells(html, 'network', stage).slice(1)).toEqual(['1', '20%'])
		}
		expect(rowCells(html, 'network', 'EMPLOYER_MEETING')).toEqual(['Werkgeversbijeenkomst', '1', '2', '2'])
		expect(rowCells(html, 'network', 'SOUNDING_BOARD')).toEqual(['Klankbordsessie', '1', '2', '2'])
		expect(rowCells(html, 'network', 'WORKSHOP')).toEqual(['Workshop', '0', '0', '0'])

		expect(textOf(sectionHtml(html, 'appendix'))).toContain('6 maanden in het traject')
	})

	it('gives every table a caption and its headers a scope', async () => {
		const html = await renderPage(await openReport(world.jobcoach))
		const tables = html.match(/<table[\s\S]*?<\/table>/g) ?? []
		expect(tables.length).toBeGreaterThanOrEqual(8)
		for (const table of tables) {
			expect(table).toMatch(/<caption[^>]*>[^<]+<\/caption>/)
			expect(table.match(/<th(?=[\s>])(?![^>]*scope=)/g)).toBeNull()
		}
	})

	it('is in English for an English reader', async () => {
		const text = textOf(await renderPage(await openReport(world.coordinator), { locale: 'en' }))
		expect(text).toContain('Yearly report 2025')
		expect(text).toContain('In this period we guided 4 participants.')
		expect(text).toContain('We held 2 events, with 4 people present from 3 organisations.')
		expect(text).toContain('How these figures are counted')
	})

	it('names no candidate anywhere, not even to their own coach', async () => {
		for (const who of [world.coordinator, world.jobcoach]) {
			const data = await openReport(who)
			const html = await renderPage(data)
			const everything = `${JSON.stringify(data)}\n${html}`
			for (const [firstName, lastName] of candidateNames) {
				expect(everything).not.toContain(firstName)
				expect(everything).not.toContain(lastName)
			}
		}
	})

	it('shows this year up to today by default, and says the year is still running', async () => {
		const data = await openReport(world.coordinator, REPORT_PATH)
		expect(data).toMatchObject({ year: 2026, invalid: false, period: { from: '2026-01-01', to: '2026-03-04' } })
		expect(data.insight.candidates.newIntakes).toBe(1)
		expect(textOf(await renderPage(data))).toContain(
			'Deze periode loopt nog: de cijfers zijn de stand op 4 maart 2026.',
		)
	})

	it('falls back to this year, with a notice, for a year it cannot show', async () => {
		for (const year of ['abc', '2027', '1850', '2025-01']) {
			const data = await openReport(world.coordinator, `${REPORT_PATH}?jaar=${year}`)
			expect(data, year).toMatchObject({ year: 2026, invalid: true })
			expect(textOf(await renderPage(data))).toContain(
				'Het gevraagde jaar kunnen we niet tonen. Je ziet het jaarverslag van 2026.',
			)
		}
	})

	it('shows another organisation only its own figures', async () => {
		const data = await openReport(world.otherCoordinator)
		expect(data.insight.candidates.participants).toBe(1)
		expect(data.insight.network.employersByStage.PARTNER).toBe(1)
		expect(data.insight.network.employersContacted).toBe(0)
	})
})

describe('the social return overview', () => {
	const text2025 =
		'Deelnemers vonden hun weg naar werk.\nWerkgevers bleven betrokken.\n\nDe klankbordgroep <b>startte</b> weer.'

	it('is written by a coordinator, kept per year, and printed as paragraphs with its line breaks', async () => {
		const saved = await postRoute(reportRoute, path2025, world.coordinator.cookie, { text: `  ${text2025}  ` })
		expect(saved.status).toBe(302)
		expect(saved.location).toBe(path2025)
		expect(saved.headers.get('set-cookie')).toContain('wv_toast=')

		const data = await openReport(world.coordinator)
		expect(data.narrative).toMatchObject({ text: text2025, updatedByName: 'Carla Coördinator' })
		// Other years have their own (none yet); this year's is not 2025's.
		expect((await openReport(world.coordinator, `${REPORT_PATH}?jaar=2024`)).narrative).toBeNull()
		expect((await openReport(world.coordinator, REPORT_PATH)).narrative).toBeNull()
		// Another organisation's 2025 report has none.
		expect((await openReport(world.otherCoordinator)).narrative).toBeNull()

		const readOnly = sectionHtml(await renderPage(await openReport(world.jobcoach)), 'narrative')
		expect(readOnly).not.toContain('<form')
		expect(readOnly).not.toContain('<textarea')
		expect(readOnly).toContain(
			'<p><span>Deelnemers vonden hun weg naar werk.</span><span><br/>Werkgevers bleven betrokken.</span></p>',
		)
		// Markup is shown as text, never as HTML.
		expect(readOnly).toContain('<p><span>De klankbordgroep &lt;b&gt;startte&lt;/b&gt; weer.</span></p>')

		const editable = sectionHtml(await renderPage(data), 'narrative')
		expect(editable).toContain('<form')
		expect(editable).toMatch(/<textarea[^>]*>Deelnemers vonden hun weg naar werk\.\nWerkgevers/)
		// The saved text is there for print, hidden on screen behind the form.
		expect(editable).toMatch(/class="[^"]*hidden print:block[^"]*"[^>]*><p><span>Deelnemers/)
	})

	it('keeps Windows line endings as plain ones', async () => {
		await postRoute(reportRoute, `${REPORT_PATH}?jaar=2022`, world.coordinator.cookie, {
			text: 'Een\r\nTwee\r\n\r\nDrie',
		})
		expect((await openReport(world.coordinator, `${REPORT_PATH}?jaar=2022`)).narrative?.text).toBe('Een\nTwee\n\nDrie')
	})

	it('refuses a text that is too long, keeps what was typed and saves nothing', async () => {
		const tooLong = `${'Maatschappelijk rendement. '.repeat(200)}`.slice(0, NARRATIVE_MAX + 1)
		const result = await postRoute(reportRoute, `${REPORT_PATH}?jaar=2021`, world.coordinator.cookie, { text: tooLong })
		expect(result.status).toBe(400)
		expect(submissionErrors(result).text).toEqual([
			`errors:validation.tooLong|${JSON.stringify({ count: NARRATIVE_MAX })}`,
		])
		expect(initialValue(result).text).toBe(tooLong)
		expect(await prisma.insightNarrative.count({ where: { periodFrom: '2021-01-01' } })).toBe(0)

		const html = await renderPage(await openReport(world.coordinator, `${REPORT_PATH}?jaar=2021`), {
			actionData: result.data as object,
		})
		const section = sectionHtml(html, 'narrative')
		expect(/<textarea[^>]*>([\s\S]*?)<\/textarea>/.exec(section)?.[1]).toBe(tooLong)
		expect(textOf(section)).toContain(`Maximaal ${NARRATIVE_MAX.toLocaleString('nl-NL')} tekens`)
		expect(section).toMatch(/aria-invalid="true"/)
	})

	it('is cleared by saving it empty', async () => {
		await postRoute(reportRoute, `${REPORT_PATH}?jaar=2020`, world.coordinator.cookie, { text: 'Eerst wel.' })
		await postRoute(reportRoute, `${REPORT_PATH}?jaar=2020`, world.coordinator.cookie, { text: '   ' })
		const data = await openReport(world.coordinator, `${REPORT_PATH}?jaar=2020`)
		expect(data.narrative).toBeNull()
		expect(textOf(sectionHtml(await renderPage(data), 'narrative'))).toContain(
			'Voor deze periode is nog geen toelichting op het maatschappelijk rendement geschreven.',
		)
	})

	it('is read-only for jobcoaches: their save is refused and changes nothing', async () => {
		const result = await postRoute(reportRoute, path2025, world.jobcoach.cookie, { text: 'Door de jobcoach.' })
		expect(result.status).toBe(403)
		expect(result.thrown).toBe(true)
		expect((await openReport(world.coordinator)).narrative?.text).toBe(text2025)
	})

	it('is not saved under another year when the year in the address is tampered with', async () => {
		const result = await postRoute(reportRoute, `${REPORT_PATH}?jaar=abc`, world.coordinator.cookie, { text: 'Mis.' })
		expect(result.status).toBe(400)
		expect(await prisma.insightNarrative.count({ where: { text: 'Mis.' } })).toBe(0)
	})
})

describe('who may open the yearly report', () => {
	const cases: Array<MatrixCase<SignedInUser>> = [
		{
			route: 'inzicht.jaarverslag',
			module: reportRoute,
			target: () => ({ path: REPORT_PATH }),
			expected: { COORDINATOR: 200, JOBCOACH: 200, EMPLOYER: 403, ADMIN: 403 },
		},
		{
			route: 'inzicht.jaarverslag (save the overview)',
			module: reportRoute,
			method: 'POST',
			target: () => ({ path: `${REPORT_PATH}?jaar=2023` }),
			form: () => ({ text: 'Een jaar om te onthouden.' }),
			expected: { COORDINATOR: 302, JOBCOACH: 403, EMPLOYER: 403, ADMIN: 403 },
		},
	]
	it.each(roleMatrix(cases))('$route as $actor: $outcome', async (testCase) => {
		await checkMatrixCase(testCase, signedInByRole(world))
	})
})
