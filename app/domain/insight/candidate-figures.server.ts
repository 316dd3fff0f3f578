// The candidate figures: who took part in a period, where they stood at its end and along the way,
// and how they moved between stages. A candidate's stage and active flag on any day are rebuilt
// from their history (CandidateEvent), loaded once for the whole organisation and folded in memory:
// INTAKE opens the route, STAGE moves it, STEP_BACK pauses it (inactive) and RETURN resumes it,
// ERASED ends it. Aggregate only: nothing here leaves this module with a candidate's identity.
import { candidateStages, isCandidateStage, type CandidateStage } from '#app/domain/candidates/candidate-options.ts'
import { addDays, addMonths, toDay } from '#app/domain/matching/placement-rules.ts'
import { amsterdamDate, calendarDay } from '#app/utils/amsterdam-time.ts'
import { prisma } from '#app/utils/db.server.ts'
import { type Insight, type Period, type StageCounts } from './insight.ts'
import { quarterOf, quarterPeriod } from './period.ts'

/**
 * Stepping back is not leaving: a candidate who stepped back stays in the programme (inactive) for
 * this many months; after that, without a return, they count as having left (and can always come back).
 */
export const LEFT_AFTER_MONTHS = 6
/** The trend has at most this many points. */
export const MAX_TREND_POINTS = 26

export type HistoryKind = 'INTAKE' | 'STAGE' | 'STEP_BACK' | 'RETURN' | 'ERASED'

/** One step of a candidate's history, on its Amsterdam calendar day; oldest first. */
export type HistoryEvent = {
	kind: HistoryKind
	fromStage: CandidateStage | null
	toStage: CandidateStage | null
	day: string
}

export type RouteState = {
	/** The route has begun (an intake, or any first event). */
	started: boolean
	stage: CandidateStage
	active: boolean
	/** The day the candidate stepped back, while inactive. */
	inactiveSince: string | null
	erased: boolean
}

const initialState: RouteState = {
	started: false,
	stage: 'ORIENTING',
	active: false,
	inactiveSince: null,
	erased: false,
}

/** The state after one event. */
export function applyEvent(state: RouteState, event: HistoryEvent): RouteState {
	const stage = event.toStage ?? (state.started ? state.stage : (event.fromStage ?? state.stage))
	switch (event.kind) {
		case 'INTAKE':
		case 'RETURN':
			return { ...state, started: true, stage, active: true, inactiveSince: null }
		case 'STAGE':
			return state.started ? { ...state, stage } : { ...state, started: true, stage, active: true }
		case 'STEP_BACK':
			return {
				...state,
				started: true,
				stage,
				active: false,
				inactiveSince: state.active || !state.started ? event.day : state.inactiveSince,
			}
		case 'ERASED':
			return { ...state, active: false, erased: true }
	}
}

/** The state at the end of `day`: every event on or before it applied. */
export function stateOn(events: readonly HistoryEvent[], day: string): RouteState {
	let state = initialState
	for (const event of events) {
		if (event.day > day) break
		state = applyEvent(state, event)
	}
	return state
}

/** In the programme on `day`: begun, not erased, and not stepped back LEFT_AFTER_MONTHS or more before it. */
export function inProgramme(state: RouteState, day: string) {
	if (!state.started || state.erased) return false
	if (state.active || state.inactiveSince === null) return true
	return addMonths(state.inactiveSince, LEFT_AFTER_MONTHS) > day
}

const movesRoute = (kind: HistoryKind) => kind === 'INTAKE' || kind === 'STAGE' || kind === 'RETURN'

/**
 * The first day of the period on which a candidate counts as a participant, or null: the period's
 * first day when they were in the programme and not yet completed then, else the day they were taken
 * in, moved on or returned within the period (completing counts as moving on).
 */
export function participatesFrom(events: readonly HistoryEvent[], period: Period): string | null {
	let before = initialState
	for (const event of events) {
		if (event.day >= period.from) break
		before = applyEvent(before, event)
	}
	if (inProgramme(before, period.from) && before.stage !== 'COMPLETED') return period.from
	const moved = events.find((event) => movesRoute(event.kind) && event.day >= period.from && event.day <= period.to)
	return moved?.day ?? null
}

/** Whether a candidate took part in the days `from` to `until`. */
export function isParticipant(events: readonly HistoryEvent[], from: string, until: string) {
	return participatesFrom(events, { from, to: until }) !== null
}

export function emptyStageCounts(): StageCounts {
	return Object.fromEntries(candidateStages.map((stage) => [stage, 0])) as StageCounts
}

type Snapshot = { participants: number; active: number; left: number; byStage: StageCounts }

/**
 * Where the participants stood on each of `dates` (ascending, within the period), counted as if the
 * period ended that day. One pass over each history, however many dates.
 */
function snapshots(histories: readonly (readonly HistoryEvent[])[], period: Period, dates: readonly string[]) {
	const points: Snapshot[] = dates.map(() => ({ participants: 0, active: 0, left: 0, byStage: emptyStageCounts() }))
	for (const events of histories) {
		const since = participatesFrom(events, period)
		if (since === null) continue
		let state = initialState
		let next = 0
		dates.forEach((date, index) => {
			while (next < events.length && events[next]!.day <= date) state = applyEvent(state, events[next++]!)
			if (date < since) return
			const point = points[index]!
			point.participants++
			if (!inProgramme(state, date)) point.left++
			else {
				point.byStage[state.stage]++
				if (state.active) point.active++
			}
		})
	}
	return points
}

