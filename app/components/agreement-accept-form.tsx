import { getFormProps, getInputProps, type SubmissionResult } from '@conform-to/react'
import { Form } from '@remix-run/react'
import { type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '#app/components/ui/button.tsx'
import { ErrorList, FormErrors, FormField, type ConformField } from '#app/components/ui/field.tsx'
import { withoutKey } from '#app/components/ui/form-layout.tsx'
import { AgreementAcceptSchema } from '#app/domain/plans/agreement-schema.ts'
import { useValidatedForm } from '#app/utils/forms.ts'

/** One checkbox that is a statement ("I have read and agree"), with its errors linked to it. */
function StatementCheckbox({ field, label }: { field: ConformField; label: ReactNode }) {
	const props = withoutKey(getInputProps(field, { type: 'checkbox', value: 'on' }))
	const errorId = field.errors?.length ? `${field.id}-error` : undefined
	return (
		<div>
			<div className="flex items-start gap-3">
				<input
					{...props}
					aria-invalid={errorId ? true : undefined}
					aria-describedby={errorId}
					className="mt-0.5 h-6 w-6 shrink-0 accent-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700"
				/>
				<label htmlFor={field.id} className="text-slate-900">
					{label}
				</label>
			</div>
			<ErrorList id={errorId} errors={field.errors} />
		</div>
	)
}

/**
 * The acceptance on a personal link: the full name, typed by the party itself (the field starts empty,
 * the name on the version is only the hint), the statement, and when asked whether the coach was there.
 */
export function AgreementAcceptForm({
	partyName,
	askCoachPresent,
	lastResult,
}: {
	partyName: string
	askCoachPresent: boolean
	lastResult: SubmissionResult<string[]> | null
}) {
	const { t } = useTranslation('agreements')
	const [form, fields] = useValidatedForm(AgreementAcceptSchema, { id: 'agreement-accept', lastResult })
	return (
		<Form method="post" className="space-y-5" aria-labelledby="agreement-accept-heading" {...getFormProps(form)}>
			<h2 id="agreement-accept-heading" className="text-xl font-semibold text-slate-900">
				{t('accept.formTitle')}
			</h2>
			<FormErrors id={form.errorId} errors={form.errors} />
			<FormField
				field={fields.acceptedName}
				label={t('accept.fullName')}
				hint={t('accept.fullNameHint', { name: partyName })}
				autoComplete="name"
			/>
			<StatementCheckbox field={fields.agree} label={t('accept.agree')} />
			{askCoachPresent ? <StatementCheckbox field={fields.coachPresent} label={t('accept.coachPresent')} /> : null}
			<Button type="submit" className="min-h-11">
				{t('accept.submit')}
			</Button>
		</Form>
	)
}
