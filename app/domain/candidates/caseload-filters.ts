// The caseload's filters and sort order as URL search params: one Zod schema per param, so one bad
// value is ignored (and named) without losing the others. Client-safe: the filter form, the column
// headers and the CSV link build their URLs with the same names.
import { z } from 'zod'
import { type ListSort, searchParamReader, setSortParams, sortDirections } from '#app/utils/list-params.ts'
import { candidateStages, type CandidateStage } from './candidate-options.ts'

/** The names in the URL (Dutch, like the paths): /jobcoach/kandidaten?fase=ORIENTING&sorteer=lastContact */
export const caseloadParams = {
	q: 'zoek',
	stage: 'fase',
	coach: 'coach',
	supporter: 'begeleider',
	activity: 'status',
	stale: 'verouderd',
	sort: 'sorteer',
	direction: 'richting',
} as const
export type CaseloadParam = keyof typeof caseloadParams

/** Active candidates unless the coach asks for the inactive ones or all. */
export const caseloadActivities = ['active', 'inactive', 'all'] as const
export type CaseloadActivity = (typeof caseloadActivities)[number]

/** The columns a caseload can be sorted by, in the order the table shows them. */
export const caseloadSortKeys = [
	'name',
	'stage',
	'primaryCoach',
	'routeSupporter',
	'activity',
	'lastContact',
	'nextAction',
	'confirmed',
] as const
export type CaseloadSortKey = (typeof caseloadSortKeys)[number]

/** The coach filters also take "nobody": candidates without a primary coach or route supporter. */
export const NO_COACH = 'none'

export type CaseloadFilters = {
	q: string | null
	stage: CandidateStage | null
	/** A coach's user id, NO_COACH, or null for everyone. */
	coach: string | null
	supporter: string | null
	activity: CaseloadActivity
	stale: boolean
}
export type CaseloadSort = ListSort<CaseloadSortKey>

export const defaultCaseloadFilters: CaseloadFilters = {
	q: null,
	stage: null,
	coach: null,
	supporter: null,
	activity: 'active',
	stale: false,
}
export const defaultCaseloadSort: CaseloadSort = { key: 'name', direction: 'asc' }

/** Each param's schema; an empty value counts as absent, not as invalid. */
export const CaseloadSearchParamsSchema = {
	q: z.string().trim().min(1).max(100),
	stage: z.enum(candidateStages),
	coach: z.string().trim().min(1).max(40),
	activity: z.enum(caseloadActivities),
	stale: z.enum(['1']),
	sort: z.enum(caseloadSortKeys),
	direction: z.enum(sortDirections),
}

export type ParsedCaseloadSearch = {
	filters: CaseloadFilters
	sort: CaseloadSort
	/** Params whose value was not understood and is ignored. */
	invalid: CaseloadParam[]
}

/**
 * Reads the caseload's filters from the URL. `coachIds` are the coaches of the organisation: a
 * coach filter naming anyone else is ignored, like any other value that is not understood.
 */
export function parseCaseloadSearchParams(
	searchParams: URLSearchParams,
	{ coachIds }: { coachIds: readonly string[] },
): ParsedCaseloadSearch {
	const { read, markInvalid, invalid } = searchParamReader(searchParams, caseloadParams)
	const readCoach = (param: 'coach' | 'supporter') => {
		const value = read(param, CaseloadSearchParamsSchema.coach)
		if (value === null || value === NO_COACH || coachIds.includes(value)) return value
		markInvalid(param)
		return null
	}
	return {
		filters: {
			q: read('q', CaseloadSearchParamsSchema.q),
			stage: read('stage', CaseloadSearchParamsSchema.stage),
			coach: readCoach('coach'),
			supporter: readCoach('supporter'),
			activity: read('activity', CaseloadSearchParamsSchema.activity) ?? defaultCaseloadFilters.activity,
			stale: read('stale', CaseloadSearchParamsSchema.stale) === '1',
		},
		sort: {
			key: read('sort', CaseloadSearchParamsSchema.sort) ?? defaultCaseloadSort.key,
			direction: read('direction', CaseloadSearchParamsSchema.direction) ?? defaultCaseloadSort.direction,
		},
		invalid,
	}
}

/** The search params for filters and a sort order; defaults are left out, so URLs stay short. */
export function caseloadSearchParams(filters: CaseloadFilters, sort: CaseloadSort = defaultCaseloadSort) {
	const params = new URLSearchParams()
	if (filters.q) params.set(caseloadParams.q, filters.q)
	if (filters.stage) params.set(caseloadParams.stage, filters.stage)
	if (filters.coach) params.set(caseloadParams.coach, filters.coach)
	if (filters.supporter) params.set(caseloadParams.supporter, filters.supporter)
	if (filters.activity !== defaultCaseloadFilters.activity) params.set(caseloadParams.activity, filters.activity)
	if (filters.stale) params.set(caseloadParams.stale, '1')
	setSortParams(params, caseloadParams, sort, defaultCaseloadSort)
	return params
}

export function hasActiveCaseloadFilters(filters: CaseloadFilters) {
	return (
		filters.q !== null ||
		filters.stage !== null ||
		filters.coach !== null ||
		filters.supporter !== null ||
		filters.activity !== defaultCaseloadFilters.activity ||
		filters.stale
	)
}

/** Which of the absent coach's roles a hand-over moves: primary jobcoach, route supporter, or both. */
export const reassignRoles = ['primary', 'supporter', 'both'] as const
export type ReassignRole = (typeof reassignRoles)[number]
