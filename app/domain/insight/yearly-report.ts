// The yearly report's figures as the rows and sentences the page prints: shares, rounding and plain
// sentences (also when a figure is zero). Pure and client-safe: the page renders the same `Insight`
// the dashboard shows, and the unit tests feed it hand-made ones. Aggregate only, like `Insight`.
import { candidateStages, type CandidateStage } from '#app/domain/candidates/candidate-options.ts'
import { relationshipStages } from '#app/domain/network/activity-options.ts'
import { eventKinds } from '#app/domain/network/event-options.ts'
import { intlLocale } from '#app/utils/format.ts'
import { percentOfShare } from './figure-tables.ts'
import { type Insight, type Period } from './insight.ts'
import { normalizeLineEndings } from './narrative-schema.ts'
import { EARLIEST_PERIOD_DAY, resolvePeriod } from './period.ts'

/** i18next's `t` (from `useTranslation` or `getFixedT`); keys here name their namespace. */
export type Translate = (key: string, options?: Record<string, unknown>) => string

export type ReportContext = { t: Translate; locale: string }

// --- The year --------------------------------------------------------------------------------

/** The URL names the report's year: /inzicht/jaarverslag?jaar=2026 */
export const REPORT_YEAR_PARAM = 'jaar'
/** Years offered in the picker: this one and the ones before it. */
export const REPORT_YEARS_OFFERED = 10

const EARLIEST_YEAR = Number(EARLIEST_PERIOD_DAY.slice(0, 4))

/** The link to a year's report; without a year, this year's. */
export function yearlyReportPath(year?: number) {
	const path = '/inzicht/jaarverslag'
	return year === undefined ? path : `${path}?${REPORT_YEAR_PARAM}=${year}`
}

export type ReportYear = {
	year: number
	/** The days the figures are about: the calendar year, up to today while it is still running. */
	period: Period
	/** The whole calendar year: the social return overview is kept under it, so it stays put as the year runs on. */
	narrativePeriod: Period
	/** The URL asked for a year that is not a whole number from 2000 up to this year: this year is shown. */
	invalid: boolean
	/** The years to choose from, newest first (the chosen one included). */
	years: number[]
}

/** The year the URL asks for, or this year (with `invalid` when the asked one cannot be shown). */
export function parseReportYear(searchParams: URLSearchParams, today: string): ReportYear {
	const thisYear = Number(today.slice(0, 4))
	const raw = searchParams.get(REPORT_YEAR_PARAM)?.trim() ?? ''
	const asked = /^\d{4}$/.test(raw) ? Number(raw) : null
	const valid = asked !== null && asked >= EARLIEST_YEAR && asked <= thisYear
	const year = valid ? asked : thisYear
	const narrativePeriod = { from: `${year}-01-01`, to: `${year}-12-31` }
	const offered = Array.from(
		{ length: Math.min(REPORT_YEARS_OFFERED, thisYear - EARLIEST_YEAR + 1) },
		(_, index) => thisYear - index,
	)
	return {
		year,
		period: resolvePeriod({ preset: 'custom', ...narrativePeriod }, today),
		narrativePeriod,
		invalid: raw !== '' && !valid,
		years: offered.includes(year) ? offered : [...offered, year],
	}
}

// --- Numbers ---------------------------------------------------------------------------------

/** `part` as a whole percentage of `whole`, rounded half up; null when there is nothing to divide by. */
export function percentOf(part: number, whole: number): number | null {
	if (whole <= 0) return null
	return Math.round((part * 100) / whole)
}

/** A rate between 0 and 1 as a whole percentage, rounded half up (0.125 → 13); null stays null. */
export function ratePercent(rate: number | null): number | null {
	return rate === null ? null : percentOfShare(rate)
}

/**
 * Whole percentages of each count in their total that add up to exactly 100 (largest remainder:
 * round down, then give the points left to the largest fractions, earlier ones first on a tie).
 * Every share is null when the total is 0.
 */
export function roundedShares(counts: readonly number[]): Array<number | null> {
	const total = counts.reduce((sum, count) => sum + count, 0)
	if (total <= 0) return counts.map(() => null)
	const exact = counts.map((count) => (count * 100) / total)
	const shares = exact.map(Math.floor)
	let left = 100 - shares.reduce((sum, share) => sum + share, 0)
	const byRemainder = exact
		.map((value, index) => ({ index, remainder: value - Math.floor(value) }))
		.sort((a, b) => b.remainder - a.remainder || a.index - b.index)
	for (const { index } of byRemainder) {
		if (left <= 0) break
		shares[index]! += 1
		left -= 1
	}
	return shares
}

