// Who may open and post to every candidate route: every role, anonymous visitors, and a jobcoach of
// another coaching organisation. Candidates are special-category data: outside the candidate's own
// jobcoaches, a candidate page answers 404 — the same as an address that does not exist — and the
// overviews answer 403, as any staff area does. The coordinator sits in the same organisation as the
// candidate and still sees nothing of it.
import { beforeAll, describe, expect, it } from 'vitest'
import * as layoutRoute from '#app/routes/jobcoach.kandidaten.$candidateId.tsx'
import * as profileRoute from '#app/routes/jobcoach.kandidaten.$candidateId._index.tsx'
import * as editRoute from '#app/routes/jobcoach.kandidaten.$candidateId.bewerken.tsx'
import * as exportHtmlRoute from '#app/routes/jobcoach.kandidaten.$candidateId.export[.]html.ts'
import * as exportJsonRoute from '#app/routes/jobcoach.kandidaten.$candidateId.export[.]json.ts'
import * as stageRoute from '#app/routes/jobcoach.kandidaten.$candidateId.fase.tsx'
import * as privacyRoute from '#app/routes/jobcoach.kandidaten.$candidateId.privacy.tsx'
import * as consentRoute from '#app/routes/jobcoach.kandidaten.$candidateId.toestemming.tsx'
import * as reportRoute from '#app/routes/jobcoach.kandidaten.$candidateId.verslagen.$reportId.tsx'
import * as reportEditRoute from '#app/routes/jobcoach.kandidaten.$candidateId.verslagen.$reportId_.bewerken.tsx'
import * as reportsRoute from '#app/routes/jobcoach.kandidaten.$candidateId.verslagen._index.tsx'
import * as newReportRoute from '#app/routes/jobcoach.kandidaten.$candidateId.verslagen.nieuw.tsx'
import * as eraseRoute from '#app/routes/jobcoach.kandidaten.$candidateId.wissen.tsx'
import * as homeRoute from '#app/routes/jobcoach._index.tsx'
import * as caseloadRoute from '#app/routes/jobcoach.kandidaten._index.tsx'
import * as intakeRoute from '#app/routes/jobcoach.kandidaten.nieuw.tsx'
import * as exportRoute from '#app/routes/jobcoach.kandidaten.export.ts'
import * as reassignRoute from '#app/routes/jobcoach.overdragen.tsx'
import { prisma } from '#app/utils/db.server.ts'
import type { Role } from '#app/utils/permissions.ts'
import { createCandidate } from '#tests/candidate-factories.ts'
import {
	callRoute,
	checkMatrixCase,
	createSessionCookie,
	createUser,
	expectMatrixOutcome,
	makeRequest,
	roleMatrix,
	type MatrixCase,
} from '#tests/factories.ts'

type Signed = { userId: string; cookie: string }
type Expected = 200 | 302 | 400 | 403 | 404

const signedIn = {} as Record<Role, Signed>
let otherCoach: Signed = { userId: '', cookie: '' }
let candidateId = ''
let reportId = ''

beforeAll(async () => {
	const coach = await createUser({ role: 'JOBCOACH', name: 'Eigen Coach' })
	const organizationId = coach.organization.id
	signedIn.JOBCOACH = { userId: coach.user.id, cookie: await createSessionCookie(coach.user.id) }
	const coordinator = await createUser({ role: 'COORDINATOR', organizationId })
	signedIn.COORDINATOR = { userId: coordinator.user.id, cookie: await createSessionCookie(coordinator.user.id) }
	for (const role of ['ADMIN', 'EMPLOYER'] as const) {
		const { user } = await createUser({ role })
		signedIn[role] = { userId: user.id, cookie: await createSessionCookie(user.id) }
	}
	const other = await createUser({ role: 'JOBCOACH', name: 'Andere Coach' })
	otherCoach = { userId: other.user.id, cookie: await createSessionCookie(other.user.id) }

	const candidate = await createCandidate({ organizationId, primaryCoachId: coach.user.id })
	candidateId = candidate.id
	reportId = (
		await prisma.candidateReport.create({
			data: {
				candidateId,
				authorId: coach.user.id,
				conversationOn: new Date('2026-11-02T00:00:00.000Z'),
				title: 'Kennismaking',
				body: 'Een verslag',
			},
		})
	).id
})

type Case = MatrixCase<Signed, Expected>

/** Only the candidate's own jobcoach gets `status`; everyone else finds nothing. */
const coachOnly = (status: Expected): Record<Role, Expected> => ({
	ADMIN: 404,
	COORDINATOR: 404,
	EMPLOYER: 404,
	JOBCOACH: status,
})
/** A staff area of jobcoaches: everyone else is refused. */
const coachArea = (status: Expected): Record<Role, Expected> => ({
	ADMIN: 403,
	COORDINATOR: 403,
	EMPLOYER: 403,
	JOBCOACH: status,
})
const candidatePath =
	(suffix = '') =>
	() => ({
		path: `/jobcoach/kandidaten/${candidateId}${suffix}`,
		params: { candidateId },
	})
const reportPath =
	(suffix = '') =>
	() => ({
		path: `/jobcoach/kandidaten/${candidateId}/verslagen/${reportId}${suffix}`,
		params: { candidateId, reportId },
	})
const fixed = (path: string) => () => ({ path })

