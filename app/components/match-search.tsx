// The building blocks of the matching searches: the filter form with facets and counts, highlighted
// text, the why panels, the "search is limited" notice and paging. Plain GET forms: they work
// without JavaScript and the URL holds the search.
import { Link } from '@remix-run/react'
import { useId, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { languageOptions, workEnvironmentOptions } from '#app/domain/candidates/candidate-options.ts'
import { type Segment } from '#app/domain/matching/highlight.ts'
import { placeTypes, sbiSections } from '#app/domain/places/place-options.ts'
import { CUSTOMIZED_PARAM } from '#app/domain/matching/search-filters.ts'
import { ListFilterForm } from './list-controls.tsx'

const inputClass =
	'mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-slate-900 focus:border-brand-700 focus:outline-2 focus:outline-brand-700'
export const linkClass = 'font-medium text-brand-700 underline hover:text-brand-900'

export function Highlighted({ segments }: { segments: Segment[] }) {
	return (
		<>
			{segments.map((segment, index) =>
				segment.mark ? (
					<mark key={index} className="rounded-sm bg-yellow-200 px-0.5 text-slate-900">
						{segment.text}
					</mark>
				) : (
					<span key={index}>{segment.text}</span>
				),
			)}
		</>
	)
}

export function SearchLimitedNotice({ status }: { status: 'ok' | 'limited' }) {
	const { t } = useTranslation('matching')
	if (status === 'ok') return null
	return (
		<div role="status" className="rounded-md border border-amber-600 bg-amber-50 p-4 text-slate-900">
			<p className="font-semibold">{t('limited.title')}</p>
			<p>{t('limited.body')}</p>
		</div>
	)
}

export type FacetOption = { value: string; label: string; count?: number }

/** Checkboxes for one facet; values the engine counted show their count, selected ones always show. */
export function FacetGroup({
	name,
	legend,
	options,
	selected,
}: {
	name: string
	legend: string
	options: FacetOption[]
	selected: readonly string[]
}) {
	const { t } = useTranslation('matching')
	const shown = options.filter((option) => selected.includes(option.value) || (option.count ?? 0) > 0)
	if (shown.length === 0) return null
	return (
		<fieldset>
			<legend className="font-medium text-slate-900">{legend}</legend>
			<ul className="mt-2 space-y-1">
				{shown.map((option) => (
					<li key={option.value}>
						<label className="flex items-center gap-2">
							<input
								type="checkbox"
								name={name}
								value={option.value}
								defaultChecked={selected.includes(option.value)}
								className="h-4 w-4 accent-brand-700"
							/>
							<span>
								{option.label}
								{option.count !== undefined ? (
									<span className="text-slate-700"> {t('facetCount', { count: option.count })}</span>
								) : null}
							</span>
						</label>
					</li>
				))}
			</ul>
		</fieldset>
	)
}

/** Options for a facet from a list of keys, their labels and the engine's counts. */
export function facetOptions(
	keys: readonly string[],
	label: (key: string) => string,
	counts: Record<string, number> | undefined,
): FacetOption[] {
	return keys.map((key) => ({ value: key, label: label(key), count: counts?.[key] }))
}

/** Facet options for free values (towns, municipalities): whatever the engine counted, plus the selected. */
export function countedOptions(counts: Record<string, number> | undefined, selected: readonly string[]): FacetOption[] {
	const values = new Set([...Object.keys(counts ?? {}), ...selected])
	return [...values]
		.sort((a, b) => a.localeCompare(b, 'nl'))
		.map((value) => ({ value, label: value, count: counts?.[value] }))
}

export function MatchFilterForm({
	heading,
	query,
	queryLabel,
	hoursMin,
	hoursMax,
	radiusKm,
	showRadius,
	resetTo,
	children,
}: {
	heading: string
	query: string
	queryLabel: string
	hoursMin: number | null
	hoursMax: number | null
	radiusKm: number | null
	showRadius: boolean
	resetTo: string
	children: ReactNode
}) {
	const { t } = useTranslation('matching')
	const id = useId()
	return (
		<ListFilterForm
			heading={heading}
			submitLabel={t('filters.apply')}
			clearLabel={t('filters.reset')}
			clearTo={resetTo}
			layout="stack"
		>
			<input type="hidden" name={CUSTOMIZED_PARAM} value="1" />
			<div>
				<label htmlFor={`${id}-q`} className="font-medium text-slate-900">
					{queryLabel}
				</label>
				<input id={`${id}-q`} name="q" type="search" defaultValue={query} className={inputClass} />
			</div>
			<fieldset>
				<legend className="font-medium text-slate-900">{t('filters.hours')}</legend>
				<div className="mt-1 grid grid-cols-2 gap-3">
					<label className="text-sm">
						{t('filters.hoursMin')}
						<input
							name="hoursMin"
							type="number"
							min={0}
							max={80}
							defaultValue={hoursMin ?? ''}
							className={inputClass}
						/>
					</label>
					<label className="text-sm">
						{t('filters.hoursMax')}
						<input
							name="hoursMax"
							type="number"
							min={0}
							max={80}
							defaultValue={hoursMax ?? ''}
							className={inputClass}
						/>
					</label>
				</div>
			</fieldset>
			{showRadius ? (
				<div>
					<label htmlFor={`${id}-radius`} className="font-medium text-slate-900">
						{t('filters.radius')}
					</label>
					<input
						id={`${id}-radius`}
						name="radiusKm"
						type="number"
						min={0}
						max={200}
						defaultValue={radiusKm ?? ''}
						className={inputClass}
					/>
				</div>
			) : null}
			{children}
		</ListFilterForm>
	)
}

export function ResultPages({
	page,
	pageCount,
	searchParams,
}: {
	page: number
	pageCount: number
	searchParams: string
}) {
	const { t } = useTranslation('matching')
	if (pageCount <= 1) return null
	const to = (target: number) => {
		const params = new URLSearchParams(searchParams)
		params.set('page', String(target))
		return `?${params.toString()}`
	}
	return (
		<nav aria-label={t('pages.label')} className="flex items-center gap-4">
			{page > 1 ? (
				<Link to={to(page - 1)} className={linkClass}>
					{t('pages.previous')}
				</Link>
			) : null}
			<span>{t('pages.current', { page, pageCount })}</span>
			{page < pageCount ? (
				<Link to={to(page + 1)} className={linkClass}>
					{t('pages.next')}
				</Link>
			) : null}
		</nav>
	)
}

type Coverage = { covered: Array<{ need: string; by: string }>; uncovered: string[] }

/** The shared lines of both why panels: distance, hours, needs. */
function WhyFacts({
	distanceKm,
	withinRadius,
	radiusKm,
	hours,
	hoursText,
	coverage,
}: {
	distanceKm: number | null
	withinRadius: boolean | null
	radiusKm: number | null
	hours: string
	hoursText: string
	coverage: Coverage
}) {
	const { t } = useTranslation('matching')
	const { t: tc } = useTranslation('candidates')
	const { t: tp } = useTranslation('places')
	return (
		<>
			<dt className="font-medium">{t('why.distance')}</dt>
			<dd>
				{distanceKm === null
					? t('why.distanceUnknown')
					: withinRadius === false
						? t('why.distanceOutside', { km: distanceKm, radius: radiusKm })
						: t('why.distanceWithin', { km: distanceKm })}
			</dd>
			<dt className="font-medium">{t('why.hours')}</dt>
			<dd>
				{t(`why.hoursFit.${hours}`)} ({hoursText})
			</dd>
			<dt className="font-medium">{t('why.needs')}</dt>
			<dd>
				{coverage.covered.length === 0 && coverage.uncovered.length === 0 ? (
					t('why.noNeeds')
				) : (
					<ul className="list-inside list-disc">
						{coverage.covered.map(({ need, by }) => (
							<li key={need}>
								{t('why.covered', { need: tc(`workEnvironment.${need}`), by: tp(`adaptations.${by}`) })}
							</li>
						))}
						{coverage.uncovered.map((need) => (
							<li key={need}>{t('why.uncovered', { need: tc(`workEnvironment.${need}`) })}</li>
						))}
					</ul>
				)}
			</dd>
		</>
	)
}

export type PlaceWhyView = {
	terms: Array<{ term: string; source: string; words: string[] }>
	extraWords: string[]
	distanceKm: number | null
	withinRadius: boolean | null
	hours: string
	covered: Array<{ need: string; by: string }>
	uncovered: string[]
	typeWished: boolean
	sectorWished: boolean
}

export function PlaceWhyPanel({
	why,
	hoursText,
	radiusKm,
}: {
	why: PlaceWhyView
	hoursText: string
	radiusKm: number | null
}) {
	const { t } = useTranslation('matching')
	return (
		<details className="rounded-md border border-slate-300 bg-slate-50 p-3">
			<summary className="cursor-pointer font-medium text-brand-800">{t('why.placeSummary')}</summary>
			<dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
				<dt className="font-medium">{t('why.words')}</dt>
				<dd>
					{why.terms.length === 0 && why.extraWords.length === 0 ? (
						t('why.noWords')
					) : (
						<ul className="list-inside list-disc">
							{why.terms.map((term) => (
								<li key={term.term}>
									{t('why.termMatched', {
										source: t(`why.sources.${term.source}`),
										term: term.term,
										words: term.words.join(', '),
									})}
								</li>
							))}
							{why.extraWords.map((word) => (
								<li key={word}>{t('why.queryMatched', { word })}</li>
							))}
						</ul>
					)}
				</dd>
				<dt className="font-medium">{t('why.type')}</dt>
				<dd>{why.typeWished ? t('why.typeWished') : t('why.typeNotWished')}</dd>
				<WhyFacts
					distanceKm={why.distanceKm}
					withinRadius={why.withinRadius}
					radiusKm={radiusKm}
					hours={why.hours}
					hoursText={hoursText}
					coverage={why}
				/>
			</dl>
		</details>
	)
}

export type CandidateWhyView = {
	words: Array<{ term: string; words: string[] }>
	distanceKm: number | null
	withinRadius: boolean | null
	travelRadiusKm: number | null
	hours: string
	covered: Array<{ need: string; by: string }>
	uncovered: string[]
	typeWished: boolean
}

export function CandidateWhyPanel({ why, hoursText }: { why: CandidateWhyView; hoursText: string }) {
	const { t } = useTranslation('matching')
	return (
		<details className="rounded-md border border-slate-300 bg-slate-50 p-3">
			<summary className="cursor-pointer font-medium text-brand-800">{t('why.candidateSummary')}</summary>
			<dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
				<dt className="font-medium">{t('why.words')}</dt>
				<dd>
					{why.words.length === 0 ? (
						t('why.noWords')
					) : (
						<ul className="list-inside list-disc">
							{why.words.map((term) => (
								<li key={term.term}>{t('why.placeWordMatched', { term: term.term, words: term.words.join(', ') })}</li>
							))}
						</ul>
					)}
				</dd>
				<dt className="font-medium">{t('why.type')}</dt>
				<dd>{why.typeWished ? t('why.typeWishedByCandidate') : t('why.typeNotWishedByCandidate')}</dd>
				<WhyFacts
					distanceKm={why.distanceKm}
					withinRadius={why.withinRadius}
					radiusKm={why.travelRadiusKm}
					hours={why.hours}
					hoursText={hoursText}
					coverage={why}
				/>
			</dl>
		</details>
	)
}

/** The frame of every matching search page: notices, the filter form beside the ranked results. */
export function MatchSearchResults({
	invalid,
	status,
	filterForm,
	count,
	empty,
	pages,
	children,
}: {
	invalid: boolean
	status: 'ok' | 'limited'
	filterForm: ReactNode
	count: string
	/** Shown instead of the list when nothing was found. */
	empty: string | null
	pages: ReactNode
	children: ReactNode
}) {
	const { t } = useTranslation('matching')
	return (
		<>
			{invalid ? (
				<p role="alert" className="rounded-md border border-red-700 bg-red-50 p-3 text-red-900">
					{t('invalidFilters')}
				</p>
			) : null}
			<SearchLimitedNotice status={status} />
			<div className="grid gap-6 lg:grid-cols-[20rem_1fr]">
				{filterForm}
				<div className="space-y-4">
					<p role="status" className="font-medium">
						{count}
					</p>
					{empty ? <p>{empty}</p> : null}
					<ol className="space-y-4">{children}</ol>
					{pages}
				</div>
			</div>
		</>
	)
}

export const resultCardClass = 'space-y-2 rounded-lg border border-slate-300 bg-white p-4 shadow-sm'
export const primaryLinkClass =
	'inline-block rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 focus:outline-2 focus:outline-offset-2 focus:outline-brand-700'

type CandidateFacetFilters = {
	types: readonly string[]
	sectors: readonly string[]
	municipalities: readonly string[]
	workEnvironment: readonly string[]
	languages: readonly string[]
}

/** The candidate facets shared by "find candidates" (coach) and the pool (employer). */
export function CandidateFacetGroups({
	facets,
	filters,
	municipalityLegend,
}: {
	facets: Record<string, Record<string, number>>
	filters: CandidateFacetFilters
	municipalityLegend: string
}) {
	const { t } = useTranslation('matching')
	const { t: tp } = useTranslation('places')
	const { t: tc } = useTranslation('candidates')
	const { t: tcommon } = useTranslation('common')
	return (
		<>
			<FacetGroup
				name="types"
				legend={t('filters.wishedTypes')}
				options={facetOptions(placeTypes, (key) => tp(`types.${key}`), facets.placeTypes)}
				selected={filters.types}
			/>
			<FacetGroup
				name="sectors"
				legend={t('filters.wishedSectors')}
				options={facetOptions(sbiSections, (key) => tcommon(`sectors.${key}`), facets.sectors)}
				selected={filters.sectors}
			/>
			<FacetGroup
				name="municipalities"
				legend={municipalityLegend}
				options={countedOptions(facets.homeMunicipality, filters.municipalities)}
				selected={filters.municipalities}
			/>
			<FacetGroup
				name="workEnvironment"
				legend={t('filters.workEnvironment')}
				options={facetOptions(workEnvironmentOptions, (key) => tc(`workEnvironment.${key}`), facets.workEnvironment)}
				selected={filters.workEnvironment}
			/>
			<FacetGroup
				name="languages"
				legend={t('filters.languages')}
				options={facetOptions(languageOptions, (key) => tc(`languages.${key}`), facets.languages)}
				selected={filters.languages}
			/>
		</>
	)
}
