import { getCollectionProps, getInputProps, getTextareaProps } from '@conform-to/react'
import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes } from 'react'
import { useTranslation } from 'react-i18next'
import { translateValidationMessage } from '#app/utils/validation.ts'

/** Field errors as translation keys, shown in the user's language and linked to the input. */
export function ErrorList({ id, errors }: { id?: string; errors?: string[] | null }) {
	const { t } = useTranslation()
	const messages = errors?.filter(Boolean) ?? []
	if (messages.length === 0) return null
	return (
		<ul id={id} className="mt-1 space-y-1 text-sm text-red-800">
			{messages.map((message) => (
				<li key={message}>{translateValidationMessage(t, message)}</li>
			))}
		</ul>
	)
}

const controlClass =
	'mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-slate-900 focus:border-brand-700 focus:outline-2 focus:outline-brand-700 aria-[invalid]:border-red-700'

/** The ids a control is described by: its hint and its errors, when it has them. */
function describedBy(...ids: Array<string | undefined>) {
	return ids.filter(Boolean).join(' ') || undefined
}

function Hint({
	id,
	className = 'text-sm text-slate-700',
	children,
}: {
	id?: string
	className?: string
	children: ReactNode
}) {
	return (
		<p id={id} className={className}>
			{children}
		</p>
	)
}

type FieldProps = {
	label: ReactNode
	hint?: ReactNode
	errors?: string[] | null
	inputProps: InputHTMLAttributes<HTMLInputElement>
	className?: string
}

export function Field({ label, hint, errors, inputProps, className = '' }: FieldProps) {
	const fallbackId = useId()
	const id = inputProps.id ?? fallbackId
	const errorId = errors?.length ? `${id}-error` : undefined
	const hintId = hint ? `${id}-hint` : undefined
	return (
		<div className={className}>
			<label htmlFor={id} className="block font-medium text-slate-900">
				{label}
			</label>
			{hint ? <Hint id={hintId}>{hint}</Hint> : null}
			<input
				{...inputProps}
				id={id}
				aria-invalid={errorId ? true : undefined}
				aria-describedby={describedBy(hintId, errorId)}
				className={controlClass}
			/>
			<ErrorList id={errorId} errors={errors} />
		</div>
	)
}

export type ConformField = Parameters<typeof getInputProps>[0]

/** A text-like input bound to a Conform field: name, constraints, errors and labels wired up. */
export function FormField({
	field,
	type = 'text',
	label,
	hint,
	autoComplete,
	inputMode,
}: {
	field: ConformField
	type?: 'text' | 'email' | 'password' | 'tel' | 'url'
	label: ReactNode
	hint?: ReactNode
	autoComplete?: string
	inputMode?: InputHTMLAttributes<HTMLInputElement>['inputMode']
}) {
	return (
		<Field
			label={label}
			hint={hint}
			inputProps={{ ...getInputProps(field, { type }), autoComplete, inputMode }}
			errors={field.errors}
		/>
	)
}

/** A textarea bound to a Conform field, wired up like `FormField`. */
export function TextareaField({
	field,
	label,
	hint,
	rows = 5,
}: {
	field: ConformField
	label: ReactNode
	hint?: ReactNode
	rows?: number
}) {
	const id = field.id
	const errorId = field.errors?.length ? `${id}-error` : undefined
	const hintId = hint ? `${id}-hint` : undefined
	return (
		<div>
			<label htmlFor={id} className="block font-medium text-slate-900">
				{label}
			</label>
			{hint ? <Hint id={hintId}>{hint}</Hint> : null}
			<textarea
				{...getTextareaProps(field)}
				rows={rows}
				aria-invalid={errorId ? true : undefined}
				aria-describedby={describedBy(hintId, errorId)}
				className={controlClass}
			/>
			<ErrorList id={errorId} errors={field.errors} />
		</div>
	)
}

export type Choice = { value: string; label: ReactNode }

type ChoiceGroupProps = {
	field: ConformField
	legend: ReactNode
	hint?: ReactNode
	options: Choice[]
	/** `grid`: the options side by side on wider screens; `list`: a list, one under the other. */
	layout?: 'grid' | 'list'
	/** `section`: the group is a titled part of the form, its legend as large as a heading. */
	size?: 'field' | 'section'
	/** Fields that belong with the choices (a note on "other"), after the options and their errors. */
	children?: ReactNode
}

