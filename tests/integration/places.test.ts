import fs from 'node:fs'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { findTown } from '#app/domain/geo/towns.server.ts'
import en from '#app/locales/en/places.json'
import nl from '#app/locales/nl/places.json'
import * as editRoute from '#app/routes/werkgever.plekken.$placeId.bewerken.tsx'
import * as placeRoute from '#app/routes/werkgever.plekken.$placeId._index.tsx'
import * as listRoute from '#app/routes/werkgever.plekken._index.tsx'
import * as newRoute from '#app/routes/werkgever.plekken.nieuw.tsx'
import * as homeRoute from '#app/routes/werkgever._index.tsx'
import { setClock } from '#app/utils/clock.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import { callRoute, createSessionCookie, createUser, makeRequest, submissionErrors } from '#tests/factories.ts'

const DAY = 24 * 60 * 60 * 1000
// 09:00 in Amsterdam on Monday 2 March 2026.
const start = new Date('2026-03-02T08:00:00.000Z')

type Form = Record<string, string | string[]>

/** A complete, valid place form; arrays become repeated fields, as checkboxes send them. */
function placeForm(overrides: Form = {}) {
	const fields: Form = {
		type: 'WORK_EXPERIENCE',
		title: 'Medewerker bediening en afwas',
		description: 'Meedraaien in de bediening.\n\nRustige ochtenden om in te komen.',
		tasks: 'Tafels dekken, afwassen',
		sector: 'I',
		locationMode: 'ORGANIZATION',
		workMode: 'ON_SITE',
		hoursMin: '12',
		hoursMax: '20',
		days: ['TUE', 'WED', 'THU'],
		startDate: '2026-04-01',
		duration: '6 maanden',
		compensation: 'Met behoud van uitkering',
		spots: '2',
		supervision: ['WORK_SUPERVISOR', 'BUDDY'],
		adaptations: ['QUIET_WORKSPACE', 'STEPPING_BACK_ALLOWED'],
		accessibility: ['WHEELCHAIR_ACCESSIBLE'],
		requirements: 'Zin om met mensen te werken',
		learning: 'Gastvrijheid',
		...overrides,
	}
	const form = new URLSearchParams()
	for (const [key, value] of Object.entries(fields)) {
		for (const item of Array.isArray(value) ? value : [value]) form.append(key, item)
	}
	return form
}

type Employer = Awaited<ReturnType<typeof createEmployer>>

async function createEmployer({ verified = true }: { verified?: boolean } = {}) {
	const { user, organization } = await createUser({ role: 'EMPLOYER', verified })
	await prisma.organization.update({
		where: { id: organization.id },
		data: { town: 'Doetinchem', municipality: 'Doetinchem', latitude: 51.965, longitude: 6.28889 },
	})
	const contact = await prisma.contactPerson.create({
		data: { organizationId: organization.id, name: 'Anja Bakker', email: 'anja@hofje.example' },
	})
	return { user, organizationId: organization.id, contactId: contact.id, cookie: await createSessionCookie(user.id) }
}

/** Sessions are dated by the clock: a fresh cookie after the clock jumps. */
async function refresh(employer: Employer) {
	employer.cookie = await createSessionCookie(employer.user.id)
}

async function postNew(employer: Employer, form: URLSearchParams) {
	return callRoute(newRoute, { request: makeRequest('/werkgever/plekken/nieuw', { form, cookie: employer.cookie }) })
}

async function createPlace(employer: Employer, overrides: Form = {}) {
	const result = await postNew(employer, placeForm(overrides))
	expect(result.status, JSON.stringify(result.data)).toBe(302)
	const placeId = result.location?.split('/').pop() ?? ''
	expect(result.location).toBe(`/werkgever/plekken/${placeId}`)
	return placeId
}

function act(employer: Employer, placeId: string, intent: string, extra: Record<string, string> = {}) {
	return callRoute(placeRoute, {
		request: makeRequest(`/werkgever/plekken/${placeId}`, { form: { intent, ...extra }, cookie: employer.cookie }),
		params: { placeId },
	})
}

function edit(employer: Employer, placeId: string, form: URLSearchParams) {
	return callRoute(editRoute, {
		request: makeRequest(`/werkgever/plekken/${placeId}/bewerken`, { form, cookie: employer.cookie }),
		params: { placeId },
	})
}

