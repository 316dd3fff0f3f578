import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { CandidateForm } from '#app/components/candidate-form.tsx'
import { PageHeader } from '#app/components/page-header.tsx'
import { createCandidateFormSchema } from '#app/domain/candidates/candidate-schema.ts'
import { requireCandidateCoach } from '#app/domain/candidates/candidates.server.ts'
import {
	createCandidate,
	currentAmsterdamYear,
	getCandidateFormContext,
} from '#app/domain/candidates/profile.server.ts'
import { invalidSubmission, parseFormRequest } from '#app/utils/forms.server.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { redirectWithToast } from '#app/utils/toast.server.ts'

export const meta: MetaFunction = (args) => pageMeta(args, 'candidates:new.title')

export async function loader({ request }: LoaderFunctionArgs) {
	const { user, organizationId } = await requireCandidateCoach(request, 'create:candidate')
	const context = await getCandidateFormContext(organizationId)
	// The coach who does the intake is the primary coach unless someone else is chosen.
	const primaryCoachId = context.coaches.some((coach) => coach.id === user.id) ? user.id : ''
	return { context, defaults: { primaryCoachId } }
}

export async function action({ request }: ActionFunctionArgs) {
	const { user, organizationId } = await requireCandidateCoach(request, 'create:candidate')
	const schema = createCandidateFormSchema({ currentYear: currentAmsterdamYear() })
	const submission = await parseFormRequest(request, schema)
	if (submission.status !== 'success') return invalidSubmission(submission)
	const result = await createCandidate({ organizationId, actorId: user.id, input: submission.value })
	if (!result.ok) return invalidSubmission(submission, { fieldErrors: result.fieldErrors })
	return redirectWithToast(`/jobcoach/kandidaten/${result.candidateId}`, { title: 'candidates:toast.created' })
}

export default function NewCandidate() {
	const { t } = useTranslation('candidates')
	const { context, defaults } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	return (
		<div className="space-y-6">
			<PageHeader title={t('new.title')}>{t('new.intro')}</PageHeader>
			<CandidateForm
				id="candidate-new"
				context={context}
				defaultValue={defaults}
				lastResult={actionData?.result}
				submitLabel={t('new.submit')}
				cancelTo="/jobcoach"
			/>
		</div>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
