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
	PlaceWhyPanel,
	ResultPages,
	MatchSearchResults,
	primaryLinkClass,
	resultCardClass,
} from '#app/components/match-search.tsx'
import { requireCandidate } from '#app/domain/candidates/candidates.server.ts'
import { defaultPlaceFilters, getMatchProfile, searchPlaces } from '#app/domain/matching/place-search.server.ts'
import { readSearchFilters } from '#app/domain/matching/search-params.server.ts'
import { placeFilterArrays, PlaceSearchFiltersSchema } from '#app/domain/matching/search-filters.ts'
import { adaptationOptions, placeTypes, sbiSections, supervisionOptions } from '#app/domain/places/place-options.ts'
import { pageMeta } from '#app/utils/meta.ts'

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'

export const meta: MetaFunction = (args) => pageMeta(args, 'matching:places.title')

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { candidateId } = await requireCandidate(request, params, 'read:candidate')
	const profile = await getMatchProfile(candidateId)
	const search = readSearchFilters(request, PlaceSearchFiltersSchema, placeFilterArrays, defaultPlaceFilters(profile))
	const result = await searchPlaces({ profile, filters: search.filters })
	return {
		candidateId,
		filters: search.filters,
		customized: search.customized,
		invalid: search.invalid,
		searchParams: search.searchParams,
		hasHome: profile.latitude !== null,
		result,
	}
}

export default function FindPlaces() {
	const { t } = useTranslation('matching')
	const { t: tp } = useTranslation('places')
	const { t: tc } = useTranslation('common')
	const { candidateId, filters, customized, invalid, searchParams, hasHome, result } = useLoaderData<typeof loader>()
	return (
		<section aria-labelledby="find-places-heading" className="space-y-6">
			<h2 id="find-places-heading" className="text-2xl font-semibold text-slate-900">
				{t('places.title')}
			</h2>
			<p className="text-slate-800">{customized ? t('places.introCustomized') : t('places.introDefaults')}</p>
			<MatchSearchResults
				invalid={invalid}
				status={result.status}
				count={t('places.count', { count: result.total })}
				empty={result.hits.length === 0 ? t('places.empty') : null}
				pages={<ResultPages page={result.page} pageCount={result.pageCount} searchParams={searchParams} />}
				filterForm={
					<MatchFilterForm
						heading={t('filters.heading')}
						query={filters.q}
						queryLabel={t('places.queryLabel')}
						hoursMin={filters.hoursMin}
						hoursMax={filters.hoursMax}
						radiusKm={filters.radiusKm}
						showRadius={hasHome}
						resetTo="."
					>
						<FacetGroup
							name="types"
							legend={t('filters.types')}
							options={facetOptions(placeTypes, (key) => tp(`types.${key}`), result.facets.type)}
							selected={filters.types}
						/>
						<FacetGroup
							name="sectors"
							legend={t('filters.sectors')}
							options={facetOptions(sbiSections, (key) => tc(`sectors.${key}`), result.facets.sector)}
							selected={filters.sectors}
						/>
						<FacetGroup
							name="towns"
							legend={t('filters.towns')}
							options={countedOptions(result.facets.town, filters.towns)}
							selected={filters.towns}
						/>
						<FacetGroup
							name="adaptations"
							legend={t('filters.adaptations')}
							options={facetOptions(adaptationOptions, (key) => tp(`adaptations.${key}`), result.facets.adaptations)}
							selected={filters.adaptations}
						/>
						<FacetGroup
							name="supervision"
							legend={t('filters.supervision')}
							options={facetOptions(supervisionOptions, (key) => tp(`supervision.${key}`), result.facets.supervision)}
							selected={filters.supervision}
						/>
					</MatchFilterForm>
				}
			>
				{result.hits.map((hit) => (
					<li key={hit.place.id} className={resultCardClass}>
						<h3 className="text-lg font-semibold">
							<Link to={`/plekken/${hit.place.id}`} className={linkClass}>
								<Highlighted segments={hit.title} />
							</Link>
						</h3>
						<p className="text-slate-800">
							{t('places.meta', {
								employer: hit.place.organizationName,
								type: tp(`types.${hit.place.type}`),
								town: hit.place.town ?? t('places.noTown'),
								hoursMin: hit.place.hoursMin,
								hoursMax: hit.place.hoursMax,
							})}
						</p>
						{hit.tasks.length > 0 ? (
							<p>
								<span className="font-medium">{t('places.tasks')} </span>
								<Highlighted segments={hit.tasks} />
							</p>
						) : null}
						<p className="text-slate-800">
							<Highlighted segments={hit.description} />
						</p>
						<PlaceWhyPanel
							why={hit.why}
							radiusKm={filters.radiusKm}
							hoursText={t('why.hoursCompare', {
								placeMin: hit.place.hoursMin,
								placeMax: hit.place.hoursMax,
								wish:
									filters.hoursMin !== null || filters.hoursMax !== null
										? `${filters.hoursMin ?? 0}–${filters.hoursMax ?? '…'}`
										: '—',
							})}
						/>
						<Link
							to={`/jobcoach/kandidaten/${candidateId}/voorstellen/nieuw?plek=${hit.place.id}`}
							className={primaryLinkClass}
						>
							{t('places.propose')}
							<span className="sr-only"> {hit.place.title}</span>
						</Link>
					</li>
				))}
			</MatchSearchResults>
		</section>
	)
}
