import { type LoaderFunctionArgs } from '@remix-run/node'
import { caseloadExportResponse } from '#app/domain/candidates/caseload-export.server.ts'
import { readCaseload } from '#app/domain/candidates/caseload.server.ts'

/** The caseload exactly as filtered and sorted on screen, as CSV or Excel (?formaat=csv|xlsx). */
export async function loader({ request }: LoaderFunctionArgs) {
	const { user, organizationId, rows } = await readCaseload(request)
	return caseloadExportResponse(request, { actorId: user.id, organizationId, rows })
}
