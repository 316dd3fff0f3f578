import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { EventStatusBadge } from '#app/components/event-details.tsx'
import { ResponseCountsText } from '#app/components/event-responses.tsx'
import { ExportLinks } from '#app/components/export-links.tsx'
import { Card, PageHeader } from '#app/components/page-header.tsx'
import { DataTable } from '#app/components/ui/data-table.tsx'
import { formatEventTime, eventPlaceText } from '#app/domain/network/event-options.ts'
import { listEvents } from '#app/domain/network/events.server.ts'
import { requireNetworkUser } from '#app/domain/network/network-access.server.ts'
import { pageMeta } from '#app/utils/meta.ts'

export const meta: MetaFunction = (args) => pageMeta(args, 'events:list.title')

export async function loader({ request }: LoaderFunctionArgs) {
	const { networkId } = await requireNetworkUser(request, 'read:network')
	return listEvents(networkId)
}

type EventRow = Awaited<ReturnType<typeof loader>>['upcoming'][number]

export default function EventsList() {
	const { t } = useTranslation('events')
	const { upcoming, past } = useLoaderData<typeof loader>()
	return (
		<div className="space-y-6">
			<PageHeader title={t('list.title')}>
				<p>{t('list.intro')}</p>
				<p className="mt-3">
					<Link
						to="/netwerk/bijeenkomsten/nieuw"
						className="inline-flex items-center rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700"
					>
						{t('list.new')}
					</Link>
				</p>
			</PageHeader>
			<ExportLinks to="/netwerk/bijeenkomsten/export" search="" />
			<EventsSection
				headingId="upcoming-events"
				title={t('list.upcoming')}
				empty={t('list.noUpcoming')}
				events={upcoming}
			/>
			<EventsSection headingId="past-events" title={t('list.past')} empty={t('list.noPast')} events={past} />
		</div>
	)
}

function EventsSection({
	headingId,
	title,
	empty,
	events,
}: {
	headingId: string
	title: string
	empty: string
	events: EventRow[]
}) {
	const { t, i18n } = useTranslation('events')
	return (
		<Card>
			<h2 id={headingId} className="mb-4 text-xl font-semibold">
				{title}
			</h2>
			{events.length === 0 ? (
				<p>{empty}</p>
			) : (
				<div className="overflow-x-auto">
					<DataTable
						caption={title}
						columns={[
							{ label: t('list.columns.event') },
							{ label: t('list.columns.when') },
							{ label: t('list.columns.where') },
							{ label: t('list.columns.responses') },
						]}
					>
						{events.map((event) => (
							<tr key={event.id} className="border-b border-slate-200 align-top">
								<td className="p-2">
									<Link to={`/netwerk/bijeenkomsten/${event.id}`} className="font-medium text-brand-700 underline">
										{event.title}
									</Link>
									<div className="text-sm text-slate-700">
										{t(`kinds.${event.kind}`)}
										{event.group ? ` · ${event.group.name}` : ''}
									</div>
									<EventStatusBadge status={event.status} />
								</td>
								<td className="p-2">{formatEventTime(event.startsAt, event.endsAt, i18n.language)}</td>
								<td className="p-2 break-words">{eventPlaceText(event)}</td>
								<td className="p-2">
									<ResponseCountsText counts={event.counts} />
									{event.capacity !== null ? (
										<div className="text-sm text-slate-700">{t('details.seats', { count: event.capacity })}</div>
									) : null}
								</td>
							</tr>
						))}
					</DataTable>
				</div>
			)}
		</Card>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
