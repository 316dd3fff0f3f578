import { getFormProps, getInputProps, getSelectProps, getTextareaProps, type SubmissionResult } from '@conform-to/react'
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '#app/components/ui/button.tsx'
import { ErrorList, Field, FormErrors, RadioGroup, SelectField, TextareaField } from '#app/components/ui/field.tsx'
import { consentPurposes } from '#app/domain/candidates/candidate-options.ts'
import { requireCandidate } from '#app/domain/candidates/candidates.server.ts'
import {
	coachConsentBases,
	createRecordConsentSchema,
	WithdrawConsentSchema,
} from '#app/domain/candidates/consent-schema.ts'
import {
	listConsents,
	listEmployerOrganizations,
	recordConsent,
	withdrawConsent,
	type ConsentView,
	type RecordConsentProblem,
} from '#app/domain/candidates/consents.server.ts'
import { employerVisibility } from '#app/domain/candidates/visibility.server.ts'
import { amsterdamDate } from '#app/utils/amsterdam-time.ts'
import { now } from '#app/utils/clock.server.ts'
import { formatDate, formatDateTime } from '#app/utils/format.ts'
import { useValidatedForm, parseSubmission } from '#app/utils/forms.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { redirectWithToast } from '#app/utils/toast.server.ts'

export const meta: MetaFunction = (args) => pageMeta(args, 'privacy:consent.title')

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { candidateId } = await requireCandidate(request, params, 'read:candidate')
	const [consents, employers, visibility] = await Promise.all([
		listConsents(candidateId),
		listEmployerOrganizations(),
		employerVisibility(candidateId),
	])
	return { candidateId, consents, employers, visibility, today: amsterdamDate(now()) }
}

const problemErrors: Record<RecordConsentProblem, { formErrors?: string[]; fieldErrors?: Record<string, string[]> }> = {
	'date-invalid': { fieldErrors: { givenOn: ['privacy:errors.dateInvalid'] } },
	'employer-required': { fieldErrors: { employerOrganizationId: ['privacy:errors.employerRequired'] } },
	'employer-unknown': { fieldErrors: { employerOrganizationId: ['privacy:errors.employerUnknown'] } },
	'duplicate-search': { formErrors: ['privacy:errors.duplicateSearch'] },
	'duplicate-identity': { formErrors: ['privacy:errors.duplicateIdentity'] },
}

export async function action({ request, params }: ActionFunctionArgs) {
	const { user, candidateId } = await requireCandidate(request, params, 'update:candidate')
	const formData = await request.formData()
	const base = `/jobcoach/kandidaten/${candidateId}/toestemming`
	if (formData.get('intent') === 'withdraw') {
		const submission = parseSubmission(formData, WithdrawConsentSchema)
		const formId = `withdraw-${String(formData.get('consentId') ?? '')}`
		if (submission.status !== 'success') return data({ formId, result: submission.reply() }, { status: 400 })
		const result = await withdrawConsent({ candidateId, actorId: user.id, ...submission.value })
		if (!result.ok) {
			return data(
				{ formId, result: submission.reply({ formErrors: ['privacy:errors.consentNotFound'] }) },
				{ status: 400 },
			)
		}
		return redirectWithToast(base, { title: 'privacy:toast.consentWithdrawn' })
	}
	const submission = parseSubmission(formData, createRecordConsentSchema({ today: amsterdamDate(now()) }))
	if (submission.status !== 'success') return data({ formId: 'record', result: submission.reply() }, { status: 400 })
	const result = await recordConsent({ candidateId, actorId: user.id, input: submission.value })
	if (!result.ok)
		return data({ formId: 'record', result: submission.reply(problemErrors[result.problem]) }, { status: 400 })
	return redirectWithToast(base, { title: 'privacy:toast.consentRecorded' })
}

