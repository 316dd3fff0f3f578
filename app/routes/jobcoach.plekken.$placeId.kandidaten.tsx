import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { z } from 'zod'
import { useTranslation } from 'react-i18next'
import {
	CandidateWhyPanel,
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
import { candidateStages, languageOptions, workEnvironmentOptions } from '#app/domain/candidates/candidate-options.ts'
import { requireCandidateCoach } from '#app/domain/candidates/candidates.server.ts'
import {
	defaultCandidateFilters,
	getPlaceForMatching,
	searchCandidatesForPlace,
} from '#app/domain/matching/candidate-search.server.ts'
import { readSearchFilters } from '#app/domain/matching/search-params.server.ts'
import { candidateFilterArrays, CandidateSearchFiltersSchema } from '#app/domain/matching/search-filters.ts'
import { placeTypes, sbiSections } from '#app/domain/places/place-options.ts'
import { pageMeta } from '#app/utils/meta.ts'

export const meta: MetaFunction = (args) => pageMeta(args, 'matching:candidates.title')

const ParamsSchema = z.object({ placeId: z.string().min(1).max(40) })

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { user, organizationId } = await requireCandidateCoach(request, 'read:candidate')
	const parsed = ParamsSchema.safeParse(params)
	const place = parsed.success ? await getPlaceForMatching(parsed.data.placeId) : null
	if (!place) throw new Response('Not Found', { status: 404 })
	const search = readSearchFilters(
		request,
		CandidateSearchFiltersSchema,
		candidateFilterArrays,
		defaultCandidateFilters(place),
	)
	const result = await searchCandidatesForPlace({ organizationId, viewerId: user.id, place, filters: search.filters })
	return { place, filters: search.filters, invalid: search.invalid, searchParams: search.searchParams, result }
}

export default function FindCandidates() {
	const { t } = useTranslation('matching')
	const { t: tp } = useTranslation('places')
	const { t: tc } = useTranslation('candidates')
	const { t: tcommon } = useTranslation('common')
	const { place, filters, invalid, searchParams, result } = useLoaderData<typeof loader>()
	return (
		<div className="space-y-6">
			<PageHeader title={t('candidates.title')}>
				<p className="text-slate-800">
					{t('candidates.forPlace', { title: place.title, employer: place.organizationName, town: place.town ?? '' })}{' '}
					<Link to={`/plekken/${place.id}`} className={linkClass}>
						{t('candidates.viewPlace')}
					</Link>
				</p>
				<p className="text-slate-800">{t('candidates.intro')}</p>
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
					queryLabel={t('candidates.queryLabel')}
					hoursMin={filters.hoursMin}
					hoursMax={filters.hoursMax}
					radiusKm={filters.radiusKm}
					showRadius={place.latitude !== null}
					resetTo="."
				>
					<FacetGroup
						name="types"
						legend={t('filters.wishedTypes')}
						options={facetOptions(placeTypes, (key) => tp(`types.${key}`), result.facets.placeTypes)}
						selected={filters.types}
					/>
					<FacetGroup
						name="stages"
						legend={t('filters.stages')}
						options={facetOptions(candidateStages, (key) => tc(`stages.${key}`), result.facets.stage)}
						selected={filters.stages}
					/>
					<FacetGroup
						name="sectors"
						legend={t('filters.wishedSectors')}
						options={facetOptions(sbiSections, (key) => tcommon(`sectors.${key}`), result.facets.sectors)}
						selected={filters.sectors}
					/>
					<FacetGroup
						name="municipalities"
						legend={t('filters.municipalities')}
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
						{t('candidates.count', { count: result.total })}
					</p>
					{result.hits.length === 0 ? <p>{t('candidates.empty')}</p> : null}
					<ol className="space-y-4">
						{result.hits.map((hit) => (
							<li key={hit.id} className="space-y-2 rounded-lg border border-slate-300 bg-white p-4 shadow-sm">
								<h2 className="text-lg font-semibold">
									<Link to={`/jobcoach/kandidaten/${hit.id}`} className={linkClass}>
										{hit.name}
									</Link>{' '}
									<span className="font-normal text-slate-700">({hit.code})</span>
								</h2>
								<p className="text-slate-800">
									{t('candidates.meta', {
										stage: tc(`stages.${hit.stage}`),
										municipality: hit.homeMunicipality ?? '—',
										hours:
											hit.hoursMin !== null || hit.hoursMax !== null
												? `${hit.hoursMin ?? 0}–${hit.hoursMax ?? '…'}`
												: '—',
									})}
								</p>
								{hit.interests.length > 0 ? (
									<p>
										<span className="font-medium">{t('candidates.interests')} </span>
										<Highlighted segments={hit.interests} />
									</p>
								) : null}
								{hit.happyWhen.length > 0 ? (
									<p>
										<span className="font-medium">{t('candidates.happyWhen')} </span>
										<Highlighted segments={hit.happyWhen} />
									</p>
								) : null}
								<CandidateWhyPanel
									why={hit.why}
									hoursText={t('why.hoursCompare', {
										placeMin: place.hoursMin,
										placeMax: place.hoursMax,
										wish:
											hit.hoursMin !== null || hit.hoursMax !== null
												? `${hit.hoursMin ?? 0}–${hit.hoursMax ?? '…'}`
												: '—',
									})}
								/>
								<Link
									to={`/jobcoach/kandidaten/${hit.id}/voorstellen/nieuw?plek=${place.id}`}
									className="inline-block rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 focus:outline-2 focus:outline-offset-2 focus:outline-brand-700"
								>
									{t('candidates.propose')}
									<span className="sr-only"> {hit.name}</span>
								</Link>
							</li>
						))}
					</ol>
					<ResultPages page={result.page} pageCount={result.pageCount} searchParams={searchParams} />
				</div>
			</div>
		</div>
	)
}
