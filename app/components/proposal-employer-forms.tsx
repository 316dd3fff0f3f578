import { getFormProps, getInputProps, type SubmissionResult } from '@conform-to/react'
import { Form } from '@remix-run/react'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '#app/components/ui/button.tsx'
import { withoutKey } from '#app/components/ui/form-layout.tsx'
import { Field, FormErrors, RadioGroup, TextareaField } from '#app/components/ui/field.tsx'
import {
	createAcceptProposalSchema,
	declineReasons,
	DeclineProposalSchema,
	introOptionFields,
} from '#app/domain/matching/proposal-schema.ts'
import { useValidatedForm } from '#app/utils/forms.ts'

type Result = SubmissionResult<string[]> | null | undefined

/** The employer wants to meet the candidate and offers one to three times. */
export function AcceptProposalForm({ nowLocal, lastResult }: { nowLocal: string; lastResult: Result }) {
	const { t } = useTranslation('proposals')
	const schema = useMemo(() => createAcceptProposalSchema({ nowLocal }), [nowLocal])
	const [form, fields] = useValidatedForm(schema, { id: 'proposal-accept', lastResult })
	return (
		<Form method="post" className="space-y-4" {...getFormProps(form)}>
			<FormErrors id={form.errorId} errors={form.errors} />
			<fieldset className="space-y-3">
				<legend className="font-medium text-slate-900">{t('accept.optionsLegend')}</legend>
				<p className="text-sm text-slate-700">{t('accept.optionsHint')}</p>
				{introOptionFields.map((name, index) => (
					<Field
						key={name}
						label={t('accept.option', { number: index + 1 })}
						errors={fields[name].errors}
						inputProps={{ ...withoutKey(getInputProps(fields[name], { type: 'datetime-local' })), min: nowLocal }}
						className="max-w-xs"
					/>
				))}
			</fieldset>
			<TextareaField field={fields.introNote} label={t('accept.note')} hint={t('accept.noteHint')} rows={3} />
			<Button type="submit" name="intent" value="accept">
				{t('accept.submit')}
			</Button>
		</Form>
	)
}

/** The employer declines, with a reason from the list and their own words. */
export function DeclineProposalForm({ lastResult }: { lastResult: Result }) {
	const { t } = useTranslation('proposals')
	const [form, fields] = useValidatedForm(DeclineProposalSchema, { id: 'proposal-decline', lastResult })
	return (
		<Form method="post" className="space-y-4" {...getFormProps(form)}>
			<FormErrors id={form.errorId} errors={form.errors} />
			<RadioGroup
				field={fields.reason}
				legend={t('decline.reason')}
				layout="list"
				options={declineReasons.map((reason) => ({ value: reason, label: t(`declineReasons.${reason}`) }))}
			/>
			<TextareaField field={fields.note} label={t('decline.note')} hint={t('decline.noteHint')} rows={3} />
			<Button type="submit" name="intent" value="decline" variant="secondary">
				{t('decline.submit')}
			</Button>
		</Form>
	)
}
