// Places an employer pledges at a meeting, tracked until a place is posted for it and filled.
import { prisma } from '#app/utils/db.server.ts'

export type PledgeStatus = 'PLEDGED' | 'POSTED' | 'FILLED'

export type PledgeSummary = {
	id: string
	description: string
	spots: number
	placeType: string | null
	event: { id: string; title: string; startsAt: Date } | null
	place: { id: string; title: string; status: string } | null
	/** PLEDGED until a place is linked, POSTED while it is open, FILLED once the place is filled. */
	status: PledgeStatus
	createdAt: Date
}

/** How far a pledge has come, from the place linked to it. */
export function pledgeStatus(place: { status: string } | null): PledgeStatus {
	if (!place) return 'PLEDGED'
	return place.status === 'FILLED' ? 'FILLED' : 'POSTED'
}

/** The places of an employer a pledge can be linked to: posted ones (a draft is not posted yet). */
export const linkablePlaceStatuses = ['PUBLISHED', 'PAUSED', 'FILLED', 'CLOSED']

const pledgeSelect = {
	id: true,
	description: true,
	spots: true,
	placeType: true,
	createdAt: true,
	employerId: true,
	event: { select: { id: true, title: true, startsAt: true } },
	place: { select: { id: true, title: true, status: true } },
} as const

function summarize<Pledge extends { place: { status: string } | null }>(pledge: Pledge) {
	return { ...pledge, status: pledgeStatus(pledge.place) }
}

/** One employer's pledges in this network, newest first. */
export async function listPledgesForEmployer(networkId: string, employerId: string): Promise<PledgeSummary[]> {
	return (await listPledgesByEmployer(networkId, [employerId])).get(employerId) ?? []
}

/**
 * The pledges of these employers in this network, newest first, by employer (one query for a whole
 * list of employers). An employer without pledges has no entry.
 */
export async function listPledgesByEmployer(
	networkId: string,
	employerIds: string[],
): Promise<Map<string, PledgeSummary[]>> {
	const byEmployer = new Map<string, PledgeSummary[]>()
	if (employerIds.length === 0) return byEmployer
	const pledges = await prisma.placePledge.findMany({
		where: { networkId, employerId: { in: employerIds } },
		orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
		select: pledgeSelect,
	})
	for (const { employerId, ...pledge } of pledges) {
		byEmployer.set(employerId, [...(byEmployer.get(employerId) ?? []), summarize(pledge)])
	}
	return byEmployer
}

/** The pledges made at an event, with the employer and the places each could be linked to. */
export async function listPledgesForEvent(networkId: string, eventId: string) {
	const pledges = await prisma.placePledge.findMany({
		where: { networkId, eventId },
		orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
		select: {
			...pledgeSelect,
			employer: {
				select: {
					name: true,
					places: {
						where: { status: { in: linkablePlaceStatuses } },
						orderBy: { createdAt: 'desc' },
						select: { id: true, title: true, status: true },
					},
				},
			},
		},
	})
	return pledges.map(summarize)
}

export type PledgeInput = { description: string; placeType?: string; spots: number }

export async function addPledge({
	networkId,
	eventId,
	employerId,
	actorId,
	input,
}: {
	networkId: string
	eventId: string
	employerId: string
	actorId: string
	input: PledgeInput
}) {
	return prisma.placePledge.create({
		data: {
			networkId,
			eventId,
			employerId,
			description: input.description,
			placeType: input.placeType ?? null,
			spots: input.spots,
			recordedById: actorId,
		},
		select: { id: true },
	})
}

/** Links the pledge to one of its employer's posted places, or unlinks it (no place); false when not allowed. */
export async function linkPledge({
	networkId,
	pledgeId,
	placeId,
}: {
	networkId: string
	pledgeId: string
	placeId: string | null
}) {
	const pledge = await prisma.placePledge.findFirst({
		where: { id: pledgeId, networkId },
		select: { employerId: true },
	})
	if (!pledge) return false
	if (placeId) {
		const place = await prisma.place.findFirst({
			where: { id: placeId, organizationId: pledge.employerId, status: { in: linkablePlaceStatuses } },
			select: { id: true },
		})
		if (!place) return false
	}
	await prisma.placePledge.update({ where: { id: pledgeId }, data: { placeId } })
	return true
}

export async function removePledge({ networkId, pledgeId }: { networkId: string; pledgeId: string }) {
	const { count } = await prisma.placePledge.deleteMany({ where: { id: pledgeId, networkId } })
	return count === 1
}
