import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { EventFact, EventOverview, EventStatusBadge, EventText } from '#app/components/event-details.tsx'
import { ResponseBadge, ResponseCountsText, useLiveRevalidation } from '#app/components/event-responses.tsx'
import { GroupTopicList } from '#app/components/group-topic-list.tsx'
import { Card, PageHeader } from '#app/components/page-header.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { DataTable } from '#app/components/ui/data-table.tsx'
import { RESPONSE_POLL_MS, seatsLeft } from '#app/domain/network/event-options.ts'
import { CancelEventSchema } from '#app/domain/network/event-schema.ts'
import { cancelEvent, getEventPage, requireNetworkEvent } from '#app/domain/network/events.server.ts'
import { parseFormRequest } from '#app/utils/forms.server.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { redirectWithToast } from '#app/utils/toast.server.ts'

export const meta: MetaFunction<typeof loader> = (args) =>
	pageMeta(args, 'events:detail.title', undefined, { values: { title: args.data?.event.title ?? '' } })

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { event } = await requireNetworkEvent(request, params)
	return getEventPage(event.id)
}

export async function action({ request, params }: ActionFunctionArgs) {
	const { event } = await requireNetworkEvent(request, params, 'update:network')
	const submission = await parseFormRequest(request, CancelEventSchema)
	if (submission.status !== 'success') throw new Response('Bad Request', { status: 400 })
	const result = await cancelEvent(event.id)
	const path = `/netwerk/bijeenkomsten/${event.id}`
	if (!result.ok) return redirectWithToast(path, { type: 'info', title: 'events:toast.alreadyCancelled' })
	return redirectWithToast(path, { title: 'events:toast.cancelled', values: { count: String(result.notified) } })
}

export default function EventPage() {
	const { t } = useTranslation('events')
	const { event, invitations, waitlist, counts, topics, isPast } = useLoaderData<typeof loader>()
	const planned = event.status === 'PLANNED'
	useLiveRevalidation(RESPONSE_POLL_MS, planned && !isPast)
	const base = `/netwerk/bijeenkomsten/${event.id}`
	const left = seatsLeft(event.capacity, counts.yes)
	return (
		<div className="space-y-6">
			<p>
				<Link to="/netwerk/bijeenkomsten" className="text-brand-700 underline">
					{t('detail.backToList')}
				</Link>
			</p>
			<PageHeader title={event.title}>
				<div className="flex flex-wrap items-center gap-3">
					<span>{t(`kinds.${event.kind}`)}</span>
					<EventStatusBadge status={event.status} />
				</div>
			</PageHeader>

			<nav aria-label={t('detail.actions')}>
				<ul className="flex flex-wrap gap-3">
					{planned ? <ActionLink to={`${base}/bewerken`}>{t('detail.edit')}</ActionLink> : null}
					{planned && !isPast ? <ActionLink to={`${base}/uitnodigen`}>{t('detail.invite')}</ActionLink> : null}
					<ActionLink to={`${base}/aanwezigheid`}>{t('detail.attendance')}</ActionLink>
					<ActionLink to={`${base}/verslag`}>{t('detail.report')}</ActionLink>
					<li>
						<a href={`${base}.ics`} className="inline-flex min-h-11 items-center text-brand-700 underline" download>
							{t('detail.downloadIcs')}
						</a>
					</li>
				</ul>
			</nav>

			<Card>
				<h2 className="mb-4 text-xl font-semibold">{t('detail.details')}</h2>
				<EventOverview event={event}>
					{event.group ? (
						<EventFact label={t('details.group')}>
							<Link to={`/netwerk/klankbordgroepen/${event.group.id}`} className="text-brand-700 underline">
								{event.group.name}
							</Link>
						</EventFact>
					) : null}
				</EventOverview>
			</Card>

			{event.agenda || topics.length > 0 ? (
				<Card>
					<h2 className="mb-2 text-xl font-semibold">{t('detail.agenda')}</h2>
					{event.agenda ? <EventText text={event.agenda} /> : null}
					{topics.length > 0 ? (
						<>
							<h3 className="mt-4 mb-2 text-lg font-semibold">{t('detail.topics')}</h3>
							<GroupTopicList topics={topics} emptyText="" />
						</>
					) : null}
				</Card>
			) : null}

			<Card>
				<h2 id="responses-heading" className="mb-2 text-xl font-semibold">
					{t('detail.responses')}
				</h2>
				<p aria-live="polite" className="mb-4">
					<ResponseCountsText counts={counts} />
					{left === 0 ? ` ${t('detail.full')}` : left !== null ? ` ${t('detail.seatsLeft', { count: left })}` : ''}
				</p>
				{invitations.length === 0 ? (
					<p>{t('detail.noInvitations')}</p>
				) : (
					<div className="overflow-x-auto">
						<DataTable
							caption={t('detail.invitationsCaption')}
							columns={[
								{ label: t('detail.columns.invitee') },
								{ label: t('detail.columns.response') },
								{ label: t('detail.columns.needs') },
								{ label: t('detail.columns.mail') },
							]}
						>
							{invitations.map((invitation) => (
								<tr key={invitation.id} className="border-b border-slate-200 align-top">
									<td className="p-2">
										<span className="font-medium">{invitation.contactPerson.name}</span>
										<div className="text-sm text-slate-700">{invitation.contactPerson.organization.name}</div>
									</td>
									<td className="p-2">
										<ResponseBadge response={invitation.response} />
									</td>
									<td className="p-2 whitespace-pre-line">{invitation.needs ?? ''}</td>
									<td className="p-2 text-sm">
										{invitation.mailStatus ? t(`mailStatuses.${invitation.mailStatus}`) : t('mailStatuses.NONE')}
									</td>
								</tr>
							))}
						</DataTable>
					</div>
				)}
				{waitlist.length > 0 ? (
					<>
						<h3 className="mt-6 mb-2 text-lg font-semibold">{t('detail.waitlist')}</h3>
						<ol className="list-decimal space-y-1 pl-6">
							{waitlist.map((invitation) => (
								<li key={invitation.id}>
									{invitation.contactPerson.name} ({invitation.contactPerson.organization.name})
								</li>
							))}
						</ol>
					</>
				) : null}
			</Card>

			{planned && !isPast ? (
				<Card>
					<h2 className="mb-2 text-xl font-semibold">{t('detail.cancelTitle')}</h2>
					<details>
						<summary className="cursor-pointer font-semibold text-red-800 underline">{t('detail.cancel')}</summary>
						<p className="my-3">{t('detail.cancelExplanation')}</p>
						<Form method="post">
							<input type="hidden" name="intent" value="cancel" />
							<Button type="submit" variant="danger">
								{t('detail.cancelConfirm')}
							</Button>
						</Form>
					</details>
				</Card>
			) : null}
		</div>
	)
}

function ActionLink({ to, children }: { to: string; children: ReactNode }) {
	return (
		<li>
			<Link
				to={to}
				className="inline-flex min-h-11 items-center rounded-md border border-slate-400 bg-white px-4 py-2 font-semibold text-slate-900 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700"
			>
				{children}
			</Link>
		</li>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
