import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { z } from 'zod'
import { useTranslation } from 'react-i18next'
import {
	CandidateFacetGroups,
	CandidateWhyPanel,
	FacetGroup,
	facetOptions,
	Highlighted,
	linkClass,
	MatchFilterForm,
	MatchSearchResults,
	primaryLinkClass,
	resultCardClass,
	ResultPages,
} from '#app/components/match-search.tsx'
import { PageHeader } from '#app/components/page-header.tsx'
import { candidateStages } from '#app/domain/candidates/candidate-options.ts'
import { requireCandidateCoach } from '#app/domain/candidates/candidates.server.ts'
import {
	defaultCandidateFilters,
	getPlaceForMatching,
	searchCandidatesForPlace,
} from '#app/domain/matching/candidate-search.server.ts'
import { readSearchFilters } from '#app/domain/matching/search-params.server.ts'
import { candidateFilterArrays, CandidateSearchFiltersSchema } from '#app/domain/matching/search-filters.ts'
import { pageMeta } from '#app/utils/meta.ts'

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'

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
	const { t: tc } = useTranslation('candidates')
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
			<MatchSearchResults
				invalid={invalid}
				status={result.status}
				count={t('candidates.count', { count: result.total })}
				empty={result.hits.length === 0 ? t('candidates.empty') : null}
				pages={<ResultPages page={result.page} pageCount={result.pageCount} searchParams={searchParams} />}
				filterForm={
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
							name="stages"
							legend={t('filters.stages')}
							options={facetOptions(candidateStages, (key) => tc(`stages.${key}`), result.facets.stage)}
							selected={filters.stages}
						/>
						<CandidateFacetGroups
							facets={result.facets}
							filters={filters}
							municipalityLegend={t('filters.municipalities')}
						/>
					</MatchFilterForm>
				}
			>
				{result.hits.map((hit) => (
					<li key={hit.id} className={resultCardClass}>
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
									hit.hoursMin !== null || hit.hoursMax !== null ? `${hit.hoursMin ?? 0}–${hit.hoursMax ?? '…'}` : '—',
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
									hit.hoursMin !== null || hit.hoursMax !== null ? `${hit.hoursMin ?? 0}–${hit.hoursMax ?? '…'}` : '—',
							})}
						/>
						<Link to={`/jobcoach/kandidaten/${hit.id}/voorstellen/nieuw?plek=${place.id}`} className={primaryLinkClass}>
							{t('candidates.propose')}
							<span className="sr-only"> {hit.name}</span>
						</Link>
					</li>
				))}
			</MatchSearchResults>
		</div>
	)
}
