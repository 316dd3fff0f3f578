// The yearly report as a document: its sections with sentences and tables, made from the rows and
// sentences of app/domain/insight/yearly-report.ts. No hooks other than translation, no forms: the
// same markup is shown on screen, printed, and rendered by the tests.
import { type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Card } from '#app/components/page-header.tsx'
import { DataTable } from '#app/components/ui/data-table.tsx'
import { type FigureRow, type ShareTable, type YearlyReportView } from '#app/domain/insight/yearly-report.ts'
import { formatDate } from '#app/utils/format.ts'

/** One part of the report; `newPage` starts it on a new sheet when printed. */
export function ReportSection({
	id,
	title,
	intro,
	newPage = false,
	children,
}: {
	id: string
	title: string
	intro?: string
	newPage?: boolean
	children: ReactNode
}) {
	return (
		<Card className={`yearly-report-section space-y-4 ${newPage ? 'yearly-report-new-page' : ''}`}>
			<div className="space-y-2">
				<h2 id={id} className="text-2xl font-semibold">
					{title}
				</h2>
				{intro ? <p className="text-slate-700">{intro}</p> : null}
			</div>
			{children}
		</Card>
	)
}

function Sentences({ sentences }: { sentences: string[] }) {
	return (
		<div className="space-y-1">
			{sentences.map((sentence) => (
				<p key={sentence}>{sentence}</p>
			))}
		</div>
	)
}

type TableRow = { key: string; label: string; cells: ReadonlyArray<string | null> }

/**
 * A titled table: its title as a heading for the printed page (and as the caption, unless a longer
 * one is given), a header row, and a row header on every line. `data-row` names each line.
 */
function ReportTable({
	title,
	caption = title,
	columns,
	rows,
	total,
}: {
	title: string
	caption?: string
	columns: string[]
	rows: TableRow[]
	/** A last line in bold: the table's total. */
	total?: TableRow
}) {
	const line = (row: TableRow, className: string, headerClassName: string) => (
		<tr key={row.key} className={className} data-row={row.key}>
			<th scope="row" className={headerClassName}>
				{row.label}
			</th>
			{row.cells.map((value, index) => (
				<td key={index} className="p-2 tabular-nums">
					{value ?? ''}
				</td>
			))}
		</tr>
	)
	return (
		<div className="yearly-report-table space-y-2">
			<h3 className="text-lg font-semibold">{title}</h3>
			<DataTable caption={caption} columns={columns.map((label) => ({ label }))}>
				{rows.map((row) => line(row, 'border-b border-slate-200', 'p-2 font-normal'))}
				{total ? line(total, 'font-semibold', 'p-2') : null}
			</DataTable>
		</div>
	)
}

/** Figure rows as table lines: the number, and the share when the table has a share column. */
const figureLines = (rows: FigureRow[], withShare: boolean): TableRow[] =>
	rows.map(({ key, label, count, share }) => ({ key, label, cells: withShare ? [count, share] : [count] }))

export function ReportAbout({
	organizationName,
	period,
	today,
	running,
}: {
	organizationName: string
	period: { from: string; to: string }
	/** Amsterdam date (yyyy-mm-dd) the report is made on. */
	today: string
	/** The period is not over yet: its figures are those of today. */
	running: boolean
}) {
	const { t, i18n } = useTranslation('yearlyReport')
	const date = (value: string) => formatDate(value, i18n.language)
	return (
		<ReportSection id="about" title={t('about.title')}>
			<dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
				<dt className="font-semibold">{t('about.organization')}</dt>
				<dd>{organizationName}</dd>
				<dt className="font-semibold">{t('about.period')}</dt>
				<dd>{t('period.range', { from: date(period.from), to: date(period.to) })}</dd>
				<dt className="font-semibold">{t('about.generated')}</dt>
				<dd>{date(today)}</dd>
			</dl>
			{running ? <p>{t('about.inProgress', { date: date(today) })}</p> : null}
		</ReportSection>
	)
}

