import { getFormProps, getInputProps, getSelectProps, type SubmissionResult } from '@conform-to/react'
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { useMemo, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Card } from '#app/components/page-header.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { Field, FormErrors, SelectField, TextareaField, type ConformField } from '#app/components/ui/field.tsx'
import { candidateStages } from '#app/domain/candidates/candidate-options.ts'
import { requireCandidate } from '#app/domain/candidates/candidates.server.ts'
import {
	CoachesSchema,
	createChangeStageSchema,
	createFollowUpSchema,
	createReturnSchema,
	createStageActionSchema,
	createStepBackSchema,
	stageProblemMessages,
	type StageIntent,
} from '#app/domain/candidates/stage-schema.ts'
import {
	changeStage,
	getStageContext,
	returnCandidate,
	setCoaches,
	setFollowUp,
	stepBack,
} from '#app/domain/candidates/stages.server.ts'
import { amsterdamDate } from '#app/utils/amsterdam-time.ts'
import { now } from '#app/utils/clock.server.ts'
import { formatDate } from '#app/utils/format.ts'
import { invalidSubmission, parseFormRequest } from '#app/utils/forms.server.ts'
import { useValidatedForm } from '#app/utils/forms.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { redirectWithToast } from '#app/utils/toast.server.ts'

export const meta: MetaFunction = (args) => pageMeta(args, 'candidates:tabs.stage')

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { candidateId, organizationId } = await requireCandidate(request, params)
	return { ...(await getStageContext(candidateId, organizationId)), today: amsterdamDate(now()) }
}

const toastFor: Record<StageIntent, string> = {
	'change-stage': 'caseload:stage.toast.stageChanged',
	'step-back': 'caseload:stage.toast.steppedBack',
	return: 'caseload:stage.toast.returned',
	coaches: 'caseload:stage.toast.coachesChanged',
	'follow-up': 'caseload:stage.toast.followUpSaved',
}

export async function action({ request, params }: ActionFunctionArgs) {
	const { user, candidateId, organizationId } = await requireCandidate(request, params, 'update:candidate')
	const submission = await parseFormRequest(request, createStageActionSchema({ today: amsterdamDate(now()) }))
	if (submission.status !== 'success') return invalidSubmission(submission)
	const value = submission.value
	const target = { candidateId, actorId: user.id }
	const result =
		value.intent === 'change-stage'
			? await changeStage({ ...target, input: value })
			: value.intent === 'step-back'
				? await stepBack({ ...target, input: value })
				: value.intent === 'return'
					? await returnCandidate({ ...target, input: value })
					: value.intent === 'coaches'
						? await setCoaches({ ...target, organizationId, input: value })
						: await setFollowUp({ ...target, input: value })
	if (!result.ok) {
		return 'problem' in result
			? invalidSubmission(submission, { formErrors: [stageProblemMessages[result.problem]] })
			: invalidSubmission(submission, { fieldErrors: result.fieldErrors })
	}
	return redirectWithToast(`/jobcoach/kandidaten/${candidateId}/fase`, { title: toastFor[value.intent] })
}

type LoaderData = ReturnType<typeof useLoaderData<typeof loader>>
type LastResult = SubmissionResult<string[]> | null | undefined

/** A stored calendar date (midnight UTC) as a date input's value. */
const dateValue = (value: Date | string | null) => (value ? new Date(value).toISOString().slice(0, 10) : undefined)

