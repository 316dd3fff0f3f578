import { Form, Link } from '@remix-run/react'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { candidateStages } from '#app/domain/candidates/candidate-options.ts'
import type { CaseloadRow } from '#app/domain/candidates/caseload.server.ts'
import {
	caseloadActivities,
	caseloadParams,
	caseloadSearchParams,
	NO_COACH,
	nextSort,
	type CaseloadFilters,
	type CaseloadSort,
	type CaseloadSortKey,
} from '#app/domain/candidates/caseload-filters.ts'
import { formatDate } from '#app/utils/format.ts'
import { focusRing } from './place-card.tsx'
import { Button } from './ui/button.tsx'

const inputClass =
	'mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-slate-900 focus:border-brand-700 focus:outline-2 focus:outline-brand-700'

type Coach = { id: string; name: string }

/** The caseload filters as a plain GET form: the URL holds them, so a view can be bookmarked or exported. */
export function CaseloadFilterForm({ filters, coaches }: { filters: CaseloadFilters; coaches: Coach[] }) {
	const { t } = useTranslation('caseload')
	const id = useId()
	const coachOptions = (
		<>
			<option value="">{t('filters.everyone')}</option>
			<option value={NO_COACH}>{t('filters.nobody')}</option>
			{coaches.map((coach) => (
				<option key={coach.id} value={coach.id}>
					{coach.name}
				</option>
			))}
		</>
	)
	return (
		<Form
			method="get"
			role="search"
			aria-labelledby={`${id}-heading`}
			// A new URL (clear filters, back button) resets the uncontrolled fields.
			key={caseloadSearchParams(filters).toString()}
			className="grid gap-4 rounded-lg border border-slate-300 bg-white p-5 shadow-sm sm:grid-cols-2 lg:grid-cols-3"
		>
			<h2 id={`${id}-heading`} className="text-xl font-semibold sm:col-span-2 lg:col-span-3">
				{t('filters.heading')}
			</h2>
			<div>
				<label htmlFor={`${id}-q`} className="block font-medium text-slate-900">
					{t('filters.q')}
				</label>
				<input
					id={`${id}-q`}
					name={caseloadParams.q}
					type="search"
					defaultValue={filters.q ?? ''}
					maxLength={100}
					autoComplete="off"
					className={inputClass}
				/>
			</div>
			<div>
				<label htmlFor={`${id}-stage`} className="block font-medium text-slate-900">
					{t('filters.stage')}
				</label>
				<select
					id={`${id}-stage`}
					name={caseloadParams.stage}
					defaultValue={filters.stage ?? ''}
					className={inputClass}
				>
					<option value="">{t('filters.allStages')}</option>
					{candidateStages.map((stage) => (
						<option key={stage} value={stage}>
							{t(`candidates:stages.${stage}`)}
						</option>
					))}
				</select>
			</div>
			<div>
				<label htmlFor={`${id}-activity`} className="block font-medium text-slate-900">
					{t('filters.activity')}
				</label>
				<select
					id={`${id}-activity`}
					name={caseloadParams.activity}
					defaultValue={filters.activity}
					className={inputClass}
				>
					{caseloadActivities.map((activity) => (
						<option key={activity} value={activity}>
							{t(`filters.activities.${activity}`)}
						</option>
					))}
				</select>
			</div>
			<div>
				<label htmlFor={`${id}-coach`} className="block font-medium text-slate-900">
					{t('columns.primaryCoach')}
				</label>
				<select
					id={`${id}-coach`}
					name={caseloadParams.coach}
					defaultValue={filters.coach ?? ''}
					className={inputClass}
				>
					{coachOptions}
				</select>
			</div>
			<div>
				<label htmlFor={`${id}-supporter`} className="block font-medium text-slate-900">
					{t('columns.routeSupporter')}
				</label>
				<select
					id={`${id}-supporter`}
					name={caseloadParams.supporter}
					defaultValue={filters.supporter ?? ''}
					className={inputClass}
				>
					{coachOptions}
				</select>
			</div>
			<div className="flex items-end">
				<label className="flex items-center gap-2 text-slate-900">
					<input
						type="checkbox"
						name={caseloadParams.stale}
						value="1"
						defaultChecked={filters.stale}
						className="h-4 w-4 accent-brand-700"
					/>
					{t('filters.stale')}
				</label>
			</div>
			<div className="flex flex-wrap items-center gap-4 sm:col-span-2 lg:col-span-3">
				<Button type="submit">{t('filters.submit')}</Button>
				<Link to="/jobcoach/kandidaten" className={`text-brand-700 underline hover:text-brand-900 ${focusRing}`}>
					{t('filters.clear')}
				</Link>
			</div>
		</Form>
	)
}

const columns: CaseloadSortKey[] = [
	'name',
	'stage',
	'primaryCoach',
	'routeSupporter',
	'activity',
	'lastContact',
	'nextAction',
	'confirmed',
]

function SortHeader({
	column,
	filters,
	sort,
}: {
	column: CaseloadSortKey
	filters: CaseloadFilters
	sort: CaseloadSort
}) {
	const { t } = useTranslation('caseload')
	const current = sort.key === column
	const target = nextSort(sort, column)
	return (
		<th
			scope="col"
			className="p-2 align-bottom"
			aria-sort={current ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}
		>
			<Link
				to={`?${caseloadSearchParams(filters, target).toString()}`}
				className={`text-brand-700 underline hover:text-brand-900 ${focusRing}`}
			>
				{t(`columns.${column}`)}
				<span className="sr-only"> {t(target.direction === 'asc' ? 'sort.ascending' : 'sort.descending')}</span>
				{current ? <span aria-hidden="true">{sort.direction === 'asc' ? ' ▲' : ' ▼'}</span> : null}
			</Link>
		</th>
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
		<div className="overflow-x-auto">
			<table className="w-full border-collapse bg-white text-left">
				<caption className="sr-only">{t('list.caption', { count: rows.length })}</caption>
				<thead>
					<tr className="border-b border-slate-300">
						{columns.map((column) => (
							<SortHeader key={column} column={column} filters={filters} sort={sort} />
						))}
					</tr>
				</thead>
				<tbody>
					{rows.map((row) => (
						<tr key={row.id} className="border-b border-slate-200 align-top">
							<th scope="row" className="p-2 font-normal">
								<Link
									to={`/jobcoach/kandidaten/${row.id}`}
									className={`font-semibold text-brand-700 underline hover:text-brand-900 ${focusRing}`}
								>
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
				</tbody>
			</table>
		</div>
	)
}
