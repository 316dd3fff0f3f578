// Every figure of the dashboard as a table: a caption, columns and rows with a header cell each. The
// page's accessible tables, its charts (drawn from the same rows) and the CSV downloads are all built
// from these, so they can never disagree. Client-safe: `t` is the page's or the server's translate
// function, and every key is written with its namespace so either works.
import { type TFunction } from 'i18next'
import { candidateStages } from '#app/domain/candidates/candidate-options.ts'
import { relationshipStages } from '#app/domain/network/activity-options.ts'
import { eventKinds } from '#app/domain/network/event-options.ts'
import { intlLocale } from '#app/utils/format.ts'
import { type Insight } from './insight.ts'
import { isoWeekNumber } from './period.ts'

/** The figures, in the order the page shows them, with the Dutch name their CSV file goes by. */
export const figureSlugs = {
	headline: 'kerncijfers',
	stages: 'fasen',
	trend: 'verloop',
	flows: 'doorstroom',
	funnel: 'voorstellen',
	declineReasons: 'afwijzingsredenen',
	placements: 'plaatsingen',
	retention: 'behoud',
	contacts: 'werkgeverscontacten',
	contactWeeks: 'werkgeverscontacten-per-week',
	relationships: 'relaties',
	network: 'netwerk',
	events: 'bijeenkomsten',
	caseload: 'caseload',
} as const
export type FigureKey = keyof typeof figureSlugs
export const figureKeys = Object.keys(figureSlugs) as FigureKey[]

export function figureBySlug(slug: string | undefined): FigureKey | null {
	return figureKeys.find((key) => figureSlugs[key] === slug) ?? null
}

/** How a column's numbers read: counts, shares (0–1, shown as whole percentages) or averages (one decimal). */
export type ColumnKind = 'count' | 'percent' | 'decimal'
export type FigureColumn = { label: string; kind: ColumnKind }
export type FigureRow = {
	/** The row's header cell (a stage, a week, a coach). */
	header: string
	cells: Array<number | null>
	/** A status in words (a coach's capacity); a warning is marked on the page with an icon as well. */
	status?: { text: string; warning: boolean }
}
export type FigureTable = {
	key: FigureKey
	caption: string
	/** The label of the header column. */
	headerLabel: string
	columns: FigureColumn[]
	rows: FigureRow[]
	/** The label of the status column, for tables whose rows have a status. */
	statusLabel?: string
}

type Labels = { t: TFunction; locale: string }

const count = (label: string): FigureColumn => ({ label, kind: 'count' })
const percent = (label: string): FigureColumn => ({ label, kind: 'percent' })

function stageLabels(t: TFunction) {
	return candidateStages.map((stage) => t(`candidates:stages.${stage}`))
}

/** A whole percentage of a share, half up: 0.125 → 13. */
export function percentOfShare(share: number) {
	return Math.round(share * 100 + 1e-9)
}

const shareOf = (part: number, whole: number) => (whole ? part / whole : null)

/** A cell as the page shows it: 1.234, 50%, 1,3; a missing value as a dash. */
export function formatCell(value: number | null, kind: ColumnKind, locale: string) {
	if (value === null) return '–'
	const intl = intlLocale(locale)
	if (kind === 'percent') return `${percentOfShare(value)}%`
	if (kind === 'decimal') return new Intl.NumberFormat(intl, { maximumFractionDigits: 1 }).format(value)
	return new Intl.NumberFormat(intl).format(value)
}

/** A cell as a download holds it: a plain number, a share as a whole percentage, an average to one decimal. */
export function exportValue(value: number | null, kind: ColumnKind) {
	if (value === null) return null
	if (kind === 'percent') return percentOfShare(value)
	if (kind === 'decimal') return Math.round(value * 10) / 10
	return value
}

/** A column's header in a download: a percentage column says so, since its cells carry no % sign. */
export function exportHeader(column: FigureColumn, t: TFunction) {
	return column.kind === 'percent' ? t('insight:columns.percentHeader', { label: column.label }) : column.label
}

/** A calendar day as 6 mei 2026. */
export function formatDay(day: string, locale: string) {
	return new Intl.DateTimeFormat(intlLocale(locale), {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC',
	}).format(new Date(`${day}T00:00:00.000Z`))
}

