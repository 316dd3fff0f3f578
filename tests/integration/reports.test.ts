import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { listReportsForExport } from '#app/domain/candidates/reports.server.ts'
import * as editRoute from '#app/routes/jobcoach.kandidaten.$candidateId.verslagen.$reportId_.bewerken.tsx'
import * as reportRoute from '#app/routes/jobcoach.kandidaten.$candidateId.verslagen.$reportId.tsx'
import * as listRoute from '#app/routes/jobcoach.kandidaten.$candidateId.verslagen._index.tsx'
import * as newRoute from '#app/routes/jobcoach.kandidaten.$candidateId.verslagen.nieuw.tsx'
import { setClock } from '#app/utils/clock.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import { createCandidate } from '#tests/candidate-factories.ts'
import { callRoute, createSignedInUser, makeRequest, submissionErrors, type RouteResult } from '#tests/factories.ts'

// 09:00 in Amsterdam on Monday 2 March 2026.
const start = new Date('2026-03-02T08:00:00.000Z')
const TODAY = '2026-03-02'

type Signed = Awaited<ReturnType<typeof createSignedInUser>>

let author: Signed
let colleague: Signed
let otherOrgCoach: Signed
let coordinator: Signed
let employer: Signed
let admin: Signed
let candidateId = ''
let otherCandidateId = ''

beforeAll(async () => {
	setClock(start)
	author = await createSignedInUser({ role: 'JOBCOACH', name: 'Fatima El Amrani' })
	const organizationId = author.organization.id
	colleague = await createSignedInUser({ role: 'JOBCOACH', organizationId, name: 'Joost Verbeek' })
	coordinator = await createSignedInUser({ role: 'COORDINATOR', organizationId })
	otherOrgCoach = await createSignedInUser({ role: 'JOBCOACH' })
	employer = await createSignedInUser({ role: 'EMPLOYER' })
	admin = await createSignedInUser({ role: 'ADMIN' })
	candidateId = (await createCandidate({ organizationId, primaryCoachId: author.user.id })).id
	otherCandidateId = (await createCandidate({ organizationId, firstName: 'Mehmet', lastName: 'Yilmaz' })).id
})
beforeEach(() => setClock(start))
afterAll(() => setClock(null))

const base = (candidate = candidateId) => `/jobcoach/kandidaten/${candidate}/verslagen`

function reportForm(overrides: Record<string, string> = {}) {
	return {
		conversationOn: '2026-02-26',
		title: 'Kennismaking',
		body: 'We spraken over wat Sanne blij maakt: buiten werken en iets met haar handen doen.',
		...overrides,
	}
}

async function postNew(coach: Signed, form: Record<string, string>, candidate = candidateId) {
	return callRoute(newRoute, {
		request: makeRequest(`${base(candidate)}/nieuw`, { form, cookie: coach.cookie }),
		params: { candidateId: candidate },
	})
}

async function createReport(coach: Signed = author, overrides: Record<string, string> = {}) {
	const result = await postNew(coach, reportForm(overrides))
	expect(result.status, JSON.stringify(result.data)).toBe(302)
	const reportId = result.location?.split('/').pop() ?? ''
	expect(result.location).toBe(`${base()}/${reportId}`)
	return reportId
}

function act(coach: Signed, reportId: string, form: Record<string, string>, candidate = candidateId) {
	return callRoute(reportRoute, {
		request: makeRequest(`${base(candidate)}/${reportId}`, { form, cookie: coach.cookie }),
		params: { candidateId: candidate, reportId },
	})
}

function edit(coach: Signed, reportId: string, form?: Record<string, string>) {
	return callRoute(editRoute, {
		request: makeRequest(`${base()}/${reportId}/bewerken`, { form, cookie: coach.cookie }),
		params: { candidateId, reportId },
	})
}

function viewReport(coach: Signed, reportId: string, candidate = candidateId) {
	return callRoute(reportRoute, {
		request: makeRequest(`${base(candidate)}/${reportId}`, { cookie: coach.cookie }),
		params: { candidateId: candidate, reportId },
	})
}

async function loadReport(coach: Signed, reportId: string) {
	const result = await viewReport(coach, reportId)
	expect(result.status).toBe(200)
	return (result.data as Awaited<ReturnType<typeof reportRoute.loader>>).report
}

