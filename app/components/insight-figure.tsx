// One figure of the dashboard: a heading, how it is counted, a chart (drawn in the browser once the
// page is hydrated, never on the server), the accessible table with the same numbers (always there,
// also without JavaScript) and its CSV download for the same period.
import { lazy, Suspense, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { figureSlugs, formatCell, formatDay, type FigureTable } from '#app/domain/insight/figure-tables.ts'
import { type Period } from '#app/domain/insight/insight.ts'
import { useHydrated } from '#app/utils/use-hydrated.ts'
import { type ChartSpec } from './insight-charts.tsx'
import { plainTextLinkClass } from './place-card.tsx'
import { DataTable } from './ui/data-table.tsx'

const InsightChart = lazy(() => import('./insight-charts.tsx').then((module) => ({ default: module.InsightChart })))

/** A warning sign that goes with a text saying the same (never colour alone). */
export function WarningIcon({ className = 'h-5 w-5' }: { className?: string }) {
	return (
		<svg
			viewBox="0 0 20 20"
			fill="currentColor"
			aria-hidden="true"
			focusable="false"
			className={`shrink-0 ${className}`}
		>
			<path
				fillRule="evenodd"
				d="M8.485 2.495c.673-1.167 2.357-1.167 3.03 0l6.28 10.875c.673 1.167-.17 2.625-1.516 2.625H3.72c-1.347 0-2.189-1.458-1.515-2.625L8.485 2.495zM10 6a.75.75 0 01.75.75v3.5a.75.75 0 01-1.5 0v-3.5A.75.75 0 0110 6zm0 9a1 1 0 100-2 1 1 0 000 2z"
				clipRule="evenodd"
			/>
		</svg>
	)
}

/** The table of a figure: a caption, column headers and row headers with their scope. */
export function InsightTable({ table }: { table: FigureTable }) {
	const { t, i18n } = useTranslation('insight')
	const columns = [
		{ label: table.headerLabel },
		...table.columns.map((column) => ({ label: column.label })),
		...(table.statusLabel ? [{ label: table.statusLabel }] : []),
	]
	if (table.rows.length === 0) {
		return <p className="text-slate-700">{t(`figures.${table.key}.empty`, { defaultValue: t('empty') })}</p>
	}
	return (
		<div className="overflow-x-auto">
			<DataTable caption={table.caption} columns={columns}>
				{table.rows.map((row, rowIndex) => (
					<tr key={rowIndex} className="border-b border-slate-200">
						<th scope="row" className="p-2 font-medium">
							{row.header}
						</th>
						{row.cells.map((cell, index) => (
							<td key={index} className="p-2 tabular-nums">
								{formatCell(cell, table.columns[index]!.kind, i18n.language)}
							</td>
						))}
						{table.statusLabel ? (
							<td className="p-2">
								{row.status?.warning ? (
									<span className="inline-flex items-center gap-1 font-semibold text-amber-900">
										<WarningIcon />
										{row.status.text}
									</span>
								) : (
									row.status?.text
								)}
							</td>
						) : null}
					</tr>
				))}
			</DataTable>
		</div>
	)
}

/** The link to a figure's CSV file for the period shown. */
export function InsightCsvLink({
	table,
	title,
	period,
	query,
}: {
	table: FigureTable
	title: string
	period: Period
	query: string
}) {
	const { t, i18n } = useTranslation('insight')
	return (
		<a
			href={`/inzicht/${figureSlugs[table.key]}.csv${query}`}
			download
			className={`inline-block ${plainTextLinkClass}`}
		>
			{t('csv.download')}
			<span className="sr-only">
				{': '}
				{t('csv.of', {
					title,
					from: formatDay(period.from, i18n.language),
					to: formatDay(period.to, i18n.language),
				})}
			</span>
		</a>
	)
}

/** A chart of nothing but zeros says less than its table: it is left out. */
function hasSomethingToDraw(table: FigureTable, chart: ChartSpec) {
	return table.rows.some((row) => chart.series.some((column) => (row.cells[column] ?? 0) !== 0))
}

/** A figure's section: heading, explanation, chart (after hydration), table and CSV link. */
export function InsightFigure({
	table,
	chart,
	chartTable = table,
	explanation,
	period,
	query,
	lead,
	children,
}: {
	table: FigureTable
	chart?: ChartSpec
	/** The table the chart draws, when it is a more detailed one than the table shown (weeks). */
	chartTable?: FigureTable
	explanation: string
	period: Period
	/** The period's search params (`?…`), for the CSV link. */
	query: string
	/** Above the chart (a warning). */
	lead?: ReactNode
	/** Below the table (a detail table). */
	children?: ReactNode
}) {
	const { t, i18n } = useTranslation('insight')
	const hydrated = useHydrated()
	const title = t(`figures.${table.key}.title`)
	const headingId = `figure-${table.key}`
	return (
		<section
			aria-labelledby={headingId}
			className="space-y-4 rounded-lg border border-slate-300 bg-white p-6 shadow-sm"
		>
			<h2 id={headingId} className="text-xl font-semibold text-slate-900">
				{title}
			</h2>
			<p className="text-slate-700">{explanation}</p>
			{lead}
			{chart && hydrated && hasSomethingToDraw(chartTable, chart) ? (
				<div role="img" aria-label={t('chart.label', { title })} data-testid={`chart-${table.key}`}>
					<Suspense fallback={<div className="h-[300px]" />}>
						<InsightChart table={chartTable} spec={chart} locale={i18n.language} />
					</Suspense>
				</div>
			) : null}
			<InsightTable table={table} />
			{children}
			<InsightCsvLink table={table} title={title} period={period} query={query} />
		</section>
	)
}
