import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { mailBlockReason, mailCategories } from '#app/domain/network/contact-mail.ts'
import { createUnsubscribeUrl } from '#app/domain/network/contact-mail.server.ts'
import * as preferencesRoute from '#app/routes/afmelden.$token.tsx'
import { setClock } from '#app/utils/clock.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import { createContact, createEmployerOrganization, createPersonalToken } from '#tests/contact-factories.ts'
import { BASE_URL, callRoute, getRoute, postRoute } from '#tests/factories.ts'

const start = new Date('2026-03-02T08:00:00.000Z')
const DAY = 24 * 60 * 60 * 1000

let organization: { id: string; name: string }

beforeAll(async () => {
	setClock(start)
	organization = await createEmployerOrganization('Zorgboerderij De Linde')
})
beforeEach(() => setClock(start))
afterAll(() => setClock(null))

/** The page's data when the link works (a refused link returns the same shape with a problem). */
type PageData = Extract<Awaited<ReturnType<typeof preferencesRoute.loader>>, { problem: null }>

function open(token: string) {
	return getRoute(preferencesRoute, `/afmelden/${token}`, null, { token })
}

function save(token: string, form: Record<string, string> | URLSearchParams) {
	return postRoute(preferencesRoute, `/afmelden/${token}`, null, form, { token })
}

/** What a mail client sends for RFC 8058 one-click: no session, no origin, no CSRF token. */
function oneClick(token: string, contentType: 'urlencoded' | 'multipart' = 'urlencoded') {
	let body: string | FormData = 'List-Unsubscribe=One-Click'
	const headers = new Headers({ 'user-agent': 'Mail-Unsubscribe/1.0' })
	if (contentType === 'urlencoded') headers.set('content-type', 'application/x-www-form-urlencoded')
	else {
		body = new FormData()
		body.set('List-Unsubscribe', 'One-Click')
	}
	const request = new Request(`${BASE_URL}/afmelden/${token}`, { method: 'POST', headers, body })
	return callRoute(preferencesRoute, { request, params: { token } })
}

async function optOuts(contactId: string) {
	return (await prisma.contactPerson.findUniqueOrThrow({ where: { id: contactId } })).mailOptOuts
}

async function freshContact() {
	const contact = await createContact({ organizationId: organization.id, name: 'Karin de Wit' })
	return { contact, token: await createPersonalToken('UNSUBSCRIBE', contact.id, 365) }
}

describe('the preferences page', () => {
	it('opens from the link every network mail carries and shows only name and organisation', async () => {
		const { contact } = await freshContact()
		const url = await createUnsubscribeUrl(contact.id)
		const match = /^http:\/\/localhost:\d+\/afmelden\/([a-z2-7]{52})$/.exec(url)
		expect(match).not.toBeNull()
		const result = await open(match![1]!)
		expect(result.status).toBe(200)
		const data = result.data as PageData
		expect(data.preferences).toEqual({
			contactPersonId: contact.id,
			name: 'Karin de Wit',
			organizationName: 'Zorgboerderij De Linde',
			receives: ['EVENTS', 'SUMMARIES', 'GROUP'],
		})
		expect(JSON.stringify(data)).not.toContain(contact.email!)
	})

	it('saves the categories the contact still wants, and then those mails are blocked', async () => {
		const { contact, token } = await freshContact()
		const form = new URLSearchParams([
			['intent', 'save'],
			['receives', 'EVENTS'],
		])
		const result = await save(token, form)
		expect(result.status, JSON.stringify(result.data)).toBe(302)
		expect(result.location).toBe(`/afmelden/${token}`)
		expect(await optOuts(contact.id)).toBe('["SUMMARIES","GROUP"]')
		const stored = await prisma.contactPerson.findUniqueOrThrow({ where: { id: contact.id } })
		expect(mailBlockReason(stored, 'EVENTS')).toBeNull()
		expect(mailBlockReason(stored, 'SUMMARIES')).toBe('OPTED_OUT')
		expect(mailBlockReason(stored, 'GROUP')).toBe('OPTED_OUT')
		expect(((await open(token)).data as PageData).preferences?.receives).toEqual(['EVENTS'])

		// Ticking everything again turns the mail back on.
		await save(
			token,
			new URLSearchParams([
				['intent', 'save'],
				['receives', 'EVENTS'],
				['receives', 'SUMMARIES'],
				['receives', 'GROUP'],
			]),
		)
		expect(await optOuts(contact.id)).toBe('[]')
	})

	it('turns off all network mail with "no network mail at all"', async () => {
		const { contact, token } = await freshContact()
		const result = await save(token, { intent: 'none', receives: 'EVENTS' })
		expect(result.status).toBe(302)
		expect(await optOuts(contact.id)).toBe('["EVENTS","SUMMARIES","GROUP"]')
		const stored = await prisma.contactPerson.findUniqueOrThrow({ where: { id: contact.id } })
		expect(mailCategories.map((category) => mailBlockReason(stored, category))).toEqual([
			'OPTED_OUT',
			'OPTED_OUT',
			'OPTED_OUT',
		])
	})

	it('refuses a category that does not exist', async () => {
		const { contact, token } = await freshContact()
		const result = await save(token, { intent: 'save', receives: 'EVERYTHING' })
		expect(result.status).toBe(400)
		expect(await optOuts(contact.id)).toBe('[]')
	})
})

