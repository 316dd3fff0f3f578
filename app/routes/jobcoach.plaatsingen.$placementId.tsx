import { getFormProps, getSelectProps, type SubmissionResult } from '@conform-to/react'
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { type ReactNode, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Card, PageHeader } from '#app/components/page-header.tsx'
import { DurableCountdownText, PlacementStatusBadge } from '#app/components/placement-countdown.tsx'
import { PlacementDateField, PlacementFormHeading, PlacementIntentInput } from '#app/components/placement-fields.tsx'
import { textLinkClass } from '#app/components/place-card.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { PlacementChecklist } from '#app/components/placement-checklist.tsx'
import { PlacementPlanLinks } from '#app/components/placement-plan-links.tsx'
import { FormErrors, RadioGroup, SelectField, TextareaField, type ConformField } from '#app/components/ui/field.tsx'
import {
	balanceLevels,
	createAddCheckInSchema,
	createEndSchema,
	createPlacementActionSchema,
	createRecordCheckInSchema,
	createRescheduleCheckInSchema,
	createResumeSchema,
	createStageWorkingSchema,
	createStepBackSchema,
	endReasons,
	placementProblemMessages,
	type PlacementBounds,
	type PlacementIntent,
} from '#app/domain/matching/placement-schema.ts'
import {
	addCheckIn,
	endPlacement,
	getPlacement,
	getPlacementBounds,
	moveCandidateToWorking,
	placementToday,
	recordCheckIn,
	requirePlacement,
	rescheduleCheckIn,
	resumePlacement,
	startStepBack,
} from '#app/domain/matching/placements.server.ts'
import { CHECKLIST_INTENT, createChecklistSchema } from '#app/domain/plans/checklists.ts'
import {
	checklistProblemMessages,
	getChecklistPlaceType,
	getPlacementChecklist,
	saveChecklist,
} from '#app/domain/plans/checklists.server.ts'
import { getPlacementPlanSummary } from '#app/domain/plans/placement-plan-summary.server.ts'
import { hasPermission } from '#app/utils/auth.server.ts'
import { formatDate } from '#app/utils/format.ts'
import { invalidSubmission } from '#app/utils/forms.server.ts'
import { parseSubmission, useValidatedForm } from '#app/utils/forms.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { redirectWithToast } from '#app/utils/toast.server.ts'

export const meta: MetaFunction = (args) => pageMeta(args, 'placements:detail.metaTitle')

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { user, placementId, organizationId } = await requirePlacement(request, params)
	const today = placementToday()
	const placement = await getPlacement(placementId, user.id, today)
	const planSummary = await getPlacementPlanSummary(placementId, placement.place.type, today)
	const checklist = await getPlacementChecklist(placementId, placement.place.type, planSummary.agreement)
	return {
		placement,
		checklist,
		planSummary,
		today,
		canUpdate: hasPermission(user, 'update:placement', organizationId),
		canChangeStage: hasPermission(user, 'update:candidate', organizationId),
	}
}

const toastFor: Record<PlacementIntent, string> = {
	'record-check-in': 'placements:toast.checkInRecorded',
	'reschedule-check-in': 'placements:toast.checkInRescheduled',
	'add-check-in': 'placements:toast.checkInAdded',
	'step-back': 'placements:toast.steppedBack',
	resume: 'placements:toast.resumed',
	end: 'placements:toast.ended',
	'stage-working': 'placements:toast.stageWorking',
}

