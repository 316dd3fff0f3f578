import { Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { candidateStages } from '#app/domain/candidates/candidate-options.ts'
import type { CaseloadRow } from '#app/domain/candidates/caseload.server.ts'
import {
	caseloadActivities,
	caseloadParams,
	caseloadSearchParams,
	caseloadSortKeys,
	NO_COACH,
	type CaseloadFilters,
	type CaseloadSort,
} from '#app/domain/candidates/caseload-filters.ts'
import { formatDate } from '#app/utils/format.ts'
import { FilterCheckbox, FilterSearchField, ListFilterForm, SortableTable } from './list-controls.tsx'
import { textLinkClass } from './place-card.tsx'
import { SelectField } from './ui/field.tsx'

type Coach = { id: string; name: string }

/** The caseload filters as a plain GET form: the URL holds them, so a view can be bookmarked or exported. */
export function CaseloadFilterForm({ filters, coaches }: { filters: CaseloadFilters; coaches: Coach[] }) {
	const { t } = useTranslation('caseload')
	const coachOptions = [
		{ value: '', label: t('filters.everyone') },
		{ value: NO_COACH, label: t('filters.nobody') },
		...coaches.map((coach) => ({ value: coach.id, label: coach.name })),
	]
	return (
		<ListFilterForm
			// A new URL (clear filters, back button) resets the uncontrolled fields.
			key={caseloadSearchParams(filters).toString()}
			heading={t('filters.heading')}
			submitLabel={t('filters.submit')}
			clearLabel={t('filters.clear')}
			clearTo="/jobcoach/kandidaten"
		>
			<FilterSearchField label={t('filters.q')} name={caseloadParams.q} defaultValue={filters.q ?? ''} />
			<SelectField
				label={t('filters.stage')}
				selectProps={{ name: caseloadParams.stage, defaultValue: filters.stage ?? '' }}
				options={[
					{ value: '', label: t('filters.allStages') },
					...candidateStages.map((stage) => ({ value: stage, label: t(`candidates:stages.${stage}`) })),
				]}
			/>
			<SelectField
				label={t('filters.activity')}
				selectProps={{ name: caseloadParams.activity, defaultValue: filters.activity }}
				options={caseloadActivities.map((activity) => ({
					value: activity,
					label: t(`filters.activities.${activity}`),
				}))}
			/>
			<SelectField
				label={t('columns.primaryCoach')}
				selectProps={{ name: caseloadParams.coach, defaultValue: filters.coach ?? '' }}
				options={coachOptions}
			/>
			<SelectField
				label={t('columns.routeSupporter')}
				selectProps={{ name: caseloadParams.supporter, defaultValue: filters.supporter ?? '' }}
				options={coachOptions}
			/>
			<div className="flex items-end">
				<FilterCheckbox label={t('filters.stale')} name={caseloadParams.stale} defaultChecked={filters.stale} />
			</div>
		</ListFilterForm>
	)
}

/** The caseload table; every column header sorts (again: the other way round). */
export function CaseloadTable({
	rows,
	filters,
	sort,
}: {
	rows: CaseloadRow[]
	filters: CaseloadFilters
	sort: CaseloadSort
}) {
	const { t, i18n } = useTranslation('caseload')
	const date = (value: string | null) => (value ? formatDate(value, i18n.language) : '—')
	return (
		<SortableTable
			caption={t('list.caption', { count: rows.length })}
			columns={caseloadSortKeys.map((key) => ({ key, label: t(`columns.${key}`) }))}
			sort={sort}
			hrefFor={(target) => `?${caseloadSearchParams(filters, target).toString()}`}
		>
			{rows.map((row) => (
				<tr key={row.id} className="border-b border-slate-200 align-top">
					<th scope="row" className="p-2 font-normal">
						<Link to={`/jobcoach/kandidaten/${row.id}`} className={textLinkClass}>
							{row.name}
						</Link>
						<span className="block text-sm text-slate-700">{row.code}</span>
					</th>
					<td className="p-2">{t(`candidates:stages.${row.stage}`)}</td>
					<td className="p-2">{row.primaryCoach ?? '—'}</td>
					<td className="p-2">{row.routeSupporter ?? '—'}</td>
					<td className="p-2">{t(row.active ? 'candidates:activity.active' : 'candidates:activity.inactive')}</td>
					<td className="p-2">{date(row.lastContactAt)}</td>
					<td className="p-2">
						{row.nextAction ?? '—'}
						{row.nextActionDate ? (
							<span className="block text-sm text-slate-700">{date(row.nextActionDate)}</span>
						) : null}
					</td>
					<td className="p-2">
						{date(row.confirmedAt)}
						{row.stale ? <span className="block text-sm font-semibold text-red-800">{t('list.stale')}</span> : null}
					</td>
				</tr>
			))}
		</SortableTable>
	)
}
