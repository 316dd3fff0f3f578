import { getFormProps, getInputProps, type SubmissionResult } from '@conform-to/react'
import { Form } from '@remix-run/react'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { FormActions } from '#app/components/ui/form-layout.tsx'
import { Field, FormErrors, FormField, TextareaField } from '#app/components/ui/field.tsx'
import { createReportFormSchema } from '#app/domain/candidates/report-schema.ts'
import { useValidatedForm } from '#app/utils/forms.ts'

export type ReportFormProps = {
	id: string
	/** Today in Amsterdam, from the server clock: the conversation cannot lie after it. */
	today: string
	defaultValue?: Record<string, unknown>
	lastResult?: SubmissionResult<string[]> | null
	submitLabel: string
	cancelTo: string
}

/** The one form for writing and editing a report of a conversation. */
export function ReportForm({ id, today, defaultValue, lastResult, submitLabel, cancelTo }: ReportFormProps) {
	const { t } = useTranslation('reports')
	const schema = useMemo(() => createReportFormSchema({ today }), [today])
	const [form, fields] = useValidatedForm(schema, {
		id,
		lastResult,
		defaultValue: defaultValue ?? { conversationOn: today },
	})
	const { key: _key, ...dateProps } = getInputProps(fields.conversationOn, { type: 'date' })
	return (
		<Form method="post" className="space-y-6" {...getFormProps(form)}>
			<FormErrors id={form.errorId} errors={form.errors} />
			<p className="text-slate-800">{t('form.privacyNote')}</p>
			<Field
				label={t('form.conversationOn')}
				hint={t('form.conversationOnHint')}
				errors={fields.conversationOn.errors}
				inputProps={{ ...dateProps, max: today }}
				className="max-w-xs"
			/>
			<FormField field={fields.title} label={t('form.title')} hint={t('form.titleHint')} autoComplete="off" />
			<TextareaField field={fields.body} label={t('form.body')} hint={t('form.bodyHint')} rows={12} />
			<FormActions submitLabel={submitLabel} cancelTo={cancelTo} cancelLabel={t('form.cancel')} />
		</Form>
	)
}
