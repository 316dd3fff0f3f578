// Places as their employer sees them: post, edit, publish, pause, fill, close, duplicate, extend.
// With place-jobs.server.ts the only module that changes a place's content or status; every change
// is audited with who made it and which fields changed, never their contents, and marks the place
// for the search index (search/outbox.server.ts) in the transaction that makes the change.
import { z } from 'zod'
import { findTown, findTownInMunicipality, listTowns } from '#app/domain/geo/towns.server.ts'
import { audit, type AuditAction } from '#app/utils/audit.server.ts'
import { hasPermission, requirePermission, type SessionUser } from '#app/utils/auth.server.ts'
import { now } from '#app/utils/clock.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import { getFixedT, type Locale } from '#app/utils/i18n.ts'
import { markForReindex } from '#search/outbox.server.ts'
import { consumeLinkToken, getUsableLinkToken } from '#app/utils/link-tokens.server.ts'
import {
	accessibilityOptions,
	adaptationOptions,
	parseKeyList,
	PLACE_LIFETIME_DAYS,
	placeStatuses,
	supervisionOptions,
	weekDays,
	type PlaceStatus,
} from './place-options.ts'
import { amsterdamDate } from '#app/utils/amsterdam-time.ts'
import { PLACE_TITLE_MAX, type PlaceFormInput, type PlaceIntent } from './place-schema.ts'

const DAY = 24 * 60 * 60 * 1000
/** The start page lists places that close within this many days. */
export const EXPIRING_SOON_DAYS = 14

export function placeLifetimeFrom(moment: Date) {
	return new Date(moment.getTime() + PLACE_LIFETIME_DAYS * DAY)
}

// --- Access -----------------------------------------------------------------------------------

/**
 * The employer pages: only someone who may post places (an employer) gets in; everyone else is
 * refused with 403. Returns the organisation the pages act for (the first one the user posts for).
 */
export async function requirePlaceEmployer(request: Request) {
	const user = await requirePermission(request, 'create:place')
	const membership = user.memberships.find((m) => hasPermission(user, 'create:place', m.organizationId))
	if (!membership) throw new Response('Forbidden', { status: 403 })
	return { user, organizationId: membership.organizationId }
}

const PlaceParamsSchema = z.object({ placeId: z.string().cuid() })

/**
 * A place of the signed-in employer's own organisation. Another organisation's place and an id
 * that does not exist answer the same 404.
 */
export async function requireOwnPlace(
	request: Request,
	params: unknown,
	permission: 'read:place' | 'update:place',
): Promise<{ user: SessionUser; placeId: string; organizationId: string }> {
	const { user } = await requirePlaceEmployer(request)
	const parsed = PlaceParamsSchema.safeParse(params)
	const place = parsed.success
		? await prisma.place.findUnique({ where: { id: parsed.data.placeId }, select: { id: true, organizationId: true } })
		: null
	if (!place) throw new Response('Not Found', { status: 404 })
	await requirePermission(request, permission, { organizationId: place.organizationId, hideExistence: true })
	return { user, placeId: place.id, organizationId: place.organizationId }
}

// --- Reading ----------------------------------------------------------------------------------

/** What the place form needs from the organisation: its contact persons and whether it has an address. */
export async function getPlaceFormContext(organizationId: string) {
	const organization = await prisma.organization.findUniqueOrThrow({
		where: { id: organizationId },
		select: {
			name: true,
			town: true,
			street: true,
			contactPersons: { select: { id: true, name: true, jobTitle: true }, orderBy: { name: 'asc' } },
		},
	})
	return {
		organization: { name: organization.name, town: organization.town, street: organization.street },
		contactPersons: organization.contactPersons,
		townLabels: listTowns().map((town) => town.label),
		today: amsterdamDate(now()),
	}
}

export type PlaceFormContext = Awaited<ReturnType<typeof getPlaceFormContext>>

export async function getPlace(placeId: string, organizationId: string) {
	const place = await prisma.place.findFirst({
		where: { id: placeId, organizationId },
		include: { contactPerson: { select: { id: true, name: true } } },
	})
	if (!place) return null
	return {
		...place,
		status: place.status as PlaceStatus,
		days: parseKeyList(place.days, weekDays),
		supervision: parseKeyList(place.supervision, supervisionOptions),
		adaptations: parseKeyList(place.adaptations, adaptationOptions),
		accessibility: parseKeyList(place.accessibility, accessibilityOptions),
		intents: availableIntents(place.status as PlaceStatus),
	}
}

export type EmployerPlace = NonNullable<Awaited<ReturnType<typeof getPlace>>>

