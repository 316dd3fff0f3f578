import { describe, expect, it } from 'vitest'
import { validationErrorMap } from '#app/utils/validation.ts'
import { createEmployerImportSchema, type EmployerImportValues } from './employer-import-schema.ts'

const schema = createEmployerImportSchema({
	townLabel: (text) => (text.toLowerCase() === 'groenlo' ? 'Groenlo' : null),
})

function parse(values: EmployerImportValues) {
	return schema.safeParse(values, { errorMap: validationErrorMap })
}

function errorsOf(values: EmployerImportValues) {
	const result = parse(values)
	if (result.success) throw new Error('Expected errors')
	return result.error.issues.map((issue) => ({ field: issue.path[0], message: issue.message }))
}

describe('an employer row', () => {
	it('reads an employer with a contact person, normalising what people write differently', () => {
		const result = parse({
			name: 'Zorgboerderij De Hoeve',
			kvkNumber: '12.34-56 78',
			sector: 'Gezondheids- en welzijnszorg',
			street: 'Hoeveweg 3',
			postalCode: '7141ab',
			town: 'groenlo',
			website: 'www.dehoeve.example',
			contactName: 'Anja Smit',
			contactJobTitle: 'Coördinator',
			contactEmail: 'Anja@DeHoeve.example',
			contactPhone: '544123456',
		})
		expect(result.success && result.data).toEqual({
			name: 'Zorgboerderij De Hoeve',
			kvkNumber: '12345678',
			sector: 'Q',
			street: 'Hoeveweg 3',
			postalCode: '7141 AB',
			town: 'Groenlo',
			website: 'https://www.dehoeve.example',
			contact: { name: 'Anja Smit', jobTitle: 'Coördinator', email: 'anja@dehoeve.example', phone: '0544123456' },
		})
	})

	it('reads a sector by its letter, its English name or both', () => {
		for (const sector of ['q', 'Health and social work', 'Q - Gezondheids- en welzijnszorg']) {
			const result = parse({ name: 'De Hoeve', sector })
			expect(result.success && result.data.sector).toBe('Q')
		}
	})

	it('needs no contact person', () => {
		const result = parse({ name: 'Groenvoorziening Achterhoek' })
		expect(result.success && result.data.contact).toBeUndefined()
	})

	it('gives each problem its field', () => {
		expect(errorsOf({ kvkNumber: '12345678' })).toEqual([{ field: 'name', message: 'errors:validation.required' }])
		expect(errorsOf({ name: 'Fout BV', kvkNumber: '123' })).toEqual([
			{ field: 'kvkNumber', message: 'errors:validation.kvkNumber' },
		])
		expect(errorsOf({ name: 'Fout BV', sector: 'Zorg' })).toEqual([
			{ field: 'sector', message: 'imports:errors.unknownOption|{"value":"Zorg"}' },
		])
		expect(errorsOf({ name: 'Fout BV', postalCode: '12345' })).toEqual([
			{ field: 'postalCode', message: 'organizations:validation.postalCode' },
		])
		expect(errorsOf({ name: 'Fout BV', town: 'Atlantis' })).toEqual([
			{ field: 'town', message: 'imports:errors.unknownTown|{"value":"Atlantis"}' },
		])
		expect(errorsOf({ name: 'Fout BV', contactJobTitle: 'Eigenaar' })).toEqual([
			{ field: 'contactName', message: 'imports:errors.contactNameRequired' },
		])
		expect(errorsOf({ name: 'Fout BV', contactName: 'Jan', contactEmail: 'jan@' })).toEqual([
			{ field: 'contactEmail', message: 'errors:validation.email' },
		])
	})
})
