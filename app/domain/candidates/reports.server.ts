// Reports (verslagen) of conversations with a candidate, and the candidate's approval of them.
//
//   DRAFT ──ask approval──▶ AWAITING_APPROVAL ──decision──▶ APPROVED (the candidate's team sees it)
//     ▲                          │                      └─▶ REJECTED (stays with the author)
//     └────────withdraw──────────┘
//
// Only the author sees a report until the candidate approves it; after that every jobcoach of the
// candidate's organisation does (the routes let only those in, through requireCandidate). A report
// the viewer may not see does not exist for them. Once approval is asked the text is frozen (the
// candidate approves this text), and after the decision nothing changes. Every change is
// conditional on the status it starts from, so a second tab or a double click is refused, not
// applied twice. Audit rows carry the report's id and status, never its text.
import { z } from 'zod'
import { audit, type AuditAction } from '#app/utils/audit.server.ts'
import { now } from '#app/utils/clock.server.ts'
import { prisma, type Prisma } from '#app/utils/db.server.ts'
import { amsterdamDate } from '#app/utils/amsterdam-time.ts'
import { reportStatuses, type ReportStatus } from './candidate-options.ts'
import {
	calendarDateValue,
	type DecisionFormInput,
	type ReportDecision,
	type ReportFormInput,
	type ReportProblem,
} from './report-schema.ts'

export type ReportDecisionSource = 'COACH' | 'CANDIDATE'

export type FieldErrors = Record<string, string[]>

export type ReportActionResult =
	| { ok: true; reportId: string; status: ReportStatus }
	| { ok: false; problem: ReportProblem }
	| { ok: false; fieldErrors: FieldErrors }

function toStatus(value: string): ReportStatus {
	return (reportStatuses as readonly string[]).includes(value) ? (value as ReportStatus) : 'DRAFT'
}

/** A calendar date (yyyy-mm-dd) stored as midnight UTC of that day. */
function storedDate(value: string) {
	return new Date(`${value}T00:00:00.000Z`)
}

/** The reports a viewer may see: their own in every state, and the team's approved ones. */
function visibleTo(viewerId: string) {
	return { OR: [{ authorId: viewerId }, { status: 'APPROVED' }] }
}

// --- Reading ----------------------------------------------------------------------------------

/** The viewer's own reports and the team's approved ones, newest conversation first. */
export async function listReports(candidateId: string, viewerId: string) {
	const reports = await prisma.candidateReport.findMany({
		where: { candidateId, ...visibleTo(viewerId) },
		select: {
			id: true,
			title: true,
			conversationOn: true,
			status: true,
			decidedOn: true,
			authorId: true,
			author: { select: { name: true } },
		},
		orderBy: [{ conversationOn: 'desc' }, { createdAt: 'desc' }, { id: 'asc' }],
	})
	return reports.map((report) => {
		const status = toStatus(report.status)
		return {
			id: report.id,
			title: report.title,
			conversationOn: report.conversationOn,
			status,
			decidedOn: report.decidedOn,
			authorName: report.author?.name ?? null,
			own: report.authorId === viewerId,
			/** Who sees it: only the author, or the candidate's whole team. */
			sharedWithTeam: status === 'APPROVED',
		}
	})
}

export type ReportListItem = Awaited<ReturnType<typeof listReports>>[number]

/** What the author may still do with a report in this status. */
export function reportActions(status: ReportStatus, own: boolean) {
	return {
		edit: own && status === 'DRAFT',
		delete: own && status === 'DRAFT',
		requestApproval: own && status === 'DRAFT',
		withdraw: own && status === 'AWAITING_APPROVAL',
		recordDecision: own && status === 'AWAITING_APPROVAL',
	}
}

