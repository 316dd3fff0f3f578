import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { EmployerCells } from '#app/components/employer-cells.tsx'
import { PageHeader } from '#app/components/page-header.tsx'
import { DataTable } from '#app/components/ui/data-table.tsx'
import { listOrganizations } from '#app/domain/organizations/organizations.server.ts'
import { requirePermission } from '#app/utils/auth.server.ts'
import { pageMeta } from '#app/utils/meta.ts'

export const meta: MetaFunction = (args) => pageMeta(args, 'common:network.title')

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
			<DataTable
				caption={t('network.tableCaption')}
				columns={[
					{ label: t('network.employer') },
					{ label: t('network.town') },
					{ label: t('network.sector') },
					{ label: t('network.contacts') },
				]}
			>
				{employers.map((employer) => (
					<tr key={employer.id} className="border-b border-slate-200">
						<EmployerCells employer={employer} />
						<td className="p-2">{employer.contactCount}</td>
					</tr>
				))}
			</DataTable>
		</div>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