export function formatCount(value: number, locale: string) {
	return new Intl.NumberFormat(intlLocale(locale)).format(value)
}

/** A whole percentage as text ("38%"); null as the report's "not applicable". */
export function formatPercent(value: number | null, { t, locale }: ReportContext) {
	if (value === null) return t('yearlyReport:notApplicable')
	return new Intl.NumberFormat(intlLocale(locale), { style: 'percent', maximumFractionDigits: 0 }).format(value / 100)
}

// --- Rows ------------------------------------------------------------------------------------

/** A line of a table: a label, a number, and where it means something, a percentage. */
export type FigureRow = { key: string; label: string; count: string; share: string | null }

/** A table whose shares add up: its rows and its total line (100%, or n/a when there is nothing). */
export type ShareTable = { rows: FigureRow[]; total: { count: string; share: string } }

/** One row per entry, in the given order, with shares of the table's total that add up to 100%. */
export function shareTable(
	entries: ReadonlyArray<{ key: string; label: string; count: number }>,
	context: ReportContext,
): ShareTable {
	const shares = roundedShares(entries.map(({ count }) => count))
	const total = entries.reduce((sum, { count }) => sum + count, 0)
	return {
		rows: entries.map(({ key, label, count }, index) => ({
			key,
			label,
			count: formatCount(count, context.locale),
			share: formatPercent(shares[index]!, context),
		})),
		total: { count: formatCount(total, context.locale), share: formatPercent(percentOf(total, total), context) },
	}
}

function figure(key: string, count: number, context: ReportContext, share?: number | null): FigureRow {
	return {
		key,
		label: context.t(`yearlyReport:figures.${key}`),
		count: formatCount(count, context.locale),
		share: share === undefined ? null : formatPercent(share, context),
	}
}

const stageLabel = (stage: CandidateStage, { t, locale }: ReportContext) =>
	t(`candidates:stages.${stage}`).toLocaleLowerCase(intlLocale(locale))

// --- Sections --------------------------------------------------------------------------------

export function reachView({ candidates }: Insight, context: ReportContext) {
	const { t } = context
	const { participants, newIntakes, active, inactive } = candidates
	const sentences = [t('yearlyReport:reach.participants', { count: participants })]
	if (participants > 0) {
		sentences.push(
			t('yearlyReport:reach.newIntakes', { count: newIntakes }),
			t('yearlyReport:reach.activeInactive', {
				active: formatCount(active, context.locale),
				inactive: formatCount(inactive, context.locale),
			}),
		)
	}
	return {
		sentences,
		rows: [
			figure('participants', participants, context),
			figure('newIntakes', newIntakes, context, percentOf(newIntakes, participants)),
			figure('active', active, context, percentOf(active, participants)),
			figure('inactive', inactive, context, percentOf(inactive, participants)),
		],
	}
}

const stageOrder = (stage: CandidateStage | null) => (stage === null ? -1 : candidateStages.indexOf(stage))

/** Moves between stages as sentences, intakes first, then in the order of the route; none as one sentence. */
export function flowSentences(flows: Insight['candidates']['flows'], context: ReportContext) {
	const { t } = context
	const moves = flows
		.filter((flow) => flow.count > 0)
		.sort((a, b) => stageOrder(a.from) - stageOrder(b.from) || stageOrder(a.to) - stageOrder(b.to))
	if (moves.length === 0) return [t('yearlyReport:stages.noFlows')]
	return moves.map(({ from, to, count }) =>
		from === null
			? t('yearlyReport:stages.flowIntake', { count, to: stageLabel(to, context) })
			: t('yearlyReport:stages.flowMove', { count, from: stageLabel(from, context), to: stageLabel(to, context) }),
	)
}

export function stagesView({ candidates }: Insight, context: ReportContext) {
	return {
		// Those who left the programme have no stage at its end: a row of their own makes the total the participants.
		table: shareTable(
			[
				...candidateStages.map((stage) => ({
					key: stage,
					label: context.t(`candidates:stages.${stage}`),
					count: candidates.byStage[stage] ?? 0,
				})),
				{ key: 'left', label: context.t('yearlyReport:stages.left'), count: candidates.left },
			],
			context,
		),
		flows: flowSentences(candidates.flows, context),
	}
}

