// Topics for a sounding-board group's sessions: members bring in a challenge or an experience through
// their personal link (no login), and those topics build the next session's agenda. A topic sent while
// a session is planned goes straight onto it; otherwise it waits until one is planned (attachOpenTopics).
import { createElement } from 'react'
import GroupTopicsRequestEmail, { groupTopicsRequestSubject } from '#emails/group-topics-request.tsx'
import { amsterdamDate } from '#app/utils/amsterdam-time.ts'
import { now } from '#app/utils/clock.server.ts'
import { prisma, type Prisma } from '#app/utils/db.server.ts'
import { getEnv } from '#app/utils/env.server.ts'
import { defaultLocale } from '#app/utils/i18n.ts'
import { createLinkToken } from '#app/utils/link-tokens.server.ts'
import { type MailBlock } from './contact-mail.ts'
import { mailContactSelect, readContactLink, sendContactMail, type ContactLinkProblem } from './contact-mail.server.ts'
import { type TopicInput, type TopicKind } from './group-schema.ts'

type Client = Prisma.TransactionClient | typeof prisma

const TOPIC_LINK_DAYS = 60

/** Puts the group's topics that are not on any agenda yet on this session's agenda. */
export async function attachOpenTopics(client: Client, groupId: string, eventId: string): Promise<number> {
	const { count } = await client.groupTopic.updateMany({ where: { groupId, eventId: null }, data: { eventId } })
	return count
}

/** Takes a cancelled session's topics off its agenda: open again, they go onto the next session. */
export async function releaseTopics(client: Client, eventId: string): Promise<number> {
	const { count } = await client.groupTopic.updateMany({ where: { eventId }, data: { eventId: null } })
	return count
}

/** What every list of topics shows of one; `topicWithAuthorSelect` adds who brought it in (see `topicView`). */
const topicSelect = { id: true, kind: true, title: true, body: true, createdAt: true } as const
export const topicWithAuthorSelect = {
	...topicSelect,
	member: { select: { contactPerson: { select: { name: true } } } },
} as const

/** A selected topic with its kind typed and its author's name (null when there is no member). */
export function topicView<Topic extends { kind: string; member?: { contactPerson: { name: string } } | null }>({
	member,
	kind,
	...topic
}: Topic) {
	return { ...topic, kind: kind as TopicKind, memberName: member?.contactPerson.name ?? null }
}

/** The topics on a session's agenda, oldest first. */
export async function listTopicsForEvent(eventId: string) {
	const topics = await prisma.groupTopic.findMany({
		where: { eventId },
		select: topicWithAuthorSelect,
		orderBy: { createdAt: 'asc' },
	})
	return topics.map(topicView)
}

/** The group's first planned session still to come, or null. */
function findNextSession(groupId: string) {
	return prisma.networkEvent.findFirst({
		where: { groupId, status: { not: 'CANCELLED' }, startsAt: { gt: now() } },
		select: { id: true, title: true, startsAt: true, endsAt: true, location: true, onlineUrl: true },
		orderBy: { startsAt: 'asc' },
	})
}

export type TopicLinkProblem = ContactLinkProblem | 'left'

/** The HTTP status of the explanation page: a member who left is like an expired link. */
export const topicLinkStatus: Record<TopicLinkProblem, 404 | 410> = { unknown: 404, expired: 410, left: 410 }

/** What a member's topic link opens: their group, its next session and the topics they brought in. */
export async function getTopicLink(token: string) {
	const link = await readContactLink(token, 'GROUP_TOPICS')
	if (!link.ok) return link
	const member = await prisma.groupMember.findUnique({
		where: { id: link.subjectId },
		select: {
			id: true,
			leftAt: true,
			contactPerson: { select: { name: true } },
			group: { select: { id: true, name: true, purpose: true } },
		},
	})
	if (!member) return { ok: false as const, problem: 'unknown' as const }
	if (member.leftAt) return { ok: false as const, problem: 'left' as const, groupName: member.group.name }
	const [nextSession, topics] = await Promise.all([
		findNextSession(member.group.id),
		prisma.groupTopic.findMany({
			where: { memberId: member.id },
			select: { ...topicSelect, event: { select: { title: true, startsAt: true } } },
			orderBy: { createdAt: 'desc' },
		}),
	])
	return {
		ok: true as const,
		member: { id: member.id, name: member.contactPerson.name },
		group: member.group,
		nextSession,
		topics: topics.map(topicView),
	}
}

/** Records a member's topic, on the next session's agenda when one is planned. */
export async function submitTopic({
	memberId,
	groupId,
	values,
}: {
	memberId: string
	groupId: string
	values: TopicInput
}) {
	const nextSession = await findNextSession(groupId)
	return prisma.groupTopic.create({
		data: {
			groupId,
			memberId,
			eventId: nextSession?.id ?? null,
			kind: values.kind,
			title: values.title,
			body: values.body || null,
		},
		select: { id: true, eventId: true },
	})
}

export type TopicsRequestSummary = {
	sent: number
	/** Already asked today: the same mail is not sent twice. */
	alreadyAsked: number
	failed: number
	skipped: Record<MailBlock, number>
}

/**
 * Emails each current member who may get group mail a personal link to bring in topics (valid 60
 * days). Asking again the same day sends nothing new.
 */
export async function requestTopics({ groupId, senderName }: { groupId: string; senderName: string }) {
	const group = await prisma.soundingBoardGroup.findUniqueOrThrow({
		where: { id: groupId },
		select: {
			name: true,
			purpose: true,
			members: {
				where: { leftAt: null },
				select: { id: true, contactPerson: { select: mailContactSelect } },
			},
		},
	})
	const nextSession = await findNextSession(groupId)
	const summary: TopicsRequestSummary = {
		sent: 0,
		alreadyAsked: 0,
		failed: 0,
		skipped: { NO_EMAIL: 0, BOUNCED: 0, OPTED_OUT: 0 },
	}
	const today = amsterdamDate(now())
	const expiresAt = new Date(now().getTime() + TOPIC_LINK_DAYS * 24 * 60 * 60 * 1000)
	for (const member of group.members) {
		const outcome = await sendContactMail(member.contactPerson, 'GROUP', async (_to, unsubscribeUrl) => {
			const { token } = await createLinkToken({ purpose: 'GROUP_TOPICS', subjectId: member.id, expiresAt })
			return {
				subject: groupTopicsRequestSubject({ locale: defaultLocale, groupName: group.name }),
				react: createElement(GroupTopicsRequestEmail, {
					locale: defaultLocale,
					memberName: member.contactPerson.name,
					groupName: group.name,
					purpose: group.purpose,
					senderName,
					nextSession,
					topicsUrl: `${getEnv().APP_URL}/klankbord/${token}`,
					linkExpiresAt: expiresAt,
					unsubscribeUrl,
				}),
				idempotencyKey: `group-topics:${member.id}:${today}`,
			}
		})
		if (!outcome.sent) summary.skipped[outcome.blocked] += 1
		else if (outcome.result.status === 'duplicate') summary.alreadyAsked += 1
		else if (outcome.result.status === 'failed') summary.failed += 1
		else summary.sent += 1
	}
	return summary
}
