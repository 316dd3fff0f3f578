// Employer contacts per person: every call, visit or meeting someone logged in this Amsterdam week
// counts towards their own weekly target (supported-employment practice asks for several
// face-to-face employer contacts a week). Shown on the coordinator's and the jobcoach's start page,
// where each person sets their own target.
import { now } from '#app/utils/clock.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import { getEnv } from '#app/utils/env.server.ts'
import { invalidSubmission, parseFormRequest } from '#app/utils/forms.server.ts'
import { redirectWithToast } from '#app/utils/toast.server.ts'
import { countedContactKinds } from './activity-options.ts'
import { amsterdamWeek, weeklyTarget } from './relationship-rules.ts'
import { requireNetworkUser } from './network-access.server.ts'
import { WeeklyTargetSchema } from './relationship-schema.ts'

export type WeeklyContacts = {
	count: number
	target: number
	/** True while the person has not chosen a target of their own. */
	usesDefault: boolean
	monday: string
	sunday: string
}

/** The person's counted employer contacts this week in this network, against their target. */
export async function getWeeklyContacts({
	userId,
	networkId,
	moment = now(),
}: {
	userId: string
	networkId: string
	moment?: Date
}): Promise<WeeklyContacts> {
	const week = amsterdamWeek(moment)
	const [count, membership] = await Promise.all([
		prisma.relationshipActivity.count({
			where: {
				networkId,
				actorId: userId,
				kind: { in: [...countedContactKinds] },
				occurredAt: { gte: week.start, lt: week.end },
			},
		}),
		prisma.membership.findUnique({
			where: { userId_organizationId: { userId, organizationId: networkId } },
			select: { weeklyContactTarget: true },
		}),
	])
	const own = membership?.weeklyContactTarget ?? null
	return {
		count,
		target: weeklyTarget(own, getEnv().EMPLOYER_CONTACTS_WEEKLY_TARGET),
		usesDefault: own === null,
		monday: week.monday,
		sunday: week.sunday,
	}
}

/**
 * Who may set their own weekly target: whoever may log employer contacts (what the target counts),
 * in their own network: the target form's action check.
 */
function requireWeeklyTargetUser(request: Request) {
	return requireNetworkUser(request, 'create:relationship')
}

/**
 * The weekly-target form of a start page: checks that the person may set a target, validates, saves
 * their own target on their membership of the network, and returns to `redirectTo` with a toast (or
 * the field errors, 400).
 */
export async function saveWeeklyTarget(request: Request, { redirectTo }: { redirectTo: string }) {
	const { user, networkId } = await requireWeeklyTargetUser(request)
	const userId = user.id
	const submission = await parseFormRequest(request, WeeklyTargetSchema)
	if (submission.status !== 'success') return invalidSubmission(submission)
	await prisma.membership.update({
		where: { userId_organizationId: { userId, organizationId: networkId } },
		data: { weeklyContactTarget: submission.value.weeklyContactTarget },
	})
	return redirectWithToast(redirectTo, {
		title: 'relationships:toast.targetSaved',
		values: { count: String(submission.value.weeklyContactTarget) },
	})
}
