// The cell readers both import schemas share: empty cells, closed lists written as their Dutch or
// English label, lists in one cell, whole numbers, birth years and full names. Client-safe.
import { z } from 'zod'
import { normalizeHeader } from './column-mapping.ts'

/** A row error: the message is a translation key, with values as `key|{json}` (see translateValidationMessage). */
export function messageWithValues(key: string, values: Record<string, string | number>) {
	// A `|` would cut the message short where it is split; values are shown, so keep them short too.
	const safe = Object.fromEntries(
		Object.entries(values).map(([name, value]) => [
			name,
			typeof value === 'string' ? value.replace(/\|/g, '/').slice(0, 80) : value,
		]),
	)
	return `${key}|${JSON.stringify(safe)}`
}

/** A cell's text, trimmed; an empty cell is no value at all. */
export const cellSchema = z
	.string()
	.optional()
	.transform((value) => value?.trim() || undefined)

/** How names, towns and labels are compared: no accents, no case, single spaces. */
export function normalizeText(value: string) {
	return value
		.normalize('NFD')
		.replace(/\p{Diacritic}/gu, '')
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.trim()
}

/**
 * Reads a value of a closed list: the stored key ("JOB_SEEKING") or any of its labels
 * ("Werkzoekend", "Job-seeking"), whatever the case, accents or punctuation.
 */
export function optionMatcher<Key extends string>(
	keys: readonly Key[],
	labelTables: ReadonlyArray<Partial<Record<string, string>>>,
) {
	const index = new Map<string, Key>()
	for (const key of keys) {
		index.set(normalizeHeader(key), key)
		for (const labels of labelTables) {
			const label = labels[key]
			if (label) index.set(normalizeHeader(label), key)
		}
	}
	return (text: string): Key | null => index.get(normalizeHeader(text)) ?? null
}

function unknownOption(value: string) {
	return messageWithValues('imports:errors.unknownOption', { value })
}

/** One value of a closed list, or an error that names what was written. */
export function optionCell<Key extends string>(match: (text: string) => Key | null) {
	return cellSchema.transform((value, context) => {
		if (value === undefined) return undefined
		const key = match(value)
		if (!key) {
			context.addIssue({ code: 'custom', message: unknownOption(value) })
			return z.NEVER
		}
		return key
	})
}

/** Several values of a closed list in one cell, separated by commas, semicolons, slashes or new lines. */
export function optionListCell<Key extends string>(match: (text: string) => Key | null) {
	return cellSchema.transform((value, context) => {
		if (value === undefined) return undefined
		const keys: Key[] = []
		for (const part of value.split(/[,;/|\n]+/)) {
			const text = part.trim()
			if (!text) continue
			const key = match(text)
			if (!key) {
				context.addIssue({ code: 'custom', message: unknownOption(text) })
				return z.NEVER
			}
			if (!keys.includes(key)) keys.push(key)
		}
		return keys
	})
}

/** A whole number as people type it ("16", "16,0", "16.0"); anything else is the field's own message. */
export function wholeNumberCell(message: string) {
	return cellSchema.transform((value, context) => {
		if (value === undefined) return undefined
		const number = Number(value.replace(',', '.'))
		if (!Number.isInteger(number)) {
			context.addIssue({ code: 'custom', message })
			return z.NEVER
		}
		return number
	})
}

/** The year of "1990", "12-05-1990", "12/5/1990", "1990-05-12" or "1990-05-12T00:00"; null otherwise. */
export function birthYearFrom(text: string): number | null {
	const value = text.trim()
	const year = /^(\d{4})$/.exec(value)?.[1] ?? /^\d{1,2}[-/.]\d{1,2}[-/.](\d{4})$/.exec(value)?.[1]
	const iso = /^(\d{4})-\d{1,2}-\d{1,2}(?:[T ].*)?$/.exec(value)?.[1]
	const found = year ?? iso
	return found ? Number(found) : null
}

/** A birth year, or the year of a birth date. */
export function birthYearCell(message: string) {
	return cellSchema.transform((value, context) => {
		if (value === undefined) return undefined
		const year = birthYearFrom(value)
		if (year === null) {
			context.addIssue({ code: 'custom', message })
			return z.NEVER
		}
		return year
	})
}

/**
 * A calendar day (yyyy-mm-dd) from "12-05-2026", "12/5/2026", "12.5.2026" (Dutch: day first),
 * "2026-05-12" or "2026-05-12T00:00"; null when it is no date or no day that exists.
 */
export function calendarDateFrom(text: string): string | null {
	const value = text.trim()
	const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value)
	const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(value)
	const [year, month, day] = dutch
		? [Number(dutch[3]), Number(dutch[2]), Number(dutch[1])]
		: iso
			? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
			: [Number.NaN, Number.NaN, Number.NaN]
	const date = new Date(Date.UTC(year, month - 1, day))
	if (Number.isNaN(date.getTime()) || date.getUTCDate() !== day || date.getUTCMonth() !== month - 1) return null
	return date.toISOString().slice(0, 10)
}

/** A day that has happened (not after `today`, yyyy-mm-dd), as `calendarDateFrom` reads it. */
export function pastDateCell(today: string, message: string, futureMessage: string) {
	return cellSchema.transform((value, context) => {
		if (value === undefined) return undefined
		const day = calendarDateFrom(value)
		if (day === null || day < '1900-01-01') {
			context.addIssue({ code: 'custom', message: messageWithValues(message, { value }) })
			return z.NEVER
		}
		if (day > today) {
			context.addIssue({ code: 'custom', message: messageWithValues(futureMessage, { value }) })
			return z.NEVER
		}
		return day
	})
}

const yesWords = new Set(['ja', 'j', 'yes', 'y', 'actief', 'active', 'true', 'waar', '1'])
const noWords = new Set(['nee', 'n', 'no', 'inactief', 'inactive', 'nietactief', 'notactive', 'false', 'onwaar', '0'])

/** Yes or no: ja/nee, yes/no, actief/inactief, waar/onwaar, 1/0; anything else names what was written. */
export const yesNoCell = cellSchema.transform((value, context) => {
	if (value === undefined) return undefined
	const word = normalizeHeader(value)
	if (yesWords.has(word)) return true
	if (noWords.has(word)) return false
	context.addIssue({ code: 'custom', message: unknownOption(value) })
	return z.NEVER
})

/**
 * A full name in one cell: "Jan de Vries" (the first word is the first name) or "Vries, Jan de"
 * (surname first, as sorted lists write it).
 */
export function splitFullName(value: string): { firstName: string; lastName: string | undefined } {
	const text = value.replace(/\s+/g, ' ').trim()
	const comma = text.indexOf(',')
	if (comma > 0) {
		const surname = text.slice(0, comma).trim()
		const [firstName = '', ...prefix] = text
			.slice(comma + 1)
			.trim()
			.split(' ')
		return { firstName, lastName: [...prefix, surname].join(' ').trim() || undefined }
	}
	const [firstName = '', ...rest] = text.split(' ')
	return { firstName, lastName: rest.join(' ') || undefined }
}

/**
 * A Dutch phone number that Excel kept as a number lost its leading zero (612345678): put it back.
 * Anything else stays as written.
 */
export function restoreLeadingZero(phone: string) {
	return /^[1-9]\d{8}$/.test(phone) ? `0${phone}` : phone
}
