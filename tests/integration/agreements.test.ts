import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import * as acceptRoute from '#app/routes/akkoord.$token.tsx'
import * as pageRoute from '#app/routes/jobcoach.plaatsingen.$placementId_.overeenkomst._index.tsx'
import * as editRoute from '#app/routes/jobcoach.plaatsingen.$placementId_.overeenkomst.bewerken.tsx'
import { acceptAgreement, readAgreementLink } from '#app/domain/plans/agreements.server.ts'
import { setClock } from '#app/utils/clock.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import { createI18n } from '#app/utils/i18n.ts'
import { createLinkToken } from '#app/utils/link-tokens.server.ts'
import { hashToken } from '#app/utils/session.server.ts'
import { getToast } from '#app/utils/toast.server.ts'
import {
	emailsTo,
	expectRefused,
	getRoute,
	initialValue,
	loaderData,
	postRoute,
	signInAgain,
	submissionErrors,
	type SignedInUser,
} from '#tests/factories.ts'
import { createPlacementWorld, type PlacementWorld } from '#tests/plan-factories.ts'

// Tuesday 24 November 2026, 10:15 in Amsterdam.
const start = new Date('2026-11-24T09:15:00.000Z')
const DAY = 24 * 60 * 60 * 1000

beforeEach(() => setClock(start))
afterAll(() => setClock(null))

type PageData = Awaited<ReturnType<typeof pageRoute.loader>>
type FormData = Awaited<ReturnType<typeof editRoute.loader>>
type LinkPage = { page: { state: string; [key: string]: unknown } }

const pagePath = (placementId: string) => `/jobcoach/plaatsingen/${placementId}/overeenkomst`
const editPath = (placementId: string) => `${pagePath(placementId)}/bewerken`
const linkPath = (token: string) => `/akkoord/${token}`

const openPage = (world: PlacementWorld, query = '', who: SignedInUser = world.coach) =>
	getRoute(pageRoute, `${pagePath(world.placement.id)}${query}`, who.cookie, { placementId: world.placement.id })
const pageData = (world: PlacementWorld, query = '') =>
	loaderData<PageData>(pageRoute, `${pagePath(world.placement.id)}${query}`, world.coach.cookie, {
		placementId: world.placement.id,
	})
const formData = (world: PlacementWorld) =>
	loaderData<FormData>(editRoute, editPath(world.placement.id), world.coach.cookie, { placementId: world.placement.id })

type Defaults = FormData['defaults']

/** The form as a browser sends it: the days as repeated values. */
function toForm(values: Defaults, overrides: Partial<Record<keyof Defaults, string | string[]>> = {}) {
	const merged = { ...values, ...overrides }
	return Object.entries(merged).flatMap(([key, value]): Array<[string, string]> =>
		Array.isArray(value) ? value.map((item) => [key, String(item)]) : [[key, String(value)]],
	)
}

function postVersion(world: PlacementWorld, form: Array<[string, string]>, who: SignedInUser = world.coach) {
	return postRoute(editRoute, editPath(world.placement.id), who.cookie, form, { placementId: world.placement.id })
}

/** Draws up a version through the form: the current defaults with `overrides`, days Monday and Wednesday. */
async function createVersion(
	world: PlacementWorld,
	overrides: Partial<Record<keyof Defaults, string | string[]>> = {},
) {
	const { defaults } = await formData(world)
	const result = await postVersion(world, toForm(defaults, { days: ['MON', 'WED'], ...overrides }))
	expect(result.status, JSON.stringify(result.data)).toBe(302)
	expect(result.location).toBe(pagePath(world.placement.id))
	return result
}

function postLinkAction(world: PlacementWorld, intent: string, party: string, who: SignedInUser = world.coach) {
	return postRoute(
		pageRoute,
		pagePath(world.placement.id),
		who.cookie,
		{ intent, party },
		{
			placementId: world.placement.id,
		},
	)
}

/** The token of the personal link in the latest email to an address. */
async function latestLinkTo(address: string) {
	const mails = await emailsTo(address)
	const text = mails.at(-1)?.text ?? ''
	const token = /\/akkoord\/([a-z2-7]{52})/.exec(text)?.[1]
	if (!token) throw new Error(`No agreement link in the mail to ${address}: ${text}`)
	return token
}

/** "Open here": the fresh link the coach is sent to. */
async function openHere(world: PlacementWorld, party: 'CANDIDATE' | 'COACHING') {
	const result = await postLinkAction(world, 'open-link', party)
	expect(result.status, JSON.stringify(result.data)).toBe(302)
	const token = /^\/akkoord\/([a-z2-7]{52})$/.exec(result.location ?? '')?.[1]
	expect(token).toBeTruthy()
	return token!
}