describe('one-click unsubscribe (RFC 8058)', () => {
	it('opts out of everything without login, origin or CSRF token and answers 200', async () => {
		const { contact, token } = await freshContact()
		const result = await oneClick(token)
		expect(result.status).toBe(200)
		expect(result.data).toEqual({ unsubscribed: true })
		expect(result.location).toBeNull()
		expect(await optOuts(contact.id)).toBe('["EVENTS","SUMMARIES","GROUP"]')
		const stored = await prisma.contactPerson.findUniqueOrThrow({ where: { id: contact.id } })
		for (const category of ['EVENTS', 'SUMMARIES', 'GROUP'] as const) {
			expect(mailBlockReason(stored, category)).toBe('OPTED_OUT')
		}
		// Again is harmless: the link stays usable until it expires.
		expect((await oneClick(token, 'multipart')).status).toBe(200)
	})

	it('refuses a tampered or expired link and changes nothing', async () => {
		const { contact, token } = await freshContact()
		const tampered = `${token.slice(0, -1)}${token.endsWith('a') ? 'b' : 'a'}`
		expect((await oneClick(tampered)).status).toBe(404)
		setClock(new Date(start.getTime() + 366 * DAY))
		expect((await oneClick(token)).status).toBe(410)
		expect(await optOuts(contact.id)).toBe('[]')
	})
})

describe('links that cannot be used', () => {
	it('explains a tampered, malformed or foreign link with 404', async () => {
		const { contact, token } = await freshContact()
		const tampered = `${token.slice(0, -2)}${token.endsWith('aa') ? 'bb' : 'aa'}`
		const topicsToken = await createPersonalToken('GROUP_TOPICS', contact.id)
		for (const candidate of [tampered, 'kort', topicsToken, 'x'.repeat(300)]) {
			const result = await open(candidate)
			expect(result.status).toBe(404)
			expect(result.thrown).toBe(false)
			expect(result.data).toMatchObject({ problem: 'unknown', preferences: null })
			const posted = await save(candidate, { intent: 'none' })
			expect(posted.status).toBe(404)
		}
		expect(await optOuts(contact.id)).toBe('[]')
	})

	it('explains an expired link with 410 and does not save', async () => {
		const { contact, token } = await freshContact()
		setClock(new Date(start.getTime() + 366 * DAY))
		const result = await open(token)
		expect(result.status).toBe(410)
		expect(result.data).toMatchObject({ problem: 'expired' })
		expect((await save(token, { intent: 'none' })).status).toBe(410)
		expect(await optOuts(contact.id)).toBe('[]')
	})

	it('treats the link of a removed contact as unknown', async () => {
		const { contact, token } = await freshContact()
		await prisma.contactPerson.delete({ where: { id: contact.id } })
		expect((await open(token)).status).toBe(404)
		expect((await oneClick(token)).status).toBe(404)
	})
})
