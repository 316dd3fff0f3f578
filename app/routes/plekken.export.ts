import { type LoaderFunctionArgs } from '@remix-run/node'
import { parseBoardSearchParams } from '#app/domain/places/board-filters.ts'
import { listAllBoardPlaces } from '#app/domain/places/board.server.ts'
import { boardPlaceExportResponse } from '#app/domain/places/place-export.server.ts'
import { requirePermission } from '#app/utils/auth.server.ts'
import { accessFor } from '#app/utils/permissions.ts'

/**
 * The board's published places with its filters, every page on one sheet, as CSV or Excel
 * (?formaat=csv|xlsx). For staff, who read any place; an employer reads only its own places.
 */
export async function loader({ request }: LoaderFunctionArgs) {
	const user = await requirePermission(request, 'read:place')
	if (accessFor(user.role, 'read:place') !== 'any') throw new Response('Forbidden', { status: 403 })
	const { filters } = parseBoardSearchParams(new URL(request.url).searchParams)
	const rows = await listAllBoardPlaces(filters)
	return boardPlaceExportResponse(request, { actorId: user.id, rows })
}
