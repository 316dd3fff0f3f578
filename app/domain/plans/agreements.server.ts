// The placement agreement (plaatsingsovereenkomst) of a work-experience place, internship or volunteer
// place: who does what, when, and what happens when the candidate steps back. Paid work has an
// employment contract instead. A version is never edited: every change is a new version, which each of
// the three parties (candidate, employer, coaching organisation) accepts through a personal link. A
// version accepted by all is locked and stays in force until a newer one is accepted by all.
//
// The personal link needs no login: its token is the authorisation, stored only as a hash, for one
// AgreementAcceptance (one party of one version), valid AGREEMENT_LINK_DAYS days (a link opened on the
// coach's own screen OPEN_HERE_LINK_MINUTES) and used once. A new link for a party revokes its older
// ones (marked used). The acceptance remembers the link it came through, and only that link keeps
// showing the full confirmation.
import { createElement } from 'react'
import AgreementRequestEmail, { agreementRequestSubject } from '#emails/agreement-request.tsx'
import { logCandidateAccess } from '#app/domain/candidates/access-log.server.ts'
import { candidateDisplayName } from '#app/domain/candidates/candidates.server.ts'
import { userNames } from '#app/domain/candidates/consents.server.ts'
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
	agreementStatuses,
	isAgreementPlaceType,
	isOneOf,
	type AgreementParty,
	type AgreementStatus,
} from './plan-options.ts'

/** How long a personal acceptance link works. */
export const AGREEMENT_LINK_DAYS = 30
/** How long a link opened on the coach's own screen works: it is used right there, never mailed. */
export const OPEN_HERE_LINK_MINUTES = 60
/** The default end of the period of version 1: this many months after the placement's start. */
const DEFAULT_PERIOD_MONTHS = 6

export type AgreementResult<Value = object> =
	({ ok: true } & Value) | { ok: false; problem: AgreementProblem; latestVersion?: number }

const problem = (value: AgreementProblem) => ({ ok: false as const, problem: value })
const statusOf = (value: string): AgreementStatus => (isOneOf(agreementStatuses, value) ? value : 'PENDING')
const partyOf = (value: string): AgreementParty => (isOneOf(agreementParties, value) ? value : 'CANDIDATE')

/** Who the agreement is between, besides the names on the version. */
export type AgreementContext = {
	employerName: string
	coachingOrganizationName: string
	placeTitle: string
}

/** The names the agreement is between besides the parties' own: the place, employer and coaching organisation. */
const placementNamesSelect = {
	place: { select: { title: true } },
	employerOrganization: { select: { name: true } },
	coachingOrganization: { select: { name: true } },
} satisfies Prisma.PlacementSelect

function agreementContext(
	placement: Prisma.PlacementGetPayload<{ select: typeof placementNamesSelect }>,
): AgreementContext {
	return {
		employerName: placement.employerOrganization.name,
		coachingOrganizationName: placement.coachingOrganization.name,
		placeTitle: placement.place.title,
	}
}

const contactSelect = {
	candidateName: true,
	candidateEmail: true,
	employerSignatoryName: true,
	employerSignatoryEmail: true,
	coachName: true,
	coachEmail: true,
} satisfies Prisma.PlacementAgreementSelect

const agreementSelect = {
	...contactSelect,
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
	changeNote: true,
	createdAt: true,
	lockedAt: true,
	acceptances: {
		select: {
			id: true,
			party: true,
			acceptedName: true,
			acceptedAt: true,
			coachPresent: true,
			linkSentAt: true,
			acceptedOnScreenOfId: true,
		},
	},
} satisfies Prisma.PlacementAgreementSelect

type AgreementRow = Prisma.PlacementAgreementGetPayload<{ select: typeof agreementSelect }>

/** Who each party is on a version: the name and address it was drawn up with. */
function partyContact(
	agreement: Prisma.PlacementAgreementGetPayload<{ select: typeof contactSelect }>,
	party: AgreementParty,
) {
	if (party === 'CANDIDATE') return { name: agreement.candidateName, email: agreement.candidateEmail }
	if (party === 'EMPLOYER') return { name: agreement.employerSignatoryName, email: agreement.employerSignatoryEmail }
	return { name: agreement.coachName, email: agreement.coachEmail }
}

