// What goes into the indexes. Places: published places only. Candidates: ONLY the pseudonymised
// profile (through toPseudonymisedProfile), the coaching organisation, freshness and the
// employer-visible flag from the consent gate. Identity and sensitive context never enter an index.
import {
	employerVisibleCandidateWhere,
	pseudonymisedProfileSelect,
	toPseudonymisedProfile,
	type PseudonymisedProfile,
} from '#app/domain/candidates/visibility.server.ts'
import { findTownInMunicipality } from '#app/domain/geo/towns.server.ts'
import { publishedWhere } from '#app/domain/places/board.server.ts'
import {
	accessibilityOptions,
	adaptationOptions,
	parseKeyList,
	supervisionOptions,
	weekDays,
} from '#app/domain/places/place-options.ts'
import { now } from '#app/utils/clock.server.ts'
import { prisma, type Prisma } from '#app/utils/db.server.ts'

type Geo = { lat: number; lng: number } | null

export type PlaceDocument = {
	id: string
	title: string
	description: string
	tasks: string | null
	learning: string | null
	requirements: string | null
	organizationId: string
	organizationName: string
	type: string
	sector: string | null
	town: string | null
	municipality: string | null
	workMode: string
	hoursMin: number
	hoursMax: number
	days: string[]
	supervision: string[]
	adaptations: string[]
	accessibility: string[]
	spots: number
	publishedAt: number
	_geo: Geo
}

export type CandidateDocument = PseudonymisedProfile & {
	/** The candidate's internal id (a random cuid, not identity); results are mapped back through the gate. */
	id: string
	organizationId: string
	/** Set from the consent gate at indexing time; employer queries also check freshness and re-check the gate. */
	employerVisible: boolean
	active: boolean
	/** Epoch ms of the last confirmation with the candidate. */
	confirmedAt: number
	/** The centre of the home municipality: never the town or an address. */
	_geo: Geo
}

export type DocumentBatch<Document> = { upserts: Document[]; deletes: string[] }

/** Everything a place document is built from (also used by the database fallback listing). */
export const placeDocumentSelect = {
	id: true,
	title: true,
	description: true,
	tasks: true,
	learning: true,
	requirements: true,
	organizationId: true,
	type: true,
	sector: true,
	locationMode: true,
	town: true,
	municipality: true,
	latitude: true,
	longitude: true,
	workMode: true,
	hoursMin: true,
	hoursMax: true,
	days: true,
	supervision: true,
	adaptations: true,
	accessibility: true,
	spots: true,
	publishedAt: true,
	createdAt: true,
	organization: { select: { name: true, sector: true, town: true, municipality: true } },
} as const

type PlaceRow = Awaited<ReturnType<typeof loadPlaceRows>>[number]

function loadPlaceRows(where: Prisma.PlaceWhereInput) {
	return prisma.place.findMany({ where, select: placeDocumentSelect })
}

export function toPlaceDocument(row: PlaceRow): PlaceDocument {
	const atOrganization = row.locationMode === 'ORGANIZATION'
	return {
		id: row.id,
		title: row.title,
		description: row.description,
		tasks: row.tasks,
		learning: row.learning,
		requirements: row.requirements,
		organizationId: row.organizationId,
		organizationName: row.organization.name,
		type: row.type,
		sector: row.sector ?? row.organization.sector,
		town: row.town ?? (atOrganization ? row.organization.town : null),
		municipality: row.municipality ?? (atOrganization ? row.organization.municipality : null),
		workMode: row.workMode,
		hoursMin: row.hoursMin,
		hoursMax: row.hoursMax,
		days: parseKeyList(row.days, weekDays),
		supervision: parseKeyList(row.supervision, supervisionOptions),
		adaptations: parseKeyList(row.adaptations, adaptationOptions),
		accessibility: parseKeyList(row.accessibility, accessibilityOptions),
		spots: row.spots,
		publishedAt: (row.publishedAt ?? row.createdAt).getTime(),
		_geo: row.latitude !== null && row.longitude !== null ? { lat: row.latitude, lng: row.longitude } : null,
	}
}

/** The documents for these place ids: published ones to upsert, the rest to delete. */
export async function buildPlaceDocuments(ids: readonly string[]): Promise<DocumentBatch<PlaceDocument>> {
	const rows = await loadPlaceRows({ AND: [{ id: { in: [...ids] } }, publishedWhere(now())] })
	const found = new Set(rows.map((row) => row.id))
	return { upserts: rows.map(toPlaceDocument), deletes: ids.filter((id) => !found.has(id)) }
}

/** Every published place, in pages, for a full reindex. */
export async function* allPlaceDocuments(pageSize = 1000): AsyncGenerator<PlaceDocument[]> {
	let cursor: string | undefined
	for (;;) {
		const rows = await prisma.place.findMany({
			where: publishedWhere(now()),
			select: placeDocumentSelect,
			orderBy: { id: 'asc' },
			take: pageSize,
			...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
		})
		if (rows.length === 0) return
		yield rows.map(toPlaceDocument)
		cursor = rows[rows.length - 1]!.id
	}
}

const candidateDocumentSelect = {
	...pseudonymisedProfileSelect,
	id: true,
	organizationId: true,
	active: true,
	confirmedAt: true,
	erasedAt: true,
} as const

type CandidateRow = Awaited<
	ReturnType<typeof prisma.candidate.findMany<{ select: typeof candidateDocumentSelect }>>
>[number]

/** The centre of a municipality: its namesake town, else any town in it. */
export function municipalityCentre(municipality: string | null): Geo {
	if (!municipality) return null
	const town = findTownInMunicipality(municipality, municipality) ?? findTownInMunicipality(municipality, null)
	return town ? { lat: town.latitude, lng: town.longitude } : null
}

function toCandidateDocument(row: CandidateRow, visibleIds: Set<string>): CandidateDocument {
	const profile = toPseudonymisedProfile(row)
	return {
		...profile,
		id: row.id,
		organizationId: row.organizationId,
		employerVisible: visibleIds.has(row.id),
		active: row.active,
		confirmedAt: row.confirmedAt.getTime(),
		_geo: municipalityCentre(profile.homeMunicipality),
	}
}

async function candidateDocuments(rows: CandidateRow[]) {
	const live = rows.filter((row) => row.erasedAt === null)
	const visible = await prisma.candidate.findMany({
		where: { AND: [{ id: { in: live.map((row) => row.id) } }, employerVisibleCandidateWhere(now())] },
		select: { id: true },
	})
	const visibleIds = new Set(visible.map((row) => row.id))
	return live.map((row) => toCandidateDocument(row, visibleIds))
}

/** The documents for these candidate ids: erased and unknown ones are deleted. */
export async function buildCandidateDocuments(ids: readonly string[]): Promise<DocumentBatch<CandidateDocument>> {
	const rows = await prisma.candidate.findMany({ where: { id: { in: [...ids] } }, select: candidateDocumentSelect })
	const upserts = await candidateDocuments(rows)
	const kept = new Set(upserts.map((document) => document.id))
	return { upserts, deletes: ids.filter((id) => !kept.has(id)) }
}

/** Every candidate that is not erased, in pages, for a full reindex. */
export async function* allCandidateDocuments(pageSize = 1000): AsyncGenerator<CandidateDocument[]> {
	let cursor: string | undefined
	for (;;) {
		const rows = await prisma.candidate.findMany({
			where: { erasedAt: null },
			select: candidateDocumentSelect,
			orderBy: { id: 'asc' },
			take: pageSize,
			...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
		})
		if (rows.length === 0) return
		yield await candidateDocuments(rows)
		cursor = rows[rows.length - 1]!.id
	}
}
