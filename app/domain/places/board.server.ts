// The public board: read-only queries of published places and the public face of employers, plus
// the view counter. Only what anyone on the internet may see leaves this module: no contact persons,
// no staff, no internal dates or counters.
import { findTown } from '#app/domain/geo/towns.server.ts'
import { findEmployer } from '#app/domain/organizations/profile.server.ts'
import { now } from '#app/utils/clock.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import { getLogger } from '#app/utils/logger.server.ts'
import { BOARD_PAGE_SIZE, type BoardFilters } from './board-filters.ts'
import {
	accessibilityOptions,
	adaptationOptions,
	commitmentOptions,
	parseKeyList,
	placeTypes,
	sbiSections,
	sizeClasses,
	supervisionOptions,
	weekDays,
	workModes,
	type PlaceType,
	type SbiSection,
	type SizeClass,
	type WorkMode,
} from './place-options.ts'

type PlaceWhere = NonNullable<NonNullable<Parameters<typeof prisma.place.findMany>[0]>['where']>

/** How many adaptations a card shows; the detail page shows them all. */
export const CARD_ADAPTATIONS = 3

/** Published and not yet expired, at an employer: the only places the public ever sees. */
export function publishedWhere(at: Date): PlaceWhere {
	return { status: 'PUBLISHED', expiresAt: { gt: at }, organization: { kind: 'EMPLOYER' } }
}

function oneOf<Key extends string>(value: string | null, allowed: readonly Key[]): Key | null {
	return value !== null && (allowed as readonly string[]).includes(value) ? (value as Key) : null
}

type LocatedPlace = {
	locationMode: string
	town: string | null
	workMode: string
	organization: { town: string | null }
}

/** Where the place is: its own town, or the organisation's when it is at the organisation's address. */
function placeTown(place: LocatedPlace) {
	return place.town ?? (place.locationMode === 'ORGANIZATION' ? place.organization.town : null)
}

/**
 * The town filter: the Dutch town the visitor typed (any case), or the text as given. A name shared
 * by several towns ("Hengelo") also finds the labels with their municipality ("Hengelo (Bronckhorst)"),
 * and a municipality finds the towns in it.
 */
function townWhere(input: string): PlaceWhere {
	const label = findTown(input)?.label ?? input.trim()
	const matches = [{ town: label }, { town: { startsWith: `${label} (` } }, { municipality: label }]
	return {
		OR: [...matches, { town: null, locationMode: 'ORGANIZATION', organization: { OR: matches } }],
	}
}

function filtersWhere(filters: BoardFilters, at: Date): PlaceWhere {
	const and: PlaceWhere[] = [publishedWhere(at)]
	if (filters.types.length > 0) and.push({ type: { in: filters.types } })
	if (filters.sector) {
		and.push({ OR: [{ sector: filters.sector }, { sector: null, organization: { sector: filters.sector } }] })
	}
	if (filters.town) and.push(townWhere(filters.town))
	// Ranges overlap when each starts before the other ends; the bounds count as overlap.
	if (filters.hoursMin !== null) and.push({ hoursMax: { gte: filters.hoursMin } })
	if (filters.hoursMax !== null) and.push({ hoursMin: { lte: filters.hoursMax } })
	return { AND: and }
}

const cardSelect = {
	id: true,
	title: true,
	type: true,
	locationMode: true,
	town: true,
	workMode: true,
	hoursMin: true,
	hoursMax: true,
	adaptations: true,
	publishedAt: true,
	createdAt: true,
	organization: { select: { id: true, name: true, town: true } },
} as const

type CardRow = {
	id: string
	title: string
	type: string
	locationMode: string
	town: string | null
	workMode: string
	hoursMin: number
	hoursMax: number
	adaptations: string
	publishedAt: Date | null
	createdAt: Date
	organization: { id: string; name: string; town: string | null }
}

