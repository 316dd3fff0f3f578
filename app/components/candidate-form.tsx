import { getFormProps, getSelectProps, type SubmissionResult } from '@conform-to/react'
import { Form } from '@remix-run/react'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { PrivateMarker } from '#app/components/candidate-header.tsx'
import { TownPicker } from '#app/components/town-picker.tsx'
import { FormActions, FormSection, NumberField, NumberRangeFields } from '#app/components/ui/form-layout.tsx'
import { CheckboxGroup, FormErrors, FormField, SelectField, TextareaField } from '#app/components/ui/field.tsx'
import {
	benefitsOptions,
	indicationOptions,
	languageOptions,
	targetGroupRegisterOptions,
	transportOptions,
	workEnvironmentOptions,
} from '#app/domain/candidates/candidate-options.ts'
import {
	BIRTH_YEAR_MIN,
	CANDIDATE_HOURS_MAX,
	CANDIDATE_HOURS_MIN,
	createCandidateFormSchema,
	MIN_CANDIDATE_AGE,
	TRAVEL_RADIUS_MAX,
	TRAVEL_RADIUS_MIN,
} from '#app/domain/candidates/candidate-schema.ts'
import type { CandidateFormContext } from '#app/domain/candidates/profile.server.ts'
import { placeTypes, sbiSections, weekDays } from '#app/domain/places/place-options.ts'
import { useValidatedForm } from '#app/utils/forms.ts'

export type CandidateFormProps = {
	id: string
	/** From the loader: the organisation's jobcoaches, the town labels and the current year. */
	context: CandidateFormContext
	defaultValue?: Record<string, unknown>
	lastResult?: SubmissionResult<string[]> | null
	submitLabel: string
	cancelTo: string
	/** 2 on a page of its own (under its h1); 3 inside the candidate pages, whose tab starts with an h2. */
	headingLevel?: 2 | 3
}

/**
 * The one form for the intake and for editing a candidate. It starts from the person (what makes
 * them happy, what they are good at, what they want), then identity and sensitive context, each
 * marked as visible to the organisation only, then the coaches.
 */
