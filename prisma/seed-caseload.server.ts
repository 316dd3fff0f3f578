/**
 * Seeds the demo caseload (prisma/demo-candidates.ts) of the coaching organisation. Idempotent: a
 * candidate is found by its fixed code and only created when missing, with its history, reports and
 * consents in one nested create. Dates are relative to the moment of creation, so the demo looks current.
 * At the end every candidate is marked for the search index, so the sync worker fills it.
 */
import { findTown } from '#app/domain/geo/towns.server.ts'
import { amsterdamDate } from '#app/utils/amsterdam-time.ts'
import { prisma } from '#app/utils/db.server.ts'
import { markForReindex } from '#search/outbox.server.ts'
import {
	demoCandidateEmail,
	demoCandidatePhone,
	demoCandidates,
	demoCandidateState,
	type DemoCandidateEvent,
} from './demo-candidates.ts'

const DAY = 24 * 60 * 60 * 1000

/** Midnight UTC of the Amsterdam calendar day `days` before `moment`: how calendar days are stored. */
function dayBefore(moment: Date, days: number) {
	return new Date(`${amsterdamDate(new Date(moment.getTime() - days * DAY))}T00:00:00.000Z`)
}

/** The history as events: each records the stage it moved from and to (a step back keeps the stage). */
function historyEvents(history: readonly DemoCandidateEvent[], moment: Date, recordedById: string) {
	let stage: string | null = null
	return history.map((event) => {
		const fromStage = stage
		if (event.kind === 'INTAKE') stage = 'ORIENTING'
		if (event.kind === 'STAGE' || event.kind === 'RETURN') stage = event.to
		return {
			kind: event.kind,
			fromStage: event.kind === 'INTAKE' ? null : fromStage,
			toStage: stage,
			occurredOn: dayBefore(moment, event.daysAgo),
			note: event.note ?? null,
			recordedById,
		}
	})
}

export async function seedCaseload({
	organizationId,
	coachIds,
	employerIdsByKvk,
	moment,
}: {
	organizationId: string
	/** The three jobcoaches: the demo login first. */
	coachIds: [string, string, string]
	/** Demo employers by KvK number, for identity-share consents. */
	employerIdsByKvk: Map<string, string>
	moment: Date
}) {
	const existing = new Set(
		(
			await prisma.candidate.findMany({
				where: { code: { in: demoCandidates.map((candidate) => candidate.code) } },
				select: { code: true },
			})
		).map((candidate) => candidate.code),
	)
	let created = 0
	for (const [index, candidate] of demoCandidates.entries()) {
		if (existing.has(candidate.code)) continue
		const town = findTown(candidate.homeTown)
		if (!town) throw new Error(`Demo candidate ${candidate.code}: unknown town ${candidate.homeTown}`)
		const coachId = coachIds[candidate.coach]
		const { stage, active } = demoCandidateState(candidate)
		const events = historyEvents(candidate.history, moment, coachId)
		await prisma.candidate.create({
			data: {
				organizationId,
				code: candidate.code,
				firstName: candidate.firstName,
				lastName: candidate.lastName,
				email: demoCandidateEmail(candidate),
				phone: demoCandidatePhone(index),
				birthYear: candidate.birthYear,
				happyWhen: candidate.happyWhen,
				interests: candidate.interests,
				talents: candidate.talents,
				learningGoals: candidate.learningGoals,
				placeTypes: JSON.stringify(candidate.placeTypes),
				sectors: JSON.stringify(candidate.sectors),
				hoursMin: candidate.hours[0],
				hoursMax: candidate.hours[1],
				days: JSON.stringify(candidate.days),
				homeTown: town.label,
				homeMunicipality: town.municipality,
				latitude: town.latitude,
				longitude: town.longitude,
				travelRadiusKm: candidate.travelRadiusKm,
				transport: JSON.stringify(candidate.transport),
				workEnvironment: JSON.stringify(candidate.workEnvironment),
				languages: JSON.stringify(candidate.languages),
				experience: candidate.experience,
				training: candidate.training ?? null,
				stage,
				active,
				primaryCoachId: coachId,
				routeSupporterId: candidate.routeSupporter === undefined ? null : coachIds[candidate.routeSupporter],
				lastContactAt: dayBefore(moment, candidate.lastContactDaysAgo),
				nextAction: candidate.nextAction?.text ?? null,
				nextActionDate: candidate.nextAction ? dayBefore(moment, -candidate.nextAction.inDays) : null,
				confirmedAt: new Date(moment.getTime() - candidate.confirmedDaysAgo * DAY),
				createdById: coachId,
				createdAt: events[0]?.occurredOn ?? moment,
				sensitive: candidate.sensitive ? { create: candidate.sensitive } : undefined,
				events: { create: events },
				reports: {
					create: (candidate.reports ?? []).map((report) => {
						const decided = report.status === 'APPROVED' || report.status === 'REJECTED'
						return {
							authorId: coachIds[report.author],
							conversationOn: dayBefore(moment, report.daysAgo),
							title: report.title,
							body: report.body,
							status: report.status,
							approvalRequestedAt:
								report.status === 'DRAFT' ? null : new Date(dayBefore(moment, report.daysAgo).getTime() + DAY / 2),
							decidedOn: decided ? dayBefore(moment, report.decidedDaysAgo ?? report.daysAgo) : null,
							decisionSource: decided ? 'COACH' : null,
							decisionRecordedById: decided ? coachIds[report.author] : null,
							decisionNote: report.decisionNote ?? null,
						}
					}),
				},
				consents: {
					create: (candidate.consents ?? []).map((consent) => {
						const employerOrganizationId = consent.employerKvk ? employerIdsByKvk.get(consent.employerKvk) : undefined
						if (consent.employerKvk && !employerOrganizationId) {
							throw new Error(`Demo candidate ${candidate.code}: no employer with KvK ${consent.employerKvk}`)
						}
						const withdrawn = consent.withdrawnDaysAgo !== undefined
						return {
							purpose: consent.purpose,
							employerOrganizationId: employerOrganizationId ?? null,
							basis: consent.basis,
							givenOn: dayBefore(moment, consent.daysAgo),
							note: consent.note ?? null,
							recordedById: coachId,
							recordedAt: dayBefore(moment, consent.daysAgo),
							withdrawnAt: withdrawn ? dayBefore(moment, consent.withdrawnDaysAgo ?? 0) : null,
							withdrawnById: withdrawn ? coachId : null,
							withdrawalNote: consent.withdrawalNote ?? null,
						}
					}),
				},
			},
		})
		created++
	}
	const candidateIds = (await prisma.candidate.findMany({ select: { id: true } })).map((candidate) => candidate.id)
	await markForReindex(prisma, 'candidates', candidateIds)
	return { candidates: demoCandidates.length, created }
}
