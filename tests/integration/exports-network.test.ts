import { beforeAll, describe, expect, it } from 'vitest'
import { CONTACT_LIST_LIMIT } from '#app/domain/network/contacts.server.ts'
import { PAST_EVENTS_SHOWN } from '#app/domain/network/events.server.ts'
import * as attendanceRoute from '#app/routes/netwerk.bijeenkomsten.$eventId.aanwezigheid.tsx'
import * as attendanceExportRoute from '#app/routes/netwerk.bijeenkomsten.$eventId.aanwezigheid.export.ts'
import * as eventsRoute from '#app/routes/netwerk.bijeenkomsten._index.tsx'
import * as eventsExportRoute from '#app/routes/netwerk.bijeenkomsten.export.ts'
import * as contactsRoute from '#app/routes/netwerk.contacten._index.tsx'
import * as contactsExportRoute from '#app/routes/netwerk.contacten.export.ts'
import { now } from '#app/utils/clock.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import {
	createContact,
	createNetworkWorld,
	createOrganization,
	createStakeholder,
	signedInByRole,
	type NetworkWorld,
} from '#tests/contact-factories.ts'
import { createEvent, createInvitee } from '#tests/event-factories.ts'
import { column, csvRows, expectSameAccessAsList, getExport, inLanguage, xlsxRows } from '#tests/export-helpers.ts'
import { callRoute, makeRequest } from '#tests/factories.ts'

const DAY = 24 * 60 * 60 * 1000
let world: NetworkWorld
const ids: Record<string, string> = {}

beforeAll(async () => {
	world = await createNetworkWorld()
	const bakery = await createOrganization({ name: 'Exportbakkerij Zuid', town: 'Zutphen' })
	const agency = await createStakeholder('Exportpartner Uitzend Oost', 'STAFFING_AGENCY')
	ids.zoe = (
		await prisma.contactPerson.update({
			where: { id: (await createContact({ organizationId: bakery.id, name: 'Zoë Zand', jobTitle: '@eigenaar' })).id },
			data: { phone: '+31 314 123456', email: 'zoe@bakkerij.test' },
		})
	).id
	ids.bounced = (
		await createContact({
			organizationId: agency.id,
			name: 'Bart Bounce',
			email: 'bart@uitzend.test',
			bouncedAt: now(),
			mailOptOuts: ['EVENTS', 'SUMMARIES', 'GROUP'],
		})
	).id
})

describe('the contacts export', () => {
	it('is the filtered list as CSV in Dutch: email and phone apart, mail flags in words, formulas guarded', async () => {
		const response = await getExport(contactsExportRoute, '/netwerk/contacten/export?q=Export', {
			cookie: world.coordinator.cookie,
		})
		expect(response.headers.get('content-disposition')).toMatch(/filename="contacten-\d{4}-\d{2}-\d{2}\.csv"/)
		const rows = await csvRows(response)
		expect(rows).toEqual([
			['Naam', 'Organisatie', 'Soort', 'Functie', 'E-mail', 'Telefoon', 'Netwerkmail'],
			// Ordered by organisation, like the list.
			[
				'Zoë Zand',
				'Exportbakkerij Zuid',
				'Werkgever',
				"'@eigenaar",
				'zoe@bakkerij.test',
				"'+31 314 123456",
				'Krijgt alle netwerkmail',
			],
			[
				'Bart Bounce',
				'Exportpartner Uitzend Oost',
				'Uitzendbureau',
				'HR-adviseur',
				'bart@uitzend.test',
				'',
				'E-mail komt niet aan, Wil geen netwerkmail',
			],
		])
	})

	it('applies every filter of the list: in Excel, in English, only the bounced contact', async () => {
		const rows = await xlsxRows(
			await getExport(contactsExportRoute, '/netwerk/contacten/export?q=Export&flag=BOUNCED&formaat=xlsx', {
				cookie: await inLanguage(world.coordinator, 'en'),
			}),
		)
		expect(rows[0]).toEqual(['Name', 'Organisation', 'Kind', 'Role', 'Email', 'Phone', 'Network mail'])
		expect(column(rows, 'Name')).toEqual(['Bart Bounce'])
		expect(column(rows, 'Network mail')).toEqual(['Email bounces, Wants no network mail'])
		const audit = await prisma.auditEvent.findFirst({
			where: { action: 'list.exported', actorId: world.coordinator.user.id },
			orderBy: { createdAt: 'desc' },
		})
		expect(JSON.parse(audit?.details ?? '{}')).toEqual({ list: 'contacts', format: 'xlsx', count: 1 })
	})

	it('holds every contact the filters find, also past the list’s display limit', async () => {
		const big = await createOrganization({ name: 'Grootbedrijf Massa' })
		await prisma.contactPerson.createMany({
			data: Array.from({ length: CONTACT_LIST_LIMIT + 5 }, (_, index) => ({
				organizationId: big.id,
				name: `Medewerker ${String(index).padStart(3, '0')}`,
			})),
		})
		const page = await callRoute(contactsRoute, {
			request: makeRequest('/netwerk/contacten?q=Massa', { cookie: world.coordinator.cookie }),
		})
		const listed = page.data as { total: number; contacts: unknown[] }
		expect(listed.contacts).toHaveLength(CONTACT_LIST_LIMIT)
		const rows = await csvRows(
			await getExport(contactsExportRoute, '/netwerk/contacten/export?q=Massa', { cookie: world.coordinator.cookie }),
		)
		expect(rows).toHaveLength(listed.total + 1)
		expect(listed.total).toBe(CONTACT_LIST_LIMIT + 5)
	})

	it('is for whoever may see the contacts list, refused to everyone else the same way', async () => {
		const statuses = await expectSameAccessAsList(
			{
				list: contactsRoute,
				listPath: '/netwerk/contacten',
				exportRoute: contactsExportRoute,
				exportPath: '/netwerk/contacten/export?formaat=xlsx',
			},
			signedInByRole(world),
		)
		expect(statuses).toEqual({ anonymous: 302, COORDINATOR: 200, JOBCOACH: 403, EMPLOYER: 403, ADMIN: 403 })
	})
})

