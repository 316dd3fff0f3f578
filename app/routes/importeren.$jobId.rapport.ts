import { type LoaderFunctionArgs } from '@remix-run/node'
import { requireImportJob } from '#app/domain/imports/import-jobs.server.ts'
import { importReportResponse } from '#app/domain/imports/import-report.server.ts'
import { getLocale } from '#app/utils/locale.server.ts'
import { readExportFormat } from '#app/utils/spreadsheet.ts'

/** The import report (counts and row errors) as CSV or, with ?formaat=xlsx, as an Excel workbook. */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const { job, kind } = await requireImportJob(request, params)
	return importReportResponse(job, kind, await getLocale(request), readExportFormat(new URL(request.url).searchParams))
}
