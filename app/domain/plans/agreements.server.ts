// The placement agreement (plaatsingsovereenkomst) of a work-experience place, internship or volunteer
// place: who does what, when, and what happens when the candidate steps back. Paid work has an
// employment contract instead. A version is never edited: every change is a new version, which each of
// the three parties (candidate, employer, coaching organisation) accepts through a personal link. A
// version accepted by all is locked and stays in force until a newer one is accepted by all.
//
// The personal link needs no login: its token is the authorisation, stored only as a hash, for one
// AgreementAcceptance (one party of one version), valid AGREEMENT_LINK_DAYS days and used once.
import { createElement } from 'react'
import AgreementRequestEmail, { agreementRequestSubject } from '#emails/agreement-request.tsx'
import { logCandidateAccess } from '#app/domain/candidates/access-log.server.ts'
import { candidateDisplayName } from '#app/domain/candidates/candidates.server.ts'
import { auditInTransaction } from '#app/domain/candidates/stages.server.ts'
import { addMonths, toDay } from '#app/domain/matching/placement-rules.ts'
import { parseKeyList, weekDays } from '#app/domain/places/place-options.ts'
import { calendarDay } from '#app/utils/amsterdam-time.ts'
import { audit } from '#app/utils/audit.server.ts'
import { now } from '#app/utils/clock.server.ts'
import { prisma, type Prisma } from '#app/utils/db.server.ts'
import { sendEmail } from '#app/utils/email.server.ts'
import { getEnv } from '#app/utils/env.server.ts'
import { defaultLocale, getFixedT, isLocale, type Locale } from '#app/utils/i18n.ts'
import { consumeLinkToken, createLinkToken } from '#app/utils/link-tokens.server.ts'
import { hashToken } from '#app/utils/session.server.ts'
import { LinkTokenSchema } from '#app/utils/validation.ts'
import {
	DEFAULT_KEEP_PLACE_WEEKS,
	type AgreementAcceptInput,
	type AgreementFormInput,
	type AgreementProblem,
} from './agreement-schema.ts'
import {
	agreementParties,
	agreementPlaceTypes,
	agreementStatuses,
	isOneOf,
	type AgreementParty,
	type AgreementStatus,
} from './plan-options.ts'

/** How long a personal acceptance link works. */
export const AGREEMENT_LINK_DAYS = 30
/** The default end of the period of version 1: this many months after the placement's start. */
const DEFAULT_PERIOD_MONTHS = 6

export type AgreementResult<Value = object> = ({ ok: true } & Value) | { ok: false; problem: AgreementProblem }

const problem = (value: AgreementProblem) => ({ ok: false as const, problem: value })
const statusOf = (value: string): AgreementStatus => (isOneOf(agreementStatuses, value) ? value : 'PENDING')

/** Paid jobs and Garantiebanen have an employment contract; day activities no agreement of this kind. */
export function isAgreementPlaceType(placeType: string) {
	return isOneOf(agreementPlaceTypes, placeType)
}

const agreementSelect = {
	id: true,
	placementId: true,
	version: true,
	status: true,
	periodFrom: true,
	periodTo: true,
	hoursPerWeek: true,
	days: true,
	tasks: true,
	supervision: true,
	compensation: true,
	insurance: true,
	stepBackClause: true,
	candidateName: true,
	candidateEmail: true,
	employerSignatoryName: true,
	employerSignatoryEmail: true,
	coachName: true,
	coachEmail: true,
	changeNote: true,
	createdAt: true,
	lockedAt: true,
	acceptances: {
		select: { id: true, party: true, acceptedName: true, acceptedAt: true, coachPresent: true, linkSentAt: true },
	},
} satisfies Prisma.PlacementAgreementSelect

type AgreementRow = Prisma.PlacementAgreementGetPayload<{ select: typeof agreementSelect }>

/** Who each party is on a version: the name and address it was drawn up with. */
function partyContact(agreement: AgreementRow, party: AgreementParty) {
	if (party === 'CANDIDATE') return { name: agreement.candidateName, email: agreement.candidateEmail }
	if (party === 'EMPLOYER') return { name: agreement.employerSignatoryName, email: agreement.employerSignatoryEmail }
	return { name: agreement.coachName, email: agreement.coachEmail }
}

