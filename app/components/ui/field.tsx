import { getInputProps } from '@conform-to/react'
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
			{hint ? (
				<p id={hintId} className="text-sm text-slate-700">
					{hint}
				</p>
			) : null}
			<input
				{...inputProps}
				id={id}
				aria-invalid={errorId ? true : undefined}
				aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
				className="mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-slate-900 focus:border-brand-700 focus:outline-2 focus:outline-brand-700 aria-[invalid]:border-red-700"
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
