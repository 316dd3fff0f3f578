import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { Card } from '#app/components/page-header.tsx'
import { ReportDecisionForm } from '#app/components/report-decision-form.tsx'
import { ReportStatusBadge, ReportVisibility } from '#app/components/report-status-badge.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { FormErrors } from '#app/components/ui/field.tsx'
import { requireCandidate } from '#app/domain/candidates/candidates.server.ts'
import {
	calendarDateValue,
	createDecisionFormSchema,
	reportIntents,
	reportProblemMessages,
} from '#app/domain/candidates/report-schema.ts'
import {
	deleteReport,
	recordDecision,
	requestApproval,
	requireVisibleReport,
	withdrawApprovalRequest,
} from '#app/domain/candidates/reports.server.ts'
import { amsterdamDate } from '#app/utils/amsterdam-time.ts'
import { now } from '#app/utils/clock.server.ts'
import { formatDate, useFormatDateTime } from '#app/utils/format.ts'
import { invalidSubmission, parseFormRequest } from '#app/utils/forms.server.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { redirectWithToast } from '#app/utils/toast.server.ts'

// The report's own title stays out of the page title: titles end up in browser history.
export const meta: MetaFunction = (args) => pageMeta(args, 'reports:detail.title')

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { user, candidateId } = await requireCandidate(request, params, 'read:candidate')
	const report = await requireVisibleReport(candidateId, params, user.id)
	return { candidateId, report, today: amsterdamDate(now()) }
}

/** The buttons without fields, and the decision with its fields; the decision's dates depend on the report. */
function reportActionSchema({ today, conversationOn }: { today: string; conversationOn: string }) {
	return z.discriminatedUnion('intent', [
		z.object({ intent: z.enum(reportIntents) }),
		createDecisionFormSchema({ today, conversationOn }).extend({ intent: z.literal('decide') }),
	])
}

const toastFor = {
	'request-approval': 'reports:toast.approvalRequested',
	withdraw: 'reports:toast.withdrawn',
	delete: 'reports:toast.deleted',
	APPROVED: 'reports:toast.approved',
	REJECTED: 'reports:toast.rejected',
} as const

export async function action({ request, params }: ActionFunctionArgs) {
	const { user, candidateId } = await requireCandidate(request, params, 'update:candidate')
	const report = await requireVisibleReport(candidateId, params, user.id)
	const schema = reportActionSchema({
		today: amsterdamDate(now()),
		conversationOn: calendarDateValue(report.conversationOn),
	})
	const submission = await parseFormRequest(request, schema)
	if (submission.status !== 'success') return invalidSubmission(submission)
	const value = submission.value
	const target = { candidateId, reportId: report.id, actorId: user.id }
	const result =
		value.intent === 'decide'
			? await recordDecision({ ...target, input: value })
			: value.intent === 'request-approval'
				? await requestApproval(target)
				: value.intent === 'withdraw'
					? await withdrawApprovalRequest(target)
					: await deleteReport(target)
	if (!result.ok) {
		return 'problem' in result
			? invalidSubmission(submission, { formErrors: [reportProblemMessages[result.problem]] })
			: invalidSubmission(submission, { fieldErrors: result.fieldErrors })
	}
	const list = `/jobcoach/kandidaten/${candidateId}/verslagen`
	if (value.intent === 'delete') return redirectWithToast(list, { title: toastFor.delete })
	return redirectWithToast(`${list}/${report.id}`, {
		title: value.intent === 'decide' ? toastFor[value.decision] : toastFor[value.intent],
	})
}

