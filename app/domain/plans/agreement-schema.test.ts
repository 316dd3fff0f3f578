import { describe, expect, it } from 'vitest'
import { parseSubmission } from '#app/utils/forms.ts'
import { AgreementAcceptSchema, AgreementFormSchema } from './agreement-schema.ts'

const valid: Array<[string, string]> = [
	['baseVersion', '0'],
	['periodFrom', '2026-03-02'],
	['periodTo', '2026-09-02'],
	['hoursPerWeek', '12.5'],
	['days', 'MON'],
	['tasks', 'Groenonderhoud'],
	['supervision', 'Marieke'],
	['compensation', 'Reiskosten'],
	['insurance', 'Werkgever'],
	['stepBackClause', 'Plek blijft 6 weken'],
	['candidateName', 'Sanne'],
	['candidateEmail', 'Sanne@Example.test'],
	['employerSignatoryName', 'Els'],
	['coachName', 'Fatima'],
]

function form(pairs: Array<[string, string]>) {
	const data = new FormData()
	for (const [key, value] of pairs) data.append(key, value)
	return data
}

const parse = (pairs: Array<[string, string]>) => parseSubmission(form(pairs), AgreementFormSchema)
/** The form built on version 1: a change note is needed. */
const onVersion1 = (pairs: Array<[string, string]>) =>
	pairs.map(([key, value]): [string, string] => (key === 'baseVersion' ? [key, '1'] : [key, value]))
const errorsOf = (result: { status?: string; error?: Record<string, string[] | null> | null }) =>
	result.status === 'success' ? {} : (result.error ?? {})

describe('the agreement form', () => {
	it('accepts a complete version with one day, half hours and optional addresses', () => {
		const result = parse(valid)
		expect(result.status).toBe('success')
		if (result.status !== 'success') return
		expect(result.value).toMatchObject({ hoursPerWeek: 12.5, days: ['MON'], candidateEmail: 'sanne@example.test' })
		expect(result.value.employerSignatoryEmail).toBeUndefined()
		expect(result.value.baseVersion).toBe(0)
	})

	it('needs the version the form was built on', () => {
		const without = valid.filter(([key]) => key !== 'baseVersion')
		expect(errorsOf(parse(without)).baseVersion).toEqual(['errors:validation.required'])
		expect(errorsOf(parse([...without, ['baseVersion', '-1']])).baseVersion).toBeTruthy()
	})

	it('asks for the change note from version 2 on', () => {
		expect(errorsOf(parse(onVersion1(valid))).changeNote).toEqual(['agreements:errors.changeNoteRequired'])
		expect(parse(onVersion1([...valid, ['changeNote', 'Andere dag']])).status).toBe('success')
	})

	it('refuses an end on or before the start, no days, and hours outside 1–40', () => {
		const without = (key: string) => valid.filter(([name]) => name !== key)
		expect(errorsOf(parse([...without('periodTo'), ['periodTo', '2026-03-02']])).periodTo).toEqual([
			'agreements:errors.periodOrder',
		])
		expect(errorsOf(parse(without('days'))).days).toEqual(['agreements:errors.daysRequired'])
		expect(errorsOf(parse([...without('hoursPerWeek'), ['hoursPerWeek', '0']])).hoursPerWeek).toEqual([
			'agreements:errors.hours',
		])
		expect(errorsOf(parse([...without('periodFrom'), ['periodFrom', '2026-02-30']])).periodFrom).toEqual([
			'agreements:errors.dateInvalid',
		])
	})
})

describe('the acceptance', () => {
	const accept = (pairs: Array<[string, string]>) => parseSubmission(form(pairs), AgreementAcceptSchema)

	it('needs the name and the ticked statement; the coach being present is optional', () => {
		expect(errorsOf(accept([['acceptedName', ' ']]))).toMatchObject({
			acceptedName: ['errors:validation.required'],
			agree: ['agreements:errors.agreeRequired'],
		})
		const result = accept([
			['acceptedName', 'Sanne de Vries'],
			['agree', 'on'],
		])
		expect(result.status).toBe('success')
		if (result.status === 'success')
			expect(result.value).toEqual({ acceptedName: 'Sanne de Vries', agree: true, coachPresent: false })
	})
})
