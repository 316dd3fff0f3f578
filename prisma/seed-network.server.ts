/**
 * Seeds the demo network (prisma/demo-network.ts) of the coaching organisation: relationships and
 * their timelines, the past and the coming employer meeting, and the sounding-board group with its
 * session. The stakeholder organisations and all contact persons are ensured by seed.server.ts first.
 *
 * Idempotent like the rest of the seed: every row is looked up by a stable key and only written when
 * it is missing, or when its demo text differs. Stable keys: relationships by (network, employer);
 * events by (organisation, title); invitations by (event, contact person); action items by (event,
 * description); pledges by (network, employer, description); groups by (organisation, name); members
 * by (group, contact person); topics by (group, title); timeline entries by sourceKey (demo entries
 * `demo:activity:<kvk>:<n>`, automatic ones as the app records them). Dates, answers, attendance,
 * stages and statuses are set only when a row is created, relative to that moment; later runs never
 * move them. Rows that are not part of the demo are never touched. No email is sent, no link created.
 */
import { addDays, toDay } from '#app/domain/matching/placement-rules.ts'
import { recordActivity, type ActivityInput } from '#app/domain/network/activities.server.ts'
import { activitySource } from '#app/domain/network/activity-options.ts'
import { comingResponses } from '#app/domain/network/event-options.ts'
import { calendarDay } from '#app/utils/amsterdam-time.ts'
import { prisma, type Prisma } from '#app/utils/db.server.ts'
import { demoCandidates } from './demo-candidates.ts'
import { demoEmployers } from './demo-data.ts'
import {
	atAmsterdam,
	daysAgoAt,
	demoActivityKey,
	demoActivityKeyPrefix,
	demoActivityMoment,
	demoEventTimes,
	demoFollowUpDay,
	demoGroup,
	demoPastMeeting,
	demoRelationships,
	demoStakeholders,
	demoUpcomingMeeting,
	thisWeekSlots,
	type DemoActor,
	type DemoContactRef,
	type DemoEvent,
	type DemoRelationship,
} from './demo-network.ts'

const DAY = 24 * 60 * 60 * 1000

type Client = Prisma.TransactionClient | typeof prisma
type Counts = { created: number; updated: number }
type Content = Record<string, string | number | null>

export type NetworkSeedSummary = Counts & {
	/** Demo relationships ensured (contacted employers and prospects). */
	relationships: number
	/** Demo timeline entries ensured: logged by hand, attendance, proposals and placements. */
	activities: number
	/** Demo events ensured: two employer meetings and one sounding-board session. */
	events: number
}

/** Creates the row when it is missing; otherwise brings its demo content back when it differs. */
async function ensureRow<Row extends { id: string }, C extends Content>(
	counts: Counts,
	existing: Row | null,
	content: C,
	create: () => Promise<Row>,
	update: (id: string, data: Partial<C>) => Promise<unknown>,
): Promise<Row> {
	if (!existing) {
		counts.created++
		return create()
	}
	const current: Record<string, unknown> = existing
	const changed = Object.fromEntries(
		Object.entries(content).filter(([key, value]) => current[key] !== value),
	) as Partial<C>
	if (Object.keys(changed).length) {
		counts.updated++
		await update(existing.id, changed)
	}
	return existing
}

/** A timeline entry through the app's own recordActivity, once per sourceKey. */
async function ensureActivity(client: Client, counts: Counts, input: ActivityInput & { sourceKey: string }) {
	const existing = await client.relationshipActivity.findUnique({
		where: { sourceKey: input.sourceKey },
		select: { id: true },
	})
	if (existing) return
	counts.created++
	await recordActivity(client, input)
}

type DemoContact = { id: string; organizationId: string; isEmployer: boolean }

const refKey = (ref: DemoContactRef) =>
	'employerKvk' in ref ? `employer:${ref.employerKvk}:${ref.contact}` : `stakeholder:${ref.stakeholder}:${ref.contact}`