async function loadPlace(employer: Employer, placeId: string) {
	const result = await callRoute(placeRoute, {
		request: makeRequest(`/werkgever/plekken/${placeId}`, { cookie: employer.cookie }),
		params: { placeId },
	})
	expect(result.status).toBe(200)
	return result.data as Awaited<ReturnType<typeof placeRoute.loader>>
}

const place = (placeId: string) => prisma.place.findUniqueOrThrow({ where: { id: placeId } })
const auditRows = (placeId: string) =>
	prisma.auditEvent.findMany({
		where: { entityType: 'Place', entityId: placeId },
		orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
	})

beforeAll(() => setClock(start))
beforeEach(() => setClock(start))
afterAll(() => setClock(null))

describe('posting a place', () => {
	it('saves a draft with every field, copying the organisation’s location, and audits it', async () => {
		const employer = await createEmployer()
		const result = await postNew(employer, placeForm({ contactPersonId: employer.contactId }))
		expect(result.status).toBe(302)
		expect(result.headers.get('set-cookie')).toContain('wv_toast')
		const placeId = result.location!.split('/').pop()!
		const saved = await place(placeId)
		expect(saved).toMatchObject({
			organizationId: employer.organizationId,
			status: 'DRAFT',
			type: 'WORK_EXPERIENCE',
			title: 'Medewerker bediening en afwas',
			description: 'Meedraaien in de bediening.\n\nRustige ochtenden om in te komen.',
			tasks: 'Tafels dekken, afwassen',
			sector: 'I',
			locationMode: 'ORGANIZATION',
			town: 'Doetinchem',
			municipality: 'Doetinchem',
			latitude: 51.965,
			longitude: 6.28889,
			workMode: 'ON_SITE',
			hoursMin: 12,
			hoursMax: 20,
			days: '["TUE","WED","THU"]',
			startDate: new Date('2026-04-01T00:00:00.000Z'),
			duration: '6 maanden',
			compensation: 'Met behoud van uitkering',
			spots: 2,
			supervision: '["WORK_SUPERVISOR","BUDDY"]',
			adaptations: '["QUIET_WORKSPACE","STEPPING_BACK_ALLOWED"]',
			accessibility: '["WHEELCHAIR_ACCESSIBLE"]',
			requirements: 'Zin om met mensen te werken',
			learning: 'Gastvrijheid',
			contactPersonId: employer.contactId,
			createdById: employer.user.id,
			publishedAt: null,
			expiresAt: null,
		})
		const [created] = await auditRows(placeId)
		expect(created).toMatchObject({ action: 'place.created', actorId: employer.user.id })
	})

	it('looks up a picked town: its municipality and coordinates, "Hengelo" by its label', async () => {
		const employer = await createEmployer()
		const placeId = await createPlace(employer, { locationMode: 'TOWN', town: 'hengelo (bronckhorst)' })
		const hengelo = findTown('Hengelo (Bronckhorst)')!
		expect(await place(placeId)).toMatchObject({
			locationMode: 'TOWN',
			town: 'Hengelo (Bronckhorst)',
			municipality: 'Bronckhorst',
			latitude: hengelo.latitude,
			longitude: hengelo.longitude,
		})
	})

	it('asks for a town when the organisation has no address yet', async () => {
		const employer = await createEmployer()
		await prisma.organization.update({ where: { id: employer.organizationId }, data: { town: null } })
		const result = await postNew(employer, placeForm())
		expect(result.status).toBe(400)
		expect(submissionErrors(result).locationMode).toEqual(['places:errors.organizationHasNoAddress'])
	})

	const invalid: Array<[string, Form, string, string]> = [
		['more minimum than maximum hours', { hoursMin: '30', hoursMax: '10' }, 'hoursMax', 'places:errors.hoursOrder'],
		['no hours at all', { hoursMin: '0' }, 'hoursMin', 'places:errors.hoursRange'],
		['more than 40 hours', { hoursMax: '41' }, 'hoursMax', 'places:errors.hoursRange'],
		['half hours', { hoursMin: '12.5' }, 'hoursMin', 'places:errors.hoursRange'],
		['an unknown town', { locationMode: 'TOWN', town: 'Atlantis' }, 'town', 'places:errors.unknownTown'],
		['another town without a town', { locationMode: 'TOWN', town: '' }, 'town', 'places:errors.townRequired'],
		['a date that does not exist', { startDate: '2026-02-30' }, 'startDate', 'places:errors.dateInvalid'],
		['a date that is no date', { startDate: 'volgende week' }, 'startDate', 'places:errors.dateInvalid'],
		['a start date in the past', { startDate: '2026-03-01' }, 'startDate', 'places:errors.dateInPast'],
		['no spots', { spots: '0' }, 'spots', 'places:errors.spotsRange'],
		['more than 50 spots', { spots: '51' }, 'spots', 'places:errors.spotsRange'],
		['no title', { title: '' }, 'title', 'errors:validation.required'],
		['an unknown type', { type: 'CIRCUS' }, 'type', 'errors:validation.choose'],
		['an unknown day', { days: ['MON', 'FUNDAY'] }, 'days[1]', 'errors:validation.choose'],
		['an unknown adaptation', { adaptations: ['NAP_ROOM'] }, 'adaptations[0]', 'errors:validation.choose'],
		['an unknown sector', { sector: 'Z' }, 'sector', 'errors:validation.choose'],
	]

	it.each(invalid)('refuses %s with a field error and writes nothing', async (_case, overrides, field, message) => {
		const employer = await createEmployer()
		const [places, audits] = [await prisma.place.count(), await prisma.auditEvent.count()]
		const result = await postNew(employer, placeForm(overrides))
		expect(result.status).toBe(400)
		expect(result.thrown).toBe(false)
		expect(submissionErrors(result)[field]).toEqual([message])
		expect(await prisma.place.count()).toBe(places)
		expect(await prisma.auditEvent.count()).toBe(audits)
	})

	it('refuses a contact person of another organisation', async () => {
		const employer = await createEmployer()
		const other = await createEmployer()
		const count = await prisma.place.count()
		const result = await postNew(employer, placeForm({ contactPersonId: other.contactId }))
		expect(result.status).toBe(400)
		expect(submissionErrors(result).contactPersonId).toEqual(['errors:validation.choose'])
		expect(await prisma.place.count()).toBe(count)
	})

	it('accepts today as the start date, in Amsterdam time', async () => {
		// 23:30 UTC on 1 March is already 2 March in Amsterdam.
		setClock(new Date('2026-03-01T23:30:00.000Z'))
		const employer = await createEmployer()
		const placeId = await createPlace(employer, { startDate: '2026-03-02' })
		expect((await place(placeId)).startDate).toEqual(new Date('2026-03-02T00:00:00.000Z'))
	})

	it('offers the organisation’s contact persons, towns and today on the form', async () => {
		const employer = await createEmployer()
		const result = await callRoute(newRoute, {
			request: makeRequest('/werkgever/plekken/nieuw', { cookie: employer.cookie }),
		})
		expect(result.status).toBe(200)
		const data = result.data as Awaited<ReturnType<typeof newRoute.loader>>
		expect(data.today).toBe('2026-03-02')
		expect(data.contactPersons.map((person) => person.id)).toEqual([employer.contactId])
		expect(data.townLabels).toContain('Hengelo (Bronckhorst)')
		expect(data.organization.town).toBe('Doetinchem')
	})
})