/** One version as every page shows it: the terms, and per party its acceptance. Moments are ISO strings. */
function toView(agreement: AgreementRow) {
	return {
		id: agreement.id,
		version: agreement.version,
		status: statusOf(agreement.status),
		periodFrom: toDay(agreement.periodFrom),
		periodTo: toDay(agreement.periodTo),
		hoursPerWeek: agreement.hoursPerWeek,
		days: parseKeyList(agreement.days, weekDays),
		tasks: agreement.tasks,
		supervision: agreement.supervision,
		compensation: agreement.compensation,
		insurance: agreement.insurance,
		stepBackClause: agreement.stepBackClause,
		changeNote: agreement.changeNote,
		createdAt: agreement.createdAt.toISOString(),
		lockedAt: agreement.lockedAt?.toISOString() ?? null,
		parties: agreementParties.map((party) => {
			const acceptance = agreement.acceptances.find((row) => row.party === party)
			return {
				party,
				...partyContact(agreement, party),
				acceptedName: acceptance?.acceptedName ?? null,
				acceptedAt: acceptance?.acceptedAt?.toISOString() ?? null,
				coachPresent: acceptance?.coachPresent ?? false,
				linkSentAt: acceptance?.linkSentAt?.toISOString() ?? null,
			}
		}),
	}
}

export type AgreementView = ReturnType<typeof toView>

// --- The coach's page ---------------------------------------------------------------------------------

/**
 * The agreement page of a placement: the latest version (or version `requestedVersion`, read-only),
 * the version in force while a newer one waits for acceptance, and the list of all versions. An
 * unknown version number answers 404.
 */
export async function getAgreementPage(placementId: string, viewerId: string, requestedVersion: number | null) {
	const placement = await prisma.placement.findUniqueOrThrow({
		where: { id: placementId },
		select: {
			id: true,
			status: true,
			candidate: { select: { id: true, code: true, firstName: true, lastName: true } },
			place: { select: { title: true, type: true } },
			employerOrganization: { select: { name: true } },
			coachingOrganization: { select: { name: true } },
			agreements: { orderBy: { version: 'desc' }, select: agreementSelect },
		},
	})
	await logCandidateAccess(viewerId, [placement.candidate.id], 'IDENTITY')
	const latest = placement.agreements[0] ?? null
	const requested =
		requestedVersion === null ? latest : placement.agreements.find((row) => row.version === requestedVersion)
	if (requested === undefined) throw new Response('Not Found', { status: 404 })
	const inForce = placement.agreements.find((row) => row.status === 'ACCEPTED') ?? null
	return {
		placement: {
			id: placement.id,
			ended: placement.status === 'ENDED',
			candidateName: candidateDisplayName(placement.candidate),
			placeTitle: placement.place.title,
			placeType: placement.place.type,
			employerName: placement.employerOrganization.name,
			coachingOrganizationName: placement.coachingOrganization.name,
		},
		eligible: isAgreementPlaceType(placement.place.type),
		shown: requested ? toView(requested) : null,
		latestVersion: latest?.version ?? null,
		/** The version in force, named when a newer version still awaits acceptance. */
		inForceVersion: inForce && latest && inForce.version !== latest.version ? inForce.version : null,
		versions: placement.agreements.map((row) => ({
			version: row.version,
			status: statusOf(row.status),
			createdAt: row.createdAt.toISOString(),
			lockedAt: row.lockedAt?.toISOString() ?? null,
		})),
	}
}

export type AgreementPage = Awaited<ReturnType<typeof getAgreementPage>>

/**
 * What the form of a new version starts from: the latest version, or for version 1 the placement (its
 * start, hours, supervisor, the place's tasks and days), the candidate, the coach drawing it up, an
 * employer contact as signatory, and default texts for insurance and stepping back in `locale`.
 */
