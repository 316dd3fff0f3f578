import {
	type ActionFunctionArgs,
	type HeadersFunction,
	type LoaderFunctionArgs,
	type MetaFunction,
} from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { CandidateForm } from '#app/components/candidate-form.tsx'
import { createCandidateFormSchema } from '#app/domain/candidates/candidate-schema.ts'
import { requireCandidate } from '#app/domain/candidates/candidates.server.ts'
import {
	candidateFormDefaults,
	currentAmsterdamYear,
	getCandidateFormContext,
	getCandidateProfile,
	getCandidateSensitive,
	updateCandidate,
} from '#app/domain/candidates/profile.server.ts'
import { invalidSubmission, parseFormRequest } from '#app/utils/forms.server.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { redirectWithToast } from '#app/utils/toast.server.ts'

export const meta: MetaFunction = (args) => pageMeta(args, 'candidates:edit.title')

// The form holds identity and sensitive context: no cache may keep it.
export const headers: HeadersFunction = () => ({ 'Cache-Control': 'private, no-store' })

/** The form shows the sensitive context too, so opening it is a SENSITIVE view in the access log. */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const { user, candidateId, organizationId } = await requireCandidate(request, params, 'update:candidate')
	const profile = await getCandidateProfile(candidateId, user.id)
	const sensitive = await getCandidateSensitive(candidateId, user.id)
	return {
		candidateId,
		context: await getCandidateFormContext(organizationId),
		defaults: candidateFormDefaults(profile, sensitive),
	}
}

export async function action({ request, params }: ActionFunctionArgs) {
	const { user, candidateId, organizationId } = await requireCandidate(request, params, 'update:candidate')
	const schema = createCandidateFormSchema({ currentYear: currentAmsterdamYear() })
	const submission = await parseFormRequest(request, schema)
	if (submission.status !== 'success') return invalidSubmission(submission)
	const result = await updateCandidate({ candidateId, organizationId, actorId: user.id, input: submission.value })
	if (!result.ok) return invalidSubmission(submission, { fieldErrors: result.fieldErrors })
	return redirectWithToast(`/jobcoach/kandidaten/${candidateId}`, { title: 'candidates:toast.updated' })
}

export default function EditCandidate() {
	const { t } = useTranslation('candidates')
	const { candidateId, context, defaults } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	return (
		<div className="space-y-6">
			<div className="space-y-2">
				<h2 className="text-2xl font-semibold text-slate-900">{t('edit.title')}</h2>
				<p className="text-slate-700">{t('edit.intro')}</p>
			</div>
			<CandidateForm
				id="candidate-edit"
				context={context}
				defaultValue={defaults}
				lastResult={actionData?.result}
				submitLabel={t('edit.submit')}
				cancelTo={`/jobcoach/kandidaten/${candidateId}`}
				headingLevel={3}
			/>
		</div>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
