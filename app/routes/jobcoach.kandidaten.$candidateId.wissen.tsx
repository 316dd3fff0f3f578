import { getFormProps, getInputProps } from '@conform-to/react'
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { Button } from '#app/components/ui/button.tsx'
import { Field, FormErrors } from '#app/components/ui/field.tsx'
import { requireCandidate } from '#app/domain/candidates/candidates.server.ts'
import { eraseCandidate, getErasureSummary } from '#app/domain/candidates/erasure.server.ts'
import { confirmsCode, EraseCandidateSchema } from '#app/domain/candidates/erasure-schema.ts'
import { invalidSubmission, parseFormRequest } from '#app/utils/forms.server.ts'
import { useValidatedForm } from '#app/utils/forms.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { redirectWithToast } from '#app/utils/toast.server.ts'

export const meta: MetaFunction = (args) => pageMeta(args, 'privacy:erase.title')

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { candidateId } = await requireCandidate(request, params, 'delete:candidate')
	return { candidateId, summary: await getErasureSummary(candidateId) }
}

export async function action({ request, params }: ActionFunctionArgs) {
	const { user, candidateId } = await requireCandidate(request, params, 'delete:candidate')
	const submission = await parseFormRequest(request, EraseCandidateSchema)
	if (submission.status !== 'success') return invalidSubmission(submission)
	const { code } = await getErasureSummary(candidateId)
	if (!confirmsCode(submission.value.confirmCode, code)) {
		return invalidSubmission(submission, { fieldErrors: { confirmCode: ['privacy:errors.codeMismatch'] } })
	}
	await eraseCandidate(candidateId, user.id)
	return redirectWithToast('/jobcoach/kandidaten', { title: 'privacy:toast.erased', values: { code } })
}

export default function EraseCandidate() {
	const { t } = useTranslation('privacy')
	const { candidateId, summary } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const [form, fields] = useValidatedForm(EraseCandidateSchema, {
		id: 'erase-candidate',
		lastResult: actionData?.result,
	})
	const { key: _key, ...codeProps } = getInputProps(fields.confirmCode, { type: 'text' })
	return (
		<section aria-labelledby="erase-title" className="space-y-6">
			<h2 id="erase-title" className="text-2xl font-semibold text-slate-900">
				{t('erase.title')}
			</h2>
			<p className="text-slate-800">{t('erase.intro')}</p>
			<div className="grid gap-4 md:grid-cols-2">
				<section aria-labelledby="erase-removed-title" className="rounded-md border border-red-700 bg-white p-4">
					<h3 id="erase-removed-title" className="text-lg font-semibold text-slate-900">
						{t('erase.removedTitle')}
					</h3>
					<ul className="mt-2 list-disc space-y-1 pl-6 text-slate-800">
						<li>{t('erase.removed.identity')}</li>
						<li>{t('erase.removed.profile')}</li>
						<li>{summary.hasSensitive ? t('erase.removed.sensitive') : t('erase.removed.noSensitive')}</li>
						<li>{t('erase.removed.reports', { count: summary.reports })}</li>
						<li>{t('erase.removed.notes')}</li>
					</ul>
				</section>
				<section aria-labelledby="erase-kept-title" className="rounded-md border border-slate-300 bg-white p-4">
					<h3 id="erase-kept-title" className="text-lg font-semibold text-slate-900">
						{t('erase.keptTitle')}
					</h3>
					<ul className="mt-2 list-disc space-y-1 pl-6 text-slate-800">
						<li>{t('erase.kept.code', { code: summary.code })}</li>
						<li>{t('erase.kept.events', { count: summary.events })}</li>
						<li>{t('erase.kept.consents', { count: summary.consents })}</li>
						<li>{t('erase.kept.accessLog', { count: summary.accessLog })}</li>
					</ul>
				</section>
			</div>
			<p className="font-medium text-slate-900">{t('erase.irreversible')}</p>
			<Form method="post" className="space-y-4" {...getFormProps(form)}>
				<FormErrors id={form.errorId} errors={form.errors} />
				<Field
					label={t('erase.confirmLabel', { code: summary.code })}
					hint={t('erase.confirmHint')}
					errors={fields.confirmCode.errors}
					inputProps={{ ...codeProps, autoComplete: 'off', spellCheck: false }}
					className="max-w-xs"
				/>
				<div className="flex flex-wrap items-center gap-4">
					<Button type="submit" variant="danger">
						{t('erase.submit')}
					</Button>
					<Link to={`/jobcoach/kandidaten/${candidateId}/privacy`} className="text-brand-700 underline">
						{t('erase.cancel')}
					</Link>
				</div>
			</Form>
		</section>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
