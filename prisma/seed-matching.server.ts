// Demo matching: one fresh proposal in the Hofje employer's inbox, and one placement that started
// six weeks ago with its check-ins (the early ones held), so every matching page has something to
// show. Written once: a coaching organisation that already has proposals is left alone.
import { addProposalEvent } from '#app/domain/matching/proposal-timeline.server.ts'
import { checkInSchedule, durableOn } from '#app/domain/matching/placement-rules.ts'
import { prisma, type Prisma } from '#app/utils/db.server.ts'

const DAY = 24 * 60 * 60 * 1000

function placeOf(accountEmail: string) {
	return prisma.place.findFirst({
		where: { status: 'PUBLISHED', organization: { memberships: { some: { user: { email: accountEmail } } } } },
		orderBy: { createdAt: 'asc' },
		select: { id: true, organizationId: true },
	})
}

export async function seedMatching({
	organizationId,
	coachId,
	moment,
}: {
	organizationId: string
	coachId: string
	moment: Date
}): Promise<{ proposals: number; placements: number }> {
	if (await prisma.proposal.count({ where: { coachingOrganizationId: organizationId } })) {
		return { proposals: 0, placements: 0 }
	}
	const findable = {
		organizationId,
		active: true,
		erasedAt: null,
		consents: { some: { purpose: 'EMPLOYER_SEARCH', withdrawnAt: null } },
	} satisfies Prisma.CandidateWhereInput
	// The placed candidate is one already at work, so the demo's stage history stays as written.
	const placed = await prisma.candidate.findFirst({
		where: { ...findable, stage: 'WORKING' },
		orderBy: { code: 'asc' },
		select: { id: true },
	})
	const proposed = await prisma.candidate.findFirst({
		where: { ...findable, primaryCoachId: coachId, stage: 'JOB_SEEKING', id: { not: placed?.id } },
		orderBy: { code: 'asc' },
		select: { id: true },
	})
	const hofje = await placeOf('werkgever@hofje.test')
	const wilgenhoek = await placeOf('werkgever@wilgenhoek.test')
	if (!proposed || !placed || !hofje || !wilgenhoek) return { proposals: 0, placements: 0 }
	const daysAgo = (days: number) => new Date(moment.getTime() - days * DAY)
	const calendarDay = (days: number) => new Date(`${daysAgo(days).toISOString().slice(0, 10)}T00:00:00.000Z`)

	await prisma.$transaction(async (tx) => {
		const fresh = await tx.proposal.create({
			data: {
				candidateId: proposed.id,
				placeId: hofje.id,
				coachingOrganizationId: organizationId,
				employerOrganizationId: hofje.organizationId,
				proposedById: coachId,
				motivation:
					'Werkt graag met de handen en in een vaste structuur. Wil rustig starten met een paar ochtenden per week en heeft zin in jullie team.',
				createdAt: daysAgo(2),
			},
		})
		await addProposalEvent(tx, { proposalId: fresh.id, kind: 'PROPOSED', actorId: coachId })

		const done = await tx.proposal.create({
			data: {
				candidateId: placed.id,
				placeId: wilgenhoek.id,
				coachingOrganizationId: organizationId,
				employerOrganizationId: wilgenhoek.organizationId,
				proposedById: coachId,
				motivation: 'Zoekt een plek met vaste collega’s en duidelijke taken; is betrouwbaar en nauwkeurig.',
				status: 'PLACED',
				introAt: daysAgo(50),
				introLocation: 'Op de werkplek',
				createdAt: daysAgo(60),
			},
		})
		const steps = [
			['PROPOSED', 60],
			['ACCEPTED', 57],
			['IDENTITY_SHARED', 55],
			['INTRO_PLANNED', 55],
			['PLACED', 45],
		] as const
		for (const [kind, days] of steps) {
			const event = await addProposalEvent(tx, { proposalId: done.id, kind, actorId: coachId })
			await tx.proposalEvent.update({ where: { id: event.id }, data: { createdAt: daysAgo(days) } })
		}
		await tx.candidateConsent.create({
			data: {
				candidateId: placed.id,
				purpose: 'IDENTITY_SHARE',
				employerOrganizationId: wilgenhoek.organizationId,
				proposalId: done.id,
				basis: 'VERBAL',
				givenOn: calendarDay(55),
				recordedById: coachId,
				recordedAt: daysAgo(55),
			},
		})
		const startDate = calendarDay(45)
		const placement = await tx.placement.create({
			data: {
				candidateId: placed.id,
				placeId: wilgenhoek.id,
				proposalId: done.id,
				coachingOrganizationId: organizationId,
				employerOrganizationId: wilgenhoek.organizationId,
				startDate,
				hoursPerWeek: 12,
				supervisorName: 'Marieke Jansen',
				supervisorContact: '0314 123 456',
				durableOn: new Date(`${durableOn(startDate)}T00:00:00.000Z`),
				createdById: coachId,
			},
		})
		const today = calendarDay(0).getTime()
		const notes = [
			['Spannend, maar de collega’s zijn aardig.', 'Goede eerste week; nog veel uitleg nodig.', 3],
			['Ritme gevonden; moe na drie ochtenden.', 'Werkt nauwkeurig.', 3],
			['Gaat goed, wil misschien een ochtend erbij.', 'Past goed in het team.', 4],
			['Fijn dat de taken vast zijn.', 'Steeds zelfstandiger.', 4],
			['Blij met de plek.', 'Tevreden.', 4],
		] as const
		let held = 0
		for (const due of checkInSchedule(startDate)) {
			const dueOn = new Date(`${due}T00:00:00.000Z`)
			const note = dueOn.getTime() < today - 2 * DAY ? notes[held++] : undefined
			await tx.placementCheckIn.create({
				data: {
					placementId: placement.id,
					dueOn,
					...(note
						? { doneOn: dueOn, candidateNote: note[0], employerNote: note[1], balance: note[2], recordedById: coachId }
						: {}),
				},
			})
		}
	})
	return { proposals: 2, placements: 1 }
}