/** The toast a response sets, as the next page would read it. */
async function toastOf(result: { headers: Headers }) {
	const cookie = result.headers.get('set-cookie')?.split(';')[0] ?? ''
	return (await getToast(new Request('http://localhost/', { headers: { cookie } }))).toast
}

const tokenRow = (token: string) => prisma.linkToken.findUniqueOrThrow({ where: { tokenHash: hashToken(token) } })
const acceptanceOf = (world: PlacementWorld, party: string) =>
	prisma.agreementAcceptance.findFirstOrThrow({
		where: { party, agreement: { placementId: world.placement.id } },
		orderBy: { agreement: { version: 'desc' } },
	})

const openLink = (token: string) => getRoute(acceptRoute, linkPath(token), null, { token })
const accept = (token: string, form: Record<string, string> = { acceptedName: 'Iemand', agree: 'on' }) =>
	postRoute(acceptRoute, linkPath(token), null, form, { token })

const agreementsOf = (placementId: string) =>
	prisma.placementAgreement.findMany({
		where: { placementId },
		orderBy: { version: 'asc' },
		include: { acceptances: true },
	})

/** All three parties accept the latest version: employer and coach via their mail, the candidate here. */
async function acceptAll(world: PlacementWorld) {
	for (const token of [
		await latestLinkTo(world.employer.user.email),
		await latestLinkTo(world.coach.user.email),
		await openHere(world, 'CANDIDATE'),
	]) {
		const result = await accept(token, { acceptedName: 'Akkoord Gever', agree: 'on' })
		expect(result.status, JSON.stringify(result.data)).toBe(302)
	}
}

