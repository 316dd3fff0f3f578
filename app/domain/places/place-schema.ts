// The form a place is posted and edited with: one Zod schema for the browser (Conform) and the
// action. Client-safe: no server imports. What needs the database or the town list (the town
// exists, the contact person belongs to the organisation) is checked in places.server.ts.
import { z } from 'zod'
import {
	accessibilityOptions,
	adaptationOptions,
	locationModes,
	placeTypes,
	sbiSections,
	supervisionOptions,
	weekDays,
	workModes,
} from './place-options.ts'

export const PLACE_TITLE_MAX = 120
export const HOURS_MIN = 1
export const HOURS_MAX = 40
export const SPOTS_MIN = 1
export const SPOTS_MAX = 50

const requiredText = (max: number) => z.string({ required_error: 'errors:validation.required' }).trim().min(1).max(max)
const optionalText = (max: number) => z.string().trim().max(max).optional()
const keyList = <Key extends string>(keys: readonly [Key, ...Key[]]) =>
	z.array(z.enum(keys)).max(keys.length).default([])
const whole = (min: number, max: number, message: string) =>
	z.number({ required_error: 'errors:validation.required' }).int(message).min(min, message).max(max, message)

/** A calendar date as a date input sends it (yyyy-mm-dd), and only one that exists. */
export function isCalendarDate(value: string) {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
	const date = new Date(`${value}T00:00:00.000Z`)
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}

/**
 * The place form. `today` (yyyy-mm-dd in Amsterdam, from the server clock) bounds the start date;
 * `keepStartDate` is the date the place already has, which may stay even once it lies in the past.
 */
export function createPlaceFormSchema({ today, keepStartDate }: { today: string; keepStartDate?: string | null }) {
	return z
		.object({
			type: z.enum(placeTypes),
			title: z.string({ required_error: 'errors:validation.required' }).trim().min(3).max(PLACE_TITLE_MAX),
			description: requiredText(5000),
			tasks: optionalText(3000),
			sector: z.enum(sbiSections).optional(),
			locationMode: z.enum(locationModes),
			town: optionalText(120),
			workMode: z.enum(workModes),
			hoursMin: whole(HOURS_MIN, HOURS_MAX, 'places:errors.hoursRange'),
			hoursMax: whole(HOURS_MIN, HOURS_MAX, 'places:errors.hoursRange'),
			days: keyList(weekDays),
			startDate: z
				.string()
				.trim()
				.refine(isCalendarDate, 'places:errors.dateInvalid')
				.refine(
					(value) => !isCalendarDate(value) || value >= today || value === keepStartDate,
					'places:errors.dateInPast',
				)
				.optional(),
			duration: optionalText(200),
			compensation: optionalText(200),
			spots: whole(SPOTS_MIN, SPOTS_MAX, 'places:errors.spotsRange'),
			supervision: keyList(supervisionOptions),
			adaptations: keyList(adaptationOptions),
			accessibility: keyList(accessibilityOptions),
			requirements: optionalText(3000),
			learning: optionalText(3000),
			contactPersonId: z.string().trim().max(40).optional(),
		})
		.superRefine((value, context) => {
			if (value.hoursMin > value.hoursMax) {
				context.addIssue({ code: 'custom', path: ['hoursMax'], message: 'places:errors.hoursOrder' })
			}
			if (value.locationMode === 'TOWN' && !value.town) {
				context.addIssue({ code: 'custom', path: ['town'], message: 'places:errors.townRequired' })
			}
		})
}

export type PlaceFormSchema = ReturnType<typeof createPlaceFormSchema>
export type PlaceFormInput = z.infer<PlaceFormSchema>

/** The intents of the buttons on a place: status changes and the other one-click actions. */
export const placeIntents = ['publish', 'pause', 'resume', 'fill', 'close', 'extend', 'duplicate'] as const
export type PlaceIntent = (typeof placeIntents)[number]