/** One report, or null when it does not exist for this candidate or the viewer may not see it. */
export async function getReport(candidateId: string, reportId: string, viewerId: string) {
	const report = await prisma.candidateReport.findFirst({
		where: { id: reportId, candidateId, ...visibleTo(viewerId) },
		select: {
			id: true,
			title: true,
			body: true,
			conversationOn: true,
			status: true,
			authorId: true,
			author: { select: { name: true } },
			approvalRequestedAt: true,
			decidedOn: true,
			decisionSource: true,
			decisionRecordedById: true,
			decisionNote: true,
			createdAt: true,
			updatedAt: true,
		},
	})
	if (!report) return null
	const status = toStatus(report.status)
	const own = report.authorId === viewerId
	const recordedBy = report.decisionRecordedById
		? await prisma.user.findUnique({ where: { id: report.decisionRecordedById }, select: { name: true } })
		: null
	return {
		id: report.id,
		title: report.title,
		body: report.body,
		conversationOn: report.conversationOn,
		status,
		authorName: report.author?.name ?? null,
		own,
		sharedWithTeam: status === 'APPROVED',
		approvalRequestedAt: report.approvalRequestedAt,
		decidedOn: report.decidedOn,
		decisionSource: report.decisionSource === 'CANDIDATE' ? ('CANDIDATE' as const) : ('COACH' as const),
		decisionRecordedByName: recordedBy?.name ?? null,
		decisionNote: report.decisionNote,
		createdAt: report.createdAt,
		updatedAt: report.updatedAt,
		actions: reportActions(status, own),
	}
}

export type CandidateReportView = NonNullable<Awaited<ReturnType<typeof getReport>>>

const ReportParamsSchema = z.object({ reportId: z.string().min(1).max(40) })

/**
 * The report in the route's params as the viewer sees it. Unknown, of another candidate, or not
 * visible to the viewer (a colleague's draft): the same 404.
 */
export async function requireVisibleReport(candidateId: string, params: unknown, viewerId: string) {
	const parsed = ReportParamsSchema.safeParse(params)
	const report = parsed.success ? await getReport(candidateId, parsed.data.reportId, viewerId) : null
	if (!report) throw new Response('Not Found', { status: 404 })
	return report
}

/** The form's values for a stored report. */
export function reportFormDefaults(report: Pick<CandidateReportView, 'conversationOn' | 'title' | 'body'>) {
	return { conversationOn: calendarDateValue(report.conversationOn), title: report.title, body: report.body }
}

/**
 * Every report of the candidate, whoever wrote it and whatever its status: for the candidate's own
 * data export only, never for a page.
 */
export async function listReportsForExport(candidateId: string) {
	const reports = await prisma.candidateReport.findMany({
		where: { candidateId },
		select: {
			id: true,
			conversationOn: true,
			title: true,
			body: true,
			status: true,
			author: { select: { name: true } },
			approvalRequestedAt: true,
			decidedOn: true,
			decisionSource: true,
			decisionNote: true,
			createdAt: true,
			updatedAt: true,
		},
		orderBy: [{ conversationOn: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }],
	})
	return reports.map(({ author, status, ...report }) => ({
		...report,
		status: toStatus(status),
		authorName: author?.name ?? null,
	}))
}

// --- Writing ----------------------------------------------------------------------------------

function auditReport(action: AuditAction, reportId: string, actorId: string, details: Record<string, string>) {
	return audit(action, { actorId, entityType: 'CandidateReport', entityId: reportId, details })
}

/** A new report, always a draft that only its author sees. */
export async function createReport({
	candidateId,
	authorId,
	input,
}: {
	candidateId: string
	authorId: string
	input: ReportFormInput
}): Promise<{ ok: true; reportId: string; status: 'DRAFT' }> {
	const report = await prisma.candidateReport.create({
		data: {
			candidateId,
			authorId,
			conversationOn: storedDate(input.conversationOn),
			title: input.title,
			body: input.body,
			status: 'DRAFT',
		},
		select: { id: true },
	})
	await auditReport('report.created', report.id, authorId, { status: 'DRAFT' })
	return { ok: true, reportId: report.id, status: 'DRAFT' }
}

/** One of the author's own reports of one candidate, named by the route. */
type OwnReport = { candidateId: string; reportId: string; actorId: string }

/**
 * Moves the author's report from `from` to `to` (with `data`) only if it is still in `from`, so a
 * second tab or a double click gets `problem` instead of a second change.
 */
