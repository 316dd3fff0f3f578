// The dashboard's body: the period, the key figures with how they are counted, then every figure as a
// section with its chart, table and CSV download. Aggregate only: the insight holds counts and rates
// and the names of staff, never a candidate. Rendered by /inzicht from its loader data.
import { type SubmissionResult } from '@conform-to/react'
import { Link } from '@remix-run/react'
import { Trans, useTranslation } from 'react-i18next'
import { candidateStages } from '#app/domain/candidates/candidate-options.ts'
import { type CoachContractHours } from '#app/domain/insight/contract-hours-schema.ts'
import { figureTable, formatDay, type FigureKey, type FigureTable } from '#app/domain/insight/figure-tables.ts'
import { type Insight } from '#app/domain/insight/insight.ts'
import { periodQuery, type PeriodSelection } from '#app/domain/insight/period.ts'
import { formatCount, yearlyReportPath } from '#app/domain/insight/yearly-report.ts'
import { InsightCapacityWarning } from './insight-capacity-warning.tsx'
import { type ChartSpec } from './insight-charts.tsx'
import { InsightContractHours } from './insight-contract-hours.tsx'
import { InsightCsvLink, InsightFigure, InsightTable } from './insight-figure.tsx'
import { InsightPeriodPicker } from './insight-period-picker.tsx'
import { PageHeader } from './page-header.tsx'
import { focusRing, plainTextLinkClass, textLinkClass } from './place-card.tsx'

export type InsightDashboardProps = {
	insight: Insight
	selection: PeriodSelection
	/** The URL asked for a period that does not exist; the default is shown. */
	invalid: boolean
	quarters: string[]
	today: string
	/** LEFT_AFTER_MONTHS and CANDIDATES_PER_CONTRACT_HOUR, for the explanations. */
	settings: { leftAfterMonths: number; candidatesPerHour: number }
	/** The jobcoaches' contracted hours for the coordinator's form; null shows the figures read-only. */
	contractHours?: CoachContractHours[] | null
	/** The form's last failed submission, to show its messages and keep what was typed. */
	contractHoursResult?: SubmissionResult<string[]> | null
}

const charts: Partial<Record<FigureKey, ChartSpec>> = {
	stages: { type: 'bar', series: [0] },
	trend: { type: 'line', series: [0, 1, 2, 3, 4, 5] },
	flows: { type: 'bar', series: [0], horizontal: true },
	funnel: { type: 'bar', series: [0] },
	declineReasons: { type: 'bar', series: [0], horizontal: true },
	placements: { type: 'bar', series: [0, 1] },
	retention: { type: 'bar', series: [2] },
	relationships: { type: 'bar', series: [0] },
	network: { type: 'bar', series: [0], horizontal: true },
	events: { type: 'bar', series: [1, 2], withoutLastRow: true },
	caseload: { type: 'bar', series: [0, 2] },
}

/** The sections in page order; the key figures come first, on their own. */
const sections = [
	'stages',
	'trend',
	'flows',
	'funnel',
	'declineReasons',
	'placements',
	'retention',
	'contacts',
	'relationships',
	'network',
	'events',
	'caseload',
] as const satisfies readonly FigureKey[]

/** A line at the weekly target when everyone shares it (each person's own target is in the table). */
function contactsChart(insight: Insight, weeks: FigureTable, targetLabel: string): ChartSpec {
	const targets = new Set(insight.network.contactsPerPerson.map((person) => person.target))
	const [target] = targets
	return {
		type: 'line',
		series: weeks.columns.map((_, index) => index),
		reference: targets.size === 1 && target !== undefined ? { value: target, label: targetLabel } : undefined,
	}
}

function HeadlineTiles({ insight }: { insight: Insight }) {
	const { t, i18n } = useTranslation('insight')
	const { candidates, network } = insight
	const groups = [
		[
			['participants', t('headline.participants'), candidates.participants],
			['active', t('headline.active'), candidates.active],
			['inactive', t('headline.inactive'), candidates.inactive],
		],
		[
			...candidateStages.map((stage) => [stage, t(`candidates:stages.${stage}`), candidates.byStage[stage]] as const),
			['left', t('headline.left'), candidates.left],
		],
		[
			['employersContacted', t('headline.employersContacted'), network.employersContacted],
			['employerMeetings', t('headline.employerMeetings'), network.eventsHeld.EMPLOYER_MEETING],
			['soundingBoardSessions', t('headline.soundingBoardSessions'), network.soundingBoardSessions],
		],
	] as const
	return (
		<div className="space-y-3" data-testid="insight-headline">
			{groups.map((group, index) => (
				<dl key={index} className="flex flex-wrap gap-3">
					{group.map(([key, label, value]) => (
						<div
							key={key}
							className="min-w-max flex-1 rounded-md border border-slate-300 bg-slate-50 p-3"
							data-figure={key}
						>
							<dt className="text-sm text-slate-700">{label}</dt>
							<dd className="text-2xl font-bold text-slate-900 tabular-nums">{formatCount(value, i18n.language)}</dd>
						</div>
					))}
				</dl>
			))}
		</div>
	)
}