async function listIds(coach: Signed) {
	const result = await callRoute(listRoute, {
		request: makeRequest(base(), { cookie: coach.cookie }),
		params: { candidateId },
	})
	expect(result.status).toBe(200)
	return (result.data as Awaited<ReturnType<typeof listRoute.loader>>).reports
}

function expectNotFound(result: RouteResult) {
	expect(result.status).toBe(404)
	expect(result.thrown).toBe(true)
	expect(result.location).toBeNull()
}

const stored = (reportId: string) => prisma.candidateReport.findUnique({ where: { id: reportId } })

const approve = (decidedOn = TODAY, extra: Record<string, string> = {}) => ({
	intent: 'decide',
	decision: 'APPROVED',
	decidedOn,
	...extra,
})

describe('writing a report', () => {
	it('saves a draft that only its author sees', async () => {
		const reportId = await createReport()
		const report = await stored(reportId)
		expect(report).toMatchObject({
			candidateId,
			authorId: author.user.id,
			status: 'DRAFT',
			title: 'Kennismaking',
			conversationOn: new Date('2026-02-26T00:00:00.000Z'),
		})

		const view = await loadReport(author, reportId)
		expect(view).toMatchObject({ status: 'DRAFT', own: true, sharedWithTeam: false })
		expect(view.actions).toEqual({
			edit: true,
			delete: true,
			requestApproval: true,
			withdraw: false,
			recordDecision: false,
		})
		expect((await listIds(author)).map((item) => item.id)).toContain(reportId)

		// A colleague of the same organisation: not in the list, 404 on every page and action.
		expect((await listIds(colleague)).map((item) => item.id)).not.toContain(reportId)
		expectNotFound(await viewReport(colleague, reportId))
		expectNotFound(await edit(colleague, reportId))
		expectNotFound(await edit(colleague, reportId, reportForm({ title: 'Overschreven' })))
		expectNotFound(await act(colleague, reportId, { intent: 'request-approval' }))
		expectNotFound(await act(colleague, reportId, { intent: 'delete' }))
		expect(await stored(reportId)).toMatchObject({ status: 'DRAFT', title: 'Kennismaking' })
	})

	it('lets the author edit and delete a draft', async () => {
		const reportId = await createReport()
		const page = await edit(author, reportId)
		expect(page.status).toBe(200)
		expect((page.data as Awaited<ReturnType<typeof editRoute.loader>>).defaults).toEqual({
			conversationOn: '2026-02-26',
			title: 'Kennismaking',
			body: reportForm().body,
		})

		const saved = await edit(author, reportId, reportForm({ title: 'Tweede gesprek', conversationOn: TODAY }))
		expect(saved.status).toBe(302)
		expect(saved.location).toBe(`${base()}/${reportId}`)
		expect(await stored(reportId)).toMatchObject({
			title: 'Tweede gesprek',
			conversationOn: new Date(`${TODAY}T00:00:00.000Z`),
			status: 'DRAFT',
		})

		const deleted = await act(author, reportId, { intent: 'delete' })
		expect(deleted.status).toBe(302)
		expect(deleted.location).toBe(base())
		expect(await stored(reportId)).toBeNull()
		expectNotFound(await viewReport(author, reportId))
	})

	it('refuses a conversation in the future, an impossible date and an empty text, saving nothing', async () => {
		const before = await prisma.candidateReport.count()
		const future = await postNew(author, reportForm({ conversationOn: '2026-03-03' }))
		expect(future.status).toBe(400)
		expect(submissionErrors(future).conversationOn).toEqual(['reports:errors.conversationInFuture'])

		const impossible = await postNew(author, reportForm({ conversationOn: '2026-02-30' }))
		expect(impossible.status).toBe(400)
		expect(submissionErrors(impossible).conversationOn).toEqual(['reports:errors.dateInvalid'])

		const empty = await postNew(author, reportForm({ body: '   ', title: '' }))
		expect(empty.status).toBe(400)
		expect(submissionErrors(empty).body).toEqual(['errors:validation.required'])
		expect(submissionErrors(empty).title).toEqual(['errors:validation.required'])
		expect(await prisma.candidateReport.count()).toBe(before)

		// Editing is held to the same rules.
		const reportId = await createReport()
		const badEdit = await edit(author, reportId, reportForm({ body: '', conversationOn: '2027-01-01' }))
		expect(badEdit.status).toBe(400)
		expect(submissionErrors(badEdit)).toMatchObject({
			body: ['errors:validation.required'],
			conversationOn: ['reports:errors.conversationInFuture'],
		})
		expect(await stored(reportId)).toMatchObject({ body: reportForm().body })
	})
})

