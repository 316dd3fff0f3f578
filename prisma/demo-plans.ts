// Demo support plan, placement agreement and checklist for the demo placement on a work-experience
// place (seed-matching.server.ts): a plan in the candidate's own words with one review held a few
// days ago, agreement version 1 accepted by all three parties and version 2 (one morning more)
// waiting for the employer, and half the checklist ticked. Dates are relative to the seeding moment.
// Written once: a placement that already has a support plan is left alone.
import { meanToOneDecimal } from '#app/domain/plans/plan-review-rules.ts'
import { addDays, addMonths, toDay } from '#app/domain/matching/placement-rules.ts'
import { amsterdamDate, calendarDay } from '#app/utils/amsterdam-time.ts'
import { prisma } from '#app/utils/db.server.ts'

const DAY = 24 * 60 * 60 * 1000

export type PlansSeedSummary = { supportPlans: number; agreements: number; checklistItems: number }

export async function seedPlans({
	organizationId,
	moment,
}: {
	organizationId: string
	moment: Date
}): Promise<PlansSeedSummary> {
	const none = { supportPlans: 0, agreements: 0, checklistItems: 0 }
	const placement = await prisma.placement.findFirst({
		where: { coachingOrganizationId: organizationId, place: { type: 'WORK_EXPERIENCE' }, status: { not: 'ENDED' } },
		orderBy: { createdAt: 'asc' },
		select: {
			id: true,
			startDate: true,
			hoursPerWeek: true,
			supervisorName: true,
			createdById: true,
			supportPlan: { select: { id: true } },
			candidate: { select: { firstName: true, lastName: true, email: true } },
			place: { select: { tasks: true } },
			employerOrganization: {
				select: {
					memberships: {
						where: { role: 'EMPLOYER' },
						orderBy: { createdAt: 'asc' },
						take: 1,
						select: { user: { select: { name: true, email: true } } },
					},
				},
			},
		},
	})
	if (!placement || placement.supportPlan) return none
	const coach = placement.createdById
		? await prisma.user.findUnique({
				where: { id: placement.createdById },
				select: { id: true, name: true, email: true },
			})
		: null
	const signatory = placement.employerOrganization.memberships[0]?.user
	if (!coach || !signatory) return none

	const start = toDay(placement.startDate)
	const today = amsterdamDate(moment)
	const daysAgo = (days: number) => new Date(moment.getTime() - days * DAY)
	const candidateName = [placement.candidate.firstName, placement.candidate.lastName].filter(Boolean).join(' ')
	const heldOn = addDays(today, -3)
	const name = placement.candidate.firstName ?? candidateName
	const hours = placement.hoursPerWeek

	await prisma.$transaction(async (tx) => {
		const plan = await tx.supportPlan.create({
			data: {
				placementId: placement.id,
				coachTasks: `Eens per twee weken een ochtend mee op de werkplek, daarna een korte check-in. Bereikbaar voor de werkbegeleider bij vragen, en samen met ${name} de evaluaties voorbereiden.`,
				employerTasks:
					'Vaste ploeg en vaste werkdagen; nieuwe klussen eerst voordoen. Een rustige plek om te pauzeren op de werf.',
				supervisorTasks:
					'Begint elke werkdag met de planning en wie wat doet. Aanspreekpunt bij vragen; belt de jobcoach als het minder gaat.',
				intensityMethod: 'PERCENT_OF_CONTRACT',
				supportHoursPerWeek: 2,
				supportPercent: 15,
				supportRegime: 'MEDIUM',
				startsOn: placement.startDate,
				durationMonths: 12,
				requestedBy: 'EMPLOYEE',
				funder: 'MUNICIPALITY',
				funderName: 'Gemeente Doetinchem',
				createdById: coach.id,
				createdAt: daysAgo(44),
				goals: {
					create: [
						'Ik wil zelf kunnen snoeien zonder dat er steeds iemand naast me staat.',
						'Ik wil drie ochtenden per week volhouden zonder dat ik de dag erna kapot ben.',
						'Ik wil zelf zeggen wanneer ik even pauze nodig heb.',
					].map((text, position) => ({ text, position, createdAt: daysAgo(44) })),
				},
				reviewDates: {
					create: [heldOn, addDays(today, 60), addMonths(start, 9)].map((day) => ({ dueOn: calendarDay(day) })),
				},
			},
			include: { goals: { orderBy: { position: 'asc' } } },
		})

		const checkIns = await tx.placementCheckIn.findMany({
			where: { placementId: placement.id, doneOn: { gte: placement.startDate, lte: calendarDay(heldOn) } },
			select: { balance: true },
		})
		const balances = checkIns.flatMap((checkIn) => checkIn.balance ?? [])
		const progress = [
			['SOME', 'Snoeit de hagen nu zelfstandig; bij nieuwe planten nog vaak een vraag.'],
			['GOOD', 'Drie ochtenden gaan goed; wil een vierde ochtend proberen.'],
			['SOME', 'Zegt het vaker zelf; bij drukte nog niet.'],
		] as const
		await tx.supportPlanReview.create({
			data: {
				planId: plan.id,
				kind: 'REVIEW',
				heldOn: calendarDay(heldOn),
				periodFrom: placement.startDate,
				periodTo: calendarDay(heldOn),
				checkInCount: checkIns.length,
				balanceAverage: meanToOneDecimal(balances),
				stepBackCount: 0,
				stepBackDays: 0,
				balance: 4,
				balanceNote: 'Moe na de derde ochtend, maar herstelt in het weekend.',
				decision: 'CONTINUE',
				motivation: `Voorstel: doorgaan met dezelfde begeleiding. ${name} groeit in zelfstandigheid; met een ochtend erbij blijft de begeleiding voorlopig nodig om de balans te bewaken.`,
				recordedById: coach.id,
				createdAt: daysAgo(3),
				goalProgress: {
					create: plan.goals.flatMap((goal, index) => {
						const entry = progress[index]
						return entry ? [{ goalId: goal.id, goalText: goal.text, progress: entry[0], note: entry[1] }] : []
					}),
				},
			},
		})

		const agreement = {
			placementId: placement.id,
			periodFrom: placement.startDate,
			periodTo: calendarDay(addMonths(start, 6)),
			tasks: placement.place.tasks || 'Meewerken in het groenonderhoud.',
			supervision: `${placement.supervisorName} (voorman) begeleidt op de werkplek; de jobcoach komt eens per twee weken langs.`,
			compensation: 'Met behoud van uitkering. Werkkleding en gereedschap van de werkgever.',
			insurance: 'Collectieve ongevallen- en aansprakelijkheidsverzekering van de gemeente Doetinchem.',
			stepBackClause: `${name} mag altijd een stap terug doen als het te veel wordt. De plek blijft dan open; samen met de jobcoach spreken we af wanneer het werk weer begint.`,
			candidateName,
			candidateEmail: placement.candidate.email,
			employerSignatoryName: signatory.name,
			employerSignatoryEmail: signatory.email,
			coachName: coach.name,
			coachEmail: coach.email,
			createdById: coach.id,
		}
		const acceptedAt = daysAgo(46)
		await tx.placementAgreement.create({
			data: {
				...agreement,
				version: 1,
				status: 'ACCEPTED',
				hoursPerWeek: hours,
				days: JSON.stringify(['TUE', 'THU', 'FRI']),
				createdAt: daysAgo(48),
				lockedAt: acceptedAt,
				acceptances: {
					create: [
						{ party: 'COACHING', acceptedName: coach.name, acceptedAt: daysAgo(47), linkSentAt: daysAgo(48) },
						{
							party: 'CANDIDATE',
							acceptedName: candidateName,
							acceptedAt: daysAgo(47),
							coachPresent: true,
							acceptedOnScreenOfId: coach.id,
							linkSentAt: daysAgo(47),
						},
						{ party: 'EMPLOYER', acceptedName: signatory.name, acceptedAt, linkSentAt: daysAgo(48) },
					],
				},
			},
		})
		await tx.placementAgreement.create({
			data: {
				...agreement,
				version: 2,
				status: 'PENDING',
				hoursPerWeek: hours + 4,
				days: JSON.stringify(['MON', 'TUE', 'THU', 'FRI']),
				changeNote: `Een ochtend erbij: voortaan ook op maandag, van ${hours} naar ${hours + 4} uur per week (na de evaluatie).`,
				createdAt: daysAgo(2),
				acceptances: {
					create: [
						{ party: 'COACHING', acceptedName: coach.name, acceptedAt: daysAgo(2), linkSentAt: daysAgo(2) },
						{
							party: 'CANDIDATE',
							acceptedName: candidateName,
							acceptedAt: daysAgo(2),
							coachPresent: true,
							acceptedOnScreenOfId: coach.id,
							linkSentAt: daysAgo(2),
						},
						// No link was made for the demo, so none is claimed to have gone out: the coach mails it.
						{ party: 'EMPLOYER' },
					],
				},
			},
		})

		const ticked = [
			['benefitsAgencyInformed', 50],
			['maxDurationAgreed', 46],
			['supervisorAssigned', 45],
		] as const
		for (const [itemKey, days] of ticked) {
			await tx.placementChecklistItem.create({
				data: { placementId: placement.id, itemKey, doneAt: daysAgo(days), doneById: coach.id },
			})
		}
	})
	return { supportPlans: 1, agreements: 2, checklistItems: 3 }
}