/**
 * Checkboxes (several) or radio buttons (one) in a fieldset whose legend names the question. The
 * fieldset is described by the hint and the errors; the options themselves carry only their label.
 */
function ChoiceGroup({
	field,
	type,
	legend,
	hint,
	options,
	layout = 'grid',
	size = 'field',
	children,
}: ChoiceGroupProps & { type: 'checkbox' | 'radio' }) {
	const hintId = hint ? `${field.id}-hint` : undefined
	const errorId = field.errors?.length ? `${field.id}-error` : undefined
	const labels = new Map(options.map((option) => [option.value, option.label]))
	const List = layout === 'list' ? 'ul' : 'div'
	const Item = layout === 'list' ? 'li' : 'div'
	const section = size === 'section'
	return (
		<fieldset className={section ? 'space-y-3' : undefined} aria-describedby={describedBy(hintId, errorId)}>
			<legend className={section ? 'text-xl font-semibold' : 'font-medium text-slate-900'}>{legend}</legend>
			{hint ? (
				<Hint id={hintId} className={section ? 'text-slate-700' : undefined}>
					{hint}
				</Hint>
			) : null}
			<List className={layout === 'list' ? 'mt-2 space-y-2' : 'mt-2 grid gap-2 sm:grid-cols-2'}>
				{getCollectionProps(field, { type, options: options.map((option) => option.value) }).map(
					({ key, ...inputProps }) => (
						<Item
							key={key ?? inputProps.value}
							className={layout === 'list' ? 'flex items-start gap-2' : 'flex items-center gap-2'}
						>
							<input
								{...inputProps}
								aria-invalid={undefined}
								aria-describedby={undefined}
								className={`h-5 w-5 shrink-0 accent-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700 ${layout === 'list' ? 'mt-0.5' : ''}`}
							/>
							<label htmlFor={inputProps.id}>{labels.get(inputProps.value)}</label>
						</Item>
					),
				)}
			</List>
			<ErrorList id={errorId} errors={field.errors} />
			{children}
		</fieldset>
	)
}

/** Several of the options may be chosen. */
export function CheckboxGroup(props: ChoiceGroupProps) {
	return <ChoiceGroup type="checkbox" {...props} />
}

/** Exactly one of the options is chosen. */
export function RadioGroup(props: ChoiceGroupProps) {
	return <ChoiceGroup type="radio" {...props} />
}

type SelectFieldProps = {
	label: ReactNode
	errors?: string[] | null
	selectProps: SelectHTMLAttributes<HTMLSelectElement>
	options: Array<{ value: string; label: string }>
	className?: string
}

export function SelectField({ label, errors, selectProps, options, className = '' }: SelectFieldProps) {
	const fallbackId = useId()
	const id = selectProps.id ?? fallbackId
	const errorId = errors?.length ? `${id}-error` : undefined
	return (
		<div className={className}>
			<label htmlFor={id} className="block font-medium text-slate-900">
				{label}
			</label>
			<select
				{...selectProps}
				id={id}
				aria-invalid={errorId ? true : undefined}
				aria-describedby={errorId}
				className="mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-slate-900 focus:outline-2 focus:outline-brand-700"
			>
				{options.map((option) => (
					<option key={option.value} value={option.value}>
						{option.label}
					</option>
				))}
			</select>
			<ErrorList id={errorId} errors={errors} />
		</div>
	)
}

/** The invisible field of the honeypot; people never see or fill it. */
export function HoneypotField({ name }: { name: string }) {
	const { t } = useTranslation()
	return (
		<div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
			<label htmlFor={`${name}-hp`}>{t('common:honeypot')}</label>
			<input id={`${name}-hp`} name={name} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
		</div>
	)
}

/** Errors about the whole form (wrong password, expired link), announced when they appear. */
export function FormErrors({ id, errors }: { id: string; errors?: string[] | null }) {
	const { t } = useTranslation()
	const messages = errors?.filter(Boolean) ?? []
	return (
		<div
			id={id}
			role="alert"
			className={messages.length ? 'rounded-md border-l-4 border-red-700 bg-red-50 p-3 text-red-900' : ''}
		>
			{messages.map((message) => (
				<p key={message}>{translateValidationMessage(t, message)}</p>
			))}
		</div>
	)
}
