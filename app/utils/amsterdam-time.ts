// Europe/Amsterdam, the portal's time zone: dates and times are entered and shown there, stored in UTC.

/** The calendar date (yyyy-mm-dd) of a moment in Europe/Amsterdam, the portal's time zone. */
export function amsterdamDate(moment: Date) {
	return new Intl.DateTimeFormat('en-CA', {
		timeZone: 'Europe/Amsterdam',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
	}).format(moment)
}

/**
 * The stored value of a calendar day (yyyy-mm-dd): midnight UTC of that day. Date-only columns (a
 * follow-up day, a placement's start) hold this, and read back with `toISOString().slice(0, 10)`.
 */
export function calendarDay(day: string) {
	return new Date(`${day}T00:00:00.000Z`)
}

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/

function amsterdamParts(moment: Date) {
	const parts = new Intl.DateTimeFormat('en-GB', {
		timeZone: 'Europe/Amsterdam',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23',
	}).formatToParts(moment)
	const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '00'
	return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`
}

/** A moment as an Amsterdam datetime-local value (yyyy-mm-ddThh:mm). */
export function amsterdamLocalDateTime(moment: Date | string) {
	return amsterdamParts(new Date(moment))
}

/** The UTC moment of an Amsterdam wall-clock time, or null when the value is not a real time. */
export function fromAmsterdamLocal(value: string): Date | null {
	const match = LOCAL_DATE_TIME.exec(value)
	if (!match) return null
	const [, year, month, day, hour, minute] = match.map(Number) as [number, number, number, number, number, number]
	const asUtc = Date.UTC(year, month - 1, day, hour, minute)
	if (new Date(asUtc).toISOString().slice(0, 16) !== value) return null
	// Amsterdam is UTC+1 or UTC+2: try both offsets and keep the one that reads back as the value.
	for (const offsetHours of [1, 2]) {
		const candidate = new Date(asUtc - offsetHours * 60 * 60 * 1000)
		if (amsterdamParts(candidate) === value) return candidate
	}
	// A time skipped by the switch to summer time: take the moment one hour later.
	return new Date(asUtc - 60 * 60 * 1000)
}