describe('asking the candidate’s approval', () => {
	it('freezes the text and keeps it private until the request is withdrawn', async () => {
		const reportId = await createReport()
		const asked = await act(author, reportId, { intent: 'request-approval' })
		expect(asked.status).toBe(302)
		expect(asked.location).toBe(`${base()}/${reportId}`)
		expect(await stored(reportId)).toMatchObject({ status: 'AWAITING_APPROVAL', approvalRequestedAt: start })

		// Still the author's only.
		expectNotFound(await viewReport(colleague, reportId))
		expect((await listIds(colleague)).map((item) => item.id)).not.toContain(reportId)
		expect((await loadReport(author, reportId)).actions).toEqual({
			edit: false,
			delete: false,
			requestApproval: false,
			withdraw: true,
			recordDecision: true,
		})

		// The text is frozen: the edit page sends back, saving and deleting are refused with a reason.
		const page = await edit(author, reportId)
		expect(page.status).toBe(302)
		expect(page.location).toBe(`${base()}/${reportId}`)
		const refused = await edit(author, reportId, reportForm({ title: 'Iets anders' }))
		expect(refused.status).toBe(400)
		expect(submissionErrors(refused)['']).toEqual(['reports:errors.notDraft'])
		const notDeleted = await act(author, reportId, { intent: 'delete' })
		expect(notDeleted.status).toBe(400)
		expect(submissionErrors(notDeleted)['']).toEqual(['reports:errors.notDraft'])
		// A second tab asking again.
		const again = await act(author, reportId, { intent: 'request-approval' })
		expect(again.status).toBe(400)
		expect(submissionErrors(again)['']).toEqual(['reports:errors.notDraft'])
		expect(await stored(reportId)).toMatchObject({ status: 'AWAITING_APPROVAL', title: 'Kennismaking' })

		// Withdrawn, it is a draft again and can be changed.
		const withdrawn = await act(author, reportId, { intent: 'withdraw' })
		expect(withdrawn.status).toBe(302)
		expect(await stored(reportId)).toMatchObject({ status: 'DRAFT', approvalRequestedAt: null })
		expect((await edit(author, reportId, reportForm({ title: 'Aangepast' }))).status).toBe(302)
		const twice = await act(author, reportId, { intent: 'withdraw' })
		expect(twice.status).toBe(400)
		expect(submissionErrors(twice)['']).toEqual(['reports:errors.notAwaitingApproval'])
	})

	it('refuses a decision on a draft', async () => {
		const reportId = await createReport()
		const result = await act(author, reportId, approve())
		expect(result.status).toBe(400)
		expect(submissionErrors(result)['']).toEqual(['reports:errors.notAwaitingApproval'])
		expect(await stored(reportId)).toMatchObject({ status: 'DRAFT', decidedOn: null })
	})
})

