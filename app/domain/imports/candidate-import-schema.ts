// One row of a candidate import, from the spreadsheet's text to the values the intake form would
// take. Spreadsheet habits are read first (labels for stages and lists, a full name in one cell, a
// birth date for a birth year, a phone number that lost its zero); then the intake form's own schema
// checks the result, so an import accepts exactly what the form accepts. What needs the database
// (the organisation's coaches, the town list) comes in through the context.
import { z } from 'zod'
import {
	candidateStages,
	languageOptions,
	type CandidateStage,
	type Language,
} from '#app/domain/candidates/candidate-options.ts'
import {
	BIRTH_YEAR_MIN,
	CANDIDATE_HOURS_MAX,
	CANDIDATE_HOURS_MIN,
	createCandidateFormSchema,
	MIN_CANDIDATE_AGE,
} from '#app/domain/candidates/candidate-schema.ts'
import { placeTypes, type PlaceType } from '#app/domain/places/place-options.ts'
import { resources } from '#app/locales/index.ts'
import { validationErrorMap } from '#app/utils/validation.ts'
import { type CandidateImportField } from './column-mapping.ts'
import {
	birthYearCell,
	cellSchema,
	messageWithValues,
	normalizeText,
	optionCell,
	optionListCell,
	optionMatcher,
	pastDateCell,
	restoreLeadingZero,
	splitFullName,
	wholeNumberCell,
	yesNoCell,
} from './import-values.ts'

export type ImportCoach = { id: string; name: string; email: string }

export type CandidateImportContext = {
	/** The Amsterdam year by the server clock: it bounds the birth year, as on the form. */
	currentYear: number
	/** The Amsterdam day by the server clock (yyyy-mm-dd): an intake date may not be after it. */
	today: string
	/** The jobcoaches of the organisation a "Jobcoach" cell may name (by email or name). */
	coaches: readonly ImportCoach[]
	/** The importing jobcoach: the primary coach when the row names none. */
	defaultCoachId: string
	/** The town's label as we store it, or null when we do not know the town. */
	townLabel: (text: string) => string | null
}

/** A valid row: only what the file holds; a field without a value is absent (it changes nothing). */
export type CandidateImportRow = {
	firstName: string
	lastName?: string
	email?: string
	phone?: string
	birthYear?: number
	homeTown?: string
	stage?: CandidateStage
	/** The coach the row names; absent when the cell is empty (a new candidate gets the importing coach). */
	primaryCoachId?: string
	/** The day of the intake (yyyy-mm-dd), for a new candidate's history; absent: today. */
	intakeDate?: string
	/** False when the file says the candidate is not active (they are stepping back). */
	active?: boolean
	happyWhen?: string
	interests?: string
	talents?: string
	experience?: string
	training?: string
	hoursMin?: number
	hoursMax?: number
	placeTypes?: PlaceType[]
	languages?: Language[]
}

export type CandidateImportValues = Partial<Record<CandidateImportField, string>>

const matchStage = optionMatcher(candidateStages, [resources.nl.candidates.stages, resources.en.candidates.stages])
const matchPlaceType = optionMatcher(placeTypes, [resources.nl.places.types, resources.en.places.types])
const matchLanguage = optionMatcher(languageOptions, [
	resources.nl.candidates.languages,
	resources.en.candidates.languages,
])

/** The form's field an import field's value ends up in; errors on the form field come back to the column. */
const formFieldSources: Record<string, CandidateImportField[]> = {
	firstName: ['firstName', 'fullName'],
	lastName: ['lastName', 'lastNamePrefix', 'fullName'],
	primaryCoachId: ['coach'],
}

function findCoach(coaches: readonly ImportCoach[], text: string): ImportCoach | 'ambiguous' | null {
	const email = text.toLowerCase()
	const byEmail = coaches.find((coach) => coach.email.toLowerCase() === email)
	if (byEmail) return byEmail
	const name = normalizeText(text)
	const byName = coaches.filter((coach) => normalizeText(coach.name) === name)
	if (byName.length > 1) return 'ambiguous'
	return byName[0] ?? null
}

