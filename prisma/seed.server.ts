/**
 * Loads the demo data (prisma/demo-data.ts) into the database. Idempotent: every row is looked up by
 * a stable key first and only written when it is missing or differs, so a second run writes nothing.
 *
 * Stable keys: users by email; employers by KvK number; the platform, the coaching organisation and
 * the stakeholders by kind + name; memberships by (user, organisation), with the demo's role and
 * contracted hours; contact persons by (organisation, email); places by (organisation, title). A
 * place's status and dates are only set when it is created (they are relative to that moment); later
 * runs only bring its content back to the demo text. The demo network (relationships, timelines, events, the sounding-board group) follows
 * the same rules: see seed-network.server.ts.
 * Rows that are not part of the demo data are never touched or deleted.
 *
 * Demo accounts are kept usable: confirmed, not disabled, and their password is (re)set to the demo
 * password when it no longer verifies, so the printed logins table always works.
 *
 * At the end every place and candidate is marked for the search index (search/outbox.server.ts), so
 * the sync worker fills a fresh demo's indexes; a mark on an unchanged row only reindexes it.
 */
import { hashPassword, verifyPassword } from '#app/domain/auth/password.server.ts'
import { findTown, findTownInMunicipality } from '#app/domain/geo/towns.server.ts'
import { PLACE_LIFETIME_DAYS } from '#app/domain/places/place-options.ts'
import { amsterdamDate } from '#app/utils/amsterdam-time.ts'
import { now } from '#app/utils/clock.server.ts'
import { prepareDatabase, prisma } from '#app/utils/db.server.ts'
import { type OrganizationKind, type Role } from '#app/utils/permissions.ts'
import { markForReindex } from '#search/outbox.server.ts'
import { buildDemoData, type DemoContactPerson, type DemoPerson } from './demo-data.ts'
import { demoStakeholders } from './demo-network.ts'
import { demoPlaces, demoViewCount, type DemoPlace } from './demo-places.ts'
import { seedPlans } from './demo-plans.ts'
import { seedCaseload } from './seed-caseload.server.ts'
import { seedMatching } from './seed-matching.server.ts'
import { seedNetwork, type NetworkSeedSummary } from './seed-network.server.ts'

export const platformOrganizationName = 'Werkverbinder'

export type SeedSummary = {
	/** Demo organisations ensured: platform + coaching + employers + stakeholders. */
	organizations: number
	/** Demo user accounts ensured. */
	users: number
	/** Demo contact persons ensured. */
	contactPersons: number
	/** Demo places ensured. */
	places: number
	/** Demo candidates of the coaching organisation ensured. */
	candidates: number
	/** The demo network of the coaching organisation. */
	network: Pick<NetworkSeedSummary, 'relationships' | 'activities' | 'events'>
	/** Rows (organisations, users, memberships, contact persons, places, network rows) this run created or updated. */
	changes: { created: number; updated: number }
}

type OrganizationFields = {
	kind: OrganizationKind
	name: string
	kvkNumber: string | null
	sector: string | null
	town: string | null
	municipality: string | null
	municipalityCode?: string | null
	latitude?: number | null
	longitude?: number | null
	website: string | null
	description: string | null
	stakeholderType?: string | null
}

type Changes = SeedSummary['changes']

/** The fields of `wanted` whose value differs from `existing` (plain strings, numbers and nulls only). */
function changedFields<T extends Record<string, string | number | null | undefined>>(
	existing: Record<string, unknown>,
	wanted: T,
) {
	const changed: Partial<T> = {}
	for (const key of Object.keys(wanted) as (keyof T & string)[]) {
		if (existing[key] !== wanted[key]) changed[key] = wanted[key]
	}
	return changed
}

function isEmpty(value: object) {
	return Object.keys(value).length === 0
}

async function ensureOrganization(fields: OrganizationFields, changes: Changes) {
	const existing = fields.kvkNumber
		? await prisma.organization.findUnique({ where: { kvkNumber: fields.kvkNumber } })
		: await prisma.organization.findFirst({
				where: { kind: fields.kind, name: fields.name },
				orderBy: { createdAt: 'asc' },
			})
	if (!existing) {
		changes.created++
		return prisma.organization.create({ data: fields })
	}
	const data = changedFields(existing, fields)
	if (isEmpty(data)) return existing
	changes.updated++
	return prisma.organization.update({ where: { id: existing.id }, data })
}

