// Sounding-board groups (klankbordgroep): a standing group of contacts with a purpose, whose sessions
// are network events. The coordinator keeps the members and the status (active / on hold) and sees
// when the group last met: keeping such a group alive was the hardest part of the research's network.
// Every query is scoped to the network, so another network's group id finds nothing.
import { now } from '#app/utils/clock.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import { mailBlockReason } from './contact-mail.ts'
import { mailContactSelect } from './contact-mail.server.ts'
import { isContactOrganization } from './contacts.server.ts'
import { topicView, topicWithAuthorSelect } from './group-topics.server.ts'
import { type GroupStatus, type NewGroupInput } from './group-schema.ts'

/** What the list and the page show of a group itself. */
const groupSelect = { id: true, name: true, purpose: true, status: true, statusChangedAt: true } as const

const sessionSelect = { id: true, groupId: true, title: true, startsAt: true, endsAt: true, status: true } as const
type Session = { id: string; groupId: string | null; title: string; startsAt: Date; endsAt: Date; status: string }

/** The latest session that took place and the first one still to come (cancelled ones do not count). */
function meetingDates(sessions: Session[], moment: Date) {
	const held = sessions.filter((session) => session.status !== 'CANCELLED')
	const past = held.filter((session) => session.startsAt <= moment)
	const upcoming = held.filter((session) => session.startsAt > moment)
	return {
		lastMetAt: past.at(-1)?.startsAt ?? null,
		nextSession: upcoming[0] ? { id: upcoming[0].id, title: upcoming[0].title, startsAt: upcoming[0].startsAt } : null,
	}
}

function asStatus(value: string): GroupStatus {
	return value === 'ON_HOLD' ? 'ON_HOLD' : 'ACTIVE'
}

/** The network's groups with their status, current members, when they last met and their next session. */
export async function listGroups(networkId: string) {
	const groups = await prisma.soundingBoardGroup.findMany({
		where: { organizationId: networkId },
		select: {
			...groupSelect,
			members: {
				where: { leftAt: null },
				select: { contactPerson: { select: { name: true } } },
				orderBy: { contactPerson: { name: 'asc' } },
			},
		},
		orderBy: { name: 'asc' },
	})
	const sessions = await prisma.networkEvent.findMany({
		where: { organizationId: networkId, groupId: { in: groups.map((group) => group.id) } },
		select: sessionSelect,
		orderBy: { startsAt: 'asc' },
	})
	const moment = now()
	return groups.map(({ members, status, ...group }) => ({
		...group,
		status: asStatus(status),
		memberNames: members.map((member) => member.contactPerson.name),
		...meetingDates(
			sessions.filter((session) => session.groupId === group.id),
			moment,
		),
	}))
}

/**
 * The group's id, name and status when it is this network's; null otherwise. Group actions use it,
 * and events for a session's group (`?groep=`, the form's groupId).
 */
export async function findGroup(networkId: string, groupId: string) {
	const group = await prisma.soundingBoardGroup.findFirst({
		where: { id: groupId, organizationId: networkId },
		select: { id: true, name: true, status: true },
	})
	return group ? { ...group, status: asStatus(group.status) } : null
}

/** Everything the group page shows: members (current and former), sessions and topics. */
export async function getGroup(networkId: string, groupId: string) {
	const group = await prisma.soundingBoardGroup.findFirst({
		where: { id: groupId, organizationId: networkId },
		select: {
			...groupSelect,
			createdAt: true,
			members: {
				select: {
					id: true,
					joinedAt: true,
					leftAt: true,
					contactPerson: {
						select: { ...mailContactSelect, jobTitle: true, organization: { select: { name: true } } },
					},
				},
				orderBy: { contactPerson: { name: 'asc' } },
			},
			events: { select: sessionSelect, orderBy: { startsAt: 'asc' } },
			topics: { select: { ...topicWithAuthorSelect, eventId: true }, orderBy: { createdAt: 'asc' } },
		},
	})
	if (!group) return null
	const moment = now()
	const members = group.members.map(({ contactPerson, ...member }) => ({
		...member,
		contactPersonId: contactPerson.id,
		name: contactPerson.name,
		jobTitle: contactPerson.jobTitle,
		organizationName: contactPerson.organization.name,
		/** Why the call for topics will not reach them, or null. */
		mailBlock: mailBlockReason(contactPerson, 'GROUP'),
	}))
	const topics = group.topics.map(topicView)
	const sessions = group.events.map((session) => ({
		...session,
		past: session.startsAt <= moment,
		cancelled: session.status === 'CANCELLED',
		topics: topics.filter((topic) => topic.eventId === session.id),
	}))
	return {
		id: group.id,
		name: group.name,
		purpose: group.purpose,
		status: asStatus(group.status),
		statusChangedAt: group.statusChangedAt,
		createdAt: group.createdAt,
		activeMembers: members.filter((member) => !member.leftAt),
		formerMembers: members.filter((member) => member.leftAt),
		sessions,
		openTopics: topics.filter((topic) => !topic.eventId),
		...meetingDates(group.events, moment),
	}
}
export type GroupDetail = NonNullable<Awaited<ReturnType<typeof getGroup>>>

export const UNKNOWN_CONTACT = 'contacts:validation.contactUnknown'

/** The ids among these that are contacts (of an employer or stakeholder). */
async function existingContactIds(contactPersonIds: string[]) {
	const contacts = await prisma.contactPerson.findMany({
		where: { id: { in: contactPersonIds }, organization: isContactOrganization },
		select: { id: true },
	})
	return new Set(contacts.map((contact) => contact.id))
}

export async function createGroup({
	networkId,
	actorId,
	values,
}: {
	networkId: string
	actorId: string
	values: NewGroupInput
}): Promise<{ ok: true; groupId: string } | { ok: false; fieldErrors: Record<string, string[]> }> {
	const memberIds = [...new Set(values.memberIds)]
	const known = await existingContactIds(memberIds)
	if (known.size !== memberIds.length) return { ok: false, fieldErrors: { memberIds: [UNKNOWN_CONTACT] } }
	const group = await prisma.soundingBoardGroup.create({
		data: {
			organizationId: networkId,
			name: values.name,
			purpose: values.purpose,
			createdById: actorId,
			members: { create: memberIds.map((contactPersonId) => ({ contactPersonId })) },
		},
		select: { id: true },
	})
	return { ok: true, groupId: group.id }
}

/** Adds a contact to the group; a former member comes back. False when there is no such contact. */
export async function addGroupMember(groupId: string, contactPersonId: string) {
	if (!(await existingContactIds([contactPersonId])).has(contactPersonId)) return false
	await prisma.groupMember.upsert({
		where: { groupId_contactPersonId: { groupId, contactPersonId } },
		create: { groupId, contactPersonId, joinedAt: now() },
		update: { leftAt: null, joinedAt: now() },
	})
	return true
}

/** The member leaves; the row stays so their topics keep their author. False when not a current member. */
export async function removeGroupMember(groupId: string, memberId: string) {
	const { count } = await prisma.groupMember.updateMany({
		where: { id: memberId, groupId, leftAt: null },
		data: { leftAt: now() },
	})
	return count === 1
}

/** Puts the group on hold or makes it active again, remembering since when. */
export async function setGroupStatus(groupId: string, status: GroupStatus) {
	await prisma.soundingBoardGroup.updateMany({
		where: { id: groupId, status: { not: status } },
		data: { status, statusChangedAt: now() },
	})
}
