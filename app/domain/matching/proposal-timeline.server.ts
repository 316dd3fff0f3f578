// The proposal's timeline: every step with who and when. Written in the same transaction as the step.
import { type Prisma } from '#app/utils/db.server.ts'

export const proposalEventKinds = [
	'PROPOSED',
	'ACCEPTED',
	'DECLINED',
	'IDENTITY_SHARED',
	'IDENTITY_WITHDRAWN',
	'INTRO_PLANNED',
	'PLACED',
	'NOT_PLACED',
	'WITHDRAWN',
] as const
export type ProposalEventKind = (typeof proposalEventKinds)[number]

export function addProposalEvent(
	tx: Pick<Prisma.TransactionClient, 'proposalEvent'>,
	event: { proposalId: string; kind: ProposalEventKind; actorId: string | null; note?: string | null },
) {
	return tx.proposalEvent.create({
		data: { proposalId: event.proposalId, kind: event.kind, actorId: event.actorId, note: event.note ?? null },
	})
}
