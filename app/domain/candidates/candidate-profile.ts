// Freshness and completeness of a candidate profile. Client-safe: pure functions of the stored fields.

const DAY = 24 * 60 * 60 * 1000

export type Freshness = { confirmedAt: string; daysSinceConfirmed: number; stale: boolean; staleAfterDays: number }

/** A profile not confirmed with the candidate for `staleAfterDays` days is stale. */
export function profileFreshness(confirmedAt: Date, moment: Date, staleAfterDays: number): Freshness {
	const daysSinceConfirmed = Math.max(0, Math.floor((moment.getTime() - confirmedAt.getTime()) / DAY))
	return {
		confirmedAt: confirmedAt.toISOString(),
		daysSinceConfirmed,
		stale: daysSinceConfirmed >= staleAfterDays,
		staleAfterDays,
	}
}

/** The moment before which a confirmation is stale. */
export function staleBefore(moment: Date, staleAfterDays: number) {
	return new Date(moment.getTime() - staleAfterDays * DAY)
}

/**
 * The profile fields that make a candidate findable and matchable, in the order the intake asks
 * them. Identity and sensitive context do not count: a profile is complete without them.
 */
export const completenessFields = [
	'happyWhen',
	'interests',
	'talents',
	'learningGoals',
	'placeTypes',
	'sectors',
	'hours',
	'days',
	'homeTown',
	'travelRadiusKm',
	'transport',
	'workEnvironment',
	'languages',
	'experience',
] as const
export type CompletenessField = (typeof completenessFields)[number]

export type CompletenessInput = {
	happyWhen: string | null
	interests: string | null
	talents: string | null
	learningGoals: string | null
	placeTypes: string
	sectors: string
	hoursMin: number | null
	hoursMax: number | null
	days: string
	homeTown: string | null
	travelRadiusKm: number | null
	transport: string
	workEnvironment: string
	languages: string
	experience: string | null
}

function filledList(stored: string) {
	try {
		const value: unknown = JSON.parse(stored)
		return Array.isArray(value) && value.length > 0
	} catch {
		return false
	}
}

const filledText = (value: string | null) => value !== null && value.trim() !== ''

/** How complete a profile is (0-100) and which fields are still missing. */
export function profileCompleteness(profile: CompletenessInput) {
	const filled: Record<CompletenessField, boolean> = {
		happyWhen: filledText(profile.happyWhen),
		interests: filledText(profile.interests),
		talents: filledText(profile.talents),
		learningGoals: filledText(profile.learningGoals),
		placeTypes: filledList(profile.placeTypes),
		sectors: filledList(profile.sectors),
		hours: profile.hoursMin !== null && profile.hoursMax !== null,
		days: filledList(profile.days),
		homeTown: filledText(profile.homeTown),
		travelRadiusKm: profile.travelRadiusKm !== null,
		transport: filledList(profile.transport),
		workEnvironment: filledList(profile.workEnvironment),
		languages: filledList(profile.languages),
		experience: filledText(profile.experience),
	}
	const missing = completenessFields.filter((field) => !filled[field])
	return {
		percent: Math.round(((completenessFields.length - missing.length) / completenessFields.length) * 100),
		missing,
	}
}