function weekLabel(monday: string, { t, locale }: Labels) {
	return t('insight:weeks.label', { number: isoWeekNumber(monday), monday: formatDay(monday, locale) })
}

const builders: Record<FigureKey, (insight: Insight, labels: Labels) => Omit<FigureTable, 'key' | 'caption'>> = {
	headline: ({ candidates, proposals, placements, network }, { t }) => ({
		headerLabel: t('insight:columns.figure'),
		columns: [count(t('insight:columns.count'))],
		rows: [
			{ header: t('insight:headline.participants'), cells: [candidates.participants] },
			{ header: t('insight:headline.active'), cells: [candidates.active] },
			{ header: t('insight:headline.inactive'), cells: [candidates.inactive] },
			...candidateStages.map((stage) => ({
				header: t(`candidates:stages.${stage}`),
				cells: [candidates.byStage[stage]],
			})),
			{ header: t('insight:headline.left'), cells: [candidates.left] },
			{ header: t('insight:headline.newIntakes'), cells: [candidates.newIntakes] },
			{ header: t('insight:headline.employersContacted'), cells: [network.employersContacted] },
			{ header: t('insight:headline.employerMeetings'), cells: [network.eventsHeld.EMPLOYER_MEETING] },
			{ header: t('insight:headline.soundingBoardSessions'), cells: [network.soundingBoardSessions] },
			{ header: t('insight:headline.proposals'), cells: [proposals.funnel.proposed] },
			{ header: t('insight:headline.durable'), cells: [placements.durable] },
		],
	}),
	stages: ({ candidates }, { t }) => ({
		headerLabel: t('insight:columns.stage'),
		columns: [count(t('insight:columns.candidates'))],
		rows: [
			...candidateStages.map((stage) => ({
				header: t(`candidates:stages.${stage}`),
				cells: [candidates.byStage[stage]],
			})),
			{ header: t('insight:headline.left'), cells: [candidates.left] },
		],
	}),
	trend: ({ candidates }, labels) => ({
		headerLabel: labels.t('insight:columns.date'),
		columns: [...stageLabels(labels.t).map(count), count(labels.t('insight:headline.active'))],
		rows: candidates.trend.map((point) => ({
			header: formatDay(point.date, labels.locale),
			cells: [...candidateStages.map((stage) => point.byStage[stage]), point.active],
		})),
	}),
	flows: ({ candidates }, { t }) => ({
		headerLabel: t('insight:columns.move'),
		columns: [count(t('insight:columns.candidates'))],
		rows: candidates.flows.map((flow) => ({
			header: t('insight:flows.move', {
				from: flow.from ? t(`candidates:stages.${flow.from}`) : t('insight:flows.new'),
				to: t(`candidates:stages.${flow.to}`),
			}),
			cells: [flow.count],
		})),
	}),
	funnel: ({ proposals: { funnel } }, { t }) => ({
		headerLabel: t('insight:columns.step'),
		columns: [count(t('insight:columns.proposals')), percent(t('insight:columns.ofProposed'))],
		rows: (['proposed', 'introduced', 'placed', 'durable'] as const).map((step) => ({
			header: t(`insight:funnel.${step}`),
			cells: [funnel[step], shareOf(funnel[step], funnel.proposed)],
		})),
	}),
	declineReasons: ({ proposals }, { t }) => ({
		headerLabel: t('insight:columns.reason'),
		columns: [count(t('insight:columns.proposals'))],
		rows: proposals.declineReasons.map((decline) => ({
			header: t(`proposals:declineReasons.${decline.reason}`, { defaultValue: decline.reason }),
			cells: [decline.count],
		})),
	}),
	placements: ({ placements }, { t }) => ({
		headerLabel: t('insight:columns.period'),
		columns: [
			count(t('insight:placements.started')),
			count(t('insight:placements.durable')),
			percent(t('insight:placements.rate')),
		],
		rows: [
			{
				header: t('insight:placements.inPeriod'),
				cells: [placements.started, placements.durable, placements.durabilityRate],
			},
		],
	}),
	retention: ({ placements }, { t }) => ({
		headerLabel: t('insight:columns.milestone'),
		columns: [
			count(t('insight:columns.eligible')),
			count(t('insight:columns.retained')),
			percent(t('insight:columns.retentionRate')),
		],
		rows: placements.retention.map((row) => ({
			header: t('insight:retention.months', { count: row.months }),
			cells: [row.eligible, row.retained, row.rate],
		})),
	}),
	contacts: ({ network }, { t }) => ({
		headerLabel: t('insight:columns.person'),
		columns: [
			count(t('insight:columns.target')),
			{ label: t('insight:columns.average'), kind: 'decimal' },
			count(t('insight:columns.weeksOnTarget')),
			count(t('insight:columns.weeks')),
			count(t('insight:columns.total')),
		],
		rows: network.contactsPerPerson.map((person) => ({
			header: person.name,
			cells: [
				person.target,
				person.average,
				person.weeks.filter((week) => week.count >= person.target).length,
				person.weeks.length,
				person.weeks.reduce((sum, week) => sum + week.count, 0),
			],
		})),
	}),
	contactWeeks: ({ network }, labels) => ({
		headerLabel: labels.t('insight:columns.week'),
		columns: network.contactsPerPerson.map((person) => count(person.name)),
		rows: (network.contactsPerPerson[0]?.weeks ?? []).map((week, index) => ({
			header: weekLabel(week.week, labels),
			cells: network.contactsPerPerson.map((person) => person.weeks[index]?.count ?? 0),
		})),
	}),
	relationships: ({ network }, { t }) => ({
		headerLabel: t('insight:columns.relationshipStage'),
		columns: [count(t('insight:columns.employers'))],
		rows: relationshipStages.map((stage) => ({
			header: t(`relationships:stages.${stage}`),
			cells: [network.employersByStage[stage]],
		})),
	}),
	network: ({ network }, { t }) => ({
		headerLabel: t('insight:columns.figure'),
		columns: [count(t('insight:columns.count'))],
		rows: [
			{ header: t('insight:network.employersContacted'), cells: [network.employersContacted] },
			{ header: t('insight:network.employersAttending'), cells: [network.employersAttending] },
			{ header: t('insight:network.soundingBoardSessions'), cells: [network.soundingBoardSessions] },
		],
	}),
	events: ({ network }, { t }) => ({
		headerLabel: t('insight:columns.eventKind'),
		columns: [
			count(t('insight:columns.held')),
			count(t('insight:columns.invited')),
			count(t('insight:columns.present')),
			count(t('insight:columns.organizationsPresent')),
		],
		rows: [
			...eventKinds.map((kind) => {
				const attendance = network.attendanceByKind[kind]
				return {
					header: t(`events:kinds.${kind}`),
					cells: [network.eventsHeld[kind], attendance.invited, attendance.present, attendance.organizations],
				}
			}),
			{
				header: t('insight:columns.total'),
				cells: [
					eventKinds.reduce((sum, kind) => sum + network.eventsHeld[kind], 0),
					network.attendance.invited,
					network.attendance.present,
					network.attendance.organizations,
				],
			},
		],
	}),
	caseload: ({ caseload }, { t }) => ({
		headerLabel: t('insight:columns.jobcoach'),
		columns: [
			count(t('insight:columns.activeCandidates')),
			{ label: t('insight:columns.contractHours'), kind: 'decimal' },
			count(t('insight:columns.capacity')),
		],
		statusLabel: t('insight:columns.status'),
		rows: caseload.map((coach) => ({
			header: coach.name,
			cells: [coach.activeCandidates, coach.contractHours, coach.capacity],
			status: {
				warning: coach.overCapacity,
				text: coach.overCapacity
					? t('insight:caseload.over', { count: coach.activeCandidates - (coach.capacity ?? 0) })
					: coach.capacity === null
						? t('insight:caseload.noHours')
						: t('insight:caseload.within'),
			},
		})),
	}),
}

/** One figure of the insight as a table, in the reader's language. */
export function figureTable(key: FigureKey, insight: Insight, labels: Labels): FigureTable {
	return { key, caption: labels.t(`insight:figures.${key}.caption`), ...builders[key](insight, labels) }
}