export async function action({ request, params }: ActionFunctionArgs) {
	const { user, placementId, candidateId, organizationId } = await requirePlacement(request, params, 'update:placement')
	const formData = await request.formData()
	if (formData.get('intent') === CHECKLIST_INTENT) return checklistAction(formData, placementId, user.id)
	const bounds = await getPlacementBounds(placementId, placementToday())
	const submission = parseSubmission(formData, createPlacementActionSchema(bounds))
	if (submission.status !== 'success') return invalidSubmission(submission)
	const value = submission.value
	const target = { placementId, actorId: user.id }
	if (value.intent === 'stage-working') {
		// The stage is the candidate's: the same right as on the candidate's own stage tab.
		if (!hasPermission(user, 'update:candidate', organizationId)) throw new Response('Not Found', { status: 404 })
		const refusal = await moveCandidateToWorking({ candidateId, actorId: user.id, occurredOn: value.occurredOn })
		if (refusal) return invalidSubmission(submission, { formErrors: [refusal] })
	} else {
		const result =
			value.intent === 'record-check-in'
				? await recordCheckIn({ ...target, input: value })
				: value.intent === 'reschedule-check-in'
					? await rescheduleCheckIn({ ...target, input: value })
					: value.intent === 'add-check-in'
						? await addCheckIn({ ...target, input: value })
						: value.intent === 'step-back'
							? await startStepBack({ ...target, input: value })
							: value.intent === 'resume'
								? await resumePlacement({ ...target, input: value })
								: await endPlacement({ ...target, input: value })
		if (!result.ok) {
			return invalidSubmission(submission, { formErrors: [placementProblemMessages[result.problem]] })
		}
	}
	return redirectWithToast(`/jobcoach/plaatsingen/${placementId}`, { title: toastFor[value.intent] })
}

/** The checklist form: its steps depend on the place type, so it is parsed apart from the other forms. */
async function checklistAction(formData: FormData, placementId: string, actorId: string) {
	const submission = parseSubmission(formData, createChecklistSchema(await getChecklistPlaceType(placementId)))
	if (submission.status !== 'success') return invalidSubmission(submission)
	const { done, shown } = submission.value
	const result = await saveChecklist({ placementId, actorId, done, shown })
	if (!result.ok) return invalidSubmission(submission, { formErrors: [checklistProblemMessages[result.problem]] })
	return redirectWithToast(`/jobcoach/plaatsingen/${placementId}`, { title: 'checklists:toast.saved' })
}

type LoaderData = ReturnType<typeof useLoaderData<typeof loader>>
type Placement = LoaderData['placement']
type LastResult = SubmissionResult<string[]> | null | undefined

