// The intake and edit form of a candidate: one Zod schema for the browser (Conform) and the action.
// Client-safe: no server imports. What needs the database or the town list (the town exists, the
// coaches are jobcoaches of the organisation) is checked in profile.server.ts.
import { z } from 'zod'
import { placeTypes, sbiSections, weekDays } from '#app/domain/places/place-options.ts'
import {
	benefitsOptions,
	indicationOptions,
	languageOptions,
	targetGroupRegisterOptions,
	transportOptions,
	workEnvironmentOptions,
} from './candidate-options.ts'

export const CANDIDATE_HOURS_MIN = 1
export const CANDIDATE_HOURS_MAX = 40
export const TRAVEL_RADIUS_MIN = 0
export const TRAVEL_RADIUS_MAX = 150
export const BIRTH_YEAR_MIN = 1900
/** Nobody younger than this is a candidate: the youngest birth year is the current year minus this. */
export const MIN_CANDIDATE_AGE = 14

const optionalText = (max: number) => z.string().trim().max(max).optional()
const keyList = <Key extends string>(keys: readonly [Key, ...Key[]]) =>
	z.array(z.enum(keys)).max(keys.length).default([])
const optionalWhole = (min: number, max: number, message: string) =>
	z.number().int(message).min(min, message).max(max, message).optional()
/** A validation message with values, as `translateValidationMessage` reads it. */
const withValues = (key: string, values: Record<string, number>) => `${key}|${JSON.stringify(values)}`

/** Digits, spaces, +, -, ( and ): what people write phone numbers with. */
const PHONE_PATTERN = /^\+?[0-9 ()-]{6,20}$/

/**
 * The candidate form. `currentYear` (the Amsterdam year by the server clock) bounds the birth year;
 * the loader passes it so browser and server validate alike.
 */
export function createCandidateFormSchema({ currentYear }: { currentYear: number }) {
	const birthYearMax = currentYear - MIN_CANDIDATE_AGE
	const birthYearMessage = withValues('candidates:errors.birthYear', { min: BIRTH_YEAR_MIN, max: birthYearMax })
	const hoursMessage = withValues('candidates:errors.hoursRange', {
		min: CANDIDATE_HOURS_MIN,
		max: CANDIDATE_HOURS_MAX,
	})
	const radiusMessage = withValues('candidates:errors.travelRadius', {
		min: TRAVEL_RADIUS_MIN,
		max: TRAVEL_RADIUS_MAX,
	})
	return z
		.object({
			// (a) Who the candidate is.
			happyWhen: optionalText(2000),
			interests: optionalText(2000),
			talents: optionalText(2000),
			learningGoals: optionalText(2000),
			placeTypes: keyList(placeTypes),
			sectors: keyList(sbiSections),
			hoursMin: optionalWhole(CANDIDATE_HOURS_MIN, CANDIDATE_HOURS_MAX, hoursMessage),
			hoursMax: optionalWhole(CANDIDATE_HOURS_MIN, CANDIDATE_HOURS_MAX, hoursMessage),
			days: keyList(weekDays),
			homeTown: optionalText(120),
			travelRadiusKm: optionalWhole(TRAVEL_RADIUS_MIN, TRAVEL_RADIUS_MAX, radiusMessage),
			transport: keyList(transportOptions),
			workEnvironment: keyList(workEnvironmentOptions),
			languages: keyList(languageOptions),
			experience: optionalText(3000),
			training: optionalText(3000),
			// (b) Identity: the coaching organisation only.
			firstName: z.string({ required_error: 'errors:validation.required' }).trim().min(1).max(80),
			lastName: optionalText(120),
			email: z
				.string()
				.trim()
				.max(254)
				.email()
				.transform((value) => value.toLowerCase())
				.optional(),
			phone: z.string().trim().regex(PHONE_PATTERN, 'candidates:errors.phone').optional(),
			birthYear: optionalWhole(BIRTH_YEAR_MIN, birthYearMax, birthYearMessage),
			// (c) Sensitive context: the coaching organisation only, never indexed or logged.
			vulnerability: optionalText(3000),
			benefits: z.enum(benefitsOptions).optional(),
			targetGroupRegister: z.enum(targetGroupRegisterOptions).optional(),
			indication: z.enum(indicationOptions).optional(),
			supportNeeds: optionalText(3000),
			// (d) Coaching.
			primaryCoachId: z.string({ required_error: 'errors:validation.required' }).trim().min(1).max(40),
			routeSupporterId: z.string().trim().max(40).optional(),
		})
		.superRefine((value, context) => {
			if (value.hoursMin !== undefined && value.hoursMax !== undefined && value.hoursMin > value.hoursMax) {
				context.addIssue({ code: 'custom', path: ['hoursMax'], message: 'candidates:errors.hoursOrder' })
			}
			if (value.routeSupporterId && value.routeSupporterId === value.primaryCoachId) {
				context.addIssue({ code: 'custom', path: ['routeSupporterId'], message: 'candidates:errors.sameCoach' })
			}
		})
}

export type CandidateFormSchema = ReturnType<typeof createCandidateFormSchema>
export type CandidateFormInput = z.infer<CandidateFormSchema>

/** The buttons on the profile page. */
export const CandidateProfileActionSchema = z.object({ intent: z.enum(['confirm']) })
