// A list's filters and sort order as URL search params, shared by the lists that sort by any column
// (the caseload, the network's relationships). Client-safe: the filter forms, the column headers and
// the loaders build and read the URLs with the same helpers.
import { type z } from 'zod'

export const sortDirections = ['asc', 'desc'] as const
export type SortDirection = (typeof sortDirections)[number]
export type ListSort<Key extends string> = { key: Key; direction: SortDirection }

/** The sort a column header links to: the other direction when it is the current column, else ascending. */
export function nextSort<Key extends string>(current: ListSort<Key>, key: Key): ListSort<Key> {
	if (current.key !== key) return { key, direction: 'asc' }
	return { key, direction: current.direction === 'asc' ? 'desc' : 'asc' }
}

/**
 * Reads params one at a time, each through its own schema: an empty param counts as absent, and one
 * whose value is not understood is ignored (null) and named in `invalid`, without losing the others.
 */
export function searchParamReader<Param extends string>(searchParams: URLSearchParams, names: Record<Param, string>) {
	const invalid: Param[] = []
	function markInvalid(param: Param) {
		if (!invalid.includes(param)) invalid.push(param)
	}
	function read<T>(param: Param, schema: z.ZodType<T, z.ZodTypeDef, unknown>): T | null {
		const raw = searchParams.get(names[param])
		if (raw === null || raw.trim() === '') return null
		const result = schema.safeParse(raw)
		if (result.success) return result.data
		markInvalid(param)
		return null
	}
	return { read, markInvalid, invalid }
}

/** Puts the sort order in the URL, unless it is the default one: URLs stay short. */
export function setSortParams<Key extends string>(
	params: URLSearchParams,
	names: { sort: string; direction: string },
	sort: ListSort<Key>,
	defaultSort: ListSort<Key>,
) {
	if (sort.key === defaultSort.key && sort.direction === defaultSort.direction) return
	params.set(names.sort, sort.key)
	params.set(names.direction, sort.direction)
}
