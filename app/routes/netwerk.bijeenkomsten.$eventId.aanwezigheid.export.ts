import { type LoaderFunctionArgs } from '@remix-run/node'
import { attendanceExportResponse } from '#app/domain/network/event-export.server.ts'
import { getAttendanceList } from '#app/domain/network/event-report.server.ts'
import { requireNetworkEvent } from '#app/domain/network/events.server.ts'

/** One event's attendance list as CSV or Excel (?formaat=csv|xlsx); another network's event is a 404. */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const { user, event } = await requireNetworkEvent(request, params, 'update:network')
	const { invitations } = await getAttendanceList(event.id)
	return attendanceExportResponse(request, { actorId: user.id, event, rows: invitations })
}
