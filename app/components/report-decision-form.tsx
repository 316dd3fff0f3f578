import { getFormProps, getInputProps, type SubmissionResult } from '@conform-to/react'
import { Form } from '@remix-run/react'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '#app/components/ui/button.tsx'
import { Field, FormErrors, RadioGroup, TextareaField } from '#app/components/ui/field.tsx'
import { createDecisionFormSchema, reportDecisions } from '#app/domain/candidates/report-schema.ts'
import { useValidatedForm } from '#app/utils/forms.ts'

export type ReportDecisionFormProps = {
	/** Today in Amsterdam, from the server clock. */
	today: string
	/** The day of the conversation (yyyy-mm-dd): the decision cannot lie before it. */
	conversationOn: string
	lastResult?: SubmissionResult<string[]> | null
}

/** The coach records what the candidate decided about the report, and when. */
export function ReportDecisionForm({ today, conversationOn, lastResult }: ReportDecisionFormProps) {
	const { t } = useTranslation('reports')
	const schema = useMemo(() => createDecisionFormSchema({ today, conversationOn }), [today, conversationOn])
	const [form, fields] = useValidatedForm(schema, {
		id: 'report-decision',
		lastResult,
		defaultValue: { decidedOn: today },
	})
	const { key: _key, ...dateProps } = getInputProps(fields.decidedOn, { type: 'date' })
	return (
		<Form method="post" className="space-y-4" {...getFormProps(form)}>
			<FormErrors id={form.errorId} errors={form.errors} />
			<RadioGroup
				field={fields.decision}
				legend={t('decision.legend')}
				layout="list"
				options={reportDecisions.map((decision) => ({ value: decision, label: t(`decision.options.${decision}`) }))}
			/>
			<Field
				label={t('decision.decidedOn')}
				hint={t('decision.decidedOnHint')}
				errors={fields.decidedOn.errors}
				inputProps={{ ...dateProps, min: conversationOn, max: today }}
				className="max-w-xs"
			/>
			<TextareaField field={fields.note} label={t('decision.note')} hint={t('decision.noteHint')} rows={3} />
			<Button type="submit" name="intent" value="decide">
				{t('decision.submit')}
			</Button>
		</Form>
	)
}
