// The employer's timeline. Every entry goes through recordActivity, which keeps the relationship row
// (and its lastActivityAt, used for "gone quiet") in step, in the caller's transaction.
import { type prisma, type Prisma } from '#app/utils/db.server.ts'
import { contactKinds, type ActivityKind } from './activity-options.ts'

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
