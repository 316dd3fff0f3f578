import { describe, expect, it } from 'vitest'
import { DeliveryEventSchema, describeBounce, normalizeRecipient } from './bounces.server.ts'

describe('delivery events', () => {
	it('reads recipients as stored addresses', () => {
		expect(normalizeRecipient(' Marieke <Marieke@Voorbeeld.NL> ')).toBe('marieke@voorbeeld.nl')
		expect(normalizeRecipient('INFO@voorbeeld.nl')).toBe('info@voorbeeld.nl')
	})

	it('describes a bounce in one line, cut to fit', () => {
		expect(describeBounce({ type: 'Permanent', subType: 'Suppressed', message: 'On the suppression list' })).toBe(
			'Permanent (Suppressed): On the suppression list',
		)
		expect(describeBounce({ message: 'Mailbox full' })).toBe('Mailbox full')
		expect(describeBounce(undefined)).toBeNull()
		expect(describeBounce({ message: 'x'.repeat(900) })).toHaveLength(500)
	})

	it('accepts Resend payloads with fields it does not use, and a single recipient as text', () => {
		const parsed = DeliveryEventSchema.safeParse({
			type: 'email.bounced',
			created_at: '2026-03-02T10:15:00.000Z',
			data: { to: 'a@b.nl', email_id: 'x', tags: { a: 'b' } },
		})
		expect(parsed.success).toBe(true)
		expect(DeliveryEventSchema.safeParse({ data: {} }).success).toBe(false)
	})
})
