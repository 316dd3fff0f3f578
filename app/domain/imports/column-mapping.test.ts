import { describe, expect, it } from 'vitest'
import { parseSubmission } from '#app/utils/forms.ts'
import {
	columnLetter,
	createMappingSchema,
	missingRequiredGroups,
	normalizeHeader,
	parseStoredMapping,
	recognizeHeader,
	SKIP_COLUMN,
	suggestMapping,
} from './column-mapping.ts'

describe('normalizeHeader', () => {
	it('ignores case, accents, spaces and punctuation', () => {
		expect(normalizeHeader(' E-mail ')).toBe('email')
		expect(normalizeHeader('KvK-nummer')).toBe(normalizeHeader('kvk nummer'))
		expect(normalizeHeader('Oriënterend')).toBe('orienterend')
		expect(normalizeHeader('Waar word je blij van?')).toBe('waarwordjeblijvan')
	})
})

describe('recognising headers', () => {
	it('maps the Dutch headers of a candidate list', () => {
		const headers = ['Voornaam', 'Achternaam', 'E-mail', 'Telefoon', 'Geboortejaar', 'Woonplaats', 'Fase', 'Jobcoach']
		expect(suggestMapping('CANDIDATES', headers)).toEqual({
			0: 'firstName',
			1: 'lastName',
			2: 'email',
			3: 'phone',
			4: 'birthYear',
			5: 'homeTown',
			6: 'stage',
			7: 'coach',
		})
	})

	it('maps English headers and variants', () => {
		expect(recognizeHeader('CANDIDATES', 'First name')).toBe('firstName')
		expect(recognizeHeader('CANDIDATES', 'E-mailadres')).toBe('email')
		expect(recognizeHeader('CANDIDATES', 'Geboortedatum')).toBe('birthYear')
		expect(recognizeHeader('CANDIDATES', 'Naam')).toBe('fullName')
		expect(recognizeHeader('CANDIDATES', 'TUSSENVOEGSEL')).toBe('lastNamePrefix')
		expect(recognizeHeader('CANDIDATES', 'Kleur')).toBeNull()
	})

	it('maps the Dutch headers of an employer list, contact fields included', () => {
		const headers = [
			'Bedrijfsnaam',
			'KvK-nummer',
			'Sector',
			'Plaats',
			'Website',
			'Contactpersoon',
			'Functie',
			'E-mail',
			'Telefoon',
		]
		expect(suggestMapping('EMPLOYERS', headers)).toEqual({
			0: 'name',
			1: 'kvkNumber',
			2: 'sector',
			3: 'town',
			4: 'website',
			5: 'contactName',
			6: 'contactJobTitle',
			7: 'contactEmail',
			8: 'contactPhone',
		})
		expect(recognizeHeader('EMPLOYERS', 'Organisatie')).toBe('name')
		expect(recognizeHeader('EMPLOYERS', 'Kamer van Koophandel')).toBe('kvkNumber')
	})

	it('maps a field once: a second column with the same meaning is left for the person to choose', () => {
		expect(suggestMapping('CANDIDATES', ['E-mail', 'Email', 'Voornaam'])).toEqual({ 0: 'email', 2: 'firstName' })
	})
})

describe('the mapping form', () => {
	const submit = (columns: string[]) => {
		const formData = new FormData()
		formData.set('intent', 'map')
		columns.forEach((value, index) => formData.set(`columns[${index}]`, value))
		return parseSubmission(formData, createMappingSchema('CANDIDATES'))
	}
	const errorsOf = (columns: string[]) => {
		const submission = submit(columns)
		return submission.status === 'error' ? submission.error : null
	}

	it('accepts a mapping with a name column and skipped columns', () => {
		const submission = submit(['firstName', SKIP_COLUMN, 'email'])
		expect(submission.status).toBe('success')
		expect(submission.status === 'success' && submission.value).toEqual({ 0: 'firstName', 2: 'email' })
	})

	it('requires a name column', () => {
		expect(errorsOf(['email', SKIP_COLUMN])?.['']).toEqual(['imports:mapping.errors.required.CANDIDATES'])
	})

	it('refuses a field chosen for two columns, naming the first column', () => {
		expect(errorsOf(['firstName', 'email', 'email'])?.['columns[2]']).toEqual([
			'imports:mapping.errors.duplicate|{"column":"B"}',
		])
	})

	it('refuses a field the kind does not know', () => {
		expect(errorsOf(['firstName', 'kvkNumber'])?.['columns[1]']).toBeTruthy()
	})
})

describe('stored mappings', () => {
	it('keeps only columns that exist and fields the kind knows', () => {
		expect(parseStoredMapping('EMPLOYERS', '{"0":"name","1":"firstName","7":"town","x":"sector"}', 3)).toEqual({
			0: 'name',
		})
		expect(parseStoredMapping('EMPLOYERS', 'not json', 3)).toEqual({})
	})

	it('names the required groups that are not mapped', () => {
		expect(missingRequiredGroups('CANDIDATES', { 0: 'fullName' })).toEqual([])
		expect(missingRequiredGroups('EMPLOYERS', { 0: 'contactName' })).toEqual([['name']])
	})
})

describe('columnLetter', () => {
	it('names columns as spreadsheets do', () => {
		expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual([
			'A',
			'B',
			'Z',
			'AA',
			'AB',
			'AZ',
			'BA',
			'ZZ',
			'AAA',
		])
	})
})