export default function PlacementPage() {
	const { t, i18n } = useTranslation('placements')
	const { placement, checklist, planSummary, today, canUpdate, canChangeStage } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const submitted = actionData?.result.initialValue?.intent
	const resultFor = (intent: PlacementIntent) => (submitted === intent ? actionData?.result : null)
	const date = (value: string) => formatDate(value, i18n.language)
	const bounds: PlacementBounds = useMemo(
		() => ({ today, startDate: placement.startDate, stepBackStartedOn: placement.openStepBackStartedOn }),
		[today, placement.startDate, placement.openStepBackStartedOn],
	)
	const ended = placement.status === 'ENDED'
	const editable = canUpdate && !ended
	return (
		<div className="space-y-8">
			<PageHeader title={t('detail.title', { name: placement.candidate.name })}>
				<p>{t('detail.subtitle', { place: placement.place.title, employer: placement.employer.name })}</p>
			</PageHeader>
			<ul className="flex flex-wrap gap-x-6 gap-y-2">
				<li>
					<Link to="/jobcoach/plaatsingen" className={textLinkClass}>
						{t('detail.toList')}
					</Link>
				</li>
				<li>
					<Link to={`/jobcoach/kandidaten/${placement.candidate.id}`} className={textLinkClass}>
						{t('detail.toCandidate')}
					</Link>
				</li>
				{placement.proposalId ? (
					<li>
						<Link to={`/jobcoach/voorstellen/${placement.proposalId}`} className={textLinkClass}>
							{t('detail.toProposal')}
						</Link>
					</li>
				) : null}
			</ul>

			<Card>
				<h2 className="text-xl font-semibold text-slate-900">{t('detail.summary')}</h2>
				<p className="mt-3 text-lg font-semibold text-slate-900">
					<DurableCountdownText countdown={placement.countdown} ended={ended} />
				</p>
				<dl className="mt-4 grid gap-x-6 gap-y-3 sm:grid-cols-2">
					<div>
						<dt className="font-medium text-slate-700">{t('detail.status')}</dt>
						<dd>
							<PlacementStatusBadge status={placement.status} />
						</dd>
					</div>
					<div>
						<dt className="font-medium text-slate-700">{t('detail.startDate')}</dt>
						<dd className="text-slate-900">{date(placement.startDate)}</dd>
					</div>
					<div>
						<dt className="font-medium text-slate-700">{t('detail.hoursPerWeek')}</dt>
						<dd className="text-slate-900">{t('detail.hours', { count: placement.hoursPerWeek })}</dd>
					</div>
					<div>
						<dt className="font-medium text-slate-700">{t('detail.durableOn')}</dt>
						<dd className="text-slate-900">
							{date(placement.countdown.reached ? placement.countdown.since : placement.countdown.durableOn)}
						</dd>
					</div>
					<div>
						<dt className="font-medium text-slate-700">{t('detail.supervisor')}</dt>
						<dd className="text-slate-900">
							{placement.supervisorName}
							{placement.supervisorContact ? (
								<span className="block text-slate-700">{placement.supervisorContact}</span>
							) : null}
						</dd>
					</div>
					<div>
						<dt className="font-medium text-slate-700">{t('detail.primaryCoach')}</dt>
						<dd className="text-slate-900">{placement.candidate.primaryCoachName ?? t('detail.noCoach')}</dd>
					</div>
					{ended ? (
						<div className="sm:col-span-2">
							<dt className="font-medium text-slate-700">{t('detail.ended')}</dt>
							<dd className="text-slate-900">
								{placement.endedOn ? date(placement.endedOn) : null}
								{placement.endReason ? ` · ${t(`endReasons.${placement.endReason}`)}` : null}
								{placement.endNote ? <span className="mt-1 block whitespace-pre-line">{placement.endNote}</span> : null}
							</dd>
						</div>
					) : null}
				</dl>
			</Card>

			{!ended && canChangeStage && placement.candidate.stage !== 'WORKING' ? (
				<Card>
					<StageOffer placement={placement} bounds={bounds} lastResult={resultFor('stage-working')} />
				</Card>
			) : null}

			<PlacementPlanLinks placementId={placement.id} summary={planSummary} />

			<PlacementChecklist
				placementId={placement.id}
				placeType={placement.place.type}
				checklist={checklist}
				editable={editable}
				ended={ended}
				lastResult={submitted === CHECKLIST_INTENT ? actionData?.result : null}
			/>

			<section aria-labelledby="check-ins-heading" className="space-y-4">
				<h2 id="check-ins-heading" className="text-2xl font-semibold text-slate-900">
					{t('checkIns.title')}
				</h2>
				<p className="text-slate-800">{t('checkIns.intro')}</p>
				{!ended ? <PlannedCheckIns placement={placement} /> : null}
				{editable ? (
					<div className="grid gap-6 lg:grid-cols-2">
						<Card className="lg:col-span-2">
							<RecordCheckInForm placement={placement} bounds={bounds} lastResult={resultFor('record-check-in')} />
						</Card>
						{placement.openCheckIns.length > 0 ? (
							<Card>
								<RescheduleForm placement={placement} bounds={bounds} lastResult={resultFor('reschedule-check-in')} />
							</Card>
						) : null}
						<Card>
							<AddCheckInForm bounds={bounds} lastResult={resultFor('add-check-in')} />
						</Card>
					</div>
				) : null}
				<DoneCheckIns placement={placement} />
			</section>

			<section aria-labelledby="step-backs-heading" className="space-y-4">
				<h2 id="step-backs-heading" className="text-2xl font-semibold text-slate-900">
					{t('stepBack.title')}
				</h2>
				<p className="text-slate-800">{t('stepBack.intro')}</p>
				{editable && placement.status === 'ACTIVE' ? (
					<Card>
						<StepBackForm bounds={bounds} lastResult={resultFor('step-back')} />
					</Card>
				) : null}
				{editable && placement.status === 'PAUSED' ? (
					<Card>
						<ResumeForm bounds={bounds} lastResult={resultFor('resume')} />
					</Card>
				) : null}
				<StepBackHistory placement={placement} />
			</section>

			{editable ? (
				<section aria-labelledby="end-heading" className="space-y-4">
					<h2 id="end-heading" className="text-2xl font-semibold text-slate-900">
						{t('end.title')}
					</h2>
					<Card>
						<EndForm bounds={bounds} lastResult={resultFor('end')} />
					</Card>
				</section>
			) : null}
		</div>
	)
}