/** The form's values for a stored place. */
export function placeFormDefaults(place: EmployerPlace) {
	return {
		type: place.type,
		title: place.title,
		description: place.description,
		tasks: place.tasks ?? '',
		sector: place.sector ?? '',
		locationMode: place.locationMode,
		town: place.locationMode === 'TOWN' ? (place.town ?? '') : '',
		workMode: place.workMode,
		hoursMin: String(place.hoursMin),
		hoursMax: String(place.hoursMax),
		days: place.days,
		startDate: place.startDate ? storedDateValue(place.startDate) : '',
		duration: place.duration ?? '',
		compensation: place.compensation ?? '',
		spots: String(place.spots),
		supervision: place.supervision,
		adaptations: place.adaptations,
		accessibility: place.accessibility,
		requirements: place.requirements ?? '',
		learning: place.learning ?? '',
		contactPersonId: place.contactPersonId ?? '',
	}
}

/** A start date is a calendar date, stored as midnight UTC of that day. */
function storedDateValue(date: Date) {
	return date.toISOString().slice(0, 10)
}

/** The organisation's places, newest first, in status order (published first). */
export async function listOrganizationPlaces(organizationId: string) {
	const places = await prisma.place.findMany({
		where: { organizationId },
		select: {
			id: true,
			title: true,
			type: true,
			status: true,
			town: true,
			viewCount: true,
			expiresAt: true,
			closedAt: true,
			closedReason: true,
			updatedAt: true,
		},
		orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
	})
	const order: PlaceStatus[] = ['PUBLISHED', 'PAUSED', 'DRAFT', 'FILLED', 'CLOSED']
	return order
		.map((status) => ({
			status,
			places: places
				.filter((place) => place.status === status)
				.map((place) => ({ ...place, status, intents: availableIntents(status) })),
		}))
		.filter((group) => group.places.length > 0)
}

/** The start page's figures: places per status, total views and the places that close soon. */
export async function getEmployerPlaceSummary(organizationId: string) {
	const [byStatus, views, expiringSoon] = await Promise.all([
		prisma.place.groupBy({ by: ['status'], where: { organizationId }, _count: { _all: true } }),
		prisma.place.aggregate({ where: { organizationId }, _sum: { viewCount: true } }),
		prisma.place.findMany({
			where: {
				organizationId,
				status: { in: ['PUBLISHED', 'PAUSED'] },
				expiresAt: { lte: new Date(now().getTime() + EXPIRING_SOON_DAYS * DAY) },
			},
			select: { id: true, title: true, status: true, expiresAt: true },
			orderBy: { expiresAt: 'asc' },
			take: 10,
		}),
	])
	const counts = Object.fromEntries(placeStatuses.map((status) => [status, 0])) as Record<PlaceStatus, number>
	for (const row of byStatus) if (row.status in counts) counts[row.status as PlaceStatus] = row._count._all
	return { counts, totalViews: views._sum.viewCount ?? 0, expiringSoon }
}

/** The place's history from the audit log, oldest first, with who did it. */
export async function getPlaceHistory(placeId: string) {
	const events = await prisma.auditEvent.findMany({
		where: { entityType: 'Place', entityId: placeId },
		select: { id: true, action: true, details: true, createdAt: true, actor: { select: { name: true } } },
		orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
	})
	return events.map((event) => {
		const details = parseDetails(event.details)
		return {
			id: event.id,
			action: event.action.replace(/^place\./, ''),
			at: event.createdAt,
			actorName: event.actor?.name ?? null,
			fields: Array.isArray(details.fields) ? details.fields.filter((field) => typeof field === 'string') : [],
			from: typeof details.from === 'string' ? details.from : null,
			to: typeof details.to === 'string' ? details.to : null,
			via: typeof details.via === 'string' ? details.via : null,
		}
	})
}

function parseDetails(details: string | null): Record<string, unknown> {
	try {
		const value: unknown = JSON.parse(details ?? '{}')
		return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {}
	} catch {
		return {}
	}
}

// --- Writing: content -------------------------------------------------------------------------

export type FieldErrors = Record<string, string[]>
type ContentResult = { ok: true; placeId: string } | { ok: false; fieldErrors: FieldErrors }

/**
 * A town by its label or plain name, within a municipality when one is known: "Hengelo" is both
 * Hengelo (Bronckhorst) and Hengelo (Hengelo).
 */
type Location = { town: string; municipality: string | null; latitude: number | null; longitude: number | null }

