import { getFormProps, getInputProps, getSelectProps, type SubmissionResult } from '@conform-to/react'
import { Form } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { FormActions, withoutKey } from '#app/components/ui/form-layout.tsx'
import { FormErrors, SelectField, TextareaField } from '#app/components/ui/field.tsx'
import { MOTIVATION_MAX, MOTIVATION_MIN, ProposalFormSchema } from '#app/domain/matching/proposal-schema.ts'
import { useValidatedForm } from '#app/utils/forms.ts'

export type ProposablePlace = {
	id: string
	title: string
	town: string | null
	organization: { name: string }
}

/** The coach proposes the candidate: the place (chosen before, or picked here) and the motivation. */
export function ProposalForm({
	place,
	places,
	lastResult,
	cancelTo,
}: {
	/** The place from ?plek=, already chosen. */
	place: ProposablePlace | null
	/** Without a chosen place: the published places to pick from. */
	places: ProposablePlace[]
	lastResult?: SubmissionResult<string[]> | null
	cancelTo: string
}) {
	const { t } = useTranslation('proposals')
	const [form, fields] = useValidatedForm(ProposalFormSchema, {
		id: 'proposal-new',
		lastResult,
		defaultValue: { placeId: place?.id ?? '' },
	})
	return (
		<Form method="post" className="space-y-6" {...getFormProps(form)}>
			<FormErrors id={form.errorId} errors={form.errors} />
			{place ? (
				<div className="rounded-md border border-slate-300 bg-white p-4">
					<input {...withoutKey(getInputProps(fields.placeId, { type: 'hidden' }))} />
					<p className="font-medium text-slate-900">{t('new.placeChosen')}</p>
					<p className="text-lg font-semibold">{place.title}</p>
					<p className="text-slate-800">
						{place.organization.name}
						{place.town ? ` · ${place.town}` : ''}
					</p>
				</div>
			) : (
				<SelectField
					label={t('new.place')}
					errors={fields.placeId.errors}
					selectProps={withoutKey(getSelectProps(fields.placeId))}
					options={[
						{ value: '', label: t('new.placeChoose') },
						...places.map((option) => ({
							value: option.id,
							label: `${option.title} — ${option.organization.name}${option.town ? `, ${option.town}` : ''}`,
						})),
					]}
				/>
			)}
			<TextareaField
				field={fields.motivation}
				label={t('new.motivation')}
				hint={t('new.motivationHint', { min: MOTIVATION_MIN, max: MOTIVATION_MAX })}
				rows={8}
			/>
			<p className="text-slate-800">{t('new.privacyNote')}</p>
			<FormActions submitLabel={t('new.submit')} cancelTo={cancelTo} cancelLabel={t('new.cancel')} />
		</Form>
	)
}
