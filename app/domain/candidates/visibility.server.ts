// THE gate between candidates and employers. Every employer-facing search, list, page, index
// document and proposal view selects candidates with `employerVisibleCandidateWhere` and shows them
// only through `toPseudonymisedProfile`. A candidate passes only when all of these hold:
//   - not erased, and active (someone who stepped back is not on offer);
//   - the profile was confirmed with the candidate less than CANDIDATE_STALE_DAYS ago;
//   - an active (not withdrawn) EMPLOYER_SEARCH consent: "mag gevonden worden".
// Nothing else about a candidate (name, contact, birth year, sensitive context, coaches, notes,
// reports) ever reaches an employer.
import { placeTypes, sbiSections, weekDays, parseKeyList } from '#app/domain/places/place-options.ts'
import { now } from '#app/utils/clock.server.ts'
import { prisma, type Prisma } from '#app/utils/db.server.ts'
import {
	isCandidateStage,
	languageOptions,
	transportOptions,
	workEnvironmentOptions,
	type CandidateStage,
} from './candidate-options.ts'
import { staleBefore } from './candidate-profile.ts'
import { getStaleAfterDays } from './candidates.server.ts'

type CandidateWhereInput = Prisma.CandidateWhereInput
type CandidateSelect = Prisma.CandidateSelect
type CandidateConsentWhereInput = Prisma.CandidateConsentWhereInput

/** The consent that makes a candidate findable: EMPLOYER_SEARCH, not withdrawn. */
const activeSearchConsent = {
	purpose: 'EMPLOYER_SEARCH',
	withdrawnAt: null,
} satisfies CandidateConsentWhereInput

/**
 * The candidates employers may see at `moment`. Combine it with AND in every employer-facing query;
 * never loosen it there.
 */
export function employerVisibleCandidateWhere(moment: Date): CandidateWhereInput {
	return {
		erasedAt: null,
		active: true,
		// Fresh means confirmed after the stale boundary (see profileFreshness: stale at exactly N days).
		confirmedAt: { gt: staleBefore(moment, getStaleAfterDays()) },
		consents: { some: activeSearchConsent },
	}
}

/** Whether employers may see this candidate at `moment`. */
export async function isEmployerVisible(candidateId: string, moment: Date = now()) {
	const count = await prisma.candidate.count({
		where: { AND: [{ id: candidateId }, employerVisibleCandidateWhere(moment)] },
	})
	return count > 0
}

export const hiddenReasons = ['erased', 'noConsent', 'stale', 'inactive'] as const
export type HiddenReason = (typeof hiddenReasons)[number]

/**
 * Why employers do (not) see a candidate, for the coach on the consent tab. Same rules as
 * `employerVisibleCandidateWhere`, spelled out one by one.
 */
export async function employerVisibility(candidateId: string, moment: Date = now()) {
	const candidate = await prisma.candidate.findUniqueOrThrow({
		where: { id: candidateId },
		select: {
			erasedAt: true,
			active: true,
			confirmedAt: true,
			consents: { where: activeSearchConsent, select: { id: true }, take: 1 },
		},
	})
	const reasons: HiddenReason[] = []
	if (candidate.erasedAt) reasons.push('erased')
	if (candidate.consents.length === 0) reasons.push('noConsent')
	if (candidate.confirmedAt <= staleBefore(moment, getStaleAfterDays())) reasons.push('stale')
	if (!candidate.active) reasons.push('inactive')
	return { visible: reasons.length === 0, reasons, staleAfterDays: getStaleAfterDays() }
}

export type EmployerVisibility = Awaited<ReturnType<typeof employerVisibility>>

/** Select exactly what `toPseudonymisedProfile` needs, so an employer-facing query never loads more. */
export const pseudonymisedProfileSelect = {
	code: true,
	happyWhen: true,
	interests: true,
	talents: true,
	learningGoals: true,
	placeTypes: true,
	sectors: true,
	hoursMin: true,
	hoursMax: true,
	days: true,
	homeMunicipality: true,
	travelRadiusKm: true,
	transport: true,
	workEnvironment: true,
	languages: true,
	experience: true,
	training: true,
	stage: true,
} as const satisfies CandidateSelect

/** A candidate row with at least the fields `pseudonymisedProfileSelect` selects. */
export type PseudonymisedProfileSource = {
	[Key in keyof typeof pseudonymisedProfileSelect]: Awaited<ReturnType<typeof prisma.candidate.findUniqueOrThrow>>[Key]
}

export type PseudonymisedProfile = {
	/** The pseudonym; the only handle an employer gets. */
	code: string
	happyWhen: string | null
	interests: string | null
	talents: string | null
	learningGoals: string | null
	placeTypes: string[]
	sectors: string[]
	hoursMin: number | null
	hoursMax: number | null
	days: string[]
	/** The municipality only: the town and coordinates could point at an address. */
	homeMunicipality: string | null
	travelRadiusKm: number | null
	transport: string[]
	workEnvironment: string[]
	languages: string[]
	experience: string | null
	training: string | null
	stage: CandidateStage
}

/**
 * The ONLY projection of a candidate an employer may ever receive: the code and the profile. Built
 * field by field (never spread), so whatever else the argument carries — a full row with identity,
 * sensitive context or notes — cannot slip through.
 */
export function toPseudonymisedProfile(candidate: PseudonymisedProfileSource): PseudonymisedProfile {
	return {
		code: candidate.code,
		happyWhen: candidate.happyWhen,
		interests: candidate.interests,
		talents: candidate.talents,
		learningGoals: candidate.learningGoals,
		placeTypes: parseKeyList(candidate.placeTypes, placeTypes),
		sectors: parseKeyList(candidate.sectors, sbiSections),
		hoursMin: candidate.hoursMin,
		hoursMax: candidate.hoursMax,
		days: parseKeyList(candidate.days, weekDays),
		homeMunicipality: candidate.homeMunicipality,
		travelRadiusKm: candidate.travelRadiusKm,
		transport: parseKeyList(candidate.transport, transportOptions),
		workEnvironment: parseKeyList(candidate.workEnvironment, workEnvironmentOptions),
		languages: parseKeyList(candidate.languages, languageOptions),
		experience: candidate.experience,
		training: candidate.training,
		stage: isCandidateStage(candidate.stage) ? candidate.stage : 'ORIENTING',
	}
}