/** Where the place is: the organisation's address copied now, or a known Dutch town. */
async function resolveLocation(
	organizationId: string,
	input: PlaceFormInput,
): Promise<{ ok: true; location: Location } | { ok: false; fieldErrors: FieldErrors }> {
	if (input.locationMode === 'TOWN') {
		const town = findTown(input.town ?? '')
		if (!town) return { ok: false, fieldErrors: { town: ['places:errors.unknownTown'] } }
		return {
			ok: true,
			location: {
				town: town.label,
				municipality: town.municipality,
				latitude: town.latitude,
				longitude: town.longitude,
			},
		}
	}
	const organization = await prisma.organization.findUniqueOrThrow({
		where: { id: organizationId },
		select: { town: true, municipality: true, latitude: true, longitude: true },
	})
	if (!organization.town) {
		return { ok: false, fieldErrors: { locationMode: ['places:errors.organizationHasNoAddress'] } }
	}
	// Coordinates come with the organisation's address; an older profile with only a town name
	// gets them from the town list.
	const known =
		organization.latitude !== null && organization.longitude !== null
			? null
			: findTownInMunicipality(organization.town, organization.municipality)
	return {
		ok: true,
		location: {
			town: organization.town,
			municipality: organization.municipality ?? known?.municipality ?? null,
			latitude: organization.latitude ?? known?.latitude ?? null,
			longitude: organization.longitude ?? known?.longitude ?? null,
		},
	}
}

async function contactPersonError(
	organizationId: string,
	contactPersonId: string | undefined,
): Promise<FieldErrors | null> {
	if (!contactPersonId) return null
	const count = await prisma.contactPerson.count({ where: { id: contactPersonId, organizationId } })
	return count === 1 ? null : { contactPersonId: ['errors:validation.choose'] }
}

/** The columns a form submission writes (location apart). */
function contentColumns(input: PlaceFormInput) {
	return {
		type: input.type,
		title: input.title,
		description: input.description,
		tasks: input.tasks ?? null,
		sector: input.sector ?? null,
		locationMode: input.locationMode,
		workMode: input.workMode,
		hoursMin: input.hoursMin,
		hoursMax: input.hoursMax,
		days: JSON.stringify(input.days),
		startDate: input.startDate ? new Date(`${input.startDate}T00:00:00.000Z`) : null,
		duration: input.duration ?? null,
		compensation: input.compensation ?? null,
		spots: input.spots,
		supervision: JSON.stringify(input.supervision),
		adaptations: JSON.stringify(input.adaptations),
		accessibility: JSON.stringify(input.accessibility),
		requirements: input.requirements ?? null,
		learning: input.learning ?? null,
		contactPersonId: input.contactPersonId ?? null,
	}
}

async function prepareContent(organizationId: string, input: PlaceFormInput) {
	const location = await resolveLocation(organizationId, input)
	const contactError = await contactPersonError(organizationId, input.contactPersonId)
	if (!location.ok || contactError) {
		const fieldErrors: FieldErrors = { ...(location.ok ? {} : location.fieldErrors), ...contactError }
		return { ok: false as const, fieldErrors }
	}
	return { ok: true as const, data: { ...contentColumns(input), ...location.location } }
}

/** A new place, always a draft. */
export async function createPlace({
	organizationId,
	actorId,
	input,
}: {
	organizationId: string
	actorId: string
	input: PlaceFormInput
}): Promise<ContentResult> {
	const content = await prepareContent(organizationId, input)
	if (!content.ok) return content
	const place = await prisma.$transaction(async (tx) => {
		const created = await tx.place.create({
			data: { ...content.data, organizationId, status: 'DRAFT', createdById: actorId },
			select: { id: true },
		})
		await markForReindex(tx, 'places', [created.id])
		return created
	})
	await auditPlace('place.created', place.id, actorId, { status: 'DRAFT' })
	return { ok: true, placeId: place.id }
}

/** Saves the form over the place; audits the names of the fields that changed. */
export async function updatePlace({
	placeId,
	organizationId,
	actorId,
	input,
}: {
	placeId: string
	organizationId: string
	actorId: string
	input: PlaceFormInput
}): Promise<ContentResult> {
	const existing = await prisma.place.findFirst({ where: { id: placeId, organizationId } })
	if (!existing) throw new Response('Not Found', { status: 404 })
	const content = await prepareContent(organizationId, input)
	if (!content.ok) return content
	const changed = (Object.keys(content.data) as Array<keyof typeof content.data>).filter(
		(field) => !sameValue(existing[field], content.data[field]),
	)
	if (changed.length === 0) return { ok: true, placeId }
	const data = Object.fromEntries(changed.map((field) => [field, content.data[field]]))
	await prisma.$transaction(async (tx) => {
		await tx.place.update({ where: { id: placeId }, data })
		await markForReindex(tx, 'places', [placeId])
	})
	// The town and its coordinates are one thing to the reader of the history: "location".
	const fields = [...new Set(changed.map((field) => (locationColumns.has(field) ? 'location' : field)))]
	await auditPlace('place.updated', placeId, actorId, { fields })
	return { ok: true, placeId }
}

