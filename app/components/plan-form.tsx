// The support plan form: one form to write and to edit the plan. Goals and review dates are lists
// with add and remove buttons that are Conform list intents: plain submit buttons, so they work
// without JavaScript too (the server answers with the list changed and everything typed kept).
// The intensity preview recomputes the yearly hours of all three methods as the coach types.
import { getFormProps, getInputProps, type SubmissionResult } from '@conform-to/react'
import { Form } from '@remix-run/react'
import { type ComponentProps, useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '#app/components/ui/button.tsx'
import { ErrorList, Field, FormErrors, FormField, RadioGroup, TextareaField } from '#app/components/ui/field.tsx'
import { FormActions, FormSection, NumberField, withoutKey } from '#app/components/ui/form-layout.tsx'
import { PlacementDateField } from '#app/components/placement-fields.tsx'
import { intensityComparison } from '#app/domain/plans/intensity.ts'
import {
	intensityMethods,
	planFunders,
	planRequesters,
	supportRegimes,
	isOneOf,
} from '#app/domain/plans/plan-options.ts'
import {
	DURATION_MONTHS_MAX,
	DURATION_MONTHS_MIN,
	GOALS_MAX,
	REVIEW_DATES_MAX,
	SupportPlanSchema,
	parseDecimal,
} from '#app/domain/plans/plan-schema.ts'
import { planEndsOn } from '#app/domain/plans/plan-dates.ts'
import { isCalendarDate } from '#app/domain/places/place-schema.ts'
import { useFormatDate } from '#app/utils/format.ts'
import { useValidatedForm } from '#app/utils/forms.ts'
import { PlanIntensityTable, type IntensityRow } from './plan-intensity-table.tsx'

export type PlanFormProps = {
	placementId: string
	contractHoursPerWeek: number
	exists: boolean
	defaultValue: Record<string, unknown>
	lastResult?: SubmissionResult<string[]> | null
}

/** The add and remove buttons of the goal and review-date lists: submit buttons, so they work without JavaScript. */
function ListButton(props: ComponentProps<typeof Button>) {
	return <Button type="submit" variant="secondary" className="min-h-11" {...props} />
}

/** The preview's rows: every method's hours from what is typed so far; a figure not (yet) a number shows "—". */
function previewRows(
	values: { method?: string; hours?: string; percent?: string; regime?: string; duration?: string },
	contractHoursPerWeek: number,
): IntensityRow[] {
	const hours = parseDecimal(values.hours ?? '')
	const percent = parseDecimal(values.percent ?? '')
	const regime = isOneOf(supportRegimes, values.regime) ? values.regime : null
	const duration = Number(values.duration)
	const rows = intensityComparison(
		{
			intensityMethod: isOneOf(intensityMethods, values.method) ? values.method : 'HOURS_PER_WEEK',
			supportHoursPerWeek: Number.isFinite(hours) ? hours : 0,
			supportPercent: Number.isFinite(percent) ? percent : 0,
			supportRegime: regime ?? 'LIGHT',
			durationMonths: Number.isInteger(duration) && duration > 0 ? duration : 0,
		},
		contractHoursPerWeek,
	)
	const known = {
		HOURS_PER_WEEK: Number.isFinite(hours),
		PERCENT_OF_CONTRACT: Number.isFinite(percent),
		REGIME: !!regime,
	}
	return rows.map((row) => ({
		...row,
		chosen: row.method === values.method,
		hoursPerWeek: known[row.method] ? row.hoursPerWeek : null,
		yearlyHours: known[row.method] ? row.yearlyHours : null,
		totalHours: known[row.method] && Number.isInteger(duration) && duration > 0 ? row.totalHours : null,
	}))
}

export function PlanForm({ placementId, contractHoursPerWeek, exists, defaultValue, lastResult }: PlanFormProps) {
	const { t } = useTranslation('plans')
	const formatDate = useFormatDate()
	const [form, fields] = useValidatedForm(SupportPlanSchema, { id: 'support-plan', lastResult, defaultValue })
	const goals = fields.goals.getFieldList()
	const reviewDates = fields.reviewDates.getFieldList()
	// A removed row takes its button with it: focus moves to the row before it (or the new first row)
	// instead of dropping to the page's start. Without JavaScript the page reloads and this never runs.
	const removed = useRef<{ list: 'goals' | 'reviewDates'; index: number } | null>(null)
	useEffect(() => {
		if (!removed.current) return
		const { list, index } = removed.current
		removed.current = null
		const row = Math.max(index - 1, 0)
		const id = list === 'goals' ? goals[row]?.getFieldset().text.id : reviewDates[row]?.id
		if (id) document.getElementById(id)?.focus()
	})
	const startsOn = fields.startsOn.value ?? ''
	const duration = Number(fields.durationMonths.value)
	const endsOn =
		isCalendarDate(startsOn) &&
		Number.isInteger(duration) &&
		duration >= DURATION_MONTHS_MIN &&
		duration <= DURATION_MONTHS_MAX
			? planEndsOn(startsOn, duration)
			: null
	const rows = previewRows(
		{
			method: fields.intensityMethod.value,
			hours: fields.supportHoursPerWeek.value,
			percent: fields.supportPercent.value,
			regime: fields.supportRegime.value,
			duration: fields.durationMonths.value,
		},
		contractHoursPerWeek,
	)
	return (
		<Form method="post" className="space-y-6" {...getFormProps(form)}>
			{/* Enter in a field submits with the form's first submit button: make that the save, not "remove goal 1". */}
			<button type="submit" className="sr-only" tabIndex={-1} aria-hidden="true">
				{t(exists ? 'form.save' : 'form.create')}
			</button>
			<FormErrors id={form.errorId} errors={form.errors} />

			<FormSection title={t('sections.goals')} intro={t('form.goalsIntro')}>
				<ol className="space-y-4">
					{goals.map((goal, index) => {
						const { id, text } = goal.getFieldset()
						return (
							<li key={goal.key ?? index} className="space-y-2">
								<input {...withoutKey(getInputProps(id, { type: 'hidden' }))} />
								<TextareaField field={text} label={t('form.goal', { number: index + 1 })} rows={2} />
								{goals.length > 1 ? (
									<ListButton
										{...form.remove.getButtonProps({ name: fields.goals.name, index })}
										onClick={() => (removed.current = { list: 'goals', index })}
									>
										{t('form.removeGoal', { number: index + 1 })}
									</ListButton>
								) : null}
							</li>
						)
					})}
				</ol>
				<ErrorList id={fields.goals.errorId} errors={fields.goals.errors} />
				{goals.length < GOALS_MAX ? (
					<ListButton {...form.insert.getButtonProps({ name: fields.goals.name, defaultValue: { id: '', text: '' } })}>
						{t('form.addGoal')}
					</ListButton>
				) : null}
			</FormSection>

			<FormSection title={t('sections.tasks')} intro={t('form.tasksIntro')}>
				<TextareaField field={fields.coachTasks} label={t('tasks.coach')} rows={3} />
				<TextareaField field={fields.employerTasks} label={t('tasks.employer')} rows={3} />
				<TextareaField field={fields.supervisorTasks} label={t('tasks.supervisor')} rows={3} />
			</FormSection>

			<FormSection title={t('sections.intensity')} intro={t('form.intensityIntro')}>
				<RadioGroup
					field={fields.intensityMethod}
					legend={t('form.intensityMethod')}
					layout="list"
					options={intensityMethods.map((method) => ({ value: method, label: t(`methods.${method}`) }))}
				/>
				<div className="grid gap-4 sm:grid-cols-2">
					<Field
						label={t('form.supportHoursPerWeek')}
						hint={t('form.supportHoursPerWeekHint')}
						errors={fields.supportHoursPerWeek.errors}
						inputProps={{
							...withoutKey(getInputProps(fields.supportHoursPerWeek, { type: 'text' })),
							inputMode: 'decimal',
						}}
					/>
					<Field
						label={t('form.supportPercent')}
						hint={t('form.supportPercentHint', { hours: contractHoursPerWeek })}
						errors={fields.supportPercent.errors}
						inputProps={{ ...withoutKey(getInputProps(fields.supportPercent, { type: 'text' })), inputMode: 'decimal' }}
					/>
				</div>
				<RadioGroup
					field={fields.supportRegime}
					legend={t('form.supportRegime')}
					layout="list"
					options={supportRegimes.map((regime) => ({ value: regime, label: t(`regimes.${regime}`) }))}
				/>
				<section aria-labelledby="support-plan-preview-heading" className="space-y-2">
					<h3 id="support-plan-preview-heading" className="text-lg font-semibold text-slate-900">
						{t('form.previewTitle')}
					</h3>
					<p className="text-sm text-slate-700">{t('form.previewIntro', { hours: contractHoursPerWeek })}</p>
					<PlanIntensityTable
						rows={rows}
						durationMonths={Number.isInteger(duration) && duration > 0 ? duration : null}
						caption={t('form.previewTitle')}
						settings={{
							supportHoursPerWeek: fields.supportHoursPerWeek.value ?? '',
							supportPercent: fields.supportPercent.value ?? '',
							supportRegime: fields.supportRegime.value ?? '',
							contractHoursPerWeek,
						}}
					/>
				</section>
			</FormSection>

			<FormSection title={t('sections.duration')} intro={t('form.durationIntro')}>
				<div className="grid gap-4 sm:grid-cols-2">
					<PlacementDateField field={fields.startsOn} label={t('duration.startsOn')} />
					<NumberField
						field={fields.durationMonths}
						label={t('form.durationMonths')}
						hint={t('form.durationMonthsHint', { min: DURATION_MONTHS_MIN, max: DURATION_MONTHS_MAX })}
						min={DURATION_MONTHS_MIN}
						max={DURATION_MONTHS_MAX}
					/>
				</div>
				<p className="text-slate-800" aria-live="polite">
					{endsOn ? t('form.endsOn', { date: formatDate(endsOn) }) : t('form.endsOnUnknown')}
				</p>
				<fieldset className="space-y-3">
					<legend className="font-medium text-slate-900">{t('duration.reviewDates')}</legend>
					<p className="text-sm text-slate-700">{t('form.reviewDatesHint')}</p>
					<ol className="space-y-3">
						{reviewDates.map((date, index) => (
							<li key={date.key ?? index} className="flex flex-wrap items-end gap-3">
								<PlacementDateField
									field={date}
									label={t('form.reviewDate', { number: index + 1 })}
									min={isCalendarDate(startsOn) ? startsOn : null}
									max={endsOn}
								/>
								{reviewDates.length > 1 ? (
									<ListButton
										{...form.remove.getButtonProps({ name: fields.reviewDates.name, index })}
										onClick={() => (removed.current = { list: 'reviewDates', index })}
									>
										{t('form.removeReviewDate', { number: index + 1 })}
									</ListButton>
								) : null}
							</li>
						))}
					</ol>
					<ErrorList id={fields.reviewDates.errorId} errors={fields.reviewDates.errors} />
					{reviewDates.length < REVIEW_DATES_MAX ? (
						<ListButton {...form.insert.getButtonProps({ name: fields.reviewDates.name, defaultValue: '' })}>
							{t('form.addReviewDate')}
						</ListButton>
					) : null}
				</fieldset>
			</FormSection>

			<FormSection title={t('sections.request')}>
				<RadioGroup
					field={fields.requestedBy}
					legend={t('request.requestedBy')}
					options={planRequesters.map((requester) => ({ value: requester, label: t(`requesters.${requester}`) }))}
				/>
				<RadioGroup
					field={fields.funder}
					legend={t('request.funder')}
					options={planFunders.map((funder) => ({ value: funder, label: t(`funders.${funder}`) }))}
				/>
				<FormField field={fields.funderName} label={t('request.funderName')} hint={t('form.funderNameHint')} />
			</FormSection>

			<FormActions
				submitLabel={t(exists ? 'form.save' : 'form.create')}
				cancelTo={`/jobcoach/plaatsingen/${placementId}/plan`}
				cancelLabel={t('form.cancel')}
			/>
		</Form>
	)
}
