// Reads a matching search from the URL: the user's own filters when they shaped the search,
// otherwise the defaults (from the profile or the place). A tampered URL falls back to the defaults
// with a notice instead of an error page.
import { type z } from 'zod'
import { CUSTOMIZED_PARAM, searchParamsObject } from './search-filters.ts'

export function readSearchFilters<Schema extends z.ZodTypeAny>(
	request: Request,
	schema: Schema,
	arrayKeys: readonly string[],
	defaults: z.infer<Schema>,
): { filters: z.infer<Schema>; customized: boolean; invalid: boolean; searchParams: string } {
	const url = new URL(request.url)
	const page = Number(url.searchParams.get('page')) || 1
	if (!url.searchParams.has(CUSTOMIZED_PARAM)) {
		return {
			filters: { ...defaults, page: Math.min(50, Math.max(1, page)) },
			customized: false,
			invalid: false,
			searchParams: url.search,
		}
	}
	const parsed = schema.safeParse(searchParamsObject(url.searchParams, arrayKeys as never))
	if (!parsed.success) return { filters: defaults, customized: false, invalid: true, searchParams: '' }
	return { filters: parsed.data, customized: true, invalid: false, searchParams: url.search }
}
