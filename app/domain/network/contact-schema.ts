// The Zod schemas of the network's contact forms and filters. Client-safe: the same schema validates in
// the browser (Conform) and in the action. The person's own fields are the organisation area's
// ContactPersonSchema; what needs the database (an organisation that exists, a known town) is checked
// on the server after parsing.
import { z } from 'zod'
import { ContactPersonSchema, TownLabelSchema } from '#app/domain/organizations/organization-schemas.ts'
import { OrganizationNameSchema } from '#app/utils/validation.ts'
import { mailCategories } from './contact-mail.ts'
import { contactOrganizationKinds, stakeholderTypes } from './stakeholder-options.ts'

export const NOTE_MAX_LENGTH = 2000
/** The organisation choice that means "a new stakeholder organisation, described below". */
export const NEW_ORGANIZATION = 'NEW'

const NoteSchema = z.string().trim().max(NOTE_MAX_LENGTH).optional()

/** Mail flags a coordinator filters on: bouncing, any mail turned off, or all of it. */
export const contactMailFlags = ['BOUNCED', 'OPTED_OUT', 'OPTED_OUT_ALL'] as const
export type ContactMailFlag = (typeof contactMailFlags)[number]

/** The contacts list's GET filters; a value that does not fit is dropped rather than refused. */
export const ContactFilterSchema = z.object({
	q: z.string().trim().max(100).optional().catch(undefined),
	kind: z.enum(contactOrganizationKinds).optional().catch(undefined),
	stakeholderType: z.enum(stakeholderTypes).optional().catch(undefined),
	flag: z.enum(contactMailFlags).optional().catch(undefined),
})
export type ContactFilter = z.output<typeof ContactFilterSchema>

export function parseContactFilter(searchParams: URLSearchParams): ContactFilter {
	const raw = Object.fromEntries(
		['q', 'kind', 'stakeholderType', 'flag'].map((key) => [key, searchParams.get(key)?.trim() || undefined] as const),
	)
	const filter = ContactFilterSchema.parse(raw)
	// A stakeholder type only exists for stakeholders: choosing one implies that kind.
	return filter.stakeholderType && !filter.kind ? { ...filter, kind: 'STAKEHOLDER' } : filter
}

/** Where a new contact works: an existing employer or stakeholder, or a new stakeholder described here. */
const NewContactOrganizationSchema = z
	.object({
		organizationId: z.string().trim().min(1).max(40),
		organizationName: OrganizationNameSchema.optional(),
		stakeholderType: z.enum(stakeholderTypes).optional(),
		town: TownLabelSchema.optional(),
	})
	.superRefine((value, context) => {
		if (value.organizationId !== NEW_ORGANIZATION) return
		if (!value.organizationName) {
			context.addIssue({ code: 'custom', path: ['organizationName'], message: 'errors:validation.required' })
		}
		if (!value.stakeholderType) {
			context.addIssue({ code: 'custom', path: ['stakeholderType'], message: 'errors:validation.choose' })
		}
	})

/**
 * A new contact, at an existing employer or stakeholder organisation or at a new stakeholder
 * organisation created in the same form. Two halves, so the organisation's checks run (and show)
 * even while a field of the person is still wrong.
 */
export const NewContactSchema = z.intersection(
	ContactPersonSchema.extend({ note: NoteSchema }),
	NewContactOrganizationSchema,
)
export type NewContactInput = z.output<typeof NewContactSchema>

export const ContactUpdateSchema = ContactPersonSchema.extend({ intent: z.literal('update'), note: NoteSchema })
export type ContactUpdateInput = z.output<typeof ContactUpdateSchema>

/** The contact page's forms: the fields and note, or clearing the bounce after the address was corrected. */
export const ContactActionSchema = z.discriminatedUnion('intent', [
	ContactUpdateSchema,
	z.object({ intent: z.literal('clear-bounce') }),
])

/** The contact's own preferences page: the categories they still want, or no network mail at all. */
export const MailPreferencesSchema = z.discriminatedUnion('intent', [
	z.object({
		intent: z.literal('save'),
		receives: z.array(z.enum(mailCategories)).max(mailCategories.length).default([]),
	}),
	z.object({ intent: z.literal('none') }),
])
