import { type ReactNode } from 'react'

export type Column = { label: ReactNode; visuallyHidden?: boolean }

/** A plain accessible table: a caption (visible to screen readers) and column headers with scope. */
export function DataTable({ caption, columns, children }: { caption: string; columns: Column[]; children: ReactNode }) {
	return (
		<table className="w-full border-collapse bg-white text-left">
			<caption className="sr-only">{caption}</caption>
			<thead>
				<tr className="border-b border-slate-300">
					{columns.map((column, index) => (
						<th key={index} scope="col" className="p-2">
							{column.visuallyHidden ? <span className="sr-only">{column.label}</span> : column.label}
						</th>
					))}
				</tr>
			</thead>
			<tbody>{children}</tbody>
		</table>
	)
}
