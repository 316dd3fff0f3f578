import { getInputProps } from '@conform-to/react'
import { Link } from '@remix-run/react'
import { type ReactNode } from 'react'
import { Button } from './button.tsx'
import { Field, type ConformField } from './field.tsx'

/** A titled block of a long form (the place form, the intake). */
export function FormSection({
	title,
	intro,
	aside,
	level = 2,
	children,
}: {
	title: string
	intro?: string
	/** Shown beside the title, e.g. the "only your organisation sees this" badge. */
	aside?: ReactNode
	/** 3 inside a page section whose own heading is an h2. */
	level?: 2 | 3
	children: ReactNode
}) {
	const Heading = level === 2 ? 'h2' : 'h3'
	return (
		<section className="space-y-4 rounded-lg border border-slate-300 bg-white p-6 shadow-sm">
			<div className="space-y-1">
				<div className="flex flex-wrap items-center gap-3">
					<Heading className="text-xl font-semibold">{title}</Heading>
					{aside}
				</div>
				{intro ? <p className="text-slate-700">{intro}</p> : null}
			</div>
			{children}
		</section>
	)
}

/** The submit button and the way back, at the end of a form. */
export function FormActions({
	submitLabel,
	cancelTo,
	cancelLabel,
}: {
	submitLabel: string
	cancelTo: string
	cancelLabel: string
}) {
	return (
		<div className="flex flex-wrap items-center gap-4">
			<Button type="submit">{submitLabel}</Button>
			<Link to={cancelTo} className="text-brand-700 underline">
				{cancelLabel}
			</Link>
		</div>
	)
}

/** Conform's props carry a React `key`, which must not be spread into JSX. */
export function withoutKey<Props extends { key?: unknown }>(props: Props): Omit<Props, 'key'> {
	const { key: _key, ...rest } = props
	return rest
}

/** A whole number between `min` and `max`, bound to a Conform field. */
export function NumberField({
	field,
	label,
	hint,
	min,
	max,
	className,
}: {
	field: ConformField
	label: string
	hint?: string
	min: number
	max: number
	className?: string
}) {
	return (
		<Field
			label={label}
			hint={hint}
			errors={field.errors}
			inputProps={{ ...withoutKey(getInputProps(field, { type: 'number' })), inputMode: 'numeric', step: 1, min, max }}
			className={className}
		/>
	)
}

/** A minimum and a maximum (hours per week) side by side under one legend. */
export function NumberRangeFields({
	legend,
	hint,
	minField,
	maxField,
	minLabel,
	maxLabel,
	min,
	max,
}: {
	legend: string
	hint: string
	minField: ConformField
	maxField: ConformField
	minLabel: string
	maxLabel: string
	min: number
	max: number
}) {
	return (
		<fieldset>
			<legend className="font-medium text-slate-900">{legend}</legend>
			<p className="text-sm text-slate-700">{hint}</p>
			<div className="mt-1 grid max-w-md grid-cols-2 gap-4">
				<NumberField field={minField} label={minLabel} min={min} max={max} />
				<NumberField field={maxField} label={maxLabel} min={min} max={max} />
			</div>
		</fieldset>
	)
}
