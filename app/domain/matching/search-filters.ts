// The facets and filters of the matching searches, as URL parameters (shareable, back-button safe).
// Client-safe: the filter forms build the same parameters the loaders parse.
import { z } from 'zod'
import { candidateStages, languageOptions, workEnvironmentOptions } from '#app/domain/candidates/candidate-options.ts'
import { adaptationOptions, placeTypes, sbiSections, supervisionOptions } from '#app/domain/places/place-options.ts'

export const MATCH_PAGE_SIZE = 20
export const MAX_RADIUS_KM = 200
const MAX_HOURS = 80

const list = <Schema extends z.ZodTypeAny>(item: Schema) =>
	z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(item).max(50))
const optionalNumber = (max: number) =>
	z.preprocess(
		(value) => (value === '' || value === undefined ? null : value),
		z.coerce.number().int().min(0).max(max).nullable(),
	)
const text = z.preprocess((value) => (typeof value === 'string' ? value.trim().slice(0, 200) : ''), z.string())
const town = z.string().trim().min(1).max(80)

export const PlaceSearchFiltersSchema = z.object({
	q: text,
	types: list(z.enum(placeTypes)),
	sectors: list(z.enum(sbiSections)),
	towns: list(town),
	adaptations: list(z.enum(adaptationOptions)),
	supervision: list(z.enum(supervisionOptions)),
	hoursMin: optionalNumber(MAX_HOURS),
	hoursMax: optionalNumber(MAX_HOURS),
	radiusKm: optionalNumber(MAX_RADIUS_KM),
	page: z.preprocess((value) => value ?? 1, z.coerce.number().int().min(1).max(50)).catch(1),
})
export type PlaceSearchFilters = z.infer<typeof PlaceSearchFiltersSchema>

export const CandidateSearchFiltersSchema = z.object({
	q: text,
	types: list(z.enum(placeTypes)),
	sectors: list(z.enum(sbiSections)),
	municipalities: list(town),
	workEnvironment: list(z.enum(workEnvironmentOptions)),
	languages: list(z.enum(languageOptions)),
	stages: list(z.enum(candidateStages)),
	hoursMin: optionalNumber(MAX_HOURS),
	hoursMax: optionalNumber(MAX_HOURS),
	radiusKm: optionalNumber(MAX_RADIUS_KM),
	page: z.preprocess((value) => value ?? 1, z.coerce.number().int().min(1).max(50)).catch(1),
})
export type CandidateSearchFilters = z.infer<typeof CandidateSearchFiltersSchema>

/** Marks a search the user shaped; without it the filters are prefilled from the profile or place. */
export const CUSTOMIZED_PARAM = 'aangepast'

type ArrayKeys<T> = { [K in keyof T]: T[K] extends unknown[] ? K : never }[keyof T]

/** URLSearchParams → an object with repeated keys as arrays, ready for the schemas above. */
export function searchParamsObject<T>(searchParams: URLSearchParams, arrayKeys: ReadonlyArray<ArrayKeys<T>>) {
	const result: Record<string, string | string[]> = {}
	for (const key of new Set(searchParams.keys())) {
		result[key] = (arrayKeys as readonly string[]).includes(key) ? searchParams.getAll(key) : searchParams.get(key)!
	}
	return result
}

export const placeFilterArrays = ['types', 'sectors', 'towns', 'adaptations', 'supervision'] as const
export const candidateFilterArrays = [
	'types',
	'sectors',
	'municipalities',
	'workEnvironment',
	'languages',
	'stages',
] as const