describe('drawing up the agreement', () => {
	it('starts version 1 from the placement, and saving it creates a pending version and mails all three parties', async () => {
		const world = await createPlacementWorld()
		const empty = await pageData(world)
		expect(empty).toMatchObject({ eligible: true, shown: null, versions: [], canUpdate: true })

		const form = await formData(world)
		// The form shows the candidate's name and address: every look is recorded (here a colleague's first).
		await loaderData<FormData>(editRoute, editPath(world.placement.id), world.colleague.cookie, {
			placementId: world.placement.id,
		})
		expect(
			await prisma.candidateAccessLog.count({
				where: { candidateId: world.candidate.id, userId: world.colleague.user.id, section: 'IDENTITY' },
			}),
		).toBe(1)
		expect(form.nextVersion).toBe(1)
		expect(form.defaults).toMatchObject({
			periodFrom: '2026-03-02',
			periodTo: '2026-09-02',
			hoursPerWeek: '24',
			days: [],
			tasks: world.place.description,
			candidateName: 'Sanne de Vries',
			candidateEmail: 'sanne@example.test',
			employerSignatoryName: 'Els Werkgever',
			employerSignatoryEmail: world.employer.user.email,
			coachName: 'Fatima El Amrani',
			coachEmail: world.coach.user.email,
			changeNote: '',
		})
		expect(form.defaults.supervision).toContain('Marieke Jansen (marieke@groen.test)')
		expect(form.defaults.insurance).toContain('Hoveniersbedrijf Groen')
		expect(form.defaults.stepBackClause).toContain('6 weken')

		// Every world's candidate has this address: count what this version adds.
		const candidateMailsBefore = (await emailsTo('sanne@example.test')).length
		const saved = await createVersion(world)
		expect(await emailsTo('sanne@example.test')).toHaveLength(candidateMailsBefore + 1)
		expect(await toastOf(saved)).toMatchObject({
			type: 'success',
			title: 'agreements:toast.versionCreated',
			values: { version: '1', count: '3', total: '3' },
		})
		expect((await toastOf(saved))?.description).toBeUndefined()
		const [version] = await agreementsOf(world.placement.id)
		expect(version).toMatchObject({
			version: 1,
			status: 'PENDING',
			hoursPerWeek: 24,
			days: '["MON","WED"]',
			changeNote: null,
			lockedAt: null,
			createdById: world.coach.user.id,
		})
		expect(version!.acceptances.map((row) => row.party).sort()).toEqual(['CANDIDATE', 'COACHING', 'EMPLOYER'])
		expect(version!.acceptances.every((row) => row.linkSentAt?.getTime() === start.getTime())).toBe(true)

		for (const address of ['sanne@example.test', world.employer.user.email, world.coach.user.email]) {
			const mails = await emailsTo(address)
			expect(mails.at(-1)!.subject).toContain('Sanne de Vries bij Hoveniersbedrijf Groen (versie 1)')
			const token = await latestLinkTo(address)
			expect(((await openLink(token)).data as LinkPage).page.state).toBe('open')
		}
		const employerPage = (await openLink(await latestLinkTo(world.employer.user.email))).data as LinkPage
		expect(employerPage.page).toMatchObject({ party: 'EMPLOYER', partyName: 'Els Werkgever' })
		expect(employerPage.page).not.toHaveProperty('linkTokenId')
		// The page behind a link carries names only: no one's address, link moments or other acceptances.
		const json = JSON.stringify(employerPage)
		for (const secret of ['sanne@example.test', world.coach.user.email, 'coachPresent', 'linkSentAt', 'email"']) {
			expect(json).not.toContain(secret)
		}
		expect((employerPage.page.agreement as { parties: unknown[] }).parties).toEqual([
			{ party: 'CANDIDATE', name: 'Sanne de Vries' },
			{ party: 'EMPLOYER', name: 'Els Werkgever' },
			{ party: 'COACHING', name: 'Fatima El Amrani' },
		])

		const page = await pageData(world)
		expect(page.shown).toMatchObject({ version: 1, status: 'PENDING', days: ['MON', 'WED'] })
		expect(page.versions).toHaveLength(1)
	})

	it('refuses bad input with clear messages and keeps what was typed', async () => {
		const world = await createPlacementWorld()
		const { defaults } = await formData(world)
		const result = await postVersion(
			world,
			toForm(defaults, {
				periodFrom: '2026-06-01',
				periodTo: '2026-05-01',
				hoursPerWeek: '41',
				tasks: '',
				insurance: 'x'.repeat(2001),
				employerSignatoryEmail: 'geen-adres',
				stepBackClause: 'Eigen tekst over terugstappen',
			}),
		)
		expect(result.status).toBe(400)
		const errors = submissionErrors(result)
		expect(errors.hoursPerWeek).toEqual(['agreements:errors.hours'])
		expect(errors.days).toEqual(['agreements:errors.daysRequired'])
		expect(errors.tasks).toEqual(['errors:validation.required'])
		expect(errors.insurance?.[0]).toMatch(/^errors:validation.tooLong/)
		expect(errors.employerSignatoryEmail).toEqual(['errors:validation.email'])
		expect(initialValue(result).stepBackClause).toBe('Eigen tekst over terugstappen')
		expect(await agreementsOf(world.placement.id)).toHaveLength(0)

		// The period is checked once every field is valid: the end lies after the start.
		for (const periodTo of ['2026-05-01', '2026-06-01']) {
			const period = await postVersion(
				world,
				toForm(defaults, { periodFrom: '2026-06-01', periodTo, days: ['MON'], hoursPerWeek: '12.5' }),
			)
			expect(period.status).toBe(400)
			expect(submissionErrors(period).periodTo).toEqual(['agreements:errors.periodOrder'])
		}
		const halfHours = await postVersion(world, toForm(defaults, { days: ['MON'], hoursPerWeek: '12.25' }))
		expect(submissionErrors(halfHours).hoursPerWeek).toEqual(['agreements:errors.hoursStep'])
		expect(await agreementsOf(world.placement.id)).toHaveLength(0)
	})

	it('refuses a form built on an older version: a colleague saved meanwhile, or the form was sent twice', async () => {
		const world = await createPlacementWorld()
		const mine = await formData(world)
		const theirs = await formData(world)
		expect(mine.defaults.baseVersion).toBe('0')
		const form = toForm(mine.defaults, { days: ['MON'] })
		expect((await postVersion(world, toForm(theirs.defaults, { days: ['TUE'] }), world.colleague)).status).toBe(302)
		const stale = await postVersion(world, form)
		expect(stale.status).toBe(400)
		expect(submissionErrors(stale)['']).toEqual(['agreements:errors.stale|{"version":1}'])
		expect(initialValue(stale).tasks).toBe(mine.defaults.tasks)
		expect(createI18n('en').t('agreements:errors.stale', { version: 1 })).toContain('A colleague saved version 1')

		// A double submit of one form makes one version.
		const { defaults } = await formData(world)
		const again = toForm(defaults, { days: ['WED'], changeNote: 'Woensdag.' })
		expect((await postVersion(world, again)).status).toBe(302)
		expect(submissionErrors(await postVersion(world, again))['']).toEqual(['agreements:errors.stale|{"version":2}'])
		expect((await agreementsOf(world.placement.id)).map((row) => row.version)).toEqual([1, 2])
	})

	it('every save is a new version: a pending one is superseded, an accepted one stays in force until the next is accepted by all', async () => {
		const world = await createPlacementWorld()
		await createVersion(world)
		const oldEmployerLink = await latestLinkTo(world.employer.user.email)

		// From version 2 on the change note is required.
		const { defaults } = await formData(world)
		const withoutNote = await postVersion(world, toForm(defaults, { days: ['TUE'] }))
		expect(withoutNote.status).toBe(400)
		expect(submissionErrors(withoutNote).changeNote).toEqual(['agreements:errors.changeNoteRequired'])

		await createVersion(world, { days: ['TUE'], changeNote: 'Dinsdag in plaats van maandag en woensdag.' })
		let versions = await agreementsOf(world.placement.id)
		expect(versions.map((row) => [row.version, row.status])).toEqual([
			[1, 'SUPERSEDED'],
			[2, 'PENDING'],
		])
		expect(versions[1]!.changeNote).toBe('Dinsdag in plaats van maandag en woensdag.')
		// The pending version 1's links stop working.
		const superseded = await openLink(oldEmployerLink)
		expect(superseded.status).toBe(410)
		expect((superseded.data as LinkPage).page).toEqual({ state: 'superseded', version: 1, acceptedAt: null })
		expect((await accept(oldEmployerLink)).status).toBe(410)
		expect(versions[0]!.acceptances.every((row) => row.acceptedAt === null)).toBe(true)

		const employerLinkOfVersion2 = await latestLinkTo(world.employer.user.email)
		await acceptAll(world)
		versions = await agreementsOf(world.placement.id)
		expect(versions.map((row) => [row.version, row.status])).toEqual([
			[1, 'SUPERSEDED'],
			[2, 'ACCEPTED'],
		])

		setClock(new Date(start.getTime() + DAY))
		await createVersion(world, { hoursPerWeek: '16', changeNote: 'Minder uren.' })
		versions = await agreementsOf(world.placement.id)
		expect(versions.map((row) => [row.version, row.status])).toEqual([
			[1, 'SUPERSEDED'],
			[2, 'ACCEPTED'],
			[3, 'PENDING'],
		])
		const page = await pageData(world)
		expect(page.shown).toMatchObject({ version: 3, status: 'PENDING', hoursPerWeek: 16 })
		expect(page.inForceVersion).toBe(2)

		// Two of three is not enough: version 2 stays in force.
		await accept(await latestLinkTo(world.employer.user.email))
		await accept(await latestLinkTo(world.coach.user.email))
		expect((await agreementsOf(world.placement.id)).map((row) => row.status)).toEqual([
			'SUPERSEDED',
			'ACCEPTED',
			'PENDING',
		])
		await accept(await openHere(world, 'CANDIDATE'), { acceptedName: 'Sanne', agree: 'on' })
		versions = await agreementsOf(world.placement.id)
		expect(versions.map((row) => [row.version, row.status])).toEqual([
			[1, 'SUPERSEDED'],
			[2, 'SUPERSEDED'],
			[3, 'ACCEPTED'],
		])
		expect((await pageData(world)).inForceVersion).toBeNull()
		// The employer's link of version 2 now says it was replaced, and that the employer had accepted it.
		const replaced = await openLink(employerLinkOfVersion2)
		expect(replaced.status).toBe(410)
		expect((replaced.data as LinkPage).page).toEqual({
			state: 'superseded',
			version: 2,
			acceptedAt: start.toISOString(),
		})

		// Older versions open read-only; unknown version numbers do not exist.
		const older = await pageData(world, '?versie=2')
		expect(older.shown).toMatchObject({ version: 2, status: 'SUPERSEDED', hoursPerWeek: 24 })
		expect(older.versions.map((row) => row.version)).toEqual([3, 2, 1])
		expectRefused(await openPage(world, '?versie=9'), 404)
		expectRefused(await openPage(world, '?versie=abc'), 404)
	})
})

