import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '#app/components/page-header.tsx'
import { DurableCountdownText } from '#app/components/placement-countdown.tsx'
import { textLinkClass } from '#app/components/place-card.tsx'
import { DataTable } from '#app/components/ui/data-table.tsx'
import { listPlacements, placementToday, requirePlacementCoach } from '#app/domain/matching/placements.server.ts'
import { formatDate } from '#app/utils/format.ts'
import { pageMeta } from '#app/utils/meta.ts'

export const meta: MetaFunction = (args) => pageMeta(args, 'placements:list.title')

export async function loader({ request }: LoaderFunctionArgs) {
	const { user, organizationId } = await requirePlacementCoach(request)
	return listPlacements({ organizationId, viewerId: user.id, today: placementToday() })
}

type LoaderData = ReturnType<typeof useLoaderData<typeof loader>>
type Item = LoaderData['active'][number]

const sections = ['active', 'paused', 'ended'] as const

export default function PlacementsIndex() {
	const { t } = useTranslation('placements')
	const data = useLoaderData<typeof loader>()
	return (
		<div className="space-y-8">
			<PageHeader title={t('list.title')}>{t('list.intro')}</PageHeader>
			{sections.map((section) => (
				<section key={section} aria-labelledby={`placements-${section}-heading`} className="space-y-3">
					<h2 id={`placements-${section}-heading`} className="text-xl font-semibold text-slate-900">
						{t(`list.sections.${section}`, { count: data[section].length })}
					</h2>
					{data[section].length === 0 ? (
						<p className="text-slate-800">{t(`list.empty.${section}`)}</p>
					) : (
						<div className="overflow-x-auto">
							<PlacementTable
								items={data[section]}
								ended={section === 'ended'}
								caption={t(`list.captions.${section}`)}
							/>
						</div>
					)}
				</section>
			))}
		</div>
	)
}

function PlacementTable({ items, ended, caption }: { items: Item[]; ended: boolean; caption: string }) {
	const { t, i18n } = useTranslation('placements')
	const date = (value: string) => formatDate(value, i18n.language)
	return (
		<DataTable
			caption={caption}
			columns={[
				{ label: t('list.columns.candidate') },
				{ label: t('list.columns.place') },
				{ label: t('list.columns.start') },
				{ label: t('list.columns.durable') },
				{ label: ended ? t('list.columns.ended') : t('list.columns.nextCheckIn') },
			]}
		>
			{items.map((item) => (
				<tr key={item.id} className="border-b border-slate-200 align-top">
					<th scope="row" className="p-2 text-left font-normal">
						<Link to={`/jobcoach/plaatsingen/${item.id}`} className={textLinkClass}>
							{item.candidateName}
						</Link>
					</th>
					<td className="p-2 text-slate-900">
						{item.placeTitle}
						<span className="block text-sm text-slate-700">{item.employerName}</span>
					</td>
					<td className="p-2 text-slate-900">{date(item.startDate)}</td>
					<td className="p-2 text-slate-900">
						<DurableCountdownText countdown={item.countdown} ended={ended} />
					</td>
					<td className="p-2 text-slate-900">
						{ended ? (
							<>
								{item.endedOn ? date(item.endedOn) : null}
								{item.endReason ? (
									<span className="block text-sm text-slate-700">{t(`endReasons.${item.endReason}`)}</span>
								) : null}
							</>
						) : item.nextCheckIn ? (
							<>
								{date(item.nextCheckIn.dueOn)}
								{item.nextCheckIn.overdue ? (
									<span className="block text-sm font-semibold text-red-800">{t('checkIns.overdue')}</span>
								) : null}
							</>
						) : (
							t('list.noCheckIn')
						)}
					</td>
				</tr>
			))}
		</DataTable>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
