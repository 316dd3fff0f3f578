import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import {
	countedOptions,
	FacetGroup,
	facetOptions,
	Highlighted,
	linkClass,
	MatchFilterForm,
	ResultPages,
	SearchLimitedNotice,
} from '#app/components/match-search.tsx'
import { PageHeader } from '#app/components/page-header.tsx'
import { languageOptions, workEnvironmentOptions } from '#app/domain/candidates/candidate-options.ts'
import { searchCandidatePool } from '#app/domain/matching/candidate-search.server.ts'
import { cardViewPurposes } from '#app/domain/matching/pool-options.ts'
import { requirePoolEmployer } from '#app/domain/matching/pool.server.ts'
import { readSearchFilters } from '#app/domain/matching/search-params.server.ts'
import {
	candidateFilterArrays,
	CandidateSearchFiltersSchema,
	type CandidateSearchFilters,
} from '#app/domain/matching/search-filters.ts'
import { placeTypes, sbiSections } from '#app/domain/places/place-options.ts'
import { pageMeta } from '#app/utils/meta.ts'

export const meta: MetaFunction = (args) => pageMeta(args, 'matching:pool.title')

const noFilters: CandidateSearchFilters = {
	q: '',
	types: [],
	sectors: [],
	municipalities: [],
	workEnvironment: [],
	languages: [],
	stages: [],
	hoursMin: null,
	hoursMax: null,
	radiusKm: null,
	page: 1,
}

export async function loader({ request }: LoaderFunctionArgs) {
	await requirePoolEmployer(request)
	const search = readSearchFilters(request, CandidateSearchFiltersSchema, candidateFilterArrays, noFilters)
	const result = await searchCandidatePool({ filters: search.filters })
	return { filters: search.filters, invalid: search.invalid, searchParams: search.searchParams, result }
}

export default function CandidatePool() {
	const { t } = useTranslation('matching')
	const { t: tp } = useTranslation('places')
	const { t: tc } = useTranslation('candidates')
	const { t: tcommon } = useTranslation('common')
	const { filters, invalid, searchParams, result } = useLoaderData<typeof loader>()
	return (
		<div className="space-y-6">
			<PageHeader title={t('pool.title')}>
				<p className="text-slate-800">{t('pool.intro')}</p>
			</PageHeader>
			{invalid ? (
				<p role="alert" className="rounded-md border border-red-700 bg-red-50 p-3 text-red-900">
					{t('invalidFilters')}
				</p>
			) : null}
			<SearchLimitedNotice status={result.status} />
			<div className="grid gap-6 lg:grid-cols-[20rem_1fr]">
				<MatchFilterForm
					heading={t('filters.heading')}
					query={filters.q}
					queryLabel={t('pool.queryLabel')}
					hoursMin={filters.hoursMin}
					hoursMax={filters.hoursMax}
					radiusKm={null}
					showRadius={false}
					resetTo="."
				>
					<FacetGroup
						name="types"
						legend={t('filters.wishedTypes')}
						options={facetOptions(placeTypes, (key) => tp(`types.${key}`), result.facets.placeTypes)}
						selected={filters.types}
					/>
					<FacetGroup
						name="sectors"
						legend={t('filters.wishedSectors')}
						options={facetOptions(sbiSections, (key) => tcommon(`sectors.${key}`), result.facets.sectors)}
						selected={filters.sectors}
					/>
					<FacetGroup
						name="municipalities"
						legend={t('filters.region')}
						options={countedOptions(result.facets.homeMunicipality, filters.municipalities)}
						selected={filters.municipalities}
					/>
					<FacetGroup
						name="workEnvironment"
						legend={t('filters.workEnvironment')}
						options={facetOptions(
							workEnvironmentOptions,
							(key) => tc(`workEnvironment.${key}`),
							result.facets.workEnvironment,
						)}
						selected={filters.workEnvironment}
					/>
					<FacetGroup
						name="languages"
						legend={t('filters.languages')}
						options={facetOptions(languageOptions, (key) => tc(`languages.${key}`), result.facets.languages)}
						selected={filters.languages}
					/>
				</MatchFilterForm>
				<div className="space-y-4">
					<p role="status" className="font-medium">
						{t('pool.count', { count: result.total })}
					</p>
					{result.candidates.length === 0 ? <p>{t('pool.empty')}</p> : null}
					<ol className="space-y-4">
						{result.candidates.map(({ profile, interests, talents }) => (
							<li key={profile.code} className="space-y-2 rounded-lg border border-slate-300 bg-white p-4 shadow-sm">
								<h2 className="text-lg font-semibold">{t('pool.candidate', { code: profile.code })}</h2>
								<p className="text-slate-800">
									{t('pool.meta', {
										region: profile.homeMunicipality ?? '—',
										hours:
											profile.hoursMin !== null || profile.hoursMax !== null
												? `${profile.hoursMin ?? 0}–${profile.hoursMax ?? '…'}`
												: '—',
										types: profile.placeTypes.map((type) => tp(`types.${type}`)).join(', ') || '—',
									})}
								</p>
								{interests.length > 0 ? (
									<p>
										<span className="font-medium">{t('pool.interests')} </span>
										<Highlighted segments={interests} />
									</p>
								) : null}
								{talents.length > 0 ? (
									<p>
										<span className="font-medium">{t('pool.talents')} </span>
										<Highlighted segments={talents} />
									</p>
								) : null}
								<form
									method="get"
									action={`/werkgever/kandidaten/${profile.code}`}
									className="flex flex-wrap items-end gap-3"
								>
									<label className="text-sm">
										{t('pool.purposeLabel')}
										<select
											name="doel"
											className="mt-1 block rounded-md border border-slate-500 bg-white px-3 py-2 text-slate-900"
											defaultValue={cardViewPurposes[0]}
										>
											{cardViewPurposes.map((purpose) => (
												<option key={purpose} value={purpose}>
													{t(`pool.purposes.${purpose}`)}
												</option>
											))}
										</select>
									</label>
									<button
										type="submit"
										className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 focus:outline-2 focus:outline-offset-2 focus:outline-brand-700"
									>
										{t('pool.open')}
										<span className="sr-only"> {profile.code}</span>
									</button>
								</form>
							</li>
						))}
					</ol>
					<ResultPages page={result.page} pageCount={result.pageCount} searchParams={searchParams} />
					<p className="text-sm text-slate-700">
						<Link to="/werkgever/voorstellen" className={linkClass}>
							{t('pool.proposalsLink')}
						</Link>
					</p>
				</div>
			</div>
		</div>
	)
}
