import { describe, expect, it } from 'vitest'
import { type z } from 'zod'
import {
	EmailSchema,
	KvkNumberSchema,
	PasswordSchema,
	translateValidationMessage,
	validationErrorMap,
} from './validation.ts'
import { getFixedT } from './i18n.ts'

function firstMessage(schema: z.ZodTypeAny, value: unknown) {
	const result = schema.safeParse(value, { errorMap: validationErrorMap })
	return result.success ? null : result.error.issues[0]?.message
}

describe('validation schemas', () => {
	it('normalises email addresses and rejects malformed ones', () => {
		expect(EmailSchema.parse('  Anna@Example.NL ')).toBe('anna@example.nl')
		expect(firstMessage(EmailSchema, 'not-an-email')).toBe('errors:validation.email')
		expect(firstMessage(EmailSchema, undefined)).toBe('errors:validation.required')
	})

	it('requires passwords of at least 10 characters', () => {
		expect(firstMessage(PasswordSchema, 'short')).toBe('errors:validation.tooShort|{"count":10}')
		expect(PasswordSchema.safeParse('long enough secret').success).toBe(true)
	})

	it('accepts only 8-digit KvK numbers', () => {
		expect(KvkNumberSchema.safeParse('12345678').success).toBe(true)
		expect(firstMessage(KvkNumberSchema, '1234567')).toBe('errors:validation.kvkNumber')
		expect(firstMessage(KvkNumberSchema, '1234567a')).toBe('errors:validation.kvkNumber')
	})

	it('translates messages with their values in both languages', () => {
		const message = firstMessage(PasswordSchema, 'short')!
		expect(translateValidationMessage(getFixedT('nl'), message)).toContain('10')
		expect(translateValidationMessage(getFixedT('nl'), message)).not.toEqual(
			translateValidationMessage(getFixedT('en'), message),
		)
	})
})
