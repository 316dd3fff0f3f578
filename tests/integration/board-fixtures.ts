// Test data for the public board tests: employers and places written straight to the database.
import { type MetaArgs, type MetaDescriptor } from '@remix-run/node'
import { prisma } from '#app/utils/db.server.ts'
import { type OrganizationKind } from '#app/utils/permissions.ts'

/** The frozen "now" of the board tests (a Tuesday morning in Amsterdam). */
export const NOW = new Date('2025-06-03T08:00:00.000Z')
export const DAY = 24 * 60 * 60 * 1000

export function daysFromNow(days: number) {
	return new Date(NOW.getTime() + days * DAY)
}

let sequence = 0

export async function createOrganization(
	fields: {
		kind?: OrganizationKind
		name?: string
		town?: string | null
		municipality?: string | null
		sector?: string | null
		sizeClass?: string | null
		website?: string | null
		description?: string | null
		commitments?: string[]
		commitmentNote?: string | null
		logoFile?: string | null
	} = {},
) {
	sequence += 1
	const { commitments, ...rest } = fields
	return prisma.organization.create({
		data: {
			kind: 'EMPLOYER',
			name: `Werkgever ${sequence}`,
			town: 'Doetinchem',
			municipality: 'Doetinchem',
			sector: 'I',
			...rest,
			commitments: JSON.stringify(commitments ?? []),
		},
	})
}

export type PlaceFields = {
	type?: string
	title?: string
	description?: string
	status?: string
	town?: string | null
	municipality?: string | null
	locationMode?: string
	workMode?: string
	sector?: string | null
	hoursMin?: number
	hoursMax?: number
	adaptations?: string[]
	publishedAt?: Date | null
	expiresAt?: Date | null
	contactPersonId?: string | null
}

/** A place; by default published a day ago and open for another 60 days, in Doetinchem, 8-16 hours. */
export async function createPlace(organizationId: string, fields: PlaceFields = {}) {
	sequence += 1
	const { adaptations, ...rest } = fields
	return prisma.place.create({
		data: {
			organizationId,
			type: 'WORK_EXPERIENCE',
			title: `Plek ${sequence}`,
			description: 'Je helpt mee in de keuken.\nIn je eigen tempo.',
			status: 'PUBLISHED',
			locationMode: 'TOWN',
			town: 'Doetinchem',
			municipality: 'Doetinchem',
			hoursMin: 8,
			hoursMax: 16,
			publishedAt: daysFromNow(-1),
			expiresAt: daysFromNow(60),
			...rest,
			adaptations: JSON.stringify(adaptations ?? []),
		},
	})
}

/** The meta() arguments Remix passes, with the root's locale. */
export function metaArgs<Data>(data: Data, locale: 'nl' | 'en' = 'nl') {
	return {
		data,
		matches: [{ id: 'root', data: { locale } }],
		error: undefined,
		params: {},
		location: { pathname: '/', search: '', hash: '', state: null, key: 'default' },
	} as unknown as MetaArgs & { data: Data }
}

/** The content of a meta tag by name or Open Graph property, the canonical href, or the title. */
export function metaContent(tags: MetaDescriptor[], key: string) {
	for (const tag of tags as Array<Record<string, unknown>>) {
		if (key === 'title' && typeof tag.title === 'string') return tag.title
		if (key === 'canonical' && tag.tagName === 'link' && tag.rel === 'canonical') return tag.href as string
		if (tag.name === key || tag.property === key) return tag.content as string
	}
	return undefined
}
