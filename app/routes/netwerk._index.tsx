import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '#app/components/page-header.tsx'
import { listOrganizations } from '#app/domain/organizations/organizations.server.ts'
import { requirePermission } from '#app/utils/auth.server.ts'
import { pageMeta } from '#app/utils/meta.ts'

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'common:network.title')

export async function loader({ request }: LoaderFunctionArgs) {
	await requirePermission(request, 'read:network')
	const employers = await listOrganizations('EMPLOYER')
	return {
		employers: employers.map((employer) => ({
			id: employer.id,
			name: employer.name,
			town: employer.town,
			sector: employer.sector,
			contactCount: employer._count.contactPersons,
		})),
	}
}

export default function NetworkHome() {
	const { t } = useTranslation()
	const { employers } = useLoaderData<typeof loader>()
	return (
		<div className="space-y-6">
			<PageHeader title={t('network.title')}>{t('network.intro', { count: employers.length })}</PageHeader>
			<table className="w-full border-collapse bg-white text-left">
				<caption className="sr-only">{t('network.tableCaption')}</caption>
				<thead>
					<tr className="border-b border-slate-300">
						<th scope="col" className="p-2">{t('network.employer')}</th>
						<th scope="col" className="p-2">{t('network.town')}</th>
						<th scope="col" className="p-2">{t('network.sector')}</th>
						<th scope="col" className="p-2">{t('network.contacts')}</th>
					</tr>
				</thead>
				<tbody>
					{employers.map((employer) => (
						<tr key={employer.id} className="border-b border-slate-200">
							<td className="p-2 font-medium">{employer.name}</td>
							<td className="p-2">{employer.town ?? '–'}</td>
							<td className="p-2">{employer.sector ? t(`sectors.${employer.sector}`) : '–'}</td>
							<td className="p-2">{employer.contactCount}</td>
						</tr>
					))}
				</tbody>
			</table>
		</div>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
