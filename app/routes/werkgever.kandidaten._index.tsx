import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import {
	CandidateFacetGroups,
	Highlighted,
	linkClass,
	MatchFilterForm,
	MatchSearchResults,
	resultCardClass,
	ResultPages,
} from '#app/components/match-search.tsx'
import { PageHeader } from '#app/components/page-header.tsx'
import { searchCandidatePool } from '#app/domain/matching/candidate-search.server.ts'
import { cardViewPurposes } from '#app/domain/matching/pool-options.ts'
import { requirePoolEmployer } from '#app/domain/matching/pool.server.ts'
import { readSearchFilters } from '#app/domain/matching/search-params.server.ts'
import {
	candidateFilterArrays,
	CandidateSearchFiltersSchema,
	type CandidateSearchFilters,
} from '#app/domain/matching/search-filters.ts'
import { pageMeta } from '#app/utils/meta.ts'

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'

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
	const { filters, invalid, searchParams, result } = useLoaderData<typeof loader>()
	return (
		<div className="space-y-6">
			<PageHeader title={t('pool.title')}>
				<p className="text-slate-800">{t('pool.intro')}</p>
			</PageHeader>
			<MatchSearchResults
				invalid={invalid}
				status={result.status}
				count={t('pool.count', { count: result.total })}
				empty={result.candidates.length === 0 ? t('pool.empty') : null}
				pages={<ResultPages page={result.page} pageCount={result.pageCount} searchParams={searchParams} />}
				filterForm={
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
						<CandidateFacetGroups facets={result.facets} filters={filters} municipalityLegend={t('filters.region')} />
					</MatchFilterForm>
				}
			>
				{result.candidates.map(({ profile, interests, talents }) => (
					<li key={profile.code} className={resultCardClass}>
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
			</MatchSearchResults>
			<p className="text-sm text-slate-700">
				<Link to="/werkgever/voorstellen" className={linkClass}>
					{t('pool.proposalsLink')}
				</Link>
			</p>
		</div>
	)
}