/** The demo organisations and contact persons as rows: employers by KvK number, contacts by position. */
async function loadDemoContacts() {
	const organizations = [
		...demoEmployers.map((employer) => ({
			name: employer.name,
			find: () => prisma.organization.findUnique({ where: { kvkNumber: employer.kvkNumber } }),
			contactPersons: employer.contactPersons,
			ref: (contact: number): DemoContactRef => ({ employerKvk: employer.kvkNumber, contact }),
		})),
		...demoStakeholders.map((stakeholder) => ({
			name: stakeholder.name,
			find: () =>
				prisma.organization.findFirst({
					where: { kind: 'STAKEHOLDER', name: stakeholder.name },
					orderBy: { createdAt: 'asc' },
				}),
			contactPersons: stakeholder.contactPersons,
			ref: (contact: number): DemoContactRef => ({ stakeholder: stakeholder.key, contact }),
		})),
	]
	const employerIds = new Map<string, string>()
	const contacts = new Map<string, DemoContact>()
	for (const organization of organizations) {
		const row = await organization.find()
		if (!row) throw new Error(`Demo network: organisation ${organization.name} is missing; seed the demo data first`)
		if (row.kvkNumber) employerIds.set(row.kvkNumber, row.id)
		for (const [index, person] of organization.contactPersons.entries()) {
			const contact = await prisma.contactPerson.findFirst({
				where: { organizationId: row.id, email: person.email },
				orderBy: { createdAt: 'asc' },
				select: { id: true },
			})
			if (!contact) throw new Error(`Demo network: contact person ${person.email} of ${organization.name} is missing`)
			contacts.set(refKey(organization.ref(index)), {
				id: contact.id,
				organizationId: row.id,
				isEmployer: row.kind === 'EMPLOYER',
			})
		}
	}
	return {
		employerId(kvk: string) {
			const id = employerIds.get(kvk)
			if (!id) throw new Error(`Demo network: no employer with KvK ${kvk}`)
			return id
		},
		contact(ref: DemoContactRef) {
			const contact = contacts.get(refKey(ref))
			if (!contact) throw new Error(`Demo network: no contact person ${refKey(ref)}`)
			return contact
		},
	}
}

type Context = {
	networkId: string
	moment: Date
	actors: Record<DemoActor, { id: string; name: string }>
	demo: Awaited<ReturnType<typeof loadDemoContacts>>
	counts: Counts
	activities: Counts
}

/** The relationship with its state as the story tells it, and the employer's demo timeline. */
async function ensureRelationship(ctx: Context, relationship: DemoRelationship, thisWeek: Date[]) {
	const { networkId, moment, actors, demo } = ctx
	const employerId = demo.employerId(relationship.employerKvk)
	const occurredAt = relationship.activities.map((activity) =>
		activity.daysAgo === 'THIS_WEEK'
			? (thisWeek.shift() ?? moment)
			: demoActivityMoment(moment, { ...activity, daysAgo: activity.daysAgo }),
	)
	const state = {
		stage: relationship.stage,
		ownerId: actors[relationship.owner].id,
		nextFollowUpOn: relationship.followUp ? calendarDay(demoFollowUpDay(moment, relationship.followUp.inDays)) : null,
		followUpNote: relationship.followUp?.note ?? null,
	}
	await prisma.$transaction(async (tx) => {
		const key = { networkId_employerId: { networkId, employerId } }
		const existing = await tx.employerRelationship.findUnique({ where: key, select: { id: true } })
		if (!existing) {
			ctx.counts.created++
			const since = occurredAt.reduce((first, at) => (at < first ? at : first), daysAgoAt(moment, 14, '09:00'))
			await tx.employerRelationship.create({ data: { networkId, employerId, ...state, createdAt: since } })
		} else if (relationship.activities.length) {
			// A row the app made before the story was told (for a proposal, say) gets the story's state with
			// it: part of creating the story, so counted as created.
			const told = await tx.relationshipActivity.count({
				where: { networkId, sourceKey: { startsWith: demoActivityKeyPrefix(relationship.employerKvk) } },
			})
			if (!told) {
				ctx.counts.created++
				await tx.employerRelationship.update({ where: { id: existing.id }, data: state })
			}
		}
		for (const [index, activity] of relationship.activities.entries()) {
			const contactPersonId =
				activity.contact === null
					? null
					: demo.contact({ employerKvk: relationship.employerKvk, contact: activity.contact }).id
			await ensureActivity(tx, ctx.activities, {
				networkId,
				employerId,
				kind: activity.kind,
				occurredAt: occurredAt[index] ?? moment,
				summary: activity.summary,
				actorId: actors[activity.by].id,
				contactPersonId,
				sourceKey: demoActivityKey(relationship.employerKvk, index),
			})
		}
	})
}

