/**
 * Seeds the demo caseload (prisma/demo-caseload.ts) of the coaching organisation. Idempotent: a
 * candidate is found by its fixed code and only created when missing, with its history, reports and
 * consents in one transaction. Dates are relative to the moment of creation, so the demo looks current.
 */
import { findTownInMunicipality } from '#app/domain/geo/towns.server.ts'
import { amsterdamDate } from '#app/domain/places/place-schema.ts'
import { prisma } from '#app/utils/db.server.ts'
import { buildDemoCaseload, demoReports, type DemoCandidate } from './demo-caseload.ts'

const DAY = 24 * 60 * 60 * 1000

/** Midnight UTC of the Amsterdam calendar day `days` before `moment`: how calendar days are stored. */
function dayBefore(moment: Date, days: number) {
	return new Date(`${amsterdamDate(new Date(moment.getTime() - days * DAY))}T00:00:00.000Z`)
}

/** The route's events, oldest first, spread evenly up to the last step. */
function routeEvents(candidate: DemoCandidate, moment: Date, recordedById: string) {
	const { stages, lastStepDaysAgo, steppedBack } = candidate.route
	const steps = stages.length + (steppedBack ? 1 : 0)
	const start = lastStepDaysAgo + (steps - 1) * 45
	const events: Array<{
		kind: string
		fromStage: string | null
		toStage: string | null
		occurredOn: Date
		note: string | null
		recordedById: string
	}> = []
	stages.forEach((stage, index) => {
		events.push({
			kind: index === 0 ? 'INTAKE' : 'STAGE',
			fromStage: index === 0 ? null : stages[index - 1]!,
			toStage: stage,
			occurredOn: dayBefore(moment, start - index * 45),
			note: index === 0 ? 'Intake in het inloophuis.' : null,
			recordedById,
		})
	})
	if (steppedBack) {
		const stage = stages[stages.length - 1]!
		events.push({
			kind: 'STEP_BACK',
			fromStage: stage,
			toStage: stage,
			occurredOn: dayBefore(moment, lastStepDaysAgo),
			note: 'Neemt even rust; we houden contact.',
			recordedById,
		})
	}
	return events
}

export async function seedCaseload({
	organizationId,
	coachIds,
	identityShareEmployerId,
	moment,
}: {
	organizationId: string
	/** The three jobcoaches: the demo login first. */
	coachIds: [string, string, string]
	/** The employer two candidates shared their identity with (Lunchroom 't Hofje). */
	identityShareEmployerId: string | null
	moment: Date
}) {
	const candidates = buildDemoCaseload()
	const existing = new Set(
		(
			await prisma.candidate.findMany({
				where: { code: { in: candidates.map((c) => c.code) } },
				select: { code: true },
			})
		).map((candidate) => candidate.code),
	)
	let created = 0
	for (const [index, candidate] of candidates.entries()) {
		if (existing.has(candidate.code)) continue
		const [townName, municipality] = candidate.home
		const town = findTownInMunicipality(townName, municipality)
		if (!town) throw new Error(`Demo candidate ${candidate.code}: unknown town ${townName}`)
		const coachId = coachIds[candidate.coach]
		const events = routeEvents(candidate, moment, coachId)
		const finalStage = candidate.route.stages[candidate.route.stages.length - 1]!
		const { intake } = candidate
		const reports = demoReports.filter(([candidateIndex]) => candidateIndex === index)
		await prisma.candidate.create({
			data: {
				organizationId,
				code: candidate.code,
				firstName: candidate.firstName,
				lastName: candidate.lastName,
				email: `${candidate.firstName}.${candidate.lastName}`.toLowerCase().replace(/[^a-z.]/g, '') + '@voorbeeld.test',
				phone: `06${String(20000000 + index * 137531).slice(0, 8)}`,
				birthYear: candidate.birthYear,
				happyWhen: intake.happyWhen,
				interests: intake.interests,
				talents: intake.talents,
				learningGoals: intake.learningGoals,
				placeTypes: JSON.stringify(intake.placeTypes),
				sectors: JSON.stringify(intake.sectors),
				hoursMin: intake.hours[0],
				hoursMax: intake.hours[1],
				days: JSON.stringify(intake.days),
				homeTown: town.label,
				homeMunicipality: town.municipality,
				latitude: town.latitude,
				longitude: town.longitude,
				travelRadiusKm: 5 + (index % 4) * 5,
				transport: JSON.stringify(intake.transport),
				workEnvironment: JSON.stringify(intake.workEnvironment),
				languages: JSON.stringify(intake.languages),
				experience: intake.experience,
				training: intake.training,
				stage: finalStage,
				active: candidate.route.active,
				primaryCoachId: coachId,
				routeSupporterId: candidate.supporter === null ? null : coachIds[candidate.supporter],
				lastContactAt: dayBefore(moment, Math.min(candidate.route.lastStepDaysAgo, 3 + (index % 6) * 4)),
				nextAction: candidate.nextAction,
				nextActionDate: candidate.nextActionInDays === null ? null : dayBefore(moment, -candidate.nextActionInDays),
				confirmedAt: new Date(moment.getTime() - candidate.confirmedDaysAgo * DAY),
				createdById: coachId,
				createdAt: events[0]!.occurredOn,
				sensitive: intake.sensitive ? { create: intake.sensitive } : undefined,
				events: { create: events },
				reports: {
					create: reports.map(([, author, status, title, body], reportIndex) => {
						const conversationOn = dayBefore(moment, 5 + reportIndex * 20)
						const asked = status !== 'DRAFT'
						const decided = status === 'APPROVED' || status === 'REJECTED'
						return {
							authorId: coachIds[author],
							conversationOn,
							title,
							body,
							status,
							approvalRequestedAt: asked ? new Date(conversationOn.getTime() + DAY) : null,
							decidedOn: decided ? dayBefore(moment, 3 + reportIndex * 20) : null,
							decisionSource: decided ? 'COACH' : null,
							decisionRecordedById: decided ? coachIds[author] : null,
						}
					}),
				},
				consents: {
					create: [
						...(candidate.searchConsent === 'none'
							? []
							: [
									{
										purpose: 'EMPLOYER_SEARCH',
										basis: index % 3 === 0 ? 'WRITTEN' : 'VERBAL',
										givenOn: events[0]!.occurredOn,
										recordedById: coachId,
										withdrawnAt: candidate.searchConsent === 'withdrawn' ? new Date(moment.getTime() - 20 * DAY) : null,
										withdrawnById: candidate.searchConsent === 'withdrawn' ? coachId : null,
										withdrawalNote:
											candidate.searchConsent === 'withdrawn' ? 'Wil eerst zelf rustig verder kijken.' : null,
									},
								]),
						...(identityShareEmployerId && (index === 0 || index === 21)
							? [
									{
										purpose: 'IDENTITY_SHARE',
										employerOrganizationId: identityShareEmployerId,
										basis: 'VERBAL',
										givenOn: dayBefore(moment, 7),
										recordedById: coachId,
										note: 'Akkoord met kennismaking bij de lunchroom.',
									},
								]
							: []),
					],
				},
			},
		})
		created++
	}
	return { candidates: candidates.length, created }
}