export type PlaceCardData = {
	id: string
	title: string
	type: PlaceType | null
	employer: { id: string; name: string }
	town: string | null
	remote: boolean
	hoursMin: number
	hoursMax: number
	/** At most CARD_ADAPTATIONS keys. */
	adaptations: string[]
	/** How many adaptations the place has in all. */
	adaptationCount: number
	publishedAt: Date
}

function toCard(row: CardRow): PlaceCardData {
	const adaptations = parseKeyList(row.adaptations, adaptationOptions)
	return {
		id: row.id,
		title: row.title,
		type: oneOf(row.type, placeTypes),
		employer: { id: row.organization.id, name: row.organization.name },
		town: placeTown(row),
		remote: row.workMode === 'REMOTE',
		hoursMin: row.hoursMin,
		hoursMax: row.hoursMax,
		adaptations: adaptations.slice(0, CARD_ADAPTATIONS),
		adaptationCount: adaptations.length,
		publishedAt: row.publishedAt ?? row.createdAt,
	}
}

const newestFirst = [{ publishedAt: 'desc' }, { createdAt: 'desc' }, { id: 'desc' }] as const

/** One page of published places matching the filters, newest first; a page past the end shows the last. */
export async function listBoardPlaces({ filters, page }: { filters: BoardFilters; page: number }) {
	const where = filtersWhere(filters, now())
	const total = await prisma.place.count({ where })
	const pageCount = Math.max(1, Math.ceil(total / BOARD_PAGE_SIZE))
	const currentPage = Math.min(Math.max(1, page), pageCount)
	const rows = await prisma.place.findMany({
		where,
		select: cardSelect,
		orderBy: [...newestFirst],
		skip: (currentPage - 1) * BOARD_PAGE_SIZE,
		take: BOARD_PAGE_SIZE,
	})
	return { places: rows.map(toCard), total, page: currentPage, pageCount }
}

/** Every published place matching the filters, newest first, on one list: the board's export for staff. */
export async function listAllBoardPlaces(filters: BoardFilters) {
	const rows = await prisma.place.findMany({
		where: filtersWhere(filters, now()),
		select: cardSelect,
		orderBy: [...newestFirst],
	})
	return rows.map(toCard)
}

/** The towns that have published places, for the town field's suggestions. */
export async function listBoardTowns() {
	const rows = await prisma.place.findMany({
		where: publishedWhere(now()),
		select: { locationMode: true, town: true, workMode: true, organization: { select: { town: true } } },
	})
	const towns = new Set(rows.map(placeTown).filter((town): town is string => Boolean(town)))
	return [...towns].sort((a, b) => a.localeCompare(b, 'nl'))
}

/** A published place with everything the public may see, or null (drafts, paused, closed, expired, unknown). */
export async function getPublishedPlace(placeId: string) {
	const place = await prisma.place.findFirst({
		where: { AND: [{ id: placeId }, publishedWhere(now())] },
		select: {
			id: true,
			type: true,
			title: true,
			description: true,
			tasks: true,
			sector: true,
			locationMode: true,
			town: true,
			municipality: true,
			workMode: true,
			hoursMin: true,
			hoursMax: true,
			days: true,
			startDate: true,
			duration: true,
			compensation: true,
			spots: true,
			supervision: true,
			adaptations: true,
			accessibility: true,
			requirements: true,
			learning: true,
			publishedAt: true,
			expiresAt: true,
			createdAt: true,
			updatedAt: true,
			organization: { select: { id: true, name: true, town: true, municipality: true, sector: true } },
		},
	})
	if (!place) return null
	const atOrganization = place.town === null && place.locationMode === 'ORGANIZATION'
	return {
		id: place.id,
		type: oneOf(place.type, placeTypes),
		title: place.title,
		description: place.description,
		tasks: place.tasks,
		sector: oneOf(place.sector ?? place.organization.sector, sbiSections),
		town: placeTown(place),
		municipality: atOrganization ? place.organization.municipality : place.municipality,
		workMode: oneOf(place.workMode, workModes) as WorkMode | null,
		hoursMin: place.hoursMin,
		hoursMax: place.hoursMax,
		days: parseKeyList(place.days, weekDays),
		startDate: place.startDate,
		duration: place.duration,
		compensation: place.compensation,
		spots: place.spots,
		supervision: parseKeyList(place.supervision, supervisionOptions),
		adaptations: parseKeyList(place.adaptations, adaptationOptions),
		accessibility: parseKeyList(place.accessibility, accessibilityOptions),
		requirements: place.requirements,
		learning: place.learning,
		publishedAt: place.publishedAt ?? place.createdAt,
		expiresAt: place.expiresAt,
		/** For the view counter only; not shown. */
		updatedAt: place.updatedAt,
		employer: { id: place.organization.id, name: place.organization.name },
	}
}

