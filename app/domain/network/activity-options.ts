// Relationship stages and timeline activity kinds; shared by server and UI.

export const relationshipStages = ['PROSPECT', 'CONTACTED', 'ENGAGED', 'PARTNER', 'DORMANT'] as const
export type RelationshipStage = (typeof relationshipStages)[number]

export const activityKinds = [
	'CALL',
	'VISIT',
	'EMAIL',
	'MEETING',
	'EVENT_ATTENDANCE',
	'PROPOSAL',
	'PLACEMENT',
	'NOTE',
] as const
export type ActivityKind = (typeof activityKinds)[number]

/** What a person logs by hand; the others are recorded by themselves. */
export const loggableActivityKinds = [
	'CALL',
	'VISIT',
	'EMAIL',
	'MEETING',
	'NOTE',
] as const satisfies readonly ActivityKind[]

/** Contacts that count towards a coach's or coordinator's weekly target (supported-employment practice). */
export const countedContactKinds = ['CALL', 'VISIT', 'MEETING'] as const satisfies readonly ActivityKind[]

/** Kinds that are real contact with the employer: they move a prospect to "contacted". */
export const contactKinds: readonly ActivityKind[] = ['CALL', 'VISIT', 'EMAIL', 'MEETING', 'EVENT_ATTENDANCE']

/** sourceKey of automatic timeline entries: one entry per fact, however often it is recorded. */
export const activitySource = {
	proposal: (proposalId: string) => `proposal:${proposalId}`,
	placement: (placementId: string) => `placement:${placementId}`,
	attendance: (invitationId: string) => `attendance:${invitationId}`,
}
