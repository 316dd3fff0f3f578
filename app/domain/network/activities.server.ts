// The employer's timeline. Every entry goes through recordActivity, which keeps the relationship row
// (and its lastActivityAt, used for "gone quiet") in step, in the caller's transaction. People log
// calls, visits and the like with logActivity; proposals, placements and event attendance record
// themselves. Everything is read per network: another coaching organisation never sees these entries.
import { amsterdamDate, calendarDay } from '#app/utils/amsterdam-time.ts'
import { hasPermission, type SessionUser } from '#app/utils/auth.server.ts'
import { prisma, type Prisma } from '#app/utils/db.server.ts'
import { activityKinds, contactKinds, type ActivityKind } from './activity-options.ts'
import { activityMoment, followUpAfterLog } from './relationship-rules.ts'
import { type LogActivityInput } from './relationship-schema.ts'

type Client = Prisma.TransactionClient | typeof prisma

export type ActivityInput = {
	networkId: string
	employerId: string
	kind: ActivityKind
	occurredAt: Date
	summary?: string | null
	actorId?: string | null
	contactPersonId?: string | null
	eventId?: string | null
	proposalId?: string | null
	placementId?: string | null
	/** For automatic entries: the fact recorded ("proposal:<id>"); recording it again changes nothing. */
	sourceKey?: string | null
}

export async function recordActivity(client: Client, input: ActivityInput) {
	if (input.sourceKey) {
		const existing = await client.relationshipActivity.findUnique({ where: { sourceKey: input.sourceKey } })
		if (existing) return existing
	}
	const activity = await client.relationshipActivity.create({
		data: {
			networkId: input.networkId,
			employerId: input.employerId,
			kind: input.kind,
			occurredAt: input.occurredAt,
			summary: input.summary ?? null,
			actorId: input.actorId ?? null,
			contactPersonId: input.contactPersonId ?? null,
			eventId: input.eventId ?? null,
			proposalId: input.proposalId ?? null,
			placementId: input.placementId ?? null,
			sourceKey: input.sourceKey ?? null,
		},
	})
	const isContact = contactKinds.includes(input.kind)
	const relationship = await client.employerRelationship.upsert({
		where: { networkId_employerId: { networkId: input.networkId, employerId: input.employerId } },
		create: {
			networkId: input.networkId,
			employerId: input.employerId,
			stage: isContact ? 'CONTACTED' : 'PROSPECT',
			lastActivityAt: input.occurredAt,
		},
		update: {},
	})
	const later = !relationship.lastActivityAt || relationship.lastActivityAt < input.occurredAt
	const promote = isContact && relationship.stage === 'PROSPECT'
	if (later || promote) {
		await client.employerRelationship.update({
			where: { id: relationship.id },
			data: {
				...(later ? { lastActivityAt: input.occurredAt } : {}),
				...(promote ? { stage: 'CONTACTED' } : {}),
			},
		})
	}
	return activity
}

// --- Logging by hand --------------------------------------------------------------------------------

/**
 * A call, visit, email, meeting or note logged by a coordinator or jobcoach, with the follow-up it
 * leaves (see followUpAfterLog), in one transaction. The contact person was checked by the schema.
 */
export async function logActivity({
	networkId,
	employerId,
	actorId,
	input,
	moment,
}: {
	networkId: string
	employerId: string
	actorId: string
	input: Omit<LogActivityInput, 'intent'>
	moment: Date
}) {
	const key = { networkId_employerId: { networkId, employerId } }
	return prisma.$transaction(async (tx) => {
		const current = await tx.employerRelationship.findUnique({
			where: key,
			select: { nextFollowUpOn: true, followUpNote: true },
		})
		const activity = await recordActivity(tx, {
			networkId,
			employerId,
			kind: input.kind,
			occurredAt: activityMoment(input.occurredOn, moment),
			summary: input.summary || null,
			actorId,
			contactPersonId: input.contactPersonId || null,
		})
		const followUp = followUpAfterLog({
			kind: input.kind,
			current,
			next: { nextFollowUpOn: input.nextFollowUpOn ?? null, followUpNote: input.followUpNote || null },
			today: amsterdamDate(moment),
		})
		if (followUp) {
			await tx.employerRelationship.update({
				where: key,
				data: {
					nextFollowUpOn: followUp.nextFollowUpOn ? calendarDay(followUp.nextFollowUpOn) : null,
					followUpNote: followUp.followUpNote,
				},
			})
		}
		return activity
	})
}

// --- Reading the timeline ---------------------------------------------------------------------------

