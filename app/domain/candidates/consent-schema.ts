// The forms on a candidate's consent tab: record a consent, withdraw one. One Zod schema each for the
// browser (Conform) and the action. Client-safe: no server imports. What needs the database (the
// employer exists, no active duplicate) is checked in consents.server.ts.
import { z } from 'zod'
import { isCalendarDate } from '#app/domain/places/place-schema.ts'
import { consentPurposes, type ConsentBasis } from './candidate-options.ts'

export const CONSENT_NOTE_MAX = 1000

/**
 * The bases a coach can record. CANDIDATE_ACCOUNT is given by the candidates themselves in their own
 * account (a later issue), never picked by a coach.
 */
export const coachConsentBases = ['VERBAL', 'WRITTEN'] as const satisfies readonly ConsentBasis[]

const optionalText = (max: number) => z.string().trim().max(max).optional()

/** Record a consent. `today` (yyyy-mm-dd in Amsterdam, from the server clock) bounds the date it was given. */
export function createRecordConsentSchema({ today }: { today: string }) {
	return z
		.object({
			intent: z.literal('record'),
			purpose: z.enum(consentPurposes),
			/** For IDENTITY_SHARE: the employer organisation the identity is shared with. */
			employerOrganizationId: z.string().trim().max(40).optional(),
			basis: z.enum(coachConsentBases),
			givenOn: z
				.string({ required_error: 'errors:validation.required' })
				.trim()
				.refine(isCalendarDate, 'privacy:errors.dateInvalid')
				.refine((value) => !isCalendarDate(value) || value <= today, 'privacy:errors.dateInFuture'),
			note: optionalText(CONSENT_NOTE_MAX),
		})
		.superRefine((value, context) => {
			if (value.purpose === 'IDENTITY_SHARE' && !value.employerOrganizationId) {
				context.addIssue({
					code: 'custom',
					path: ['employerOrganizationId'],
					message: 'privacy:errors.employerRequired',
				})
			}
		})
}

/** Withdraw one active consent, with an optional note (how and why the candidate withdrew it). */
export const WithdrawConsentSchema = z.object({
	intent: z.literal('withdraw'),
	consentId: z.string().trim().min(1).max(40),
	withdrawalNote: optionalText(CONSENT_NOTE_MAX),
})
