// The forms and filters of employer relationships: logging an activity, changing a relationship,
// the weekly contact target, and the relationships list's URL params. One Zod schema per form, each
// with its own `intent`, for the browser (Conform) and the action. Client-safe: no server imports.
// What a field may refer to (the employer's contact persons, the network's members) is passed in
// by the server, so "a contact of another employer" is a field error like any other.
import { z } from 'zod'
import { isCalendarDate } from '#app/domain/places/place-schema.ts'
import { type ListSort, searchParamReader, setSortParams, sortDirections } from '#app/utils/list-params.ts'
import { loggableActivityKinds, relationshipStages, type RelationshipStage } from './activity-options.ts'
import { WEEKLY_TARGET_MAX } from './relationship-rules.ts'

export const ACTIVITY_SUMMARY_MAX = 2000
export const FOLLOW_UP_NOTE_MAX = 300

const optionalText = (max: number) => z.string().trim().max(max).optional()

/** An optional id that must be one of `allowed`. */
const optionalIdOf = (allowed: readonly string[], message: string) =>
	z
		.string()
		.trim()
		.max(40)
		.optional()
		.refine((value) => value === undefined || allowed.includes(value), message)

/** A calendar date that exists, within [min, max] when given; `keep` may stay even outside them. */
function calendarDate({ min, max, keep }: { min?: string; max?: string; keep?: string | null }) {
	const within = (value: string, test: (value: string) => boolean) =>
		!isCalendarDate(value) || value === keep || test(value)
	return z
		.string({ required_error: 'errors:validation.required' })
		.trim()
		.min(1)
		.refine(isCalendarDate, 'relationships:errors.dateInvalid')
		.refine((value) => !max || within(value, (day) => day <= max), 'relationships:errors.dateInFuture')
		.refine((value) => !min || within(value, (day) => day >= min), 'relationships:errors.dateInPast')
}

/** The next follow-up: a day from today on (or the one it already has, even when overdue), or nothing. */
const followUpFields = (today: string, current?: string | null) => ({
	nextFollowUpOn: calendarDate({ min: today, keep: current }).optional(),
	followUpNote: optionalText(FOLLOW_UP_NOTE_MAX),
})

export const relationshipIntents = ['log', 'relationship'] as const
export type RelationshipIntent = (typeof relationshipIntents)[number]

/** An activity logged by hand: what, when (not in the future), with whom at the employer, and what was said. */
export function createLogActivitySchema({ today, contactPersonIds }: { today: string; contactPersonIds: string[] }) {
	return z.object({
		intent: z.literal('log'),
		kind: z.enum(loggableActivityKinds, { required_error: 'relationships:errors.kindRequired' }),
		occurredOn: calendarDate({ max: today }),
		contactPersonId: optionalIdOf(contactPersonIds, 'relationships:errors.contactNotOfEmployer'),
		summary: optionalText(ACTIVITY_SUMMARY_MAX),
		...followUpFields(today),
	})
}
export type LogActivityInput = z.infer<ReturnType<typeof createLogActivitySchema>>

/** The coordinator's part: stage, owner (a member of the network) and the next follow-up. */
export function createRelationshipSchema({
	today,
	ownerIds,
	currentFollowUpOn,
}: {
	today: string
	ownerIds: string[]
	currentFollowUpOn?: string | null
}) {
	return z.object({
		intent: z.literal('relationship'),
		stage: z.enum(relationshipStages),
		ownerId: optionalIdOf(ownerIds, 'relationships:errors.ownerNotMember'),
		...followUpFields(today, currentFollowUpOn),
	})
}
export type RelationshipInput = z.infer<ReturnType<typeof createRelationshipSchema>>

export type RelationshipFormBounds = {
	today: string
	contactPersonIds: string[]
	ownerIds: string[]
	/** The relationship's follow-up day now; saving the form unchanged keeps it, however overdue. */
	currentFollowUpOn?: string | null
}

/**
 * Every form of the relationship page; the action parses with this and dispatches on `intent`. A
 * follow-up note needs its day: a note without one would be a reminder that never comes up.
 */
export function createRelationshipActionSchema(bounds: RelationshipFormBounds) {
	return z
		.discriminatedUnion('intent', [createLogActivitySchema(bounds), createRelationshipSchema(bounds)])
		.superRefine((value, context) => {
			if (value.followUpNote && !value.nextFollowUpOn) {
				context.addIssue({
					code: 'custom',
					path: ['nextFollowUpOn'],
					message: 'relationships:errors.followUpDateMissing',
				})
			}
		})
}
export type RelationshipActionInput = z.infer<ReturnType<typeof createRelationshipActionSchema>>

