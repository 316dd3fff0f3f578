import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { ActivityTimeline } from '#app/components/activity-timeline.tsx'
import { Card, PageHeader } from '#app/components/page-header.tsx'
import { textLinkClass } from '#app/components/place-card.tsx'
import { FollowUpsDueList, GoneQuietList } from '#app/components/relationship-signals.tsx'
import { WeeklyTargetCard } from '#app/components/relationship-weekly-target.tsx'
import { listRecentActivities, timelineLinksFor } from '#app/domain/network/activities.server.ts'
import { listUpcomingEvents, type UpcomingEvent } from '#app/domain/network/events.server.ts'
import { requireNetworkUser } from '#app/domain/network/network-access.server.ts'
import { defaultRelationshipFilters, relationshipSearchParams } from '#app/domain/network/relationship-schema.ts'
import { getQuietDays, listFollowUpsDue, listGoneQuiet } from '#app/domain/network/relationships.server.ts'
import { getWeeklyContacts, saveWeeklyTarget } from '#app/domain/network/weekly-contacts.server.ts'
import { now } from '#app/utils/clock.server.ts'
import { formatDateTime } from '#app/utils/format.ts'
import { pageMeta } from '#app/utils/meta.ts'

export const meta: MetaFunction = (args) => pageMeta(args, 'relationships:home.title')

export async function loader({ request }: LoaderFunctionArgs) {
	const { user, networkId } = await requireNetworkUser(request, 'read:network')
	const moment = now()
	const [events, followUps, goneQuiet, recent, weekly] = await Promise.all([
		listUpcomingEvents(networkId, { take: 5 }),
		listFollowUpsDue(networkId, moment),
		listGoneQuiet(networkId, moment),
		listRecentActivities(networkId, timelineLinksFor(user, networkId), 10),
		getWeeklyContacts({ userId: user.id, networkId, moment }),
	])
	return { events, followUps, goneQuiet, recent, weekly, quietDays: getQuietDays() }
}

/** The weekly target of employer contacts, the one form on this page (its own permission check). */
export async function action({ request }: ActionFunctionArgs) {
	return saveWeeklyTarget(request, { redirectTo: '/netwerk' })
}

const followUpsDueSearch = relationshipSearchParams({ ...defaultRelationshipFilters, due: true }).toString()

function UpcomingEvents({ events }: { events: UpcomingEvent[] }) {
	const { t, i18n } = useTranslation('relationships')
	if (events.length === 0) return <p className="text-slate-800">{t('home.events.empty')}</p>
	return (
		<ul className="space-y-3" data-testid="upcoming-events">
			{events.map((event) => (
				<li key={event.id}>
					<Link to={`/netwerk/bijeenkomsten/${event.id}`} className={textLinkClass}>
						{event.title}
					</Link>
					<p className="text-slate-800">
						<time dateTime={new Date(event.startsAt).toISOString()}>
							{formatDateTime(event.startsAt, i18n.language)}
						</time>
						{event.location ? ` · ${event.location}` : ''}
					</p>
					<p className="text-sm text-slate-700">
						{t('home.events.rsvps', event.counts)}
						{event.counts.waitlisted > 0 ? ` · ${t('home.events.waitlisted', { count: event.counts.waitlisted })}` : ''}
						{event.capacity !== null ? ` · ${t('home.events.capacity', { count: event.capacity })}` : ''}
					</p>
				</li>
			))}
		</ul>
	)
}

export default function NetworkHome() {
	const { t } = useTranslation('relationships')
	const { events, followUps, goneQuiet, recent, weekly, quietDays } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	return (
		<div className="space-y-6">
			<PageHeader title={t('home.title')}>{t('home.intro')}</PageHeader>
			<ul className="flex flex-wrap gap-x-6 gap-y-2">
				<li>
					<Link to="/netwerk/relaties" className={textLinkClass}>
						{t('home.toRelationships')}
					</Link>
				</li>
				<li>
					<Link to="/netwerk/bijeenkomsten" className={textLinkClass}>
						{t('home.toEvents')}
					</Link>
				</li>
			</ul>

			<WeeklyTargetCard weekly={weekly} lastResult={actionData?.result} />

			<div className="grid gap-6 lg:grid-cols-2">
				<Card>
					<h2 className="mb-3 text-xl font-semibold text-slate-900">{t('home.events.title')}</h2>
					<UpcomingEvents events={events} />
				</Card>
				<Card>
					<h2 className="mb-3 text-xl font-semibold text-slate-900">{t('followUps.title')}</h2>
					<FollowUpsDueList items={followUps} />
					{followUps.length > 0 ? (
						<p className="mt-3">
							<Link to={`/netwerk/relaties?${followUpsDueSearch}`} className={textLinkClass}>
								{t('followUps.all')}
							</Link>
						</p>
					) : null}
				</Card>
			</div>

			<Card>
				<h2 className="text-xl font-semibold text-slate-900">{t('quiet.title')}</h2>
				<p className="mb-3 text-slate-700">{t('quiet.intro', { count: quietDays })}</p>
				<GoneQuietList items={goneQuiet} />
			</Card>

			<Card>
				<h2 className="mb-3 text-xl font-semibold text-slate-900">{t('home.recent.title')}</h2>
				<ActivityTimeline entries={recent} empty={t('home.recent.empty')} showEmployer />
			</Card>
		</div>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
