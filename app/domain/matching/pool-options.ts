// Client-safe option lists of the employer's candidate browser.

/** Why an employer opens a candidate card; logged with the view. */
export const cardViewPurposes = ['FIT_FOR_PLACE', 'FUTURE_PLACE', 'EXPLORING'] as const
export type CardViewPurpose = (typeof cardViewPurposes)[number]
