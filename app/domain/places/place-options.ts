// The closed lists a place is described with. Keys are stored; labels live in app/locales/*/places.json
// under the same names (e.g. places:types.WORK_EXPERIENCE). Client-safe: forms and filters use them too.

export const placeTypes = [
	'WORK_EXPERIENCE',
	'VOLUNTEER',
	'INTERNSHIP',
	'PAID_JOB',
	'GARANTIEBAAN',
	'DAY_ACTIVITY',
] as const
export type PlaceType = (typeof placeTypes)[number]

export const placeStatuses = ['DRAFT', 'PUBLISHED', 'PAUSED', 'FILLED', 'CLOSED'] as const
export type PlaceStatus = (typeof placeStatuses)[number]

export const workModes = ['ON_SITE', 'HYBRID', 'REMOTE'] as const
export type WorkMode = (typeof workModes)[number]

export const locationModes = ['ORGANIZATION', 'TOWN'] as const
export type LocationMode = (typeof locationModes)[number]

export const weekDays = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'] as const
export type WeekDay = (typeof weekDays)[number]

export const supervisionOptions = ['BUDDY', 'WORK_SUPERVISOR', 'JOBCOACH_ON_SITE'] as const
export type Supervision = (typeof supervisionOptions)[number]

export const adaptationOptions = [
	'QUIET_WORKSPACE',
	'FLEXIBLE_HOURS',
	'JOB_CARVING',
	'SHORT_DAYS_TO_START',
	'STEPPING_BACK_ALLOWED',
	'FIXED_ROUTINE',
	'FEW_COLLEAGUES',
	'WORK_FROM_HOME',
	'EXTRA_BREAKS',
	'CLEAR_INSTRUCTIONS',
] as const
export type Adaptation = (typeof adaptationOptions)[number]

export const accessibilityOptions = [
	'WHEELCHAIR_ACCESSIBLE',
	'PUBLIC_TRANSPORT_NEARBY',
	'PARKING',
	'BICYCLE_STORAGE',
	'ADAPTED_TOILET',
	'LIFT',
] as const
export type Accessibility = (typeof accessibilityOptions)[number]

/** Top-level SBI sections (labels under common:sectors). */
export const sbiSections = [
	'A',
	'B',
	'C',
	'D',
	'E',
	'F',
	'G',
	'H',
	'I',
	'J',
	'K',
	'L',
	'M',
	'N',
	'O',
	'P',
	'Q',
	'R',
	'S',
	'T',
	'U',
] as const
export type SbiSection = (typeof sbiSections)[number]

export const sizeClasses = ['1-9', '10-49', '50-249', '250+'] as const
export type SizeClass = (typeof sizeClasses)[number]

export const commitmentOptions = ['BANENAFSPRAAK', 'SOCIAL_ENTERPRISE', 'PSO', 'OTHER'] as const
export type Commitment = (typeof commitmentOptions)[number]

/** A published place closes itself after this many days unless extended. */
export const PLACE_LIFETIME_DAYS = 90
/** The contact gets a reminder this many days before expiry. */
export const EXPIRY_REMINDER_DAYS = 7

/** Reads a stored JSON array of keys, keeping only known keys (old or tampered values fall away). */
export function parseKeyList<Key extends string>(stored: string | null | undefined, allowed: readonly Key[]): Key[] {
	try {
		const value: unknown = JSON.parse(stored ?? '[]')
		return Array.isArray(value) ? value.filter((item): item is Key => allowed.includes(item as Key)) : []
	} catch {
		return []
	}
}
