import { describe, expect, it } from 'vitest'
import {
	ALL_MAIL_OPTED_OUT,
	mailBlockReason,
	mailOptOutLevel,
	parseMailOptOuts,
	serializeMailOptOuts,
} from './contact-mail.ts'

describe('mail opt-outs', () => {
	it('are stored as known categories in one order', () => {
		expect(serializeMailOptOuts(['GROUP', 'EVENTS'])).toBe('["EVENTS","GROUP"]')
		expect(ALL_MAIL_OPTED_OUT).toBe('["EVENTS","SUMMARIES","GROUP"]')
		expect(parseMailOptOuts('["GROUP","NONSENSE"]')).toEqual(['GROUP'])
		expect(parseMailOptOuts('not json')).toEqual([])
	})

	it('tell none, some or all', () => {
		expect(mailOptOutLevel('[]')).toBe('NONE')
		expect(mailOptOutLevel('["SUMMARIES"]')).toBe('SOME')
		expect(mailOptOutLevel('["GROUP","SUMMARIES","EVENTS"]')).toBe('ALL')
	})

	it('block mail: no address first, then a bounce, then the choice', () => {
		const contact = { email: 'a@b.nl', bouncedAt: null, mailOptOuts: '["GROUP"]' }
		expect(mailBlockReason(contact, 'EVENTS')).toBeNull()
		expect(mailBlockReason(contact, 'GROUP')).toBe('OPTED_OUT')
		expect(mailBlockReason({ ...contact, bouncedAt: new Date() }, 'EVENTS')).toBe('BOUNCED')
		expect(mailBlockReason({ ...contact, email: null, bouncedAt: new Date() }, 'EVENTS')).toBe('NO_EMAIL')
	})
})
