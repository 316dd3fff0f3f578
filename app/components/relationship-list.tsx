import { Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { relationshipStages } from '#app/domain/network/activity-options.ts'
import {
	NO_OWNER,
	relationshipListParams,
	relationshipSearchParams,
	relationshipSortKeys,
	type RelationshipFilters,
	type RelationshipSort,
} from '#app/domain/network/relationship-schema.ts'
import type { RelationshipListRow } from '#app/domain/network/relationships.server.ts'
import { formatDate } from '#app/utils/format.ts'
import { FilterCheckbox, FilterSearchField, ListFilterForm, SortableTable } from './list-controls.tsx'
import { plainTextLinkClass } from './place-card.tsx'
import { RelationshipStageBadge } from './relationship-stage-badge.tsx'
import { SelectField } from './ui/field.tsx'

type Owner = { id: string; name: string }

/** The list's filters as a plain GET form: the URL holds them, so a view can be bookmarked. */
export function RelationshipFilterForm({ filters, owners }: { filters: RelationshipFilters; owners: Owner[] }) {
	const { t } = useTranslation('relationships')
	return (
		<ListFilterForm
			// A new URL (clear filters, back button) resets the uncontrolled fields.
			key={relationshipSearchParams(filters).toString()}
			heading={t('list.filters.heading')}
			submitLabel={t('list.filters.submit')}
			clearLabel={t('list.filters.clear')}
			clearTo="/netwerk/relaties"
		>
			<FilterSearchField label={t('list.filters.q')} name={relationshipListParams.q} defaultValue={filters.q ?? ''} />
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
					<FilterCheckbox
						label={t('list.filters.due')}
						name={relationshipListParams.due}
						defaultChecked={filters.due}
					/>
					<FilterCheckbox
						label={t('list.filters.quiet')}
						name={relationshipListParams.quiet}
						defaultChecked={filters.quiet}
					/>
				</div>
			</fieldset>
		</ListFilterForm>
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
		<SortableTable
			caption={t('list.caption', { count: rows.length })}
			columns={relationshipSortKeys.map((key) => ({ key, label: t(`list.columns.${key}`) }))}
			sort={sort}
			hrefFor={(target) => `?${relationshipSearchParams(filters, target).toString()}`}
		>
			{rows.map((row) => (
				<tr key={row.employer.id} className="border-b border-slate-200 align-top" data-testid="relationship-row">
					<th scope="row" className="p-2 font-normal">
						<Link to={`/netwerk/relaties/${row.employer.id}`} className={`font-semibold ${plainTextLinkClass}`}>
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
		</SortableTable>
	)
}
