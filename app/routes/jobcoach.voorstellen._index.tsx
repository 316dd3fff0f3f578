import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { PageHeader } from '#app/components/page-header.tsx'
import { ProposalStatusBadge } from '#app/components/proposal-status-badge.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { DataTable } from '#app/components/ui/data-table.tsx'
import { FormErrors } from '#app/components/ui/field.tsx'
import { logCandidateAccess } from '#app/domain/candidates/access-log.server.ts'
import {
	listOpenCandidateRequests,
	markCandidateRequestHandled,
} from '#app/domain/matching/candidate-requests.server.ts'
import { proposalStatuses, type ProposalStatus } from '#app/domain/matching/proposal-state.ts'
import { listCoachProposals, requireCoachProposals } from '#app/domain/matching/proposals.server.ts'
import { useFormatDateTime } from '#app/utils/format.ts'
import { invalidSubmission, parseFormRequest } from '#app/utils/forms.server.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { redirectWithToast } from '#app/utils/toast.server.ts'

export const meta: MetaFunction = (args) => pageMeta(args, 'proposals:coachList.title')

const statusFilters = ['open', ...proposalStatuses] as const
const FilterSchema = z.object({ status: z.enum(statusFilters).optional().catch(undefined) })

export async function loader({ request }: LoaderFunctionArgs) {
	const { user, organizationId } = await requireCoachProposals(request)
	const url = new URL(request.url)
	const { status } = FilterSchema.parse({ status: url.searchParams.get('status') || undefined })
	const [proposals, requests] = await Promise.all([
		listCoachProposals(organizationId, { status: status ?? null }),
		listOpenCandidateRequests(organizationId),
	])
	// The names in these lists are a view of the candidates' identity, as in the caseload.
	const candidateIds = [...new Set([...proposals, ...requests].map((item) => item.candidate.id))]
	await logCandidateAccess(user.id, candidateIds, 'CASELOAD')
	return { proposals, requests, status: status ?? '' }
}

const HandleRequestSchema = z.object({ intent: z.literal('handle-request'), requestId: z.string().min(1).max(40) })

export async function action({ request }: ActionFunctionArgs) {
	const { user, organizationId } = await requireCoachProposals(request, 'update:proposal')
	const submission = await parseFormRequest(request, HandleRequestSchema)
	if (submission.status !== 'success') return invalidSubmission(submission)
	const handled = await markCandidateRequestHandled({
		requestId: submission.value.requestId,
		coachingOrganizationId: organizationId,
		actorId: user.id,
	})
	if (!handled) return invalidSubmission(submission, { formErrors: ['proposals:errors.requestGone'] })
	return redirectWithToast('/jobcoach/voorstellen', { title: 'proposals:toast.requestHandled' })
}

const groupOrder: ProposalStatus[] = [
	'PROPOSED',
	'ACCEPTED',
	'INTRO_PLANNED',
	'PLACED',
	'DECLINED',
	'NOT_PLACED',
	'WITHDRAWN',
]