describe('accepting through the personal link', () => {
	it('records the name as typed, the moment and the coach being present, and uses up the token', async () => {
		const world = await createPlacementWorld()
		await createVersion(world)
		const token = await latestLinkTo(world.employer.user.email)

		const missing = await accept(token, { acceptedName: '' })
		expect(missing.status).toBe(400)
		expect(submissionErrors(missing)).toMatchObject({
			acceptedName: ['errors:validation.required'],
			agree: ['agreements:errors.agreeRequired'],
		})

		const result = await accept(token, { acceptedName: 'Els W. Werkgever', agree: 'on', coachPresent: 'on' })
		expect(result.status).toBe(302)
		expect(result.location).toBe(linkPath(token))
		const acceptance = await prisma.agreementAcceptance.findFirstOrThrow({
			where: { party: 'EMPLOYER', agreement: { placementId: world.placement.id } },
		})
		expect(acceptance.acceptedName).toBe('Els W. Werkgever')
		expect(acceptance.acceptedAt?.toISOString()).toBe(start.toISOString())
		// Only the candidate accepts "with the coach present".
		expect(acceptance.coachPresent).toBe(false)
		const linkToken = await prisma.linkToken.findUniqueOrThrow({ where: { tokenHash: hashToken(token) } })
		expect(linkToken.usedAt?.toISOString()).toBe(start.toISOString())

		const confirmation = await openLink(token)
		expect(confirmation.status).toBe(200)
		expect((confirmation.data as LinkPage).page).toMatchObject({
			state: 'accepted',
			acceptedName: 'Els W. Werkgever',
			acceptedAt: start.toISOString(),
		})

		// Used again: 409, and nothing changes.
		setClock(new Date(start.getTime() + 60 * 60 * 1000))
		const again = await accept(token, { acceptedName: 'Iemand Anders', agree: 'on' })
		expect(again.status).toBe(409)
		expect((again.data as LinkPage).page).toMatchObject({ state: 'accepted', acceptedName: 'Els W. Werkgever' })
		const unchanged = await prisma.agreementAcceptance.findUniqueOrThrow({ where: { id: acceptance.id } })
		expect(unchanged.acceptedName).toBe('Els W. Werkgever')
		expect(unchanged.acceptedAt?.toISOString()).toBe(start.toISOString())

		// The employer accepted from their own mail: no one of ours acted.
		const employerAudit = await prisma.auditEvent.findFirstOrThrow({
			where: { action: 'agreement.accepted', entityId: world.placement.id },
		})
		expect(employerAudit.actorId).toBeNull()
	})

	it('"open here" is a short link on the coach\'s screen: the acceptance is recorded as given there, by that coach', async () => {
		const world = await createPlacementWorld()
		await createVersion(world)
		const mailed = await latestLinkTo('sanne@example.test')
		setClock(new Date(start.getTime() + DAY))
		const candidateToken = await openHere(world, 'CANDIDATE')
		const opened = await acceptanceOf(world, 'CANDIDATE')
		expect(opened).toMatchObject({
			openedHereTokenId: (await tokenRow(candidateToken)).id,
			openedHereById: world.coach.user.id,
			acceptedOnScreenOfId: null,
		})
		expect(opened.linkSentAt?.toISOString()).toBe(new Date(start.getTime() + DAY).toISOString())
		// Opened here, the link lives an hour; the mailed one is revoked by the new one.
		expect((await tokenRow(candidateToken)).expiresAt.toISOString()).toBe(
			new Date(start.getTime() + DAY + 60 * 60 * 1000).toISOString(),
		)
		expect((await openLink(mailed)).status).toBe(410)
		const candidatePage = (await openLink(candidateToken)).data as LinkPage
		expect(candidatePage.page).toMatchObject({
			state: 'open',
			party: 'CANDIDATE',
			partyName: 'Sanne de Vries',
			onCoachScreen: true,
		})
		setClock(new Date(start.getTime() + DAY + 60 * 60 * 1000 + 1))
		expect((await openLink(candidateToken)).status).toBe(410)

		setClock(new Date(start.getTime() + 2 * DAY))
		const fresh = await openHere(world, 'CANDIDATE')
		// The coach being present is not left to a tick: on the coach's screen it is so.
		expect((await accept(fresh, { acceptedName: 'Sanne de Vries', agree: 'on' })).status).toBe(302)
		const candidate = await acceptanceOf(world, 'CANDIDATE')
		expect(candidate).toMatchObject({ coachPresent: true, acceptedOnScreenOfId: world.coach.user.id })
		const audit = await prisma.auditEvent.findFirstOrThrow({
			where: { action: 'agreement.accepted', entityId: world.placement.id },
		})
		expect(audit.actorId).toBe(world.coach.user.id)
		const party = (await pageData(world)).shown?.parties.find((row) => row.party === 'CANDIDATE')
		expect(party).toMatchObject({ coachPresent: true, acceptedOnScreenOf: 'Fatima El Amrani' })
	})

	it('locks the version once all three accepted; it changes only by a new version', async () => {
		const world = await createPlacementWorld()
		await createVersion(world)
		const before = (await agreementsOf(world.placement.id))[0]!
		await acceptAll(world)
		const locked = (await agreementsOf(world.placement.id))[0]!
		expect(locked.status).toBe('ACCEPTED')
		expect(locked.lockedAt?.toISOString()).toBe(start.toISOString())
		const { acceptances: _a, status: _s, lockedAt: _l, ...terms } = locked
		const { acceptances: _b, status: _t, lockedAt: _m, ...termsBefore } = before
		expect(terms).toEqual(termsBefore)

		const page = await pageData(world)
		expect(page.shown?.status).toBe('ACCEPTED')
		expect(page.shown?.parties.every((party) => party.acceptedAt === start.toISOString())).toBe(true)

		// No more links for a locked version.
		const send = await postLinkAction(world, 'send-link', 'EMPLOYER')
		expect(send.status).toBe(400)
		expect(submissionErrors(send)['']).toEqual(['agreements:errors.notPending'])
		expect((await postLinkAction(world, 'open-link', 'COACHING')).status).toBe(400)

		// The form always makes a new version; version 1 stays as it was.
		expect((await formData(world)).nextVersion).toBe(2)
		await createVersion(world, { tasks: 'Andere taken', changeNote: 'Taken aangepast.' })
		const [first, second] = await agreementsOf(world.placement.id)
		expect(first).toMatchObject({ version: 1, status: 'ACCEPTED', tasks: locked.tasks })
		expect(second).toMatchObject({ version: 2, status: 'PENDING', tasks: 'Andere taken' })
	})

	it('answers 410 for an expired link and 404 for an unknown or tampered one, and records nothing', async () => {
		const world = await createPlacementWorld()
		await createVersion(world)
		const token = await latestLinkTo(world.coach.user.email)

		const tampered = `${token.slice(0, -1)}${token.endsWith('a') ? 'b' : 'a'}`
		for (const bad of [tampered, 'onbekend', 'a'.repeat(52)]) {
			const page = await openLink(bad)
			expect(page.status).toBe(404)
			expect((page.data as LinkPage).page).toEqual({ state: 'unknown' })
			expect((await accept(bad)).status).toBe(404)
		}

		setClock(new Date(start.getTime() + 29 * DAY))
		expect((await openLink(token)).status).toBe(200)
		setClock(new Date(start.getTime() + 30 * DAY + 1))
		const expired = await openLink(token)
		expect(expired.status).toBe(410)
		expect((expired.data as LinkPage).page).toEqual({ state: 'expired' })
		expect((await accept(token, { acceptedName: 'Fatima', agree: 'on' })).status).toBe(410)
		const acceptances = (await agreementsOf(world.placement.id))[0]!.acceptances
		expect(acceptances.every((row) => row.acceptedAt === null)).toBe(true)
	})

	it('of two concurrent accepts of the same link exactly one wins', async () => {
		const world = await createPlacementWorld()
		await createVersion(world)
		const token = await latestLinkTo(world.employer.user.email)
		const results = await Promise.all([
			accept(token, { acceptedName: 'Eerste', agree: 'on' }),
			accept(token, { acceptedName: 'Tweede', agree: 'on' }),
		])
		expect(results.map((result) => result.status).sort()).toEqual([302, 409])
		const rows = await prisma.agreementAcceptance.findMany({
			where: { party: 'EMPLOYER', agreement: { placementId: world.placement.id }, acceptedAt: { not: null } },
		})
		expect(rows).toHaveLength(1)
		const winner = results.find((result) => result.status === 302) === results[0] ? 'Eerste' : 'Tweede'
		expect(rows[0]!.acceptedName).toBe(winner)
	})

	it('another link of a party that already accepted shows who accepted and changes nothing', async () => {
		const world = await createPlacementWorld()
		await createVersion(world)
		const mailed = await latestLinkTo(world.coach.user.email)
		const opened = await openHere(world, 'COACHING')
		// A link made in the same moment (a race with "open here"): still open when its acceptance starts.
		const acceptanceId = (await acceptanceOf(world, 'COACHING')).id
		const { token: racing } = await createLinkToken({
			purpose: 'AGREEMENT_ACCEPT',
			subjectId: acceptanceId,
			expiresAt: new Date(start.getTime() + DAY),
		})
		const racingLink = (await readAgreementLink(racing)).open!
		expect(racingLink).toBeTruthy()
		expect((await accept(opened, { acceptedName: 'Fatima El Amrani', agree: 'on' })).status).toBe(302)
		expect(await acceptAgreement(racingLink, { acceptedName: 'Joost', agree: true, coachPresent: false })).toEqual({
			ok: false,
		})
		// The transaction rolled back: the racing link was not used up.
		expect((await tokenRow(racing)).usedAt).toBeNull()

		// Only the link that accepted shows the document; the others say who accepted and when.
		expect(((await openLink(opened)).data as LinkPage).page).toMatchObject({
			state: 'accepted',
			acceptedName: 'Fatima El Amrani',
			agreement: { version: 1 },
		})
		for (const other of [mailed, racing]) {
			const page = await openLink(other)
			expect(page.status).toBe(200)
			expect((page.data as LinkPage).page).toEqual({
				state: 'already-accepted',
				acceptedName: 'Fatima El Amrani',
				acceptedAt: start.toISOString(),
			})
			expect((await accept(other, { acceptedName: 'Joost', agree: 'on' })).status).toBe(409)
		}
		const coaching = await prisma.agreementAcceptance.findFirstOrThrow({
			where: { party: 'COACHING', agreement: { placementId: world.placement.id } },
		})
		expect(coaching.acceptedName).toBe('Fatima El Amrani')
		// The page offers no more link for a party that accepted.
		const send = await postLinkAction(world, 'send-link', 'COACHING')
		expect(submissionErrors(send)['']).toEqual(['agreements:errors.alreadyAccepted'])
	})
})