export default function CandidateReport() {
	const { t, i18n } = useTranslation('reports')
	const { candidateId, report, today } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const formatDateTime = useFormatDateTime()
	const date = (value: Date | string) => formatDate(value, i18n.language)
	const list = `/jobcoach/kandidaten/${candidateId}/verslagen`
	const decisionSubmitted = actionData?.result.initialValue?.intent === 'decide'
	const actionErrors = decisionSubmitted ? null : (actionData?.result.error?.[''] ?? null)
	const { actions } = report
	return (
		<article aria-labelledby="report-title" className="space-y-6">
			<p>
				<Link to={list} className="text-brand-700 underline">
					{t('detail.backToList')}
				</Link>
			</p>
			<header className="space-y-2">
				<h2 id="report-title" className="text-2xl font-semibold text-slate-900">
					{report.title}
				</h2>
				<div className="flex flex-wrap items-center gap-3 text-slate-800">
					<ReportStatusBadge status={report.status} />
					<span>
						{t('detail.visibleTo')}: <ReportVisibility sharedWithTeam={report.sharedWithTeam} />
					</span>
				</div>
			</header>

			<FormErrors id="report-action-errors" errors={actionErrors} />

			<Card>
				<dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
					<Detail label={t('detail.conversationOn')}>{date(report.conversationOn)}</Detail>
					<Detail label={t('detail.author')}>
						{report.own ? t('list.you') : (report.authorName ?? t('list.formerColleague'))}
					</Detail>
					<Detail label={t('detail.updatedAt')}>{formatDateTime(report.updatedAt)}</Detail>
					{report.approvalRequestedAt && report.status === 'AWAITING_APPROVAL' ? (
						<Detail label={t('detail.approvalRequestedAt')}>{formatDateTime(report.approvalRequestedAt)}</Detail>
					) : null}
					{report.decidedOn ? (
						<>
							<Detail label={t('detail.decidedOn')}>{date(report.decidedOn)}</Detail>
							<Detail label={t('detail.decisionSource')}>
								{report.decisionSource === 'CANDIDATE'
									? t('detail.sourceCandidate')
									: t('detail.sourceCoach', { name: report.decisionRecordedByName ?? t('list.formerColleague') })}
							</Detail>
							{report.decisionNote ? (
								<Detail label={t('detail.decisionNote')}>
									<p className="whitespace-pre-line">{report.decisionNote}</p>
								</Detail>
							) : null}
						</>
					) : null}
				</dl>
				<h3 className="mt-6 text-lg font-semibold">{t('detail.body')}</h3>
				<div className="mt-2 whitespace-pre-line text-slate-900">{report.body}</div>
			</Card>

			{report.own ? (
				<Card>
					<h3 className="text-lg font-semibold">{t('detail.nextTitle')}</h3>
					<p className="mt-2 text-slate-800">{t(`detail.explanation.${report.status}`)}</p>
					{actions.edit || actions.requestApproval || actions.withdraw ? (
						<div className="mt-4 flex flex-wrap gap-2">
							{actions.edit ? (
								<Link
									to={`${list}/${report.id}/bewerken`}
									className="inline-flex items-center rounded-md border border-slate-400 bg-white px-4 py-2 font-semibold text-slate-900 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700"
								>
									{t('actions.edit')}
								</Link>
							) : null}
							{actions.requestApproval ? (
								<IntentButton intent="request-approval" variant="primary">
									{t('actions.requestApproval')}
								</IntentButton>
							) : null}
							{actions.withdraw ? (
								<IntentButton intent="withdraw" variant="secondary">
									{t('actions.withdraw')}
								</IntentButton>
							) : null}
						</div>
					) : null}
					{actions.delete ? (
						<details className="mt-4">
							<summary className="cursor-pointer font-semibold text-red-800 underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-700">
								{t('actions.delete')}
							</summary>
							<p className="mt-2 text-slate-800">{t('actions.deleteConfirm')}</p>
							<div className="mt-2">
								<IntentButton intent="delete" variant="danger">
									{t('actions.deleteSubmit')}
								</IntentButton>
							</div>
						</details>
					) : null}
				</Card>
			) : null}

			{actions.recordDecision ? (
				<Card>
					<h3 className="text-lg font-semibold">{t('decision.title')}</h3>
					<p className="mt-2 mb-4 text-slate-800">{t('decision.intro')}</p>
					<ReportDecisionForm
						today={today}
						conversationOn={calendarDateValue(report.conversationOn)}
						lastResult={decisionSubmitted ? actionData?.result : null}
					/>
				</Card>
			) : null}
		</article>
	)
}

function Detail({ label, children }: { label: string; children: ReactNode }) {
	return (
		<>
			<dt className="font-medium">{label}</dt>
			<dd className="text-slate-800">{children}</dd>
		</>
	)
}

function IntentButton({
	intent,
	variant,
	children,
}: {
	intent: string
	variant: 'primary' | 'secondary' | 'danger'
	children: ReactNode
}) {
	return (
		<Form method="post">
			<Button type="submit" name="intent" value={intent} variant={variant}>
				{children}
			</Button>
		</Form>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
