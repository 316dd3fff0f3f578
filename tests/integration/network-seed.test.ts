import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { activitySource, contactKinds, countedContactKinds } from '#app/domain/network/activity-options.ts'
import { amsterdamWeek, isFollowUpDue, isGoneQuiet } from '#app/domain/network/relationship-rules.ts'
import { amsterdamDate, amsterdamLocalDateTime } from '#app/utils/amsterdam-time.ts'
import { setClock } from '#app/utils/clock.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import { getEnv } from '#app/utils/env.server.ts'
import { demoGroup, thisWeekSlots } from '#app/../prisma/demo-network.ts'
import { seedDemoData } from '#app/../prisma/seed.server.ts'

const DAY = 24 * 60 * 60 * 1000
// A Wednesday, 12:00 in Amsterdam: the week so far has Monday, Tuesday and this morning.
const seededAt = new Date('2026-05-06T10:00:00.000Z')

let first: Awaited<ReturnType<typeof seedDemoData>>
let second: Awaited<ReturnType<typeof seedDemoData>>
let rowsAfterFirst: Awaited<ReturnType<typeof networkRows>>
let rowsAfterSecond: Awaited<ReturnType<typeof networkRows>>

/** Every row the network seed writes, with its timestamps, so any write by a second run shows up. */
async function networkRows() {
	const byId = { orderBy: { id: 'asc' } } as const
	return {
		stakeholders: await prisma.organization.findMany({ where: { kind: 'STAKEHOLDER' }, ...byId }),
		contactPersons: await prisma.contactPerson.findMany(byId),
		relationships: await prisma.employerRelationship.findMany(byId),
		activities: await prisma.relationshipActivity.findMany(byId),
		events: await prisma.networkEvent.findMany(byId),
		invitations: await prisma.eventInvitation.findMany(byId),
		actionItems: await prisma.eventActionItem.findMany(byId),
		pledges: await prisma.placePledge.findMany(byId),
		groups: await prisma.soundingBoardGroup.findMany(byId),
		members: await prisma.groupMember.findMany(byId),
		topics: await prisma.groupTopic.findMany(byId),
	}
}

beforeAll(async () => {
	setClock(seededAt)
	first = await seedDemoData()
	rowsAfterFirst = await networkRows()
	setClock(new Date(seededAt.getTime() + 2 * DAY))
	second = await seedDemoData()
	rowsAfterSecond = await networkRows()
	setClock(seededAt)
}, 120_000)

afterAll(() => setClock(null))

const network = () => prisma.organization.findFirstOrThrow({ where: { kind: 'COACHING' } })
const userId = async (email: string) => (await prisma.user.findUniqueOrThrow({ where: { email } })).id

const eventsOf = async (kind: string) =>
	prisma.networkEvent.findMany({
		where: { organizationId: (await network()).id, kind },
		include: { invitations: { include: { contactPerson: { include: { organization: true } } } } },
		orderBy: { startsAt: 'asc' },
	})

