import { getInputProps } from '@conform-to/react'
import { useId, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Field, type ConformField } from './ui/field.tsx'

/**
 * A text input with a <datalist> of Dutch town labels: the browser suggests towns while typing and it
 * works without JavaScript. The loader passes `listTowns().map((town) => town.label)`; the server
 * checks the chosen label with findTown().
 *
 * Bind it to a Conform field (`field`) or give a plain `name` and `defaultValue` (GET filter forms).
 */
export function TownPicker({
	towns,
	label,
	hint,
	field,
	name,
	defaultValue,
	errors,
}: {
	towns: readonly string[]
	label: ReactNode
	/** Defaults to "Begin te typen…"; pass null for no hint. */
	hint?: ReactNode | null
	field?: ConformField
	name?: string
	defaultValue?: string
	errors?: string[] | null
}) {
	const { t } = useTranslation('organizations')
	const listId = `${useId()}-towns`
	const bound = field ? getInputProps(field, { type: 'text' }) : { type: 'text' as const, name, defaultValue }
	return (
		<>
			<Field
				label={label}
				hint={hint === undefined ? t('townPicker.hint') : hint}
				errors={errors ?? field?.errors}
				inputProps={{ ...bound, list: listId, autoComplete: 'off', spellCheck: false }}
			/>
			<datalist id={listId}>
				{towns.map((town) => (
					<option key={town} value={town} />
				))}
			</datalist>
		</>
	)
}
