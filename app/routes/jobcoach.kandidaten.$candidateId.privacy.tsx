import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { DataTable } from '#app/components/ui/data-table.tsx'
import { listCandidateAccess } from '#app/domain/candidates/access-log.server.ts'
import { requireCandidate } from '#app/domain/candidates/candidates.server.ts'
import { formatDateTime } from '#app/utils/format.ts'
import { pageMeta } from '#app/utils/meta.ts'

export const meta: MetaFunction = (args) => pageMeta(args, 'privacy:privacy.title')

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { candidateId } = await requireCandidate(request, params, 'read:candidate')
	return { candidateId, accessLog: await listCandidateAccess(candidateId) }
}

const linkClass = 'font-medium text-brand-700 underline hover:text-brand-900'

export default function CandidatePrivacy() {
	const { t, i18n } = useTranslation('privacy')
	const { candidateId, accessLog } = useLoaderData<typeof loader>()
	const base = `/jobcoach/kandidaten/${candidateId}`
	return (
		<section aria-labelledby="privacy-title" className="space-y-6">
			<h2 id="privacy-title" className="text-2xl font-semibold text-slate-900">
				{t('privacy.title')}
			</h2>
			<section aria-labelledby="privacy-export-title" className="space-y-2">
				<h3 id="privacy-export-title" className="text-xl font-semibold text-slate-900">
					{t('privacy.exportTitle')}
				</h3>
				<p className="text-slate-800">{t('privacy.exportIntro')}</p>
				<ul className="flex flex-wrap gap-4">
					<li>
						<a href={`${base}/export.json`} download className={linkClass}>
							{t('privacy.exportJson')}
						</a>
					</li>
					<li>
						<a href={`${base}/export.html`} download className={linkClass}>
							{t('privacy.exportHtml')}
						</a>
					</li>
				</ul>
			</section>
			<section aria-labelledby="privacy-log-title" className="space-y-2">
				<h3 id="privacy-log-title" className="text-xl font-semibold text-slate-900">
					{t('privacy.logTitle')}
				</h3>
				<p className="text-slate-800">{t('privacy.logIntro')}</p>
				{accessLog.length === 0 ? (
					<p className="text-slate-800">{t('privacy.logEmpty')}</p>
				) : (
					<div className="overflow-x-auto">
						<DataTable
							caption={t('privacy.logCaption')}
							columns={[
								{ label: t('privacy.columns.who') },
								{ label: t('privacy.columns.when') },
								{ label: t('privacy.columns.section') },
							]}
						>
							{accessLog.map((entry) => (
								<tr key={entry.id} className="border-b border-slate-200 align-top">
									<td className="p-2">{entry.userName ?? t('privacy.formerUser')}</td>
									<td className="p-2 whitespace-nowrap">{formatDateTime(entry.createdAt, i18n.language)}</td>
									<td className="p-2">
										{t(`candidates:accessSections.${entry.section}`)}
										{entry.purpose ? ` (${t(`matching:pool.purposes.${entry.purpose}`)})` : null}
									</td>
								</tr>
							))}
						</DataTable>
					</div>
				)}
			</section>
			<section aria-labelledby="privacy-erase-title" className="space-y-2">
				<h3 id="privacy-erase-title" className="text-xl font-semibold text-slate-900">
					{t('privacy.eraseTitle')}
				</h3>
				<p className="text-slate-800">{t('privacy.eraseIntro')}</p>
				<Link to={`${base}/wissen`} className={linkClass}>
					{t('privacy.eraseLink')}
				</Link>
			</section>
		</section>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
