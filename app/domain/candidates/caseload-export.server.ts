// The caseload as a spreadsheet: exactly the rows the coach's filtered, sorted list shows, with the
// list's own columns. Only the caseload's fields: never the sensitive context (health, benefit,
// target group), which is not even read for the list. Reading the caseload logs the access
// (readCaseload → listCaseload), and the export itself is audited.
import { getFixedT, type Locale } from '#app/utils/i18n.ts'
import { listExportResponse, type SpreadsheetColumn } from '#app/utils/spreadsheet.server.ts'
import { type CaseloadRow } from './caseload.server.ts'

export function caseloadExportColumns(locale: Locale): SpreadsheetColumn<CaseloadRow>[] {
	const t = getFixedT(locale, 'caseload')
	return [
		{ header: t('columns.name'), value: (row) => row.name },
		{ header: t('columns.code'), value: (row) => row.code },
		{ header: t('columns.stage'), value: (row) => t(`candidates:stages.${row.stage}`) },
		{ header: t('columns.primaryCoach'), value: (row) => row.primaryCoach },
		{ header: t('columns.routeSupporter'), value: (row) => row.routeSupporter },
		{
			header: t('columns.activity'),
			value: (row) => t(row.active ? 'candidates:activity.active' : 'candidates:activity.inactive'),
		},
		{ header: t('columns.lastContact'), type: 'date', value: (row) => row.lastContactAt },
		{ header: t('columns.nextAction'), value: (row) => row.nextAction },
		{ header: t('columns.nextActionDate'), type: 'date', value: (row) => row.nextActionDate },
		{ header: t('columns.confirmed'), type: 'date', value: (row) => row.confirmedAt },
		{ header: t('columns.stale'), value: (row) => t(row.stale ? 'csv.yes' : 'csv.no') },
	]
}

/** The caseload's download; `rows` come from readCaseload, which checked the coach and logged the access. */
export function caseloadExportResponse(
	request: Request,
	{ actorId, organizationId, rows }: { actorId: string; organizationId: string; rows: CaseloadRow[] },
) {
	return listExportResponse(request, {
		actorId,
		list: 'caseload',
		describe: (locale) => ({
			name: getFixedT(locale)('exports:files.caseload'),
			columns: caseloadExportColumns(locale),
		}),
		rows,
		audit: { action: 'caseload.exported', entityType: 'Organization', entityId: organizationId },
	})
}