async function ensureUser(person: DemoPerson, password: string, demoHash: () => Promise<string>, changes: Changes) {
	const existing = await prisma.user.findUnique({
		where: { email: person.email },
		select: { id: true, name: true, emailVerifiedAt: true, disabledAt: true, password: { select: { hash: true } } },
	})
	if (!existing) {
		changes.created++
		return prisma.user.create({
			data: {
				email: person.email,
				name: person.name,
				emailVerifiedAt: new Date(),
				password: { create: { hash: await demoHash() } },
			},
			select: { id: true },
		})
	}
	const data: {
		name?: string
		emailVerifiedAt?: Date
		disabledAt?: null
		password?: { upsert: { create: { hash: string }; update: { hash: string } } }
	} = {}
	if (existing.name !== person.name) data.name = person.name
	if (!existing.emailVerifiedAt) data.emailVerifiedAt = new Date()
	if (existing.disabledAt) data.disabledAt = null
	if (!existing.password || !(await verifyPassword(existing.password.hash, password))) {
		const hash = await demoHash()
		data.password = { upsert: { create: { hash }, update: { hash } } }
	}
	if (isEmpty(data)) return { id: existing.id }
	changes.updated++
	return prisma.user.update({ where: { id: existing.id }, data, select: { id: true } })
}

async function ensureMembership(
	userId: string,
	organizationId: string,
	role: Role,
	changes: Changes,
	contractHours: number | null = null,
) {
	const existing = await prisma.membership.findUnique({
		where: { userId_organizationId: { userId, organizationId } },
		select: { id: true, role: true, contractHours: true },
	})
	if (!existing) {
		changes.created++
		await prisma.membership.create({ data: { userId, organizationId, role, contractHours } })
	} else if (existing.role !== role || existing.contractHours !== contractHours) {
		changes.updated++
		await prisma.membership.update({ where: { id: existing.id }, data: { role, contractHours } })
	}
}

async function ensureContactPerson(organizationId: string, contact: DemoContactPerson, changes: Changes) {
	const existing = await prisma.contactPerson.findFirst({
		where: { organizationId, email: contact.email },
		orderBy: { createdAt: 'asc' },
	})
	const fields = { name: contact.name, jobTitle: contact.jobTitle, phone: contact.phone }
	if (!existing) {
		changes.created++
		return prisma.contactPerson.create({ data: { organizationId, email: contact.email, ...fields } })
	}
	const data = changedFields(existing, fields)
	if (isEmpty(data)) return existing
	changes.updated++
	return prisma.contactPerson.update({ where: { id: existing.id }, data })
}

const DAY = 24 * 60 * 60 * 1000

type PlaceEmployer = {
	organizationId: string
	sector: string
	town: string
	municipality: string
	/** The first contact person: the demo places' contact. */
	contactPersonId: string | null
	accountHolderId: string | null
}

/** Where a demo place is: the employer's own town (matched by name and municipality) or another town. */
function demoPlaceLocation(place: DemoPlace, employer: PlaceEmployer) {
	const town = place.town ? findTown(place.town) : findTownInMunicipality(employer.town, employer.municipality)
	if (!town) throw new Error(`Demo place "${place.title}": unknown town ${place.town ?? employer.town}`)
	return {
		locationMode: place.town ? 'TOWN' : 'ORGANIZATION',
		// The organisation's own town is copied as the organisation stores it.
		town: place.town ? town.label : employer.town,
		municipality: town.municipality,
		latitude: town.latitude,
		longitude: town.longitude,
	}
}

/** The text and options of a demo place: what a later run keeps in line with the demo data. */
function demoPlaceContent(place: DemoPlace, employer: PlaceEmployer) {
	return {
		type: place.type,
		description: place.description,
		tasks: place.tasks,
		sector: employer.sector,
		...demoPlaceLocation(place, employer),
		workMode: place.workMode ?? 'ON_SITE',
		hoursMin: place.hours[0],
		hoursMax: place.hours[1],
		days: JSON.stringify(place.days),
		duration: place.duration ?? null,
		compensation: place.compensation ?? null,
		spots: place.spots ?? 1,
		supervision: JSON.stringify(place.supervision),
		adaptations: JSON.stringify(place.adaptations),
		accessibility: JSON.stringify(place.accessibility),
		requirements: place.requirements ?? null,
		learning: place.learning ?? null,
		contactPersonId: place.withContact === false ? null : employer.contactPersonId,
	}
}

