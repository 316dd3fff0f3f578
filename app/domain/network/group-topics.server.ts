// OWNED BY THE CONTACTS-AND-GROUPS HELPER: stub with the agreed signatures; replace the bodies.
import { type prisma, type Prisma } from '#app/utils/db.server.ts'

type Client = Prisma.TransactionClient | typeof prisma

/** Puts the group's topics that are not on any agenda yet on this session's agenda. */
export async function attachOpenTopics(_client: Client, _groupId: string, _eventId: string): Promise<number> {
	return 0
}

export type EventTopic = {
	id: string
	kind: string
	title: string
	body: string | null
	memberName: string | null
	createdAt: Date
}

/** The topics on a session's agenda, oldest first. */
export async function listTopicsForEvent(_eventId: string): Promise<EventTopic[]> {
	return []
}
