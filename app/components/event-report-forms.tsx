import { getFormProps, getInputProps, getSelectProps, type SubmissionResult } from '@conform-to/react'
import { Form } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { Button } from '#app/components/ui/button.tsx'
import { NumberField, withoutKey } from '#app/components/ui/form-layout.tsx'
import { Field, FormErrors, FormField, SelectField, TextareaField } from '#app/components/ui/field.tsx'
import { PLEDGE_SPOTS_MAX } from '#app/domain/network/event-options.ts'
import { ActionItemSchema, NotesSchema, PledgeSchema } from '#app/domain/network/event-schema.ts'
import { placeTypes } from '#app/domain/places/place-options.ts'
import { useValidatedForm } from '#app/utils/forms.ts'

type Result = SubmissionResult<string[]> | null | undefined

/** A button that acts on one action item or pledge; its text tells screen readers which one. */
export function ReportItemButton({
	intent,
	id,
	label,
	itemText,
}: {
	intent: 'toggle-action' | 'remove-action' | 'remove-pledge'
	id: string
	label: string
	itemText: string
}) {
	const idField = intent === 'remove-pledge' ? 'pledgeId' : 'actionItemId'
	return (
		<Form method="post">
			<input type="hidden" name="intent" value={intent} />
			<input type="hidden" name={idField} value={id} />
			<Button type="submit" variant="secondary" className="min-h-11">
				{label}
				<span className="sr-only">: {itemText}</span>
			</Button>
		</Form>
	)
}

/** What was discussed and what was decided. */
export function NotesForm({
	defaultValue,
	lastResult,
}: {
	defaultValue: { notes: string; decisions: string }
	lastResult: Result
}) {
	const { t } = useTranslation('events')
	const [form, fields] = useValidatedForm(NotesSchema, { id: 'event-notes', lastResult, defaultValue })
	return (
		<Form method="post" className="space-y-4" {...getFormProps(form)}>
			<input type="hidden" name="intent" value="notes" />
			<FormErrors id={form.errorId} errors={form.errors} />
			<TextareaField field={fields.notes} label={t('report.notes')} hint={t('report.notesHint')} rows={8} />
			<TextareaField field={fields.decisions} label={t('report.decisions')} rows={5} />
			<Button type="submit">{t('report.saveNotes')}</Button>
		</Form>
	)
}

/** A new action item: what, who, by when. */
export function ActionItemForm({ lastResult }: { lastResult: Result }) {
	const { t } = useTranslation('events')
	const [form, fields] = useValidatedForm(ActionItemSchema, { id: 'event-action-item', lastResult })
	return (
		<Form method="post" className="space-y-4" {...getFormProps(form)}>
			<input type="hidden" name="intent" value="add-action" />
			<FormErrors id={form.errorId} errors={form.errors} />
			<FormField field={fields.description} label={t('report.actionDescription')} autoComplete="off" />
			<div className="grid gap-4 sm:grid-cols-2">
				<FormField field={fields.ownerName} label={t('report.actionOwner')} hint={t('report.actionOwnerHint')} />
				<Field
					label={t('report.actionDueOn')}
					errors={fields.dueOn.errors}
					inputProps={withoutKey(getInputProps(fields.dueOn, { type: 'date' }))}
				/>
			</div>
			<Button type="submit" variant="secondary">
				{t('report.addAction')}
			</Button>
		</Form>
	)
}

/** A place an attending employer pledged. */
export function PledgeForm({
	employers,
	lastResult,
}: {
	employers: Array<{ id: string; name: string }>
	lastResult: Result
}) {
	const { t } = useTranslation('events')
	const [form, fields] = useValidatedForm(PledgeSchema, {
		id: 'event-pledge',
		lastResult,
		defaultValue: { spots: '1', employerId: employers.length === 1 ? employers[0]?.id : '' },
	})
	return (
		<Form method="post" className="space-y-4" {...getFormProps(form)}>
			<input type="hidden" name="intent" value="add-pledge" />
			<FormErrors id={form.errorId} errors={form.errors} />
			<SelectField
				label={t('report.pledgeEmployer')}
				selectProps={getSelectProps(fields.employerId)}
				options={[
					{ value: '', label: t('report.chooseEmployer') },
					...employers.map((employer) => ({ value: employer.id, label: employer.name })),
				]}
				errors={fields.employerId.errors}
			/>
			<FormField
				field={fields.description}
				label={t('report.pledgeDescription')}
				hint={t('report.pledgeDescriptionHint')}
			/>
			<div className="grid gap-4 sm:grid-cols-2">
				<SelectField
					label={t('report.pledgePlaceType')}
					selectProps={getSelectProps(fields.placeType)}
					options={[
						{ value: '', label: t('report.placeTypeUnknown') },
						...placeTypes.map((type) => ({ value: type, label: t(`places:types.${type}`) })),
					]}
					errors={fields.placeType.errors}
				/>
				<NumberField field={fields.spots} label={t('report.pledgeSpots')} min={1} max={PLEDGE_SPOTS_MAX} />
			</div>
			<Button type="submit" variant="secondary">
				{t('report.addPledge')}
			</Button>
		</Form>
	)
}