describe('demo network: relationships and timelines', () => {
	it('has contacted 23 employers and left 2 as prospects without any activity', async () => {
		const networkId = (await network()).id
		const employers = await prisma.organization.findMany({
			where: { kind: 'EMPLOYER' },
			include: {
				employerActivities: { where: { networkId } },
				employerRelationships: { where: { networkId } },
			},
		})
		expect(employers).toHaveLength(25)
		const contacted = employers.filter((employer) =>
			employer.employerActivities.some((activity) => (contactKinds as readonly string[]).includes(activity.kind)),
		)
		expect(contacted).toHaveLength(23)
		const prospects = employers.filter((employer) => !contacted.includes(employer))
		for (const prospect of prospects) {
			expect(prospect.employerActivities, prospect.name).toHaveLength(0)
			expect(prospect.employerRelationships[0]?.stage ?? 'PROSPECT', prospect.name).toBe('PROSPECT')
		}
		const stages = contacted.map((employer) => employer.employerRelationships[0]?.stage)
		const count = (stage: string) => stages.filter((value) => value === stage).length
		expect(count('ENGAGED')).toBeGreaterThan(count('PARTNER'))
		expect(count('PARTNER')).toBeGreaterThanOrEqual(3)
		expect(count('CONTACTED')).toBeGreaterThanOrEqual(2)
		expect(count('DORMANT')).toBeGreaterThanOrEqual(1)
		expect(count('DORMANT')).toBeLessThanOrEqual(2)
		expect(count('PROSPECT')).toBe(0)
	})

	it('has about 150 timeline entries over nine months, by the coordinator and the demo jobcoach', async () => {
		const networkId = (await network()).id
		const activities = await prisma.relationshipActivity.findMany({ where: { networkId } })
		expect(activities.length).toBeGreaterThanOrEqual(130)
		expect(activities.length).toBeLessThanOrEqual(180)
		expect(new Set(activities.map((activity) => activity.kind))).toEqual(
			new Set(['CALL', 'VISIT', 'EMAIL', 'MEETING', 'NOTE', 'EVENT_ATTENDANCE', 'PROPOSAL', 'PLACEMENT']),
		)
		const actors = new Set([await userId('netwerk@wisselplaats.test'), await userId('jobcoach@wisselplaats.test')])
		for (const activity of activities) {
			expect(actors.has(activity.actorId ?? ''), activity.sourceKey ?? activity.id).toBe(true)
			expect(activity.sourceKey, activity.id).toBeTruthy()
			expect(activity.occurredAt.getTime()).toBeLessThanOrEqual(seededAt.getTime())
			expect(activity.occurredAt.getTime()).toBeGreaterThan(seededAt.getTime() - 285 * DAY)
		}
		const oldest = Math.min(...activities.map((activity) => activity.occurredAt.getTime()))
		expect(oldest).toBeLessThan(seededAt.getTime() - 240 * DAY)
		// Everything but notes and the automatic matching entries was with someone at the employer.
		for (const activity of activities.filter(
			(activity) => !['NOTE', 'PROPOSAL', 'PLACEMENT'].includes(activity.kind),
		)) {
			expect(activity.contactPersonId, activity.sourceKey ?? '').toBeTruthy()
		}
	})

	it('keeps every relationship’s lastActivityAt at its latest entry', async () => {
		const relationships = await prisma.employerRelationship.findMany({
			where: { networkId: (await network()).id },
			include: { employer: { include: { employerActivities: true } } },
		})
		expect(relationships).toHaveLength(25)
		for (const relationship of relationships) {
			const times = relationship.employer.employerActivities.map((activity) => activity.occurredAt.getTime())
			expect(relationship.lastActivityAt?.getTime() ?? null, relationship.employer.name).toBe(
				times.length ? Math.max(...times) : null,
			)
			expect(relationship.ownerId, relationship.employer.name).toBeTruthy()
		}
	})

	it('gives the coordinator and the demo jobcoach two counted contacts each this week', async () => {
		const week = amsterdamWeek(seededAt)
		for (const email of ['netwerk@wisselplaats.test', 'jobcoach@wisselplaats.test']) {
			const counted = await prisma.relationshipActivity.count({
				where: {
					actorId: await userId(email),
					kind: { in: [...countedContactKinds] },
					occurredAt: { gte: week.start, lt: week.end },
				},
			})
			expect(counted, email).toBe(2)
		}
	})

	it('has follow-ups due today or overdue, and two or three employers gone quiet', async () => {
		const relationships = await prisma.employerRelationship.findMany({
			where: { networkId: (await network()).id },
			include: { employer: true },
		})
		const today = amsterdamDate(seededAt)
		const due = relationships.filter((relationship) => isFollowUpDue(relationship.nextFollowUpOn, today))
		expect(due.length).toBeGreaterThanOrEqual(2)
		expect(due.some((relationship) => amsterdamDate(relationship.nextFollowUpOn!) === today)).toBe(true)
		const quiet = relationships.filter((relationship) => isGoneQuiet(relationship, seededAt, getEnv().GONE_QUIET_DAYS))
		expect(quiet.length).toBeGreaterThanOrEqual(2)
		expect(quiet.length).toBeLessThanOrEqual(3)
		// Checked against the rule itself too, so a change in the helper cannot hide a broken story.
		for (const relationship of quiet) {
			expect(['ENGAGED', 'PARTNER']).toContain(relationship.stage)
			expect(relationship.lastActivityAt!.getTime()).toBeLessThan(seededAt.getTime() - 60 * DAY)
		}
	})

	it('puts the demo proposals and placement on their employers’ timelines, once', async () => {
		const proposals = await prisma.proposal.findMany({ include: { placement: true } })
		expect(proposals).toHaveLength(2)
		for (const proposal of proposals) {
			const entry = await prisma.relationshipActivity.findUniqueOrThrow({
				where: { sourceKey: activitySource.proposal(proposal.id) },
			})
			expect(entry).toMatchObject({ kind: 'PROPOSAL', employerId: proposal.employerOrganizationId })
			expect(entry.occurredAt).toEqual(proposal.createdAt)
			if (proposal.placement) {
				const placed = await prisma.relationshipActivity.findUniqueOrThrow({
					where: { sourceKey: activitySource.placement(proposal.placement.id) },
				})
				expect(placed).toMatchObject({ kind: 'PLACEMENT', employerId: proposal.employerOrganizationId })
			}
		}
		expect(await prisma.relationshipActivity.count({ where: { kind: { in: ['PROPOSAL', 'PLACEMENT'] } } })).toBe(3)
	})
})

