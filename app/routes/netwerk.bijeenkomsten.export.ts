import { type LoaderFunctionArgs } from '@remix-run/node'
import { eventExportResponse } from '#app/domain/network/event-export.server.ts'
import { listEvents } from '#app/domain/network/events.server.ts'
import { requireNetworkUser } from '#app/domain/network/network-access.server.ts'

/** The network's events, upcoming and (all) past ones, as CSV or Excel (?formaat=csv|xlsx). */
export async function loader({ request }: LoaderFunctionArgs) {
	const { user, networkId } = await requireNetworkUser(request, 'read:network')
	const events = await listEvents(networkId, { pastLimit: null })
	return eventExportResponse(request, { actorId: user.id, networkId, events })
}
