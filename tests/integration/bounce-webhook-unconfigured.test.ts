import { vi, describe, expect, it } from 'vitest'

// Without a signing secret the webhook cannot tell real events from forged ones.
vi.hoisted(() => {
	delete process.env.RESEND_WEBHOOK_SECRET
})

import * as webhookRoute from '#app/routes/webhooks.resend.ts'
import { prisma } from '#app/utils/db.server.ts'
import { createContact, createEmployerOrganization, webhookRequest } from '#tests/contact-factories.ts'
import { callRoute } from '#tests/factories.ts'

describe('the bounce webhook without RESEND_WEBHOOK_SECRET', () => {
	it('answers 503 and changes nothing, even for a signed event', async () => {
		const organization = await createEmployerOrganization()
		const contact = await createContact({ organizationId: organization.id, email: 'niet@geconfigureerd.example' })
		const result = await callRoute(webhookRoute, {
			request: webhookRequest({ type: 'email.bounced', data: { to: ['niet@geconfigureerd.example'] } }),
		})
		expect(result.status).toBe(503)
		expect((await prisma.contactPerson.findUniqueOrThrow({ where: { id: contact.id } })).bouncedAt).toBeNull()
		expect(await prisma.emailDeliveryEvent.count()).toBe(0)
	})
})
