// The filters of the public board as URL search params: one Zod schema per param, so one bad value
// is ignored (and named) without losing the others. Client-safe: the filter form uses the names.
import { z } from 'zod'
import { placeTypes, sbiSections, type PlaceType, type SbiSection } from './place-options.ts'

export const BOARD_PAGE_SIZE = 20
/** Hours per week a filter may ask for: a working week never has more than 168 hours. */
export const MAX_FILTER_HOURS = 80

/** The names in the URL (Dutch, like the paths): /plekken?type=VOLUNTEER&plaats=Groenlo&max-uren=16 */
export const boardParams = {
	types: 'type',
	sector: 'sector',
	town: 'plaats',
	hoursMin: 'min-uren',
	hoursMax: 'max-uren',
	page: 'pagina',
} as const
export type BoardParam = keyof typeof boardParams

export type BoardFilters = {
	types: PlaceType[]
	sector: SbiSection | null
	town: string | null
	/** The wanted range: a place matches when its own hours range overlaps it (bounds included). */
	hoursMin: number | null
	hoursMax: number | null
}

export const emptyBoardFilters: BoardFilters = { types: [], sector: null, town: null, hoursMin: null, hoursMax: null }

const HoursSchema = z.coerce.number().int().min(0).max(MAX_FILTER_HOURS)

/** Each param's schema; an empty text field counts as absent, not as invalid. */
export const BoardSearchParamsSchema = {
	type: z.enum(placeTypes),
	sector: z.enum(sbiSections),
	town: z.string().trim().min(1).max(100),
	hours: HoursSchema,
	page: z.coerce.number().int().min(1).max(100_000),
}

export type ParsedBoardSearch = {
	filters: BoardFilters
	page: number
	/** Params whose value was not understood and is ignored. */
	invalid: BoardParam[]
}

function single(searchParams: URLSearchParams, name: string) {
	const value = searchParams.get(name)
	return value === null || value.trim() === '' ? undefined : value
}

export function parseBoardSearchParams(searchParams: URLSearchParams): ParsedBoardSearch {
	const invalid = new Set<BoardParam>()
	const read = <T>(param: BoardParam, schema: z.ZodType<T, z.ZodTypeDef, unknown>): T | null => {
		const raw = single(searchParams, boardParams[param])
		if (raw === undefined) return null
		const result = schema.safeParse(raw)
		if (!result.success) invalid.add(param)
		return result.success ? result.data : null
	}

	const types: PlaceType[] = []
	for (const raw of searchParams.getAll(boardParams.types)) {
		if (raw === '') continue
		const result = BoardSearchParamsSchema.type.safeParse(raw)
		if (!result.success) invalid.add('types')
		else if (!types.includes(result.data)) types.push(result.data)
	}

	let hoursMin = read('hoursMin', BoardSearchParamsSchema.hours)
	let hoursMax = read('hoursMax', BoardSearchParamsSchema.hours)
	if (hoursMin !== null && hoursMax !== null && hoursMin > hoursMax) {
		invalid.add('hoursMin')
		invalid.add('hoursMax')
		hoursMin = null
		hoursMax = null
	}

	return {
		filters: {
			types,
			sector: read('sector', BoardSearchParamsSchema.sector),
			town: read('town', BoardSearchParamsSchema.town),
			hoursMin,
			hoursMax,
		},
		page: read('page', BoardSearchParamsSchema.page) ?? 1,
		invalid: [...invalid],
	}
}

/** The search params for filters and a page (page 1 is left out), for links that keep the filters. */
export function boardSearchParams(filters: BoardFilters, page = 1) {
	const params = new URLSearchParams()
	for (const type of filters.types) params.append(boardParams.types, type)
	if (filters.sector) params.set(boardParams.sector, filters.sector)
	if (filters.town) params.set(boardParams.town, filters.town)
	if (filters.hoursMin !== null) params.set(boardParams.hoursMin, String(filters.hoursMin))
	if (filters.hoursMax !== null) params.set(boardParams.hoursMax, String(filters.hoursMax))
	if (page > 1) params.set(boardParams.page, String(page))
	return params
}

export function hasActiveFilters(filters: BoardFilters) {
	return (
		filters.types.length > 0 ||
		filters.sector !== null ||
		filters.town !== null ||
		filters.hoursMin !== null ||
		filters.hoursMax !== null
	)
}
