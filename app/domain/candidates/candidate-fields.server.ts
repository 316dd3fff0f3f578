// The identity and profile layers of a candidate as the coaching pages read them: one select and one
// mapping each, shared by the profile page, the header and the data export. (The employer-facing
// projection is deliberately separate and explicit: visibility.server.ts.)
import { parseKeyList, placeTypes, sbiSections, weekDays } from '#app/domain/places/place-options.ts'
import { type Prisma } from '#app/utils/db.server.ts'
import { languageOptions, transportOptions, workEnvironmentOptions } from './candidate-options.ts'

export const identitySelect = {
	firstName: true,
	lastName: true,
	email: true,
	phone: true,
	birthYear: true,
} satisfies Prisma.CandidateSelect

export const profileSelect = {
	happyWhen: true,
	interests: true,
	talents: true,
	learningGoals: true,
	placeTypes: true,
	sectors: true,
	hoursMin: true,
	hoursMax: true,
	days: true,
	homeTown: true,
	homeMunicipality: true,
	travelRadiusKm: true,
	transport: true,
	workEnvironment: true,
	languages: true,
	experience: true,
	training: true,
} satisfies Prisma.CandidateSelect

type IdentityRow = Prisma.CandidateGetPayload<{ select: typeof identitySelect }>
type ProfileRow = Prisma.CandidateGetPayload<{ select: typeof profileSelect }>

export function toIdentity(candidate: IdentityRow) {
	return {
		firstName: candidate.firstName,
		lastName: candidate.lastName,
		email: candidate.email,
		phone: candidate.phone,
		birthYear: candidate.birthYear,
	}
}

/** The profile with its option lists parsed into keys (unknown keys dropped). */
export function toProfile(candidate: ProfileRow) {
	return {
		happyWhen: candidate.happyWhen,
		interests: candidate.interests,
		talents: candidate.talents,
		learningGoals: candidate.learningGoals,
		placeTypes: parseKeyList(candidate.placeTypes, placeTypes),
		sectors: parseKeyList(candidate.sectors, sbiSections),
		hoursMin: candidate.hoursMin,
		hoursMax: candidate.hoursMax,
		days: parseKeyList(candidate.days, weekDays),
		homeTown: candidate.homeTown,
		homeMunicipality: candidate.homeMunicipality,
		travelRadiusKm: candidate.travelRadiusKm,
		transport: parseKeyList(candidate.transport, transportOptions),
		workEnvironment: parseKeyList(candidate.workEnvironment, workEnvironmentOptions),
		languages: parseKeyList(candidate.languages, languageOptions),
		experience: candidate.experience,
		training: candidate.training,
	}
}