/** A person's own weekly target of employer contacts. */
export const WeeklyTargetSchema = z.object({
	intent: z.literal('weekly-target'),
	weeklyContactTarget: z
		.number({ required_error: 'errors:validation.required', invalid_type_error: 'relationships:errors.targetRange' })
		.int('relationships:errors.targetRange')
		.min(0, 'relationships:errors.targetRange')
		.max(WEEKLY_TARGET_MAX, 'relationships:errors.targetRange'),
})

// --- The relationships list's filters and sort order -------------------------------------------------

/** The names in the URL, Dutch like the paths: /netwerk/relaties?fase=ENGAGED&stil=1 */
export const relationshipListParams = {
	q: 'zoek',
	stage: 'fase',
	owner: 'eigenaar',
	due: 'opvolgen',
	quiet: 'stil',
	sort: 'sorteer',
	direction: 'richting',
} as const
export type RelationshipListParam = keyof typeof relationshipListParams

/** The owner filter also takes "nobody": relationships without an owner. */
export const NO_OWNER = 'none'

export const relationshipSortKeys = ['name', 'stage', 'owner', 'lastActivity', 'nextFollowUp'] as const
export type RelationshipSortKey = (typeof relationshipSortKeys)[number]
export type RelationshipSort = ListSort<RelationshipSortKey>

export type RelationshipFilters = {
	q: string | null
	stage: RelationshipStage | null
	/** A member's user id, NO_OWNER, or null for everyone. */
	owner: string | null
	due: boolean
	quiet: boolean
}

export const defaultRelationshipFilters: RelationshipFilters = {
	q: null,
	stage: null,
	owner: null,
	due: false,
	quiet: false,
}
export const defaultRelationshipSort: RelationshipSort = { key: 'name', direction: 'asc' }

const flag = z.enum(['1'])
const paramSchemas = {
	q: z.string().trim().min(1).max(100),
	stage: z.enum(relationshipStages),
	owner: z.string().trim().min(1).max(40),
	due: flag,
	quiet: flag,
	sort: z.enum(relationshipSortKeys),
	direction: z.enum(sortDirections),
} satisfies Record<RelationshipListParam, z.ZodTypeAny>

export type ParsedRelationshipSearch = {
	filters: RelationshipFilters
	sort: RelationshipSort
	/** Params whose value was not understood and is ignored (the page says so). */
	invalid: RelationshipListParam[]
}

/**
 * Reads the list's filters from the URL. Each param stands alone: a tampered one falls back to its
 * default without losing the others. `ownerIds` are the network's members; any other owner is ignored.
 */
export function parseRelationshipSearchParams(
	searchParams: URLSearchParams,
	{ ownerIds }: { ownerIds: readonly string[] },
): ParsedRelationshipSearch {
	const { read: readParam, markInvalid, invalid } = searchParamReader(searchParams, relationshipListParams)
	const read = <Param extends RelationshipListParam>(param: Param) =>
		readParam<z.infer<(typeof paramSchemas)[Param]>>(param, paramSchemas[param])
	let owner = read('owner')
	if (owner !== null && owner !== NO_OWNER && !ownerIds.includes(owner)) {
		markInvalid('owner')
		owner = null
	}
	return {
		filters: {
			q: read('q'),
			stage: read('stage'),
			owner,
			due: read('due') === '1',
			quiet: read('quiet') === '1',
		},
		sort: {
			key: read('sort') ?? defaultRelationshipSort.key,
			direction: read('direction') ?? defaultRelationshipSort.direction,
		},
		invalid,
	}
}

/** The search params for filters and a sort order; defaults are left out, so URLs stay short. */
export function relationshipSearchParams(
	filters: RelationshipFilters,
	sort: RelationshipSort = defaultRelationshipSort,
) {
	const params = new URLSearchParams()
	if (filters.q) params.set(relationshipListParams.q, filters.q)
	if (filters.stage) params.set(relationshipListParams.stage, filters.stage)
	if (filters.owner) params.set(relationshipListParams.owner, filters.owner)
	if (filters.due) params.set(relationshipListParams.due, '1')
	if (filters.quiet) params.set(relationshipListParams.quiet, '1')
	setSortParams(params, relationshipListParams, sort, defaultRelationshipSort)
	return params
}

export function hasRelationshipFilters(filters: RelationshipFilters) {
	return Object.entries(filters).some(
		([key, value]) => value !== defaultRelationshipFilters[key as keyof RelationshipFilters],
	)
}
