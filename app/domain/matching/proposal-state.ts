// The life of a proposal, as a pure state machine shared by the server (which refuses what is not
// allowed) and the pages (which only offer what is). Client-safe: no server imports.
//
//   PROPOSED ──accept (employer)──▶ ACCEPTED ──plan intro (coach, identity shared)──▶ INTRO_PLANNED ──▶ PLACED
//      │                              │                                                 │   (placements work)
//      ├──decline (employer)──▶ DECLINED                                                │
//      └──withdraw (coach)──▶ WITHDRAWN ◀──withdraw── ACCEPTED, INTRO_PLANNED           │
//                                       NOT_PLACED ◀──not placed (coach)── ACCEPTED, INTRO_PLANNED
//
// Sharing the identity (the candidate's consent for this employer and this proposal) is possible once
// the employer accepted; withdrawing that consent is possible whenever it is active, whatever the status.

export const proposalStatuses = [
	'PROPOSED',
	'ACCEPTED',
	'DECLINED',
	'INTRO_PLANNED',
	'PLACED',
	'NOT_PLACED',
	'WITHDRAWN',
] as const
export type ProposalStatus = (typeof proposalStatuses)[number]

/** Still under way: shown first and counted as "open". */
export const openProposalStatuses = [
	'PROPOSED',
	'ACCEPTED',
	'INTRO_PLANNED',
] as const satisfies readonly ProposalStatus[]

export function isProposalStatus(value: unknown): value is ProposalStatus {
	return typeof value === 'string' && (proposalStatuses as readonly string[]).includes(value)
}

export function toProposalStatus(value: string): ProposalStatus {
	return isProposalStatus(value) ? value : 'PROPOSED'
}

export function isOpenProposal(status: ProposalStatus) {
	return (openProposalStatuses as readonly ProposalStatus[]).includes(status)
}

export type ProposalSide = 'COACH' | 'EMPLOYER'

export const proposalActions = [
	'accept',
	'decline',
	'share-identity',
	'withdraw-identity',
	'plan-intro',
	'not-placed',
	'withdraw',
	'record-placement',
] as const
export type ProposalAction = (typeof proposalActions)[number]

type Rule = { side: ProposalSide; from: readonly ProposalStatus[]; to: ProposalStatus | null }

/** Who may take each step from which statuses, and where it leads (null: the status stays). */
const rules: Record<ProposalAction, Rule> = {
	accept: { side: 'EMPLOYER', from: ['PROPOSED'], to: 'ACCEPTED' },
	decline: { side: 'EMPLOYER', from: ['PROPOSED'], to: 'DECLINED' },
	'share-identity': { side: 'COACH', from: ['ACCEPTED', 'INTRO_PLANNED', 'PLACED'], to: null },
	'withdraw-identity': { side: 'COACH', from: proposalStatuses, to: null },
	// Planning again from INTRO_PLANNED moves the intro (a new invitation replaces the old one).
	'plan-intro': { side: 'COACH', from: ['ACCEPTED', 'INTRO_PLANNED'], to: 'INTRO_PLANNED' },
	'not-placed': { side: 'COACH', from: ['ACCEPTED', 'INTRO_PLANNED'], to: 'NOT_PLACED' },
	withdraw: { side: 'COACH', from: ['PROPOSED', 'ACCEPTED', 'INTRO_PLANNED'], to: 'WITHDRAWN' },
	// Recorded by the placements pages (another module); offered here as a link only.
	'record-placement': { side: 'COACH', from: ['INTRO_PLANNED'], to: 'PLACED' },
}

export type ProposalContext = {
	/** An active IDENTITY_SHARE consent exists for this proposal and its employer. */
	identityShared: boolean
}

/** Whether `side` may take `action` on a proposal in `status`. */
export function canTakeProposalAction(
	action: ProposalAction,
	{ status, side, identityShared }: ProposalContext & { status: ProposalStatus; side: ProposalSide },
) {
	const rule = rules[action]
	if (rule.side !== side || !rule.from.includes(status)) return false
	if (action === 'share-identity') return !identityShared
	if (action === 'withdraw-identity') return identityShared
	// The employer must know whom they meet: an intro needs the shared identity.
	if (action === 'plan-intro') return identityShared
	return true
}

/** Every action `side` may take now, in a stable order. */
export function availableProposalActions(status: ProposalStatus, side: ProposalSide, context: ProposalContext) {
	return proposalActions.filter((action) => canTakeProposalAction(action, { status, side, ...context }))
}

/** The status an action leads to from `status`, or null when it does not change it. */
export function nextProposalStatus(status: ProposalStatus, action: ProposalAction): ProposalStatus | null {
	const rule = rules[action]
	if (!rule.from.includes(status)) return null
	return rule.to
}

/** The statuses an action may start from (the server's conditional update uses them). */
export function proposalActionSources(action: ProposalAction): readonly ProposalStatus[] {
	return rules[action].from
}