/** An event with its invitations and attendance (on the attending employers' timelines), action items and pledges. */
async function ensureEvent(ctx: Context, tx: Client, event: DemoEvent, groupId: string | null = null) {
	const { networkId, moment, actors, demo } = ctx
	const { day, startsAt, endsAt, invitedAt } = demoEventTimes(moment, event)
	const past = endsAt < moment
	const content = {
		kind: event.kind,
		description: event.description,
		agenda: event.agenda,
		location: event.location,
		capacity: event.capacity,
		notes: event.notes ?? null,
		decisions: event.decisions ?? null,
	}
	const row = await ensureRow(
		ctx.counts,
		await tx.networkEvent.findFirst({
			where: { organizationId: networkId, title: event.title },
			orderBy: { createdAt: 'asc' },
		}),
		content,
		() =>
			tx.networkEvent.create({
				data: {
					organizationId: networkId,
					title: event.title,
					...content,
					startsAt,
					endsAt,
					groupId,
					summarySentAt:
						event.summarySentAfterDays === undefined
							? null
							: atAmsterdam(addDays(day, event.summarySentAfterDays), '10:00'),
					createdById: actors.COORDINATOR.id,
					createdAt: new Date(invitedAt.getTime() - 2 * DAY),
				},
			}),
		(id, data) => tx.networkEvent.update({ where: { id }, data }),
	)

	for (const invitation of event.invitations) {
		const contact = demo.contact(invitation.contact)
		const answered = invitation.response !== 'INVITED'
		const saved = await ensureRow(
			ctx.counts,
			await tx.eventInvitation.findUnique({
				where: { eventId_contactPersonId: { eventId: row.id, contactPersonId: contact.id } },
			}),
			{},
			() =>
				tx.eventInvitation.create({
					data: {
						eventId: row.id,
						contactPersonId: contact.id,
						response: invitation.response,
						needs: invitation.needs ?? null,
						respondedAt: answered
							? new Date(invitedAt.getTime() + (invitation.respondedAfterDays ?? 1) * DAY + 3 * 60 * 60 * 1000)
							: null,
						invitedAt,
						invitedById: actors.COORDINATOR.id,
						mailStatus: 'SENT',
						reminderSentAt:
							past && (comingResponses as readonly string[]).includes(invitation.response)
								? atAmsterdam(addDays(day, -1), '09:00')
								: null,
						attendance: past ? (invitation.attendance ?? null) : null,
						attendanceRecordedAt: past && invitation.attendance ? endsAt : null,
					},
				}),
			() => Promise.resolve(),
		)
		if (saved.attendance === 'PRESENT' && contact.isEmployer) {
			await ensureActivity(tx, ctx.activities, {
				networkId,
				employerId: contact.organizationId,
				kind: 'EVENT_ATTENDANCE',
				occurredAt: row.startsAt,
				summary: row.title,
				actorId: actors.COORDINATOR.id,
				contactPersonId: contact.id,
				eventId: row.id,
				sourceKey: activitySource.attendance(saved.id),
			})
		}
	}

	for (const item of event.actionItems ?? []) {
		const itemContent = { ownerName: item.owner in actors ? actors[item.owner as DemoActor].name : item.owner }
		await ensureRow(
			ctx.counts,
			await tx.eventActionItem.findFirst({
				where: { eventId: row.id, description: item.description },
				orderBy: { createdAt: 'asc' },
			}),
			itemContent,
			() =>
				tx.eventActionItem.create({
					data: {
						eventId: row.id,
						description: item.description,
						...itemContent,
						dueOn: calendarDay(addDays(day, item.dueAfterDays)),
						doneAt: item.doneAfterDays === undefined ? null : atAmsterdam(addDays(day, item.doneAfterDays), '11:00'),
						createdAt: endsAt,
					},
				}),
			(id, data) => tx.eventActionItem.update({ where: { id }, data }),
		)
	}

	for (const pledge of event.pledges ?? []) {
		const employerId = demo.employerId(pledge.employerKvk)
		const pledgeContent = { placeType: pledge.placeType, spots: pledge.spots }
		await ensureRow(
			ctx.counts,
			await tx.placePledge.findFirst({
				where: { networkId, employerId, description: pledge.description },
				orderBy: { createdAt: 'asc' },
			}),
			pledgeContent,
			async () => {
				const place = pledge.placeTitle
					? await tx.place.findFirst({
							where: { organizationId: employerId, title: pledge.placeTitle },
							orderBy: { createdAt: 'asc' },
							select: { id: true },
						})
					: null
				if (pledge.placeTitle && !place) throw new Error(`Demo pledge: no place "${pledge.placeTitle}"`)
				return tx.placePledge.create({
					data: {
						networkId,
						employerId,
						eventId: row.id,
						description: pledge.description,
						...pledgeContent,
						placeId: place?.id ?? null,
						recordedById: actors.COORDINATOR.id,
						createdAt: endsAt,
					},
				})
			},
			(id, data) => tx.placePledge.update({ where: { id }, data }),
		)
	}
	return row
}

