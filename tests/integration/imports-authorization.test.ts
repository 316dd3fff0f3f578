// Who may import what. Candidates are imported by jobcoaches, employers and contacts by coordinators;
// everyone else is refused (403) as in any staff area. An import job is private: someone of another
// organisation, or who may not import its kind, finds nothing (404), the same as for an id that does
// not exist.
import { beforeAll, describe, expect, it } from 'vitest'
import * as jobRoute from '#app/routes/importeren.$jobId.tsx'
import * as reportRoute from '#app/routes/importeren.$jobId.rapport.ts'
import * as progressRoute from '#app/routes/importeren.$jobId.voortgang.ts'
import * as candidatesUploadRoute from '#app/routes/jobcoach.kandidaten.importeren.tsx'
import * as employersUploadRoute from '#app/routes/werkgevers.importeren.tsx'
import { prisma } from '#app/utils/db.server.ts'
import type { Role } from '#app/utils/permissions.ts'
import {
	checkMatrixCase,
	createSignedInUser,
	expectLoginRedirect,
	expectRefused,
	roleMatrix,
	type MatrixCase,
	type SignedInUser,
} from '#tests/factories.ts'
import {
	getJobPage,
	getProgress,
	getReport,
	importFixture,
	importWrites,
	jobPath,
	postJob,
	upload,
	uploadJob,
} from '#tests/import-factories.ts'

type Signed = SignedInUser
type Expected = 200 | 302 | 400 | 403 | 404

const signedIn = {} as Record<Role, Signed>
let otherCoach: Signed
let otherCoordinator: Signed
let candidatesJobId = ''
let employersJobId = ''

beforeAll(async () => {
	signedIn.JOBCOACH = await createSignedInUser({ role: 'JOBCOACH' })
	signedIn.COORDINATOR = await createSignedInUser({
		role: 'COORDINATOR',
		organizationId: signedIn.JOBCOACH.organization.id,
	})
	for (const role of ['ADMIN', 'EMPLOYER'] as const) signedIn[role] = await createSignedInUser({ role })
	otherCoach = await createSignedInUser({ role: 'JOBCOACH' })
	otherCoordinator = await createSignedInUser({ role: 'COORDINATOR', organizationId: otherCoach.organization.id })

	candidatesJobId = await uploadJob('CANDIDATES', signedIn.JOBCOACH, importFixture('kandidaten-puntkomma.csv'))
	employersJobId = await uploadJob('EMPLOYERS', signedIn.COORDINATOR, importFixture('werkgevers.csv'))
})

type Case = MatrixCase<Signed, Expected>

const only = (role: Role, status: Expected): Record<Role, Expected> => ({
	ADMIN: 403,
	COORDINATOR: 403,
	JOBCOACH: 403,
	EMPLOYER: 403,
	[role]: status,
})

/** Whoever may not see a job finds nothing: its existence is not revealed by a 403. */
const onlyJob = (role: Role, status: Expected): Record<Role, Expected> => ({
	ADMIN: 404,
	COORDINATOR: 404,
	JOBCOACH: 404,
	EMPLOYER: 404,
	[role]: status,
})

function jobCases(kind: 'candidates' | 'employers', role: Role): Case[] {
	const jobId = () => (kind === 'candidates' ? candidatesJobId : employersJobId)
	const target =
		(suffix = '') =>
		() => ({ path: `${jobPath(jobId())}${suffix}`, params: { jobId: jobId() } })
	return [
		{ route: `${kind} job page`, module: jobRoute, target: target(), expected: onlyJob(role, 200) },
		// Retrying an import that did not fail is refused with a notice and a redirect back.
		{
			route: `${kind} job page, post`,
			module: jobRoute,
			method: 'POST',
			target: target(),
			form: () => ({ intent: 'retry' }),
			expected: onlyJob(role, 302),
		},
		{
			route: `${kind} job progress`,
			module: progressRoute,
			target: target('/voortgang'),
			expected: onlyJob(role, 200),
		},
		{ route: `${kind} job report`, module: reportRoute, target: target('/rapport'), expected: onlyJob(role, 200) },
	]
}

