import { describe, expect, it } from 'vitest'
import {
	countResponses,
	eventPlaceText,
	formatEventTime,
	previewInvitations,
	responseOrder,
	seatsLeft,
} from './event-options.ts'

describe('event display rules', () => {
	it('shows the time in Amsterdam, in Dutch and English', () => {
		const start = new Date('2026-01-13T18:00:00.000Z')
		const end = new Date('2026-01-13T20:00:00.000Z')
		expect(formatEventTime(start, end, 'nl')).toBe('dinsdag 13 januari 2026, 19:00–21:00')
		expect(formatEventTime(start, end, 'en')).toBe('Tuesday, 13 January 2026, 19:00–21:00')
		expect(formatEventTime(new Date('2026-07-14T17:00:00.000Z'), new Date('2026-07-14T19:00:00.000Z'), 'nl')).toBe(
			'dinsdag 14 juli 2026, 19:00–21:00',
		)
		expect(formatEventTime(start, new Date('2026-01-14T08:00:00.000Z'), 'nl')).toBe(
			'dinsdag 13 januari 2026, 19:00 – woensdag 14 januari 2026, 09:00',
		)
	})

	it('counts answers, seats and the order of the attendance list', () => {
		expect(
			countResponses([
				{ response: 'YES', count: 3 },
				{ response: 'WAITLISTED', count: 1 },
				{ response: 'INVITED', count: 2 },
			]),
		).toEqual({ invited: 6, yes: 3, no: 0, maybe: 0, waitlisted: 1 })
		expect(seatsLeft(null, 10)).toBeNull()
		expect(seatsLeft(5, 7)).toBe(0)
		expect(['NO', 'INVITED', 'MAYBE', 'YES', 'WAITLISTED'].sort((a, b) => responseOrder(a) - responseOrder(b))).toEqual(
			['YES', 'MAYBE', 'WAITLISTED', 'INVITED', 'NO'],
		)
		expect(eventPlaceText({ location: 'Stadskamer', onlineUrl: 'https://x.test' })).toBe('Stadskamer · https://x.test')
	})

	it('previews who gets mail, who is skipped and why, who is already invited', () => {
		expect(
			previewInvitations([
				{ block: null, alreadyInvited: false },
				{ block: null, alreadyInvited: false },
				{ block: 'BOUNCED', alreadyInvited: false },
				{ block: 'OPTED_OUT', alreadyInvited: false },
				{ block: null, alreadyInvited: true },
			]),
		).toEqual({ willMail: 2, alreadyInvited: 1, skipped: { NO_EMAIL: 0, BOUNCED: 1, OPTED_OUT: 1 } })
	})
})