describe('the events export', () => {
	beforeAll(async () => {
		const upcoming = await createEvent({
			networkId: world.networkId,
			title: 'Netwerkontbijt',
			// 1 June 2030 07:30 UTC is 09:30 in Amsterdam (summer time).
			startsAt: new Date('2030-06-01T07:30:00Z'),
			capacity: 20,
		})
		ids.upcoming = upcoming.id
		await createInvitee(upcoming.id, { response: 'YES' })
		await createInvitee(upcoming.id, { response: 'YES' })
		await createInvitee(upcoming.id, { response: 'NO' })
		ids.past = (
			await createEvent({
				networkId: world.networkId,
				title: '=Terugblik',
				kind: 'WORKSHOP',
				startsAt: new Date(now().getTime() - 30 * DAY),
				location: null,
			})
		).id
		await createEvent({ networkId: world.otherNetworkId, title: 'Bijeenkomst van een ander netwerk', startsAt: now() })
	})

	it('lists the network’s events, upcoming then past, with counts as numbers and Amsterdam times', async () => {
		const rows = await xlsxRows(
			await getExport(eventsExportRoute, '/netwerk/bijeenkomsten/export?formaat=xlsx', {
				cookie: world.coordinator.cookie,
			}),
		)
		expect(rows[0]).toEqual([
			'Bijeenkomst',
			'Soort',
			'Klankbordgroep',
			'Status',
			'Begint',
			'Eindigt',
			'Locatie',
			'Link voor online meedoen',
			'Aantal plaatsen',
			'Uitgenodigd',
			'Ja',
			'Misschien',
			'Nee',
			'Wachtlijst',
		])
		expect(rows.slice(1)).toEqual([
			[
				'Netwerkontbijt',
				'Werkgeversbijeenkomst',
				null,
				'Gepland',
				new Date(Date.UTC(2030, 5, 1, 9, 30)),
				new Date(Date.UTC(2030, 5, 1, 11, 30)),
				'Stadskamer, Hoofdstraat 1, Doetinchem',
				null,
				20,
				3,
				2,
				0,
				1,
				0,
			],
			expect.arrayContaining(['=Terugblik', 'Workshop']),
		])
	})

	it('in CSV and English, never another network’s events', async () => {
		const rows = await csvRows(
			await getExport(eventsExportRoute, '/netwerk/bijeenkomsten/export?formaat=csv', {
				cookie: await inLanguage(world.coordinator, 'en'),
			}),
		)
		expect(rows[0]?.slice(0, 5)).toEqual(['Event', 'Kind', 'Sounding-board group', 'Status', 'Starts'])
		expect(column(rows, 'Event')).toEqual(['Netwerkontbijt', "'=Terugblik"])
		expect(column(rows, 'Starts')[0]).toBe('01-06-2030 09:30')
		const other = await csvRows(
			await getExport(eventsExportRoute, '/netwerk/bijeenkomsten/export', { cookie: world.otherCoordinator.cookie }),
		)
		expect(column(other, 'Bijeenkomst')).toEqual(['Bijeenkomst van een ander netwerk'])
	})

	it('holds every past event, also past the list’s display limit', async () => {
		const busy = await createNetworkWorld()
		const startsAt = (index: number) => new Date(now().getTime() - (index + 2) * DAY)
		await prisma.networkEvent.createMany({
			data: Array.from({ length: PAST_EVENTS_SHOWN + 1 }, (_, index) => ({
				organizationId: busy.networkId,
				kind: 'EMPLOYER_MEETING',
				title: `Oude bijeenkomst ${index}`,
				startsAt: startsAt(index),
				endsAt: new Date(startsAt(index).getTime() + 2 * 60 * 60 * 1000),
			})),
		})
		const page = await callRoute(eventsRoute, {
			request: makeRequest('/netwerk/bijeenkomsten', { cookie: busy.coordinator.cookie }),
		})
		expect((page.data as { past: unknown[] }).past).toHaveLength(PAST_EVENTS_SHOWN)
		const rows = await csvRows(
			await getExport(eventsExportRoute, '/netwerk/bijeenkomsten/export', { cookie: busy.coordinator.cookie }),
		)
		expect(rows).toHaveLength(PAST_EVENTS_SHOWN + 1 + 1)
	})

	it('is for whoever may see the events list, refused to everyone else the same way', async () => {
		const statuses = await expectSameAccessAsList(
			{
				list: eventsRoute,
				listPath: '/netwerk/bijeenkomsten',
				exportRoute: eventsExportRoute,
				exportPath: '/netwerk/bijeenkomsten/export',
			},
			signedInByRole(world),
		)
		expect(statuses).toEqual({ anonymous: 302, COORDINATOR: 200, JOBCOACH: 403, EMPLOYER: 403, ADMIN: 403 })
	})
})