describe('links by email from the coach page', () => {
	it('sends a fresh personal link, and refuses a party without an address', async () => {
		const world = await createPlacementWorld()
		const candidateMailsBefore = (await emailsTo('sanne@example.test')).length
		const saved = await createVersion(world, { candidateEmail: '' })
		expect(await emailsTo('sanne@example.test')).toHaveLength(candidateMailsBefore)
		// The toast says how many links went out, and what to do for the party without an address.
		const toast = await toastOf(saved)
		expect(toast).toMatchObject({
			type: 'info',
			description: 'agreements:toast.linksMissing',
			values: { count: '2', total: '3', CANDIDATE: 'no-address', EMPLOYER: 'sent', COACHING: 'sent' },
		})
		const { t } = createI18n('nl')
		expect(t(toast!.title, { ...toast!.values, count: 2 })).toBe(
			'Versie 1 opgeslagen; links gemaild naar 2 van de 3 partijen',
		)
		expect(t(toast!.description!, toast!.values).trim()).toBe(
			'De deelnemer heeft geen e-mailadres: gebruik ‘Hier openen’ of vul het adres aan in een nieuwe versie.',
		)
		expect((await acceptanceOf(world, 'CANDIDATE')).linkSentAt).toBeNull()
		const first = await latestLinkTo(world.employer.user.email)

		setClock(new Date(start.getTime() + 2 * DAY))
		const result = await postLinkAction(world, 'send-link', 'EMPLOYER')
		expect(result.status).toBe(302)
		const mails = await emailsTo(world.employer.user.email)
		expect(mails).toHaveLength(2)
		expect(mails[1]!.text).toContain('Hoveniersbedrijf Groen')
		const second = await latestLinkTo(world.employer.user.email)
		expect(second).not.toBe(first)
		expect((await openLink(second)).status).toBe(200)
		const employer = await prisma.agreementAcceptance.findFirstOrThrow({
			where: { party: 'EMPLOYER', agreement: { placementId: world.placement.id } },
		})
		expect(employer.linkSentAt?.toISOString()).toBe(new Date(start.getTime() + 2 * DAY).toISOString())
		// The new link revokes the older one.
		const revoked = await openLink(first)
		expect(revoked.status).toBe(410)
		expect((revoked.data as LinkPage).page).toEqual({ state: 'expired' })

		const noAddress = await postLinkAction(world, 'send-link', 'CANDIDATE')
		expect(noAddress.status).toBe(400)
		expect(submissionErrors(noAddress)['']).toEqual(['agreements:errors.noEmail'])
		// The employer cannot be opened "here": only the candidate and the coach's own organisation.
		expect((await postLinkAction(world, 'open-link', 'EMPLOYER')).status).toBe(400)
	})
})