/**
 * Counts one view: a single atomic increment, outside any transaction. A view is not an edit, so
 * updatedAt (the sitemap's lastmod) keeps its value; if the place was edited since it was read, this
 * view is not counted rather than hiding the edit. A failed count never fails the page.
 */
export async function recordPlaceView(place: { id: string; updatedAt: Date }) {
	try {
		await prisma.place.updateMany({
			where: { id: place.id, updatedAt: place.updatedAt },
			data: { viewCount: { increment: 1 }, updatedAt: place.updatedAt },
		})
	} catch (error) {
		getLogger().warn({ err: error, placeId: place.id }, 'could not count a place view')
	}
}

/** An employer's public page: its profile and published places, or null when it is not an employer. */
export async function getPublicEmployer(organizationId: string) {
	const organization = await findEmployer(organizationId, {
		id: true,
		name: true,
		town: true,
		municipality: true,
		sector: true,
		sizeClass: true,
		website: true,
		description: true,
		commitments: true,
		commitmentNote: true,
		logoFile: true,
		updatedAt: true,
	})
	if (!organization) return null
	const rows = await prisma.place.findMany({
		where: { AND: [{ organizationId: organization.id }, publishedWhere(now())] },
		select: cardSelect,
		orderBy: [...newestFirst],
	})
	return {
		id: organization.id,
		name: organization.name,
		town: organization.town,
		municipality: organization.municipality,
		sector: oneOf(organization.sector, sbiSections) as SbiSection | null,
		sizeClass: oneOf(organization.sizeClass, sizeClasses) as SizeClass | null,
		website: publicWebsite(organization.website),
		description: organization.description,
		commitments: parseKeyList(organization.commitments, commitmentOptions),
		commitmentNote: organization.commitmentNote,
		hasLogo: Boolean(organization.logoFile),
		places: rows.map(toCard),
	}
}

/** A website worth linking to: http(s) only (never `javascript:`), a scheme added when it was left out. */
export function publicWebsite(value: string | null): { href: string; label: string } | null {
	const text = value?.trim()
	if (!text) return null
	try {
		const url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`)
		if (url.protocol !== 'https:' && url.protocol !== 'http:') return null
		if (!url.hostname.includes('.')) return null
		const path = url.pathname === '/' ? '' : url.pathname
		return { href: url.href, label: `${url.hostname.replace(/^www\./, '')}${path}` }
	} catch {
		return null
	}
}

/** What the sitemap lists: every published place and every employer with one, with when it last changed. */
export async function listSitemapEntries() {
	const places = await prisma.place.findMany({
		where: publishedWhere(now()),
		select: { id: true, updatedAt: true, organization: { select: { id: true, updatedAt: true } } },
		orderBy: [...newestFirst],
	})
	const employers = new Map<string, Date>()
	for (const place of places) {
		const { id, updatedAt } = place.organization
		const latest = [employers.get(id) ?? updatedAt, updatedAt, place.updatedAt].reduce((a, b) => (a > b ? a : b))
		employers.set(id, latest)
	}
	const board = places.reduce<Date | null>(
		(latest, place) => (!latest || place.updatedAt > latest ? place.updatedAt : latest),
		null,
	)
	return {
		board,
		places: places.map((place) => ({ id: place.id, updatedAt: place.updatedAt })),
		employers: [...employers].map(([id, updatedAt]) => ({ id, updatedAt })),
	}
}