describe('editing a place', () => {
	it('saves the changes and audits the names of the fields that changed, not their contents', async () => {
		const employer = await createEmployer()
		const placeId = await createPlace(employer)
		const loaded = await callRoute(editRoute, {
			request: makeRequest(`/werkgever/plekken/${placeId}/bewerken`, { cookie: employer.cookie }),
			params: { placeId },
		})
		expect(loaded.status).toBe(200)
		const { defaults } = loaded.data as Awaited<ReturnType<typeof editRoute.loader>>
		expect(defaults).toMatchObject({
			title: 'Medewerker bediening en afwas',
			hoursMin: '12',
			days: ['TUE', 'WED', 'THU'],
		})

		const result = await edit(
			employer,
			placeId,
			placeForm({ title: 'Medewerker bediening', hoursMax: '24', locationMode: 'TOWN', town: 'Zutphen' }),
		)
		expect(result.status).toBe(302)
		expect(result.location).toBe(`/werkgever/plekken/${placeId}`)
		expect(await place(placeId)).toMatchObject({
			title: 'Medewerker bediening',
			hoursMax: 24,
			town: 'Zutphen',
			municipality: 'Zutphen',
			status: 'DRAFT',
		})
		const updated = (await auditRows(placeId)).filter((row) => row.action === 'place.updated')
		expect(updated).toHaveLength(1)
		expect(updated[0]?.actorId).toBe(employer.user.id)
		expect(JSON.parse(updated[0]?.details ?? '{}')).toEqual({
			fields: ['title', 'locationMode', 'hoursMax', 'location'],
		})
		expect(updated[0]?.details).not.toContain('Zutphen')

		// Saving without changes writes nothing.
		await edit(
			employer,
			placeId,
			placeForm({ title: 'Medewerker bediening', hoursMax: '24', locationMode: 'TOWN', town: 'Zutphen' }),
		)
		expect((await auditRows(placeId)).filter((row) => row.action === 'place.updated')).toHaveLength(1)
	})

	it('keeps a start date that has passed since, but refuses moving it into the past', async () => {
		const employer = await createEmployer()
		const placeId = await createPlace(employer, { startDate: '2026-03-10' })
		setClock(new Date(start.getTime() + 30 * DAY))
		await refresh(employer)
		expect((await edit(employer, placeId, placeForm({ startDate: '2026-03-10', title: 'Nieuwe titel' }))).status).toBe(
			302,
		)
		const moved = await edit(employer, placeId, placeForm({ startDate: '2026-03-11' }))
		expect(moved.status).toBe(400)
		expect(submissionErrors(moved).startDate).toEqual(['places:errors.dateInPast'])
		expect((await place(placeId)).startDate).toEqual(new Date('2026-03-10T00:00:00.000Z'))
	})

	it('shows validation errors without saving', async () => {
		const employer = await createEmployer()
		const placeId = await createPlace(employer)
		const result = await edit(employer, placeId, placeForm({ hoursMin: '30', hoursMax: '10', title: 'Anders' }))
		expect(result.status).toBe(400)
		expect(submissionErrors(result).hoursMax).toEqual(['places:errors.hoursOrder'])
		expect((await place(placeId)).title).toBe('Medewerker bediening en afwas')
	})

	it('does not edit a closed place: the page sends you back, a post changes nothing', async () => {
		const employer = await createEmployer()
		const placeId = await createPlace(employer)
		expect((await act(employer, placeId, 'close')).status).toBe(302)
		const page = await callRoute(editRoute, {
			request: makeRequest(`/werkgever/plekken/${placeId}/bewerken`, { cookie: employer.cookie }),
			params: { placeId },
		})
		expect(page.status).toBe(302)
		expect(page.location).toBe(`/werkgever/plekken/${placeId}`)
		const post = await edit(employer, placeId, placeForm({ title: 'Stiekem gewijzigd' }))
		expect(post.status).toBe(302)
		expect((await place(placeId)).title).toBe('Medewerker bediening en afwas')
	})
})

