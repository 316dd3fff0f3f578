// The controls of a filtered, sortable list (the caseload, the relationships, the matching searches,
// the board): a plain GET filter form, so the URL holds the view and it works without JavaScript,
// and column headers that sort by linking to the next order.
import { Form, Link, type FormProps } from '@remix-run/react'
import { useId, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { nextSort, type ListSort } from '#app/utils/list-params.ts'
import { plainTextLinkClass } from './place-card.tsx'
import { Button } from './ui/button.tsx'
import { Field } from './ui/field.tsx'

const layouts = {
	/** The fields side by side on wider screens. */
	grid: {
		form: 'grid gap-4 rounded-lg border border-slate-300 bg-white p-5 shadow-sm sm:grid-cols-2 lg:grid-cols-3',
		fullWidth: 'sm:col-span-2 lg:col-span-3',
	},
	/** The fields one under the other, for a sidebar. */
	stack: { form: 'space-y-5 rounded-lg border border-slate-300 bg-white p-5 shadow-sm', fullWidth: '' },
} as const

type ListFilterFormProps = Omit<FormProps, 'method' | 'role' | 'className' | 'children'> & {
	heading: string
	submitLabel: string
	clearLabel: string
	/** The list without any filter. */
	clearTo: string
	layout?: keyof typeof layouts
	children: ReactNode
}

/** A titled search form with the filters, the submit button and the way back to the unfiltered list. */
export function ListFilterForm({
	heading,
	submitLabel,
	clearLabel,
	clearTo,
	layout = 'grid',
	children,
	...formProps
}: ListFilterFormProps) {
	const id = useId()
	const { form, fullWidth } = layouts[layout]
	return (
		<Form {...formProps} method="get" role="search" aria-labelledby={`${id}-heading`} className={form}>
			<h2 id={`${id}-heading`} className={`text-xl font-semibold ${fullWidth}`}>
				{heading}
			</h2>
			{children}
			<div className={`flex flex-wrap items-center gap-4 ${fullWidth}`}>
				<Button type="submit">{submitLabel}</Button>
				<Link to={clearTo} className={plainTextLinkClass}>
					{clearLabel}
				</Link>
			</div>
		</Form>
	)
}

/** The free-text search of a filter form. */
export function FilterSearchField({
	label,
	name,
	defaultValue,
}: {
	label: string
	name: string
	defaultValue: string
}) {
	return (
		<Field label={label} inputProps={{ name, type: 'search', defaultValue, maxLength: 100, autoComplete: 'off' }} />
	)
}

/** A yes/no filter: checked, the param is in the URL with the value 1. */
export function FilterCheckbox({
	label,
	name,
	defaultChecked,
}: {
	label: ReactNode
	name: string
	defaultChecked: boolean
}) {
	return (
		<label className="flex items-center gap-2 text-slate-900">
			<input
				type="checkbox"
				name={name}
				value="1"
				defaultChecked={defaultChecked}
				className="h-4 w-4 accent-brand-700"
			/>
			{label}
		</label>
	)
}

type SortLinks<Key extends string> = {
	sort: ListSort<Key>
	/** The URL of the list in another order (keeping its filters). */
	hrefFor: (sort: ListSort<Key>) => string
}

/** A table whose every column header sorts it; it scrolls sideways on a narrow screen. */
export function SortableTable<Key extends string>({
	caption,
	columns,
	sort,
	hrefFor,
	children,
}: SortLinks<Key> & {
	/** For screen readers; say that a column header sorts. */
	caption: string
	columns: ReadonlyArray<{ key: Key; label: ReactNode }>
	/** The rows. */
	children: ReactNode
}) {
	return (
		<div className="overflow-x-auto">
			<table className="w-full border-collapse bg-white text-left">
				<caption className="sr-only">{caption}</caption>
				<thead>
					<tr className="border-b border-slate-300">
						{columns.map((column) => (
							<SortableHeader key={column.key} column={column.key} label={column.label} sort={sort} hrefFor={hrefFor} />
						))}
					</tr>
				</thead>
				<tbody>{children}</tbody>
			</table>
		</div>
	)
}

/**
 * A column header that sorts the table: it links to this column ascending, or, when the table is
 * already sorted by it, the other way round; `aria-sort` tells the current order.
 */
function SortableHeader<Key extends string>({
	column,
	label,
	sort,
	hrefFor,
}: SortLinks<Key> & { column: Key; label: ReactNode }) {
	const { t } = useTranslation()
	const current = sort.key === column
	const target = nextSort(sort, column)
	return (
		<th
			scope="col"
			className="p-2 align-bottom"
			aria-sort={current ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}
		>
			<Link to={hrefFor(target)} className={plainTextLinkClass}>
				{label}
				<span className="sr-only"> {t(target.direction === 'asc' ? 'sort.ascending' : 'sort.descending')}</span>
				{current ? <span aria-hidden="true">{sort.direction === 'asc' ? ' ▲' : ' ▼'}</span> : null}
			</Link>
		</th>
	)
}