function VisibilityPanel() {
	const { t } = useTranslation('privacy')
	const { visibility } = useLoaderData<typeof loader>()
	return (
		<section
			aria-labelledby="visibility-title"
			className={`rounded-md border p-4 ${visibility.visible ? 'border-green-700 bg-green-50' : 'border-amber-700 bg-amber-50'}`}
		>
			<h3 id="visibility-title" className="text-lg font-semibold text-slate-900">
				{t('consent.visibility.title')}
			</h3>
			<p className="mt-1 font-medium text-slate-900">
				{visibility.visible ? t('consent.visibility.visible') : t('consent.visibility.hidden')}
			</p>
			{visibility.visible ? null : (
				<ul className="mt-2 list-disc space-y-1 pl-6 text-slate-800">
					{visibility.reasons.map((reason) => (
						<li key={reason}>{t(`consent.visibility.reasons.${reason}`, { days: visibility.staleAfterDays })}</li>
					))}
				</ul>
			)}
			<p className="mt-2 text-slate-800">{t('consent.visibility.explain', { days: visibility.staleAfterDays })}</p>
		</section>
	)
}

type ActionResult = { formId: string; result: SubmissionResult<string[]> } | undefined

function RecordConsentForm({ lastResult }: { lastResult?: SubmissionResult<string[]> }) {
	const { t } = useTranslation('privacy')
	const { employers, today } = useLoaderData<typeof loader>()
	const schema = useMemo(() => createRecordConsentSchema({ today }), [today])
	const [form, fields] = useValidatedForm(schema, {
		id: 'consent-record',
		lastResult,
		defaultValue: { intent: 'record', purpose: 'EMPLOYER_SEARCH', basis: 'VERBAL', givenOn: today },
	})
	const { key: _key, ...dateProps } = getInputProps(fields.givenOn, { type: 'date' })
	return (
		<Form method="post" className="space-y-4" {...getFormProps(form)}>
			<input type="hidden" name="intent" value="record" />
			<FormErrors id={form.errorId} errors={form.errors} />
			<RadioGroup
				field={fields.purpose}
				legend={t('consent.form.purpose')}
				layout="list"
				options={consentPurposes.map((purpose) => ({
					value: purpose,
					label: t(`candidates:consentPurposes.${purpose}`),
				}))}
			/>
			<SelectField
				label={t('consent.form.employer')}
				errors={fields.employerOrganizationId.errors}
				selectProps={getSelectProps(fields.employerOrganizationId)}
				options={[
					{ value: '', label: t('consent.form.chooseEmployer') },
					...employers.map((employer) => ({ value: employer.id, label: employer.name })),
				]}
				className="max-w-md"
			/>
			<RadioGroup
				field={fields.basis}
				legend={t('consent.form.basis')}
				layout="list"
				options={coachConsentBases.map((basis) => ({ value: basis, label: t(`candidates:consentBases.${basis}`) }))}
			/>
			<Field
				label={t('consent.form.givenOn')}
				hint={t('consent.form.givenOnHint')}
				errors={fields.givenOn.errors}
				inputProps={{ ...dateProps, max: today }}
				className="max-w-xs"
			/>
			<TextareaField field={fields.note} label={t('consent.form.note')} hint={t('consent.form.noteHint')} rows={3} />
			<Button type="submit">{t('consent.form.submit')}</Button>
		</Form>
	)
}

function WithdrawForm({ consent, lastResult }: { consent: ConsentView; lastResult?: SubmissionResult<string[]> }) {
	const { t } = useTranslation('privacy')
	const [form, fields] = useValidatedForm(WithdrawConsentSchema, {
		id: `withdraw-${consent.id}`,
		lastResult,
		defaultValue: { intent: 'withdraw', consentId: consent.id },
	})
	return (
		<Form method="post" className="mt-3 space-y-2" {...getFormProps(form)}>
			<input type="hidden" name="intent" value="withdraw" />
			<input type="hidden" name="consentId" value={consent.id} />
			<FormErrors id={form.errorId} errors={form.errors} />
			<label htmlFor={fields.withdrawalNote.id} className="block font-medium text-slate-900">
				{t('consent.withdraw.note')}
			</label>
			<textarea
				{...getTextareaProps(fields.withdrawalNote)}
				rows={2}
				className="block w-full max-w-xl rounded-md border border-slate-500 bg-white px-3 py-2 text-slate-900 focus:outline-2 focus:outline-brand-700"
			/>
			<ErrorList errors={fields.withdrawalNote.errors} />
			<Button type="submit" variant="secondary">
				{t('consent.withdraw.submit')}
			</Button>
		</Form>
	)
}