/** The Amsterdam hour of a moment. */
const hourOf = (moment: Date) => Number(amsterdamLocalDateTime(moment).slice(11, 13))

describe('demo network: events', () => {
	it('has exactly one past employer meeting, with seven employer organisations attending', async () => {
		const past = (await eventsOf('EMPLOYER_MEETING')).filter((event) => event.startsAt < seededAt)
		expect(past).toHaveLength(1)
		const meeting = past[0]!
		const daysAgo = (seededAt.getTime() - meeting.startsAt.getTime()) / DAY
		expect(daysAgo).toBeGreaterThan(100)
		expect(daysAgo).toBeLessThan(140)
		expect(hourOf(meeting.startsAt)).toBeGreaterThanOrEqual(9)
		expect(hourOf(meeting.endsAt)).toBeLessThanOrEqual(21)
		expect(meeting.invitations.length).toBeGreaterThanOrEqual(18)
		expect(meeting.invitations.length).toBeLessThanOrEqual(22)
		const present = meeting.invitations.filter((invitation) => invitation.attendance === 'PRESENT')
		const attending = new Set(
			present
				.filter((invitation) => invitation.contactPerson.organization.kind === 'EMPLOYER')
				.map((invitation) => invitation.contactPerson.organizationId),
		)
		expect(attending.size).toBe(7)
		for (const invitation of meeting.invitations) {
			expect(invitation.attendance, invitation.contactPerson.name).not.toBeNull()
			if (invitation.attendance === 'PRESENT') expect(['YES', 'MAYBE']).toContain(invitation.response)
			if (invitation.response === 'NO') expect(invitation.attendance).toBe('EXCUSED')
			if (invitation.response === 'INVITED') expect(invitation.respondedAt).toBeNull()
			else expect(invitation.respondedAt!.getTime()).toBeLessThan(meeting.startsAt.getTime())
		}
		expect(new Set(meeting.invitations.map((invitation) => invitation.attendance))).toEqual(
			new Set(['PRESENT', 'ABSENT', 'EXCUSED']),
		)
		expect(meeting.notes).toBeTruthy()
		expect(meeting.decisions).toBeTruthy()
		expect(meeting.summarySentAt!.getTime()).toBeGreaterThan(meeting.endsAt.getTime())
	})

	it('records the attendance of the past meeting on each attending employer’s timeline', async () => {
		const [meeting] = (await eventsOf('EMPLOYER_MEETING')).filter((event) => event.startsAt < seededAt)
		const presentAtEmployers = meeting!.invitations.filter(
			(invitation) => invitation.attendance === 'PRESENT' && invitation.contactPerson.organization.kind === 'EMPLOYER',
		)
		for (const invitation of presentAtEmployers) {
			const entry = await prisma.relationshipActivity.findUniqueOrThrow({
				where: { sourceKey: activitySource.attendance(invitation.id) },
			})
			expect(entry).toMatchObject({
				kind: 'EVENT_ATTENDANCE',
				eventId: meeting!.id,
				employerId: invitation.contactPerson.organizationId,
				contactPersonId: invitation.contactPersonId,
				occurredAt: meeting!.startsAt,
			})
		}
		expect(await prisma.relationshipActivity.count({ where: { eventId: meeting!.id } })).toBe(presentAtEmployers.length)
	})

	it('has three action items (some done) and two pledges, one posted as a place', async () => {
		const [meeting] = (await eventsOf('EMPLOYER_MEETING')).filter((event) => event.startsAt < seededAt)
		const items = await prisma.eventActionItem.findMany({ where: { eventId: meeting!.id } })
		expect(items).toHaveLength(3)
		const done = items.filter((item) => item.doneAt)
		expect(done.length).toBeGreaterThanOrEqual(1)
		expect(done.length).toBeLessThan(3)
		for (const item of items) expect(item.ownerName && item.dueOn, item.description).toBeTruthy()
		const pledges = await prisma.placePledge.findMany({ where: { eventId: meeting!.id }, include: { place: true } })
		expect(pledges).toHaveLength(2)
		const posted = pledges.filter((pledge) => pledge.place)
		expect(posted).toHaveLength(1)
		expect(posted[0]!.place!.organizationId).toBe(posted[0]!.employerId)
		expect(posted[0]!.place!.status).toBe('PUBLISHED')
		const attending = new Set(
			meeting!.invitations
				.filter((invitation) => invitation.attendance === 'PRESENT')
				.map((invitation) => invitation.contactPerson.organizationId),
		)
		for (const pledge of pledges) expect(attending.has(pledge.employerId), pledge.description).toBe(true)
	})

	it('has an upcoming employer meeting about three weeks ahead with answers arriving', async () => {
		const upcoming = (await eventsOf('EMPLOYER_MEETING')).filter((event) => event.startsAt > seededAt)
		expect(upcoming).toHaveLength(1)
		const meeting = upcoming[0]!
		const daysAhead = (meeting.startsAt.getTime() - seededAt.getTime()) / DAY
		expect(daysAhead).toBeGreaterThan(14)
		expect(daysAhead).toBeLessThan(30)
		expect(hourOf(meeting.startsAt)).toBeGreaterThanOrEqual(9)
		expect(meeting).toMatchObject({ status: 'PLANNED', capacity: expect.any(Number), notes: null, summarySentAt: null })
		expect(meeting.location).toBeTruthy()
		expect(meeting.invitations.length).toBeGreaterThanOrEqual(12)
		expect(meeting.invitations.length).toBeLessThanOrEqual(18)
		const responses = new Set(meeting.invitations.map((invitation) => invitation.response))
		expect(responses).toEqual(new Set(['YES', 'NO', 'MAYBE', 'INVITED']))
		expect(meeting.invitations.some((invitation) => invitation.response === 'YES' && invitation.needs)).toBe(true)
		const yes = meeting.invitations.filter((invitation) => invitation.response === 'YES').length
		expect(yes).toBeLessThanOrEqual(meeting.capacity!)
		for (const invitation of meeting.invitations) {
			expect(invitation.attendance).toBeNull()
			expect(invitation.reminderSentAt).toBeNull()
			if (invitation.respondedAt) expect(invitation.respondedAt.getTime()).toBeLessThan(seededAt.getTime())
		}
	})

	it('sends no email and creates no personal links', async () => {
		expect(await prisma.emailMessage.count()).toBe(0)
		expect(await prisma.linkToken.count()).toBe(0)
	})
})

