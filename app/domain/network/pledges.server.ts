// OWNED BY THE EVENTS HELPER: stub with the agreed signature; replace the body.
export type PledgeStatus = 'PLEDGED' | 'POSTED' | 'FILLED'

export type PledgeSummary = {
	id: string
	description: string
	spots: number
	placeType: string | null
	event: { id: string; title: string; startsAt: Date } | null
	place: { id: string; title: string; status: string } | null
	/** PLEDGED until a place is linked, POSTED while it is open, FILLED once the place is filled. */
	status: PledgeStatus
	createdAt: Date
}

/** One employer's pledges in this network, newest first. */
export async function listPledgesForEmployer(_networkId: string, _employerId: string): Promise<PledgeSummary[]> {
	return []
}