function StageOffer({
	placement,
	bounds,
	lastResult,
}: {
	placement: Placement
	bounds: PlacementBounds
	lastResult: LastResult
}) {
	const { t } = useTranslation('placements')
	const schema = useMemo(() => createStageWorkingSchema(bounds), [bounds])
	const occurredOn = placement.startDate <= bounds.today ? placement.startDate : bounds.today
	const [form, fields] = useValidatedForm(schema, { id: 'placement-stage', lastResult, defaultValue: { occurredOn } })
	const stage = t(`candidates:stages.${placement.candidate.stage}`)
	if (!placement.candidate.active) {
		return (
			<>
				<PlacementFormHeading id="placement-stage-heading">{t('stageOffer.title')}</PlacementFormHeading>
				<p className="text-slate-800">{t('stageOffer.inactive', { stage })}</p>
				<p className="mt-2">
					<Link to={`/jobcoach/kandidaten/${placement.candidate.id}/fase`} className={textLinkClass}>
						{t('stageOffer.toStageTab')}
					</Link>
				</p>
			</>
		)
	}
	return (
		<Form method="post" className="space-y-4" aria-labelledby="placement-stage-heading" {...getFormProps(form)}>
			<PlacementFormHeading id="placement-stage-heading">{t('stageOffer.title')}</PlacementFormHeading>
			<p className="text-slate-800">{t('stageOffer.intro', { stage })}</p>
			<FormErrors id={form.errorId} errors={form.errors} />
			<PlacementIntentInput intent="stage-working" />
			<PlacementDateField field={fields.occurredOn} label={t('stageOffer.occurredOn')} max={bounds.today} />
			<Button type="submit">{t('stageOffer.submit')}</Button>
		</Form>
	)
}

function PlannedCheckIns({ placement }: { placement: Placement }) {
	const { t, i18n } = useTranslation('placements')
	return (
		<section aria-labelledby="planned-check-ins-heading" className="space-y-2">
			<h3 id="planned-check-ins-heading" className="text-xl font-semibold text-slate-900">
				{t('checkIns.planned')}
			</h3>
			{placement.openCheckIns.length === 0 ? (
				<p className="text-slate-800">{t('checkIns.noneOpen')}</p>
			) : (
				<ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
					{placement.openCheckIns.map((checkIn) => (
						<li key={checkIn.id} className="rounded-md border border-slate-300 bg-white px-3 py-2">
							<time dateTime={checkIn.dueOn} className="text-slate-900">
								{formatDate(checkIn.dueOn, i18n.language)}
							</time>
							{checkIn.overdue ? (
								<span className="ml-2 text-sm font-semibold text-red-800">{t('checkIns.overdue')}</span>
							) : checkIn.due ? (
								<span className="ml-2 text-sm font-semibold text-amber-900">{t('checkIns.dueToday')}</span>
							) : null}
						</li>
					))}
				</ul>
			)}
		</section>
	)
}

