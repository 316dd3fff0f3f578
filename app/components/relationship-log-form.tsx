import { getFormProps, getInputProps, getSelectProps, type SubmissionResult } from '@conform-to/react'
import { Form, Link } from '@remix-run/react'
import { useEffect, useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { loggableActivityKinds, type ActivityKind } from '#app/domain/network/activity-options.ts'
import {
	ACTIVITY_SUMMARY_MAX,
	FOLLOW_UP_NOTE_MAX,
	createRelationshipActionSchema,
	type RelationshipFormBounds,
} from '#app/domain/network/relationship-schema.ts'
import { useValidatedForm } from '#app/utils/forms.ts'
import { focusRing, plainTextLinkClass } from './place-card.tsx'
import { PlacementDateField } from './placement-fields.tsx'
import { Button } from './ui/button.tsx'
import { Field, FormErrors, RadioGroup, SelectField, TextareaField } from './ui/field.tsx'

export type LoggableKind = (typeof loggableActivityKinds)[number]

export function isLoggableKind(value: unknown): value is LoggableKind {
	return typeof value === 'string' && (loggableActivityKinds as readonly string[]).includes(value)
}

/** The search param that opens the log form with a kind preselected: ?log=CALL */
export const LOG_PARAM = 'log'

const buttonClass = `inline-flex items-center rounded-md border px-4 py-2 font-semibold ${focusRing}`

/**
 * The first click: one button per kind. They are links (?log=CALL), so the form opens without
 * JavaScript too; with it, only the form appears (the page data is not loaded again).
 */
export function QuickLogButtons({ selected }: { selected: ActivityKind | null }) {
	const { t } = useTranslation('relationships')
	return (
		<ul className="flex flex-wrap gap-2" aria-label={t('log.buttons')}>
			{loggableActivityKinds.map((kind) => (
				<li key={kind}>
					<Link
						to={`?${LOG_PARAM}=${kind}`}
						preventScrollReset
						aria-current={selected === kind ? 'true' : undefined}
						className={`${buttonClass} ${
							selected === kind
								? 'border-brand-700 bg-brand-700 text-white'
								: 'border-slate-400 bg-white text-slate-900 hover:bg-slate-100'
						}`}
					>
						{t(`log.button.${kind}`)}
					</Link>
				</li>
			))}
		</ul>
	)
}

/**
 * The second click: the kind is preselected and the day is today, so "Opslaan" is all it takes;
 * a contact person, what was said and the next follow-up can be added on the way.
 */
export function LogActivityForm({
	kind,
	bounds,
	contacts,
	lastResult,
}: {
	kind: LoggableKind
	bounds: RelationshipFormBounds
	contacts: Array<{ id: string; name: string; jobTitle: string | null }>
	lastResult?: SubmissionResult<string[]> | null
}) {
	const { t } = useTranslation('relationships')
	const headingRef = useRef<HTMLHeadingElement>(null)
	const schema = useMemo(() => createRelationshipActionSchema(bounds), [bounds])
	const [form, fields] = useValidatedForm(schema, {
		id: 'relationship-log',
		lastResult,
		defaultValue: { intent: 'log', kind, occurredOn: bounds.today },
	})
	// Opening the form moves focus to it (and scrolls it into view) without popping up a keyboard.
	useEffect(() => {
		headingRef.current?.focus()
	}, [])
	const { key: _selectKey, ...contactSelectProps } = getSelectProps(fields.contactPersonId)
	const { key: _noteKey, ...noteProps } = getInputProps(fields.followUpNote, { type: 'text' })
	return (
		<Form
			method="post"
			className="space-y-4 rounded-lg border border-brand-700 bg-white p-4"
			aria-labelledby="relationship-log-heading"
			{...getFormProps(form)}
		>
			<h3
				id="relationship-log-heading"
				ref={headingRef}
				tabIndex={-1}
				className={`text-lg font-semibold text-slate-900 ${focusRing}`}
			>
				{t('log.formTitle')}
			</h3>
			<FormErrors id={form.errorId} errors={form.errors} />
			<input type="hidden" name="intent" value="log" />
			<RadioGroup
				field={fields.kind}
				legend={t('log.kind')}
				options={loggableActivityKinds.map((option) => ({ value: option, label: t(`kinds.${option}`) }))}
			/>
			<div className="grid gap-4 sm:grid-cols-2">
				<PlacementDateField field={fields.occurredOn} label={t('log.occurredOn')} max={bounds.today} />
				<SelectField
					label={t('log.contactPerson')}
					errors={fields.contactPersonId.errors}
					selectProps={contactSelectProps}
					options={[
						{ value: '', label: t('log.noContactPerson') },
						...contacts.map((contact) => ({
							value: contact.id,
							label: contact.jobTitle ? `${contact.name} (${contact.jobTitle})` : contact.name,
						})),
					]}
				/>
			</div>
			<TextareaField
				field={fields.summary}
				label={t('log.summary')}
				hint={t('log.summaryHint', { count: ACTIVITY_SUMMARY_MAX })}
				rows={3}
			/>
			<fieldset className="space-y-2">
				<legend className="font-medium text-slate-900">{t('log.followUp')}</legend>
				<p className="text-sm text-slate-700">{t('log.followUpHint')}</p>
				<div className="grid gap-4 sm:grid-cols-2">
					<PlacementDateField field={fields.nextFollowUpOn} label={t('log.nextFollowUpOn')} min={bounds.today} />
					<Field
						label={t('log.followUpNote')}
						errors={fields.followUpNote.errors}
						inputProps={{ ...noteProps, maxLength: FOLLOW_UP_NOTE_MAX }}
					/>
				</div>
			</fieldset>
			<div className="flex flex-wrap items-center gap-4">
				<Button type="submit">{t('log.save')}</Button>
				<Link to="." preventScrollReset className={plainTextLinkClass}>
					{t('log.cancel')}
				</Link>
			</div>
		</Form>
	)
}