describe('which placements have an agreement', () => {
	it('paid jobs and Garantiebanen show the employment-contract notice and no form', async () => {
		for (const placeType of ['PAID_JOB', 'GARANTIEBAAN']) {
			const world = await createPlacementWorld({ placeType })
			const page = await pageData(world)
			expect(page).toMatchObject({ eligible: false, shown: null, placement: { placeType } })
			expect((await formData(world)).eligible).toBe(false)
			const result = await postVersion(world, toForm((await formData(world)).defaults, { days: ['MON'] }))
			expect(result.status).toBe(400)
			expect(submissionErrors(result)['']).toEqual(['agreements:errors.notEligible'])
			expect(await agreementsOf(world.placement.id)).toHaveLength(0)
		}
	})

	it('after 30 days an unused link of a party that accepted through a newer one answers 410', async () => {
		const world = await createPlacementWorld()
		await createVersion(world)
		const first = await latestLinkTo(world.employer.user.email)
		setClock(new Date(start.getTime() + 31 * DAY))
		await signInAgain(world.coach)
		expect((await postLinkAction(world, 'send-link', 'EMPLOYER')).status).toBe(302)
		const second = await latestLinkTo(world.employer.user.email)
		expect((await accept(second)).status).toBe(302)
		expect((await openLink(first)).status).toBe(410)
		expect(((await openLink(second)).data as LinkPage).page).toMatchObject({ state: 'accepted' })
	})

	it('the links of an ended placement are closed (410) and accept nothing', async () => {
		const world = await createPlacementWorld({ placeType: 'VOLUNTEER' })
		await createVersion(world)
		const token = await latestLinkTo(world.employer.user.email)
		const other = await latestLinkTo(world.coach.user.email)
		const open = (await readAgreementLink(other)).open!
		await prisma.placement.update({ where: { id: world.placement.id }, data: { status: 'ENDED' } })

		const page = await openLink(token)
		expect(page.status).toBe(410)
		expect((page.data as LinkPage).page).toEqual({ state: 'ended' })
		const posted = await accept(token)
		expect(posted.status).toBe(410)
		expect((posted.data as LinkPage).page).toEqual({ state: 'ended' })
		// Ended while the party was on the page: the transaction refuses too.
		expect(await acceptAgreement(open, { acceptedName: 'Fatima', agree: true, coachPresent: false })).toEqual({
			ok: false,
		})
		expect((await tokenRow(other)).usedAt).toBeNull()
		const acceptances = (await agreementsOf(world.placement.id))[0]!.acceptances
		expect(acceptances.every((row) => row.acceptedAt === null)).toBe(true)
	})

	it('an ended placement gets no new version and no links', async () => {
		const world = await createPlacementWorld({ placeType: 'VOLUNTEER' })
		await createVersion(world)
		await prisma.placement.update({ where: { id: world.placement.id }, data: { status: 'ENDED' } })
		const { defaults, ended } = await formData(world)
		expect(ended).toBe(true)
		const result = await postVersion(world, toForm(defaults, { days: ['MON'], changeNote: 'Nog een wijziging' }))
		expect(result.status).toBe(400)
		expect(submissionErrors(result)['']).toEqual(['agreements:errors.ended'])
		expect(submissionErrors(await postLinkAction(world, 'send-link', 'EMPLOYER'))['']).toEqual([
			'agreements:errors.ended',
		])
		expect(await agreementsOf(world.placement.id)).toHaveLength(1)
	})
})