function useCheckInOptions(placement: Placement) {
	const { t, i18n } = useTranslation('placements')
	return placement.openCheckIns.map((checkIn) => ({
		value: checkIn.id,
		label: checkIn.overdue
			? t('checkIns.optionOverdue', { date: formatDate(checkIn.dueOn, i18n.language) })
			: formatDate(checkIn.dueOn, i18n.language),
	}))
}

function BalanceGroup({ field }: { field: ConformField }) {
	const { t } = useTranslation('placements')
	return (
		<RadioGroup
			field={field}
			legend={t('record.balance')}
			hint={t('record.balanceHint')}
			layout="list"
			options={balanceLevels.map((level) => ({ value: String(level), label: t(`balance.${level}`) }))}
		/>
	)
}

function RecordCheckInForm({
	placement,
	bounds,
	lastResult,
}: {
	placement: Placement
	bounds: PlacementBounds
	lastResult: LastResult
}) {
	const { t } = useTranslation('placements')
	const schema = useMemo(() => createRecordCheckInSchema(bounds), [bounds])
	const options = useCheckInOptions(placement)
	const [form, fields] = useValidatedForm(schema, {
		id: 'placement-record',
		lastResult,
		defaultValue: { checkInId: placement.openCheckIns[0]?.id ?? '', doneOn: bounds.today },
	})
	const { key: _key, ...selectProps } = getSelectProps(fields.checkInId)
	return (
		<Form method="post" className="space-y-4" aria-labelledby="placement-record-heading" {...getFormProps(form)}>
			<PlacementFormHeading id="placement-record-heading">{t('record.title')}</PlacementFormHeading>
			<FormErrors id={form.errorId} errors={form.errors} />
			<PlacementIntentInput intent="record-check-in" />
			<div className="grid gap-4 sm:grid-cols-2">
				<SelectField
					label={t('record.which')}
					errors={fields.checkInId.errors}
					selectProps={selectProps}
					options={[...options, { value: '', label: t('record.extra') }]}
				/>
				<PlacementDateField
					field={fields.doneOn}
					label={t('record.doneOn')}
					min={bounds.startDate}
					max={bounds.today}
				/>
			</div>
			<TextareaField
				field={fields.candidateNote}
				label={t('record.candidateNote')}
				hint={t('record.candidateNoteHint')}
				rows={3}
			/>
			<TextareaField
				field={fields.employerNote}
				label={t('record.employerNote')}
				hint={t('record.employerNoteHint')}
				rows={3}
			/>
			<BalanceGroup field={fields.balance} />
			<Button type="submit">{t('record.submit')}</Button>
		</Form>
	)
}

function RescheduleForm({
	placement,
	bounds,
	lastResult,
}: {
	placement: Placement
	bounds: PlacementBounds
	lastResult: LastResult
}) {
	const { t } = useTranslation('placements')
	const schema = useMemo(() => createRescheduleCheckInSchema(bounds), [bounds])
	const options = useCheckInOptions(placement)
	const first = placement.openCheckIns[0]
	const [form, fields] = useValidatedForm(schema, {
		id: 'placement-reschedule',
		lastResult,
		defaultValue: { checkInId: first?.id ?? '', dueOn: first?.dueOn ?? bounds.today },
	})
	const { key: _key, ...selectProps } = getSelectProps(fields.checkInId)
	return (
		<Form method="post" className="space-y-4" aria-labelledby="placement-reschedule-heading" {...getFormProps(form)}>
			<PlacementFormHeading id="placement-reschedule-heading">{t('reschedule.title')}</PlacementFormHeading>
			<FormErrors id={form.errorId} errors={form.errors} />
			<PlacementIntentInput intent="reschedule-check-in" />
			<SelectField
				label={t('reschedule.which')}
				errors={fields.checkInId.errors}
				selectProps={selectProps}
				options={options}
			/>
			<PlacementDateField field={fields.dueOn} label={t('reschedule.dueOn')} min={bounds.startDate} />
			<Button type="submit" variant="secondary">
				{t('reschedule.submit')}
			</Button>
		</Form>
	)
}

