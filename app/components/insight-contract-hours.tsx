// The coordinator's form under the caseload figure: every jobcoach's contracted hours a week in one
// form, one labelled field per coach. Empty means not known. Jobcoaches see only the figure.
import { getFormProps, getInputProps, type SubmissionResult } from '@conform-to/react'
import { Form } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { ContractHoursSchema, type CoachContractHours } from '#app/domain/insight/contract-hours-schema.ts'
import { intlLocale } from '#app/utils/format.ts'
import { useValidatedForm } from '#app/utils/forms.ts'
import { Button } from './ui/button.tsx'
import { Field, FormErrors } from './ui/field.tsx'

export function InsightContractHours({
	coaches,
	lastResult,
}: {
	coaches: CoachContractHours[]
	lastResult?: SubmissionResult<string[]> | null
}) {
	const { t, i18n } = useTranslation('insight')
	const decimal = (hours: number) => hours.toLocaleString(intlLocale(i18n.language))
	const [form, fields] = useValidatedForm(ContractHoursSchema, {
		id: 'insight-contract-hours',
		lastResult,
		defaultValue: {
			coaches: coaches.map((coach) => ({
				membershipId: coach.membershipId,
				hours: coach.contractHours === null ? '' : decimal(coach.contractHours),
			})),
		},
	})
	const list = fields.coaches.getFieldList()
	return (
		<section aria-labelledby="contract-hours-heading" className="space-y-3 border-t border-slate-300 pt-4">
			<h3 id="contract-hours-heading" className="text-lg font-semibold">
				{t('contractHours.heading')}
			</h3>
			{coaches.length === 0 ? (
				<p className="text-slate-700">{t('contractHours.none')}</p>
			) : (
				<Form method="post" className="space-y-4" {...getFormProps(form)}>
					<p id="contract-hours-intro" className="text-slate-700">
						{t('contractHours.intro')}
					</p>
					<FormErrors id={form.errorId} errors={form.errors} />
					<div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
						{list.map((item, index) => {
							const coach = coaches[index]
							const { membershipId, hours } = item.getFieldset()
							return (
								<div key={item.key}>
									<input {...getInputProps(membershipId, { type: 'hidden' })} />
									<Field
										label={t('contractHours.label', { name: coach?.name ?? '' })}
										inputProps={{
											...getInputProps(hours, { type: 'text' }),
											inputMode: 'decimal',
										}}
										errors={hours.errors}
									/>
								</div>
							)
						})}
					</div>
					<Button type="submit">{t('contractHours.save')}</Button>
				</Form>
			)}
		</section>
	)
}