async function moveOwnReport(
	{ candidateId, reportId, actorId }: OwnReport,
	{
		from,
		to,
		data,
		audit: action,
	}: { from: ReportStatus; to: ReportStatus; data: Prisma.CandidateReportUpdateManyMutationInput; audit: AuditAction },
): Promise<ReportActionResult> {
	const { count } = await prisma.candidateReport.updateMany({
		where: { id: reportId, candidateId, authorId: actorId, status: from },
		data: { ...data, status: to },
	})
	if (count !== 1) return { ok: false, problem: from === 'DRAFT' ? 'not-draft' : 'not-awaiting-approval' }
	await auditReport(action, reportId, actorId, from === to ? { status: to } : { from, status: to })
	return { ok: true, reportId, status: to }
}

/**
 * Changes a draft. Refused once approval is asked: the candidate is asked to approve this text.
 * `not-draft` also answers a report that is not the actor's (the route has already answered 404).
 */
export function updateReport({ input, ...report }: OwnReport & { input: ReportFormInput }) {
	return moveOwnReport(report, {
		from: 'DRAFT',
		to: 'DRAFT',
		data: { conversationOn: storedDate(input.conversationOn), title: input.title, body: input.body },
		audit: 'report.updated',
	})
}

/** Deletes a draft; a report whose approval was asked or decided stays. */
export async function deleteReport({ candidateId, reportId, actorId }: OwnReport): Promise<ReportActionResult> {
	const { count } = await prisma.candidateReport.deleteMany({
		where: { id: reportId, candidateId, authorId: actorId, status: 'DRAFT' },
	})
	if (count !== 1) return { ok: false, problem: 'not-draft' }
	await auditReport('report.deleted', reportId, actorId, { status: 'DRAFT' })
	return { ok: true, reportId, status: 'DRAFT' }
}

/** Marks a draft "ask approval": the text is frozen from now on, and still only the author sees it. */
export function requestApproval(report: OwnReport) {
	return moveOwnReport(report, {
		from: 'DRAFT',
		to: 'AWAITING_APPROVAL',
		data: { approvalRequestedAt: now() },
		audit: 'report.approval-requested',
	})
}

/** Takes the request for approval back: the report is a draft again and can be changed. */
export function withdrawApprovalRequest(report: OwnReport) {
	return moveOwnReport(report, {
		from: 'AWAITING_APPROVAL',
		to: 'DRAFT',
		data: { approvalRequestedAt: null },
		audit: 'report.updated',
	})
}

/**
 * The candidate's decision on a report awaiting approval, on the day they gave it (not before the
 * conversation, not in the future). Recorded by the author (`COACH`), or later by the candidate in
 * their own account (`CANDIDATE`: the caller has checked that the actor is that candidate).
 * Approved, the report becomes visible to the candidate's team; rejected, it stays with the author.
 */
export async function recordDecision({
	candidateId,
	reportId,
	actorId,
	source = 'COACH',
	input,
}: {
	candidateId: string
	reportId: string
	actorId: string
	source?: ReportDecisionSource
	input: DecisionFormInput
}): Promise<ReportActionResult> {
	const report = await prisma.candidateReport.findFirst({
		where: { id: reportId, candidateId, ...(source === 'COACH' ? { authorId: actorId } : {}) },
		select: { status: true, conversationOn: true },
	})
	if (!report || report.status !== 'AWAITING_APPROVAL') return { ok: false, problem: 'not-awaiting-approval' }
	const fieldErrors = decisionDateErrors(input.decidedOn, calendarDateValue(report.conversationOn))
	if (fieldErrors) return { ok: false, fieldErrors }
	const status: ReportDecision = input.decision
	const { count } = await prisma.candidateReport.updateMany({
		where: { id: reportId, candidateId, status: 'AWAITING_APPROVAL' },
		data: {
			status,
			decidedOn: storedDate(input.decidedOn),
			decisionSource: source,
			decisionRecordedById: actorId,
			decisionNote: input.note ?? null,
		},
	})
	if (count !== 1) return { ok: false, problem: 'not-awaiting-approval' }
	await auditReport('report.decided', reportId, actorId, { from: 'AWAITING_APPROVAL', status })
	return { ok: true, reportId, status }
}

/** The same bounds the form checks, checked again against the stored conversation day. */
function decisionDateErrors(decidedOn: string, conversationOn: string): FieldErrors | null {
	if (decidedOn > amsterdamDate(now())) return { decidedOn: ['reports:errors.decisionInFuture'] }
	if (decidedOn < conversationOn) return { decidedOn: ['reports:errors.decisionBeforeConversation'] }
	return null
}
