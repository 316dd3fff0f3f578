import { useTranslation } from 'react-i18next'
import { columnLetter, type ColumnMapping } from '#app/domain/imports/column-mapping.ts'
import { translateValidationMessage } from '#app/utils/validation.ts'
import { DataTable } from './ui/data-table.tsx'

type Counts = { createdCount: number; updatedCount: number; unchangedCount: number; skippedCount: number }
type RowError = { row: number; field: string | null; message: string }

/** The rows per outcome: what the dry run expects, or what the import did. */
export function ImportCounts({ progress, preview }: { progress: Counts; preview: boolean }) {
	const { t } = useTranslation('imports')
	const rows = [
		[preview ? 'counts.previewCreated' : 'counts.created', progress.createdCount],
		[preview ? 'counts.previewUpdated' : 'counts.updated', progress.updatedCount],
		[preview ? 'counts.previewUnchanged' : 'counts.unchanged', progress.unchangedCount],
		[preview ? 'counts.previewSkipped' : 'counts.skipped', progress.skippedCount],
	] as const
	const total = rows.reduce((sum, [, count]) => sum + count, 0)
	return (
		<table className="w-full max-w-md border-collapse bg-white text-left" data-testid="import-counts">
			<caption className="sr-only">{t('counts.caption')}</caption>
			<thead>
				<tr className="border-b border-slate-300">
					<th scope="col" className="p-2">
						{t('counts.outcome')}
					</th>
					<th scope="col" className="p-2 text-right">
						{t('counts.rows')}
					</th>
				</tr>
			</thead>
			<tbody>
				{rows.map(([key, count]) => (
					<tr key={key} className="border-b border-slate-200">
						<th scope="row" className="p-2 font-normal">
							{t(key)}
						</th>
						<td className="p-2 text-right tabular-nums">{count}</td>
					</tr>
				))}
			</tbody>
			<tfoot>
				<tr>
					<th scope="row" className="p-2">
						{t('counts.total')}
					</th>
					<td className="p-2 text-right font-semibold tabular-nums">{total}</td>
				</tr>
			</tfoot>
		</table>
	)
}

/** The rows that are (or were) skipped, each with its spreadsheet row number, column, field and message. */
export function ImportRowErrors({
	errors,
	errorCount,
	capped,
	headers,
	mapping,
	done,
}: {
	errors: RowError[]
	errorCount: number
	capped: boolean
	headers: string[]
	mapping: ColumnMapping
	/** The import ran: the rows were skipped, rather than will be. */
	done: boolean
}) {
	const { t } = useTranslation('imports')
	if (errorCount === 0) return null
	const columnOf = new Map<string, string>(
		Object.entries(mapping).map(([index, field]) => {
			const header = headers[Number(index)]
			return [field, `${columnLetter(Number(index))}${header ? ` (${header})` : ''}`]
		}),
	)
	return (
		<section aria-labelledby="import-row-errors" className="space-y-3">
			<h2 id="import-row-errors" className="text-xl font-semibold">
				{t('rowErrors.title')}
			</h2>
			<p className="text-slate-700">{t(done ? 'rowErrors.introDone' : 'rowErrors.intro')}</p>
			{errors.length < errorCount ? <p>{t('rowErrors.more', { shown: errors.length, count: errorCount })}</p> : null}
			{capped ? <p>{t('rowErrors.capped', { count: errorCount })}</p> : null}
			<div className="overflow-x-auto">
				<DataTable
					caption={t('rowErrors.caption')}
					columns={[
						{ label: t('rowErrors.columns.row') },
						{ label: t('rowErrors.columns.column') },
						{ label: t('rowErrors.columns.field') },
						{ label: t('rowErrors.columns.message') },
					]}
				>
					{errors.map((error, index) => (
						<tr key={`${error.row}-${error.field}-${index}`} className="border-b border-slate-200 align-top">
							<td className="p-2 tabular-nums">{error.row}</td>
							<td className="p-2">{error.field ? (columnOf.get(error.field) ?? '') : ''}</td>
							<td className="p-2">{error.field ? t(`fields.${error.field}`) : t('rowErrors.wholeRow')}</td>
							<td className="p-2">{translateValidationMessage(t, error.message)}</td>
						</tr>
					))}
				</DataTable>
			</div>
		</section>
	)
}
