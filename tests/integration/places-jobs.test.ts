import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { closeExpiredPlaces, sendExpiryReminders } from '#app/domain/places/place-jobs.server.ts'
import * as extendRoute from '#app/routes/plek-verlengen.tsx'
import { setClock } from '#app/utils/clock.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import { hashToken } from '#app/utils/session.server.ts'
import { callRoute, createUser, findEmailLink, makeRequest } from '#tests/factories.ts'

const DAY = 24 * 60 * 60 * 1000
const start = new Date('2026-03-02T08:00:00.000Z')

let sequence = 0

async function createOrganization({ members = 1, disabledMembers = 0 } = {}) {
	const { user, organization } = await createUser({ role: 'EMPLOYER' })
	const users = [user]
	for (let i = 1; i < members + disabledMembers; i++) {
		const extra = await createUser({ role: 'EMPLOYER', organizationId: organization.id })
		if (i >= members) await prisma.user.update({ where: { id: extra.user.id }, data: { disabledAt: start } })
		users.push(extra.user)
	}
	return { organization, members: users.slice(0, members), disabled: users.slice(members) }
}

async function createContact(organizationId: string) {
	sequence++
	return prisma.contactPerson.create({
		data: { organizationId, name: `Contact ${sequence}`, email: `contact-${sequence}@werkgever.example` },
	})
}

/** A place row in a given state, written directly: the jobs act on whatever is stored. */
function createPlace(
	organizationId: string,
	{
		status = 'PUBLISHED',
		expiresInDays,
		contactPersonId = null,
		title = `Plek ${++sequence}`,
		reminded = false,
	}: {
		status?: string
		expiresInDays: number | null
		contactPersonId?: string | null
		title?: string
		reminded?: boolean
	},
) {
	return prisma.place.create({
		data: {
			organizationId,
			type: 'WORK_EXPERIENCE',
			title,
			description: 'Een plek',
			hoursMin: 8,
			hoursMax: 16,
			status,
			publishedAt: status === 'DRAFT' ? null : new Date(start.getTime() - 30 * DAY),
			expiresAt: expiresInDays === null ? null : new Date(start.getTime() + expiresInDays * DAY),
			expiryReminderSentAt: reminded ? new Date(start.getTime() - DAY) : null,
			contactPersonId,
		},
	})
}

const statusOf = async (id: string) =>
	prisma.place.findUniqueOrThrow({ where: { id }, select: { status: true, closedReason: true, closedAt: true } })
const remindersTo = (address: string) =>
	prisma.emailMessage.count({ where: { to: address, idempotencyKey: { startsWith: 'place-expiry-reminder:' } } })

beforeEach(async () => {
	setClock(start)
	await prisma.place.deleteMany()
})
afterAll(() => setClock(null))

