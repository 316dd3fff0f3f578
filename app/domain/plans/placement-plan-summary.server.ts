// One status line each for the support plan and the placement agreement, for the "plan and
// agreements" section of the placement page. Read straight from the rows so the page does not
// depend on how the plan and agreement pages load their own data.
import { addDays, toDay } from '#app/domain/matching/placement-rules.ts'
import { amsterdamDate, calendarDay } from '#app/utils/amsterdam-time.ts'
import { prisma } from '#app/utils/db.server.ts'
import { planEndsOn, REASSESSMENT_WINDOW_DAYS, reassessmentStatus } from './plan-dates.ts'
import { agreementParties, isAgreementPlaceType, type AgreementParty } from './plan-options.ts'

export type PlanSummary =
	| { state: 'none' }
	/** The maximum duration ends within the notice period (or has ended) and no re-assessment was held in it. */
	| { state: 'reassessment-due'; endsOn: string; ended: boolean }
	| { state: 'reassessed'; heldOn: string; endsOn: string }
	| { state: 'review-planned'; nextReviewOn: string }
	| { state: 'no-review-planned' }

export type AgreementSummary =
	/** Paid work has an employment contract instead. */
	| { state: 'not-applicable' }
	| { state: 'none' }
	| {
			state: 'pending'
			version: number
			/** The parties whose acceptance is still missing, in the fixed party order. */
			waitingFor: AgreementParty[]
			/** The version that holds meanwhile, when an earlier one was accepted. */
			inForce: { version: number; acceptedOn: string } | null
	  }
	| { state: 'accepted'; version: number; acceptedOn: string }

export type PlacementPlanSummary = { plan: PlanSummary; agreement: AgreementSummary }

export async function getPlacementPlanSummary(
	placementId: string,
	placeType: string,
	today: string,
): Promise<PlacementPlanSummary> {
	const [plan, agreements] = await Promise.all([
		prisma.supportPlan.findUnique({
			where: { placementId },
			select: {
				startsOn: true,
				durationMonths: true,
				reviewDates: { where: { dueOn: { gte: calendarDay(today) } }, select: { dueOn: true } },
				reviews: { where: { kind: 'REASSESSMENT' }, select: { heldOn: true } },
			},
		}),
		isAgreementPlaceType(placeType)
			? prisma.placementAgreement.findMany({
					where: { placementId, status: { in: ['PENDING', 'ACCEPTED'] } },
					orderBy: { version: 'desc' },
					take: 2,
					select: {
						version: true,
						status: true,
						lockedAt: true,
						acceptances: { select: { party: true, acceptedAt: true } },
					},
				})
			: null,
	])
	return { plan: planSummary(plan, today), agreement: agreementSummary(agreements) }
}

function planSummary(
	plan: {
		startsOn: Date
		durationMonths: number
		reviewDates: Array<{ dueOn: Date }>
		reviews: Array<{ heldOn: Date }>
	} | null,
	today: string,
): PlanSummary {
	if (!plan) return { state: 'none' }
	const endsOn = planEndsOn(toDay(plan.startsOn), plan.durationMonths)
	const noticeFrom = addDays(endsOn, -REASSESSMENT_WINDOW_DAYS)
	const reassessment = reassessmentStatus(endsOn, today)
	if (reassessment) {
		const held = plan.reviews.map((review) => toDay(review.heldOn)).filter((day) => day >= noticeFrom)
		const last = held.sort().at(-1)
		return last
			? { state: 'reassessed', heldOn: last, endsOn }
			: { state: 'reassessment-due', endsOn, ended: reassessment === 'passed' }
	}
	const next = plan.reviewDates.map((date) => toDay(date.dueOn)).sort()[0]
	return next ? { state: 'review-planned', nextReviewOn: next } : { state: 'no-review-planned' }
}

type AgreementRow = {
	version: number
	status: string
	lockedAt: Date | null
	acceptances: Array<{ party: string; acceptedAt: Date | null }>
}

/** The day a version was accepted: when it was locked, or else the last acceptance. */
function acceptedOn(agreement: AgreementRow) {
	const moments = agreement.acceptances.flatMap((acceptance) => acceptance.acceptedAt ?? [])
	const moment = agreement.lockedAt ?? moments.sort((a, b) => a.getTime() - b.getTime()).at(-1) ?? null
	return moment ? amsterdamDate(moment) : null
}

function agreementSummary(agreements: AgreementRow[] | null): AgreementSummary {
	if (!agreements) return { state: 'not-applicable' }
	const [latest, previous] = agreements
	if (!latest) return { state: 'none' }
	const latestAcceptedOn = acceptedOn(latest)
	if (latest.status === 'ACCEPTED' && latestAcceptedOn) {
		return { state: 'accepted', version: latest.version, acceptedOn: latestAcceptedOn }
	}
	const accepted = new Set(
		latest.acceptances.flatMap((acceptance) => (acceptance.acceptedAt ? [acceptance.party] : [])),
	)
	const previousAcceptedOn = previous?.status === 'ACCEPTED' ? acceptedOn(previous) : null
	return {
		state: 'pending',
		version: latest.version,
		waitingFor: agreementParties.filter((party) => !accepted.has(party)),
		inForce: previous && previousAcceptedOn ? { version: previous.version, acceptedOn: previousAcceptedOn } : null,
	}
}