/** The terms of one version, the same for everyone who may read it. */
function toTerms(agreement: AgreementRow) {
	return {
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
	}
}

/**
 * One version as the coach's pages show it: the terms, and per party its address and acceptance.
 * `screenNames` names the coaches on whose screen an acceptance was given. Moments are ISO strings.
 */
function toView(agreement: AgreementRow, screenNames: ReadonlyMap<string, string> = new Map()) {
	return {
		id: agreement.id,
		...toTerms(agreement),
		parties: agreementParties.map((party) => {
			const acceptance = agreement.acceptances.find((row) => row.party === party)
			const onScreenOf = acceptance?.acceptedOnScreenOfId
			return {
				party,
				...partyContact(agreement, party),
				acceptedName: acceptance?.acceptedName ?? null,
				acceptedAt: acceptance?.acceptedAt?.toISOString() ?? null,
				coachPresent: acceptance?.coachPresent ?? false,
				linkSentAt: acceptance?.linkSentAt?.toISOString() ?? null,
				acceptedOnScreenOf: onScreenOf ? (screenNames.get(onScreenOf) ?? null) : null,
			}
		}),
	}
}

export type AgreementView = ReturnType<typeof toView>

/** One version as a personal link shows it: the terms and the parties' names, no addresses or acceptances. */
function toPublicView(agreement: AgreementRow) {
	return {
		...toTerms(agreement),
		parties: agreementParties.map((party) => ({ party, name: partyContact(agreement, party).name })),
	}
}