export default function CoachProposals() {
	const { t } = useTranslation('proposals')
	const { proposals, requests, status } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const formatDateTime = useFormatDateTime()
	const groups = groupOrder
		.map((group) => ({ status: group, items: proposals.filter((proposal) => proposal.status === group) }))
		.filter((group) => group.items.length > 0)
	return (
		<div className="space-y-8">
			<PageHeader title={t('coachList.title')}>
				<p>{t('coachList.intro')}</p>
			</PageHeader>

			<section id="verzoeken" aria-labelledby="requests-heading" className="space-y-4">
				<h2 id="requests-heading" className="text-2xl font-semibold">
					{t('requests.title')}
				</h2>
				<p className="text-slate-800">{t('requests.intro')}</p>
				<FormErrors id="request-errors" errors={actionData?.result.error?.[''] ?? null} />
				{requests.length === 0 ? (
					<p className="rounded-md border border-slate-300 bg-white p-4 text-slate-800">{t('requests.empty')}</p>
				) : (
					<ul className="space-y-4">
						{requests.map((item) => {
							const proposeTo = `/jobcoach/kandidaten/${item.candidate.id}/voorstellen/nieuw${item.place?.proposable ? `?plek=${item.place.id}` : ''}`
							return (
								<li key={item.id} className="rounded-lg border border-slate-300 bg-white p-4 shadow-sm">
									<h3 className="text-lg font-semibold">
										{t('requests.itemTitle', {
											employer: item.employer.name,
											name: item.candidate.name,
											code: item.candidate.code,
										})}
									</h3>
									<p className="text-sm text-slate-700">
										<time dateTime={new Date(item.createdAt).toISOString()}>{formatDateTime(item.createdAt)}</time>
										{item.requestedBy ? ` · ${item.requestedBy.name} (${item.requestedBy.email})` : ''}
									</p>
									{item.place ? <p className="mt-1">{t('requests.place', { title: item.place.title })}</p> : null}
									<p className="mt-2 whitespace-pre-line text-slate-900">{item.message}</p>
									<div className="mt-3 flex flex-wrap items-center gap-4">
										<Link to={proposeTo} className="font-semibold text-brand-700 underline">
											{t('requests.propose', { code: item.candidate.code })}
										</Link>
										<Form method="post">
											<input type="hidden" name="requestId" value={item.id} />
											<Button type="submit" name="intent" value="handle-request" variant="secondary">
												{t('requests.markHandled')}
											</Button>
										</Form>
									</div>
								</li>
							)
						})}
					</ul>
				)}
			</section>

			<section aria-labelledby="proposals-heading" className="space-y-4">
				<h2 id="proposals-heading" className="text-2xl font-semibold">
					{t('coachList.proposalsTitle')}
				</h2>
				<Form method="get" className="flex flex-wrap items-end gap-3">
					<div>
						<label htmlFor="proposal-status-filter" className="block font-medium text-slate-900">
							{t('coachList.filter')}
						</label>
						<select
							id="proposal-status-filter"
							name="status"
							defaultValue={status}
							className="mt-1 block rounded-md border border-slate-500 bg-white px-3 py-2 text-slate-900 focus:outline-2 focus:outline-brand-700"
						>
							<option value="">{t('coachList.filterAll')}</option>
							<option value="open">{t('coachList.filterOpen')}</option>
							{proposalStatuses.map((option) => (
								<option key={option} value={option}>
									{t(`statuses.${option}`)}
								</option>
							))}
						</select>
					</div>
					<Button type="submit" variant="secondary">
						{t('coachList.filterSubmit')}
					</Button>
				</Form>
				{groups.length === 0 ? (
					<p className="rounded-md border border-slate-300 bg-white p-4 text-slate-800">{t('coachList.empty')}</p>
				) : (
					groups.map((group) => (
						<section key={group.status} aria-labelledby={`group-${group.status}-heading`} className="space-y-2">
							<h3 id={`group-${group.status}-heading`} className="text-xl font-semibold">
								{t(`statuses.${group.status}`)} ({group.items.length})
							</h3>
							<div className="overflow-x-auto">
								<DataTable
									caption={t('coachList.caption', { status: t(`statuses.${group.status}`) })}
									columns={[
										{ label: t('coachList.columns.candidate') },
										{ label: t('coachList.columns.place') },
										{ label: t('coachList.columns.employer') },
										{ label: t('coachList.columns.status') },
										{ label: t('coachList.columns.updatedAt') },
									]}
								>
									{group.items.map((proposal) => (
										<tr key={proposal.id} className="border-b border-slate-200 align-top">
											<td className="p-2">
												<Link
													to={`/jobcoach/voorstellen/${proposal.id}`}
													className="font-medium text-brand-700 underline"
												>
													{proposal.candidate.name}
												</Link>{' '}
												<span className="text-slate-700">({proposal.candidate.code})</span>
											</td>
											<td className="p-2">{proposal.place.title}</td>
											<td className="p-2">{proposal.employerName}</td>
											<td className="p-2">
												<ProposalStatusBadge status={proposal.status} />
											</td>
											<td className="p-2 whitespace-nowrap">{formatDateTime(proposal.updatedAt)}</td>
										</tr>
									))}
								</DataTable>
							</div>
						</section>
					))
				)}
			</section>
		</div>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
