// One row of an employer import: an employer organisation and, optionally, one of its contact
// persons. The sector may be written as its letter or its Dutch or English name; then the prospect
// form's own schema (the one a coordinator fills in for a new employer) checks the values, with the
// address and a row without a contact person added. The town list comes in through the context.
import { z } from 'zod'
import { PostalCodeSchema, ProspectSchema } from '#app/domain/organizations/organization-schemas.ts'
import { sbiSections, type SbiSection } from '#app/domain/places/place-options.ts'
import { resources } from '#app/locales/index.ts'
import { PersonNameSchema, validationErrorMap } from '#app/utils/validation.ts'
import { type EmployerImportField } from './column-mapping.ts'
import { cellSchema, messageWithValues, optionCell, optionMatcher, restoreLeadingZero } from './import-values.ts'

export type EmployerImportContext = {
	/** The town's label as we store it, or null when we do not know the town. */
	townLabel: (text: string) => string | null
}

export type EmployerImportRow = {
	name: string
	kvkNumber?: string
	sector?: SbiSection
	street?: string
	postalCode?: string
	town?: string
	website?: string
	contact?: { name: string; jobTitle?: string; email?: string; phone?: string }
}

export type EmployerImportValues = Partial<Record<EmployerImportField, string>>

/** "Q", "Gezondheids- en welzijnszorg", "Health and social work" or "Q Gezondheids- en welzijnszorg". */
const matchSectorLabel = optionMatcher(sbiSections, [resources.nl.common.sectors, resources.en.common.sectors])
function matchSector(text: string): SbiSection | null {
	const direct = matchSectorLabel(text)
	if (direct) return direct
	const prefixed = /^([A-Ua-u])\s*[-:.)]?\s+(.+)$/.exec(text.trim())
	const letter = prefixed?.[1]?.toUpperCase() as SbiSection | undefined
	return letter && matchSectorLabel(prefixed![2]!) === letter ? letter : null
}

/** The prospect form, with the address, and a contact person only when the row has one. */
const EmployerRowSchema = ProspectSchema.extend({
	street: z.string().trim().max(120).optional(),
	postalCode: PostalCodeSchema.optional(),
	contactName: PersonNameSchema.optional(),
}).superRefine((value, context) => {
	const hasContact = Boolean(value.contactJobTitle || value.contactEmail || value.contactPhone)
	if (hasContact && !value.contactName) {
		context.addIssue({ code: 'custom', path: ['contactName'], message: 'imports:errors.contactNameRequired' })
	}
})

export function createEmployerImportSchema(context: EmployerImportContext) {
	return z
		.object({
			name: cellSchema,
			kvkNumber: cellSchema,
			sector: optionCell(matchSector),
			street: cellSchema,
			postalCode: cellSchema,
			town: cellSchema,
			website: cellSchema,
			contactName: cellSchema,
			contactJobTitle: cellSchema,
			contactEmail: cellSchema,
			contactPhone: cellSchema,
		} satisfies Record<EmployerImportField, z.ZodTypeAny>)
		.transform((row, issues): EmployerImportRow => {
			let town: string | undefined
			if (row.town) {
				const label = context.townLabel(row.town)
				if (!label) {
					issues.addIssue({
						code: 'custom',
						path: ['town'],
						message: messageWithValues('imports:errors.unknownTown', { value: row.town }),
					})
					return z.NEVER
				}
				town = label
			}
			const parsed = EmployerRowSchema.safeParse(
				{
					...row,
					// KvK numbers are written with spaces, dots or dashes ("1234 5678", "12.34.56.78").
					kvkNumber: row.kvkNumber?.replace(/-/g, ''),
					town,
					contactPhone: row.contactPhone === undefined ? undefined : restoreLeadingZero(row.contactPhone),
				},
				{ errorMap: validationErrorMap },
			)
			if (!parsed.success) {
				for (const issue of parsed.error.issues) {
					issues.addIssue({ code: 'custom', path: issue.path.slice(0, 1), message: issue.message })
				}
				return z.NEVER
			}
			const value = parsed.data
			return {
				name: value.name,
				kvkNumber: value.kvkNumber,
				sector: value.sector,
				street: value.street || undefined,
				postalCode: value.postalCode,
				town,
				website: value.website,
				contact: value.contactName
					? {
							name: value.contactName,
							jobTitle: value.contactJobTitle || undefined,
							email: value.contactEmail,
							phone: value.contactPhone,
						}
					: undefined,
			}
		})
}