const locationColumns = new Set<string>(['town', 'municipality', 'latitude', 'longitude'])

function sameValue(a: unknown, b: unknown) {
	if (a instanceof Date || b instanceof Date) {
		return a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : false
	}
	return a === b
}

// --- Writing: life cycle ----------------------------------------------------------------------

type Transition = { from: readonly PlaceStatus[]; to: PlaceStatus }

/** The status changes an employer may make. Anything else is refused. */
const transitions = {
	publish: { from: ['DRAFT'], to: 'PUBLISHED' },
	pause: { from: ['PUBLISHED'], to: 'PAUSED' },
	resume: { from: ['PAUSED'], to: 'PUBLISHED' },
	fill: { from: ['PUBLISHED', 'PAUSED'], to: 'FILLED' },
	close: { from: ['DRAFT', 'PUBLISHED', 'PAUSED'], to: 'CLOSED' },
} as const satisfies Record<string, Transition>

type StatusIntent = keyof typeof transitions
const extendableStatuses: readonly PlaceStatus[] = ['PUBLISHED', 'PAUSED']

/** The buttons a place in this status shows, in the order they are shown. */
export function availableIntents(status: PlaceStatus): PlaceIntent[] {
	const intents: PlaceIntent[] = (Object.keys(transitions) as StatusIntent[]).filter((intent) =>
		(transitions[intent].from as readonly PlaceStatus[]).includes(status),
	)
	if (extendableStatuses.includes(status)) intents.push('extend')
	intents.push('duplicate')
	return intents
}

export type PlaceActionProblem = 'invalid-transition' | 'email-not-verified'
export type PlaceActionResult =
	| { ok: true; intent: PlaceIntent; placeId: string; expiresAt?: Date | null }
	| { ok: false; problem: PlaceActionProblem }

/**
 * Runs one button of a place. Status changes are conditional updates on the current status, so a
 * stale page or a double click can never skip a step: it is refused instead.
 */
export async function runPlaceIntent({
	intent,
	placeId,
	organizationId,
	actor,
	locale,
}: {
	intent: PlaceIntent
	placeId: string
	organizationId: string
	actor: Pick<SessionUser, 'id' | 'emailVerified'>
	locale: Locale
}): Promise<PlaceActionResult> {
	if (intent === 'duplicate') return duplicatePlace({ placeId, organizationId, actorId: actor.id, locale })
	if (intent === 'extend') {
		const result = await extendPlace({ placeId, organizationId, actorId: actor.id, via: 'employer' })
		return result ? { ok: true, intent, placeId, expiresAt: result.expiresAt } : invalid()
	}
	return changeStatus({ intent, placeId, organizationId, actor })
}

function invalid(): PlaceActionResult {
	return { ok: false, problem: 'invalid-transition' }
}

async function changeStatus({
	intent,
	placeId,
	organizationId,
	actor,
}: {
	intent: StatusIntent
	placeId: string
	organizationId: string
	actor: Pick<SessionUser, 'id' | 'emailVerified'>
}): Promise<PlaceActionResult> {
	const { from, to } = transitions[intent]
	const place = await prisma.place.findFirst({
		where: { id: placeId, organizationId },
		select: { status: true, expiresAt: true },
	})
	if (!place || !(from as readonly string[]).includes(place.status)) return invalid()
	// Only a confirmed address may make a place public (again).
	if (to === 'PUBLISHED' && !actor.emailVerified) return { ok: false, problem: 'email-not-verified' }

	const moment = now()
	const data: {
		status: PlaceStatus
		publishedAt?: Date
		expiresAt?: Date
		expiryReminderSentAt?: null
		closedAt?: Date | null
		closedReason?: string | null
	} = { status: to }
	if (intent === 'publish' || (intent === 'resume' && (!place.expiresAt || place.expiresAt <= moment))) {
		// A fresh 90 days; resuming keeps the remaining time unless it ran out.
		data.expiresAt = placeLifetimeFrom(moment)
		data.expiryReminderSentAt = null
	}
	if (intent === 'publish') data.publishedAt = moment
	if (to === 'FILLED' || to === 'CLOSED') {
		data.closedAt = moment
		data.closedReason = to === 'CLOSED' ? 'MANUAL' : null
	}
	const count = await prisma.$transaction(async (tx) => {
		const updated = await tx.place.updateMany({ where: { id: placeId, organizationId, status: place.status }, data })
		if (updated.count === 1) await markForReindex(tx, 'places', [placeId])
		return updated.count
	})
	if (count !== 1) return invalid()
	await auditPlace('place.status-changed', placeId, actor.id, { from: place.status, to })
	return { ok: true, intent, placeId, expiresAt: data.expiresAt ?? place.expiresAt }
}