describe('recording the candidate’s decision', () => {
	async function awaitingReport(overrides: Record<string, string> = {}) {
		const reportId = await createReport(author, overrides)
		expect((await act(author, reportId, { intent: 'request-approval' })).status).toBe(302)
		return reportId
	}

	it('approved: the candidate’s team sees it, and it no longer changes', async () => {
		const reportId = await awaitingReport()
		const result = await act(author, reportId, approve('2026-02-27', { note: 'Graag zo gelaten' }))
		expect(result.status).toBe(302)
		expect(await stored(reportId)).toMatchObject({
			status: 'APPROVED',
			decidedOn: new Date('2026-02-27T00:00:00.000Z'),
			decisionSource: 'COACH',
			decisionRecordedById: author.user.id,
			decisionNote: 'Graag zo gelaten',
		})

		const seen = await loadReport(colleague, reportId)
		expect(seen).toMatchObject({
			status: 'APPROVED',
			own: false,
			sharedWithTeam: true,
			authorName: 'Fatima El Amrani',
			decisionRecordedByName: 'Fatima El Amrani',
			body: reportForm().body,
		})
		expect(Object.values(seen.actions).some(Boolean)).toBe(false)
		const listed = (await listIds(colleague)).find((item) => item.id === reportId)
		expect(listed).toMatchObject({ status: 'APPROVED', authorName: 'Fatima El Amrani', own: false })

		// After the decision nothing changes, for the author nor for the colleague.
		for (const form of [{ intent: 'withdraw' }, approve(TODAY, { decision: 'REJECTED' })]) {
			const refused = await act(author, reportId, form)
			expect(refused.status).toBe(400)
			expect(submissionErrors(refused)['']).toEqual(['reports:errors.notAwaitingApproval'])
		}
		for (const form of [{ intent: 'delete' }, { intent: 'request-approval' }]) {
			expect((await act(colleague, reportId, form)).status).toBe(400)
			expect((await act(author, reportId, form)).status).toBe(400)
		}
		expect((await edit(colleague, reportId, reportForm({ title: 'Overschreven' }))).status).toBe(400)
		expect(await stored(reportId)).toMatchObject({ status: 'APPROVED', title: 'Kennismaking' })
	})

	it('rejected: it stays with the author', async () => {
		const reportId = await awaitingReport()
		const result = await act(author, reportId, approve(TODAY, { decision: 'REJECTED' }))
		expect(result.status).toBe(302)
		expect(await stored(reportId)).toMatchObject({ status: 'REJECTED', decisionSource: 'COACH' })
		expect((await loadReport(author, reportId)).status).toBe('REJECTED')
		expectNotFound(await viewReport(colleague, reportId))
		expect((await listIds(colleague)).map((item) => item.id)).not.toContain(reportId)
		expect((await listIds(author)).find((item) => item.id === reportId)?.status).toBe('REJECTED')
	})

	it('refuses a decision before the conversation, in the future, or without a choice', async () => {
		const reportId = await awaitingReport({ conversationOn: '2026-02-20' })
		const early = await act(author, reportId, approve('2026-02-19'))
		expect(early.status).toBe(400)
		expect(submissionErrors(early).decidedOn).toEqual(['reports:errors.decisionBeforeConversation'])

		const late = await act(author, reportId, approve('2026-03-03'))
		expect(late.status).toBe(400)
		expect(submissionErrors(late).decidedOn).toEqual(['reports:errors.decisionInFuture'])

		const noChoice = await act(author, reportId, { intent: 'decide', decidedOn: TODAY })
		expect(noChoice.status).toBe(400)
		expect(submissionErrors(noChoice).decision).toEqual(['errors:validation.required'])

		expect(await stored(reportId)).toMatchObject({ status: 'AWAITING_APPROVAL', decidedOn: null })
		// The day of the conversation itself is fine.
		expect((await act(author, reportId, approve('2026-02-20'))).status).toBe(302)
	})
})

describe('the list of reports', () => {
	it('shows the viewer’s own reports in every state and the team’s approved ones, newest conversation first', async () => {
		const candidate = (await createCandidate({ organizationId: author.organization.id })).id
		const write = async (coach: Signed, conversationOn: string, steps: Array<Record<string, string>>) => {
			const result = await postNew(coach, reportForm({ conversationOn, title: `Gesprek ${conversationOn}` }), candidate)
			const reportId = result.location?.split('/').pop() ?? ''
			for (const step of steps) expect((await act(coach, reportId, step, candidate)).status).toBe(302)
			return reportId
		}
		const ask = { intent: 'request-approval' }
		const ownDraft = await write(author, '2026-02-10', [])
		const ownApproved = await write(author, '2026-02-20', [ask, approve()])
		const ownRejected = await write(author, '2026-01-05', [ask, approve(TODAY, { decision: 'REJECTED' })])
		const theirApproved = await write(colleague, '2026-02-15', [ask, approve()])
		await write(colleague, '2026-02-25', [])
		await write(colleague, '2026-02-26', [ask])
		await write(colleague, '2026-02-27', [ask, approve(TODAY, { decision: 'REJECTED' })])

		const result = await callRoute(listRoute, {
			request: makeRequest(base(candidate), { cookie: author.cookie }),
			params: { candidateId: candidate },
		})
		const { reports } = result.data as Awaited<ReturnType<typeof listRoute.loader>>
		expect(reports.map((report) => [report.id, report.status, report.own, report.authorName])).toEqual([
			[ownApproved, 'APPROVED', true, 'Fatima El Amrani'],
			[theirApproved, 'APPROVED', false, 'Joost Verbeek'],
			[ownDraft, 'DRAFT', true, 'Fatima El Amrani'],
			[ownRejected, 'REJECTED', true, 'Fatima El Amrani'],
		])

		// The candidate's data export holds every report, whoever wrote it and whatever its state.
		const exported = await listReportsForExport(candidate)
		expect(exported).toHaveLength(7)
		expect(exported.map((report) => report.status).sort()).toEqual(
			['APPROVED', 'APPROVED', 'AWAITING_APPROVAL', 'DRAFT', 'DRAFT', 'REJECTED', 'REJECTED'].sort(),
		)
		expect(exported[0]).toMatchObject({ title: 'Gesprek 2026-01-05', authorName: 'Fatima El Amrani' })
		expect(exported[0]?.body).toBe(reportForm().body)
	})
})

