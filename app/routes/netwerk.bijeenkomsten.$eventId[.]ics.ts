import { type LoaderFunctionArgs } from '@remix-run/node'
import { eventIcsResponse, loadEventIcs } from '#app/domain/network/event-ics.server.ts'
import { requireNetworkEvent } from '#app/domain/network/events.server.ts'

// The event's calendar file for the coordinator's own calendar.
export async function loader({ request, params }: LoaderFunctionArgs) {
	const { event } = await requireNetworkEvent(request, params)
	const ics = await loadEventIcs(event.id)
	if (!ics) throw new Response('Not Found', { status: 404 })
	return eventIcsResponse(ics)
}
