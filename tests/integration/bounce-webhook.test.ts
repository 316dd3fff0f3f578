import { vi, beforeAll, describe, expect, it } from 'vitest'

// The secret must be in place before the app reads (and caches) its environment.
vi.hoisted(() => {
	process.env.RESEND_WEBHOOK_SECRET = `whsec_${Buffer.from('werkverbinder-test-webhook-secret-32b').toString('base64')}`
})

import { mailBlockReason } from '#app/domain/network/contact-mail.ts'
import { handleDeliveryEvent } from '#app/domain/network/bounces.server.ts'
import { listNetworkContacts } from '#app/domain/network/contacts.server.ts'
import * as webhookRoute from '#app/routes/webhooks.resend.ts'
import { prisma } from '#app/utils/db.server.ts'
import {
	createContact,
	createEmployerOrganization,
	createStakeholder,
	TEST_WEBHOOK_SECRET,
	webhookRequest,
} from '#tests/contact-factories.ts'
import { BASE_URL, callRoute } from '#tests/factories.ts'

let employer: { id: string }
let agency: { id: string }
beforeAll(async () => {
	expect(process.env.RESEND_WEBHOOK_SECRET).toBe(TEST_WEBHOOK_SECRET)
	employer = await createEmployerOrganization('Metaalbedrijf Oost')
	agency = await createStakeholder('Uitzendbureau Oost')
})

function post(request: Request) {
	return callRoute(webhookRoute, { request })
}

function bounced(address: string, extra: Record<string, unknown> = {}) {
	return {
		type: 'email.bounced',
		created_at: '2026-03-02T10:15:00.000Z',
		data: {
			created_at: '2026-03-02T10:14:58.000Z',
			email_id: 'e7c1c1b0-0000-4000-8000-000000000001',
			from: 'Werkverbinder <noreply@werkverbinder.nl>',
			to: [address],
			subject: 'Uitnodiging werkgeversbijeenkomst',
			bounce: {
				message: "The recipient's mailbox does not exist.",
				subType: 'General',
				type: 'Permanent',
			},
			...extra,
		},
	}
}

async function contactState(id: string) {
	return prisma.contactPerson.findUniqueOrThrow({
		where: { id },
		select: { email: true, bouncedAt: true, bounceReason: true, mailOptOuts: true },
	})
}

describe('a correctly signed delivery event', () => {
	it('marks every contact with the bounced address, whatever the case, and keeps the event', async () => {
		const atEmployer = await createContact({ organizationId: employer.id, email: 'p.devries@metaal.example' })
		const atAgency = await createContact({ organizationId: agency.id, email: 'p.devries@metaal.example' })
		const other = await createContact({ organizationId: employer.id, email: 'iemand@metaal.example' })

		const result = await post(webhookRequest(bounced('P.deVries@Metaal.EXAMPLE'), { id: 'msg_bounce_1' }))
		expect(result.status, JSON.stringify(result.data)).toBe(200)
		expect(result.data).toMatchObject({ ok: true, handled: true, type: 'BOUNCED', contactsUpdated: 2 })

		for (const id of [atEmployer.id, atAgency.id]) {
			const state = await contactState(id)
			expect(state.bouncedAt?.toISOString()).toBe('2026-03-02T10:15:00.000Z')
			expect(state.bounceReason).toBe("Permanent (General): The recipient's mailbox does not exist.")
			// Skipped in invitations, flagged in the list.
			expect(mailBlockReason(state, 'EVENTS')).toBe('BOUNCED')
		}
		expect((await contactState(other.id)).bouncedAt).toBeNull()
		const { contacts } = await listNetworkContacts({ flag: 'BOUNCED', q: 'metaal' })
		expect(contacts.map((contact) => contact.id).sort()).toEqual([atEmployer.id, atAgency.id].sort())

		const events = await prisma.emailDeliveryEvent.findMany({ where: { providerEventId: 'msg_bounce_1' } })
		expect(events).toHaveLength(1)
		expect(events[0]).toMatchObject({ type: 'BOUNCED', email: 'p.devries@metaal.example' })
	})

	it('treats a redelivery of the same message id as a no-op', async () => {
		const contact = await createContact({ organizationId: employer.id, email: 'dubbel@metaal.example' })
		const payload = bounced('dubbel@metaal.example')
		const first = await post(webhookRequest(payload, { id: 'msg_twice' }))
		expect(first.status).toBe(200)
		// The coordinator corrected things in between: the old event must not undo that.
		await prisma.contactPerson.update({ where: { id: contact.id }, data: { bouncedAt: null, bounceReason: null } })
		const second = await post(webhookRequest(payload, { id: 'msg_twice' }))
		expect(second.status).toBe(200)
		expect(second.data).toMatchObject({ ok: true, handled: false, reason: 'duplicate' })
		expect(await prisma.emailDeliveryEvent.count({ where: { providerEventId: 'msg_twice' } })).toBe(1)
		expect((await contactState(contact.id)).bouncedAt).toBeNull()
	})

	it('records two simultaneous deliveries of one event once', async () => {
		const contact = await createContact({ organizationId: employer.id, email: 'tegelijk@metaal.example' })
		const event = bounced('tegelijk@metaal.example')
		const outcomes = await Promise.all([handleDeliveryEvent('msg_race', event), handleDeliveryEvent('msg_race', event)])
		expect(outcomes.filter((outcome) => outcome.handled)).toHaveLength(1)
		expect(outcomes.filter((outcome) => !outcome.handled && outcome.reason === 'duplicate')).toHaveLength(1)
		expect(await prisma.emailDeliveryEvent.count({ where: { providerEventId: 'msg_race' } })).toBe(1)
		expect((await contactState(contact.id)).bouncedAt).not.toBeNull()
	})

	it('opts a contact who complained out of all network mail', async () => {
		const contact = await createContact({ organizationId: agency.id, email: 'klacht@oost.example' })
		const result = await post(
			webhookRequest({
				type: 'email.complained',
				created_at: '2026-03-02T11:00:00.000Z',
				data: { email_id: 'x', from: 'a@b.nl', to: ['klacht@oost.example'], subject: 'Verslag' },
			}),
		)
		expect(result.status).toBe(200)
		const state = await contactState(contact.id)
		expect(state.mailOptOuts).toBe('["EVENTS","SUMMARIES","GROUP"]')
		expect(state.bouncedAt).toBeNull()
	})

	it('ignores other event types with 200 and keeps nothing', async () => {
		const before = await prisma.emailDeliveryEvent.count()
		const result = await post(
			webhookRequest(
				{ type: 'email.delivered', created_at: '2026-03-02T11:00:00.000Z', data: { to: ['x@y.nl'] } },
				{ id: 'msg_delivered' },
			),
		)
		expect(result.status).toBe(200)
		expect(result.data).toMatchObject({ handled: false, reason: 'ignored-type' })
		expect(await prisma.emailDeliveryEvent.count()).toBe(before)
	})
})

