// The network figures of a period: employers by relationship stage, employers contacted, events held
// and who came, sounding-board sessions, and each coach's and coordinator's employer contacts per week
// against their own target. Counted with groupBy/count where the database can, and otherwise from
// slim rows (an activity's actor and moment, an invitation's attendance and organisation).
import { relationshipStages, contactKinds, countedContactKinds } from '#app/domain/network/activity-options.ts'
import { eventKinds, type EventKind } from '#app/domain/network/event-options.ts'
import { isRelationshipStage, weeklyTarget } from '#app/domain/network/relationship-rules.ts'
import { amsterdamDate } from '#app/utils/amsterdam-time.ts'
import { now } from '#app/utils/clock.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import { getEnv } from '#app/utils/env.server.ts'
import { type Insight, type Period } from './insight.ts'
import { mondayOf, periodBounds, periodWeeks } from './period.ts'

type Attendance = Insight['network']['attendance']

const emptyAttendance = (): Attendance => ({ invited: 0, present: 0, organizations: 0 })

/** Events held: not cancelled, begun within the period (and not in the future). */
async function eventFigures(organizationId: string, period: Period) {
	const { start, end } = periodBounds(period)
	const moment = now()
	const events = await prisma.networkEvent.findMany({
		where: {
			organizationId,
			status: { not: 'CANCELLED' },
			startsAt: { gte: start, lt: end.getTime() < moment.getTime() ? end : moment },
		},
		select: {
			kind: true,
			invitations: {
				select: {
					attendance: true,
					contactPerson: { select: { organizationId: true, organization: { select: { kind: true } } } },
				},
			},
		},
	})
	const eventsHeld = Object.fromEntries(eventKinds.map((kind) => [kind, 0])) as Record<EventKind, number>
	const attendanceByKind = Object.fromEntries(eventKinds.map((kind) => [kind, emptyAttendance()])) as Record<
		EventKind,
		Attendance
	>
	const attendance = emptyAttendance()
	const presentByKind = new Map<EventKind, Set<string>>()
	const presentAnywhere = new Set<string>()
	const employersPresent = new Set<string>()
	for (const event of events) {
		if (!(eventKinds as readonly string[]).includes(event.kind)) continue
		const kind = event.kind as EventKind
		eventsHeld[kind]++
		const counts = attendanceByKind[kind]
		const present = presentByKind.get(kind) ?? new Set<string>()
		presentByKind.set(kind, present)
		for (const invitation of event.invitations) {
			counts.invited++
			attendance.invited++
			if (invitation.attendance !== 'PRESENT') continue
			counts.present++
			attendance.present++
			present.add(invitation.contactPerson.organizationId)
			presentAnywhere.add(invitation.contactPerson.organizationId)
			if (invitation.contactPerson.organization.kind === 'EMPLOYER')
				employersPresent.add(invitation.contactPerson.organizationId)
		}
	}
	for (const [kind, present] of presentByKind) attendanceByKind[kind].organizations = present.size
	attendance.organizations = presentAnywhere.size
	return {
		eventsHeld,
		attendance,
		attendanceByKind,
		employersAttending: employersPresent.size,
		soundingBoardSessions: eventsHeld.SOUNDING_BOARD,
	}
}

/**
 * The employers that existed before the end of the period, by the network's relationship stage as it
 * stands today (the stage keeps no history). Only relationships begun before the end of the period
 * count; an employer without one (yet) is a prospect.
 */
async function employersByStage(networkId: string, period: Period) {
	const { end } = periodBounds(period)
	const employer = { kind: 'EMPLOYER', createdAt: { lt: end } }
	const [employers, rows] = await Promise.all([
		prisma.organization.count({ where: employer }),
		prisma.employerRelationship.groupBy({
			by: ['stage'],
			where: { networkId, createdAt: { lt: end }, employer },
			_count: { _all: true },
		}),
	])
	const byStage = Object.fromEntries(
		relationshipStages.map((stage) => [stage, 0]),
	) as Insight['network']['employersByStage']
	let withRelationship = 0
	for (const row of rows) {
		withRelationship += row._count._all
		byStage[isRelationshipStage(row.stage) ? row.stage : 'PROSPECT'] += row._count._all
	}
	byStage.PROSPECT += employers - withRelationship
	return byStage
}

/**
 * Calls, visits and meetings per person per ISO week (Monday to Sunday, Amsterdam time) of the
 * period, for every coach and coordinator of the organisation and anyone else who logged some.
 * The first and last week count only the days inside the period.
 */
async function contactsPerPerson(networkId: string, period: Period): Promise<Insight['network']['contactsPerPerson']> {
	const { start, end } = periodBounds(period)
	const [members, activities] = await Promise.all([
		prisma.membership.findMany({
			where: { organizationId: networkId, role: { in: ['JOBCOACH', 'COORDINATOR'] } },
			select: { userId: true, weeklyContactTarget: true, user: { select: { name: true } } },
		}),
		prisma.relationshipActivity.findMany({
			where: {
				networkId,
				kind: { in: [...countedContactKinds] },
				occurredAt: { gte: start, lt: end },
				actorId: { not: null },
			},
			select: { actorId: true, occurredAt: true },
		}),
	])
	const fallback = getEnv().EMPLOYER_CONTACTS_WEEKLY_TARGET
	const people = new Map(
		members.map((member) => [
			member.userId,
			{ name: member.user.name, target: weeklyTarget(member.weeklyContactTarget, fallback) },
		]),
	)
	const counts = new Map<string, Map<string, number>>()
	for (const activity of activities) {
		const actorId = activity.actorId!
		const week = mondayOf(amsterdamDate(activity.occurredAt))
		const perWeek = counts.get(actorId) ?? new Map<string, number>()
		perWeek.set(week, (perWeek.get(week) ?? 0) + 1)
		counts.set(actorId, perWeek)
	}
	const outsiders = [...counts.keys()].filter((userId) => !people.has(userId))
	if (outsiders.length) {
		const users = await prisma.user.findMany({ where: { id: { in: outsiders } }, select: { id: true, name: true } })
		for (const user of users) people.set(user.id, { name: user.name, target: fallback })
	}
	const weeks = periodWeeks(period)
	return [...people]
		.map(([userId, person]) => {
			const perWeek = counts.get(userId)
			const rows = weeks.map((week) => ({ week, count: perWeek?.get(week) ?? 0 }))
			const total = rows.reduce((sum, row) => sum + row.count, 0)
			return { userId, ...person, weeks: rows, average: weeks.length ? total / weeks.length : 0 }
		})
		.sort((a, b) => a.name.localeCompare(b.name, 'nl'))
}

/** Every network figure of a coaching organisation for a period. */
export async function getNetworkFigures(networkId: string, period: Period): Promise<Insight['network']> {
	const { start, end } = periodBounds(period)
	const [byStage, contacted, events, perPerson] = await Promise.all([
		employersByStage(networkId, period),
		prisma.relationshipActivity.groupBy({
			by: ['employerId'],
			where: { networkId, kind: { in: [...contactKinds] }, occurredAt: { gte: start, lt: end } },
		}),
		eventFigures(networkId, period),
		contactsPerPerson(networkId, period),
	])
	return {
		employersByStage: byStage,
		employersContacted: contacted.length,
		...events,
		contactsPerPerson: perPerson,
	}
}
