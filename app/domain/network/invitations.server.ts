// Inviting contacts to an event: choosing them by filters (sector, town, relationship stage, group,
// kind of organisation) or by hand, a preview of who gets mail and who is skipped and why, and the
// sending itself: one invitation per contact and event, a personal RSVP link, the calendar file.
import { sbiSections } from '#app/domain/places/place-options.ts'
import { now } from '#app/utils/clock.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import { type RelationshipStage } from './activity-options.ts'
import { mailBlockReason, type MailBlock } from './contact-mail.ts'
import { mailContactSelect } from './contact-mail.server.ts'
import { currentGroupsSelect, isContactOrganization } from './contacts.server.ts'
import { icsEventSelect } from './event-ics.server.ts'
import { invitationMailStatus, sendInvitationMail } from './event-mail.server.ts'
import { type InvitationMailStatus } from './event-options.ts'
import { hasInviteeFilter, type InviteeFilter } from './event-schema.ts'

/**
 * An invitation whose mail failed, was skipped or never went out (no status: the run stopped between
 * creating the invitation and recording its mail) may be sent again; the mail's idempotency key keeps
 * a message that did go out from going twice. Any other is a no-op to repeat.
 */
export function canResend(mailStatus: string | null) {
	return mailStatus === null || mailStatus === 'FAILED' || mailStatus.startsWith('SKIPPED_')
}

export type InviteeRow = {
	id: string
	name: string
	jobTitle: string | null
	organization: { id: string; name: string; kind: string; town: string | null; sector: string | null }
	/** The network's relationship stage with the employer (no relationship yet: PROSPECT); null for stakeholders. */
	stage: RelationshipStage | null
	groups: Array<{ id: string; name: string }>
	block: MailBlock | null
	/** Already on the invitation list (and mailed, or there in person): inviting again changes nothing. */
	alreadyInvited: boolean
	matches: boolean
}

const sameText = (a: string | null, b: string) => a?.trim().toLocaleLowerCase('nl') === b.toLocaleLowerCase('nl')

/** Every contact of an employer or stakeholder, marked whether the filter picks them; matches first. */
export async function listInvitees(networkId: string, eventId: string, filter: InviteeFilter): Promise<InviteeRow[]> {
	const [contacts, relationships, invitations] = await Promise.all([
		prisma.contactPerson.findMany({
			where: { organization: isContactOrganization },
			select: {
				...mailContactSelect,
				jobTitle: true,
				organization: { select: { id: true, name: true, kind: true, town: true, sector: true } },
				groupMemberships: currentGroupsSelect(networkId),
			},
		}),
		prisma.employerRelationship.findMany({ where: { networkId }, select: { employerId: true, stage: true } }),
		prisma.eventInvitation.findMany({ where: { eventId }, select: { contactPersonId: true, mailStatus: true } }),
	])
	const stages = new Map(relationships.map((relationship) => [relationship.employerId, relationship.stage]))
	const invited = new Map(invitations.map((invitation) => [invitation.contactPersonId, invitation.mailStatus]))
	const filtering = hasInviteeFilter(filter)
	const rows = contacts.map((contact): InviteeRow => {
		const { organization } = contact
		const stage =
			organization.kind === 'EMPLOYER' ? ((stages.get(organization.id) ?? 'PROSPECT') as RelationshipStage) : null
		const groups = contact.groupMemberships.map((membership) => membership.group)
		const matches =
			filtering &&
			(!filter.organizationKind || organization.kind === filter.organizationKind) &&
			(!filter.sector || organization.sector === filter.sector) &&
			(!filter.town || sameText(organization.town, filter.town)) &&
			(!filter.stage || stage === filter.stage) &&
			(!filter.groupId || groups.some((group) => group.id === filter.groupId))
		return {
			id: contact.id,
			name: contact.name,
			jobTitle: contact.jobTitle,
			organization,
			stage,
			groups,
			block: mailBlockReason(contact, 'EVENTS'),
			alreadyInvited: invited.has(contact.id) && !canResend(invited.get(contact.id) ?? null),
			matches,
		}
	})
	return rows.sort(
		(a, b) =>
			Number(b.matches) - Number(a.matches) ||
			a.organization.name.localeCompare(b.organization.name, 'nl') ||
			a.name.localeCompare(b.name, 'nl'),
	)
}