export async function getAgreementFormContext({
	placementId,
	coach,
	locale,
}: {
	placementId: string
	coach: { name: string; email: string }
	locale: Locale
}) {
	const placement = await prisma.placement.findUniqueOrThrow({
		where: { id: placementId },
		select: {
			status: true,
			startDate: true,
			hoursPerWeek: true,
			supervisorName: true,
			supervisorContact: true,
			candidate: { select: { code: true, firstName: true, lastName: true, email: true } },
			place: {
				select: {
					title: true,
					type: true,
					description: true,
					tasks: true,
					days: true,
					compensation: true,
					contactPerson: { select: { name: true, email: true } },
				},
			},
			employerOrganization: {
				select: {
					name: true,
					memberships: {
						where: { role: 'EMPLOYER', user: { disabledAt: null } },
						orderBy: { createdAt: 'asc' },
						take: 1,
						select: { user: { select: { name: true, email: true } } },
					},
					contactPersons: { orderBy: { createdAt: 'asc' }, take: 1, select: { name: true, email: true } },
				},
			},
			agreements: { orderBy: { version: 'desc' }, take: 1, select: agreementSelect },
		},
	})
	const latest = placement.agreements[0] ?? null
	const context = {
		ended: placement.status === 'ENDED',
		eligible: isAgreementPlaceType(placement.place.type),
		candidateName: candidateDisplayName(placement.candidate),
		placeTitle: placement.place.title,
		employerName: placement.employerOrganization.name,
		nextVersion: (latest?.version ?? 0) + 1,
	}
	if (latest) {
		const view = toView(latest)
		const [candidate, employer, coaching] = view.parties
		return {
			...context,
			defaults: {
				periodFrom: view.periodFrom,
				periodTo: view.periodTo,
				hoursPerWeek: String(view.hoursPerWeek),
				days: view.days,
				tasks: view.tasks,
				supervision: view.supervision,
				compensation: view.compensation,
				insurance: view.insurance,
				stepBackClause: view.stepBackClause,
				candidateName: candidate?.name ?? '',
				candidateEmail: candidate?.email ?? '',
				employerSignatoryName: employer?.name ?? '',
				employerSignatoryEmail: employer?.email ?? '',
				coachName: coaching?.name ?? '',
				coachEmail: coaching?.email ?? '',
				changeNote: '',
			},
		}
	}
	const t = getFixedT(locale, 'agreements')
	const { place, employerOrganization } = placement
	const signatory = place.contactPerson ??
		employerOrganization.memberships[0]?.user ??
		employerOrganization.contactPersons[0] ?? { name: '', email: null }
	const startDate = toDay(placement.startDate)
	return {
		...context,
		defaults: {
			periodFrom: startDate,
			periodTo: addMonths(startDate, DEFAULT_PERIOD_MONTHS),
			hoursPerWeek: String(placement.hoursPerWeek),
			days: parseKeyList(place.days, weekDays),
			tasks: place.tasks || place.description,
			supervision: placement.supervisorContact
				? t('defaults.supervisionWithContact', {
						name: placement.supervisorName,
						contact: placement.supervisorContact,
					})
				: t('defaults.supervision', { name: placement.supervisorName }),
			compensation:
				place.compensation ||
				t(
					isOneOf(agreementPlaceTypes, place.type)
						? `defaults.compensation.${place.type}`
						: 'defaults.compensationNone',
				),
			insurance: t('defaults.insurance', { employerName: employerOrganization.name }),
			stepBackClause: t('defaults.stepBack', { weeks: DEFAULT_KEEP_PLACE_WEEKS }),
			candidateName: candidateDisplayName(placement.candidate),
			candidateEmail: placement.candidate.email ?? '',
			employerSignatoryName: signatory.name,
			employerSignatoryEmail: signatory.email ?? '',
			coachName: coach.name,
			coachEmail: coach.email,
			changeNote: '',
		},
	}
}

/**
 * Draws up a new version (max + 1) with its three open acceptances. A version still waiting for
 * acceptance is SUPERSEDED (its links stop working); an ACCEPTED one stays in force until this one is
 * accepted by all. Afterwards every party with an address gets a personal link by email.
 */