export default function CandidateStageTab() {
	const { t, i18n } = useTranslation('caseload')
	const data = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const submitted = actionData?.result.initialValue?.intent
	const resultFor = (intent: StageIntent) => (submitted === intent ? actionData?.result : null)
	const stageLabel = (stage: string | null) => (stage ? t(`candidates:stages.${stage}`) : '')
	const date = (value: Date | string) => formatDate(value, i18n.language)
	return (
		<section aria-labelledby="stage-title" className="space-y-6">
			<h2 id="stage-title" className="text-2xl font-semibold text-slate-900">
				{t('stage.title')}
			</h2>
			<p className="text-slate-800">
				{data.active
					? t('stage.currentActive', { stage: stageLabel(data.stage) })
					: t('stage.currentInactive', { stage: stageLabel(data.stage) })}
			</p>

			<div className="grid gap-6 lg:grid-cols-2">
				{data.active ? (
					<Card>
						<ChangeStageForm data={data} lastResult={resultFor('change-stage')} />
					</Card>
				) : null}
				{data.active ? (
					<Card>
						<StepBackForm today={data.today} lastResult={resultFor('step-back')} />
					</Card>
				) : null}
				{!data.active || data.stage === 'COMPLETED' ? (
					<Card>
						<ReturnForm data={data} lastResult={resultFor('return')} />
					</Card>
				) : null}
				<Card>
					<CoachesForm data={data} lastResult={resultFor('coaches')} />
				</Card>
				<Card>
					<FollowUpForm data={data} lastResult={resultFor('follow-up')} />
				</Card>
			</div>

			<section aria-labelledby="history-title" className="space-y-3">
				<h3 id="history-title" className="text-xl font-semibold text-slate-900">
					{t('stage.history.title')}
				</h3>
				{data.events.length === 0 ? (
					<p className="text-slate-800">{t('stage.history.empty')}</p>
				) : (
					<ol className="space-y-3">
						{data.events.map((event) => (
							<li key={event.id} className="rounded-md border border-slate-300 bg-white p-4">
								<p className="font-semibold text-slate-900">
									<time dateTime={dateValue(event.occurredOn)}>{date(event.occurredOn)}</time>
									{' · '}
									{t(`candidates:eventKinds.${event.kind}`)}
								</p>
								{event.fromStage && event.toStage && event.fromStage !== event.toStage ? (
									<p className="text-slate-800">
										{t('stage.history.fromTo', { from: stageLabel(event.fromStage), to: stageLabel(event.toStage) })}
									</p>
								) : event.toStage ? (
									<p className="text-slate-800">{t('stage.history.inStage', { stage: stageLabel(event.toStage) })}</p>
								) : null}
								{event.note ? <p className="mt-1 whitespace-pre-line text-slate-900">{event.note}</p> : null}
								<p className="mt-1 text-sm text-slate-700">
									{t('stage.history.recordedBy', { name: event.recordedByName ?? t('stage.history.unknownRecorder') })}
								</p>
							</li>
						))}
					</ol>
				)}
			</section>
		</section>
	)
}

function IntentInput({ intent }: { intent: StageIntent }) {
	return <input type="hidden" name="intent" value={intent} />
}

function FormTitle({ children }: { children: ReactNode }) {
	return <h3 className="mb-2 text-lg font-semibold text-slate-900">{children}</h3>
}

function DateField({ field, label, max }: { field: ConformField; label: string; max?: string }) {
	const { key: _key, ...props } = getInputProps(field, { type: 'date' })
	return <Field label={label} errors={field.errors} inputProps={{ ...props, max }} className="max-w-xs" />
}

function StageSelect({ field, label, emptyLabel }: { field: ConformField; label: string; emptyLabel?: string }) {
	const { t } = useTranslation('candidates')
	const { key: _key, ...props } = getSelectProps(field)
	const options = candidateStages.map((stage) => ({ value: stage, label: t(`stages.${stage}`) }))
	return (
		<SelectField
			label={label}
			errors={field.errors}
			selectProps={props}
			options={emptyLabel ? [{ value: '', label: emptyLabel }, ...options] : options}
		/>
	)
}

function ChangeStageForm({ data, lastResult }: { data: LoaderData; lastResult: LastResult }) {
	const { t } = useTranslation('caseload')
	const schema = useMemo(() => createChangeStageSchema({ today: data.today }), [data.today])
	const [form, fields] = useValidatedForm(schema, {
		id: 'stage-change',
		lastResult,
		defaultValue: { stage: data.stage, occurredOn: data.today },
	})
	return (
		<Form method="post" className="space-y-4" {...getFormProps(form)}>
			<FormTitle>{t('stage.change.title')}</FormTitle>
			<FormErrors id={form.errorId} errors={form.errors} />
			<IntentInput intent="change-stage" />
			<StageSelect field={fields.stage} label={t('stage.change.stage')} />
			<DateField field={fields.occurredOn} label={t('stage.form.occurredOn')} max={data.today} />
			<TextareaField field={fields.note} label={t('stage.form.note')} hint={t('stage.form.noteHint')} rows={3} />
			<Button type="submit">{t('stage.change.submit')}</Button>
		</Form>
	)
}