function ConsentItem({ consent, actionData }: { consent: ConsentView; actionData: ActionResult }) {
	const { t, i18n } = useTranslation('privacy')
	const locale = i18n.language
	return (
		<li className="rounded-md border border-slate-300 bg-white p-4">
			<h4 className="font-semibold text-slate-900">
				{t(`candidates:consentPurposes.${consent.purpose}`)}
				{consent.employer ? ` — ${consent.employer.name}` : ''}
			</h4>
			<dl className="mt-2 grid gap-x-4 gap-y-1 text-slate-800 sm:grid-cols-[12rem_1fr]">
				<dt className="font-medium">{t('consent.item.basis')}</dt>
				<dd>{t(`candidates:consentBases.${consent.basis}`)}</dd>
				<dt className="font-medium">{t('consent.item.givenOn')}</dt>
				<dd>{formatDate(consent.givenOn, locale)}</dd>
				<dt className="font-medium">{t('consent.item.recorded')}</dt>
				<dd>
					{t('consent.item.byAt', {
						name: consent.recordedByName ?? t('consent.item.formerUser'),
						date: formatDateTime(consent.recordedAt, locale),
					})}
				</dd>
				{consent.note ? (
					<>
						<dt className="font-medium">{t('consent.item.note')}</dt>
						<dd className="whitespace-pre-wrap">{consent.note}</dd>
					</>
				) : null}
				{consent.withdrawnAt ? (
					<>
						<dt className="font-medium">{t('consent.item.withdrawn')}</dt>
						<dd>
							{t('consent.item.byAt', {
								name: consent.withdrawnByName ?? t('consent.item.formerUser'),
								date: formatDateTime(consent.withdrawnAt, locale),
							})}
						</dd>
						{consent.withdrawalNote ? (
							<>
								<dt className="font-medium">{t('consent.item.withdrawalNote')}</dt>
								<dd className="whitespace-pre-wrap">{consent.withdrawalNote}</dd>
							</>
						) : null}
					</>
				) : null}
			</dl>
			{consent.active ? (
				<WithdrawForm
					consent={consent}
					lastResult={actionData?.formId === `withdraw-${consent.id}` ? actionData.result : undefined}
				/>
			) : null}
		</li>
	)
}

export default function CandidateConsent() {
	const { t } = useTranslation('privacy')
	const { consents } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>() as ActionResult
	const active = consents.filter((consent) => consent.active)
	const withdrawn = consents.filter((consent) => !consent.active)
	return (
		<section aria-labelledby="consent-title" className="space-y-6">
			<h2 id="consent-title" className="text-2xl font-semibold text-slate-900">
				{t('consent.title')}
			</h2>
			<p className="text-slate-800">{t('consent.intro')}</p>
			<VisibilityPanel />
			<section aria-labelledby="consent-active-title" className="space-y-3">
				<h3 id="consent-active-title" className="text-xl font-semibold text-slate-900">
					{t('consent.activeTitle')}
				</h3>
				{active.length === 0 ? (
					<p className="text-slate-800">{t('consent.noActive')}</p>
				) : (
					<ul className="space-y-3">
						{active.map((consent) => (
							<ConsentItem key={consent.id} consent={consent} actionData={actionData} />
						))}
					</ul>
				)}
			</section>
			<section
				aria-labelledby="consent-record-title"
				className="space-y-3 rounded-md border border-slate-300 bg-white p-4"
			>
				<h3 id="consent-record-title" className="text-xl font-semibold text-slate-900">
					{t('consent.form.title')}
				</h3>
				<RecordConsentForm lastResult={actionData?.formId === 'record' ? actionData.result : undefined} />
			</section>
			<section aria-labelledby="consent-withdrawn-title" className="space-y-3">
				<h3 id="consent-withdrawn-title" className="text-xl font-semibold text-slate-900">
					{t('consent.withdrawnTitle')}
				</h3>
				{withdrawn.length === 0 ? (
					<p className="text-slate-800">{t('consent.noWithdrawn')}</p>
				) : (
					<ul className="space-y-3">
						{withdrawn.map((consent) => (
							<ConsentItem key={consent.id} consent={consent} actionData={actionData} />
						))}
					</ul>
				)}
			</section>
		</section>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