export async function createAgreementVersion({
	placementId,
	actorId,
	input,
}: {
	placementId: string
	actorId: string
	input: AgreementFormInput
}): Promise<AgreementResult<{ version: number }>> {
	const result = await prisma.$transaction(async (tx) => {
		const placement = await tx.placement.findUniqueOrThrow({
			where: { id: placementId },
			select: { status: true, place: { select: { type: true } } },
		})
		if (!isAgreementPlaceType(placement.place.type)) return problem('not-eligible')
		if (placement.status === 'ENDED') return problem('ended')
		const last = await tx.placementAgreement.findFirst({
			where: { placementId },
			orderBy: { version: 'desc' },
			select: { version: true },
		})
		// Another tab may have drawn up version 1 meanwhile: then this one is a change and needs its note.
		if (last && !input.changeNote) return problem('change-note-required')
		await tx.placementAgreement.updateMany({
			where: { placementId, status: 'PENDING' },
			data: { status: 'SUPERSEDED' },
		})
		const created = await tx.placementAgreement.create({
			data: {
				placementId,
				version: (last?.version ?? 0) + 1,
				status: 'PENDING',
				periodFrom: calendarDay(input.periodFrom),
				periodTo: calendarDay(input.periodTo),
				hoursPerWeek: input.hoursPerWeek,
				days: JSON.stringify(weekDays.filter((day) => input.days.includes(day))),
				tasks: input.tasks,
				supervision: input.supervision,
				compensation: input.compensation,
				insurance: input.insurance,
				stepBackClause: input.stepBackClause,
				candidateName: input.candidateName,
				candidateEmail: input.candidateEmail || null,
				employerSignatoryName: input.employerSignatoryName,
				employerSignatoryEmail: input.employerSignatoryEmail || null,
				coachName: input.coachName,
				coachEmail: input.coachEmail || null,
				changeNote: last ? input.changeNote || null : null,
				createdById: actorId,
				acceptances: { create: agreementParties.map((party) => ({ party })) },
			},
			select: { id: true, version: true, acceptances: { select: { id: true } } },
		})
		await auditInTransaction(tx, 'agreement.version-created', {
			actorId,
			entityType: 'Placement',
			entityId: placementId,
			details: { agreementId: created.id, version: created.version },
		})
		return { ok: true as const, version: created.version, acceptanceIds: created.acceptances.map((row) => row.id) }
	})
	if (!result.ok) return result
	// After the commit: mail is a network call and must not hold the write lock.
	for (const acceptanceId of result.acceptanceIds) await mailLink(acceptanceId)
	return { ok: true, version: result.version }
}

/** The open acceptance of `party` on the latest version, when a link for it may still be made. */
async function openAcceptance(placementId: string, party: AgreementParty): Promise<AgreementResult<{ id: string }>> {
	const placement = await prisma.placement.findUniqueOrThrow({
		where: { id: placementId },
		select: {
			status: true,
			agreements: {
				orderBy: { version: 'desc' },
				take: 1,
				select: { status: true, acceptances: { where: { party }, select: { id: true, acceptedAt: true } } },
			},
		},
	})
	if (placement.status === 'ENDED') return problem('ended')
	const latest = placement.agreements[0]
	const acceptance = latest?.acceptances[0]
	if (!latest || !acceptance) return problem('no-version')
	if (latest.status !== 'PENDING') return problem('not-pending')
	if (acceptance.acceptedAt) return problem('already-accepted')
	return { ok: true, id: acceptance.id }
}

/** A fresh personal link for one acceptance; the time it went out is recorded on the acceptance. */
async function issueLink(acceptanceId: string) {
	const moment = now()
	const expiresAt = new Date(moment.getTime() + AGREEMENT_LINK_DAYS * 24 * 60 * 60 * 1000)
	const { token, linkToken } = await createLinkToken({
		purpose: 'AGREEMENT_ACCEPT',
		subjectId: acceptanceId,
		expiresAt,
	})
	await prisma.agreementAcceptance.update({ where: { id: acceptanceId }, data: { linkSentAt: moment } })
	return { token, linkTokenId: linkToken.id, expiresAt }
}

export const agreementLinkPath = (token: string) => `/akkoord/${token}`

/** Mails the party of an acceptance its personal link; a party without an address is skipped (false). */
async function mailLink(acceptanceId: string) {
	const acceptance = await prisma.agreementAcceptance.findUniqueOrThrow({
		where: { id: acceptanceId },
		select: {
			party: true,
			agreement: {
				select: {
					...agreementSelect,
					placement: {
						select: {
							place: { select: { title: true } },
							employerOrganization: { select: { name: true } },
							coachingOrganization: { select: { name: true } },
						},
					},
				},
			},
		},
	})
	const party = isOneOf(agreementParties, acceptance.party) ? acceptance.party : 'CANDIDATE'
	const { agreement } = acceptance
	const contact = partyContact(agreement, party)
	if (!contact.email) return false
	const { token, linkTokenId, expiresAt } = await issueLink(acceptanceId)
	const user = await prisma.user.findUnique({ where: { email: contact.email }, select: { locale: true } })
	const locale: Locale = isLocale(user?.locale) ? user.locale : defaultLocale
	const values = {
		locale,
		candidateName: agreement.candidateName,
		employerName: agreement.placement.employerOrganization.name,
		version: agreement.version,
	}
	const result = await sendEmail({
		to: contact.email,
		subject: agreementRequestSubject(values),
		idempotencyKey: `agreement-link:${linkTokenId}`,
		react: createElement(AgreementRequestEmail, {
			...values,
			party,
			recipientName: contact.name,
			coachingOrganizationName: agreement.placement.coachingOrganization.name,
			coachName: agreement.coachName,
			placeTitle: agreement.placement.place.title,
			changeNote: agreement.changeNote,
			acceptUrl: `${getEnv().APP_URL}${agreementLinkPath(token)}`,
			expiresAt,
		}),
	})
	return result.status !== 'failed'
}