describe('demo network: the sounding-board group', () => {
	it('has five active members: staffing agency, two employers, coaching practice, reintegration', async () => {
		const group = await prisma.soundingBoardGroup.findFirstOrThrow({
			where: { name: demoGroup.name },
			include: { members: { include: { contactPerson: { include: { organization: true } } } } },
		})
		expect(group.purpose).toBeTruthy()
		const active = group.members.filter((member) => !member.leftAt)
		expect(active).toHaveLength(5)
		const kinds = active
			.map(({ contactPerson: { organization } }) =>
				organization.kind === 'EMPLOYER' ? 'EMPLOYER' : organization.stakeholderType,
			)
			.sort()
		expect(kinds).toEqual(['COACHING_PRACTICE', 'EMPLOYER', 'EMPLOYER', 'REINTEGRATION', 'STAFFING_AGENCY'])
	})

	it('met once about three months ago, with topics from its members, and is now on hold', async () => {
		const group = await prisma.soundingBoardGroup.findFirstOrThrow({
			where: { name: demoGroup.name },
			include: { members: true, topics: true, events: { include: { invitations: true } } },
		})
		const sessions = await eventsOf('SOUNDING_BOARD')
		expect(sessions.filter((event) => event.startsAt < seededAt)).toHaveLength(1)
		expect(group.events).toHaveLength(1)
		const session = group.events[0]!
		expect(session.kind).toBe('SOUNDING_BOARD')
		const daysAgo = (seededAt.getTime() - session.startsAt.getTime()) / DAY
		expect(daysAgo).toBeGreaterThan(75)
		expect(daysAgo).toBeLessThan(105)
		expect(session.notes).toBeTruthy()
		const memberContacts = new Set(group.members.map((member) => member.contactPersonId))
		expect(new Set(session.invitations.map((invitation) => invitation.contactPersonId))).toEqual(memberContacts)
		for (const invitation of session.invitations) expect(invitation.attendance).not.toBeNull()
		expect(session.invitations.some((invitation) => invitation.attendance === 'PRESENT')).toBe(true)

		expect(group.status).toBe('ON_HOLD')
		const onHoldAfter = (group.statusChangedAt!.getTime() - session.endsAt.getTime()) / DAY
		expect(onHoldAfter).toBeGreaterThan(7)
		expect(onHoldAfter).toBeLessThan(45)

		const onAgenda = group.topics.filter((topic) => topic.eventId === session.id)
		expect(onAgenda.length).toBeGreaterThanOrEqual(2)
		expect(onAgenda.length).toBeLessThanOrEqual(3)
		for (const topic of onAgenda) {
			expect(topic.memberId, topic.title).toBeTruthy()
			expect(topic.createdAt.getTime(), topic.title).toBeLessThan(session.startsAt.getTime())
		}
		const open = group.topics.filter((topic) => topic.eventId === null)
		expect(open).toHaveLength(1)
		expect(open[0]!.memberId).toBeTruthy()
		expect(open[0]!.createdAt.getTime()).toBeGreaterThan(group.statusChangedAt!.getTime())
	})
})

