// The closed lists of support plans, reviews, placement agreements and checklists. Labels live in
// the locale files under the same keys.
export const intensityMethods = ['HOURS_PER_WEEK', 'PERCENT_OF_CONTRACT', 'REGIME'] as const
export type IntensityMethod = (typeof intensityMethods)[number]

export const supportRegimes = ['LIGHT', 'MEDIUM', 'HEAVY'] as const
export type SupportRegime = (typeof supportRegimes)[number]

/** Who asked for the support: the employer, the employee (the candidate) or the jobcoach. */
export const planRequesters = ['EMPLOYER', 'EMPLOYEE', 'JOBCOACH'] as const
export type PlanRequester = (typeof planRequesters)[number]

export const planFunders = ['MUNICIPALITY', 'UWV'] as const
export type PlanFunder = (typeof planFunders)[number]

export const reviewKinds = ['REVIEW', 'REASSESSMENT'] as const
export type ReviewKind = (typeof reviewKinds)[number]

export const reviewDecisions = ['CONTINUE', 'TAPER', 'END'] as const
export type ReviewDecision = (typeof reviewDecisions)[number]

export const goalProgressLevels = ['NOT_STARTED', 'SOME', 'GOOD', 'ACHIEVED'] as const
export type GoalProgress = (typeof goalProgressLevels)[number]

export const agreementParties = ['CANDIDATE', 'EMPLOYER', 'COACHING'] as const
export type AgreementParty = (typeof agreementParties)[number]

export const agreementStatuses = ['PENDING', 'ACCEPTED', 'SUPERSEDED'] as const
export type AgreementStatus = (typeof agreementStatuses)[number]

/** Place types that get a placement agreement; paid work has an employment contract instead. */
export const agreementPlaceTypes = ['WORK_EXPERIENCE', 'INTERNSHIP', 'VOLUNTEER'] as const

/** Paid jobs and Garantiebanen have an employment contract; day activities no agreement of this kind. */
export function isAgreementPlaceType(placeType: string): placeType is (typeof agreementPlaceTypes)[number] {
	return isOneOf(agreementPlaceTypes, placeType)
}

export function isOneOf<const T extends readonly string[]>(list: T, value: unknown): value is T[number] {
	return typeof value === 'string' && (list as readonly string[]).includes(value)
}

/** A stored value read back as one of `list`; anything else (an old or hand-edited row) as its first entry. */
export function oneOfOrFirst<const T extends readonly [string, ...string[]]>(list: T, value: string): T[number] {
	return isOneOf(list, value) ? value : list[0]
}
