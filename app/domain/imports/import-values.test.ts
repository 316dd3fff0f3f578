import { describe, expect, it } from 'vitest'
import { candidateStages } from '#app/domain/candidates/candidate-options.ts'
import { resources } from '#app/locales/index.ts'
import {
	birthYearFrom,
	messageWithValues,
	normalizeText,
	optionListCell,
	optionMatcher,
	restoreLeadingZero,
	splitFullName,
} from './import-values.ts'

describe('optionMatcher', () => {
	const matchStage = optionMatcher(candidateStages, [resources.nl.candidates.stages, resources.en.candidates.stages])

	it('reads a stage by its Dutch or English label or its key, whatever the writing', () => {
		expect(matchStage('Oriënterend')).toBe('ORIENTING')
		expect(matchStage('orienterend')).toBe('ORIENTING')
		expect(matchStage('WERKZOEKEND')).toBe('JOB_SEEKING')
		expect(matchStage('Job-seeking')).toBe('JOB_SEEKING')
		expect(matchStage('job_seeking')).toBe('JOB_SEEKING')
		expect(matchStage('Fase 3')).toBeNull()
	})

	it('reads a list in one cell and names the value it does not know', () => {
		const cell = optionListCell(matchStage)
		expect(cell.parse('Werkend, afgerond; Werkend')).toEqual(['WORKING', 'COMPLETED'])
		expect(cell.parse('  ')).toBeUndefined()
		const result = cell.safeParse('Werkend, Vakantie')
		expect(result.success).toBe(false)
		expect(result.error?.issues[0]?.message).toBe('imports:errors.unknownOption|{"value":"Vakantie"}')
	})
})

describe('cell readers', () => {
	it('reads a birth year or the year of a birth date', () => {
		expect(birthYearFrom('1990')).toBe(1990)
		expect(birthYearFrom('12-05-1990')).toBe(1990)
		expect(birthYearFrom('2/3/1985')).toBe(1985)
		expect(birthYearFrom('1996-02-29')).toBe(1996)
		expect(birthYearFrom('negentig')).toBeNull()
		expect(birthYearFrom('90')).toBeNull()
	})

	it('splits a full name, surname-first lists included', () => {
		expect(splitFullName('Jan de Vries')).toEqual({ firstName: 'Jan', lastName: 'de Vries' })
		expect(splitFullName('Vries, Noor de')).toEqual({ firstName: 'Noor', lastName: 'de Vries' })
		expect(splitFullName('  Cher ')).toEqual({ firstName: 'Cher', lastName: undefined })
	})

	it('gives a mobile number that Excel kept as a number its zero back', () => {
		expect(restoreLeadingZero('612345678')).toBe('0612345678')
		expect(restoreLeadingZero('0612345678')).toBe('0612345678')
		expect(restoreLeadingZero('+31612345678')).toBe('+31612345678')
	})

	it('compares names without accents, case or extra spaces', () => {
		expect(normalizeText('  José   Müller ')).toBe('jose muller')
	})

	it('keeps message values from cutting the message short', () => {
		expect(messageWithValues('imports:errors.unknownOption', { value: 'a|b' })).toBe(
			'imports:errors.unknownOption|{"value":"a/b"}',
		)
	})
})
