// The staff's employer list as a spreadsheet: the rows and columns of /werkgevers with its filters,
// the town's municipality and whether anyone of the employer has an account spelled out.
import { getFixedT, type Locale } from '#app/utils/i18n.ts'
import { listExportResponse, type SpreadsheetColumn } from '#app/utils/spreadsheet.server.ts'
import { type listEmployers } from './employers.server.ts'

type EmployerRow = Awaited<ReturnType<typeof listEmployers>>[number]

export function employerExportColumns(locale: Locale): SpreadsheetColumn<EmployerRow>[] {
	const t = getFixedT(locale, 'organizations')
	const yesNo = (value: boolean) => t(value ? 'exports:yes' : 'exports:no')
	return [
		{ header: t('staff.columns.name'), value: (row) => row.name },
		{ header: t('staff.columns.town'), value: (row) => row.town },
		{ header: t('staff.municipality'), value: (row) => row.municipality },
		{ header: t('staff.columns.sector'), value: (row) => (row.sector ? t(`common:sectors.${row.sector}`) : null) },
		{ header: t('staff.columns.publishedPlaces'), type: 'number', value: (row) => row.publishedPlaces },
		{ header: t('staff.columns.accounts'), type: 'number', value: (row) => row.memberCount },
		{ header: t('staff.prospect'), value: (row) => yesNo(row.isProspect) },
	]
}

/** The filtered employer list's download; the route checked `read:employer` and read the rows. */
export function employerExportResponse(request: Request, { actorId, rows }: { actorId: string; rows: EmployerRow[] }) {
	return listExportResponse(request, {
		actorId,
		list: 'employers',
		describe: (locale) => ({
			name: getFixedT(locale)('exports:files.employers'),
			columns: employerExportColumns(locale),
		}),
		rows,
	})
}