/** The sounding-board group: its members, its one session with the topics on its agenda, and now on hold. */
async function ensureGroup(ctx: Context, tx: Client) {
	const { networkId, moment, actors, demo } = ctx
	const createdAt = daysAgoAt(moment, demoGroup.createdDaysAgo, '11:00')
	const sessionDay = demoEventTimes(moment, demoGroup.session).day
	const group = await ensureRow(
		ctx.counts,
		await tx.soundingBoardGroup.findFirst({
			where: { organizationId: networkId, name: demoGroup.name },
			orderBy: { createdAt: 'asc' },
		}),
		{ purpose: demoGroup.purpose },
		() =>
			tx.soundingBoardGroup.create({
				data: {
					organizationId: networkId,
					name: demoGroup.name,
					purpose: demoGroup.purpose,
					status: 'ON_HOLD',
					statusChangedAt: atAmsterdam(addDays(sessionDay, demoGroup.onHoldAfterDays), '16:00'),
					createdById: actors.COORDINATOR.id,
					createdAt,
				},
			}),
		(id, data) => tx.soundingBoardGroup.update({ where: { id }, data }),
	)

	const memberIds = new Map<string, string>()
	for (const ref of demoGroup.members) {
		const contact = demo.contact(ref)
		const member = await ensureRow(
			ctx.counts,
			await tx.groupMember.findUnique({
				where: { groupId_contactPersonId: { groupId: group.id, contactPersonId: contact.id } },
			}),
			{},
			() => tx.groupMember.create({ data: { groupId: group.id, contactPersonId: contact.id, joinedAt: createdAt } }),
			() => Promise.resolve(),
		)
		memberIds.set(contact.id, member.id)
	}

	const session = await ensureEvent(ctx, tx, demoGroup.session, group.id)

	for (const topic of demoGroup.topics) {
		const topicContent = { kind: topic.kind, body: topic.body }
		await ensureRow(
			ctx.counts,
			await tx.groupTopic.findFirst({
				where: { groupId: group.id, title: topic.title },
				orderBy: { createdAt: 'asc' },
			}),
			topicContent,
			() =>
				tx.groupTopic.create({
					data: {
						groupId: group.id,
						title: topic.title,
						...topicContent,
						memberId: memberIds.get(demo.contact(topic.member).id) ?? null,
						eventId: topic.onSessionAgenda ? session.id : null,
						createdAt: daysAgoAt(moment, topic.submittedDaysAgo, '19:45'),
					},
				}),
			(id, data) => tx.groupTopic.update({ where: { id }, data }),
		)
	}
}