describe('a delivery event that cannot be trusted', () => {
	async function expectRefusedAndUnchanged(request: Request, contactId: string) {
		const result = await post(request)
		expect(result.status).toBe(401)
		expect((await contactState(contactId)).bouncedAt).toBeNull()
	}

	it('refuses a wrong signature, a changed body, missing headers and a stale or future timestamp', async () => {
		const contact = await createContact({ organizationId: employer.id, email: 'doelwit@metaal.example' })
		const payload = bounced('doelwit@metaal.example')
		const otherSecret = `whsec_${Buffer.from('a-different-secret-of-enough-bytes').toString('base64')}`
		const before = await prisma.emailDeliveryEvent.count()

		await expectRefusedAndUnchanged(webhookRequest(payload, { secret: otherSecret }), contact.id)
		const valid = webhookRequest(payload, { id: 'msg_changed' })
		const changed = new Request(valid.url, {
			method: 'POST',
			headers: valid.headers,
			body: JSON.stringify(bounced('doelwit@metaal.example', { subject: 'Anders' })),
		})
		await expectRefusedAndUnchanged(changed, contact.id)
		for (const header of ['svix-id', 'svix-timestamp', 'svix-signature']) {
			await expectRefusedAndUnchanged(webhookRequest(payload, { headers: { [header]: null } }), contact.id)
		}
		const tenMinutes = 10 * 60
		const now = Math.floor(Date.now() / 1000)
		await expectRefusedAndUnchanged(webhookRequest(payload, { timestamp: now - tenMinutes }), contact.id)
		await expectRefusedAndUnchanged(webhookRequest(payload, { timestamp: now + tenMinutes }), contact.id)
		await expectRefusedAndUnchanged(
			new Request(`${BASE_URL}/webhooks/resend`, { method: 'POST', body: JSON.stringify(payload) }),
			contact.id,
		)
		expect(await prisma.emailDeliveryEvent.count()).toBe(before)
	})

	it('answers 400 to a signed body that is no delivery event', async () => {
		const result = await post(webhookRequest({ hello: 'world' }))
		expect(result.status).toBe(400)
	})

	it('only takes posts', async () => {
		const result = await callRoute(webhookRoute, { request: new Request(`${BASE_URL}/webhooks/resend`) })
		expect(result.status).toBe(405)
	})
})
