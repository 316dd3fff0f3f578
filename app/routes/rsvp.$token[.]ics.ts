import { type LoaderFunctionArgs } from '@remix-run/node'
import { eventIcsResponse } from '#app/domain/network/event-ics.server.ts'
import { getRsvpIcs, readRsvpLink } from '#app/domain/network/rsvp.server.ts'

// The calendar file from the RSVP page: the same personal link, with .ics.
export async function loader({ params }: LoaderFunctionArgs) {
	const link = await readRsvpLink(params.token ?? '')
	if (link.state === 'expired') throw new Response('Gone', { status: 410 })
	const ics = link.state === 'usable' ? await getRsvpIcs(link.invitationId) : null
	if (!ics) throw new Response('Not Found', { status: 404 })
	return eventIcsResponse(ics)
}