/** Status and dates, relative to the moment the place is first seeded. */
function demoPlaceLifecycle(place: DemoPlace, index: number, moment: Date) {
	const startDate =
		place.startInDays === undefined
			? null
			: new Date(`${amsterdamDate(new Date(moment.getTime() + place.startInDays * DAY))}T00:00:00.000Z`)
	const base = { startDate, viewCount: demoViewCount(place, index) }
	if (place.state === 'DRAFT') return { ...base, status: 'DRAFT' }
	const publishedAt = new Date(moment.getTime() - (place.publishedDaysAgo ?? 10) * DAY)
	const expiresAt = new Date(publishedAt.getTime() + PLACE_LIFETIME_DAYS * DAY)
	const published = { ...base, publishedAt, expiresAt }
	switch (place.state) {
		case 'PUBLISHED':
		case 'PAUSED':
			return { ...published, status: place.state }
		case 'FILLED': {
			const closedAt = new Date(publishedAt.getTime() + Math.ceil((place.publishedDaysAgo ?? 10) / 2) * DAY)
			return { ...published, status: 'FILLED', closedAt }
		}
		case 'EXPIRED':
			return { ...published, status: 'CLOSED', closedAt: expiresAt, closedReason: 'EXPIRED' }
	}
}

async function ensurePlace(place: DemoPlace, index: number, employer: PlaceEmployer, moment: Date, changes: Changes) {
	const existing = await prisma.place.findFirst({
		where: { organizationId: employer.organizationId, title: place.title },
		orderBy: { createdAt: 'asc' },
	})
	const content = demoPlaceContent(place, employer)
	if (!existing) {
		changes.created++
		await prisma.place.create({
			data: {
				organizationId: employer.organizationId,
				title: place.title,
				createdById: employer.accountHolderId,
				...content,
				...demoPlaceLifecycle(place, index, moment),
			},
		})
		return
	}
	const data = Object.fromEntries(
		Object.entries(content).filter(([key, value]) => existing[key as keyof typeof existing] !== value),
	)
	if (isEmpty(data)) return
	changes.updated++
	await prisma.place.update({ where: { id: existing.id }, data })
}

