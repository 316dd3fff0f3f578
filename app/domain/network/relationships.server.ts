// A network's relationships with employer organisations: stage, owner and next follow-up, the list
// with its filters, the follow-ups that are due and the employers that have gone quiet (with a
// suggested next step). Every employer organisation has a relationship with every network; one
// without a row is a prospect, and the row is made on the first write. All of it is scoped by the
// network: another coaching organisation never sees these stages, owners or follow-ups.
import { z } from 'zod'
import { amsterdamDate, calendarDay } from '#app/utils/amsterdam-time.ts'
import { prisma, type Prisma } from '#app/utils/db.server.ts'
import { getEnv } from '#app/utils/env.server.ts'
import { requireFromParams } from '#app/utils/params.ts'
import { listContactPersons } from '#app/domain/organizations/contact-persons.server.ts'
import { relationshipStages, type RelationshipStage } from './activity-options.ts'
import { listPledgesByEmployer } from './pledges.server.ts'
import {
	daysSince,
	isFollowUpDue,
	isGoneQuiet,
	isRelationshipStage,
	quietBefore,
	quietStages,
	suggestNextStep,
	type NextStep,
} from './relationship-rules.ts'
import {
	NO_OWNER,
	type RelationshipFormBounds,
	type RelationshipFilters,
	type RelationshipInput,
	type RelationshipSort,
	type RelationshipSortKey,
} from './relationship-schema.ts'

/** How many days without activity make an engaged employer or partner "gone quiet". */
export function getQuietDays() {
	return getEnv().GONE_QUIET_DAYS
}

const EmployerParamsSchema = z.object({ employerId: z.string().min(1).max(40) })

/** The employer organisation the route names; any other id (unknown, or not an employer) is a 404. */
export function requireRelationshipEmployer(params: unknown) {
	return requireFromParams(params, EmployerParamsSchema, ({ employerId }) =>
		prisma.organization.findFirst({
			where: { id: employerId, kind: 'EMPLOYER' },
			select: { id: true, name: true, town: true, sector: true },
		}),
	)
}

/** Who can own a relationship: the network's coordinators and jobcoaches, by name. */
export async function listNetworkMembers(networkId: string) {
	const memberships = await prisma.membership.findMany({
		where: { organizationId: networkId, role: { in: ['COORDINATOR', 'JOBCOACH'] } },
		select: { role: true, user: { select: { id: true, name: true } } },
		orderBy: [{ user: { name: 'asc' } }, { userId: 'asc' }],
	})
	return memberships.map((membership) => ({
		id: membership.user.id,
		name: membership.user.name,
		role: membership.role,
	}))
}

// --- One relationship --------------------------------------------------------------------------------

const relationshipSelect = {
	stage: true,
	nextFollowUpOn: true,
	followUpNote: true,
	lastActivityAt: true,
	owner: { select: { id: true, name: true } },
} satisfies Prisma.EmployerRelationshipSelect

type RelationshipRow = Prisma.EmployerRelationshipGetPayload<{ select: typeof relationshipSelect }>

export type RelationshipView = {
	stage: RelationshipStage
	owner: { id: string; name: string } | null
	/** yyyy-mm-dd */
	nextFollowUpOn: string | null
	followUpNote: string | null
	lastActivityAt: string | null
	followUpDue: boolean
	goneQuiet: boolean
	/** Whole days since the last activity; null when there never was one. */
	daysQuiet: number | null
}

function toRelationshipView(row: RelationshipRow | null, moment: Date): RelationshipView {
	const stage = row && isRelationshipStage(row.stage) ? row.stage : 'PROSPECT'
	const lastActivityAt = row?.lastActivityAt ?? null
	return {
		stage,
		owner: row?.owner ?? null,
		nextFollowUpOn: row?.nextFollowUpOn ? row.nextFollowUpOn.toISOString().slice(0, 10) : null,
		followUpNote: row?.followUpNote ?? null,
		lastActivityAt: lastActivityAt?.toISOString() ?? null,
		followUpDue: isFollowUpDue(row?.nextFollowUpOn ?? null, amsterdamDate(moment)),
		goneQuiet: isGoneQuiet({ stage, lastActivityAt }, moment, getQuietDays()),
		daysQuiet: daysSince(lastActivityAt, moment),
	}
}

const relationshipKey = (networkId: string, employerId: string) => ({
	networkId_employerId: { networkId, employerId },
})

