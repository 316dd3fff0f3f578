// A small iCalendar (RFC 5545) builder for one event: the calendar file attached to an invitation.
// Lines end in CRLF, text values escape backslash, semicolon, comma and newlines (3.3.11), times are
// UTC (the trailing Z, 3.3.5), and lines longer than 75 octets are folded (3.1) without splitting a
// multi-byte character.

export type IcsEvent = {
	/** Stable per logical event: a calendar updates the event with the same UID (and a higher SEQUENCE). */
	uid: string
	start: Date
	end: Date
	summary: string
	description?: string | null
	location?: string | null
	/** When the file was made (DTSTAMP). */
	stamp: Date
	/** Raise it for every update of the same event. */
	sequence?: number
	organizer?: { name: string; email: string } | null
	attendees?: Array<{ name?: string | null; email: string }>
	/** The product id of the calendar (PRODID). */
	productId?: string
	/** CANCEL (with STATUS:CANCELLED) takes a cancelled event out of calendars: same UID, higher SEQUENCE. */
	method?: 'REQUEST' | 'PUBLISH' | 'CANCEL'
}

const CRLF = '\r\n'
const MAX_OCTETS = 75

/** A TEXT value: backslash first, then ; and , and newlines (CRLF, CR or LF) as \n. */
export function escapeIcsText(value: string) {
	return value
		.replace(/\\/g, '\\\\')
		.replace(/;/g, '\\;')
		.replace(/,/g, '\\,')
		.replace(/\r\n|\r|\n/g, '\\n')
}

/** A UTC DATE-TIME: 20260302T080000Z (seconds kept, milliseconds dropped). */
export function formatIcsDateTime(moment: Date) {
	return moment
		.toISOString()
		.replace(/\.\d{3}Z$/, 'Z')
		.replace(/[-:]/g, '')
}

/** Folds a content line into pieces of at most 75 octets; continuation lines start with one space. */
export function foldIcsLine(line: string) {
	const encoder = new TextEncoder()
	const pieces: string[] = []
	let current = ''
	let octets = 0
	for (const character of line) {
		const size = encoder.encode(character).length
		// The continuation's leading space counts towards its 75 octets.
		const limit = pieces.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1
		if (octets + size > limit) {
			pieces.push(current)
			current = ''
			octets = 0
		}
		current += character
		octets += size
	}
	pieces.push(current)
	return pieces.join(`${CRLF} `)
}

/** A parameter value (CN) is quoted when it holds : ; or , and may not hold a double quote. */
function parameterValue(value: string) {
	const clean = value.replace(/["\r\n]/g, '')
	return /[:;,]/.test(clean) ? `"${clean}"` : clean
}

/** The calendar file for one event. */
export function buildIcs(event: IcsEvent) {
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		`PRODID:${event.productId ?? '-//Werkverbinder//NL'}`,
		'CALSCALE:GREGORIAN',
		`METHOD:${event.method ?? 'REQUEST'}`,
		'BEGIN:VEVENT',
		`UID:${event.uid}`,
		`SEQUENCE:${event.sequence ?? 0}`,
		`DTSTAMP:${formatIcsDateTime(event.stamp)}`,
		`DTSTART:${formatIcsDateTime(event.start)}`,
		`DTEND:${formatIcsDateTime(event.end)}`,
		`SUMMARY:${escapeIcsText(event.summary)}`,
	]
	if (event.description) lines.push(`DESCRIPTION:${escapeIcsText(event.description)}`)
	if (event.location) lines.push(`LOCATION:${escapeIcsText(event.location)}`)
	if (event.organizer) {
		lines.push(`ORGANIZER;CN=${parameterValue(event.organizer.name)}:mailto:${event.organizer.email}`)
	}
	for (const attendee of event.attendees ?? []) {
		const name = attendee.name ? `;CN=${parameterValue(attendee.name)}` : ''
		lines.push(`ATTENDEE${name};ROLE=REQ-PARTICIPANT:mailto:${attendee.email}`)
	}
	lines.push(event.method === 'CANCEL' ? 'STATUS:CANCELLED' : 'STATUS:CONFIRMED', 'END:VEVENT', 'END:VCALENDAR')
	return lines.map(foldIcsLine).join(CRLF) + CRLF
}