describe('closeExpiredPlaces', () => {
	it('closes exactly the published and paused places whose date has passed, once', async () => {
		const { organization } = await createOrganization()
		const expiredPublished = await createPlace(organization.id, { expiresInDays: -1 })
		const expiredPaused = await createPlace(organization.id, { status: 'PAUSED', expiresInDays: -20 })
		const expiresNow = await createPlace(organization.id, { expiresInDays: 0 })
		const future = await createPlace(organization.id, { expiresInDays: 1 })
		const draft = await createPlace(organization.id, { status: 'DRAFT', expiresInDays: -5 })
		const filled = await createPlace(organization.id, { status: 'FILLED', expiresInDays: -5 })
		const manual = await createPlace(organization.id, { status: 'CLOSED', expiresInDays: -5 })

		expect(await closeExpiredPlaces()).toBe(3)
		for (const place of [expiredPublished, expiredPaused, expiresNow]) {
			expect(await statusOf(place.id)).toEqual({ status: 'CLOSED', closedReason: 'EXPIRED', closedAt: start })
		}
		expect((await statusOf(future.id)).status).toBe('PUBLISHED')
		expect(await statusOf(draft.id)).toEqual({ status: 'DRAFT', closedReason: null, closedAt: null })
		expect((await statusOf(filled.id)).status).toBe('FILLED')
		expect(await statusOf(manual.id)).toEqual({ status: 'CLOSED', closedReason: null, closedAt: null })

		const audits = await prisma.auditEvent.findMany({
			where: { action: 'place.expired' },
			orderBy: { entityId: 'asc' },
		})
		expect(audits.map((row) => row.entityId).sort()).toEqual(
			[expiredPublished.id, expiredPaused.id, expiresNow.id].sort(),
		)
		expect(audits.every((row) => row.actorId === null)).toBe(true)
		expect(JSON.parse(audits.find((row) => row.entityId === expiredPaused.id)?.details ?? '{}')).toEqual({
			from: 'PAUSED',
			to: 'CLOSED',
		})

		// A second run changes nothing more.
		const snapshot = await prisma.place.findMany({ orderBy: { id: 'asc' } })
		setClock(new Date(start.getTime() + 60 * 1000))
		expect(await closeExpiredPlaces()).toBe(0)
		expect(await prisma.place.findMany({ orderBy: { id: 'asc' } })).toEqual(snapshot)
		expect(await prisma.auditEvent.count({ where: { action: 'place.expired' } })).toBe(3)
	})

	it('two runs at once close each place once', async () => {
		const { organization } = await createOrganization()
		for (let i = 0; i < 4; i++) await createPlace(organization.id, { expiresInDays: -1 })
		const [a, b] = await Promise.all([closeExpiredPlaces(), closeExpiredPlaces()])
		expect(a + b).toBe(4)
		expect(
			await prisma.auditEvent.count({ where: { action: 'place.expired', entityType: 'Place' } }),
		).toBeGreaterThanOrEqual(4)
		const audited = await prisma.auditEvent.groupBy({
			by: ['entityId'],
			where: { action: 'place.expired' },
			_count: { _all: true },
		})
		expect(audited.every((row) => row._count._all === 1)).toBe(true)
	})
})