describe('the life of a place', () => {
	it('publishing needs a confirmed email address', async () => {
		const employer = await createEmployer()
		const { user: unconfirmed } = await createUser({
			role: 'EMPLOYER',
			organizationId: employer.organizationId,
			verified: false,
		})
		const colleague = { ...employer, user: unconfirmed, cookie: await createSessionCookie(unconfirmed.id) }
		const placeId = await createPlace(colleague)

		const refused = await act(colleague, placeId, 'publish')
		expect(refused.status).toBe(400)
		expect(refused.thrown).toBe(false)
		expect(submissionErrors(refused)['']).toEqual(['places:errors.emailNotVerified'])
		expect(await place(placeId)).toMatchObject({ status: 'DRAFT', publishedAt: null, expiresAt: null })
		expect((await loadPlace(colleague, placeId)).emailVerified).toBe(false)

		await prisma.place.update({ where: { id: placeId }, data: { expiryReminderSentAt: start } })
		const published = await act(employer, placeId, 'publish')
		expect(published.status).toBe(302)
		expect(await place(placeId)).toMatchObject({
			status: 'PUBLISHED',
			publishedAt: start,
			expiresAt: new Date(start.getTime() + 90 * DAY),
			expiryReminderSentAt: null,
		})
	})

	it('goes draft → published → paused → published → filled, each step audited', async () => {
		const employer = await createEmployer()
		const placeId = await createPlace(employer)
		const expiresAt = new Date(start.getTime() + 90 * DAY)

		expect((await act(employer, placeId, 'publish')).location).toBe(`/werkgever/plekken/${placeId}`)
		expect((await loadPlace(employer, placeId)).place.intents).toEqual([
			'pause',
			'fill',
			'close',
			'extend',
			'duplicate',
		])

		setClock(new Date(start.getTime() + 10 * DAY))
		await refresh(employer)
		expect((await act(employer, placeId, 'pause')).status).toBe(302)
		expect(await place(placeId)).toMatchObject({ status: 'PAUSED', expiresAt })
		expect((await loadPlace(employer, placeId)).place.intents).toEqual([
			'resume',
			'fill',
			'close',
			'extend',
			'duplicate',
		])

		// Resuming keeps the date that was left.
		expect((await act(employer, placeId, 'resume')).status).toBe(302)
		expect(await place(placeId)).toMatchObject({ status: 'PUBLISHED', expiresAt, publishedAt: start })

		const filledAt = new Date(start.getTime() + 20 * DAY)
		setClock(filledAt)
		await refresh(employer)
		expect((await act(employer, placeId, 'fill')).status).toBe(302)
		expect(await place(placeId)).toMatchObject({ status: 'FILLED', closedAt: filledAt, closedReason: null })
		expect((await loadPlace(employer, placeId)).place.intents).toEqual(['duplicate'])

		const rows = await auditRows(placeId)
		expect(rows.map((row) => [row.action, JSON.parse(row.details ?? '{}'), row.actorId])).toEqual([
			['place.created', { status: 'DRAFT' }, employer.user.id],
			['place.status-changed', { from: 'DRAFT', to: 'PUBLISHED' }, employer.user.id],
			['place.status-changed', { from: 'PUBLISHED', to: 'PAUSED' }, employer.user.id],
			['place.status-changed', { from: 'PAUSED', to: 'PUBLISHED' }, employer.user.id],
			['place.status-changed', { from: 'PUBLISHED', to: 'FILLED' }, employer.user.id],
		])
		// The page shows that history, with who did it.
		const { history } = await loadPlace(employer, placeId)
		expect(history.map((event) => [event.action, event.from, event.to, event.actorName])).toEqual([
			['created', null, null, employer.user.name],
			['status-changed', 'DRAFT', 'PUBLISHED', employer.user.name],
			['status-changed', 'PUBLISHED', 'PAUSED', employer.user.name],
			['status-changed', 'PAUSED', 'PUBLISHED', employer.user.name],
			['status-changed', 'PUBLISHED', 'FILLED', employer.user.name],
		])
	})

	it('resuming after the date ran out gives a fresh 90 days', async () => {
		const employer = await createEmployer()
		const placeId = await createPlace(employer)
		await act(employer, placeId, 'publish')
		await act(employer, placeId, 'pause')
		await prisma.place.update({ where: { id: placeId }, data: { expiryReminderSentAt: start } })
		const later = new Date(start.getTime() + 91 * DAY)
		setClock(later)
		await refresh(employer)
		expect((await act(employer, placeId, 'resume')).status).toBe(302)
		expect(await place(placeId)).toMatchObject({
			status: 'PUBLISHED',
			expiresAt: new Date(later.getTime() + 90 * DAY),
			expiryReminderSentAt: null,
		})
	})

	it('closing by hand records the reason MANUAL', async () => {
		const employer = await createEmployer()
		const placeId = await createPlace(employer)
		await act(employer, placeId, 'publish')
		expect((await act(employer, placeId, 'close')).status).toBe(302)
		expect(await place(placeId)).toMatchObject({ status: 'CLOSED', closedAt: start, closedReason: 'MANUAL' })
	})

	const refusals: Array<[string, string[], string[]]> = [
		['DRAFT', [], ['pause', 'resume', 'fill', 'extend']],
		['PUBLISHED', ['publish'], ['publish', 'resume']],
		['PAUSED', ['publish', 'pause'], ['publish', 'pause']],
		['FILLED', ['publish', 'fill'], ['publish', 'pause', 'resume', 'fill', 'close', 'extend']],
		['CLOSED', ['publish', 'close'], ['publish', 'pause', 'resume', 'fill', 'close', 'extend']],
	]

	it.each(refusals)(
		'a %s place refuses the steps that do not apply, with 400 and a message',
		async (_status, path, refused) => {
			const employer = await createEmployer()
			const placeId = await createPlace(employer)
			for (const intent of path) expect((await act(employer, placeId, intent)).status).toBe(302)
			const before = await place(placeId)
			const audits = await prisma.auditEvent.count({ where: { entityId: placeId } })
			for (const intent of refused) {
				const result = await act(employer, placeId, intent)
				expect(result.status, intent).toBe(400)
				expect(result.thrown, intent).toBe(false)
				expect(submissionErrors(result)[''], intent).toEqual(['places:errors.invalidTransition'])
			}
			expect(await place(placeId)).toEqual(before)
			expect(await prisma.auditEvent.count({ where: { entityId: placeId } })).toBe(audits)
		},
	)

	it('refuses an unknown intent with 400', async () => {
		const employer = await createEmployer()
		const placeId = await createPlace(employer)
		const result = await act(employer, placeId, 'delete')
		expect(result.status).toBe(400)
		expect(submissionErrors(result).intent).toEqual(['errors:validation.choose'])
		expect((await place(placeId)).status).toBe('DRAFT')
	})

	it('a quick action on the list page goes back to the list', async () => {
		const employer = await createEmployer()
		const placeId = await createPlace(employer)
		const result = await act(employer, placeId, 'publish', { from: 'list' })
		expect(result.location).toBe('/werkgever/plekken')
		expect((await place(placeId)).status).toBe('PUBLISHED')
	})
})