function AddCheckInForm({ bounds, lastResult }: { bounds: PlacementBounds; lastResult: LastResult }) {
	const { t } = useTranslation('placements')
	const schema = useMemo(() => createAddCheckInSchema(bounds), [bounds])
	const [form, fields] = useValidatedForm(schema, { id: 'placement-add', lastResult })
	return (
		<Form method="post" className="space-y-4" aria-labelledby="placement-add-heading" {...getFormProps(form)}>
			<PlacementFormHeading id="placement-add-heading">{t('add.title')}</PlacementFormHeading>
			<FormErrors id={form.errorId} errors={form.errors} />
			<PlacementIntentInput intent="add-check-in" />
			<PlacementDateField field={fields.dueOn} label={t('add.dueOn')} min={bounds.startDate} />
			<Button type="submit" variant="secondary">
				{t('add.submit')}
			</Button>
		</Form>
	)
}

/** A titled list of what happened, or a line saying there is nothing yet. */
function HistorySection({
	id,
	title,
	empty,
	children,
}: {
	id: string
	title: string
	empty: string | null
	children: ReactNode
}) {
	return (
		<section aria-labelledby={id} className="space-y-3">
			<h3 id={id} className="text-xl font-semibold text-slate-900">
				{title}
			</h3>
			{empty ? <p className="text-slate-800">{empty}</p> : <ol className="space-y-3">{children}</ol>}
		</section>
	)
}

function DoneCheckIns({ placement }: { placement: Placement }) {
	const { t, i18n } = useTranslation('placements')
	return (
		<HistorySection
			id="done-check-ins-heading"
			title={t('checkIns.done')}
			empty={placement.doneCheckIns.length === 0 ? t('checkIns.noneDone') : null}
		>
			{placement.doneCheckIns.map((checkIn) => (
				<li key={checkIn.id} className="rounded-md border border-slate-300 bg-white p-4">
					<p className="font-semibold text-slate-900">
						<time dateTime={checkIn.doneOn}>{formatDate(checkIn.doneOn, i18n.language)}</time>
						{checkIn.balance ? ` · ${t(`balance.${checkIn.balance}`)} (${checkIn.balance}/5)` : ''}
					</p>
					<dl className="mt-2 space-y-2">
						<div>
							<dt className="font-medium text-slate-700">{t('record.candidateNote')}</dt>
							<dd className="whitespace-pre-line text-slate-900">{checkIn.candidateNote || t('checkIns.noNote')}</dd>
						</div>
						<div>
							<dt className="font-medium text-slate-700">{t('record.employerNote')}</dt>
							<dd className="whitespace-pre-line text-slate-900">{checkIn.employerNote || t('checkIns.noNote')}</dd>
						</div>
					</dl>
					<p className="mt-2 text-sm text-slate-700">
						{t('checkIns.recordedBy', { name: checkIn.recordedByName ?? t('checkIns.unknownRecorder') })}
					</p>
				</li>
			))}
		</HistorySection>
	)
}

function StepBackForm({ bounds, lastResult }: { bounds: PlacementBounds; lastResult: LastResult }) {
	const { t } = useTranslation('placements')
	const schema = useMemo(() => createStepBackSchema(bounds), [bounds])
	const [form, fields] = useValidatedForm(schema, {
		id: 'placement-step-back',
		lastResult,
		defaultValue: { startedOn: bounds.today },
	})
	return (
		<Form method="post" className="space-y-4" aria-labelledby="placement-step-back-heading" {...getFormProps(form)}>
			<PlacementFormHeading id="placement-step-back-heading">{t('stepBack.formTitle')}</PlacementFormHeading>
			<p className="text-slate-800">{t('stepBack.formIntro')}</p>
			<FormErrors id={form.errorId} errors={form.errors} />
			<PlacementIntentInput intent="step-back" />
			<PlacementDateField
				field={fields.startedOn}
				label={t('stepBack.startedOn')}
				min={bounds.startDate}
				max={bounds.today}
			/>
			<TextareaField field={fields.reason} label={t('stepBack.reason')} hint={t('stepBack.reasonHint')} rows={3} />
			<Button type="submit" variant="secondary">
				{t('stepBack.submit')}
			</Button>
		</Form>
	)
}