const cases: Case[] = [
	{
		route: 'candidate upload page',
		module: candidatesUploadRoute,
		target: () => ({ path: '/jobcoach/kandidaten/importeren' }),
		expected: only('JOBCOACH', 200),
	},
	// A post that is no file upload is answered with the form's message (400), to whoever may import.
	{
		route: 'candidate upload',
		module: candidatesUploadRoute,
		method: 'POST',
		target: () => ({ path: '/jobcoach/kandidaten/importeren' }),
		form: () => ({}),
		expected: only('JOBCOACH', 400),
	},
	{
		route: 'employer upload page',
		module: employersUploadRoute,
		target: () => ({ path: '/werkgevers/importeren' }),
		expected: only('COORDINATOR', 200),
	},
	{
		route: 'employer upload',
		module: employersUploadRoute,
		method: 'POST',
		target: () => ({ path: '/werkgevers/importeren' }),
		form: () => ({}),
		expected: only('COORDINATOR', 400),
	},
	...jobCases('candidates', 'JOBCOACH'),
	...jobCases('employers', 'COORDINATOR'),
]

describe('import routes by role', () => {
	it.each(roleMatrix(cases))('$route as $actor: $outcome', async (testCase) => {
		await checkMatrixCase(testCase, signedIn)
	})
})

describe('uploads that are refused write nothing', () => {
	it('a coordinator cannot import candidates, a jobcoach cannot import employers, an employer neither', async () => {
		const before = await importWrites()
		for (const [kind, role] of [
			['CANDIDATES', 'COORDINATOR'],
			['CANDIDATES', 'EMPLOYER'],
			['CANDIDATES', 'ADMIN'],
			['EMPLOYERS', 'JOBCOACH'],
			['EMPLOYERS', 'EMPLOYER'],
			['EMPLOYERS', 'ADMIN'],
		] as const) {
			expectRefused(await upload(kind, signedIn[role], importFixture('kandidaten-puntkomma.csv')), 403)
		}
		expect(await importWrites()).toEqual(before)
	})

	it('an anonymous upload goes to the login page', async () => {
		const result = await upload('CANDIDATES', null, importFixture('kandidaten-puntkomma.csv'))
		expectLoginRedirect(result, '/jobcoach/kandidaten/importeren')
	})
})

describe('another organisation’s import', () => {
	it('does not exist for a jobcoach or coordinator of another organisation', async () => {
		for (const [actor, jobId] of [
			[otherCoach, candidatesJobId],
			[otherCoordinator, employersJobId],
		] as const) {
			expectRefused(await getJobPage(actor, jobId), 404)
			expectRefused(await getProgress(actor, jobId), 404)
			expectRefused(await getReport(actor, jobId), 404)
			expectRefused(await postJob(actor, jobId, { intent: 'discard' }), 404)
		}
		// The refused discard left both jobs alone.
		expect(await prisma.importJob.count({ where: { id: { in: [candidatesJobId, employersJobId] } } })).toBe(2)
	})

	it('does not exist either for someone of the same organisation who may not import its kind', async () => {
		for (const [actor, jobId] of [
			[signedIn.COORDINATOR, candidatesJobId],
			[signedIn.JOBCOACH, employersJobId],
		] as const) {
			const refused = [
				await getJobPage(actor, jobId),
				await getProgress(actor, jobId),
				await getReport(actor, jobId),
				await postJob(actor, jobId, { intent: 'discard' }),
			]
			const unknown = await getJobPage(actor, 'bestaat-niet')
			for (const result of refused) {
				expectRefused(result, 404)
				expect(result.data).toEqual(unknown.data)
			}
		}
		expect(await prisma.importJob.count({ where: { id: { in: [candidatesJobId, employersJobId] } } })).toBe(2)
	})

	it('answers an unknown id with the same 404', async () => {
		expectRefused(await getJobPage(signedIn.JOBCOACH, 'bestaat-niet'), 404)
		expectRefused(await getProgress(signedIn.COORDINATOR, 'bestaat-niet'), 404)
	})

	it('sends an anonymous visitor to the login page', async () => {
		const result = await getJobPage(null, candidatesJobId)
		expectLoginRedirect(result, jobPath(candidatesJobId))
	})
})
