import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '#app/components/page-header.tsx'
import { ProposalStatusBadge } from '#app/components/proposal-status-badge.tsx'
import { DataTable } from '#app/components/ui/data-table.tsx'
import { isOpenProposal } from '#app/domain/matching/proposal-state.ts'
import { listEmployerProposals, requireEmployerProposals } from '#app/domain/matching/proposals.server.ts'
import { useFormatDateTime } from '#app/utils/format.ts'
import { pageMeta } from '#app/utils/meta.ts'

export const meta: MetaFunction = (args) => pageMeta(args, 'proposals:employerList.title')

export async function loader({ request }: LoaderFunctionArgs) {
	const { organizationId } = await requireEmployerProposals(request)
	return { proposals: await listEmployerProposals(organizationId) }
}

export default function EmployerProposals() {
	const { t } = useTranslation('proposals')
	const { proposals } = useLoaderData<typeof loader>()
	const formatDateTime = useFormatDateTime()
	const open = proposals.filter((proposal) => isOpenProposal(proposal.status))
	const closed = proposals.filter((proposal) => !isOpenProposal(proposal.status))
	const newCount = proposals.filter((proposal) => proposal.isNew).length
	const table = (items: typeof proposals, caption: string) => (
		<div className="overflow-x-auto">
			<DataTable
				caption={caption}
				columns={[
					{ label: t('employerList.columns.candidate') },
					{ label: t('employerList.columns.place') },
					{ label: t('employerList.columns.coachingOrganization') },
					{ label: t('employerList.columns.status') },
					{ label: t('employerList.columns.updatedAt') },
				]}
			>
				{items.map((proposal) => (
					<tr key={proposal.id} className="border-b border-slate-200 align-top">
						<td className="p-2">
							<Link to={`/werkgever/voorstellen/${proposal.id}`} className="font-medium text-brand-700 underline">
								{t('employerList.candidate', { code: proposal.candidateCode })}
							</Link>
							{proposal.isNew ? (
								<span className="ml-2 rounded-full bg-amber-100 px-2 py-0.5 text-sm font-semibold text-amber-900">
									{t('employerList.new')}
								</span>
							) : null}
						</td>
						<td className="p-2">{proposal.place.title}</td>
						<td className="p-2">{proposal.coachingOrganizationName}</td>
						<td className="p-2">
							<ProposalStatusBadge status={proposal.status} />
						</td>
						<td className="p-2 whitespace-nowrap">{formatDateTime(proposal.updatedAt)}</td>
					</tr>
				))}
			</DataTable>
		</div>
	)
	return (
		<div className="space-y-8">
			<PageHeader title={t('employerList.title')}>
				<p>{t('employerList.intro')}</p>
				{newCount > 0 ? <p className="mt-2 font-semibold">{t('employerList.newCount', { count: newCount })}</p> : null}
			</PageHeader>
			<section aria-labelledby="open-proposals-heading" className="space-y-3">
				<h2 id="open-proposals-heading" className="text-2xl font-semibold">
					{t('employerList.open')}
				</h2>
				{open.length === 0 ? (
					<p className="rounded-md border border-slate-300 bg-white p-4 text-slate-800">
						{t('employerList.emptyOpen')}
					</p>
				) : (
					table(open, t('employerList.open'))
				)}
			</section>
			{closed.length > 0 ? (
				<section aria-labelledby="closed-proposals-heading" className="space-y-3">
					<h2 id="closed-proposals-heading" className="text-2xl font-semibold">
						{t('employerList.closed')}
					</h2>
					{table(closed, t('employerList.closed'))}
				</section>
			) : null}
		</div>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
