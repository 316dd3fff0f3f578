import { type LoaderFunctionArgs } from '@remix-run/node'
import { caseloadCsv, caseloadCsvFilename, readCaseload } from '#app/domain/candidates/caseload.server.ts'
import { getLocale } from '#app/utils/locale.server.ts'

/** The caseload exactly as filtered and sorted on screen, as a CSV file for Excel. */
export async function loader({ request }: LoaderFunctionArgs) {
	const { user, organizationId, rows } = await readCaseload(request)
	const body = await caseloadCsv({ rows, locale: await getLocale(request), actorId: user.id, organizationId })
	return new Response(body, {
		headers: {
			'Content-Type': 'text/csv; charset=utf-8',
			'Content-Disposition': `attachment; filename="${caseloadCsvFilename()}"`,
			'Cache-Control': 'no-store',
		},
	})
}