/** The network's relationship with the employer (a prospect when there is no row yet), with its next step when quiet. */
export async function getRelationship(networkId: string, employerId: string, moment: Date) {
	const row = await prisma.employerRelationship.findUnique({
		where: relationshipKey(networkId, employerId),
		select: relationshipSelect,
	})
	const relationship = toRelationshipView(row, moment)
	const [nextStep] = relationship.goneQuiet
		? await suggestNextSteps(networkId, [{ employerId, stage: relationship.stage }], moment)
		: [null]
	return { ...relationship, nextStep: nextStep ?? null }
}

/**
 * The relationship page's data for its forms: the relationship, the employer's contact persons, the
 * network's members, and the bounds the forms are validated against (the same on both sides).
 */
export async function getRelationshipFormContext(networkId: string, employerId: string, moment: Date) {
	const [relationship, contacts, owners] = await Promise.all([
		getRelationship(networkId, employerId, moment),
		listContactPersons(employerId),
		listNetworkMembers(networkId),
	])
	const bounds: RelationshipFormBounds = {
		today: amsterdamDate(moment),
		contactPersonIds: contacts.map((contact) => contact.id),
		ownerIds: owners.map((owner) => owner.id),
		currentFollowUpOn: relationship.nextFollowUpOn,
	}
	return {
		relationship,
		contacts: contacts.map(({ id, name, jobTitle }) => ({ id, name, jobTitle })),
		owners: owners.map(({ id, name }) => ({ id, name })),
		bounds,
	}
}

/** A coordinator sets stage, owner and follow-up; the row is made when it is the first write. */
export async function updateRelationship({
	networkId,
	employerId,
	input,
}: {
	networkId: string
	employerId: string
	input: Omit<RelationshipInput, 'intent'>
}) {
	const data = {
		stage: input.stage,
		ownerId: input.ownerId || null,
		nextFollowUpOn: input.nextFollowUpOn ? calendarDay(input.nextFollowUpOn) : null,
		followUpNote: input.nextFollowUpOn ? input.followUpNote || null : null,
	}
	await prisma.employerRelationship.upsert({
		where: relationshipKey(networkId, employerId),
		create: { networkId, employerId, ...data },
		update: data,
	})
}

// --- Suggested next steps ----------------------------------------------------------------------------

/**
 * For each relationship, what to do next (see suggestNextStep), from pledges, open places and the next
 * meeting: three queries, however many relationships.
 */
async function suggestNextSteps(
	networkId: string,
	relationships: Array<{ employerId: string; stage: string }>,
	moment: Date,
): Promise<NextStep[]> {
	if (relationships.length === 0) return []
	const employerIds = relationships.map((relationship) => relationship.employerId)
	const [pledges, places, nextMeeting] = await Promise.all([
		listPledgesByEmployer(networkId, employerIds),
		prisma.place.findMany({
			where: { organizationId: { in: employerIds }, status: 'PUBLISHED' },
			select: { id: true, title: true, organizationId: true },
			orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
		}),
		prisma.networkEvent.findFirst({
			where: { organizationId: networkId, status: 'PLANNED', kind: 'EMPLOYER_MEETING', startsAt: { gt: moment } },
			orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
			select: { id: true, title: true, startsAt: true },
		}),
	])
	return relationships.map((relationship) =>
		suggestNextStep({
			stage: relationship.stage,
			openPledges: (pledges.get(relationship.employerId) ?? []).filter((pledge) => pledge.status !== 'FILLED'),
			openPlaces: places.filter((place) => place.organizationId === relationship.employerId),
			nextMeeting,
		}),
	)
}

// --- The start page's lists --------------------------------------------------------------------------

/** Follow-ups due today or earlier, the oldest first. */
export async function listFollowUpsDue(networkId: string, moment: Date) {
	const today = amsterdamDate(moment)
	const rows = await prisma.employerRelationship.findMany({
		where: { networkId, nextFollowUpOn: { lte: calendarDay(today) } },
		select: {
			nextFollowUpOn: true,
			followUpNote: true,
			owner: { select: { name: true } },
			employer: { select: { id: true, name: true } },
		},
		orderBy: [{ nextFollowUpOn: 'asc' }, { employer: { name: 'asc' } }],
	})
	return rows.flatMap(({ nextFollowUpOn, ...row }) =>
		nextFollowUpOn
			? [
					{
						employer: row.employer,
						ownerName: row.owner?.name ?? null,
						followUpNote: row.followUpNote,
						nextFollowUpOn: nextFollowUpOn.toISOString().slice(0, 10),
						overdue: nextFollowUpOn.toISOString().slice(0, 10) < today,
					},
				]
			: [],
	)
}