function ResumeForm({ bounds, lastResult }: { bounds: PlacementBounds; lastResult: LastResult }) {
	const { t, i18n } = useTranslation('placements')
	const schema = useMemo(() => createResumeSchema(bounds), [bounds])
	const [form, fields] = useValidatedForm(schema, {
		id: 'placement-resume',
		lastResult,
		defaultValue: { resumedOn: bounds.today },
	})
	return (
		<Form method="post" className="space-y-4" aria-labelledby="placement-resume-heading" {...getFormProps(form)}>
			<PlacementFormHeading id="placement-resume-heading">{t('resume.title')}</PlacementFormHeading>
			<p className="text-slate-800">
				{t('resume.intro', {
					date: bounds.stepBackStartedOn ? formatDate(bounds.stepBackStartedOn, i18n.language) : '',
				})}
			</p>
			<FormErrors id={form.errorId} errors={form.errors} />
			<PlacementIntentInput intent="resume" />
			<PlacementDateField
				field={fields.resumedOn}
				label={t('resume.resumedOn')}
				min={bounds.stepBackStartedOn}
				max={bounds.today}
			/>
			<Button type="submit">{t('resume.submit')}</Button>
		</Form>
	)
}

function StepBackHistory({ placement }: { placement: Placement }) {
	const { t, i18n } = useTranslation('placements')
	const date = (value: string) => formatDate(value, i18n.language)
	return (
		<HistorySection
			id="step-back-history-heading"
			title={t('stepBack.history')}
			empty={placement.stepBacks.length === 0 ? t('stepBack.none') : null}
		>
			{placement.stepBacks.map((period) => (
				<li key={period.id} className="rounded-md border border-slate-300 bg-white p-4">
					<p className="font-semibold text-slate-900">
						{period.endedOn
							? t('stepBack.period', { from: date(period.startedOn), to: date(period.endedOn) })
							: t('stepBack.openPeriod', { from: date(period.startedOn) })}
					</p>
					<p className="mt-1 whitespace-pre-line text-slate-900">{period.reason}</p>
				</li>
			))}
		</HistorySection>
	)
}

function EndForm({ bounds, lastResult }: { bounds: PlacementBounds; lastResult: LastResult }) {
	const { t } = useTranslation('placements')
	const schema = useMemo(() => createEndSchema(bounds), [bounds])
	const [form, fields] = useValidatedForm(schema, {
		id: 'placement-end',
		lastResult,
		defaultValue: { endedOn: bounds.today },
	})
	return (
		<Form method="post" className="space-y-4" aria-labelledby="placement-end-heading" {...getFormProps(form)}>
			<PlacementFormHeading id="placement-end-heading">{t('end.formTitle')}</PlacementFormHeading>
			<p className="text-slate-800">{t('end.intro')}</p>
			<FormErrors id={form.errorId} errors={form.errors} />
			<PlacementIntentInput intent="end" />
			<PlacementDateField
				field={fields.endedOn}
				label={t('end.endedOn')}
				hint={t('end.endedOnHint')}
				min={bounds.startDate}
				max={bounds.today}
			/>
			<RadioGroup
				field={fields.endReason}
				legend={t('end.reason')}
				layout="list"
				options={endReasons.map((reason) => ({ value: reason, label: t(`endReasons.${reason}`) }))}
			/>
			<TextareaField field={fields.endNote} label={t('end.note')} hint={t('end.noteHint')} rows={3} />
			<Button type="submit" variant="danger">
				{t('end.submit')}
			</Button>
		</Form>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
