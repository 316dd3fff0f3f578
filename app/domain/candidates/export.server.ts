// Everything the organisation holds about one candidate, for the candidate's right of access (AVG
// art. 15) and data portability: identity, profile, sensitive context, stage history, every report
// (whoever wrote it, whatever its state), consents and the access log. Only the candidate's own
// coaches reach it (requireCandidate); every export is written to the access log and audited.
import { audit } from '#app/utils/audit.server.ts'
import { now } from '#app/utils/clock.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import { listCandidateAccess } from './access-log.server.ts'
import { toIdentity, toProfile } from './candidate-fields.server.ts'
import { listConsents } from './consents.server.ts'
import { listReportsForExport } from './reports.server.ts'

export type ExportFormat = 'json' | 'html'

const iso = (value: Date | null) => value?.toISOString() ?? null

/** All data about the candidate, as plain JSON-ready values (dates as ISO strings). */
export async function collectCandidateExport(candidateId: string) {
	const candidate = await prisma.candidate.findUniqueOrThrow({
		where: { id: candidateId },
		include: {
			organization: { select: { name: true } },
			primaryCoach: { select: { name: true } },
			routeSupporter: { select: { name: true } },
			sensitive: true,
			events: { orderBy: [{ occurredOn: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }] },
		},
	})
	const recorderIds = [
		...new Set(candidate.events.flatMap((event) => (event.recordedById ? [event.recordedById] : []))),
	]
	const recorders = new Map(
		(await prisma.user.findMany({ where: { id: { in: recorderIds } }, select: { id: true, name: true } })).map(
			(user) => [user.id, user.name],
		),
	)
	const [reports, consents, accessLog] = await Promise.all([
		listReportsForExport(candidateId),
		listConsents(candidateId),
		listCandidateAccess(candidateId, { take: 100_000 }),
	])
	const sensitive = candidate.sensitive
	return {
		exportedAt: now().toISOString(),
		code: candidate.code,
		organization: candidate.organization.name,
		identity: toIdentity(candidate),
		profile: toProfile(candidate),
		coaching: {
			stage: candidate.stage,
			active: candidate.active,
			primaryCoach: candidate.primaryCoach?.name ?? null,
			routeSupporter: candidate.routeSupporter?.name ?? null,
			lastContactAt: iso(candidate.lastContactAt),
			nextAction: candidate.nextAction,
			nextActionDate: iso(candidate.nextActionDate),
			confirmedAt: iso(candidate.confirmedAt),
			createdAt: iso(candidate.createdAt),
			updatedAt: iso(candidate.updatedAt),
		},
		sensitive: sensitive
			? {
					vulnerability: sensitive.vulnerability,
					benefits: sensitive.benefits,
					targetGroupRegister: sensitive.targetGroupRegister,
					indication: sensitive.indication,
					supportNeeds: sensitive.supportNeeds,
					updatedAt: iso(sensitive.updatedAt),
				}
			: null,
		events: candidate.events.map((event) => ({
			kind: event.kind,
			fromStage: event.fromStage,
			toStage: event.toStage,
			occurredOn: iso(event.occurredOn),
			note: event.note,
			recordedBy: event.recordedById ? (recorders.get(event.recordedById) ?? null) : null,
			createdAt: iso(event.createdAt),
		})),
		reports: reports.map((report) => ({
			id: report.id,
			conversationOn: iso(report.conversationOn),
			title: report.title,
			body: report.body,
			status: report.status,
			author: report.authorName,
			approvalRequestedAt: iso(report.approvalRequestedAt),
			decidedOn: iso(report.decidedOn),
			decisionSource: report.decisionSource,
			decisionNote: report.decisionNote,
			createdAt: iso(report.createdAt),
			updatedAt: iso(report.updatedAt),
		})),
		consents: consents.map((consent) => ({
			purpose: consent.purpose,
			employer: consent.employer?.name ?? null,
			proposalId: consent.proposalId,
			basis: consent.basis,
			givenOn: consent.givenOn,
			note: consent.note,
			recordedBy: consent.recordedByName,
			recordedAt: consent.recordedAt,
			withdrawnAt: consent.withdrawnAt,
			withdrawnBy: consent.withdrawnByName,
			withdrawalNote: consent.withdrawalNote,
		})),
		accessLog: accessLog.map((entry) => ({
			section: entry.section,
			at: entry.createdAt,
			user: entry.userName,
			userEmail: entry.userEmail,
		})),
	}
}

export type CandidateExport = Awaited<ReturnType<typeof collectCandidateExport>>

/**
 * Record the export (access log EXPORT, audit with the format only), then collect the data; the
 * export therefore lists itself in its access log.
 */
export async function exportCandidate({
	candidateId,
	actorId,
	format,
}: {
	candidateId: string
	actorId: string
	format: ExportFormat
}) {
	// Every export is its own entry: unlike page views, exports are never merged within a window.
	await prisma.candidateAccessLog.create({
		data: { candidateId, userId: actorId, section: 'EXPORT', createdAt: now() },
	})
	await audit('candidate.exported', { actorId, entityType: 'Candidate', entityId: candidateId, details: { format } })
	return collectCandidateExport(candidateId)
}

/** The file name: the pseudonym and the day, never the name. */
export function exportFilename(code: string, format: ExportFormat, moment: Date = now()) {
	return `kandidaat-${code}-${moment.toISOString().slice(0, 10)}.${format}`
}

export function exportHeaders(contentType: string, filename?: string) {
	const headers = new Headers({
		'Content-Type': contentType,
		'Cache-Control': 'no-store',
		'X-Content-Type-Options': 'nosniff',
	})
	if (filename) headers.set('Content-Disposition', `attachment; filename="${filename}"`)
	return headers
}
