import { getFormProps, getInputProps, getSelectProps, type SubmissionResult } from '@conform-to/react'
import { Form } from '@remix-run/react'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { TownPicker } from '#app/components/town-picker.tsx'
import {
	FormActions,
	FormSection,
	NumberField,
	NumberRangeFields,
	withoutKey,
} from '#app/components/ui/form-layout.tsx'
import {
	CheckboxGroup,
	Field,
	FormErrors,
	FormField,
	RadioGroup,
	SelectField,
	TextareaField,
} from '#app/components/ui/field.tsx'
import {
	accessibilityOptions,
	adaptationOptions,
	locationModes,
	placeTypes,
	sbiSections,
	supervisionOptions,
	weekDays,
	workModes,
} from '#app/domain/places/place-options.ts'
import type { PlaceFormContext } from '#app/domain/places/places.server.ts'
import { createPlaceFormSchema, HOURS_MAX, HOURS_MIN, SPOTS_MAX, SPOTS_MIN } from '#app/domain/places/place-schema.ts'
import { useValidatedForm } from '#app/utils/forms.ts'

export type PlaceFormProps = {
	id: string
	/**
	 * From the loader: today in Amsterdam (from the server clock; a start date may not lie before it),
	 * the contact persons, the organisation's town (shown with the "at our address" choice; null when
	 * it has no address yet) and the town labels.
	 */
	context: PlaceFormContext
	/** The start date the place already has; it may stay even when it has passed. */
	keepStartDate?: string | null
	defaultValue?: Record<string, unknown>
	lastResult?: SubmissionResult<string[]> | null
	submitLabel: string
	cancelTo: string
}

/** The one form for posting and editing a place. */
export function PlaceForm({
	id,
	context,
	keepStartDate,
	defaultValue,
	lastResult,
	submitLabel,
	cancelTo,
}: PlaceFormProps) {
	const { t } = useTranslation('places')
	const { today, contactPersons, townLabels } = context
	const organizationTown = context.organization.town
	const schema = useMemo(() => createPlaceFormSchema({ today, keepStartDate }), [today, keepStartDate])
	const [form, fields] = useValidatedForm(schema, {
		id,
		lastResult,
		defaultValue: defaultValue ?? {
			type: 'WORK_EXPERIENCE',
			locationMode: 'ORGANIZATION',
			workMode: 'ON_SITE',
			spots: '1',
		},
	})
	const choose = { value: '', label: t('form.choose') }
	return (
		<Form method="post" className="space-y-8" {...getFormProps(form)}>
			<FormErrors id={form.errorId} errors={form.errors} />

			<FormSection title={t('form.sections.what')}>
				<SelectField
					label={t('form.type')}
					selectProps={getSelectProps(fields.type)}
					options={placeTypes.map((type) => ({ value: type, label: t(`types.${type}`) }))}
					errors={fields.type.errors}
				/>
				<FormField field={fields.title} label={t('form.title')} hint={t('form.titleHint')} autoComplete="off" />
				<TextareaField field={fields.description} label={t('form.description')} hint={t('form.descriptionHint')} />
				<TextareaField field={fields.tasks} label={t('form.tasks')} hint={t('form.tasksHint')} />
				<SelectField
					label={t('form.sector')}
					selectProps={getSelectProps(fields.sector)}
					options={[
						choose,
						...sbiSections.map((section) => ({ value: section, label: t(`common:sectors.${section}`) })),
					]}
					errors={fields.sector.errors}
				/>
			</FormSection>

			<FormSection title={t('form.sections.where')}>
				<RadioGroup
					field={fields.locationMode}
					legend={t('form.locationMode')}
					options={locationModes.map((mode) => ({
						value: mode,
						label:
							mode === 'ORGANIZATION' && organizationTown
								? t('form.locationAtOrganization', { town: organizationTown })
								: t(`locationModes.${mode}`),
					}))}
				/>
				{fields.locationMode.value === 'TOWN' ? (
					<TownPicker towns={townLabels} label={t('form.town')} hint={t('form.townHint')} field={fields.town} />
				) : null}
				<SelectField
					label={t('form.workMode')}
					selectProps={getSelectProps(fields.workMode)}
					options={workModes.map((mode) => ({ value: mode, label: t(`workModes.${mode}`) }))}
					errors={fields.workMode.errors}
				/>
			</FormSection>

			<FormSection title={t('form.sections.when')}>
				<NumberRangeFields
					legend={t('form.hours')}
					hint={t('form.hoursHint', { min: HOURS_MIN, max: HOURS_MAX })}
					minField={fields.hoursMin}
					maxField={fields.hoursMax}
					minLabel={t('form.hoursMin')}
					maxLabel={t('form.hoursMax')}
					min={HOURS_MIN}
					max={HOURS_MAX}
				/>
				<CheckboxGroup
					field={fields.days}
					legend={t('form.days')}
					hint={t('form.daysHint')}
					options={weekDays.map((day) => ({ value: day, label: t(`days.${day}`) }))}
				/>
				<Field
					label={t('form.startDate')}
					hint={t('form.startDateHint')}
					errors={fields.startDate.errors}
					inputProps={{ ...withoutKey(getInputProps(fields.startDate, { type: 'date' })), min: today }}
				/>
				<FormField field={fields.duration} label={t('form.duration')} hint={t('form.durationHint')} />
			</FormSection>

			<FormSection title={t('form.sections.offer')}>
				<FormField field={fields.compensation} label={t('form.compensation')} hint={t('form.compensationHint')} />
				<NumberField
					field={fields.spots}
					label={t('form.spots')}
					hint={t('form.spotsHint', { min: SPOTS_MIN, max: SPOTS_MAX })}
					min={SPOTS_MIN}
					max={SPOTS_MAX}
					className="max-w-xs"
				/>
				<CheckboxGroup
					field={fields.supervision}
					legend={t('form.supervision')}
					options={supervisionOptions.map((key) => ({ value: key, label: t(`supervision.${key}`) }))}
				/>
				<CheckboxGroup
					field={fields.adaptations}
					legend={t('form.adaptations')}
					hint={t('form.adaptationsHint')}
					options={adaptationOptions.map((key) => ({ value: key, label: t(`adaptations.${key}`) }))}
				/>
				<CheckboxGroup
					field={fields.accessibility}
					legend={t('form.accessibility')}
					options={accessibilityOptions.map((key) => ({ value: key, label: t(`accessibility.${key}`) }))}
				/>
			</FormSection>

			<FormSection title={t('form.sections.fit')}>
				<TextareaField field={fields.requirements} label={t('form.requirements')} hint={t('form.requirementsHint')} />
				<TextareaField field={fields.learning} label={t('form.learning')} hint={t('form.learningHint')} />
				<SelectField
					label={t('form.contactPerson')}
					selectProps={getSelectProps(fields.contactPersonId)}
					options={[
						{ value: '', label: t('form.noContactPerson') },
						...contactPersons.map((person) => ({
							value: person.id,
							label: person.jobTitle ? `${person.name} (${person.jobTitle})` : person.name,
						})),
					]}
					errors={fields.contactPersonId.errors}
				/>
				<p className="text-sm text-slate-700">{t('form.contactPersonHint')}</p>
			</FormSection>

			<FormActions submitLabel={submitLabel} cancelTo={cancelTo} cancelLabel={t('form.cancel')} />
		</Form>
	)
}