/** Engaged employers and partners without activity for the quiet period, the longest silent first, each with a next step. */
export async function listGoneQuiet(networkId: string, moment: Date) {
	const rows = await prisma.employerRelationship.findMany({
		where: {
			networkId,
			stage: { in: [...quietStages] },
			OR: [{ lastActivityAt: null }, { lastActivityAt: { lte: quietBefore(moment, getQuietDays()) } }],
		},
		select: {
			employerId: true,
			stage: true,
			lastActivityAt: true,
			owner: { select: { name: true } },
			employer: { select: { id: true, name: true } },
		},
		orderBy: [{ lastActivityAt: 'asc' }, { employer: { name: 'asc' } }],
	})
	const steps = await suggestNextSteps(networkId, rows, moment)
	return rows.map((row, index) => ({
		employer: row.employer,
		stage: isRelationshipStage(row.stage) ? row.stage : 'ENGAGED',
		ownerName: row.owner?.name ?? null,
		lastActivityAt: row.lastActivityAt?.toISOString() ?? null,
		daysQuiet: daysSince(row.lastActivityAt, moment),
		nextStep: steps[index] ?? ({ kind: 'CALL' } as NextStep),
	}))
}

// --- The relationships list --------------------------------------------------------------------------

export type RelationshipListRow = RelationshipView & {
	employer: { id: string; name: string; town: string | null; sector: string | null }
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true })
const byText = (a: string, b: string) => collator.compare(a, b)

/** An empty cell sorts last in both directions: it is never the most interesting one. */
function compareNullable(a: string | null, b: string | null, direction: number) {
	if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1
	return byText(a, b) * direction
}

const sorters: Record<RelationshipSortKey, (a: RelationshipListRow, b: RelationshipListRow, d: number) => number> = {
	name: (a, b, d) => byText(a.employer.name, b.employer.name) * d,
	stage: (a, b, d) => (relationshipStages.indexOf(a.stage) - relationshipStages.indexOf(b.stage)) * d,
	owner: (a, b, d) => compareNullable(a.owner?.name ?? null, b.owner?.name ?? null, d),
	lastActivity: (a, b, d) => compareNullable(a.lastActivityAt, b.lastActivityAt, d),
	nextFollowUp: (a, b, d) => compareNullable(a.nextFollowUpOn, b.nextFollowUpOn, d),
}

function folded(value: string) {
	return value
		.normalize('NFD')
		.replace(/\p{Diacritic}/gu, '')
		.toLocaleLowerCase('nl')
}

function matches(row: RelationshipListRow, filters: RelationshipFilters) {
	if (filters.q && !folded(row.employer.name).includes(folded(filters.q))) return false
	if (filters.stage && row.stage !== filters.stage) return false
	if (filters.owner === NO_OWNER && row.owner) return false
	if (filters.owner && filters.owner !== NO_OWNER && row.owner?.id !== filters.owner) return false
	if (filters.due && !row.followUpDue) return false
	if (filters.quiet && !row.goneQuiet) return false
	return true
}

/**
 * Every employer organisation with this network's relationship, filtered and sorted. Small enough to
 * filter in memory, which keeps the name search accent- and case-insensitive on every database.
 */
export async function listRelationships({
	networkId,
	filters,
	sort,
	moment,
}: {
	networkId: string
	filters: RelationshipFilters
	sort: RelationshipSort
	moment: Date
}): Promise<{ rows: RelationshipListRow[]; total: number }> {
	const employers = await prisma.organization.findMany({
		where: { kind: 'EMPLOYER' },
		select: {
			id: true,
			name: true,
			town: true,
			sector: true,
			employerRelationships: { where: { networkId }, select: relationshipSelect },
		},
	})
	const all = employers.map(({ employerRelationships, ...employer }) => ({
		employer,
		...toRelationshipView(employerRelationships[0] ?? null, moment),
	}))
	const direction = sort.direction === 'asc' ? 1 : -1
	const rows = all
		.filter((row) => matches(row, filters))
		.sort((a, b) => sorters[sort.key](a, b, direction) || byText(a.employer.name, b.employer.name))
	return { rows, total: all.length }
}
