// The practical steps that go with each type of place, ticked off on the placement. Keys are stored
// (PlacementChecklistItem.itemKey), so they never change meaning; one key is one step wherever it
// appears, which is why a step shared by several place types (a fixed supervisor) has one key.
// Labels and hints live in app/locales/*/checklists.json under items.<key>. Client-safe: the form
// on the placement page parses with the same schema as the action.
import { z } from 'zod'
import { placeTypes, type PlaceType } from '#app/domain/places/place-options.ts'
import { isOneOf } from './plan-options.ts'

/** Who takes the step: the jobcoach, the employer, or both together. */
export const checklistResponsibles = ['JOBCOACH', 'EMPLOYER', 'BOTH'] as const
export type ChecklistResponsible = (typeof checklistResponsibles)[number]

export const checklistItems = {
	/** The placement agreement (PlacementAgreement) accepted by the candidate, employer and coach. */
	placementAgreementAccepted: 'BOTH',
	/** Liability and accident insurance: usually the municipality's collective policy, or the employer's. */
	liabilityInsurance: 'BOTH',
	/** Work-experience places are bounded in time; the benefits agency usually sets a maximum. */
	maxDurationAgreed: 'BOTH',
	/** Working while on benefits (met behoud van uitkering) has to be reported to the agency. */
	benefitsAgencyInformed: 'JOBCOACH',
	workplaceInstruction: 'EMPLOYER',
	supervisorAssigned: 'EMPLOYER',
	/** Praktijkovereenkomst between school, student and company. */
	internshipAgreementSigned: 'BOTH',
	/** SBB recognition as a training company (erkend leerbedrijf), required for MBO internships. */
	recognisedTrainingCompany: 'EMPLOYER',
	internshipInsurance: 'BOTH',
	internshipAllowanceAgreed: 'EMPLOYER',
	volunteerInsurance: 'JOBCOACH',
	expenseAllowanceAgreed: 'EMPLOYER',
	/** Verklaring Omtrent het Gedrag, when the work is with children or vulnerable people. */
	conductCertificate: 'BOTH',
	employmentContractSigned: 'EMPLOYER',
	/** Loonkostensubsidie (municipality, Participatiewet) or loondispensatie (UWV, Wajong). */
	wageCostSubsidy: 'BOTH',
	noRiskPolicy: 'JOBCOACH',
	/** Jobcoachvoorziening at UWV or the municipality. */
	jobcoachProvision: 'JOBCOACH',
	/** Doelgroepverklaring for the loonkostenvoordeel (LKV), due within three months of the start. */
	targetGroupStatement: 'EMPLOYER',
	/** Only someone in the doelgroepregister counts towards the banenafspraak. */
	targetGroupRegister: 'JOBCOACH',
	/** Dagbesteding needs a Wmo decision (beschikking) from the municipality. */
	wmoDecision: 'JOBCOACH',
	careProviderAgreed: 'BOTH',
	transportArranged: 'JOBCOACH',
} as const satisfies Record<string, ChecklistResponsible>

export type ChecklistItemKey = keyof typeof checklistItems

/** The steps of each place type, in the order they are usually taken. */
export const checklists: Record<PlaceType, readonly ChecklistItemKey[]> = {
	WORK_EXPERIENCE: [
		'placementAgreementAccepted',
		'benefitsAgencyInformed',
		'maxDurationAgreed',
		'liabilityInsurance',
		'supervisorAssigned',
		'workplaceInstruction',
	],
	VOLUNTEER: [
		'placementAgreementAccepted',
		'volunteerInsurance',
		'expenseAllowanceAgreed',
		'conductCertificate',
		'benefitsAgencyInformed',
		'supervisorAssigned',
	],
	INTERNSHIP: [
		'internshipAgreementSigned',
		'placementAgreementAccepted',
		'recognisedTrainingCompany',
		'internshipInsurance',
		'internshipAllowanceAgreed',
		'benefitsAgencyInformed',
		'supervisorAssigned',
	],
	PAID_JOB: [
		'employmentContractSigned',
		'wageCostSubsidy',
		'noRiskPolicy',
		'jobcoachProvision',
		'targetGroupStatement',
		'supervisorAssigned',
	],
	GARANTIEBAAN: [
		'targetGroupRegister',
		'employmentContractSigned',
		'wageCostSubsidy',
		'noRiskPolicy',
		'jobcoachProvision',
		'targetGroupStatement',
		'supervisorAssigned',
	],
	DAY_ACTIVITY: ['wmoDecision', 'careProviderAgreed', 'liabilityInsurance', 'transportArranged', 'supervisorAssigned'],
}

/** The steps for a place type; an unknown type (an old row) has none. */
export function checklistFor(placeType: string): Array<{ key: ChecklistItemKey; responsible: ChecklistResponsible }> {
	const keys: readonly ChecklistItemKey[] = isOneOf(placeTypes, placeType) ? checklists[placeType] : []
	return keys.map((key) => ({ key, responsible: checklistItems[key] }))
}

/**
 * Steps that follow from other records instead of being ticked by hand: the agreement step is done
 * exactly when the latest agreement version is accepted, so a tick could only ever disagree with it.
 */
export const derivedChecklistItems = ['placementAgreementAccepted'] as const satisfies readonly ChecklistItemKey[]

export function isDerivedChecklistItem(key: string) {
	return isOneOf(derivedChecklistItems, key)
}

/** The steps of a place type that are ticked by hand: all but the derived ones. */
export function manualChecklistKeys(placeType: string): ChecklistItemKey[] {
	return checklistFor(placeType)
		.map((item) => item.key)
		.filter((key) => !isDerivedChecklistItem(key))
}

/** Which form of the placement page saves the checklist. */
export const CHECKLIST_INTENT = 'checklist'

/**
 * The checklist form. `done` holds the keys ticked now (an unticked box sends nothing); `shown` the
 * keys that were ticked when the page was drawn, so only a step this person saw ticked and unticked
 * is removed, never one a colleague ticked since. A key that is not a hand-ticked step of this place
 * type is refused as a whole, so a stale or forged form changes nothing.
 */
export function createChecklistSchema(placeType: string) {
	const keys = manualChecklistKeys(placeType)
	const stepKeys = z
		.array(z.string().max(60))
		.max(keys.length)
		.default([])
		.refine((values) => values.every((value) => !isDerivedChecklistItem(value)), 'checklists:errors.derivedItem')
		.refine(
			(values) => values.every((value) => isOneOf(keys, value) || isDerivedChecklistItem(value)),
			'checklists:errors.unknownItem',
		)
		.transform((values) => [...new Set(values)] as ChecklistItemKey[])
	return z.object({ intent: z.literal(CHECKLIST_INTENT), done: stepKeys, shown: stepKeys })
}