/** A new draft with the same content, for a place that closed or a second one like it. */
async function duplicatePlace({
	placeId,
	organizationId,
	actorId,
	locale,
}: {
	placeId: string
	organizationId: string
	actorId: string
	locale: Locale
}): Promise<PlaceActionResult> {
	const source = await prisma.place.findFirst({ where: { id: placeId, organizationId } })
	if (!source) return invalid()
	const suffix = ` ${getFixedT(locale, 'places')('duplicate.titleSuffix')}`
	const title = `${source.title.slice(0, PLACE_TITLE_MAX - suffix.length).trimEnd()}${suffix}`
	const copy = await prisma.$transaction(async (tx) => {
		const created = await tx.place.create({
			data: {
				organizationId,
				type: source.type,
				title,
				description: source.description,
				tasks: source.tasks,
				sector: source.sector,
				locationMode: source.locationMode,
				town: source.town,
				municipality: source.municipality,
				latitude: source.latitude,
				longitude: source.longitude,
				workMode: source.workMode,
				hoursMin: source.hoursMin,
				hoursMax: source.hoursMax,
				days: source.days,
				startDate: source.startDate,
				duration: source.duration,
				compensation: source.compensation,
				spots: source.spots,
				supervision: source.supervision,
				adaptations: source.adaptations,
				accessibility: source.accessibility,
				requirements: source.requirements,
				learning: source.learning,
				contactPersonId: source.contactPersonId,
				status: 'DRAFT',
				createdById: actorId,
			},
			select: { id: true },
		})
		await markForReindex(tx, 'places', [created.id])
		return created
	})
	await auditPlace('place.duplicated', copy.id, actorId, { sourceId: placeId })
	return { ok: true, intent: 'duplicate', placeId: copy.id }
}

/**
 * Another 90 days from now for a published or paused place; the reminder may go out again before
 * the new date. Returns null when the place cannot be extended (draft, filled, closed, not found).
 */
export async function extendPlace({
	placeId,
	organizationId,
	actorId,
	via,
}: {
	placeId: string
	organizationId?: string
	actorId: string | null
	via: 'employer' | 'link'
}) {
	const expiresAt = placeLifetimeFrom(now())
	const count = await prisma.$transaction(async (tx) => {
		const updated = await tx.place.updateMany({
			where: { id: placeId, ...(organizationId ? { organizationId } : {}), status: { in: [...extendableStatuses] } },
			data: { expiresAt, expiryReminderSentAt: null },
		})
		if (updated.count === 1) await markForReindex(tx, 'places', [placeId])
		return updated.count
	})
	if (count !== 1) return null
	await auditPlace('place.extended', placeId, actorId, { via })
	return { expiresAt }
}

export type ExtendByLinkResult =
	{ ok: true; title: string; expiresAt: Date } | { ok: false; problem: 'invalid' | 'not-open'; title?: string }

/** The one-click link from the reminder: no login, one use, only while the place is still open. */
export async function extendPlaceByLink(token: string): Promise<ExtendByLinkResult> {
	const linkToken = await getUsableLinkToken(token, 'PLACE_EXTEND')
	if (!linkToken) return { ok: false, problem: 'invalid' }
	const place = await prisma.place.findUnique({
		where: { id: linkToken.subjectId },
		select: { id: true, title: true, status: true },
	})
	if (!place) return { ok: false, problem: 'invalid' }
	// A closed place keeps its link unused: nothing happened, and the message says why.
	if (!extendableStatuses.includes(place.status as PlaceStatus)) {
		return { ok: false, problem: 'not-open', title: place.title }
	}
	if (!(await consumeLinkToken(linkToken.id))) return { ok: false, problem: 'invalid' }
	const extended = await extendPlace({ placeId: place.id, actorId: null, via: 'link' })
	if (!extended) return { ok: false, problem: 'not-open', title: place.title }
	return { ok: true, title: place.title, expiresAt: extended.expiresAt }
}

// --- Audit ------------------------------------------------------------------------------------

export function auditPlace(
	action: Extract<AuditAction, `place.${string}`>,
	placeId: string,
	actorId: string | null,
	details: Record<string, unknown>,
) {
	return audit(action, { actorId, entityType: 'Place', entityId: placeId, details })
}