const endOfMonth = (day: string) => addDays(addMonths(`${day.slice(0, 7)}-01`, 1), -1)
const endOfQuarter = (day: string) => quarterPeriod(quarterOf(day)).to
const endOfYear = (day: string) => `${day.slice(0, 4)}-12-31`

/** Weeks run from the period's first day; months, quarters and years end on the calendar's own last days. */
const trendSteps: ReadonlyArray<{ first: (from: string) => string; next: (end: string) => string }> = [
	{ first: (from) => addDays(from, 6), next: (end) => addDays(end, 7) },
	...[endOfMonth, endOfQuarter, endOfYear].map((endOf) => ({
		first: endOf,
		next: (end: string) => endOf(addDays(end, 1)),
	})),
]

/** The last day of each week (or month, quarter, year: the first that gives ≤ MAX_TREND_POINTS), ending on the period's last day. */
export function trendDates(period: Period): string[] {
	for (const step of trendSteps) {
		const dates: string[] = []
		for (let end = step.first(period.from); end < period.to && dates.length < MAX_TREND_POINTS; end = step.next(end)) {
			dates.push(end)
		}
		dates.push(period.to)
		if (dates.length <= MAX_TREND_POINTS) return dates
	}
	return [period.to]
}

/** Every candidate figure of the period from the organisation's histories (pure: the tests feed it directly). */
export function computeCandidateFigures(
	histories: readonly (readonly HistoryEvent[])[],
	period: Period,
): Insight['candidates'] {
	// The trend's last point is the period's last day: the figures at its end.
	const dates = trendDates(period)
	const points = snapshots(histories, period, dates)
	const end = points.at(-1)!
	const flowCounts = new Map<string, { from: CandidateStage | null; to: CandidateStage; count: number }>()
	let newIntakes = 0
	for (const events of histories) {
		let state = initialState
		for (const event of events) {
			if (event.day > period.to) break
			const next = applyEvent(state, event)
			if (event.day >= period.from) {
				const isIntake = event.kind === 'INTAKE'
				if (isIntake) newIntakes++
				const from = isIntake ? null : state.started ? state.stage : null
				if (movesRoute(event.kind) && (isIntake || from !== next.stage)) {
					const key = `${from ?? ''}>${next.stage}`
					const flow = flowCounts.get(key) ?? { from, to: next.stage, count: 0 }
					flow.count++
					flowCounts.set(key, flow)
				}
			}
			state = next
		}
	}
	const order = (stage: CandidateStage | null) => (stage === null ? -1 : candidateStages.indexOf(stage))
	const flows = [...flowCounts.values()].sort((a, b) => order(a.from) - order(b.from) || order(a.to) - order(b.to))
	const trend = dates.map((date, index) => ({ date, byStage: points[index]!.byStage, active: points[index]!.active }))
	return {
		participants: end.participants,
		active: end.active,
		inactive: end.participants - end.active,
		byStage: end.byStage,
		left: end.left,
		newIntakes,
		trend,
		flows,
	}
}

const historyKinds: readonly HistoryKind[] = ['INTAKE', 'STAGE', 'STEP_BACK', 'RETURN', 'ERASED']
const stageOrNull = (value: string | null) => (value !== null && isCandidateStage(value) ? value : null)

/**
 * Every candidate's history up to the period's end, oldest first, loaded in two queries. A candidate
 * without any recorded event (written before histories existed) starts on the day it was created, in
 * its current stage, paused from then on when it is inactive.
 */
export async function loadHistories(organizationId: string, until: string) {
	const [candidates, events] = await Promise.all([
		prisma.candidate.findMany({
			where: { organizationId },
			select: { id: true, primaryCoachId: true, stage: true, active: true, createdAt: true },
		}),
		prisma.candidateEvent.findMany({
			where: { candidate: { organizationId }, occurredOn: { lt: calendarDay(addDays(until, 1)) } },
			select: { candidateId: true, kind: true, fromStage: true, toStage: true, occurredOn: true, createdAt: true },
			orderBy: [{ occurredOn: 'asc' }, { createdAt: 'asc' }],
		}),
	])
	const byCandidate = new Map<string, HistoryEvent[]>()
	for (const event of events) {
		if (!(historyKinds as readonly string[]).includes(event.kind)) continue
		const list = byCandidate.get(event.candidateId) ?? []
		list.push({
			kind: event.kind as HistoryKind,
			fromStage: stageOrNull(event.fromStage),
			toStage: stageOrNull(event.toStage),
			day: toDay(event.occurredOn),
		})
		byCandidate.set(event.candidateId, list)
	}
	return candidates.map((candidate) => {
		let history = byCandidate.get(candidate.id)
		if (!history) {
			const day = amsterdamDate(candidate.createdAt)
			const stage = stageOrNull(candidate.stage)
			history =
				day > until
					? []
					: [
							{ kind: 'INTAKE', fromStage: null, toStage: stage, day },
							...(candidate.active ? [] : [{ kind: 'STEP_BACK' as const, fromStage: stage, toStage: stage, day }]),
						]
		}
		return { primaryCoachId: candidate.primaryCoachId, history }
	})
}