function auditLinkSent({
	placementId,
	party,
	actorId,
	channel,
}: {
	placementId: string
	party: AgreementParty
	actorId: string
	channel: 'email' | 'opened-here'
}) {
	return audit('agreement.link-sent', {
		actorId,
		entityType: 'Placement',
		entityId: placementId,
		details: { party, channel },
	})
}

/** "Send link by email" on the coach's page: a fresh link to the party's address on the latest version. */
export async function sendAgreementLink({
	placementId,
	party,
	actorId,
}: {
	placementId: string
	party: AgreementParty
	actorId: string
}): Promise<AgreementResult> {
	const acceptance = await openAcceptance(placementId, party)
	if (!acceptance.ok) return acceptance
	const agreement = await prisma.agreementAcceptance.findUniqueOrThrow({
		where: { id: acceptance.id },
		select: { agreement: { select: agreementSelect } },
	})
	if (!partyContact(agreement.agreement, party).email) return problem('no-email')
	if (!(await mailLink(acceptance.id))) return problem('send-failed')
	await auditLinkSent({ placementId, party, actorId, channel: 'email' })
	return { ok: true }
}

/**
 * "Open here": a fresh link the coach opens on their own screen, for the candidate (with the coach
 * present) or for the coaching organisation (the coach accepts for it). Returns the page's path.
 */
export async function openAgreementLink({
	placementId,
	party,
	actorId,
}: {
	placementId: string
	party: 'CANDIDATE' | 'COACHING'
	actorId: string
}): Promise<AgreementResult<{ path: string }>> {
	const acceptance = await openAcceptance(placementId, party)
	if (!acceptance.ok) return acceptance
	const { token } = await issueLink(acceptance.id)
	await auditLinkSent({ placementId, party, actorId, channel: 'opened-here' })
	return { ok: true, path: agreementLinkPath(token) }
}

// --- The personal link ----------------------------------------------------------------------------------

export type AgreementLink =
	/** Never issued, altered, malformed, or for something else: all look the same from outside (404). */
	| { state: 'unknown' }
	/** Past its date (410). */
	| { state: 'expired' }
	/** A newer version replaced this one; the party gets a new link (410). */
	| { state: 'superseded'; version: number }
	/** This party accepted this version already, through this link or another one. */
	| { state: 'accepted'; party: AgreementParty; partyName: string; acceptedName: string; acceptedAt: string }
	| {
			state: 'open'
			linkTokenId: string
			acceptanceId: string
			agreementId: string
			placementId: string
			party: AgreementParty
			partyName: string
	  }

/** What the page of a personal link shows besides the state: the version and who it is between. */
export type AgreementLinkPage = AgreementLink & {
	agreement?: AgreementView
	candidateName?: string
	employerName?: string
	coachingOrganizationName?: string
	placeTitle?: string
}

