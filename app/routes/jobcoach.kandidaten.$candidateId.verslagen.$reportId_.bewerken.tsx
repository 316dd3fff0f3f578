import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { ReportForm } from '#app/components/report-form.tsx'
import { requireCandidate } from '#app/domain/candidates/candidates.server.ts'
import { createReportFormSchema, reportProblemMessages } from '#app/domain/candidates/report-schema.ts'
import { reportFormDefaults, requireVisibleReport, updateReport } from '#app/domain/candidates/reports.server.ts'
import { amsterdamDate } from '#app/utils/amsterdam-time.ts'
import { now } from '#app/utils/clock.server.ts'
import { invalidSubmission, parseFormRequest } from '#app/utils/forms.server.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { redirectWithToast } from '#app/utils/toast.server.ts'

export const meta: MetaFunction = (args) => pageMeta(args, 'reports:edit.title')

const reportPath = (candidateId: string, reportId: string) =>
	`/jobcoach/kandidaten/${candidateId}/verslagen/${reportId}`

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { user, candidateId } = await requireCandidate(request, params, 'update:candidate')
	const report = await requireVisibleReport(candidateId, params, user.id)
	// Once approval is asked the text is frozen: the candidate is approving this text.
	if (!report.actions.edit) {
		throw await redirectWithToast(reportPath(candidateId, report.id), {
			type: 'info',
			title: 'reports:toast.notEditable',
		})
	}
	return {
		candidateId,
		report: { id: report.id, title: report.title },
		defaults: reportFormDefaults(report),
		today: amsterdamDate(now()),
	}
}

export async function action({ request, params }: ActionFunctionArgs) {
	const { user, candidateId } = await requireCandidate(request, params, 'update:candidate')
	const report = await requireVisibleReport(candidateId, params, user.id)
	const submission = await parseFormRequest(request, createReportFormSchema({ today: amsterdamDate(now()) }))
	if (submission.status !== 'success') return invalidSubmission(submission)
	const result = await updateReport({ candidateId, reportId: report.id, actorId: user.id, input: submission.value })
	if (!result.ok) {
		return 'problem' in result
			? invalidSubmission(submission, { formErrors: [reportProblemMessages[result.problem]] })
			: invalidSubmission(submission, { fieldErrors: result.fieldErrors })
	}
	return redirectWithToast(reportPath(candidateId, report.id), { title: 'reports:toast.updated' })
}

export default function EditReport() {
	const { t } = useTranslation('reports')
	const { candidateId, report, defaults, today } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	return (
		<section aria-labelledby="report-edit-heading" className="space-y-4">
			<h2 id="report-edit-heading" className="text-2xl font-semibold text-slate-900">
				{t('edit.title')}
			</h2>
			<p className="text-slate-800">{report.title}</p>
			<ReportForm
				id="report-edit"
				today={today}
				defaultValue={defaults}
				lastResult={actionData?.result}
				submitLabel={t('edit.submit')}
				cancelTo={reportPath(candidateId, report.id)}
			/>
		</section>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
