import { prisma } from './db.server.ts'

export type AuditAction =
	| 'auth.sign-in'
	| 'auth.sign-in-failed'
	| 'auth.sign-out'
	| 'auth.sign-up'
	| 'auth.email-confirmed'
	| 'auth.password-reset'
	| 'auth.password-changed'
	| 'auth.session-ended'
	| 'invitation.created'
	| 'invitation.accepted'
	| 'invitation.revoked'
	| 'organization.created'
	| 'organization.updated'
	| 'organization.logo-updated'
	| 'organization.logo-removed'
	| 'contact-person.created'
	| 'contact-person.updated'
	| 'contact-person.deleted'
	| 'user.role-changed'
	| 'user.disabled'
	| 'user.enabled'
	| 'place.created'
	| 'place.updated'
	| 'place.status-changed'
	| 'place.duplicated'
	| 'place.extended'
	| 'place.expired'
	| 'candidate.created'
	| 'candidate.updated'
	| 'candidate.confirmed'
	| 'candidate.stage-changed'
	| 'candidate.stepped-back'
	| 'candidate.returned'
	| 'candidate.coaches-changed'
	| 'candidate.exported'
	| 'candidate.erased'
	| 'caseload.reassigned'
	| 'caseload.exported'
	/** Any other list exported to CSV or Excel (employers, contacts, places, events, attendance). */
	| 'list.exported'
	| 'report.created'
	| 'report.updated'
	| 'report.approval-requested'
	| 'report.decided'
	| 'report.deleted'
	| 'consent.recorded'
	| 'consent.withdrawn'
	| 'proposal.created'
	| 'proposal.accepted'
	| 'proposal.declined'
	| 'proposal.intro-planned'
	| 'proposal.closed'
	| 'candidate-request.created'
	| 'candidate-request.handled'
	| 'placement.created'
	| 'placement.check-in-recorded'
	| 'placement.check-in-rescheduled'
	| 'placement.stepped-back'
	| 'placement.resumed'
	| 'placement.ended'
	| 'placement.checklist-changed'
	| 'support-plan.saved'
	| 'support-plan.reviewed'
	| 'agreement.version-created'
	| 'agreement.link-sent'
	| 'agreement.accepted'
	| 'search.reindexed'

/** Record who did what. Details must never hold passwords, tokens or special-category data. */
export function audit(
	action: AuditAction,
	{
		actorId,
		entityType,
		entityId,
		details,
	}: { actorId?: string | null; entityType?: string; entityId?: string; details?: Record<string, unknown> },
) {
	return prisma.auditEvent.create({
		data: {
			action,
			actorId: actorId ?? null,
			entityType: entityType ?? null,
			entityId: entityId ?? null,
			details: details ? JSON.stringify(details) : null,
		},
	})
}
