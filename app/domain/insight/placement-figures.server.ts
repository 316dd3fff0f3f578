// The matching figures of a period: the proposal funnel with the employers' decline reasons, the
// placements that started and that reached durable work, and how many were still at work 3, 6 and
// 12 months after their start. Everything is judged as it stood at the period's end, so a period's
// figures stay the same when looked at later. Aggregate only: no candidate is named.
import { declineReasons } from '#app/domain/matching/proposal-schema.ts'
import {
	addDays,
	addMonths,
	durableOn,
	toDay,
	type CalendarInput,
	type StepBackPeriod,
} from '#app/domain/matching/placement-rules.ts'
import { prisma } from '#app/utils/db.server.ts'
import { type Insight, type Period } from './insight.ts'
import { inPeriod, periodBounds } from './period.ts'
import { calendarDay } from '#app/utils/amsterdam-time.ts'

export const RETENTION_MONTHS = [3, 6, 12] as const

type PlacementFacts = {
	startDate: CalendarInput
	endedOn: CalendarInput | null
	stepBacks: readonly StepBackPeriod[]
}

/**
 * The day a placement reached (or will reach) durable work, as known on `asOf`: step-back periods
 * that began later are not known yet, and one still open then counts up to that day (or up to the
 * placement's last day when it ended first).
 */
export function durableDayAsOf(placement: PlacementFacts, asOf: string) {
	const endedOn = placement.endedOn ? toDay(placement.endedOn) : null
	const judgedOn = endedOn && endedOn < asOf ? endedOn : asOf
	const known = placement.stepBacks
		.filter((period) => toDay(period.startedOn) <= judgedOn)
		.map((period) => ({
			startedOn: period.startedOn,
			endedOn: period.endedOn && toDay(period.endedOn) <= judgedOn ? period.endedOn : null,
		}))
	return durableOn(placement.startDate, known, judgedOn)
}

/** Durable work reached on or before `asOf` while the placement still ran. */
export function isDurableBy(placement: PlacementFacts, asOf: string) {
	const durable = durableDayAsOf(placement, asOf)
	const endedOn = placement.endedOn ? toDay(placement.endedOn) : null
	return durable <= asOf && (endedOn === null || durable <= endedOn)
}

/** Placement figures of the period from the organisation's placements (pure: the tests feed it directly). */
export function computePlacementFigures(placements: readonly PlacementFacts[], period: Period): Insight['placements'] {
	let started = 0
	let durable = 0
	let endedBeforeDurable = 0
	const retention = RETENTION_MONTHS.map((months) => ({
		months,
		eligible: 0,
		retained: 0,
		rate: null as number | null,
	}))
	for (const placement of placements) {
		const start = toDay(placement.startDate)
		if (start > period.to) continue
		if (inPeriod(start, period)) started++
		const endedOn = placement.endedOn && toDay(placement.endedOn) <= period.to ? toDay(placement.endedOn) : null
		const durableDay = durableDayAsOf(placement, period.to)
		const reached = durableDay <= period.to && (endedOn === null || durableDay <= endedOn)
		if (reached && inPeriod(durableDay, period)) durable++
		if (!reached && endedOn !== null && inPeriod(endedOn, period)) endedBeforeDurable++
		for (const row of retention) {
			const mark = addMonths(start, row.months)
			if (!inPeriod(mark, period)) continue
			row.eligible++
			if (endedOn === null || endedOn >= mark) row.retained++
		}
	}
	for (const row of retention) row.rate = row.eligible ? row.retained / row.eligible : null
	const judged = durable + endedBeforeDurable
	return { started, durable, durabilityRate: judged ? durable / judged : null, retention }
}

type ProposalFacts = {
	declineReason: string | null
	/** Timeline steps taken up to the period's end. */
	events: ReadonlyArray<{ kind: string }>
	placement: PlacementFacts | null
}

/** The funnel of the proposals made in the period, and why employers declined them (pure). */
export function computeProposalFigures(proposals: readonly ProposalFacts[], period: Period): Insight['proposals'] {
	const funnel = { proposed: 0, introduced: 0, placed: 0, durable: 0 }
	const reasons = new Map<string, number>()
	for (const proposal of proposals) {
		const kinds = new Set(proposal.events.map((event) => event.kind))
		const startedBy = proposal.placement !== null && toDay(proposal.placement.startDate) <= period.to
		const placed = kinds.has('PLACED') || startedBy
		funnel.proposed++
		if (placed || kinds.has('INTRO_PLANNED')) funnel.introduced++
		if (placed) funnel.placed++
		if (proposal.placement && isDurableBy(proposal.placement, period.to)) funnel.durable++
		if (kinds.has('DECLINED')) {
			const reason = proposal.declineReason ?? 'OTHER'
			reasons.set(reason, (reasons.get(reason) ?? 0) + 1)
		}
	}
	const order = (reason: string) => {
		const index = (declineReasons as readonly string[]).indexOf(reason)
		return index === -1 ? declineReasons.length : index
	}
	const declines = [...reasons].map(([reason, count]) => ({ reason, count }))
	declines.sort((a, b) => b.count - a.count || order(a.reason) - order(b.reason))
	return { funnel, declineReasons: declines }
}

const placementFacts = {
	startDate: true,
	endedOn: true,
	stepBacks: { select: { startedOn: true, endedOn: true } },
} as const

/** The proposals and placement figures of a coaching organisation; three queries, whatever the numbers. */
export async function getMatchingFigures(organizationId: string, period: Period) {
	const { start, end } = periodBounds(period)
	const [proposals, placements] = await Promise.all([
		prisma.proposal.findMany({
			where: { coachingOrganizationId: organizationId, createdAt: { gte: start, lt: end } },
			select: {
				declineReason: true,
				events: {
					where: { kind: { in: ['INTRO_PLANNED', 'PLACED', 'DECLINED'] }, createdAt: { lt: end } },
					select: { kind: true },
				},
				placement: { select: placementFacts },
			},
		}),
		prisma.placement.findMany({
			where: {
				coachingOrganizationId: organizationId,
				startDate: { lt: calendarDay(addDays(period.to, 1)) },
			},
			select: placementFacts,
		}),
	])
	return {
		proposals: computeProposalFigures(proposals, period),
		placements: computePlacementFigures(placements, period),
	}
}
