import { getFormProps, getInputProps } from '@conform-to/react'
import {
	type ActionFunctionArgs,
	type HeadersFunction,
	type LoaderFunctionArgs,
	type MetaFunction,
} from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { Fragment } from 'react'
import { useTranslation } from 'react-i18next'
import { Card, PageHeader } from '#app/components/page-header.tsx'
import { PlacementDateField } from '#app/components/placement-fields.tsx'
import { textLinkClass } from '#app/components/place-card.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { CheckboxGroup, Field, FormErrors, FormField, TextareaField } from '#app/components/ui/field.tsx'
import { withoutKey } from '#app/components/ui/form-layout.tsx'
import { requirePlacement } from '#app/domain/matching/placements.server.ts'
import { weekDays } from '#app/domain/places/place-options.ts'
import {
	AGREEMENT_CHANGE_NOTE_MAX,
	AGREEMENT_HOURS_MAX,
	AGREEMENT_HOURS_MIN,
	AgreementFormSchema,
	agreementProblemMessages,
} from '#app/domain/plans/agreement-schema.ts'
import { createAgreementVersion, getAgreementFormContext } from '#app/domain/plans/agreements.server.ts'
import { invalidSubmission, parseFormRequest } from '#app/utils/forms.server.ts'
import { useValidatedForm } from '#app/utils/forms.ts'
import { getLocale } from '#app/utils/locale.server.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { redirectWithToast } from '#app/utils/toast.server.ts'

export const meta: MetaFunction = (args) => pageMeta(args, 'agreements:form.metaTitle')

export const headers: HeadersFunction = () => ({ 'Cache-Control': 'private, no-store' })

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { user, placementId } = await requirePlacement(request, params, 'update:placement')
	const context = await getAgreementFormContext({
		placementId,
		viewerId: user.id,
		coach: { name: user.name, email: user.email },
		locale: await getLocale(request),
	})
	return { placementId, ...context }
}

export async function action({ request, params }: ActionFunctionArgs) {
	const { user, placementId } = await requirePlacement(request, params, 'update:placement')
	const submission = await parseFormRequest(request, AgreementFormSchema)
	if (submission.status !== 'success') return invalidSubmission(submission)
	const result = await createAgreementVersion({ placementId, actorId: user.id, input: submission.value })
	if (!result.ok) {
		const message = agreementProblemMessages[result.problem]
		return invalidSubmission(submission, {
			formErrors: [
				result.problem === 'stale' ? `${message}|${JSON.stringify({ version: result.latestVersion })}` : message,
			],
		})
	}
	// Per party whether its link went out; the description names who has none and what to do.
	const mailed = result.links.filter((link) => link.outcome === 'sent').length
	const allMailed = mailed === result.links.length
	return redirectWithToast(`/jobcoach/plaatsingen/${placementId}/overeenkomst`, {
		type: allMailed ? 'success' : 'info',
		title: 'agreements:toast.versionCreated',
		description: allMailed ? undefined : 'agreements:toast.linksMissing',
		values: {
			version: String(result.version),
			count: String(mailed),
			total: String(result.links.length),
			...Object.fromEntries(result.links.map((link) => [link.party, link.outcome])),
		},
	})
}