function StepBackForm({ today, lastResult }: { today: string; lastResult: LastResult }) {
	const { t } = useTranslation('caseload')
	const schema = useMemo(() => createStepBackSchema({ today }), [today])
	const [form, fields] = useValidatedForm(schema, {
		id: 'stage-step-back',
		lastResult,
		defaultValue: { occurredOn: today },
	})
	return (
		<Form method="post" className="space-y-4" {...getFormProps(form)}>
			<FormTitle>{t('stage.stepBack.title')}</FormTitle>
			<p className="text-slate-800">{t('stage.stepBack.intro')}</p>
			<FormErrors id={form.errorId} errors={form.errors} />
			<IntentInput intent="step-back" />
			<DateField field={fields.occurredOn} label={t('stage.form.occurredOn')} max={today} />
			<TextareaField field={fields.note} label={t('stage.form.note')} hint={t('stage.form.noteHint')} rows={3} />
			<Button type="submit" variant="secondary">
				{t('stage.stepBack.submit')}
			</Button>
		</Form>
	)
}

function ReturnForm({ data, lastResult }: { data: LoaderData; lastResult: LastResult }) {
	const { t } = useTranslation('caseload')
	const schema = useMemo(() => createReturnSchema({ today: data.today }), [data.today])
	const [form, fields] = useValidatedForm(schema, {
		id: 'stage-return',
		lastResult,
		defaultValue: { occurredOn: data.today },
	})
	return (
		<Form method="post" className="space-y-4" {...getFormProps(form)}>
			<FormTitle>{t('stage.return.title')}</FormTitle>
			<p className="text-slate-800">{t(data.active ? 'stage.return.introCompleted' : 'stage.return.introInactive')}</p>
			<FormErrors id={form.errorId} errors={form.errors} />
			<IntentInput intent="return" />
			<DateField field={fields.occurredOn} label={t('stage.form.occurredOn')} max={data.today} />
			<StageSelect field={fields.stage} label={t('stage.return.stage')} emptyLabel={t('stage.return.keepStage')} />
			<TextareaField field={fields.note} label={t('stage.form.note')} hint={t('stage.form.noteHint')} rows={3} />
			<Button type="submit">{t('stage.return.submit')}</Button>
		</Form>
	)
}

function CoachSelect({ field, label, data }: { field: ConformField; label: string; data: LoaderData }) {
	const { t } = useTranslation('caseload')
	const { key: _key, ...props } = getSelectProps(field)
	return (
		<SelectField
			label={label}
			errors={field.errors}
			selectProps={props}
			options={[
				{ value: '', label: t('stage.coaches.nobody') },
				...data.coaches.map((coach) => ({ value: coach.id, label: coach.name })),
			]}
		/>
	)
}

function CoachesForm({ data, lastResult }: { data: LoaderData; lastResult: LastResult }) {
	const { t } = useTranslation('caseload')
	const [form, fields] = useValidatedForm(CoachesSchema, {
		id: 'stage-coaches',
		lastResult,
		defaultValue: { primaryCoachId: data.primaryCoachId ?? '', routeSupporterId: data.routeSupporterId ?? '' },
	})
	return (
		<Form method="post" className="space-y-4" {...getFormProps(form)}>
			<FormTitle>{t('stage.coaches.title')}</FormTitle>
			<FormErrors id={form.errorId} errors={form.errors} />
			<IntentInput intent="coaches" />
			<CoachSelect field={fields.primaryCoachId} label={t('stage.coaches.primaryCoach')} data={data} />
			<CoachSelect field={fields.routeSupporterId} label={t('stage.coaches.routeSupporter')} data={data} />
			<Button type="submit">{t('stage.coaches.submit')}</Button>
		</Form>
	)
}

function FollowUpForm({ data, lastResult }: { data: LoaderData; lastResult: LastResult }) {
	const { t } = useTranslation('caseload')
	const schema = useMemo(() => createFollowUpSchema({ today: data.today }), [data.today])
	const [form, fields] = useValidatedForm(schema, {
		id: 'stage-follow-up',
		lastResult,
		defaultValue: {
			lastContactAt: dateValue(data.lastContactAt),
			nextAction: data.nextAction ?? '',
			nextActionDate: dateValue(data.nextActionDate),
		},
	})
	return (
		<Form method="post" className="space-y-4" {...getFormProps(form)}>
			<FormTitle>{t('stage.followUp.title')}</FormTitle>
			<FormErrors id={form.errorId} errors={form.errors} />
			<IntentInput intent="follow-up" />
			<DateField field={fields.lastContactAt} label={t('stage.followUp.lastContactAt')} max={data.today} />
			<TextareaField field={fields.nextAction} label={t('stage.followUp.nextAction')} rows={2} />
			<DateField field={fields.nextActionDate} label={t('stage.followUp.nextActionDate')} />
			<Button type="submit">{t('stage.followUp.submit')}</Button>
		</Form>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
