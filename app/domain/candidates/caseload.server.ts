// The caseload: every candidate of a coaching organisation with stage, coaches and follow-up, as the
// jobcoaches' Excel sheet had it; filtered, sorted, exported (caseload-export.server.ts), and handed
// over in one action when a coach is away. Showing names is a view of identity, so every listing is
// access-logged.
import { audit } from '#app/utils/audit.server.ts'
import { now } from '#app/utils/clock.server.ts'
import { prisma, type Prisma } from '#app/utils/db.server.ts'
import { logCandidateAccess } from './access-log.server.ts'
import { candidateStages, isCandidateStage, type CandidateStage } from './candidate-options.ts'
import { staleBefore } from './candidate-profile.ts'
import {
	candidateDisplayName,
	getStaleAfterDays,
	isCoachOf,
	listCoaches,
	requireCandidateCoach,
} from './candidates.server.ts'
import {
	NO_COACH,
	parseCaseloadSearchParams,
	type CaseloadFilters,
	type CaseloadSort,
	type ReassignRole,
} from './caseload-filters.ts'

export type CaseloadRow = {
	id: string
	name: string
	code: string
	stage: CandidateStage
	primaryCoach: string | null
	routeSupporter: string | null
	active: boolean
	lastContactAt: string | null
	nextAction: string | null
	nextActionDate: string | null
	confirmedAt: string
	stale: boolean
}

function coachWhere(value: string | null) {
	if (value === null) return undefined
	return value === NO_COACH ? null : value
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true })

/** null sorts last in both directions: an empty cell is never the most interesting one. */
function compareNullable<T>(a: T | null, b: T | null, compare: (a: T, b: T) => number, direction: number) {
	if (a === null && b === null) return 0
	if (a === null) return 1
	if (b === null) return -1
	return compare(a, b) * direction
}

const byText = (a: string, b: string) => collator.compare(a, b)

const sorters: Record<CaseloadSort['key'], (a: CaseloadRow, b: CaseloadRow, direction: number) => number> = {
	name: (a, b, d) => byText(a.name, b.name) * d,
	stage: (a, b, d) => (candidateStages.indexOf(a.stage) - candidateStages.indexOf(b.stage)) * d,
	primaryCoach: (a, b, d) => compareNullable(a.primaryCoach, b.primaryCoach, byText, d),
	routeSupporter: (a, b, d) => compareNullable(a.routeSupporter, b.routeSupporter, byText, d),
	activity: (a, b, d) => (Number(b.active) - Number(a.active)) * d,
	lastContact: (a, b, d) => compareNullable(a.lastContactAt, b.lastContactAt, byText, d),
	nextAction: (a, b, d) => compareNullable(a.nextActionDate, b.nextActionDate, byText, d),
	confirmed: (a, b, d) => byText(a.confirmedAt, b.confirmedAt) * d,
}

/**
 * The organisation's caseload with the filters and sort applied (erased candidates never appear).
 * Small enough per organisation to sort in memory, which keeps name search and sorting by name
 * accent- and case-insensitive on SQLite and PostgreSQL alike.
 */
export async function listCaseload({
	organizationId,
	viewerId,
	filters,
	sort,
}: {
	organizationId: string
	viewerId: string
	filters: CaseloadFilters
	sort: CaseloadSort
}): Promise<CaseloadRow[]> {
	const moment = now()
	const staleMoment = staleBefore(moment, getStaleAfterDays())
	const where: Prisma.CandidateWhereInput = {
		organizationId,
		erasedAt: null,
		stage: filters.stage ?? undefined,
		primaryCoachId: coachWhere(filters.coach),
		routeSupporterId: coachWhere(filters.supporter),
		active: filters.activity === 'all' ? undefined : filters.activity === 'active',
		confirmedAt: filters.stale ? { lt: staleMoment } : undefined,
	}
	const candidates = await prisma.candidate.findMany({
		where,
		select: {
			id: true,
			code: true,
			firstName: true,
			lastName: true,
			stage: true,
			active: true,
			lastContactAt: true,
			nextAction: true,
			nextActionDate: true,
			confirmedAt: true,
			primaryCoach: { select: { name: true } },
			routeSupporter: { select: { name: true } },
		},
	})
	const query = filters.q ? filters.q.toLocaleLowerCase('nl') : null
	const rows = candidates
		.map((candidate): CaseloadRow => ({
			id: candidate.id,
			name: candidateDisplayName(candidate),
			code: candidate.code,
			stage: isCandidateStage(candidate.stage) ? candidate.stage : 'ORIENTING',
			primaryCoach: candidate.primaryCoach?.name ?? null,
			routeSupporter: candidate.routeSupporter?.name ?? null,
			active: candidate.active,
			lastContactAt: candidate.lastContactAt?.toISOString() ?? null,
			nextAction: candidate.nextAction,
			nextActionDate: candidate.nextActionDate?.toISOString() ?? null,
			confirmedAt: candidate.confirmedAt.toISOString(),
			stale: candidate.confirmedAt < staleMoment,
		}))
		.filter((row) => !query || matchesQuery(row, query))
	const direction = sort.direction === 'asc' ? 1 : -1
	rows.sort((a, b) => sorters[sort.key](a, b, direction) || byText(a.name, b.name))
	await logCandidateAccess(
		viewerId,
		rows.map((row) => row.id),
		'CASELOAD',
	)
	return rows
}