describe('demo network: seeding again', () => {
	it('changes no network row on a second run two days later', () => {
		expect(second.changes).toEqual({ created: 0, updated: 0 })
		expect(second.network).toEqual(first.network)
		expect(rowsAfterSecond).toEqual(rowsAfterFirst)
	})
})

describe('thisWeekSlots', () => {
	const inWeek = (moment: Date, slots: Date[]) => {
		const week = amsterdamWeek(moment)
		for (const slot of slots) {
			expect(slot.getTime()).toBeGreaterThanOrEqual(week.start.getTime())
			expect(slot.getTime()).toBeLessThan(moment.getTime())
		}
	}

	it('spreads the slots over the working days so far, at office hours', () => {
		// Sunday evening: Monday to Friday are all behind us.
		const sunday = new Date('2026-05-10T18:00:00.000Z')
		const slots = thisWeekSlots(sunday, 4)
		expect(slots).toHaveLength(4)
		inWeek(sunday, slots)
		expect(new Set(slots.map((slot) => amsterdamDate(slot))).size).toBe(4)
		for (const slot of slots) {
			expect(hourOf(slot)).toBeGreaterThanOrEqual(9)
			expect(hourOf(slot)).toBeLessThan(17)
			expect(new Date(`${amsterdamDate(slot)}T12:00:00Z`).getUTCDay()).not.toBe(0)
			expect(new Date(`${amsterdamDate(slot)}T12:00:00Z`).getUTCDay()).not.toBe(6)
		}
	})

	it('still finds moments this week early on a Monday', () => {
		const monday = new Date('2026-05-04T05:00:00.000Z')
		const slots = thisWeekSlots(monday, 4)
		expect(slots).toHaveLength(4)
		inWeek(monday, slots)
	})
})
