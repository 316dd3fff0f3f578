import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { GroupStatusBadge } from '#app/components/group-status.tsx'
import { PageHeader } from '#app/components/page-header.tsx'
import { focusRing, plainTextLinkClass } from '#app/components/place-card.tsx'
import { DataTable } from '#app/components/ui/data-table.tsx'
import { listGroups } from '#app/domain/network/groups.server.ts'
import { requireNetworkUser } from '#app/domain/network/network-access.server.ts'
import { hasPermission } from '#app/utils/auth.server.ts'
import { formatDate, formatDateTime } from '#app/utils/format.ts'
import { pageMeta } from '#app/utils/meta.ts'

export const meta: MetaFunction = (args) => pageMeta(args, 'contacts:groups.list.title')

export async function loader({ request }: LoaderFunctionArgs) {
	const { user, networkId } = await requireNetworkUser(request, 'read:network')
	return { groups: await listGroups(networkId), canCreate: hasPermission(user, 'create:network', networkId) }
}

export default function GroupsPage() {
	const { t, i18n } = useTranslation('contacts')
	const { groups, canCreate } = useLoaderData<typeof loader>()
	return (
		<div className="space-y-6">
			<PageHeader title={t('groups.list.title')}>{t('groups.list.intro')}</PageHeader>
			{canCreate ? (
				<p>
					<Link
						to="/netwerk/klankbordgroepen/nieuw"
						className={`inline-block rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 ${focusRing}`}
					>
						{t('groups.list.add')}
					</Link>
				</p>
			) : null}
			{groups.length === 0 ? (
				<p>{t('groups.list.empty')}</p>
			) : (
				<div className="overflow-x-auto">
					<DataTable
						caption={t('groups.list.tableCaption')}
						columns={[
							{ label: t('groups.list.columns.name') },
							{ label: t('groups.list.columns.status') },
							{ label: t('groups.list.columns.members') },
							{ label: t('groups.list.columns.lastMet') },
							{ label: t('groups.list.columns.nextSession') },
						]}
					>
						{groups.map((group) => (
							<tr key={group.id} className="border-b border-slate-200 align-top" data-testid="group-row">
								<td className="p-2">
									<Link to={`/netwerk/klankbordgroepen/${group.id}`} className={`font-medium ${plainTextLinkClass}`}>
										{group.name}
									</Link>
									<p className="mt-1 line-clamp-2 text-sm text-slate-700">{group.purpose}</p>
								</td>
								<td className="p-2">
									<GroupStatusBadge status={group.status} since={group.statusChangedAt} />
								</td>
								<td className="p-2">
									{t('groups.list.memberCount', { count: group.memberNames.length })}
									{group.memberNames.length > 0 ? (
										<span className="block text-sm text-slate-700">{group.memberNames.join(', ')}</span>
									) : null}
								</td>
								<td className="p-2">
									{group.lastMetAt ? formatDate(group.lastMetAt, i18n.language) : t('groups.list.neverMet')}
								</td>
								<td className="p-2">
									{group.nextSession ? (
										<Link to={`/netwerk/bijeenkomsten/${group.nextSession.id}`} className={plainTextLinkClass}>
											{formatDateTime(group.nextSession.startsAt, i18n.language)}
										</Link>
									) : (
										t('groups.list.noSession')
									)}
								</td>
							</tr>
						))}
					</DataTable>
				</div>
			)}
		</div>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