/** The demo proposals and placement (seed-matching.server.ts) on the employers' timelines, as the app records them. */
async function ensureMatchingActivities(ctx: Context, employerIds: string[]) {
	const { networkId, moment } = ctx
	const proposals = await prisma.proposal.findMany({
		where: {
			coachingOrganizationId: networkId,
			employerOrganizationId: { in: employerIds },
			candidate: { code: { in: demoCandidates.map((candidate) => candidate.code) } },
		},
		orderBy: { createdAt: 'asc' },
		select: {
			id: true,
			employerOrganizationId: true,
			proposedById: true,
			createdAt: true,
			placement: { select: { id: true, startDate: true, createdById: true } },
		},
	})
	for (const proposal of proposals) {
		const employerId = proposal.employerOrganizationId
		await ensureActivity(prisma, ctx.activities, {
			networkId,
			employerId,
			kind: 'PROPOSAL',
			occurredAt: proposal.createdAt,
			actorId: proposal.proposedById,
			proposalId: proposal.id,
			sourceKey: activitySource.proposal(proposal.id),
		})
		const placement = proposal.placement
		if (!placement) continue
		const started = atAmsterdam(toDay(placement.startDate), '09:00')
		await ensureActivity(prisma, ctx.activities, {
			networkId,
			employerId,
			kind: 'PLACEMENT',
			occurredAt: started < moment ? started : moment,
			actorId: placement.createdById,
			placementId: placement.id,
			sourceKey: activitySource.placement(placement.id),
		})
	}
	return proposals.length + proposals.filter((proposal) => proposal.placement).length
}

/** Loads the demo network; safe to run any number of times (see the header). */
export async function seedNetwork({
	networkId,
	coordinatorId,
	jobcoachId,
	moment,
}: {
	/** The demo coaching organisation. */
	networkId: string
	/** netwerk@wisselplaats.test */
	coordinatorId: string
	/** jobcoach@wisselplaats.test, the demo login. */
	jobcoachId: string
	moment: Date
}): Promise<NetworkSeedSummary> {
	const user = (id: string) => prisma.user.findUniqueOrThrow({ where: { id }, select: { id: true, name: true } })
	const ctx: Context = {
		networkId,
		moment,
		actors: { COORDINATOR: await user(coordinatorId), JOBCOACH: await user(jobcoachId) },
		demo: await loadDemoContacts(),
		counts: { created: 0, updated: 0 },
		activities: { created: 0, updated: 0 },
	}

	const thisWeekCount = demoRelationships.flatMap((relationship) =>
		relationship.activities.filter((activity) => activity.daysAgo === 'THIS_WEEK'),
	).length
	const thisWeek = thisWeekSlots(moment, thisWeekCount)
	for (const relationship of demoRelationships) await ensureRelationship(ctx, relationship, thisWeek)

	for (const event of [demoPastMeeting, demoUpcomingMeeting]) {
		await prisma.$transaction((tx) => ensureEvent(ctx, tx, event))
	}
	await prisma.$transaction((tx) => ensureGroup(ctx, tx))

	const employerIds = demoRelationships.map((relationship) => ctx.demo.employerId(relationship.employerKvk))
	const matching = await ensureMatchingActivities(ctx, employerIds)

	const presentEmployers = (event: DemoEvent) =>
		event.invitations.filter((invitation) => invitation.attendance === 'PRESENT' && 'employerKvk' in invitation.contact)
			.length
	return {
		relationships: demoRelationships.length,
		activities:
			demoRelationships.reduce((sum, relationship) => sum + relationship.activities.length, 0) +
			presentEmployers(demoPastMeeting) +
			presentEmployers(demoGroup.session) +
			matching,
		events: 3,
		created: ctx.counts.created + ctx.activities.created,
		updated: ctx.counts.updated,
	}
}
