import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { ExportLinks } from '#app/components/export-links.tsx'
import { PageHeader } from '#app/components/page-header.tsx'
import { focusRing, PlaceCard } from '#app/components/place-card.tsx'
import { PlaceFilters } from '#app/components/place-filters.tsx'
import {
	boardParams,
	boardSearchParams,
	hasActiveFilters,
	parseBoardSearchParams,
	type BoardFilters,
} from '#app/domain/places/board-filters.ts'
import { listBoardPlaces, listBoardTowns } from '#app/domain/places/board.server.ts'
import { getUser } from '#app/utils/auth.server.ts'
import { getEnv } from '#app/utils/env.server.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { accessFor } from '#app/utils/permissions.ts'

export const meta: MetaFunction<typeof loader> = (args) => {
	const page = args.data?.page ?? 1
	return pageMeta(args, page > 1 ? 'board:list.titlePaged' : 'board:list.title', 'board:list.description', {
		values: { page },
		canonicalUrl: args.data?.canonicalUrl,
	})
}

/** Public: everyone may browse published places without logging in. */
export async function loader({ request }: LoaderFunctionArgs) {
	const { filters, page, invalid } = parseBoardSearchParams(new URL(request.url).searchParams)
	const [result, towns, user] = await Promise.all([
		listBoardPlaces({ filters, page }),
		listBoardTowns(),
		getUser(request),
	])
	// Filtered views are variations of the board; only the page number makes a page of its own.
	const canonical = new URL('/plekken', getEnv().APP_URL)
	if (result.page > 1) canonical.searchParams.set(boardParams.page, String(result.page))
	return {
		...result,
		filters,
		filtered: hasActiveFilters(filters),
		invalid,
		towns,
		canonicalUrl: canonical.href,
		// Staff (who read any place) may take the filtered board along as a spreadsheet.
		canExport: user ? accessFor(user.role, 'read:place') === 'any' : false,
	}
}

export default function BoardPage() {
	const { t } = useTranslation('board')
	const { places, total, page, pageCount, filters, filtered, invalid, towns, canExport } =
		useLoaderData<typeof loader>()
	return (
		<div>
			<PageHeader title={t('list.heading')}>{t('list.intro')}</PageHeader>
			<div className="grid items-start gap-6 md:grid-cols-[17rem_1fr]">
				<PlaceFilters filters={filters} towns={towns} />
				<section aria-labelledby="board-results" className="space-y-4">
					<h2 id="board-results" className="sr-only">
						{t('list.resultsHeading')}
					</h2>
					{invalid.length > 0 ? (
						<div
							role="note"
							className="rounded-md border-l-4 border-amber-700 bg-amber-50 p-4 text-amber-950"
							data-testid="invalid-filters"
						>
							<p>
								{t('list.invalidFilters', {
									filters: invalid.map((param) => t(`list.filterNames.${param}`)).join(', '),
								})}
							</p>
						</div>
					) : null}
					<div className="flex flex-wrap items-baseline justify-between gap-2">
						<p role="status" aria-live="polite" aria-atomic="true" className="font-semibold" data-testid="result-count">
							{filtered ? t('list.countFiltered', { count: total }) : t('list.count', { count: total })}
						</p>
						{pageCount > 1 ? <p className="text-slate-700">{t('pagination.pageOf', { page, pageCount })}</p> : null}
					</div>
					{canExport ? <ExportLinks to="/plekken/export" search={boardSearchParams(filters).toString()} /> : null}
					{places.length > 0 ? (
						<ul className="grid gap-4 lg:grid-cols-2">
							{places.map((place) => (
								<li key={place.id}>
									<PlaceCard place={place} />
								</li>
							))}
						</ul>
					) : (
						<EmptyState filtered={filtered} />
					)}
					<Pagination filters={filters} page={page} pageCount={pageCount} />
				</section>
			</div>
		</div>
	)
}

function EmptyState({ filtered }: { filtered: boolean }) {
	const { t } = useTranslation('board')
	return (
		<div className="rounded-lg border border-dashed border-slate-400 bg-white p-6" data-testid="board-empty">
			<p className="font-semibold">{filtered ? t('empty.filteredTitle') : t('empty.title')}</p>
			<p className="mt-1 text-slate-800">{filtered ? t('empty.filteredBody') : t('empty.body')}</p>
			{filtered ? (
				<Link to="/plekken" className={`mt-3 inline-block text-brand-700 underline ${focusRing}`}>
					{t('empty.showAll')}
				</Link>
			) : null}
		</div>
	)
}

/** The page numbers to show: the first, the last and two around the current one, gaps as null. */
function pageWindow(page: number, pageCount: number): Array<number | null> {
	const wanted = new Set([1, pageCount, page - 1, page, page + 1].filter((n) => n >= 1 && n <= pageCount))
	const sorted = [...wanted].sort((a, b) => a - b)
	return sorted.flatMap((n, index) => (index > 0 && n - sorted[index - 1]! > 1 ? [null, n] : [n]))
}

function Pagination({ filters, page, pageCount }: { filters: BoardFilters; page: number; pageCount: number }) {
	const { t } = useTranslation('board')
	if (pageCount <= 1) return null
	const href = (target: number) => {
		const search = boardSearchParams(filters, target).toString()
		return search ? `/plekken?${search}` : '/plekken'
	}
	const linkClass = `inline-block min-w-10 rounded-md border px-3 py-2 text-center ${focusRing}`
	return (
		<nav aria-label={t('pagination.label')} className="pt-2">
			<ul className="flex flex-wrap items-center gap-2">
				{page > 1 ? (
					<li>
						<Link to={href(page - 1)} rel="prev" className={`${linkClass} border-slate-400 bg-white text-brand-800`}>
							{t('pagination.previous')}
						</Link>
					</li>
				) : null}
				{pageWindow(page, pageCount).map((n, index) =>
					n === null ? (
						<li key={`gap-${index}`} aria-hidden="true" className="px-1 text-slate-700">
							…
						</li>
					) : (
						<li key={n}>
							<Link
								to={href(n)}
								aria-current={n === page ? 'page' : undefined}
								className={`${linkClass} ${n === page ? 'border-brand-800 bg-brand-800 font-semibold text-white' : 'border-slate-400 bg-white text-brand-800'}`}
							>
								<span className="sr-only">{t('pagination.page')} </span>
								{n}
							</Link>
						</li>
					),
				)}
				{page < pageCount ? (
					<li>
						<Link to={href(page + 1)} rel="next" className={`${linkClass} border-slate-400 bg-white text-brand-800`}>
							{t('pagination.next')}
						</Link>
					</li>
				) : null}
			</ul>
		</nav>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