export function CandidateForm({
	id,
	context,
	defaultValue,
	lastResult,
	submitLabel,
	cancelTo,
	headingLevel = 2,
}: CandidateFormProps) {
	const { t } = useTranslation('candidates')
	const { coaches, townLabels, currentYear } = context
	const schema = useMemo(() => createCandidateFormSchema({ currentYear }), [currentYear])
	const [form, fields] = useValidatedForm(schema, { id, lastResult, defaultValue })
	const nothing = { value: '', label: t('form.notRecorded') }
	return (
		<Form method="post" className="space-y-8" {...getFormProps(form)}>
			<FormErrors id={form.errorId} errors={form.errors} />

			<FormSection level={headingLevel} title={t('form.sections.person')} intro={t('form.sections.personIntro')}>
				<TextareaField field={fields.happyWhen} label={t('form.happyWhen')} hint={t('form.happyWhenHint')} rows={4} />
				<TextareaField field={fields.interests} label={t('form.interests')} rows={3} />
				<TextareaField field={fields.talents} label={t('form.talents')} hint={t('form.talentsHint')} rows={3} />
				<TextareaField
					field={fields.learningGoals}
					label={t('form.learningGoals')}
					hint={t('form.learningGoalsHint')}
					rows={3}
				/>
			</FormSection>

			<FormSection level={headingLevel} title={t('form.sections.wishes')}>
				<CheckboxGroup
					field={fields.placeTypes}
					legend={t('form.placeTypes')}
					options={placeTypes.map((type) => ({ value: type, label: t(`places:types.${type}`) }))}
				/>
				<CheckboxGroup
					field={fields.sectors}
					legend={t('form.sectors')}
					hint={t('form.sectorsHint')}
					options={sbiSections.map((section) => ({ value: section, label: t(`common:sectors.${section}`) }))}
				/>
				<NumberRangeFields
					legend={t('form.hours')}
					hint={t('form.hoursHint', { min: CANDIDATE_HOURS_MIN, max: CANDIDATE_HOURS_MAX })}
					minField={fields.hoursMin}
					maxField={fields.hoursMax}
					minLabel={t('form.hoursMin')}
					maxLabel={t('form.hoursMax')}
					min={CANDIDATE_HOURS_MIN}
					max={CANDIDATE_HOURS_MAX}
				/>
				<CheckboxGroup
					field={fields.days}
					legend={t('form.days')}
					options={weekDays.map((day) => ({ value: day, label: t(`places:days.${day}`) }))}
				/>
				<TownPicker towns={townLabels} label={t('form.homeTown')} field={fields.homeTown} />
				<NumberField
					field={fields.travelRadiusKm}
					label={t('form.travelRadiusKm')}
					hint={t('form.travelRadiusKmHint', { min: TRAVEL_RADIUS_MIN, max: TRAVEL_RADIUS_MAX })}
					min={TRAVEL_RADIUS_MIN}
					max={TRAVEL_RADIUS_MAX}
					className="max-w-xs"
				/>
				<CheckboxGroup
					field={fields.transport}
					legend={t('form.transport')}
					options={transportOptions.map((key) => ({ value: key, label: t(`transport.${key}`) }))}
				/>
				<CheckboxGroup
					field={fields.workEnvironment}
					legend={t('form.workEnvironment')}
					hint={t('form.workEnvironmentHint')}
					options={workEnvironmentOptions.map((key) => ({ value: key, label: t(`workEnvironment.${key}`) }))}
				/>
			</FormSection>

			<FormSection level={headingLevel} title={t('form.sections.background')}>
				<CheckboxGroup
					field={fields.languages}
					legend={t('form.languages')}
					options={languageOptions.map((key) => ({ value: key, label: t(`languages.${key}`) }))}
				/>
				<TextareaField field={fields.experience} label={t('form.experience')} hint={t('form.experienceHint')} />
				<TextareaField field={fields.training} label={t('form.training')} rows={3} />
			</FormSection>

			<FormSection
				level={headingLevel}
				title={t('form.sections.identity')}
				intro={t('form.sections.identityIntro')}
				aside={<PrivateMarker />}
			>
				<div className="grid gap-4 sm:grid-cols-2">
					<FormField field={fields.firstName} label={t('form.firstName')} autoComplete="off" />
					<FormField field={fields.lastName} label={t('form.lastName')} autoComplete="off" />
					<FormField field={fields.email} type="email" label={t('form.email')} autoComplete="off" />
					<FormField field={fields.phone} type="tel" label={t('form.phone')} autoComplete="off" />
				</div>
				<NumberField
					field={fields.birthYear}
					label={t('form.birthYear')}
					hint={t('form.birthYearHint', { min: BIRTH_YEAR_MIN, max: currentYear - MIN_CANDIDATE_AGE })}
					min={BIRTH_YEAR_MIN}
					max={currentYear - MIN_CANDIDATE_AGE}
					className="max-w-xs"
				/>
			</FormSection>

			<FormSection
				level={headingLevel}
				title={t('form.sections.sensitive')}
				intro={t('form.sections.sensitiveIntro')}
				aside={<PrivateMarker />}
			>
				<TextareaField
					field={fields.vulnerability}
					label={t('form.vulnerability')}
					hint={t('form.vulnerabilityHint')}
					rows={3}
				/>
				<SelectField
					label={t('form.benefits')}
					selectProps={getSelectProps(fields.benefits)}
					options={[nothing, ...benefitsOptions.map((key) => ({ value: key, label: t(`benefits.${key}`) }))]}
					errors={fields.benefits.errors}
				/>
				<SelectField
					label={t('form.targetGroupRegister')}
					selectProps={getSelectProps(fields.targetGroupRegister)}
					options={[
						nothing,
						...targetGroupRegisterOptions.map((key) => ({ value: key, label: t(`targetGroupRegister.${key}`) })),
					]}
					errors={fields.targetGroupRegister.errors}
				/>
				<SelectField
					label={t('form.indication')}
					selectProps={getSelectProps(fields.indication)}
					options={[nothing, ...indicationOptions.map((key) => ({ value: key, label: t(`indication.${key}`) }))]}
					errors={fields.indication.errors}
				/>
				<TextareaField field={fields.supportNeeds} label={t('form.supportNeeds')} rows={3} />
			</FormSection>

			<FormSection level={headingLevel} title={t('form.sections.coaching')}>
				<SelectField
					label={t('form.primaryCoachId')}
					selectProps={getSelectProps(fields.primaryCoachId)}
					options={[
						{ value: '', label: t('form.chooseCoach') },
						...coaches.map((coach) => ({ value: coach.id, label: coach.name })),
					]}
					errors={fields.primaryCoachId.errors}
				/>
				<SelectField
					label={t('form.routeSupporterId')}
					selectProps={getSelectProps(fields.routeSupporterId)}
					options={[
						{ value: '', label: t('form.noRouteSupporter') },
						...coaches.map((coach) => ({ value: coach.id, label: coach.name })),
					]}
					errors={fields.routeSupporterId.errors}
				/>
			</FormSection>

			<FormActions submitLabel={submitLabel} cancelTo={cancelTo} cancelLabel={t('form.cancel')} />
		</Form>
	)
}