describe('who gets in', () => {
	it('only jobcoaches of the placement’s organisation; the personal link needs no login', async () => {
		const world = await createPlacementWorld({ placeType: 'INTERNSHIP' })
		await createVersion(world)
		const placementId = world.placement.id

		expect((await openPage(world, '', world.colleague)).status).toBe(200)
		expectRefused(await openPage(world, '', world.otherOrgCoach), 404)
		expectRefused(await getRoute(pageRoute, pagePath('onbekend'), world.coach.cookie, { placementId: 'onbekend' }), 404)
		expectRefused(await getRoute(editRoute, editPath(placementId), world.otherOrgCoach.cookie, { placementId }), 404)
		for (const outsider of [world.employer, world.coordinator]) {
			const page = await openPage(world, '', outsider)
			expect(page.thrown).toBe(true)
			expect([403, 404]).toContain(page.status)
			const edit = await getRoute(editRoute, editPath(placementId), outsider.cookie, { placementId })
			expect(edit.thrown).toBe(true)
			expect([403, 404]).toContain(edit.status)
		}

		const mailsBefore = (await emailsTo(world.employer.user.email)).length
		expectRefused(await postLinkAction(world, 'send-link', 'EMPLOYER', world.otherOrgCoach), 404)
		const foreignVersion = await postVersion(world, [['tasks', 'x']], world.otherOrgCoach)
		expectRefused(foreignVersion, 404)
		expect(await emailsTo(world.employer.user.email)).toHaveLength(mailsBefore)
		expect(await agreementsOf(placementId)).toHaveLength(1)

		// Anonymous visitors go to the login page, never to the agreement.
		const anonymous = await getRoute(pageRoute, pagePath(placementId), null, { placementId })
		expect(anonymous.status).toBe(302)
		expect(anonymous.location).toMatch(/^\/login/)
		expect((await openLink(await latestLinkTo(world.coach.user.email))).status).toBe(200)

		// None of the three pages may be kept by a browser or proxy cache.
		for (const module of [pageRoute, editRoute, acceptRoute]) {
			expect(module.headers({} as never)).toEqual({ 'Cache-Control': 'private, no-store' })
		}
	})
})