export default function AgreementFormPage() {
	const { t } = useTranslation('agreements')
	const data = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const requireChangeNote = data.nextVersion > 1
	const [form, fields] = useValidatedForm(AgreementFormSchema, {
		id: 'agreement-form',
		lastResult: actionData?.result,
		defaultValue: data.defaults,
	})
	const hoursProps = withoutKey(getInputProps(fields.hoursPerWeek, { type: 'number' }))
	const baseVersionProps = withoutKey(getInputProps(fields.baseVersion, { type: 'hidden' }))
	const backPath = `/jobcoach/plaatsingen/${data.placementId}/overeenkomst`
	const refusal = !data.eligible ? t('notEligible.other') : data.ended ? t('errors.ended') : null
	return (
		<div className="space-y-6">
			<PageHeader title={t('form.title', { version: data.nextVersion })}>
				<p>{t('page.subtitle', { place: data.placeTitle, employer: data.employerName })}</p>
			</PageHeader>
			<p>
				<Link to={backPath} className={textLinkClass}>
					{t('form.back')}
				</Link>
			</p>
			{refusal ? (
				<Card className="max-w-3xl">
					<p role="status" className="text-slate-800">
						{refusal}
					</p>
				</Card>
			) : (
				<Card className="max-w-3xl">
					<Form method="post" className="space-y-6" aria-labelledby="agreement-form-heading" {...getFormProps(form)}>
						<h2 id="agreement-form-heading" className="text-xl font-semibold text-slate-900">
							{t('form.heading', { name: data.candidateName })}
						</h2>
						<p className="text-slate-800">{requireChangeNote ? t('form.introNewVersion') : t('form.intro')}</p>
						<FormErrors id={form.errorId} errors={form.errors} />
						<input {...baseVersionProps} />
						{requireChangeNote ? (
							<TextareaField
								field={fields.changeNote}
								label={t('form.changeNote')}
								hint={t('form.changeNoteHint', { count: AGREEMENT_CHANGE_NOTE_MAX })}
								rows={3}
							/>
						) : null}
						<fieldset className="space-y-4">
							<legend className="text-lg font-semibold text-slate-900">{t('form.parties')}</legend>
							<div className="grid gap-4 sm:grid-cols-2">
								{(
									[
										[fields.candidateName, t('form.candidateName'), fields.candidateEmail, t('form.candidateEmail')],
										[
											fields.employerSignatoryName,
											t('form.employerSignatoryName', { employer: data.employerName }),
											fields.employerSignatoryEmail,
											t('form.employerSignatoryEmail'),
										],
										[fields.coachName, t('form.coachName'), fields.coachEmail, t('form.coachEmail')],
									] as const
								).map(([nameField, nameLabel, emailField, emailLabel]) => (
									<Fragment key={nameField.name}>
										<FormField field={nameField} label={nameLabel} autoComplete="off" />
										<FormField
											field={emailField}
											type="email"
											label={emailLabel}
											hint={t('form.emailHint')}
											autoComplete="off"
										/>
									</Fragment>
								))}
							</div>
						</fieldset>
						<fieldset className="space-y-4">
							<legend className="text-lg font-semibold text-slate-900">{t('form.when')}</legend>
							<div className="grid gap-4 sm:grid-cols-2">
								<PlacementDateField field={fields.periodFrom} label={t('form.periodFrom')} />
								<PlacementDateField field={fields.periodTo} label={t('form.periodTo')} />
							</div>
							<Field
								label={t('form.hoursPerWeek')}
								hint={t('form.hoursHint', { min: AGREEMENT_HOURS_MIN, max: AGREEMENT_HOURS_MAX })}
								errors={fields.hoursPerWeek.errors}
								inputProps={{
									...hoursProps,
									min: AGREEMENT_HOURS_MIN,
									max: AGREEMENT_HOURS_MAX,
									step: 0.5,
									inputMode: 'decimal',
								}}
								className="max-w-xs"
							/>
							<CheckboxGroup
								field={fields.days}
								legend={t('form.days')}
								options={weekDays.map((day) => ({ value: day, label: t(`places:days.${day}`) }))}
							/>
						</fieldset>
						<TextareaField field={fields.tasks} label={t('document.tasks')} hint={t('form.tasksHint')} rows={5} />
						<TextareaField
							field={fields.supervision}
							label={t('document.supervision')}
							hint={t('form.supervisionHint')}
							rows={3}
						/>
						<TextareaField
							field={fields.compensation}
							label={t('document.compensation')}
							hint={t('form.compensationHint')}
							rows={2}
						/>
						<TextareaField
							field={fields.insurance}
							label={t('document.insurance')}
							hint={t('form.insuranceHint')}
							rows={3}
						/>
						<TextareaField
							field={fields.stepBackClause}
							label={t('document.stepBack')}
							hint={t('form.stepBackHint')}
							rows={5}
						/>
						<p className="text-slate-800">{t('form.afterwards')}</p>
						<Button type="submit">{t('form.submit', { version: data.nextVersion })}</Button>
					</Form>
				</Card>
			)}
		</div>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
