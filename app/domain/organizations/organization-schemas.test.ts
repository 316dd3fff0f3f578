import { describe, expect, it } from 'vitest'
import { parseSubmission } from '#app/utils/forms.ts'
import {
	ContactPersonSchema,
	isPhoneNumber,
	isWebsiteUrl,
	normalizePostalCode,
	normalizeWebsite,
	parseEmployerFilter,
	ProfileSchema,
} from './organization-schemas.ts'

/** The field errors of a parsed form, as the action would reply them. */
function errorsOf(submission: { reply: () => { error?: Record<string, string[] | null> | null } }) {
	return submission.reply().error
}

function form(entries: Array<[string, string]>) {
	const data = new FormData()
	for (const [key, value] of entries) data.append(key, value)
	return data
}

describe('postal codes', () => {
	it.each([
		['1234AB', '1234 AB'],
		['1234 ab', '1234 AB'],
		['  7141   bd ', '7141 BD'],
	])('normalises %j to %j', (input, expected) => {
		expect(normalizePostalCode(input)).toBe(expected)
	})

	it.each(['0123 AB', '123 AB', '12345 AB', '1234 A', '1234 ABC', 'AB 1234', ''])('refuses %j', (input) => {
		expect(normalizePostalCode(input)).toBeNull()
	})
})

describe('websites', () => {
	it('adds https:// when the scheme is missing and keeps an existing one', () => {
		expect(normalizeWebsite('www.hofje.nl')).toBe('https://www.hofje.nl')
		expect(normalizeWebsite(' http://hofje.nl/menu ')).toBe('http://hofje.nl/menu')
	})

	it.each(['https://www.hofje.nl', 'http://hofje.example/over-ons'])('accepts %j', (url) => {
		expect(isWebsiteUrl(url)).toBe(true)
	})

	it.each(['https://localhost', 'ftp://hofje.nl', 'javascript:alert(1)', 'https://niet een adres', 'https://'])(
		'refuses %j',
		(url) => {
			expect(isWebsiteUrl(url)).toBe(false)
		},
	)
})

describe('phone numbers', () => {
	it.each(['06 12345678', '0544-123456', '+31 (0)6 1234 5678', '0031 544 123456', '+49 2871 123456', '0800 1234'])(
		'accepts %j',
		(phone) => {
			expect(isPhoneNumber(phone)).toBe(true)
		},
	)

	it.each(['12345', 'bel me', '06-1234', '+31 6 1234 5678 9999 1'])('refuses %j', (phone) => {
		expect(isPhoneNumber(phone)).toBe(false)
	})
})

describe('ProfileSchema', () => {
	const base: Array<[string, string]> = [
		['intent', 'update-profile'],
		['name', 'Lunchroom Het Hofje'],
	]

	it('normalises the values it stores', () => {
		const submission = parseSubmission(
			form([
				...base,
				['kvkNumber', '1234 5678'],
				['postalCode', '7141ab'],
				['website', 'www.hofje.nl'],
				['commitments', 'PSO'],
				['commitments', 'BANENAFSPRAAK'],
				['commitments', 'PSO'],
			]),
			ProfileSchema,
		)
		expect(submission.status).toBe('success')
		if (submission.status !== 'success') return
		expect(submission.value).toMatchObject({
			kvkNumber: '12345678',
			postalCode: '7141 AB',
			website: 'https://www.hofje.nl',
			// Known order, no duplicates.
			commitments: ['BANENAFSPRAAK', 'PSO'],
			commitmentNote: undefined,
		})
	})

	it('asks for a note with "other" and drops a note without it', () => {
		const withoutNote = parseSubmission(form([...base, ['commitments', 'OTHER']]), ProfileSchema)
		expect(withoutNote.status).toBe('error')
		expect(errorsOf(withoutNote)?.commitmentNote).toEqual(['organizations:validation.commitmentNoteRequired'])

		const stray = parseSubmission(form([...base, ['commitmentNote', 'Leerwerkbedrijf']]), ProfileSchema)
		expect(stray.status === 'success' && stray.value.commitmentNote).toBe(undefined)
	})

	it('gives translation keys for every kind of mistake', () => {
		const submission = parseSubmission(
			form([
				['intent', 'update-profile'],
				['name', ''],
				['kvkNumber', '1234567'],
				['postalCode', '12345'],
				['website', 'niet een adres'],
				['sector', 'Z'],
				['commitments', 'SOMETHING'],
				['description', 'x'.repeat(2001)],
			]),
			ProfileSchema,
		)
		expect(errorsOf(submission)).toMatchObject({
			name: ['errors:validation.required'],
			kvkNumber: ['errors:validation.kvkNumber'],
			postalCode: ['organizations:validation.postalCode'],
			website: ['errors:validation.url'],
			sector: ['errors:validation.choose'],
			'commitments[0]': ['errors:validation.choose'],
			description: ['errors:validation.tooLong|{"count":2000}'],
		})
	})
})

describe('ContactPersonSchema', () => {
	it('needs only a name; email and phone are checked when given', () => {
		expect(parseSubmission(form([['name', 'Anna de Vries']]), ContactPersonSchema).status).toBe('success')
		const bad = parseSubmission(
			form([
				['name', 'Anna de Vries'],
				['email', 'anna@'],
				['phone', 'bel me'],
			]),
			ContactPersonSchema,
		)
		expect(errorsOf(bad)).toEqual({ email: ['errors:validation.email'], phone: ['organizations:validation.phone'] })
	})
})

describe('parseEmployerFilter', () => {
	it('keeps valid filters and drops values that do not fit', () => {
		expect(parseEmployerFilter(new URLSearchParams('q=hofje&town=Groenlo&sector=I'))).toEqual({
			q: 'hofje',
			town: 'Groenlo',
			sector: 'I',
		})
		expect(parseEmployerFilter(new URLSearchParams(`q=${'x'.repeat(101)}&sector=ZZ&town=`))).toEqual({
			q: undefined,
			town: undefined,
			sector: undefined,
		})
	})
})