export function placementsView({ placements }: Insight, context: ReportContext) {
	const { t } = context
	const rate = ratePercent(placements.durabilityRate)
	return {
		sentences: [
			t('yearlyReport:placements.started', { count: placements.started }),
			t('yearlyReport:placements.durable', { count: placements.durable }),
			rate === null
				? t('yearlyReport:placements.rateUnknown')
				: t('yearlyReport:placements.rate', { rate: formatPercent(rate, context) }),
		],
		rows: [
			figure('placementsStarted', placements.started, context),
			figure('placementsDurable', placements.durable, context),
			{
				key: 'durabilityRate',
				label: t('yearlyReport:figures.durabilityRate'),
				count: formatPercent(rate, context),
				share: null,
			},
		],
		retention: placements.retention.map(({ months, eligible, retained, rate: retentionRate }) => ({
			key: String(months),
			label: t('yearlyReport:placements.afterMonths', { count: months }),
			eligible: formatCount(eligible, context.locale),
			retained: formatCount(retained, context.locale),
			rate: formatPercent(ratePercent(retentionRate), context),
		})),
	}
}

const funnelSteps = ['proposed', 'introduced', 'placed', 'durable'] as const

export function proposalsView({ proposals }: Insight, context: ReportContext) {
	const { t } = context
	const { funnel } = proposals
	return {
		sentence:
			funnel.proposed === 0
				? t('yearlyReport:proposals.none')
				: t('yearlyReport:proposals.summary', {
						proposed: formatCount(funnel.proposed, context.locale),
						placed: formatCount(funnel.placed, context.locale),
						durable: formatCount(funnel.durable, context.locale),
					}),
		funnel: funnelSteps.map((step) => ({
			key: step,
			label: t(`yearlyReport:proposals.steps.${step}`),
			count: formatCount(funnel[step], context.locale),
			share: formatPercent(percentOf(funnel[step], funnel.proposed), context),
		})),
		declineReasons: proposals.declineReasons
			.filter(({ count }) => count > 0)
			.map(({ reason, count }) => ({
				key: reason,
				label: t(`proposals:declineReasons.${reason}`, { defaultValue: reason }),
				count: formatCount(count, context.locale),
				share: null,
			})),
	}
}

export function networkView({ network }: Insight, context: ReportContext) {
	const { t } = context
	const { attendance } = network
	const eventsHeld = eventKinds.reduce((sum, kind) => sum + (network.eventsHeld[kind] ?? 0), 0)
	return {
		sentences: [
			t('yearlyReport:network.contacted', { count: network.employersContacted }),
			eventsHeld === 0
				? t('yearlyReport:network.noEvents')
				: t('yearlyReport:network.events', {
						count: eventsHeld,
						present: formatCount(attendance.present, context.locale),
						organizations: formatCount(attendance.organizations, context.locale),
					}),
			t('yearlyReport:network.soundingBoard', { count: network.soundingBoardSessions }),
		],
		rows: [
			figure('employersContacted', network.employersContacted, context),
			figure('eventsHeld', eventsHeld, context),
			figure('invited', attendance.invited, context),
			figure('present', attendance.present, context, percentOf(attendance.present, attendance.invited)),
			figure('organizationsReached', attendance.organizations, context),
			figure('soundingBoardSessions', network.soundingBoardSessions, context),
		],
		employersByStage: shareTable(
			relationshipStages.map((stage) => ({
				key: stage,
				label: t(`relationships:stages.${stage}`),
				count: network.employersByStage[stage] ?? 0,
			})),
			context,
		),
		eventsByKind: eventKinds.map((kind) => {
			const kindAttendance = network.attendanceByKind[kind]
			return {
				key: kind,
				label: t(`events:kinds.${kind}`),
				held: formatCount(network.eventsHeld[kind] ?? 0, context.locale),
				present: formatCount(kindAttendance?.present ?? 0, context.locale),
				organizations: formatCount(kindAttendance?.organizations ?? 0, context.locale),
			}
		}),
	}
}

/** Every section of the report, ready to print. */
export function yearlyReportView(insight: Insight, context: ReportContext) {
	return {
		reach: reachView(insight, context),
		stages: stagesView(insight, context),
		placements: placementsView(insight, context),
		proposals: proposalsView(insight, context),
		network: networkView(insight, context),
	}
}

export type YearlyReportView = ReturnType<typeof yearlyReportView>

// --- The free text ---------------------------------------------------------------------------

/**
 * The overview as printed: paragraphs split at blank lines, each a list of its lines (single line
 * breaks are kept inside a paragraph). Plain text only: the page renders these as text, never HTML.
 */
export function narrativeParagraphs(text: string): string[][] {
	return normalizeLineEndings(text)
		.split(/\n\s*\n/)
		.map((paragraph) => paragraph.trim())
		.filter((paragraph) => paragraph !== '')
		.map((paragraph) => paragraph.split('\n').map((line) => line.trimEnd()))
}