describe('who may reach reports', () => {
	it('answers 404 to another organisation’s coach, a coordinator, an employer and an admin', async () => {
		const reportId = await createReport()
		await act(author, reportId, { intent: 'request-approval' })
		await act(author, reportId, approve())
		const before = await prisma.candidateReport.count()
		for (const outsider of [otherOrgCoach, coordinator, employer, admin]) {
			expectNotFound(await viewReport(outsider, reportId))
			expectNotFound(
				await callRoute(listRoute, {
					request: makeRequest(base(), { cookie: outsider.cookie }),
					params: { candidateId },
				}),
			)
			expectNotFound(
				await callRoute(newRoute, {
					request: makeRequest(`${base()}/nieuw`, { cookie: outsider.cookie }),
					params: { candidateId },
				}),
			)
			expectNotFound(await postNew(outsider, reportForm()))
			expectNotFound(await edit(outsider, reportId))
			expectNotFound(await act(outsider, reportId, { intent: 'delete' }))
		}
		expect(await prisma.candidateReport.count()).toBe(before)
		expect(await stored(reportId)).toMatchObject({ status: 'APPROVED' })
	})

	it('answers 404 to a report asked for under another candidate, and to an unknown id', async () => {
		const reportId = await createReport()
		await act(author, reportId, { intent: 'request-approval' })
		await act(author, reportId, approve())
		expectNotFound(await viewReport(author, reportId, otherCandidateId))
		expectNotFound(await act(author, reportId, { intent: 'withdraw' }, otherCandidateId))
		expectNotFound(await viewReport(author, 'does-not-exist'))
		expectNotFound(await viewReport(author, 'x'.repeat(80)))
	})
})

describe('the audit trail', () => {
	it('records each step with the report’s id and status, never its text', async () => {
		const secret = 'Vertelde over een terugval in januari'
		const reportId = await createReport(author, { title: `Titel ${secret}`, body: secret })
		await edit(author, reportId, reportForm({ title: `Nieuw ${secret}`, body: `${secret} (bijgewerkt)` }))
		await act(author, reportId, { intent: 'request-approval' })
		await act(author, reportId, { intent: 'withdraw' })
		await act(author, reportId, { intent: 'request-approval' })
		await act(author, reportId, approve(TODAY, { note: secret }))
		const deletedId = await createReport(author, { body: secret })
		await act(author, deletedId, { intent: 'delete' })

		const rows = await prisma.auditEvent.findMany({
			where: { entityType: 'CandidateReport', entityId: { in: [reportId, deletedId] } },
			orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
		})
		expect(rows.map((row) => [row.entityId, row.action, JSON.parse(row.details ?? '{}').status])).toEqual([
			[reportId, 'report.created', 'DRAFT'],
			[reportId, 'report.updated', 'DRAFT'],
			[reportId, 'report.approval-requested', 'AWAITING_APPROVAL'],
			[reportId, 'report.updated', 'DRAFT'],
			[reportId, 'report.approval-requested', 'AWAITING_APPROVAL'],
			[reportId, 'report.decided', 'APPROVED'],
			[deletedId, 'report.created', 'DRAFT'],
			[deletedId, 'report.deleted', 'DRAFT'],
		])
		for (const row of rows) {
			expect(row.actorId).toBe(author.user.id)
			expect(row.details ?? '').not.toContain('terugval')
			expect(Object.keys(JSON.parse(row.details ?? '{}')).every((key) => key === 'status' || key === 'from')).toBe(true)
		}
	})
})