export function createCandidateImportSchema(context: CandidateImportContext) {
	const birthYearMax = context.currentYear - MIN_CANDIDATE_AGE
	const birthYearMessage = messageWithValues('candidates:errors.birthYear', { min: BIRTH_YEAR_MIN, max: birthYearMax })
	const hoursMessage = messageWithValues('candidates:errors.hoursRange', {
		min: CANDIDATE_HOURS_MIN,
		max: CANDIDATE_HOURS_MAX,
	})
	const formSchema = createCandidateFormSchema({ currentYear: context.currentYear })

	return z
		.object({
			// Empty but present (the column is mapped) is told apart from absent, to name the right column.
			fullName: z
				.string()
				.optional()
				.transform((value) => value?.trim()),
			firstName: cellSchema,
			lastNamePrefix: cellSchema,
			lastName: cellSchema,
			email: cellSchema,
			phone: cellSchema,
			birthYear: birthYearCell(birthYearMessage),
			homeTown: cellSchema,
			stage: optionCell(matchStage),
			coach: cellSchema,
			intakeDate: pastDateCell(context.today, 'imports:errors.intakeDate', 'imports:errors.intakeDateFuture'),
			active: yesNoCell,
			happyWhen: cellSchema,
			interests: cellSchema,
			talents: cellSchema,
			experience: cellSchema,
			training: cellSchema,
			hoursMin: wholeNumberCell(hoursMessage),
			hoursMax: wholeNumberCell(hoursMessage),
			placeTypes: optionListCell(matchPlaceType),
			languages: optionListCell(matchLanguage),
		} satisfies Record<CandidateImportField, z.ZodTypeAny>)
		.transform((row, issues): CandidateImportRow => {
			const fromFullName = row.fullName ? splitFullName(row.fullName) : null
			const firstName = row.firstName ?? fromFullName?.firstName
			const surname = row.lastName
				? [row.lastNamePrefix, row.lastName].filter(Boolean).join(' ')
				: (fromFullName?.lastName ?? row.lastNamePrefix)
			if (!firstName) {
				issues.addIssue({
					code: 'custom',
					path: [row.fullName === undefined || row.firstName !== undefined ? 'firstName' : 'fullName'],
					message: 'errors:validation.required',
				})
				return z.NEVER
			}

			let primaryCoachId: string | undefined
			if (row.coach) {
				const coach = findCoach(context.coaches, row.coach)
				if (coach === null || coach === 'ambiguous') {
					issues.addIssue({
						code: 'custom',
						path: ['coach'],
						message: messageWithValues(
							coach === null ? 'imports:errors.unknownCoach' : 'imports:errors.ambiguousCoach',
							{
								value: row.coach,
							},
						),
					})
					return z.NEVER
				}
				primaryCoachId = coach.id
			}

			let homeTown: string | undefined
			if (row.homeTown) {
				const label = context.townLabel(row.homeTown)
				if (!label) {
					issues.addIssue({
						code: 'custom',
						path: ['homeTown'],
						message: messageWithValues('imports:errors.unknownTown', { value: row.homeTown }),
					})
					return z.NEVER
				}
				homeTown = label
			}

			// The intake form's rules, on the values as the form would receive them.
			const form = formSchema.safeParse(
				{
					firstName,
					lastName: surname,
					email: row.email,
					phone: row.phone === undefined ? undefined : restoreLeadingZero(row.phone),
					birthYear: row.birthYear,
					homeTown,
					happyWhen: row.happyWhen,
					interests: row.interests,
					talents: row.talents,
					experience: row.experience,
					training: row.training,
					hoursMin: row.hoursMin,
					hoursMax: row.hoursMax,
					placeTypes: row.placeTypes,
					languages: row.languages,
					primaryCoachId: primaryCoachId ?? context.defaultCoachId,
				},
				{ errorMap: validationErrorMap },
			)
			if (!form.success) {
				for (const issue of form.error.issues) {
					const formField = String(issue.path[0] ?? '')
					const sources = formFieldSources[formField] ?? [formField as CandidateImportField]
					const field = sources.find((source) => row[source] !== undefined) ?? sources[0]
					issues.addIssue({ code: 'custom', path: field ? [field] : [], message: issue.message })
				}
				return z.NEVER
			}
			const value = form.data
			return {
				firstName: value.firstName,
				lastName: value.lastName,
				email: value.email,
				phone: value.phone,
				birthYear: value.birthYear,
				homeTown,
				stage: row.stage,
				primaryCoachId,
				intakeDate: row.intakeDate,
				active: row.active,
				happyWhen: value.happyWhen,
				interests: value.interests,
				talents: value.talents,
				experience: value.experience,
				training: value.training,
				hoursMin: value.hoursMin,
				hoursMax: value.hoursMax,
				// A list only counts when its cell had something in it.
				placeTypes: row.placeTypes?.length ? value.placeTypes : undefined,
				languages: row.languages?.length ? value.languages : undefined,
			}
		})
}