/** Which linked pages the viewer may open; the others are named in plain text. */
export type TimelineLinks = { events: boolean; proposals: boolean; placements: boolean }

export type TimelineEntry = {
	id: string
	kind: ActivityKind
	occurredAt: string
	employer: { id: string; name: string }
	actorName: string | null
	contactPersonName: string | null
	summary: string | null
	event: { title: string; href: string | null } | null
	/** A proposal or placement names its place, never its candidate. */
	proposal: { placeTitle: string; href: string | null } | null
	placement: { placeTitle: string; href: string | null } | null
}

const timelineSelect = {
	id: true,
	kind: true,
	occurredAt: true,
	summary: true,
	proposalId: true,
	placementId: true,
	employer: { select: { id: true, name: true } },
	actor: { select: { name: true } },
	contactPerson: { select: { name: true } },
	event: { select: { id: true, title: true } },
} satisfies Prisma.RelationshipActivitySelect

type TimelineRow = Prisma.RelationshipActivityGetPayload<{ select: typeof timelineSelect }>

/** The place titles of the network's own proposals and placements the rows refer to. */
async function placeTitles(networkId: string, rows: TimelineRow[]) {
	const proposalIds = rows.flatMap((row) => (row.proposalId ? [row.proposalId] : []))
	const placementIds = rows.flatMap((row) => (row.placementId ? [row.placementId] : []))
	const [proposals, placements] = await Promise.all([
		proposalIds.length
			? prisma.proposal.findMany({
					where: { id: { in: proposalIds }, coachingOrganizationId: networkId },
					select: { id: true, place: { select: { title: true } } },
				})
			: [],
		placementIds.length
			? prisma.placement.findMany({
					where: { id: { in: placementIds }, coachingOrganizationId: networkId },
					select: { id: true, place: { select: { title: true } } },
				})
			: [],
	])
	return {
		proposals: new Map(proposals.map((proposal) => [proposal.id, proposal.place.title])),
		placements: new Map(placements.map((placement) => [placement.id, placement.place.title])),
	}
}

async function toTimelineEntries(networkId: string, rows: TimelineRow[], links: TimelineLinks) {
	const titles = await placeTitles(networkId, rows)
	return rows.map((row): TimelineEntry => {
		const proposalTitle = row.proposalId ? titles.proposals.get(row.proposalId) : undefined
		const placementTitle = row.placementId ? titles.placements.get(row.placementId) : undefined
		return {
			id: row.id,
			kind: (activityKinds as readonly string[]).includes(row.kind) ? (row.kind as ActivityKind) : 'NOTE',
			occurredAt: row.occurredAt.toISOString(),
			employer: row.employer,
			actorName: row.actor?.name ?? null,
			contactPersonName: row.contactPerson?.name ?? null,
			summary: row.summary,
			event: row.event
				? { title: row.event.title, href: links.events ? `/netwerk/bijeenkomsten/${row.event.id}` : null }
				: null,
			proposal:
				row.proposalId && proposalTitle !== undefined
					? { placeTitle: proposalTitle, href: links.proposals ? `/jobcoach/voorstellen/${row.proposalId}` : null }
					: null,
			placement:
				row.placementId && placementTitle !== undefined
					? {
							placeTitle: placementTitle,
							href: links.placements ? `/jobcoach/plaatsingen/${row.placementId}` : null,
						}
					: null,
		}
	})
}

const newestFirst = [{ occurredAt: 'desc' }, { createdAt: 'desc' }, { id: 'desc' }] as const

/** One employer's timeline in this network, newest first. */
export async function listTimeline(networkId: string, employerId: string, links: TimelineLinks) {
	const rows = await prisma.relationshipActivity.findMany({
		where: { networkId, employerId },
		select: timelineSelect,
		orderBy: [...newestFirst],
	})
	return toTimelineEntries(networkId, rows, links)
}

/** The network's latest activities across all employers, for the start page. */
export async function listRecentActivities(networkId: string, links: TimelineLinks, take = 10) {
	const rows = await prisma.relationshipActivity.findMany({
		where: { networkId },
		select: timelineSelect,
		orderBy: [...newestFirst],
		take,
	})
	return toTimelineEntries(networkId, rows, links)
}

/** The timeline's links for this viewer: events for coordinators, proposals and placements for the network's jobcoaches. */
export function timelineLinksFor(user: Pick<SessionUser, 'role' | 'memberships'>, networkId: string): TimelineLinks {
	return {
		events: hasPermission(user, 'read:network', networkId),
		proposals: hasPermission(user, 'read:proposal', networkId),
		placements: hasPermission(user, 'read:placement', networkId),
	}
}
