import { type TFunction } from 'i18next'
import { z } from 'zod'

// Validation messages are translation keys (optionally `key|{json values}`), translated where shown,
// so the same schema gives Dutch or English messages on server and client.
export const validationErrorMap: z.ZodErrorMap = (issue, ctx) => {
	switch (issue.code) {
		case z.ZodIssueCode.invalid_type:
			if (issue.received === 'undefined' || issue.received === 'null') return { message: 'errors:validation.required' }
			break
		case z.ZodIssueCode.too_small:
			if (issue.type === 'string' && issue.minimum === 1) return { message: 'errors:validation.required' }
			if (issue.type === 'string')
				return { message: `errors:validation.tooShort|${JSON.stringify({ count: issue.minimum })}` }
			break
		case z.ZodIssueCode.too_big:
			if (issue.type === 'string')
				return { message: `errors:validation.tooLong|${JSON.stringify({ count: issue.maximum })}` }
			break
		case z.ZodIssueCode.invalid_string:
			if (issue.validation === 'email') return { message: 'errors:validation.email' }
			if (issue.validation === 'url') return { message: 'errors:validation.url' }
			break
		case z.ZodIssueCode.invalid_enum_value:
			return { message: 'errors:validation.choose' }
	}
	return { message: ctx.defaultError.startsWith('errors:') ? ctx.defaultError : 'errors:validation.invalid' }
}

export function translateValidationMessage(t: TFunction, message: string) {
	const [key, json] = message.split('|', 2) as [string, string | undefined]
	if (!key.includes(':')) return message
	return t(key, json ? (JSON.parse(json) as Record<string, unknown>) : {})
}

export const EmailSchema = z
	.string({ required_error: 'errors:validation.required' })
	.trim()
	.min(1)
	.max(254)
	.email()
	.transform((value) => value.toLowerCase())
export const PasswordSchema = z.string({ required_error: 'errors:validation.required' }).min(10).max(200)
export const PersonNameSchema = z.string({ required_error: 'errors:validation.required' }).trim().min(1).max(120)
export const OrganizationNameSchema = z.string({ required_error: 'errors:validation.required' }).trim().min(2).max(160)
/** The Chamber of Commerce number: exactly 8 digits. */
export const KvkNumberSchema = z
	.string()
	.trim()
	.regex(/^\d{8}$/, 'errors:validation.kvkNumber')
/** Public forms carry an invisible field that people leave empty and naive bots fill in. */
export const HoneypotSchema = z.string().max(0, 'errors:validation.honeypot').optional()
export const HONEYPOT_FIELD = 'website_url'

/** For superRefine: the repeated password must equal the new one. */
export function passwordsMustMatch(value: { password?: string; confirmPassword?: string }, context: z.RefinementCtx) {
	if (value.password !== value.confirmPassword) {
		context.addIssue({ code: 'custom', path: ['confirmPassword'], message: 'errors:validation.passwordsDiffer' })
	}
}

/** The one-time tokens in our links: 32 random bytes, base32 (see generateSessionToken). */
export const LinkTokenSchema = z.string().regex(/^[a-z2-7]{52}$/)

/** The `token` query parameter of a link, or null when absent or malformed. */
export function readLinkToken(request: Request): string | null {
	const result = LinkTokenSchema.safeParse(new URL(request.url).searchParams.get('token'))
	return result.success ? result.data : null
}
