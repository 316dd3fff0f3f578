// OWNED BY THE EVENTS HELPER: stub with the agreed signature; replace the body.
export type UpcomingEvent = {
	id: string
	title: string
	kind: string
	startsAt: Date
	location: string | null
	capacity: number | null
	counts: { invited: number; yes: number; no: number; maybe: number; waitlisted: number }
}

/** The network's planned events from now on, soonest first, with their RSVP counts. */
export async function listUpcomingEvents(
	_networkId: string,
	_options: { take?: number } = {},
): Promise<UpcomingEvent[]> {
	return []
}
