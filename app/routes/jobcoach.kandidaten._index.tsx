import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { CaseloadFilterForm, CaseloadTable } from '#app/components/caseload-table.tsx'
import { ExportLinks } from '#app/components/export-links.tsx'
import { PageHeader } from '#app/components/page-header.tsx'
import { textLinkClass } from '#app/components/place-card.tsx'
import { readCaseload } from '#app/domain/candidates/caseload.server.ts'
import { caseloadSearchParams } from '#app/domain/candidates/caseload-filters.ts'
import { pageMeta } from '#app/utils/meta.ts'

export const meta: MetaFunction = (args) => pageMeta(args, 'caseload:list.title')

export async function loader({ request }: LoaderFunctionArgs) {
	const { coaches, filters, sort, invalid, rows } = await readCaseload(request)
	return { coaches, filters, sort, invalid, rows, query: caseloadSearchParams(filters, sort).toString() }
}

export default function Caseload() {
	const { t } = useTranslation('caseload')
	const { coaches, filters, sort, invalid, rows, query } = useLoaderData<typeof loader>()
	return (
		<div className="space-y-6">
			<PageHeader title={t('list.title')}>{t('list.intro')}</PageHeader>
			<ul className="flex flex-wrap gap-x-6 gap-y-2">
				<li>
					<Link to="/jobcoach/kandidaten/nieuw" className={textLinkClass}>
						{t('list.new')}
					</Link>
				</li>
				<li>
					<Link to="/jobcoach/kandidaten/importeren" className={textLinkClass}>
						{t('imports:link.import')}
					</Link>
				</li>
				<li>
					<Link to="/jobcoach/overdragen" className={textLinkClass}>
						{t('list.reassign')}
					</Link>
				</li>
			</ul>
			<ExportLinks to="/jobcoach/kandidaten/export" search={query} />
			<CaseloadFilterForm filters={filters} coaches={coaches} />
			{invalid.length > 0 ? (
				<p role="status" className="rounded-md border border-amber-700 bg-amber-50 p-3 text-amber-900">
					{t('list.invalidFilters')}
				</p>
			) : null}
			<p role="status" className="font-medium text-slate-900">
				{t('list.count', { count: rows.length })}
			</p>
			{rows.length > 0 ? <CaseloadTable rows={rows} filters={filters} sort={sort} /> : <p>{t('list.empty')}</p>}
		</div>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
