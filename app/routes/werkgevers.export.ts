import { type LoaderFunctionArgs } from '@remix-run/node'
import { employerExportResponse } from '#app/domain/organizations/employer-export.server.ts'
import { listEmployers } from '#app/domain/organizations/employers.server.ts'
import { parseEmployerFilter } from '#app/domain/organizations/organization-schemas.ts'
import { requirePermission } from '#app/utils/auth.server.ts'

/** The employers exactly as the filtered list shows them, as CSV or Excel (?formaat=csv|xlsx). */
export async function loader({ request }: LoaderFunctionArgs) {
	const user = await requirePermission(request, 'read:employer')
	const rows = await listEmployers(parseEmployerFilter(new URL(request.url).searchParams))
	return employerExportResponse(request, { actorId: user.id, rows })
}
