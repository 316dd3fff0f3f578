// The Zod schemas of the organisation forms. Client-safe: the same schema validates in the browser
// (Conform) and in the action. Checks that need the database or the town list (a KvK number that is
// already registered, an unknown town) happen on the server after parsing.
import { z } from 'zod'
import { commitmentOptions, sbiSections, sizeClasses } from '#app/domain/places/place-options.ts'
import { EmailSchema, KvkNumberSchema, OrganizationNameSchema, PersonNameSchema } from '#app/utils/validation.ts'

export const DESCRIPTION_MAX_LENGTH = 2000
export const LOGO_MAX_BYTES = 1024 * 1024
/** The image types a logo may have; SVG is left out on purpose (it can carry scripts). */
export const logoContentTypes = ['image/png', 'image/jpeg', 'image/webp'] as const
export type LogoContentType = (typeof logoContentTypes)[number]

/** "1234ab", "1234 AB" and " 1234  ab " all become "1234 AB"; null when it is not a Dutch postal code. */
export function normalizePostalCode(value: string): string | null {
	const match = /^([1-9][0-9]{3})\s*([a-zA-Z]{2})$/.exec(value.trim())
	return match ? `${match[1]} ${match[2]!.toUpperCase()}` : null
}

/** Adds https:// when someone types "www.voorbeeld.nl". */
export function normalizeWebsite(value: string) {
	const trimmed = value.trim()
	return /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`
}

/** Only http(s) addresses with a real host name (a dot in it, no spaces). */
export function isWebsiteUrl(value: string) {
	try {
		const url = new URL(value)
		return (url.protocol === 'https:' || url.protocol === 'http:') && /^[^.\s]+(\.[^.\s]+)+$/.test(url.hostname)
	} catch {
		return false
	}
}

/**
 * A loose check for phone numbers as people write them: Dutch numbers (06 12345678, 0544-123456,
 * +31 (0)6 1234 5678, 0800 1234) and international ones (+49 2871 12345; the Achterhoek borders Germany).
 */
export function isPhoneNumber(value: string) {
	const digits = value.replace(/\(0\)/g, '').replace(/[\s\-().]/g, '')
	return /^(?:\+31|0031|0)[1-9]\d{6,9}$/.test(digits) || /^(?:\+|00)[1-9]\d{7,14}$/.test(digits)
}

const optionalText = (max: number) => z.string().trim().max(max).optional()

export const PostalCodeSchema = z
	.string()
	.trim()
	.max(10)
	.refine((value) => normalizePostalCode(value) !== null, 'organizations:validation.postalCode')
	.transform((value) => normalizePostalCode(value)!)

export const WebsiteSchema = z
	.string()
	.trim()
	.max(200)
	.transform(normalizeWebsite)
	.refine(isWebsiteUrl, 'errors:validation.url')

/** KvK numbers are often written with spaces or dots ("1234 5678"). */
export const OptionalKvkNumberSchema = z
	.string()
	.transform((value) => value.replace(/[\s.]/g, ''))
	.pipe(KvkNumberSchema)
	.optional()

export const PhoneSchema = z.string().trim().max(30).refine(isPhoneNumber, 'organizations:validation.phone')

/** A town label as the town picker offers it; whether we know it is checked on the server. */
export const TownLabelSchema = z.string().trim().max(100)

export const ProfileSchema = z
	.object({
		intent: z.literal('update-profile'),
		name: OrganizationNameSchema,
		kvkNumber: OptionalKvkNumberSchema,
		sector: z.enum(sbiSections).optional(),
		sizeClass: z.enum(sizeClasses).optional(),
		street: optionalText(120),
		postalCode: PostalCodeSchema.optional(),
		town: TownLabelSchema.optional(),
		website: WebsiteSchema.optional(),
		description: optionalText(DESCRIPTION_MAX_LENGTH),
		commitments: z.array(z.enum(commitmentOptions)).max(commitmentOptions.length).optional(),
		commitmentNote: optionalText(300),
	})
	.superRefine((value, context) => {
		if (value.commitments?.includes('OTHER') && !value.commitmentNote) {
			context.addIssue({
				code: 'custom',
				path: ['commitmentNote'],
				message: 'organizations:validation.commitmentNoteRequired',
			})
		}
	})
	.transform(({ commitments = [], commitmentNote, ...rest }) => {
		const unique = commitmentOptions.filter((option) => commitments.includes(option))
		// The note explains "other"; without that choice it has nothing to explain.
		return { ...rest, commitments: unique, commitmentNote: unique.includes('OTHER') ? commitmentNote : undefined }
	})
export type ProfileInput = z.output<typeof ProfileSchema>

export const ContactPersonSchema = z.object({
	name: PersonNameSchema,
	jobTitle: optionalText(120),
	email: EmailSchema.optional(),
	phone: PhoneSchema.optional(),
})
export type ContactPersonInput = z.output<typeof ContactPersonSchema>

export const LogoUploadSchema = z.object({
	intent: z.literal('upload-logo'),
	// The browser check is a courtesy; the server checks the bytes themselves.
	logo: z
		.instanceof(File, { message: 'organizations:logo.required' })
		.refine((file) => file.size <= LOGO_MAX_BYTES, 'organizations:logo.tooLarge')
		.refine(
			(file) => file.type === '' || (logoContentTypes as readonly string[]).includes(file.type),
			'organizations:logo.wrongType',
		),
})

/** A coordinator adds an employer before anyone of it has an account, with one contact person. */
export const ProspectSchema = z.object({
	name: OrganizationNameSchema,
	kvkNumber: OptionalKvkNumberSchema,
	sector: z.enum(sbiSections).optional(),
	town: TownLabelSchema.optional(),
	website: WebsiteSchema.optional(),
	contactName: PersonNameSchema,
	contactJobTitle: optionalText(120),
	contactEmail: EmailSchema.optional(),
	contactPhone: PhoneSchema.optional(),
})
export type ProspectInput = z.output<typeof ProspectSchema>

/** The staff list's GET filters; a value that does not fit is dropped rather than refused. */
export const EmployerFilterSchema = z.object({
	q: z.string().trim().max(100).optional().catch(undefined),
	town: z.string().trim().max(100).optional().catch(undefined),
	sector: z.enum(sbiSections).optional().catch(undefined),
})
export type EmployerFilter = z.output<typeof EmployerFilterSchema>

export function parseEmployerFilter(searchParams: URLSearchParams): EmployerFilter {
	const raw = Object.fromEntries(
		['q', 'town', 'sector'].map((key) => [key, searchParams.get(key)?.trim() || undefined] as const),
	)
	return EmployerFilterSchema.parse(raw)
}

export const ClaimInvitationSchema = z.object({
	intent: z.literal('invite-contact'),
	contactPersonId: z.string({ required_error: 'organizations:claim.chooseContact' }).min(1).max(40),
})