describe('sendExpiryReminders', () => {
	it('sends one reminder per place that expires within a week, even when run twice at once and again', async () => {
		const withContact = await createOrganization()
		const contact = await createContact(withContact.organization.id)
		const soon = await createPlace(withContact.organization.id, {
			expiresInDays: 3,
			contactPersonId: contact.id,
			title: 'Medewerker bediening en afwas',
		})
		// No contact person: every active member of the organisation gets it.
		const team = await createOrganization({ members: 2, disabledMembers: 1 })
		const teamPlace = await createPlace(team.organization.id, { expiresInDays: 7 })
		const otherContact = await createContact(team.organization.id)
		const later = await createPlace(team.organization.id, { expiresInDays: 8, contactPersonId: otherContact.id })
		const paused = await createPlace(team.organization.id, {
			status: 'PAUSED',
			expiresInDays: 2,
			contactPersonId: otherContact.id,
		})
		const alreadyReminded = await createPlace(team.organization.id, {
			expiresInDays: 2,
			contactPersonId: otherContact.id,
			reminded: true,
		})

		const [first, second] = await Promise.all([sendExpiryReminders(), sendExpiryReminders()])
		expect(first + second).toBe(2)
		expect(await sendExpiryReminders()).toBe(0)

		expect(await remindersTo(contact.email!)).toBe(1)
		for (const member of team.members) expect(await remindersTo(member.email)).toBe(1)
		for (const member of team.disabled) expect(await remindersTo(member.email)).toBe(0)
		expect(await remindersTo(otherContact.email!)).toBe(0)
		expect(await remindersTo(withContact.members[0]!.email)).toBe(0)

		for (const place of [soon, teamPlace]) {
			expect((await prisma.place.findUniqueOrThrow({ where: { id: place.id } })).expiryReminderSentAt).toEqual(start)
		}
		for (const place of [later, paused]) {
			expect((await prisma.place.findUniqueOrThrow({ where: { id: place.id } })).expiryReminderSentAt).toBeNull()
		}
		expect(alreadyReminded.expiryReminderSentAt).not.toBeNull()
		// One extend link per reminded place.
		expect(await prisma.linkToken.count({ where: { purpose: 'PLACE_EXTEND' } })).toBe(2)
	})

	it('mails the title, the expiry date in Dutch time and a one-time extend link that works once', async () => {
		const { organization } = await createOrganization()
		const contact = await createContact(organization.id)
		// 23:30 UTC on 4 March is 00:30 on 5 March in Amsterdam.
		const expiresAt = new Date('2026-03-04T23:30:00.000Z')
		const place = await prisma.place.create({
			data: {
				organizationId: organization.id,
				type: 'WORK_EXPERIENCE',
				title: 'Sorteren en prijzen in de winkel',
				description: 'Een plek',
				hoursMin: 8,
				hoursMax: 16,
				status: 'PUBLISHED',
				publishedAt: new Date(expiresAt.getTime() - 90 * DAY),
				expiresAt,
				contactPersonId: contact.id,
			},
		})
		expect(await sendExpiryReminders()).toBe(1)

		const link = await findEmailLink(contact.email!, '/plek-verlengen')
		expect(link).not.toBeNull()
		expect(link!.email.subject).toBe('Je plek ‘Sorteren en prijzen in de winkel’ verloopt binnenkort')
		expect(link!.email.text).toContain('5 maart 2026 om 00:30')
		expect(link!.email.idempotencyKey).toBe(
			`place-expiry-reminder:${place.id}:${expiresAt.toISOString()}:${contact.id}`,
		)
		expect(link!.url).toMatch(/^http:\/\/localhost:\d+\/plek-verlengen\?token=[a-z0-9]{52}$/)

		// Only the token's hash is stored, valid until 14 days after the expiry date.
		const token = await prisma.linkToken.findUniqueOrThrow({ where: { tokenHash: hashToken(link!.token) } })
		expect(token).toMatchObject({ purpose: 'PLACE_EXTEND', subjectId: place.id, usedAt: null })
		expect(token.expiresAt).toEqual(new Date(expiresAt.getTime() + 14 * DAY))
		expect(await prisma.linkToken.count({ where: { tokenHash: link!.token } })).toBe(0)

		// The contact clicks the link a day later, without logging in.
		const clickedAt = new Date(start.getTime() + DAY)
		setClock(clickedAt)
		const clicked = await callRoute(extendRoute, { request: makeRequest(link!.path) })
		expect(clicked.status).toBe(200)
		expect(clicked.data).toEqual({
			outcome: 'extended',
			title: 'Sorteren en prijzen in de winkel',
			expiresAt: new Date(clickedAt.getTime() + 90 * DAY),
		})
		expect(await prisma.place.findUniqueOrThrow({ where: { id: place.id } })).toMatchObject({
			status: 'PUBLISHED',
			expiresAt: new Date(clickedAt.getTime() + 90 * DAY),
			expiryReminderSentAt: null,
		})
		expect((await prisma.linkToken.findUniqueOrThrow({ where: { id: token.id } })).usedAt).toEqual(clickedAt)
		const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: 'place.extended', entityId: place.id } })
		expect(audit.actorId).toBeNull()
		expect(JSON.parse(audit.details ?? '{}')).toEqual({ via: 'link' })

		// A second click is refused and changes nothing.
		setClock(new Date(clickedAt.getTime() + DAY))
		const again = await callRoute(extendRoute, { request: makeRequest(link!.path) })
		expect(again.data).toMatchObject({ outcome: 'invalid' })
		expect((await prisma.place.findUniqueOrThrow({ where: { id: place.id } })).expiresAt).toEqual(
			new Date(clickedAt.getTime() + 90 * DAY),
		)
		expect(await prisma.auditEvent.count({ where: { action: 'place.extended', entityId: place.id } })).toBe(1)

		// The new date gets its own reminder, a week before it.
		setClock(new Date(clickedAt.getTime() + 85 * DAY))
		expect(await sendExpiryReminders()).toBe(1)
		expect(await remindersTo(contact.email!)).toBe(2)
	})

	it('a link for a place that closed meanwhile, an expired link and a made-up link extend nothing', async () => {
		const { organization } = await createOrganization()
		const contact = await createContact(organization.id)
		const closing = await createPlace(organization.id, { expiresInDays: 2, contactPersonId: contact.id })
		const contact2 = await createContact(organization.id)
		const lingering = await createPlace(organization.id, { expiresInDays: 3, contactPersonId: contact2.id })
		expect(await sendExpiryReminders()).toBe(2)
		const closedLink = (await findEmailLink(contact.email!, '/plek-verlengen'))!
		const lateLink = (await findEmailLink(contact2.email!, '/plek-verlengen'))!

		await prisma.place.update({ where: { id: closing.id }, data: { status: 'FILLED' } })
		const closedResult = await callRoute(extendRoute, { request: makeRequest(closedLink.path) })
		expect(closedResult.data).toMatchObject({ outcome: 'not-open', title: closing.title })
		expect((await prisma.place.findUniqueOrThrow({ where: { id: closing.id } })).status).toBe('FILLED')
		expect(
			(await prisma.linkToken.findUniqueOrThrow({ where: { tokenHash: hashToken(closedLink.token) } })).usedAt,
		).toBeNull()

		// Valid until 14 days after the expiry date, not after.
		setClock(new Date(start.getTime() + (3 + 14) * DAY + 1000))
		await prisma.place.update({
			where: { id: lingering.id },
			data: { expiresAt: new Date(start.getTime() + 30 * DAY) },
		})
		const lateResult = await callRoute(extendRoute, { request: makeRequest(lateLink.path) })
		expect(lateResult.data).toMatchObject({ outcome: 'invalid' })
		expect((await prisma.place.findUniqueOrThrow({ where: { id: lingering.id } })).expiresAt).toEqual(
			new Date(start.getTime() + 30 * DAY),
		)

		for (const path of ['/plek-verlengen?token=verzonnen', '/plek-verlengen']) {
			const result = await callRoute(extendRoute, { request: makeRequest(path) })
			expect(result.status).toBe(200)
			expect(result.data).toMatchObject({ outcome: 'invalid' })
		}
		expect(
			await prisma.auditEvent.count({
				where: { action: 'place.extended', entityId: { in: [closing.id, lingering.id] } },
			}),
		).toBe(0)
	})

	it('a paused place can still be extended by its link', async () => {
		const { organization } = await createOrganization()
		const contact = await createContact(organization.id)
		const place = await createPlace(organization.id, { expiresInDays: 4, contactPersonId: contact.id })
		await sendExpiryReminders()
		await prisma.place.update({ where: { id: place.id }, data: { status: 'PAUSED' } })
		const link = (await findEmailLink(contact.email!, '/plek-verlengen'))!
		const result = await callRoute(extendRoute, { request: makeRequest(link.path) })
		expect(result.data).toMatchObject({ outcome: 'extended' })
		expect(await prisma.place.findUniqueOrThrow({ where: { id: place.id } })).toMatchObject({
			status: 'PAUSED',
			expiresAt: new Date(start.getTime() + 90 * DAY),
		})
	})
})

describe('the reminder email', () => {
	it('reads well in English too, with the date in Dutch time', async () => {
		const { render } = await import('@react-email/render')
		const { createElement } = await import('react')
		const { default: PlaceExpiryReminderEmail, placeExpiryReminderSubject } =
			await import('#emails/place-expiry-reminder.tsx')
		const props = { ...PlaceExpiryReminderEmail.PreviewProps, locale: 'en' as const }
		const text = await render(createElement(PlaceExpiryReminderEmail, props), { plainText: true })
		expect(text).toContain('Extend the place by 90 days')
		expect(text).toContain('7 December 2026 at 18:00')
		expect(text).toContain(props.extendUrl)
		expect(text).not.toMatch(/placeExpiryReminder\./)
		expect(placeExpiryReminderSubject({ locale: 'en', placeTitle: 'X' })).toBe('Your place ‘X’ expires soon')
	})
})