/** The choices of the filter form: sectors, the towns of organisations with contacts, the network's groups. */
export async function getInviteeFilterOptions(networkId: string) {
	const [towns, groups] = await Promise.all([
		prisma.organization.findMany({
			where: { ...isContactOrganization, town: { not: null }, contactPersons: { some: {} } },
			distinct: ['town'],
			select: { town: true },
			orderBy: { town: 'asc' },
		}),
		prisma.soundingBoardGroup.findMany({
			where: { organizationId: networkId },
			orderBy: { name: 'asc' },
			select: { id: true, name: true },
		}),
	])
	return {
		sectors: [...sbiSections],
		towns: towns.flatMap((organization) => (organization.town ? [organization.town] : [])),
		groups,
	}
}

export type InviteResult =
	| {
			ok: true
			/** Mailed now (or stored in the local outbox). */
			invited: number
			failed: number
			skipped: Record<MailBlock, number>
			alreadyInvited: number
	  }
	| { ok: false; problem: 'closed' }

/**
 * Invites the chosen contacts: one invitation each (a second time changes nothing, except that a
 * failed or skipped mail is tried again), each mailed with a personal RSVP link and the calendar
 * file unless the contact does not want or cannot get mail, which is recorded on the invitation.
 */
export async function inviteContacts({
	eventId,
	actorId,
	contactIds,
}: {
	eventId: string
	actorId: string
	contactIds: string[]
}): Promise<InviteResult> {
	const event = await prisma.networkEvent.findUniqueOrThrow({
		where: { id: eventId },
		select: { ...icsEventSelect, status: true },
	})
	if (event.status !== 'PLANNED' || event.endsAt <= now()) return { ok: false, problem: 'closed' }
	const contacts = await prisma.contactPerson.findMany({
		where: { id: { in: [...new Set(contactIds)] }, organization: isContactOrganization },
		select: mailContactSelect,
	})
	const { targets, alreadyInvited } = await prisma.$transaction(async (tx) => {
		const existing = await tx.eventInvitation.findMany({
			where: { eventId, contactPersonId: { in: contacts.map((contact) => contact.id) } },
			select: { id: true, contactPersonId: true, mailStatus: true },
		})
		const byContact = new Map(existing.map((invitation) => [invitation.contactPersonId, invitation]))
		const targets: Array<{ id: string; contactPerson: (typeof contacts)[number] }> = []
		let alreadyInvited = 0
		for (const contact of contacts) {
			const current = byContact.get(contact.id)
			if (current && !canResend(current.mailStatus)) {
				alreadyInvited++
				continue
			}
			const invitation =
				current ??
				(await tx.eventInvitation.create({
					data: { eventId, contactPersonId: contact.id, invitedById: actorId, invitedAt: now() },
					select: { id: true },
				}))
			targets.push({ id: invitation.id, contactPerson: contact })
		}
		return { targets, alreadyInvited }
	})

	const result = {
		ok: true as const,
		invited: 0,
		failed: 0,
		skipped: { NO_EMAIL: 0, BOUNCED: 0, OPTED_OUT: 0 },
		alreadyInvited,
	}
	for (const target of targets) {
		const outcome = await sendInvitationMail(event, target, 'invitation')
		if (!outcome.sent) result.skipped[outcome.blocked]++
		else if (outcome.result.status === 'failed') result.failed++
		else result.invited++
		const mailStatus: InvitationMailStatus = invitationMailStatus(outcome) ?? 'SENT'
		await prisma.eventInvitation.update({ where: { id: target.id }, data: { mailStatus } })
	}
	return result
}