/** Reach, stages, placements, proposals and the network: every figure of the report. */
export function ReportFigures({ view }: { view: YearlyReportView }) {
	const { t } = useTranslation('yearlyReport')
	const { reach, stages, placements, proposals, network } = view
	const shareLines = (table: ShareTable) => ({
		rows: figureLines(table.rows, true),
		total: { key: 'total', label: t('table.total'), cells: [table.total.count, table.total.share] },
	})
	return (
		<>
			<ReportSection id="reach" title={t('reach.title')}>
				<Sentences sentences={reach.sentences} />
				<ReportTable
					title={t('reach.tableCaption')}
					columns={[t('table.figure'), t('table.count'), t('reach.shareColumn')]}
					rows={figureLines(reach.rows, true)}
				/>
			</ReportSection>

			<ReportSection id="stages" title={t('stages.title')} intro={t('stages.intro')} newPage>
				<ReportTable
					title={t('stages.tableCaption')}
					columns={[t('stages.stageColumn'), t('table.count'), t('table.share')]}
					{...shareLines(stages.table)}
				/>
				<div className="space-y-2">
					<h3 className="text-lg font-semibold">{t('stages.flowsTitle')}</h3>
					<p>{t('stages.flowsIntro')}</p>
					<ul className="list-disc space-y-1 pl-6">
						{stages.flows.map((sentence) => (
							<li key={sentence}>{sentence}</li>
						))}
					</ul>
				</div>
			</ReportSection>

			<ReportSection id="placements" title={t('placements.title')} intro={t('placements.intro')} newPage>
				<Sentences sentences={placements.sentences} />
				<ReportTable
					title={t('placements.tableCaption')}
					columns={[t('table.figure'), t('table.count')]}
					rows={figureLines(placements.rows, false)}
				/>
				<ReportTable
					title={t('placements.retentionTitle')}
					caption={t('placements.retentionCaption')}
					columns={[
						t('placements.retentionAfter'),
						t('placements.retentionEligible'),
						t('placements.retentionRetained'),
						t('placements.retentionRate'),
					]}
					rows={placements.retention.map(({ key, label, eligible, retained, rate }) => ({
						key,
						label,
						cells: [eligible, retained, rate],
					}))}
				/>
			</ReportSection>

			<ReportSection id="proposals" title={t('proposals.title')} intro={t('proposals.intro')} newPage>
				<p>{proposals.sentence}</p>
				<ReportTable
					title={t('proposals.funnelCaption')}
					columns={[t('proposals.stepColumn'), t('table.count'), t('proposals.shareColumn')]}
					rows={figureLines(proposals.funnel, true)}
				/>
				{proposals.declineReasons.length > 0 ? (
					<ReportTable
						title={t('proposals.declineTitle')}
						caption={t('proposals.declineCaption')}
						columns={[t('proposals.reasonColumn'), t('table.count')]}
						rows={figureLines(proposals.declineReasons, false)}
					/>
				) : null}
			</ReportSection>

			<ReportSection id="network" title={t('network.title')} intro={t('network.intro')} newPage>
				<Sentences sentences={network.sentences} />
				<ReportTable
					title={t('network.tableCaption')}
					columns={[t('table.figure'), t('table.count'), t('network.shareColumn')]}
					rows={figureLines(network.rows, true)}
				/>
				<ReportTable
					title={t('network.stagesTitle')}
					caption={t('network.stagesCaption')}
					columns={[t('network.stageColumn'), t('table.count'), t('table.share')]}
					{...shareLines(network.employersByStage)}
				/>
				<ReportTable
					title={t('network.eventsTitle')}
					caption={t('network.eventsCaption')}
					columns={[
						t('network.kindColumn'),
						t('network.heldColumn'),
						t('network.presentColumn'),
						t('network.organizationsColumn'),
					]}
					rows={network.eventsByKind.map(({ key, label, held, present, organizations }) => ({
						key,
						label,
						cells: [held, present, organizations],
					}))}
				/>
			</ReportSection>
		</>
	)
}

const appendixItems = [
	'participants',
	'active',
	'stages',
	'placements',
	'durability',
	'retention',
	'proposals',
	'network',
	'rounding',
	'privacy',
] as const

/** How the figures are counted, in a few plain sentences. */
export function ReportAppendix({ leftAfterMonths }: { leftAfterMonths: number }) {
	const { t } = useTranslation('yearlyReport')
	return (
		<ReportSection id="appendix" title={t('appendix.title')} newPage>
			<ul className="list-disc space-y-2 pl-6">
				{appendixItems.map((item) => (
					<li key={item}>{t(`appendix.${item}`, { months: leftAfterMonths })}</li>
				))}
			</ul>
		</ReportSection>
	)
}