export type PublicAgreementView = ReturnType<typeof toPublicView>

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
			...placementNamesSelect,
			id: true,
			status: true,
			candidate: { select: { id: true, code: true, firstName: true, lastName: true } },
			place: { select: { title: true, type: true } },
			agreements: { orderBy: { version: 'desc' }, select: agreementSelect },
		},
	})
	await logCandidateAccess(viewerId, [placement.candidate.id], 'IDENTITY')
	const latest = placement.agreements[0] ?? null
	const requested =
		requestedVersion === null ? latest : placement.agreements.find((row) => row.version === requestedVersion)
	if (requested === undefined) throw new Response('Not Found', { status: 404 })
	const inForce = placement.agreements.find((row) => row.status === 'ACCEPTED') ?? null
	const screenUsers = await userNames((requested?.acceptances ?? []).map((row) => row.acceptedOnScreenOfId))
	return {
		placement: {
			id: placement.id,
			ended: placement.status === 'ENDED',
			candidateName: candidateDisplayName(placement.candidate),
			placeType: placement.place.type,
		},
		context: agreementContext(placement),
		eligible: isAgreementPlaceType(placement.place.type),
		shown: requested ? toView(requested, screenUsers) : null,
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
 * `baseVersion` goes back with the form, so a version saved meanwhile by a colleague is not overwritten.
 */
export async function getAgreementFormContext({
	placementId,
	viewerId,
	coach,
	locale,
}: {
	placementId: string
	viewerId: string
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
			candidate: { select: { id: true, code: true, firstName: true, lastName: true, email: true } },
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
	await logCandidateAccess(viewerId, [placement.candidate.id], 'IDENTITY')
	const latest = placement.agreements[0] ?? null
	const context = {
		ended: placement.status === 'ENDED',
		eligible: isAgreementPlaceType(placement.place.type),
		candidateName: candidateDisplayName(placement.candidate),
		placeTitle: placement.place.title,
		employerName: placement.employerOrganization.name,
		nextVersion: (latest?.version ?? 0) + 1,
	}
	const baseVersion = String(latest?.version ?? 0)
	if (latest) {
		const view = toView(latest)
		const [candidate, employer, coaching] = view.parties
		return {
			...context,
			defaults: {
				baseVersion,
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
			baseVersion,
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
				t(isAgreementPlaceType(place.type) ? `defaults.compensation.${place.type}` : 'defaults.compensationNone'),
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

/** What became of one party's link after a version was saved: mailed, no address, or the mail failed. */
export type LinkOutcome = 'sent' | 'no-address' | 'failed'

/**
 * Draws up a new version (max + 1) with its three open acceptances. A version still waiting for
 * acceptance is SUPERSEDED (its links stop working); an ACCEPTED one stays in force until this one is
 * accepted by all. Refused as 'stale' when the form was built on another latest version than there is
 * now (a colleague saved meanwhile, or the same form was sent twice). Afterwards every party with an
 * address gets a personal link by email; the outcome per party is returned.
 */
export async function createAgreementVersion({
	placementId,
	actorId,
	input,
}: {
	placementId: string
	actorId: string
	input: AgreementFormInput
}): Promise<AgreementResult<{ version: number; links: Array<{ party: AgreementParty; outcome: LinkOutcome }> }>> {
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
		const latestVersion = last?.version ?? 0
		if (latestVersion !== input.baseVersion) return { ...problem('stale'), latestVersion }
		await tx.placementAgreement.updateMany({
			where: { placementId, status: 'PENDING' },
			data: { status: 'SUPERSEDED' },
		})
		const created = await tx.placementAgreement.create({
			data: {
				placementId,
				version: latestVersion + 1,
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
			select: { id: true, version: true, acceptances: { select: { id: true, party: true } } },
		})
		await auditInTransaction(tx, 'agreement.version-created', {
			actorId,
			entityType: 'Placement',
			entityId: placementId,
			details: { agreementId: created.id, version: created.version },
		})
		return { ok: true as const, version: created.version, acceptances: created.acceptances }
	})
	if (!result.ok) return result
	// After the commit: mail is a network call and must not hold the write lock.
	const links: Array<{ party: AgreementParty; outcome: LinkOutcome }> = []
	for (const party of agreementParties) {
		const acceptance = result.acceptances.find((row) => row.party === party)
		if (acceptance) links.push({ party, outcome: await mailLink(acceptance.id) })
	}
	return { ok: true, version: result.version, links }
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

/**
 * A link reached its party (mailed, or opened on the coach's screen by `openedHereById`): the party's
 * older links are revoked and the moment is recorded. Only then: a failed mail changes nothing.
 */
async function recordLinkIssued(acceptanceId: string, linkTokenId: string, openedHereById: string | null = null) {
	const moment = now()
	await prisma.$transaction([
		prisma.linkToken.updateMany({
			where: {
				purpose: 'AGREEMENT_ACCEPT',
				subjectId: acceptanceId,
				id: { not: linkTokenId },
				usedAt: null,
				expiresAt: { gt: moment },
			},
			data: { usedAt: moment },
		}),
		prisma.agreementAcceptance.update({
			where: { id: acceptanceId },
			data: {
				linkSentAt: moment,
				...(openedHereById ? { openedHereTokenId: linkTokenId, openedHereById } : {}),
			},
		}),
	])
}

export const agreementLinkPath = (token: string) => `/akkoord/${token}`

/** Mails the party of an acceptance a fresh personal link, unless it has no address. */
async function mailLink(acceptanceId: string): Promise<LinkOutcome> {
	const acceptance = await prisma.agreementAcceptance.findUniqueOrThrow({
		where: { id: acceptanceId },
		select: {
			party: true,
			agreement: {
				select: { ...contactSelect, version: true, changeNote: true, placement: { select: placementNamesSelect } },
			},
		},
	})
	const party = partyOf(acceptance.party)
	const { agreement } = acceptance
	const contact = partyContact(agreement, party)
	if (!contact.email) return 'no-address'
	const expiresAt = new Date(now().getTime() + AGREEMENT_LINK_DAYS * 24 * 60 * 60 * 1000)
	const { token, linkToken } = await createLinkToken({
		purpose: 'AGREEMENT_ACCEPT',
		subjectId: acceptanceId,
		expiresAt,
	})
	const user = await prisma.user.findUnique({ where: { email: contact.email }, select: { locale: true } })
	const locale: Locale = isLocale(user?.locale) ? user.locale : defaultLocale
	const context = agreementContext(agreement.placement)
	const values = {
		locale,
		candidateName: agreement.candidateName,
		employerName: context.employerName,
		version: agreement.version,
	}
	const result = await sendEmail({
		to: contact.email,
		subject: agreementRequestSubject(values),
		idempotencyKey: `agreement-link:${linkToken.id}`,
		react: createElement(AgreementRequestEmail, {
			...values,
			party,
			recipientName: contact.name,
			coachingOrganizationName: context.coachingOrganizationName,
			coachName: agreement.coachName,
			placeTitle: context.placeTitle,
			changeNote: agreement.changeNote,
			acceptUrl: `${getEnv().APP_URL}${agreementLinkPath(token)}`,
			expiresAt,
		}),
	})
	if (result.status === 'failed') {
		// Never delivered: the link must not outlive the attempt, and the party's older link keeps working.
		await prisma.linkToken.delete({ where: { id: linkToken.id } })
		return 'failed'
	}
	await recordLinkIssued(acceptanceId, linkToken.id)
	return 'sent'
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
	const outcome = await mailLink(acceptance.id)
	if (outcome === 'no-address') return problem('no-email')
	if (outcome === 'failed') return problem('send-failed')
	await auditLinkSent({ placementId, party, actorId, channel: 'email' })
	return { ok: true }
}

/**
 * "Open here": a short-lived link the coach opens on their own screen, for the candidate (with the
 * coach present) or for the coaching organisation (the coach accepts for it). The acceptance remembers
 * the link and the coach, so an acceptance through it is recorded as given on that coach's screen.
 * Returns the page's path.
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
	const expiresAt = new Date(now().getTime() + OPEN_HERE_LINK_MINUTES * 60 * 1000)
	const { token, linkToken } = await createLinkToken({
		purpose: 'AGREEMENT_ACCEPT',
		subjectId: acceptance.id,
		expiresAt,
	})
	await recordLinkIssued(acceptance.id, linkToken.id, actorId)
	await auditLinkSent({ placementId, party, actorId, channel: 'opened-here' })
	return { ok: true, path: agreementLinkPath(token) }
}

// --- The personal link ----------------------------------------------------------------------------------

/** What the page of a personal link shows with the version: who the agreement is between. */
type LinkDocument = {
	party: AgreementParty
	partyName: string
	candidateName: string
	context: AgreementContext
	agreement: PublicAgreementView
}

/** What the browser gets for a personal link: never an address, a link moment or another party's acceptance. */
export type AgreementLinkPage =
	/** Never issued, altered, malformed, or for something else: all look the same from outside (404). */
	| { state: 'unknown' }
	/** Past its date, or replaced by a newer link for the same party (410). */
	| { state: 'expired' }
	/** The placement ended: nothing can be accepted any more (410). */
	| { state: 'ended' }
	/** A newer version replaced this one; `acceptedAt` when this party had accepted it (410). */
	| { state: 'superseded'; version: number; acceptedAt: string | null }
	/** The party accepted through another link: who and when, without the document. */
	| { state: 'already-accepted'; acceptedName: string; acceptedAt: string }
	/** The party accepted through this very link: the confirmation with the document. */
	| ({ state: 'accepted'; acceptedName: string; acceptedAt: string } & LinkDocument)
	/** Waiting for this party; `onCoachScreen` when the coach opened it on their own screen. */
	| ({ state: 'open'; onCoachScreen: boolean } & LinkDocument)

/** What the acceptance needs to know about an open link; stays on the server. */
export type OpenAgreementLink = {
	linkTokenId: string
	acceptanceId: string
	agreementId: string
	placementId: string
	party: AgreementParty
}

/** What a personal link stands for, as `page` for the browser and, while open, `open` for the action. */
export async function readAgreementLink(
	token: string,
): Promise<{ page: AgreementLinkPage; open: OpenAgreementLink | null }> {
	const closed = (page: AgreementLinkPage) => ({ page, open: null })
	if (!LinkTokenSchema.safeParse(token).success) return closed({ state: 'unknown' })
	const link = await prisma.linkToken.findUnique({ where: { tokenHash: hashToken(token) } })
	if (!link || link.purpose !== 'AGREEMENT_ACCEPT') return closed({ state: 'unknown' })
	const acceptance = await prisma.agreementAcceptance.findUnique({
		where: { id: link.subjectId },
		select: {
			id: true,
			party: true,
			acceptedName: true,
			acceptedAt: true,
			openedHereTokenId: true,
			acceptedTokenId: true,
			agreement: {
				select: {
					...agreementSelect,
					placement: { select: { ...placementNamesSelect, status: true, candidate: { select: { erasedAt: true } } } },
				},
			},
		},
	})
	if (
		!acceptance ||
		acceptance.agreement.placement.candidate.erasedAt ||
		!isOneOf(agreementParties, acceptance.party)
	) {
		return closed({ state: 'unknown' })
	}
	const { agreement } = acceptance
	if (agreement.placement.status === 'ENDED') return closed({ state: 'ended' })
	const acceptedAt = acceptance.acceptedAt?.toISOString() ?? null
	if (agreement.status === 'SUPERSEDED') return closed({ state: 'superseded', version: agreement.version, acceptedAt })
	const party = acceptance.party
	const partyName = partyContact(agreement, party).name
	const expired = link.expiresAt.getTime() <= now().getTime()
	const document: LinkDocument = {
		party,
		partyName,
		candidateName: agreement.candidateName,
		context: agreementContext(agreement.placement),
		agreement: toPublicView(agreement),
	}
	if (acceptedAt) {
		const who = { acceptedName: acceptance.acceptedName ?? partyName, acceptedAt }
		if (acceptance.acceptedTokenId === link.id) return closed({ state: 'accepted', ...who, ...document })
		if (!link.usedAt && expired) return closed({ state: 'expired' })
		return closed({ state: 'already-accepted', ...who })
	}
	if (link.usedAt || expired) return closed({ state: 'expired' })
	return {
		page: { state: 'open', onCoachScreen: acceptance.openedHereTokenId === link.id, ...document },
		open: {
			linkTokenId: link.id,
			acceptanceId: acceptance.id,
			agreementId: agreement.id,
			placementId: agreement.placementId,
			party,
		},
	}
}

/** Thrown inside the transaction to undo the token's use when the party turned out to have accepted. */
class AlreadyAccepted extends Error {}

/**
 * Records the party's acceptance and uses up the token in one transaction: of two concurrent accepts
 * exactly one wins. Through a link opened on a coach's screen the acceptance is recorded as given
 * there (for the candidate: with the coach present) and audited as that coach's doing. When the third
 * party accepts, the version is ACCEPTED and locked, and the version in force until then SUPERSEDED.
 */
export async function acceptAgreement(
	link: OpenAgreementLink,
	input: AgreementAcceptInput,
): Promise<{ ok: true; acceptedAt: Date; locked: boolean } | { ok: false }> {
	const moment = now()
	try {
		return await prisma.$transaction(async (tx) => {
			const agreement = await tx.placementAgreement.findUniqueOrThrow({
				where: { id: link.agreementId },
				select: { status: true, version: true, placement: { select: { status: true } } },
			})
			if (agreement.status !== 'PENDING' || agreement.placement.status === 'ENDED') return { ok: false as const }
			if (!(await consumeLinkToken(link.linkTokenId, tx))) return { ok: false as const }
			const acceptance = await tx.agreementAcceptance.findUniqueOrThrow({
				where: { id: link.acceptanceId },
				select: { openedHereTokenId: true, openedHereById: true },
			})
			const onScreenOf = acceptance.openedHereTokenId === link.linkTokenId ? acceptance.openedHereById : null
			const { count } = await tx.agreementAcceptance.updateMany({
				where: { id: link.acceptanceId, acceptedAt: null },
				data: {
					acceptedName: input.acceptedName,
					acceptedAt: moment,
					acceptedOnScreenOfId: onScreenOf,
					acceptedTokenId: link.linkTokenId,
					coachPresent: link.party === 'CANDIDATE' && (onScreenOf !== null || input.coachPresent),
				},
			})
			if (count !== 1) throw new AlreadyAccepted()
			// A mailed link's party has no account: the audit names the party, the typed name stays on the
			// acceptance. On a coach's screen the coach is the one who acted.
			await auditInTransaction(tx, 'agreement.accepted', {
				actorId: onScreenOf,
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
