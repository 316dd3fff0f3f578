import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { ReportStatusBadge, ReportVisibility } from '#app/components/report-status-badge.tsx'
import { DataTable } from '#app/components/ui/data-table.tsx'
import { requireCandidate } from '#app/domain/candidates/candidates.server.ts'
import { listReports } from '#app/domain/candidates/reports.server.ts'
import { formatDate } from '#app/utils/format.ts'
import { pageMeta } from '#app/utils/meta.ts'

export const meta: MetaFunction = (args) => pageMeta(args, 'reports:list.title')

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { user, candidateId } = await requireCandidate(request, params, 'read:candidate')
	return { candidateId, reports: await listReports(candidateId, user.id) }
}

export default function CandidateReports() {
	const { t, i18n } = useTranslation('reports')
	const { candidateId, reports } = useLoaderData<typeof loader>()
	const base = `/jobcoach/kandidaten/${candidateId}/verslagen`
	return (
		<section aria-labelledby="reports-title" className="space-y-4">
			<div className="flex flex-wrap items-center justify-between gap-4">
				<h2 id="reports-title" className="text-2xl font-semibold text-slate-900">
					{t('list.title')}
				</h2>
				<Link
					to={`${base}/nieuw`}
					className="inline-flex items-center rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700"
				>
					{t('list.new')}
				</Link>
			</div>
			<p className="text-slate-800">{t('list.intro')}</p>
			{reports.length === 0 ? (
				<p className="rounded-md border border-slate-300 bg-white p-4 text-slate-800">{t('list.empty')}</p>
			) : (
				<div className="overflow-x-auto">
					<DataTable
						caption={t('list.caption')}
						columns={[
							{ label: t('list.columns.conversationOn') },
							{ label: t('list.columns.title') },
							{ label: t('list.columns.author') },
							{ label: t('list.columns.status') },
							{ label: t('list.columns.visibility') },
						]}
					>
						{reports.map((report) => (
							<tr key={report.id} className="border-b border-slate-200 align-top">
								<td className="p-2 whitespace-nowrap">{formatDate(report.conversationOn, i18n.language)}</td>
								<td className="p-2">
									<Link to={`${base}/${report.id}`} className="font-medium text-brand-700 underline">
										{report.title}
									</Link>
								</td>
								<td className="p-2">{report.own ? t('list.you') : (report.authorName ?? t('list.formerColleague'))}</td>
								<td className="p-2">
									<ReportStatusBadge status={report.status} />
								</td>
								<td className="p-2">
									<ReportVisibility sharedWithTeam={report.sharedWithTeam} />
								</td>
							</tr>
						))}
					</DataTable>
				</div>
			)}
		</section>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