describe('duplicating and extending', () => {
	it('duplicates a closed place into a new draft with the same content and "(kopie)" in the title', async () => {
		const employer = await createEmployer()
		const placeId = await createPlace(employer, {
			contactPersonId: employer.contactId,
			locationMode: 'TOWN',
			town: 'Ulft',
		})
		await act(employer, placeId, 'publish')
		await act(employer, placeId, 'close')
		await prisma.place.update({ where: { id: placeId }, data: { viewCount: 40 } })
		const source = await place(placeId)

		const result = await act(employer, placeId, 'duplicate')
		expect(result.status).toBe(302)
		const copyId = result.location!.split('/').pop()!
		expect(copyId).not.toBe(placeId)
		const copy = await place(copyId)
		const content = (row: typeof source) => {
			const {
				id: _id,
				title: _title,
				status: _status,
				publishedAt: _p,
				expiresAt: _e,
				closedAt: _c,
				closedReason: _r,
				viewCount: _v,
				createdAt: _ca,
				updatedAt: _u,
				createdById: _cb,
				expiryReminderSentAt: _x,
				...rest
			} = row
			return rest
		}
		expect(content(copy)).toEqual(content(source))
		expect(copy).toMatchObject({
			title: 'Medewerker bediening en afwas (kopie)',
			status: 'DRAFT',
			viewCount: 0,
			publishedAt: null,
			expiresAt: null,
			closedAt: null,
			closedReason: null,
			createdById: employer.user.id,
		})
		expect(await place(placeId)).toEqual(source)
		const [audit] = await auditRows(copyId)
		expect(audit).toMatchObject({ action: 'place.duplicated', actorId: employer.user.id })
		expect(JSON.parse(audit?.details ?? '{}')).toEqual({ sourceId: placeId })
	})

	it('extends a published place by 90 days from now and lets the reminder go out again', async () => {
		const employer = await createEmployer()
		const placeId = await createPlace(employer)
		await act(employer, placeId, 'publish')
		await prisma.place.update({ where: { id: placeId }, data: { expiryReminderSentAt: start } })
		const later = new Date(start.getTime() + 85 * DAY)
		setClock(later)
		await refresh(employer)
		const result = await act(employer, placeId, 'extend')
		expect(result.status).toBe(302)
		expect(await place(placeId)).toMatchObject({
			status: 'PUBLISHED',
			expiresAt: new Date(later.getTime() + 90 * DAY),
			expiryReminderSentAt: null,
		})
		const extended = (await auditRows(placeId)).find((row) => row.action === 'place.extended')
		expect(extended?.actorId).toBe(employer.user.id)
		expect(JSON.parse(extended?.details ?? '{}')).toEqual({ via: 'employer' })
	})
})