// Posts are deliberately invalid, so a permitted actor gets a 400 and nothing changes.
const candidateCases: Case[] = [
	{ route: 'layout', module: layoutRoute, target: candidatePath(), expected: coachOnly(200) },
	{ route: 'profile', module: profileRoute, target: candidatePath(), expected: coachOnly(200) },
	{
		route: 'profile confirm',
		module: profileRoute,
		method: 'POST',
		target: candidatePath(),
		form: () => ({ intent: 'nonsense' }),
		expected: coachOnly(400),
	},
	{ route: 'edit', module: editRoute, target: candidatePath('/bewerken'), expected: coachOnly(200) },
	{
		route: 'edit post',
		module: editRoute,
		method: 'POST',
		target: candidatePath('/bewerken'),
		form: () => ({ firstName: '' }),
		expected: coachOnly(400),
	},
	{ route: 'stage tab', module: stageRoute, target: candidatePath('/fase'), expected: coachOnly(200) },
	{
		route: 'stage post',
		module: stageRoute,
		method: 'POST',
		target: candidatePath('/fase'),
		form: () => ({ intent: 'change-stage', stage: 'NOPE', occurredOn: '2026-11-01' }),
		expected: coachOnly(400),
	},
	{ route: 'reports', module: reportsRoute, target: candidatePath('/verslagen'), expected: coachOnly(200) },
	{ route: 'new report', module: newReportRoute, target: candidatePath('/verslagen/nieuw'), expected: coachOnly(200) },
	{
		route: 'new report post',
		module: newReportRoute,
		method: 'POST',
		target: candidatePath('/verslagen/nieuw'),
		form: () => ({ title: '' }),
		expected: coachOnly(400),
	},
	{ route: 'report', module: reportRoute, target: reportPath(), expected: coachOnly(200) },
	{
		route: 'report post',
		module: reportRoute,
		method: 'POST',
		target: reportPath(),
		form: () => ({ intent: 'nonsense' }),
		expected: coachOnly(400),
	},
	{ route: 'report edit', module: reportEditRoute, target: reportPath('/bewerken'), expected: coachOnly(200) },
	{ route: 'consent tab', module: consentRoute, target: candidatePath('/toestemming'), expected: coachOnly(200) },
	{
		route: 'consent post',
		module: consentRoute,
		method: 'POST',
		target: candidatePath('/toestemming'),
		form: () => ({ intent: 'record', purpose: 'NOPE' }),
		expected: coachOnly(400),
	},
	{ route: 'privacy tab', module: privacyRoute, target: candidatePath('/privacy'), expected: coachOnly(200) },
	{ route: 'export json', module: exportJsonRoute, target: candidatePath('/export.json'), expected: coachOnly(200) },
	{ route: 'export html', module: exportHtmlRoute, target: candidatePath('/export.html'), expected: coachOnly(200) },
	{ route: 'erase', module: eraseRoute, target: candidatePath('/wissen'), expected: coachOnly(200) },
	{
		route: 'erase post',
		module: eraseRoute,
		method: 'POST',
		target: candidatePath('/wissen'),
		form: () => ({ confirmCode: 'K-0000' }),
		expected: coachOnly(400),
	},
]

const areaCases: Case[] = [
	{ route: 'coach home', module: homeRoute, target: fixed('/jobcoach'), expected: coachArea(200) },
	{ route: 'caseload', module: caseloadRoute, target: fixed('/jobcoach/kandidaten'), expected: coachArea(200) },
	{
		route: 'caseload export',
		module: exportRoute,
		target: fixed('/jobcoach/kandidaten/export'),
		expected: coachArea(200),
	},
	{ route: 'intake', module: intakeRoute, target: fixed('/jobcoach/kandidaten/nieuw'), expected: coachArea(200) },
	{
		route: 'intake post',
		module: intakeRoute,
		method: 'POST',
		target: fixed('/jobcoach/kandidaten/nieuw'),
		form: () => ({ firstName: '' }),
		expected: coachArea(400),
	},
	{ route: 'hand-over', module: reassignRoute, target: fixed('/jobcoach/overdragen'), expected: coachArea(200) },
	{
		route: 'hand-over post',
		module: reassignRoute,
		method: 'POST',
		target: fixed('/jobcoach/overdragen'),
		form: () => ({ intent: 'confirm' }),
		expected: coachArea(400),
	},
]

describe('candidate routes, by role', () => {
	it.each(roleMatrix([...candidateCases, ...areaCases]))('$route as $actor: $outcome', (testCase) =>
		checkMatrixCase(testCase, signedIn),
	)
})

describe('a jobcoach of another coaching organisation', () => {
	it.each(candidateCases)('gets 404 on $route', async (testCase) => {
		const { path, params } = testCase.target(otherCoach)
		const result = await callRoute(testCase.module, {
			request: makeRequest(path, {
				method: testCase.method ?? 'GET',
				form: testCase.method === 'POST' ? testCase.form?.(otherCoach) : undefined,
				cookie: otherCoach.cookie,
			}),
			params,
		})
		expectMatrixOutcome(result, 404)
	})

	it('changed nothing and saw nothing', async () => {
		const candidate = await prisma.candidate.findUniqueOrThrow({ where: { id: candidateId } })
		expect(candidate.firstName).toBe('Sanne')
		expect(candidate.erasedAt).toBeNull()
		const seen = await prisma.candidateAccessLog.count({
			where: { candidateId, userId: { not: signedIn.JOBCOACH.userId } },
		})
		expect(seen).toBe(0)
	})
})
