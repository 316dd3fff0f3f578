import { getInputProps } from '@conform-to/react'
import { type ReactNode } from 'react'
import { Field, type ConformField } from '#app/components/ui/field.tsx'
import { type PlacementIntent } from '#app/domain/matching/placement-schema.ts'

/** Which form of the placement page was sent: the action dispatches on it. */
export function PlacementIntentInput({ intent }: { intent: PlacementIntent }) {
	return <input type="hidden" name="intent" value={intent} />
}

/** The heading of one form on the page; its id names the form for assistive technology. */
export function PlacementFormHeading({ id, children }: { id: string; children: ReactNode }) {
	return (
		<h3 id={id} className="mb-2 text-lg font-semibold text-slate-900">
			{children}
		</h3>
	)
}

/** A calendar date input bound to a Conform field, optionally bounded. */
export function PlacementDateField({
	field,
	label,
	hint,
	min,
	max,
}: {
	field: ConformField
	label: string
	hint?: string
	min?: string | null
	max?: string | null
}) {
	const { key: _key, ...props } = getInputProps(field, { type: 'date' })
	return (
		<Field
			label={label}
			hint={hint}
			errors={field.errors}
			inputProps={{ ...props, min: min ?? undefined, max: max ?? undefined }}
			className="max-w-xs"
		/>
	)
}