describe('what the employer sees', () => {
	it('lists places by status with views and dates, and sums them up on the start page', async () => {
		const employer = await createEmployer()
		const draft = await createPlace(employer, { title: 'Concept' })
		const published = await createPlace(employer, { title: 'Gepubliceerd' })
		const soon = await createPlace(employer, { title: 'Verloopt bijna' })
		await act(employer, published, 'publish')
		await act(employer, soon, 'publish')
		await prisma.place.update({ where: { id: published }, data: { viewCount: 17 } })
		await prisma.place.update({
			where: { id: soon },
			data: { viewCount: 5, expiresAt: new Date(start.getTime() + 5 * DAY) },
		})

		const list = await callRoute(listRoute, { request: makeRequest('/werkgever/plekken', { cookie: employer.cookie }) })
		expect(list.status).toBe(200)
		const { groups } = list.data as Awaited<ReturnType<typeof listRoute.loader>>
		expect(groups.map((group) => [group.status, group.places.map((p) => [p.title, p.viewCount])])).toEqual([
			[
				'PUBLISHED',
				expect.arrayContaining([
					['Gepubliceerd', 17],
					['Verloopt bijna', 5],
				]),
			],
			['DRAFT', [['Concept', 0]]],
		])
		const publishedRow = groups[0]?.places.find((p) => p.id === published)
		expect(publishedRow?.expiresAt).toEqual(new Date(start.getTime() + 90 * DAY))
		expect(publishedRow?.quickIntents).toEqual(['pause', 'extend'])
		expect(groups[1]?.places[0]?.quickIntents).toEqual(['publish'])

		const home = await callRoute(homeRoute, { request: makeRequest('/werkgever', { cookie: employer.cookie }) })
		expect(home.status).toBe(200)
		const { places } = home.data as Awaited<ReturnType<typeof homeRoute.loader>>
		expect(places.counts).toEqual({ DRAFT: 1, PUBLISHED: 2, PAUSED: 0, FILLED: 0, CLOSED: 0 })
		expect(places.totalViews).toBe(22)
		expect(places.expiringSoon.map((p) => p.id)).toEqual([soon])

		expect((await loadPlace(employer, published)).place.viewCount).toBe(17)
		expect(draft).toBeTruthy()
	})

	it('shows one organisation’s places only', async () => {
		const employer = await createEmployer()
		const other = await createEmployer()
		await createPlace(other, { title: 'Van een ander' })
		const list = await callRoute(listRoute, { request: makeRequest('/werkgever/plekken', { cookie: employer.cookie }) })
		expect((list.data as Awaited<ReturnType<typeof listRoute.loader>>).groups).toEqual([])
	})
})

describe('translations of the place pages', () => {
	it('has every places: key the code uses, in Dutch and English', () => {
		const files = [
			'app/domain/places/places.server.ts',
			'app/domain/places/place-schema.ts',
			'app/routes/werkgever.plekken.nieuw.tsx',
			'app/routes/werkgever.plekken.$placeId._index.tsx',
			'app/routes/werkgever.plekken.$placeId.bewerken.tsx',
			'app/routes/werkgever._index.tsx',
			'app/routes/plek-verlengen.tsx',
		]
		const lookup = (tree: unknown, key: string) =>
			key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree)
		const keys = files.flatMap((file) =>
			[...fs.readFileSync(file, 'utf8').matchAll(/'places:([\w.-]+)'/g)].map((m) => m[1]!),
		)
		expect(keys.length).toBeGreaterThan(20)
		for (const key of keys) {
			expect(typeof lookup(nl, key), `nl ${key}`).toBe('string')
			expect(typeof lookup(en, key), `en ${key}`).toBe('string')
		}
	})
})