/** Loads the demo data set; safe to run any number of times. */
export async function seedDemoData({ log = () => {} }: { log?: (message: string) => void } = {}): Promise<SeedSummary> {
	await prepareDatabase()
	const data = buildDemoData()
	const changes: Changes = { created: 0, updated: 0 }

	// argon2 is slow on purpose: hash at most once per run, and only when some account needs it.
	let hashPromise: Promise<string> | undefined
	const demoHash = () => (hashPromise ??= hashPassword(data.password))
	const ensureAccount = async (
		person: DemoPerson,
		organizationId: string,
		role: Role,
		contractHours?: number | null,
	) => {
		const user = await ensureUser(person, data.password, demoHash, changes)
		await ensureMembership(user.id, organizationId, role, changes, contractHours)
		return user
	}

	const platform = await ensureOrganization(
		{
			kind: 'PLATFORM',
			name: platformOrganizationName,
			kvkNumber: null,
			sector: null,
			town: null,
			municipality: null,
			website: null,
			description: null,
		},
		changes,
	)
	await ensureAccount(data.admin, platform.id, 'ADMIN')
	log(`Platform: ${platform.name}, 1 admin account`)

	const coaching = data.coachingOrganization
	const coachingOrganization = await ensureOrganization(
		{
			kind: 'COACHING',
			name: coaching.name,
			kvkNumber: null,
			sector: null,
			town: coaching.town,
			municipality: coaching.municipality,
			website: coaching.website,
			description: coaching.description,
		},
		changes,
	)
	const coachIds: string[] = []
	let coordinatorId: string | undefined
	for (const member of coaching.members) {
		const user = await ensureAccount(member, coachingOrganization.id, member.role, member.contractHours)
		if (member.role === 'JOBCOACH') coachIds.push(user.id)
		else coordinatorId ??= user.id
	}
	log(`Coaching organisation: ${coachingOrganization.name}, ${coaching.members.length} accounts`)

	let employerAccounts = 0
	let contactPersons = 0
	const placeEmployers = new Map<string, PlaceEmployer>()
	for (const employer of data.employers) {
		// Stored as the town picker stores it: the unique label with municipality code and coordinates.
		const town = findTownInMunicipality(employer.town, employer.municipality)
		if (!town) throw new Error(`Demo employer "${employer.name}": unknown town ${employer.town}`)
		const organization = await ensureOrganization(
			{
				kind: 'EMPLOYER',
				name: employer.name,
				kvkNumber: employer.kvkNumber,
				// The SBI section letter; the UI names it through sbiSections in the active language.
				sector: employer.sector,
				town: town.label,
				municipality: town.municipality,
				municipalityCode: town.municipalityCode,
				latitude: town.latitude,
				longitude: town.longitude,
				website: employer.website,
				description: employer.description,
			},
			changes,
		)
		let firstContactId: string | null = null
		for (const contact of employer.contactPersons) {
			const contactPerson = await ensureContactPerson(organization.id, contact, changes)
			firstContactId ??= contactPerson.id
			contactPersons++
		}
		let accountHolderId: string | null = null
		if (employer.accountHolder) {
			accountHolderId = (await ensureAccount(employer.accountHolder, organization.id, 'EMPLOYER')).id
			employerAccounts++
		}
		placeEmployers.set(employer.kvkNumber, {
			organizationId: organization.id,
			sector: employer.sector,
			town: town.label,
			municipality: employer.municipality,
			contactPersonId: firstContactId,
			accountHolderId,
		})
	}
	log(
		`Employers: ${data.employers.length} organisations, ${employerAccounts} accounts, ${contactPersons} contact persons`,
	)

	for (const stakeholder of demoStakeholders) {
		const town = findTownInMunicipality(stakeholder.town, stakeholder.municipality)
		if (!town) throw new Error(`Demo stakeholder "${stakeholder.name}": unknown town ${stakeholder.town}`)
		const organization = await ensureOrganization(
			{
				kind: 'STAKEHOLDER',
				name: stakeholder.name,
				stakeholderType: stakeholder.stakeholderType,
				kvkNumber: null,
				sector: null,
				town: town.label,
				municipality: town.municipality,
				municipalityCode: town.municipalityCode,
				latitude: town.latitude,
				longitude: town.longitude,
				website: stakeholder.website,
				description: stakeholder.description,
			},
			changes,
		)
		for (const contact of stakeholder.contactPersons) {
			await ensureContactPerson(organization.id, contact, changes)
			contactPersons++
		}
	}
	log(`Stakeholders: ${demoStakeholders.length} organisations`)

	const moment = now()
	for (const [index, place] of demoPlaces.entries()) {
		const employer = placeEmployers.get(place.employerKvk)
		if (!employer) throw new Error(`Demo place "${place.title}": no employer with KvK ${place.employerKvk}`)
		await ensurePlace(place, index, employer, moment, changes)
	}
	log(`Places: ${demoPlaces.length} places of ${placeEmployers.size} employers`)

	const [demoCoach, secondCoach, thirdCoach] = coachIds
	if (!demoCoach || !secondCoach || !thirdCoach)
		throw new Error('The demo coaching organisation needs three jobcoaches')
	const caseload = await seedCaseload({
		organizationId: coachingOrganization.id,
		coachIds: [demoCoach, secondCoach, thirdCoach],
		employerIdsByKvk: new Map([...placeEmployers].map(([kvk, employer]) => [kvk, employer.organizationId])),
		moment,
	})
	changes.created += caseload.created
	log(`Candidates: ${caseload.candidates} in ${coachingOrganization.name}`)
	const matching = await seedMatching({ organizationId: coachingOrganization.id, coachId: demoCoach, moment })
	changes.created += matching.proposals + matching.placements
	if (matching.proposals)
		log(`Matching: ${matching.proposals} proposals, ${matching.placements} placement with check-ins`)
	const plans = await seedPlans({ organizationId: coachingOrganization.id, moment })
	changes.created += plans.supportPlans + plans.agreements + plans.checklistItems
	if (plans.supportPlans)
		log(
			`Plans: ${plans.supportPlans} support plan with a review, ${plans.agreements} agreement versions, ${plans.checklistItems} checklist steps ticked`,
		)
	if (!coordinatorId) throw new Error('The demo coaching organisation needs a coordinator')
	const network = await seedNetwork({
		networkId: coachingOrganization.id,
		coordinatorId,
		jobcoachId: demoCoach,
		moment,
	})
	changes.created += network.created
	changes.updated += network.updated
	log(
		`Network: ${network.relationships} relationships, ${network.activities} timeline entries, ${network.events} events, 1 group`,
	)

	const placeIds = (await prisma.place.findMany({ select: { id: true } })).map((place) => place.id)
	await markForReindex(prisma, 'places', placeIds)
	log(`Search: ${placeIds.length} places and every candidate marked for indexing`)

	return {
		organizations: 2 + data.employers.length + demoStakeholders.length,
		users: 1 + coaching.members.length + employerAccounts,
		contactPersons,
		places: demoPlaces.length,
		candidates: caseload.candidates,
		network: { relationships: network.relationships, activities: network.activities, events: network.events },
		changes,
	}
}