function Definitions({ months }: { months: number }) {
	const { t } = useTranslation('insight')
	const keys = ['participants', 'inProgramme', 'active', 'stages', 'history'] as const
	return (
		<div>
			<h3 className="text-lg font-semibold">{t('definitions.heading')}</h3>
			<ul className="mt-2 list-disc space-y-1 pl-5 text-slate-700">
				{keys.map((key) => (
					<li key={key}>
						<Trans
							t={t}
							i18nKey={`definitions.${key}`}
							values={{ months }}
							components={{ strong: <strong className="text-slate-900" /> }}
						/>
					</li>
				))}
			</ul>
		</div>
	)
}

export function InsightDashboard({
	insight,
	selection,
	invalid,
	quarters,
	today,
	settings,
	contractHours,
	contractHoursResult,
}: InsightDashboardProps) {
	const { t, i18n } = useTranslation('insight')
	const labels = { t, locale: i18n.language }
	const table = (key: FigureKey) => figureTable(key, insight, labels)
	const query = periodQuery(selection)
	const { period } = insight
	const explanation = (key: FigureKey) =>
		t(`figures.${key}.explanation`, { months: settings.leftAfterMonths, perHour: settings.candidatesPerHour })
	const headline = table('headline')
	const contactWeeks = table('contactWeeks')
	return (
		<div className="space-y-6">
			<PageHeader title={t('title')}>
				<p>{t('intro')}</p>
				<p className="mt-2">
					<Link to={yearlyReportPath()} className={textLinkClass}>
						{t('toYearlyReport')}
					</Link>
				</p>
			</PageHeader>
			{invalid ? (
				<p role="status" className="rounded-md border-l-4 border-amber-700 bg-amber-50 p-3 text-amber-950">
					{t('period.invalid')}
				</p>
			) : null}
			<InsightPeriodPicker selection={selection} period={period} quarters={quarters} today={today} />
			<p role="status" aria-live="polite" className="font-medium" data-testid="insight-period">
				{t('period.showing', { from: formatDay(period.from, i18n.language), to: formatDay(period.to, i18n.language) })}
			</p>
			<nav aria-labelledby="insight-toc">
				<h2 id="insight-toc" className="text-lg font-semibold">
					{t('toc')}
				</h2>
				<ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
					{(['headline', ...sections] as const).map((key) => (
						<li key={key}>
							<a href={`#figure-${key}`} className={plainTextLinkClass}>
								{t(`figures.${key}.title`)}
							</a>
						</li>
					))}
				</ul>
			</nav>
			<section
				aria-labelledby="figure-headline"
				className="space-y-4 rounded-lg border border-slate-300 bg-white p-6 shadow-sm"
			>
				<h2 id="figure-headline" className="text-xl font-semibold text-slate-900">
					{t('figures.headline.title')}
				</h2>
				<p className="text-slate-700">{explanation('headline')}</p>
				<HeadlineTiles insight={insight} />
				<Definitions months={settings.leftAfterMonths} />
				<InsightTable table={headline} />
				<InsightCsvLink table={headline} title={t('figures.headline.title')} period={period} query={query} />
			</section>
			{sections.map((key) => {
				const figure = table(key)
				if (key === 'contacts') {
					return (
						<InsightFigure
							key={key}
							table={figure}
							chartTable={contactWeeks}
							chart={contactsChart(insight, contactWeeks, t('columns.target'))}
							explanation={explanation(key)}
							period={period}
							query={query}
						>
							<details className="space-y-2">
								<summary className={`cursor-pointer font-medium text-brand-700 ${focusRing}`}>
									{t('figures.contacts.weekly')}
								</summary>
								<InsightTable table={contactWeeks} />
								<InsightCsvLink
									table={contactWeeks}
									title={t('figures.contactWeeks.title')}
									period={period}
									query={query}
								/>
							</details>
						</InsightFigure>
					)
				}
				return (
					<InsightFigure
						key={key}
						table={figure}
						chart={charts[key]}
						explanation={explanation(key)}
						period={period}
						query={query}
						lead={key === 'caseload' ? <InsightCapacityWarning caseload={insight.caseload} /> : undefined}
					>
						{key === 'caseload' && contractHours ? (
							<InsightContractHours coaches={contractHours} lastResult={contractHoursResult} />
						) : null}
					</InsightFigure>
				)
			})}
		</div>
	)
}
