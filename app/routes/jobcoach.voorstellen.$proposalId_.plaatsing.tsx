import { getFormProps, getInputProps } from '@conform-to/react'
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Card, PageHeader } from '#app/components/page-header.tsx'
import { PlacementDateField } from '#app/components/placement-fields.tsx'
import { textLinkClass } from '#app/components/place-card.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { Field, FormErrors, FormField } from '#app/components/ui/field.tsx'
import {
	createPlacementFormSchema,
	placementProblemMessages,
	SUPERVISOR_CONTACT_MAX,
	SUPERVISOR_NAME_MAX,
} from '#app/domain/matching/placement-schema.ts'
import {
	createPlacement,
	getPlacementFormContext,
	placementToday,
	requireProposalForPlacement,
} from '#app/domain/matching/placements.server.ts'
import { HOURS_MAX, HOURS_MIN } from '#app/domain/places/place-schema.ts'
import { invalidSubmission, parseFormRequest } from '#app/utils/forms.server.ts'
import { useValidatedForm } from '#app/utils/forms.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { redirectWithToast } from '#app/utils/toast.server.ts'

export const meta: MetaFunction = (args) => pageMeta(args, 'placements:new.title')

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { user, proposalId } = await requireProposalForPlacement(request, params)
	const context = await getPlacementFormContext(proposalId, user.id)
	// Placed already (another tab, a colleague): the placement itself is the page to be on.
	if (context.placementId) throw redirect(`/jobcoach/plaatsingen/${context.placementId}`)
	return { ...context, today: placementToday() }
}

export async function action({ request, params }: ActionFunctionArgs) {
	const { user, proposalId } = await requireProposalForPlacement(request, params)
	const submission = await parseFormRequest(request, createPlacementFormSchema({ today: placementToday() }))
	if (submission.status !== 'success') return invalidSubmission(submission)
	const result = await createPlacement({ proposalId, coach: user, ...submission.value })
	if (!result.ok) return invalidSubmission(submission, { formErrors: [placementProblemMessages[result.problem]] })
	return redirectWithToast(`/jobcoach/plaatsingen/${result.placementId}`, { title: 'placements:toast.created' })
}

export default function NewPlacement() {
	const { t } = useTranslation('placements')
	const data = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const schema = useMemo(() => createPlacementFormSchema({ today: data.today }), [data.today])
	// The place's own start date when it lies ahead, else today.
	const startDate = data.place.startDate && data.place.startDate > data.today ? data.place.startDate : data.today
	const [form, fields] = useValidatedForm(schema, {
		id: 'placement-new',
		lastResult: actionData?.result,
		defaultValue: {
			startDate,
			hoursPerWeek: String(data.place.hoursMin),
		},
	})
	const { key: _hoursKey, ...hoursProps } = getInputProps(fields.hoursPerWeek, { type: 'number' })
	return (
		<div className="space-y-6">
			<PageHeader title={t('new.title')}>
				{t('new.intro', {
					candidate: data.candidate.name,
					place: data.place.title,
					employer: data.employerName,
				})}
			</PageHeader>
			<p>
				<Link to={`/jobcoach/voorstellen/${data.proposalId}`} className={textLinkClass}>
					{t('new.backToProposal')}
				</Link>
			</p>
			{data.placeable ? (
				<Card className="max-w-2xl">
					<Form method="post" className="space-y-4" {...getFormProps(form)}>
						<h2 id="placement-new-heading" className="text-xl font-semibold text-slate-900">
							{t('new.formTitle')}
						</h2>
						<FormErrors id={form.errorId} errors={form.errors} />
						<PlacementDateField field={fields.startDate} label={t('new.startDate')} hint={t('new.startDateHint')} />
						<Field
							label={t('new.hoursPerWeek')}
							hint={t('new.hoursHint', { min: HOURS_MIN, max: HOURS_MAX })}
							errors={fields.hoursPerWeek.errors}
							inputProps={{ ...hoursProps, min: HOURS_MIN, max: HOURS_MAX, step: 1, inputMode: 'numeric' }}
							className="max-w-xs"
						/>
						<fieldset className="space-y-4">
							<legend className="font-semibold text-slate-900">{t('new.supervisor')}</legend>
							<p className="text-sm text-slate-700">{t('new.supervisorIntro')}</p>
							<FormField
								field={fields.supervisorName}
								label={t('new.supervisorName')}
								hint={t('new.maxChars', { count: SUPERVISOR_NAME_MAX })}
								autoComplete="off"
							/>
							<FormField
								field={fields.supervisorContact}
								label={t('new.supervisorContact')}
								hint={t('new.supervisorContactHint', { count: SUPERVISOR_CONTACT_MAX })}
								autoComplete="off"
							/>
						</fieldset>
						<p className="text-slate-800">{t('new.afterwards')}</p>
						<Button type="submit">{t('new.submit')}</Button>
					</Form>
				</Card>
			) : (
				<Card className="max-w-2xl">
					<h2 className="text-xl font-semibold text-slate-900">{t('new.notPlaceableTitle')}</h2>
					<p className="mt-2 text-slate-800">{t('new.notPlaceable')}</p>
				</Card>
			)}
		</div>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
