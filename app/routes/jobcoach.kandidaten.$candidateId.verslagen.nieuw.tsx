import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { ReportForm } from '#app/components/report-form.tsx'
import { requireCandidate } from '#app/domain/candidates/candidates.server.ts'
import { createReportFormSchema } from '#app/domain/candidates/report-schema.ts'
import { createReport } from '#app/domain/candidates/reports.server.ts'
import { amsterdamDate } from '#app/utils/amsterdam-time.ts'
import { now } from '#app/utils/clock.server.ts'
import { invalidSubmission, parseFormRequest } from '#app/utils/forms.server.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { redirectWithToast } from '#app/utils/toast.server.ts'

export const meta: MetaFunction = (args) => pageMeta(args, 'reports:new.title')

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { candidateId } = await requireCandidate(request, params, 'update:candidate')
	return { candidateId, today: amsterdamDate(now()) }
}

export async function action({ request, params }: ActionFunctionArgs) {
	const { user, candidateId } = await requireCandidate(request, params, 'update:candidate')
	const submission = await parseFormRequest(request, createReportFormSchema({ today: amsterdamDate(now()) }))
	if (submission.status !== 'success') return invalidSubmission(submission)
	const result = await createReport({ candidateId, authorId: user.id, input: submission.value })
	return redirectWithToast(`/jobcoach/kandidaten/${candidateId}/verslagen/${result.reportId}`, {
		title: 'reports:toast.created',
	})
}

export default function NewReport() {
	const { t } = useTranslation('reports')
	const { candidateId, today } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	return (
		<section aria-labelledby="report-new-heading" className="space-y-4">
			<h2 id="report-new-heading" className="text-2xl font-semibold text-slate-900">
				{t('new.title')}
			</h2>
			<ReportForm
				id="report-new"
				today={today}
				lastResult={actionData?.result}
				submitLabel={t('new.submit')}
				cancelTo={`/jobcoach/kandidaten/${candidateId}/verslagen`}
			/>
		</section>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
