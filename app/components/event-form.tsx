import { getFormProps, getInputProps, getSelectProps, type SubmissionResult } from '@conform-to/react'
import { Form } from '@remix-run/react'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { FormActions, FormSection, NumberField, withoutKey } from '#app/components/ui/form-layout.tsx'
import { Field, FormErrors, FormField, SelectField, TextareaField } from '#app/components/ui/field.tsx'
import { CAPACITY_MAX, eventKinds } from '#app/domain/network/event-options.ts'
import { createEventFormSchema } from '#app/domain/network/event-schema.ts'
import { useValidatedForm } from '#app/utils/forms.ts'

/** The one form for planning and changing an event. */
export function EventForm({
	id,
	nowLocal,
	group,
	defaultValue,
	lastResult,
	submitLabel,
	cancelTo,
	isEdit = false,
}: {
	id: string
	/** Planning only: the server clock in Amsterdam; a new event starts later. */
	nowLocal?: string
	/** A sounding-board group whose session this is. */
	group?: { id: string; name: string } | null
	defaultValue?: Record<string, unknown>
	lastResult?: SubmissionResult<string[]> | null
	submitLabel: string
	cancelTo: string
	isEdit?: boolean
}) {
	const { t } = useTranslation('events')
	const schema = useMemo(() => createEventFormSchema({ nowLocal }), [nowLocal])
	const [form, fields] = useValidatedForm(schema, { id, lastResult, defaultValue })
	return (
		<Form method="post" className="space-y-8" {...getFormProps(form)}>
			<FormErrors id={form.errorId} errors={form.errors} />
			{group ? <input {...withoutKey(getInputProps(fields.groupId, { type: 'hidden' }))} /> : null}

			<FormSection
				title={t('form.sections.what')}
				intro={group ? t('form.groupSession', { name: group.name }) : undefined}
			>
				<SelectField
					label={t('form.kind')}
					selectProps={getSelectProps(fields.kind)}
					options={eventKinds.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
					errors={fields.kind.errors}
				/>
				<FormField field={fields.title} label={t('form.title')} autoComplete="off" />
				<TextareaField
					field={fields.description}
					label={t('form.description')}
					hint={t('form.descriptionHint')}
					rows={4}
				/>
				<TextareaField field={fields.agenda} label={t('form.agenda')} hint={t('form.agendaHint')} rows={6} />
			</FormSection>

			<FormSection title={t('form.sections.when')} intro={t('form.timeZoneHint')}>
				<div className="grid gap-4 sm:grid-cols-3">
					<Field
						label={t('form.date')}
						errors={fields.date.errors}
						inputProps={{
							...withoutKey(getInputProps(fields.date, { type: 'date' })),
							min: nowLocal?.slice(0, 10),
						}}
					/>
					<Field
						label={t('form.startTime')}
						errors={fields.startTime.errors}
						inputProps={withoutKey(getInputProps(fields.startTime, { type: 'time' }))}
					/>
					<Field
						label={t('form.endTime')}
						errors={fields.endTime.errors}
						inputProps={withoutKey(getInputProps(fields.endTime, { type: 'time' }))}
					/>
				</div>
			</FormSection>

			<FormSection title={t('form.sections.where')} intro={t('form.placeHint')}>
				<FormField field={fields.location} label={t('form.location')} autoComplete="off" />
				<FormField
					field={fields.onlineUrl}
					type="url"
					label={t('form.onlineUrl')}
					hint={t('form.onlineUrlHint')}
					inputMode="url"
				/>
				<NumberField
					field={fields.capacity}
					label={t('form.capacity')}
					hint={t('form.capacityHint')}
					min={1}
					max={CAPACITY_MAX}
					className="max-w-xs"
				/>
			</FormSection>

			{isEdit ? (
				<div className="flex items-start gap-2">
					<input
						{...withoutKey(getInputProps(fields.notifyInvitees, { type: 'checkbox' }))}
						className="mt-1 h-5 w-5 shrink-0 accent-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700"
					/>
					<label htmlFor={fields.notifyInvitees.id}>{t('form.notifyInvitees')}</label>
				</div>
			) : null}

			<FormActions submitLabel={submitLabel} cancelTo={cancelTo} cancelLabel={t('form.cancel')} />
		</Form>
	)
}
