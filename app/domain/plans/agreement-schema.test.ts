import { describe, expect, it } from 'vitest'
import { parseSubmission } from '#app/utils/forms.ts'
import { AgreementAcceptSchema, createAgreementFormSchema } from './agreement-schema.ts'

const valid: Array<[string, string]> = [
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

const parse = (pairs: Array<[string, string]>, requireChangeNote = false) =>
	parseSubmission(form(pairs), createAgreementFormSchema({ requireChangeNote }))
const errorsOf = (result: { status?: string; error?: Record<string, string[] | null> | null }) =>
	result.status === 'success' ? {} : (result.error ?? {})

describe('the agreement form', () => {
	it('accepts a complete version with one day, half hours and optional addresses', () => {
		const result = parse(valid)
		expect(result.status).toBe('success')
		if (result.status !== 'success') return
		expect(result.value).toMatchObject({ hoursPerWeek: 12.5, days: ['MON'], candidateEmail: 'sanne@example.test' })
		expect(result.value.employerSignatoryEmail).toBeUndefined()
	})

	it('asks for the change note from version 2 on', () => {
		expect(errorsOf(parse(valid, true)).changeNote).toEqual(['agreements:errors.changeNoteRequired'])
		expect(parse([...valid, ['changeNote', 'Andere dag']], true).status).toBe('success')
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
