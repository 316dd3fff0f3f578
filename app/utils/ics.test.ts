import { describe, expect, it } from 'vitest'
import { buildIcs, escapeIcsText, foldIcsLine, formatIcsDateTime } from './ics.ts'

const event = {
	uid: 'proposal-abc@werkverbinder',
	start: new Date('2026-03-10T09:30:00.000Z'),
	end: new Date('2026-03-10T10:30:00.000Z'),
	stamp: new Date('2026-03-02T08:00:00.123Z'),
	summary: 'Kennismaking: Medewerker groen, Doetinchem',
	description: 'Eerste regel\nTweede; regel',
	location: 'Hoofdstraat 1, Doetinchem',
}

const unfold = (text: string) => text.replace(/\r\n /g, '')

describe('ics', () => {
	it('escapes backslash, semicolon, comma and every kind of newline', () => {
		expect(escapeIcsText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng')
	})

	it('writes UTC times without separators or milliseconds', () => {
		expect(formatIcsDateTime(new Date('2026-03-02T08:00:00.123Z'))).toBe('20260302T080000Z')
	})

	it('builds one event with CRLF line endings and the required properties', () => {
		const ics = buildIcs(event)
		expect(ics.endsWith('\r\n')).toBe(true)
		expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
		const lines = unfold(ics).split('\r\n')
		expect(lines[0]).toBe('BEGIN:VCALENDAR')
		expect(lines).toContain('VERSION:2.0')
		expect(lines).toContain('UID:proposal-abc@werkverbinder')
		expect(lines).toContain('DTSTAMP:20260302T080000Z')
		expect(lines).toContain('DTSTART:20260310T093000Z')
		expect(lines).toContain('DTEND:20260310T103000Z')
		expect(lines).toContain('SUMMARY:Kennismaking: Medewerker groen\\, Doetinchem')
		expect(lines).toContain('DESCRIPTION:Eerste regel\\nTweede\\; regel')
		expect(lines).toContain('LOCATION:Hoofdstraat 1\\, Doetinchem')
		expect(lines.indexOf('BEGIN:VEVENT')).toBeLessThan(lines.indexOf('END:VEVENT'))
		expect(lines.at(-2)).toBe('END:VCALENDAR')
	})

	it('folds long lines at 75 octets without splitting a character', () => {
		const long = `DESCRIPTION:${'é'.repeat(100)}`
		const folded = foldIcsLine(long)
		const encoder = new TextEncoder()
		for (const line of folded.split('\r\n')) expect(encoder.encode(line).length).toBeLessThanOrEqual(75)
		expect(
			folded
				.split('\r\n')
				.slice(1)
				.every((line) => line.startsWith(' ')),
		).toBe(true)
		expect(unfold(folded)).toBe(long)
		expect(foldIcsLine('SHORT:line')).toBe('SHORT:line')
	})

	it('folds every long line of a built calendar and names organizer and attendees', () => {
		const ics = buildIcs({
			...event,
			description: 'x'.repeat(300),
			organizer: { name: 'Fatima El Amrani', email: 'coach@example.test' },
			attendees: [{ name: 'Bakkerij, De Korenaar', email: 'werkgever@example.test' }],
			sequence: 2,
		})
		for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75)
		const lines = unfold(ics).split('\r\n')
		expect(lines).toContain('DESCRIPTION:' + 'x'.repeat(300))
		expect(lines).toContain('SEQUENCE:2')
		expect(lines).toContain('ORGANIZER;CN=Fatima El Amrani:mailto:coach@example.test')
		expect(lines).toContain('ATTENDEE;CN="Bakkerij, De Korenaar";ROLE=REQ-PARTICIPANT:mailto:werkgever@example.test')
	})
})