function matchesQuery(row: CaseloadRow, query: string) {
	const folded = (value: string) =>
		value
			.normalize('NFD')
			.replace(/\p{Diacritic}/gu, '')
			.toLocaleLowerCase('nl')
	const needle = folded(query)
	return folded(row.name).includes(needle) || folded(row.code).includes(needle)
}

/**
 * The caseload as the request's URL asks for it (filters and sort, bad values ignored and named):
 * the page and its export read it the same way, so the file is exactly what the screen shows.
 */
export async function readCaseload(request: Request) {
	const { user, organizationId } = await requireCandidateCoach(request)
	const coaches = await listCoaches(organizationId)
	const { filters, sort, invalid } = parseCaseloadSearchParams(new URL(request.url).searchParams, {
		coachIds: coaches.map((coach) => coach.id),
	})
	const rows = await listCaseload({ organizationId, viewerId: user.id, filters, sort })
	return { user, organizationId, coaches, filters, sort, invalid, rows }
}

// --- Handing over a caseload ---------------------------------------------------------------------

type ReassignInput = {
	organizationId: string
	fromCoachId: string
	toCoachId: string
	role: ReassignRole
	onlyActive: boolean
}

function reassignWhere({ organizationId, fromCoachId, onlyActive }: ReassignInput, field: 'primary' | 'supporter') {
	return {
		organizationId,
		erasedAt: null,
		active: onlyActive ? true : undefined,
		...(field === 'primary' ? { primaryCoachId: fromCoachId } : { routeSupporterId: fromCoachId }),
	} satisfies Prisma.CandidateWhereInput
}

const movesPrimary = (role: ReassignRole) => role !== 'supporter'
const movesSupporter = (role: ReassignRole) => role !== 'primary'

export type ReassignProblem = 'same-coach' | 'unknown-coach'

async function checkReassign(input: ReassignInput): Promise<ReassignProblem | null> {
	if (input.fromCoachId === input.toCoachId) return 'same-coach'
	// The absent coach may already be disabled: membership is enough to hand their candidates over.
	const [fromMember, to] = await Promise.all([
		prisma.membership.count({
			where: { organizationId: input.organizationId, userId: input.fromCoachId, role: 'JOBCOACH' },
		}),
		isCoachOf(input.organizationId, input.toCoachId),
	])
	return fromMember > 0 && to ? null : 'unknown-coach'
}

/** How many candidates a hand-over would move, per role. */
export async function previewReassign(input: ReassignInput) {
	const problem = await checkReassign(input)
	if (problem) return { ok: false as const, problem }
	const [primary, supporter] = await Promise.all([
		movesPrimary(input.role) ? prisma.candidate.count({ where: reassignWhere(input, 'primary') }) : 0,
		movesSupporter(input.role) ? prisma.candidate.count({ where: reassignWhere(input, 'supporter') }) : 0,
	])
	return { ok: true as const, primary, supporter }
}

/** Moves the absent coach's candidates to another coach, all in one transaction. */
export async function reassignCaseload(input: ReassignInput & { actorId: string }) {
	const problem = await checkReassign(input)
	if (problem) return { ok: false as const, problem }
	const [primary, supporter] = await prisma.$transaction([
		prisma.candidate.updateMany({
			where: movesPrimary(input.role) ? reassignWhere(input, 'primary') : { id: { in: [] } },
			data: { primaryCoachId: input.toCoachId },
		}),
		prisma.candidate.updateMany({
			where: movesSupporter(input.role) ? reassignWhere(input, 'supporter') : { id: { in: [] } },
			data: { routeSupporterId: input.toCoachId },
		}),
	])
	await audit('caseload.reassigned', {
		actorId: input.actorId,
		entityType: 'Organization',
		entityId: input.organizationId,
		details: {
			fromCoachId: input.fromCoachId,
			toCoachId: input.toCoachId,
			role: input.role,
			onlyActive: input.onlyActive,
			primary: primary.count,
			supporter: supporter.count,
		},
	})
	return { ok: true as const, primary: primary.count, supporter: supporter.count }
}
