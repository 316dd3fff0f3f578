// The organisations whose people are network contacts, and the kinds of stakeholder; shared by server and UI.

/** Contacts are the people of employers and of stakeholders (never of the platform or a coaching organisation). */
export const contactOrganizationKinds = ['EMPLOYER', 'STAKEHOLDER'] as const
export type ContactOrganizationKind = (typeof contactOrganizationKinds)[number]

/** What a stakeholder organisation is: a staffing agency, a reintegration consultancy, a coaching practice… */
export const stakeholderTypes = [
	'STAFFING_AGENCY',
	'REINTEGRATION',
	'COACHING_PRACTICE',
	'MUNICIPALITY',
	'EDUCATION',
	'OTHER',
] as const
export type StakeholderType = (typeof stakeholderTypes)[number]

export function isStakeholderType(value: unknown): value is StakeholderType {
	return typeof value === 'string' && (stakeholderTypes as readonly string[]).includes(value)
}

/** The `contacts` translation key naming an organisation's kind: the kind of stakeholder when known. */
export function contactOrganizationKindKey(organization: { kind: string; stakeholderType: string | null }) {
	return organization.kind === 'STAKEHOLDER' && organization.stakeholderType
		? `stakeholderTypes.${organization.stakeholderType}`
		: `kinds.${organization.kind}`
}
