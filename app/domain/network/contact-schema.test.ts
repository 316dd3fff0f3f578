import { describe, expect, it } from 'vitest'
import { parseSubmission } from '#app/utils/forms.ts'
import { MailPreferencesSchema, NewContactSchema, parseContactFilter } from './contact-schema.ts'

function form(entries: Array<[string, string]>) {
	const data = new FormData()
	for (const [key, value] of entries) data.append(key, value)
	return data
}

describe('the contacts filter', () => {
	it('keeps known values and drops the rest', () => {
		expect(parseContactFilter(new URLSearchParams('q=+Jansen+&kind=EMPLOYER&flag=BOUNCED'))).toEqual({
			q: 'Jansen',
			kind: 'EMPLOYER',
			flag: 'BOUNCED',
		})
		expect(parseContactFilter(new URLSearchParams('kind=COACHING&flag=x&stakeholderType=y&q='))).toEqual({})
	})

	it('takes a stakeholder type to mean stakeholders', () => {
		expect(parseContactFilter(new URLSearchParams('stakeholderType=MUNICIPALITY'))).toEqual({
			kind: 'STAKEHOLDER',
			stakeholderType: 'MUNICIPALITY',
		})
	})
})

describe('a new contact', () => {
	it('lower-cases the address and needs nothing more for an existing organisation', () => {
		const result = parseSubmission(
			form([
				['organizationId', 'org-1'],
				['name', ' Marieke Jansen '],
				['email', 'Marieke@Voorbeeld.NL'],
			]),
			NewContactSchema,
		)
		expect(result.status).toBe('success')
		expect(result.status === 'success' && result.value).toMatchObject({
			organizationId: 'org-1',
			name: 'Marieke Jansen',
			email: 'marieke@voorbeeld.nl',
		})
	})

	it('asks for the name and kind of a new stakeholder, even while the person is still incomplete', () => {
		const result = parseSubmission(form([['organizationId', 'NEW']]), NewContactSchema)
		expect(result.status).toBe('error')
		expect(result.status === 'error' && result.error).toMatchObject({
			name: ['errors:validation.required'],
			organizationName: ['errors:validation.required'],
			stakeholderType: ['errors:validation.choose'],
		})
	})
})

describe('mail preferences', () => {
	it('reads the ticked categories, none ticked as none', () => {
		const some = parseSubmission(
			form([
				['intent', 'save'],
				['receives', 'EVENTS'],
				['receives', 'GROUP'],
			]),
			MailPreferencesSchema,
		)
		expect(some.status === 'success' && some.value).toEqual({ intent: 'save', receives: ['EVENTS', 'GROUP'] })
		const none = parseSubmission(form([['intent', 'save']]), MailPreferencesSchema)
		expect(none.status === 'success' && none.value).toEqual({ intent: 'save', receives: [] })
	})
})
