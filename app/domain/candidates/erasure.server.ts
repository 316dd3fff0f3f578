// Erasure (AVG art. 17): identity, profile texts, sensitive context, reports and every free-text note
// are removed in one transaction. What stays is what carries no person: the code, the stage history
// (kinds, stages and dates, for anonymous reporting), the consent rows without their notes (proof of
// lawful processing) and the access log (proof of who saw what). The candidate then answers 404
// everywhere (requireCandidate filters erasedAt) and never reaches an employer (visibility.server.ts);
// the same transaction marks it for the search index, whose sync then deletes its document.
// Placement agreements stay as the record of what the other parties agreed to, but name the candidate
// by code only; the candidate's typed name and personal links go.
import { amsterdamDate } from '#app/utils/amsterdam-time.ts'
import { audit } from '#app/utils/audit.server.ts'
import { now } from '#app/utils/clock.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import { markForReindex } from '#search/outbox.server.ts'

/** What an erasure would remove and keep, for the confirmation page. */
export async function getErasureSummary(candidateId: string) {
	const candidate = await prisma.candidate.findUniqueOrThrow({
		where: { id: candidateId },
		select: {
			code: true,
			sensitive: { select: { candidateId: true } },
			_count: { select: { reports: true, events: true, consents: true, accessLog: true } },
		},
	})
	return {
		code: candidate.code,
		hasSensitive: candidate.sensitive !== null,
		reports: candidate._count.reports,
		events: candidate._count.events,
		consents: candidate._count.consents,
		accessLog: candidate._count.accessLog,
	}
}

/** Erase the candidate's personal data; see the top of this file for what stays. */
export async function eraseCandidate(candidateId: string, actorId: string) {
	const moment = now()
	const today = new Date(`${amsterdamDate(moment)}T00:00:00.000Z`)
	const counts = await prisma.$transaction(async (tx) => {
		const { code } = await tx.candidate.update({
			where: { id: candidateId },
			data: {
				firstName: null,
				lastName: null,
				email: null,
				phone: null,
				birthYear: null,
				happyWhen: null,
				interests: null,
				talents: null,
				learningGoals: null,
				experience: null,
				training: null,
				homeTown: null,
				homeMunicipality: null,
				latitude: null,
				longitude: null,
				nextAction: null,
				nextActionDate: null,
				active: false,
				erasedAt: moment,
			},
			select: { code: true },
		})
		await tx.candidateSensitive.deleteMany({ where: { candidateId } })
		const reports = await tx.candidateReport.deleteMany({ where: { candidateId } })
		await tx.candidateConsent.updateMany({ where: { candidateId }, data: { note: null, withdrawalNote: null } })
		await tx.candidateEvent.updateMany({ where: { candidateId }, data: { note: null } })
		await tx.candidateEvent.create({
			data: { candidateId, kind: 'ERASED', occurredOn: today, recordedById: actorId, createdAt: moment },
		})
		await tx.placementAgreement.updateMany({
			where: { placement: { candidateId } },
			data: { candidateName: code, candidateEmail: null },
		})
		const acceptances = await tx.agreementAcceptance.findMany({
			where: { party: 'CANDIDATE', agreement: { placement: { candidateId } } },
			select: { id: true },
		})
		const acceptanceIds = acceptances.map((row) => row.id)
		await tx.agreementAcceptance.updateMany({ where: { id: { in: acceptanceIds } }, data: { acceptedName: null } })
		await tx.linkToken.deleteMany({ where: { purpose: 'AGREEMENT_ACCEPT', subjectId: { in: acceptanceIds } } })
		await markForReindex(tx, 'candidates', [candidateId])
		return { reports: reports.count }
	})
	await audit('candidate.erased', {
		actorId,
		entityType: 'Candidate',
		entityId: candidateId,
		details: { reportsDeleted: counts.reports },
	})
}
