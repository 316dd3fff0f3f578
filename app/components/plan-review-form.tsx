// The one form of a review and of the re-assessment: progress per active goal, the coach's reading of
// the balance (with the check-ins' mean next to it), and the proposal with its motivation.
import { getFormProps, type SubmissionResult } from '@conform-to/react'
import { Form } from '@remix-run/react'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '#app/components/ui/button.tsx'
import { FormErrors, RadioGroup, TextareaField } from '#app/components/ui/field.tsx'
import {
	goalProgressLevels,
	reviewDecisions,
	type GoalProgress,
	type ReviewKind,
} from '#app/domain/plans/plan-options.ts'
import { balanceLevels } from '#app/domain/matching/placement-schema.ts'
import { createPlanReviewSchema } from '#app/domain/plans/plan-review-schema.ts'
import { formatDate } from '#app/utils/format.ts'
import { useValidatedForm } from '#app/utils/forms.ts'
import { useOneDecimal } from './plan-intensity-table.tsx'

export type PlanReviewFormGoal = {
	id: string
	text: string
	lastProgress: { heldOn: string; progress: GoalProgress; note: string | null } | null
}

export function PlanReviewForm({
	kind,
	goals,
	balanceAverage,
	lastResult,
}: {
	kind: ReviewKind
	goals: PlanReviewFormGoal[]
	/** The mean balance of the check-ins in the period under review, shown as a hint. */
	balanceAverage: number | null
	lastResult: SubmissionResult<string[]> | null | undefined
}) {
	const { t, i18n } = useTranslation('planReviews')
	const oneDecimal = useOneDecimal()
	const goalIds = useMemo(() => goals.map((goal) => goal.id), [goals])
	const schema = useMemo(() => createPlanReviewSchema({ goalIds }), [goalIds])
	const [form, fields] = useValidatedForm(schema, { id: 'plan-review', lastResult })
	const goalFields = fields.goals.getFieldset()
	const average =
		balanceAverage === null
			? t('form.balanceNoAverage')
			: t('form.balanceAverage', { score: oneDecimal(balanceAverage) })
	return (
		<Form method="post" className="space-y-6" aria-labelledby="plan-review-heading" {...getFormProps(form)}>
			<h2 id="plan-review-heading" className="text-2xl font-semibold text-slate-900">
				{t(`form.title.${kind}`)}
			</h2>
			<FormErrors id={form.errorId} errors={form.errors} />

			<section aria-labelledby="plan-review-goals-heading" className="space-y-4">
				<h3 id="plan-review-goals-heading" className="text-xl font-semibold text-slate-900">
					{t('form.goals')}
				</h3>
				{goals.length === 0 ? <p className="text-slate-800">{t('form.noGoals')}</p> : null}
				{goals.map((goal) => {
					const goalField = goalFields[goal.id]!.getFieldset()
					return (
						<div key={goal.id} className="space-y-3 rounded-md border border-slate-300 p-4">
							<RadioGroup
								field={goalField.progress}
								legend={goal.text}
								hint={
									goal.lastProgress
										? t('form.lastProgress', {
												date: formatDate(goal.lastProgress.heldOn, i18n.language),
												progress: t(`progress.${goal.lastProgress.progress}`),
											})
										: t('form.noLastProgress')
								}
								options={goalProgressLevels.map((level) => ({ value: level, label: t(`progress.${level}`) }))}
							/>
							<TextareaField field={goalField.note} label={t('form.goalNote')} rows={2} />
						</div>
					)
				})}
			</section>

			<section aria-labelledby="plan-review-balance-heading" className="space-y-4">
				<h3 id="plan-review-balance-heading" className="text-xl font-semibold text-slate-900">
					{t('form.balanceTitle')}
				</h3>
				<RadioGroup
					field={fields.balance}
					legend={t('form.balance')}
					hint={average}
					layout="list"
					options={balanceLevels.map((level) => ({
						value: String(level),
						label: `${level} · ${t(`placements:balance.${level}`)}`,
					}))}
				/>
				<TextareaField
					field={fields.balanceNote}
					label={t('form.balanceNote')}
					hint={t('form.balanceNoteHint')}
					rows={3}
				/>
			</section>

			<section aria-labelledby="plan-review-decision-heading" className="space-y-4">
				<h3 id="plan-review-decision-heading" className="text-xl font-semibold text-slate-900">
					{t('form.decisionTitle')}
				</h3>
				<RadioGroup
					field={fields.decision}
					legend={t('form.decision')}
					layout="list"
					options={reviewDecisions.map((decision) => ({ value: decision, label: t(`decisions.${decision}`) }))}
				/>
				<TextareaField
					field={fields.motivation}
					label={t('form.motivation')}
					hint={t(`form.motivationHint.${kind}`)}
					rows={6}
				/>
			</section>

			<Button type="submit">{t(`form.submit.${kind}`)}</Button>
		</Form>
	)
}
