// The import report as a download: the counts first, then every row that was skipped, with its row
// number as the spreadsheet shows it, the column, the field and the message in the reader's language.
import { type Locale, getFixedT } from '#app/utils/i18n.ts'
import { spreadsheetResponse, exportFileName, type SpreadsheetColumn } from '#app/utils/spreadsheet.server.ts'
import { type ExportFormat } from '#app/utils/spreadsheet.ts'
import { translateValidationMessage } from '#app/utils/validation.ts'
import { columnLetter, parseStoredMapping, type ImportKind } from './column-mapping.ts'
import { parseHeaders, parseRowErrors, progressOf, type ProgressJob } from './import-jobs.server.ts'

type ReportRow = { row: number | null; column: string; field: string; message: string }

type ReportJob = ProgressJob & { headers: string; mapping: string; rowErrors: string }

export function importReportResponse(job: ReportJob, kind: ImportKind, locale: Locale, format: ExportFormat) {
	const t = getFixedT(locale, 'imports')
	const headers = parseHeaders(job.headers)
	const columnOfField = new Map<string, string>(
		Object.entries(parseStoredMapping(kind, job.mapping, headers.length)).map(([index, field]) => {
			const header = headers[Number(index)]
			return [field, `${columnLetter(Number(index))}${header ? ` (${header})` : ''}`] as const
		}),
	)
	const progress = progressOf(job)
	const summary: ReportRow[] = [
		{ row: null, column: '', field: t('report.created'), message: String(progress.createdCount) },
		{ row: null, column: '', field: t('report.updated'), message: String(progress.updatedCount) },
		{ row: null, column: '', field: t('report.unchanged'), message: String(progress.unchangedCount) },
		{ row: null, column: '', field: t('report.skipped'), message: String(progress.skippedCount) },
	]
	const errors: ReportRow[] = parseRowErrors(job.rowErrors).map((error) => ({
		row: error.row,
		column: error.field ? (columnOfField.get(error.field) ?? '') : '',
		field: error.field ? t(`fields.${error.field}`) : t('report.wholeRow'),
		message: translateValidationMessage(t, error.message),
	}))
	const columns: Array<SpreadsheetColumn<ReportRow>> = [
		{ header: t('report.columns.row'), type: 'number', value: (row) => row.row },
		{ header: t('report.columns.column'), value: (row) => row.column },
		{ header: t('report.columns.field'), value: (row) => row.field },
		{ header: t('report.columns.message'), value: (row) => row.message },
	]
	return spreadsheetResponse(format, exportFileName(t('report.fileName')), columns, [...summary, ...errors])
}