/** What a personal link stands for. Accepted comes before expired: the confirmation stays readable. */
export async function readAgreementLink(token: string): Promise<AgreementLinkPage> {
	if (!LinkTokenSchema.safeParse(token).success) return { state: 'unknown' }
	const link = await prisma.linkToken.findUnique({ where: { tokenHash: hashToken(token) } })
	if (!link || link.purpose !== 'AGREEMENT_ACCEPT') return { state: 'unknown' }
	const acceptance = await prisma.agreementAcceptance.findUnique({
		where: { id: link.subjectId },
		select: {
			id: true,
			party: true,
			acceptedName: true,
			acceptedAt: true,
			agreement: {
				select: {
					...agreementSelect,
					placement: {
						select: {
							candidate: { select: { erasedAt: true } },
							place: { select: { title: true } },
							employerOrganization: { select: { name: true } },
							coachingOrganization: { select: { name: true } },
						},
					},
				},
			},
		},
	})
	if (
		!acceptance ||
		acceptance.agreement.placement.candidate.erasedAt ||
		!isOneOf(agreementParties, acceptance.party)
	) {
		return { state: 'unknown' }
	}
	const { agreement } = acceptance
	const party = acceptance.party
	const partyName = partyContact(agreement, party).name
	if (agreement.status === 'SUPERSEDED') return { state: 'superseded', version: agreement.version }
	const details = {
		agreement: toView(agreement),
		candidateName: agreement.candidateName,
		employerName: agreement.placement.employerOrganization.name,
		coachingOrganizationName: agreement.placement.coachingOrganization.name,
		placeTitle: agreement.placement.place.title,
	}
	if (acceptance.acceptedAt) {
		return {
			state: 'accepted',
			party,
			partyName,
			acceptedName: acceptance.acceptedName ?? partyName,
			acceptedAt: acceptance.acceptedAt.toISOString(),
			...details,
		}
	}
	// A used link whose party has not accepted cannot come about; it is no longer usable either way.
	if (link.usedAt || link.expiresAt.getTime() <= now().getTime()) return { state: 'expired' }
	return {
		state: 'open',
		linkTokenId: link.id,
		acceptanceId: acceptance.id,
		agreementId: agreement.id,
		placementId: agreement.placementId,
		party,
		partyName,
		...details,
	}
}

/** Thrown inside the transaction to undo the token's use when the party turned out to have accepted. */
class AlreadyAccepted extends Error {}

/**
 * Records the party's acceptance and uses up the token in one transaction: of two concurrent accepts
 * exactly one wins. When the third party accepts, the version is ACCEPTED and locked, and the version
 * that was in force until then is SUPERSEDED.
 */
export async function acceptAgreement(
	link: Extract<AgreementLink, { state: 'open' }>,
	input: AgreementAcceptInput,
): Promise<{ ok: true; acceptedAt: Date; locked: boolean } | { ok: false }> {
	const moment = now()
	try {
		return await prisma.$transaction(async (tx) => {
			const agreement = await tx.placementAgreement.findUniqueOrThrow({
				where: { id: link.agreementId },
				select: { status: true, version: true },
			})
			if (agreement.status !== 'PENDING') return { ok: false as const }
			if (!(await consumeLinkToken(link.linkTokenId, tx))) return { ok: false as const }
			const { count } = await tx.agreementAcceptance.updateMany({
				where: { id: link.acceptanceId, acceptedAt: null },
				data: {
					acceptedName: input.acceptedName,
					acceptedAt: moment,
					coachPresent: link.party === 'CANDIDATE' && input.coachPresent,
				},
			})
			if (count !== 1) throw new AlreadyAccepted()
			// The party has no account: the audit names the party, the typed name stays on the acceptance.
			await auditInTransaction(tx, 'agreement.accepted', {
				actorId: null,
				entityType: 'Placement',
				entityId: link.placementId,
				details: { agreementId: link.agreementId, version: agreement.version, party: link.party },
			})
			const waiting = await tx.agreementAcceptance.count({ where: { agreementId: link.agreementId, acceptedAt: null } })
			if (waiting === 0) {
				await tx.placementAgreement.updateMany({
					where: { placementId: link.placementId, status: 'ACCEPTED', version: { lt: agreement.version } },
					data: { status: 'SUPERSEDED' },
				})
				await tx.placementAgreement.update({
					where: { id: link.agreementId },
					data: { status: 'ACCEPTED', lockedAt: moment },
				})
			}
			return { ok: true as const, acceptedAt: moment, locked: waiting === 0 }
		})
	} catch (error) {
		if (error instanceof AlreadyAccepted) return { ok: false }
		throw error
	}
}

/** The number of the latest version, or null: from version 2 on a new version needs a change note. */
export async function getLatestAgreementVersion(placementId: string) {
	const latest = await prisma.placementAgreement.findFirst({
		where: { placementId },
		orderBy: { version: 'desc' },
		select: { version: true },
	})
	return latest?.version ?? null
}
