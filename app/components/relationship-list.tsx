import { Form, Link } from '@remix-run/react'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { relationshipStages } from '#app/domain/network/activity-options.ts'
import {
	NO_OWNER,
	nextRelationshipSort,
	relationshipListParams,
	relationshipSearchParams,
	relationshipSortKeys,
	type RelationshipFilters,
	type RelationshipSort,
	type RelationshipSortKey,
} from '#app/domain/network/relationship-schema.ts'
import type { RelationshipListRow } from '#app/domain/network/relationships.server.ts'
import { formatDate } from '#app/utils/format.ts'
import { focusRing } from './place-card.tsx'
import { RelationshipStageBadge } from './relationship-stage-badge.tsx'
import { Button } from './ui/button.tsx'
import { Field, SelectField } from './ui/field.tsx'

const linkClass = `text-brand-700 underline hover:text-brand-900 ${focusRing}`

type Owner = { id: string; name: string }

/** The list's filters as a plain GET form: the URL holds them, so a view can be bookmarked. */
export function RelationshipFilterForm({ filters, owners }: { filters: RelationshipFilters; owners: Owner[] }) {
	const { t } = useTranslation('relationships')
	const id = useId()
	return (
		<Form
			method="get"
			role="search"
			aria-labelledby={`${id}-heading`}
			// A new URL (clear filters, back button) resets the uncontrolled fields.
			key={relationshipSearchParams(filters).toString()}
			className="grid gap-4 rounded-lg border border-slate-300 bg-white p-5 shadow-sm sm:grid-cols-2 lg:grid-cols-3"
		>
			<h2 id={`${id}-heading`} className="text-xl font-semibold sm:col-span-2 lg:col-span-3">
				{t('list.filters.heading')}
			</h2>
			<Field
				label={t('list.filters.q')}
				inputProps={{
					name: relationshipListParams.q,
					type: 'search',
					defaultValue: filters.q ?? '',
					maxLength: 100,
					autoComplete: 'off',
				}}
			/>
			<SelectField
				label={t('list.filters.stage')}
				selectProps={{ name: relationshipListParams.stage, defaultValue: filters.stage ?? '' }}
				options={[
					{ value: '', label: t('list.filters.allStages') },
					...relationshipStages.map((stage) => ({ value: stage, label: t(`stages.${stage}`) })),
				]}
			/>
			<SelectField
				label={t('list.filters.owner')}
				selectProps={{ name: relationshipListParams.owner, defaultValue: filters.owner ?? '' }}
				options={[
					{ value: '', label: t('list.filters.everyone') },
					{ value: NO_OWNER, label: t('list.filters.nobody') },
					...owners.map((owner) => ({ value: owner.id, label: owner.name })),
				]}
			/>
			<fieldset className="sm:col-span-2 lg:col-span-3">
				<legend className="font-medium text-slate-900">{t('list.filters.signals')}</legend>
				<div className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
					<label className="flex items-center gap-2 text-slate-900">
						<input
							type="checkbox"
							name={relationshipListParams.due}
							value="1"
							defaultChecked={filters.due}
							className="h-4 w-4 accent-brand-700"
						/>
						{t('list.filters.due')}
					</label>
					<label className="flex items-center gap-2 text-slate-900">
						<input
							type="checkbox"
							name={relationshipListParams.quiet}
							value="1"
							defaultChecked={filters.quiet}
							className="h-4 w-4 accent-brand-700"
						/>
						{t('list.filters.quiet')}
					</label>
				</div>
			</fieldset>
			<div className="flex flex-wrap items-center gap-4 sm:col-span-2 lg:col-span-3">
				<Button type="submit">{t('list.filters.submit')}</Button>
				<Link to="/netwerk/relaties" className={linkClass}>
					{t('list.filters.clear')}
				</Link>
			</div>
		</Form>
	)
}

function SortHeader({
	column,
	filters,
	sort,
}: {
	column: RelationshipSortKey
	filters: RelationshipFilters
	sort: RelationshipSort
}) {
	const { t } = useTranslation('relationships')
	const current = sort.key === column
	const target = nextRelationshipSort(sort, column)
	return (
		<th
			scope="col"
			className="p-2 align-bottom"
			aria-sort={current ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}
		>
			<Link to={`?${relationshipSearchParams(filters, target).toString()}`} className={linkClass}>
				{t(`list.columns.${column}`)}
				<span className="sr-only"> {t(target.direction === 'asc' ? 'list.sortAscending' : 'list.sortDescending')}</span>
				{current ? <span aria-hidden="true">{sort.direction === 'asc' ? ' ▲' : ' ▼'}</span> : null}
			</Link>
		</th>
	)
}

/** Every employer with this network's relationship; each column header sorts (again: the other way round). */
export function RelationshipTable({
	rows,
	filters,
	sort,
}: {
	rows: RelationshipListRow[]
	filters: RelationshipFilters
	sort: RelationshipSort
}) {
	const { t, i18n } = useTranslation('relationships')
	const date = (value: string | null) => (value ? formatDate(value, i18n.language) : '—')
	return (
		<div className="overflow-x-auto">
			<table className="w-full border-collapse bg-white text-left">
				<caption className="sr-only">{t('list.caption', { count: rows.length })}</caption>
				<thead>
					<tr className="border-b border-slate-300">
						{relationshipSortKeys.map((column) => (
							<SortHeader key={column} column={column} filters={filters} sort={sort} />
						))}
					</tr>
				</thead>
				<tbody>
					{rows.map((row) => (
						<tr key={row.employer.id} className="border-b border-slate-200 align-top" data-testid="relationship-row">
							<th scope="row" className="p-2 font-normal">
								<Link to={`/netwerk/relaties/${row.employer.id}`} className={`font-semibold ${linkClass}`}>
									{row.employer.name}
								</Link>
								<span className="block text-sm text-slate-700">
									{[row.employer.town, row.employer.sector ? t(`common:sectors.${row.employer.sector}`) : null]
										.filter(Boolean)
										.join(' · ')}
								</span>
							</th>
							<td className="p-2">
								<RelationshipStageBadge stage={row.stage} />
							</td>
							<td className="p-2">{row.owner?.name ?? '—'}</td>
							<td className="p-2">
								{date(row.lastActivityAt)}
								{row.goneQuiet ? (
									<span className="block text-sm font-semibold text-red-800">{t('list.goneQuiet')}</span>
								) : null}
							</td>
							<td className="p-2">
								{date(row.nextFollowUpOn)}
								{row.followUpDue ? (
									<span className="block text-sm font-semibold text-amber-900">{t('list.followUpDue')}</span>
								) : null}
								{row.followUpNote ? <span className="block text-sm text-slate-700">{row.followUpNote}</span> : null}
							</td>
						</tr>
					))}
				</tbody>
			</table>
		</div>
	)
}
