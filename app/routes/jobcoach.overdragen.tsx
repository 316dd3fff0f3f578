import { getFormProps, getSelectProps } from '@conform-to/react'
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { Card, PageHeader } from '#app/components/page-header.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { FormErrors, RadioGroup, SelectField } from '#app/components/ui/field.tsx'
import { listCoaches, requireCandidateCoach } from '#app/domain/candidates/candidates.server.ts'
import { previewReassign, reassignCaseload, type ReassignProblem } from '#app/domain/candidates/caseload.server.ts'
import { reassignRoles } from '#app/domain/candidates/caseload-filters.ts'
import { invalidSubmission, parseFormRequest } from '#app/utils/forms.server.ts'
import { useValidatedForm } from '#app/utils/forms.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { redirectWithToast } from '#app/utils/toast.server.ts'

export const meta: MetaFunction = (args) => pageMeta(args, 'caseload:reassign.title')

const ReassignSchema = z
	.object({
		intent: z.enum(['preview', 'confirm']),
		fromCoachId: z.string({ required_error: 'caseload:reassign.errors.fromRequired' }).max(40),
		toCoachId: z.string({ required_error: 'caseload:reassign.errors.toRequired' }).max(40),
		role: z.enum(reassignRoles),
		onlyActive: z.enum(['yes', 'no']),
	})
	.refine((value) => value.fromCoachId !== value.toCoachId, {
		path: ['toCoachId'],
		message: 'caseload:reassign.errors.sameCoach',
	})

const problemMessages: Record<ReassignProblem, string> = {
	'same-coach': 'caseload:reassign.errors.sameCoach',
	'unknown-coach': 'caseload:reassign.errors.unknownCoach',
}

export async function loader({ request }: LoaderFunctionArgs) {
	const { organizationId } = await requireCandidateCoach(request, 'update:candidate')
	return { coaches: await listCoaches(organizationId) }
}

export async function action({ request }: ActionFunctionArgs) {
	const { user, organizationId } = await requireCandidateCoach(request, 'update:candidate')
	const submission = await parseFormRequest(request, ReassignSchema)
	if (submission.status !== 'success') return invalidSubmission(submission)
	const { intent, onlyActive, ...choice } = submission.value
	const input = { organizationId, ...choice, onlyActive: onlyActive === 'yes' }
	if (intent === 'preview') {
		const preview = await previewReassign(input)
		if (!preview.ok) return invalidSubmission(submission, { formErrors: [problemMessages[preview.problem]] })
		return { result: submission.reply(), preview: { primary: preview.primary, supporter: preview.supporter } }
	}
	const result = await reassignCaseload({ ...input, actorId: user.id })
	if (!result.ok) return invalidSubmission(submission, { formErrors: [problemMessages[result.problem]] })
	return redirectWithToast('/jobcoach/kandidaten', {
		title: 'caseload:reassign.toast',
		values: { count: String(result.primary + result.supporter) },
	})
}

export default function Reassign() {
	const { t } = useTranslation('caseload')
	const { coaches } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const preview = actionData && 'preview' in actionData ? actionData.preview : null
	const [form, fields] = useValidatedForm(ReassignSchema, {
		id: 'reassign',
		lastResult: actionData?.result,
		defaultValue: { role: 'both', onlyActive: 'yes' },
	})
	const coachOptions = [
		{ value: '', label: t('reassign.choose') },
		...coaches.map((c) => ({ value: c.id, label: c.name })),
	]
	return (
		<div className="space-y-6">
			<PageHeader title={t('reassign.title')}>{t('reassign.intro')}</PageHeader>
			<Card>
				<Form method="post" className="space-y-6" {...getFormProps(form)}>
					<FormErrors id={form.errorId} errors={form.errors} />
					<div className="grid gap-4 sm:grid-cols-2">
						<SelectField
							label={t('reassign.from')}
							selectProps={getSelectProps(fields.fromCoachId)}
							options={coachOptions}
							errors={fields.fromCoachId.errors}
						/>
						<SelectField
							label={t('reassign.to')}
							selectProps={getSelectProps(fields.toCoachId)}
							options={coachOptions}
							errors={fields.toCoachId.errors}
						/>
					</div>
					<RadioGroup
						field={fields.role}
						legend={t('reassign.role')}
						options={reassignRoles.map((role) => ({ value: role, label: t(`reassign.roles.${role}`) }))}
					/>
					<RadioGroup
						field={fields.onlyActive}
						legend={t('reassign.which')}
						options={[
							{ value: 'yes', label: t('reassign.onlyActive') },
							{ value: 'no', label: t('reassign.allCandidates') },
						]}
					/>
					{preview ? (
						<div role="status" className="rounded-md border border-slate-400 bg-slate-50 p-4 text-slate-900">
							<p className="font-semibold">{t('reassign.preview', { count: preview.primary + preview.supporter })}</p>
							<p>{t('reassign.previewDetail', { primary: preview.primary, supporter: preview.supporter })}</p>
						</div>
					) : null}
					<div className="flex flex-wrap items-center gap-4">
						<Button type="submit" name="intent" value="preview" variant={preview ? 'secondary' : 'primary'}>
							{t('reassign.previewSubmit')}
						</Button>
						{preview ? (
							<Button type="submit" name="intent" value="confirm">
								{t('reassign.confirm')}
							</Button>
						) : null}
						<Link to="/jobcoach/kandidaten" className="text-brand-700 underline hover:text-brand-900">
							{t('reassign.cancel')}
						</Link>
					</div>
				</Form>
			</Card>
		</div>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