describe('the attendance export', () => {
	let eventId = ''
	beforeAll(async () => {
		eventId = (
			await createEvent({
				networkId: world.networkId,
				title: 'Café (Zutphen)',
				startsAt: new Date(now().getTime() - DAY),
			})
		).id
		const came = await createInvitee(eventId, { name: 'Anne Aanwezig', response: 'YES' })
		await prisma.eventInvitation.update({
			where: { id: came.invitation.id },
			data: { attendance: 'PRESENT', needs: 'Rolstoeltoegankelijke ingang' },
		})
		await createInvitee(eventId, { name: 'Niels Nee', response: 'NO' })
		await createInvitee(eventId, { name: 'Ingrid Invited' })
	})

	it('is the event’s attendance list in the page’s order, named after the event', async () => {
		const path = `/netwerk/bijeenkomsten/${eventId}/aanwezigheid`
		const response = await getExport(attendanceExportRoute, `${path}/export?formaat=csv`, {
			cookie: world.coordinator.cookie,
			params: { eventId },
		})
		expect(response.headers.get('content-disposition')).toMatch(
			/^attachment; filename="aanwezigheid-Cafe-Zutphen-\d{4}-\d{2}-\d{2}\.csv"; filename\*=UTF-8''aanwezigheid%20Caf%C3%A9%20%28Zutphen%29-/,
		)
		const rows = await csvRows(response)
		expect(rows).toEqual([
			['Naam', 'Organisatie', 'Antwoord', 'Aanwezigheid', 'Wensen (toegankelijkheid, dieet)'],
			['Anne Aanwezig', expect.any(String), 'Ja', 'Aanwezig', 'Rolstoeltoegankelijke ingang'],
			['Ingrid Invited', expect.any(String), 'Nog geen antwoord', '', ''],
			['Niels Nee', expect.any(String), 'Nee', '', ''],
		])
		const page = await callRoute(attendanceRoute, {
			request: makeRequest(path, { cookie: world.coordinator.cookie }),
			params: { eventId },
		})
		const invitations = (page.data as { invitations: Array<{ contactPerson: { name: string } }> }).invitations
		expect(column(rows, 'Naam')).toEqual(invitations.map((invitation) => invitation.contactPerson.name))
	})

	it('comes in Excel with English headers', async () => {
		const rows = await xlsxRows(
			await getExport(attendanceExportRoute, `/netwerk/bijeenkomsten/${eventId}/aanwezigheid/export?formaat=xlsx`, {
				cookie: await inLanguage(world.coordinator, 'en'),
				params: { eventId },
			}),
		)
		expect(rows[0]).toEqual(['Name', 'Organisation', 'Answer', 'Attendance', 'Needs (accessibility, diet)'])
		expect(rows[1]).toEqual(['Anne Aanwezig', expect.any(String), 'Yes', 'Present', 'Rolstoeltoegankelijke ingang'])
	})

	it('answers 404 for another network’s event or one that does not exist, like the page', async () => {
		for (const id of [eventId, 'geen-bijeenkomst']) {
			const path = `/netwerk/bijeenkomsten/${id}/aanwezigheid`
			const cookie = id === eventId ? world.otherCoordinator.cookie : world.coordinator.cookie
			const page = await callRoute(attendanceRoute, { request: makeRequest(path, { cookie }), params: { eventId: id } })
			const file = await getExport(attendanceExportRoute, `${path}/export`, { cookie, params: { eventId: id } })
			expect(page.status).toBe(404)
			expect(file.status).toBe(404)
		}
	})

	it('is refused to everyone who may not keep attendance, the same way as the page', async () => {
		const statuses = await expectSameAccessAsList(
			{
				list: attendanceRoute,
				listPath: `/netwerk/bijeenkomsten/${eventId}/aanwezigheid`,
				exportRoute: attendanceExportRoute,
				exportPath: `/netwerk/bijeenkomsten/${eventId}/aanwezigheid/export`,
				params: { eventId },
			},
			signedInByRole(world),
		)
		expect(statuses).toEqual({ anonymous: 302, COORDINATOR: 200, JOBCOACH: 403, EMPLOYER: 403, ADMIN: 403 })
	})
})
