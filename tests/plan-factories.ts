// Test data for support plans, placement agreements and checklists: a placement with its people,
// and a plan, straight into the database (the forms themselves are tested through their routes).
import { calendarDay } from '#app/utils/amsterdam-time.ts'
import { prisma } from '#app/utils/db.server.ts'
import { createCandidate } from './candidate-factories.ts'
import { createSignedInUser } from './factories.ts'

/**
 * A coach (signed in) with a colleague and a coach of another organisation, an employer organisation
 * with a signed-in employer, a candidate with an email address, and an active placement of
 * `hoursPerWeek` contract hours on a place of `placeType` from `startDate`.
 */
export async function createPlacementWorld({
	placeType = 'WORK_EXPERIENCE',
	startDate = '2026-03-02',
	hoursPerWeek = 24,
}: { placeType?: string; startDate?: string; hoursPerWeek?: number } = {}) {
	const coach = await createSignedInUser({ role: 'JOBCOACH', name: 'Fatima El Amrani' })
	const organizationId = coach.organization.id
	await prisma.organization.update({ where: { id: organizationId }, data: { name: 'Jobcoachbureau De Brug' } })
	const colleague = await createSignedInUser({ role: 'JOBCOACH', organizationId, name: 'Joost Verbeek' })
	const otherOrgCoach = await createSignedInUser({ role: 'JOBCOACH', name: 'Ander Bureau' })
	const coordinator = await createSignedInUser({ role: 'COORDINATOR', organizationId })
	const employer = await createSignedInUser({ role: 'EMPLOYER', name: 'Els Werkgever' })
	const employerId = employer.organization.id
	await prisma.organization.update({ where: { id: employerId }, data: { name: 'Hoveniersbedrijf Groen' } })
	const candidate = await createCandidate({
		organizationId,
		primaryCoachId: coach.user.id,
		stage: 'WORKING',
		firstName: 'Sanne',
		lastName: 'de Vries',
	})
	const place = await prisma.place.create({
		data: {
			organizationId: employerId,
			type: placeType,
			title: 'Medewerker groenvoorziening',
			description: 'Meewerken in het groenonderhoud van het bedrijventerrein.',
			hoursMin: 12,
			hoursMax: 24,
			spots: 1,
			status: 'PUBLISHED',
			publishedAt: calendarDay('2026-01-05'),
		},
	})
	const placement = await prisma.placement.create({
		data: {
			candidateId: candidate.id,
			placeId: place.id,
			coachingOrganizationId: organizationId,
			employerOrganizationId: employerId,
			startDate: calendarDay(startDate),
			hoursPerWeek,
			supervisorName: 'Marieke Jansen',
			supervisorContact: 'marieke@groen.test',
			durableOn: calendarDay(startDate),
			createdById: coach.user.id,
		},
	})
	return {
		coach,
		colleague,
		otherOrgCoach,
		coordinator,
		employer,
		organizationId,
		employerId,
		candidate,
		place,
		placement,
	}
}

export type PlacementWorld = Awaited<ReturnType<typeof createPlacementWorld>>

/** A support plan for the placement: two goals, two review dates, hours-per-week method unless told. */
export function createSupportPlan(
	placementId: string,
	{
		startsOn = '2026-03-02',
		durationMonths = 24,
		intensityMethod = 'HOURS_PER_WEEK',
		supportHoursPerWeek = 2,
		supportPercent = 10,
		supportRegime = 'MEDIUM',
		goals = ['Ik wil zelfstandig de ochtendronde doen.', 'Ik wil aangeven wanneer het me te veel wordt.'],
		reviewDates = ['2026-09-01', '2027-03-01'],
	}: {
		startsOn?: string
		durationMonths?: number
		intensityMethod?: string
		supportHoursPerWeek?: number
		supportPercent?: number
		supportRegime?: string
		goals?: string[]
		reviewDates?: string[]
	} = {},
) {
	return prisma.supportPlan.create({
		data: {
			placementId,
			coachTasks: 'Wekelijks contact, meedenken over taken en belasting.',
			employerTasks: 'Zorgt voor een vaste werkplek en vaste begintijden.',
			supervisorTasks: 'Dagelijkse start met de taken, aanspreekpunt bij vragen.',
			intensityMethod,
			supportHoursPerWeek,
			supportPercent,
			supportRegime,
			startsOn: calendarDay(startsOn),
			durationMonths,
			requestedBy: 'EMPLOYEE',
			funder: 'MUNICIPALITY',
			funderName: 'Gemeente Doetinchem',
			goals: { create: goals.map((text, position) => ({ text, position })) },
			reviewDates: { create: reviewDates.map((dueOn) => ({ dueOn: calendarDay(dueOn) })) },
		},
		include: { goals: { orderBy: { position: 'asc' } }, reviewDates: true },
	})
}
