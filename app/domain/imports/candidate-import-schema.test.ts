import { describe, expect, it } from 'vitest'
import { validationErrorMap } from '#app/utils/validation.ts'
import { createCandidateImportSchema, type CandidateImportValues } from './candidate-import-schema.ts'

const schema = createCandidateImportSchema({
	currentYear: 2026,
	today: '2026-04-15',
	coaches: [
		{ id: 'coach-1', name: 'Fatima El Amrani', email: 'fatima@example.test' },
		{ id: 'coach-2', name: 'Joost Verbeek', email: 'joost@example.test' },
		{ id: 'coach-3', name: 'Joost Verbeek', email: 'joost.v@example.test' },
	],
	defaultCoachId: 'coach-1',
	townLabel: (text) =>
		['doetinchem', 'ulft'].includes(text.toLowerCase()) ? text[0]!.toUpperCase() + text.slice(1).toLowerCase() : null,
})

function parse(values: CandidateImportValues) {
	return schema.safeParse(values, { errorMap: validationErrorMap })
}

function errorsOf(values: CandidateImportValues) {
	const result = parse(values)
	if (result.success) throw new Error('Expected errors')
	return result.error.issues.map((issue) => ({ field: issue.path[0], message: issue.message }))
}

describe('a candidate row', () => {
	it('reads a complete row as the intake form would store it', () => {
		const result = parse({
			firstName: ' Sanne ',
			lastNamePrefix: 'de',
			lastName: 'Vries',
			email: 'Sanne.DeVries@Example.test',
			phone: '612345678',
			birthYear: '12-05-1994',
			homeTown: 'doetinchem',
			stage: 'Oriënterend',
			coach: 'JOOST@example.test',
			hoursMin: '8',
			hoursMax: '16,0',
			placeTypes: 'Werkervaringsplek; Vrijwilligerswerk',
			languages: 'Nederlands, Engels',
			happyWhen: 'Buiten zijn',
		})
		expect(result.success && result.data).toEqual({
			firstName: 'Sanne',
			lastName: 'de Vries',
			email: 'sanne.devries@example.test',
			phone: '0612345678',
			birthYear: 1994,
			homeTown: 'Doetinchem',
			stage: 'ORIENTING',
			primaryCoachId: 'coach-2',
			happyWhen: 'Buiten zijn',
			interests: undefined,
			talents: undefined,
			experience: undefined,
			training: undefined,
			hoursMin: 8,
			hoursMax: 16,
			placeTypes: ['WORK_EXPERIENCE', 'VOLUNTEER'],
			languages: ['NL', 'EN'],
		})
	})

	it('takes the first name and surname from a full name', () => {
		const result = parse({ fullName: 'Vries, Noor de' })
		expect(result.success && [result.data.firstName, result.data.lastName]).toEqual(['Noor', 'de Vries'])
	})

	it('leaves out what the file does not say: empty cells change nothing', () => {
		const result = parse({ firstName: 'Tim', email: '', stage: '', coach: ' ', placeTypes: '' })
		expect(result.success && result.data).toMatchObject({
			firstName: 'Tim',
			email: undefined,
			stage: undefined,
			primaryCoachId: undefined,
			placeTypes: undefined,
		})
	})

	it('gives each problem its field and a message the form would give', () => {
		expect(errorsOf({ lastName: 'Zonder voornaam' })).toEqual([
			{ field: 'firstName', message: 'errors:validation.required' },
		])
		expect(errorsOf({ fullName: ' ' })).toEqual([{ field: 'fullName', message: 'errors:validation.required' }])
		expect(errorsOf({ firstName: 'Bas', email: 'bas@' })).toEqual([
			{ field: 'email', message: 'errors:validation.email' },
		])
		expect(errorsOf({ firstName: 'Bas', phone: 'bel me' })).toEqual([
			{ field: 'phone', message: 'candidates:errors.phone' },
		])
		expect(errorsOf({ firstName: 'Bas', birthYear: '1850' })).toEqual([
			{ field: 'birthYear', message: 'candidates:errors.birthYear|{"min":1900,"max":2012}' },
		])
		expect(errorsOf({ firstName: 'Bas', hoursMin: '20', hoursMax: '10' })).toEqual([
			{ field: 'hoursMax', message: 'candidates:errors.hoursOrder' },
		])
		expect(errorsOf({ firstName: 'Bas', hoursMin: 'veel' })).toEqual([
			{ field: 'hoursMin', message: 'candidates:errors.hoursRange|{"min":1,"max":40}' },
		])
		expect(errorsOf({ firstName: 'Bas', stage: 'Fase 9' })).toEqual([
			{ field: 'stage', message: 'imports:errors.unknownOption|{"value":"Fase 9"}' },
		])
		expect(errorsOf({ firstName: 'Bas', homeTown: 'Atlantis' })).toEqual([
			{ field: 'homeTown', message: 'imports:errors.unknownTown|{"value":"Atlantis"}' },
		])
		expect(errorsOf({ firstName: 'Bas', coach: 'Onbekend' })).toEqual([
			{ field: 'coach', message: 'imports:errors.unknownCoach|{"value":"Onbekend"}' },
		])
		expect(errorsOf({ firstName: 'Bas', coach: 'joost verbeek' })).toEqual([
			{ field: 'coach', message: 'imports:errors.ambiguousCoach|{"value":"joost verbeek"}' },
		])
		expect(errorsOf({ firstName: 'x'.repeat(81) })).toEqual([
			{ field: 'firstName', message: 'errors:validation.tooLong|{"count":80}' },
		])
	})

	it('finds a coach by name, whatever the accents and capitals', () => {
		const result = parse({ firstName: 'Bas', coach: 'fatima el amrani' })
		expect(result.success && result.data.primaryCoachId).toBe('coach-1')
	})
})
