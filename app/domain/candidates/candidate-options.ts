// The closed lists a candidate is described with. Keys are stored; labels live in
// app/locales/*/candidates.json under the same names (e.g. candidates:stages.ORIENTING).
// Client-safe: forms, filters and the caseload use them too.

/** The route a candidate walks; the order is the usual direction, but any move is allowed. */
export const candidateStages = ['ORIENTING', 'DEVELOPING', 'JOB_SEEKING', 'WORKING', 'COMPLETED'] as const
export type CandidateStage = (typeof candidateStages)[number]

/** INTAKE opens the history; STEP_BACK makes a candidate inactive and RETURN active again. */
export const candidateEventKinds = ['INTAKE', 'STAGE', 'STEP_BACK', 'RETURN', 'ERASED'] as const
export type CandidateEventKind = (typeof candidateEventKinds)[number]

export const transportOptions = [
	'WALK',
	'BICYCLE',
	'E_BIKE',
	'MOPED',
	'PUBLIC_TRANSPORT',
	'CAR',
	'DRIVEN',
	'TAXI_WMO',
] as const
export type Transport = (typeof transportOptions)[number]

export const workEnvironmentOptions = [
	'QUIET',
	'STRUCTURE',
	'OUTDOORS',
	'INDOORS',
	'FEW_COLLEAGUES',
	'TEAM',
	'PHYSICAL_WORK',
	'SEATED_WORK',
	'CLEAR_INSTRUCTIONS',
	'OWN_PACE',
	'CONTACT_WITH_PEOPLE',
	'NO_CUSTOMER_CONTACT',
	'WITH_ANIMALS',
	'HANDS_ON',
] as const
export type WorkEnvironment = (typeof workEnvironmentOptions)[number]

export const languageOptions = ['NL', 'EN', 'DE', 'AR', 'TR', 'PL', 'TI', 'FA', 'UK', 'SO', 'NGT'] as const
export type Language = (typeof languageOptions)[number]

// Sensitive context: coaching organisation only.
export const benefitsOptions = ['NONE', 'PARTICIPATIEWET', 'WAJONG', 'WIA', 'WW', 'ZW', 'OTHER'] as const
export type Benefits = (typeof benefitsOptions)[number]
export const targetGroupRegisterOptions = ['YES', 'NO', 'UNKNOWN'] as const
export type TargetGroupRegister = (typeof targetGroupRegisterOptions)[number]
export const indicationOptions = ['NONE', 'NIEUW_BESCHUT', 'GARANTIEBAAN', 'BESCHUT_WERK_OUD', 'OTHER'] as const
export type Indication = (typeof indicationOptions)[number]

export const reportStatuses = ['DRAFT', 'AWAITING_APPROVAL', 'APPROVED', 'REJECTED'] as const
export type ReportStatus = (typeof reportStatuses)[number]
/** Who gave the candidate's decision on a report: recorded by a coach, or by the candidate in their own account. */
export const reportDecisionSources = ['COACH', 'CANDIDATE'] as const

export const consentPurposes = ['EMPLOYER_SEARCH', 'IDENTITY_SHARE'] as const
export type ConsentPurpose = (typeof consentPurposes)[number]
export const consentBases = ['VERBAL', 'WRITTEN', 'CANDIDATE_ACCOUNT'] as const
export type ConsentBasis = (typeof consentBases)[number]

export const accessSections = ['IDENTITY', 'SENSITIVE', 'CASELOAD', 'EXPORT'] as const
export type AccessSection = (typeof accessSections)[number]

export function isCandidateStage(value: unknown): value is CandidateStage {
	return typeof value === 'string' && (candidateStages as readonly string[]).includes(value)
}
