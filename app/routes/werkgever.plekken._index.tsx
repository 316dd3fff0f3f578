import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { ExportLinks } from '#app/components/export-links.tsx'
import { Card, PageHeader } from '#app/components/page-header.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { DataTable } from '#app/components/ui/data-table.tsx'
import { listOrganizationPlaces, requirePlaceEmployer } from '#app/domain/places/places.server.ts'
import { type PlaceIntent } from '#app/domain/places/place-schema.ts'
import { formatDate } from '#app/utils/format.ts'
import { pageMeta } from '#app/utils/meta.ts'

export const meta: MetaFunction = (args) => pageMeta(args, 'places:list.title')

/** The buttons a row offers; the rest (fill, close) wait on the place's own page. */
const quickIntents: readonly PlaceIntent[] = ['publish', 'pause', 'resume', 'extend']

export async function loader({ request }: LoaderFunctionArgs) {
	const { organizationId } = await requirePlaceEmployer(request)
	const groups = await listOrganizationPlaces(organizationId)
	return {
		groups: groups.map((group) => ({
			status: group.status,
			places: group.places.map((place) => ({
				id: place.id,
				title: place.title,
				type: place.type,
				town: place.town,
				viewCount: place.viewCount,
				expiresAt: place.expiresAt,
				closedAt: place.closedAt,
				closedReason: place.closedReason,
				quickIntents: place.intents.filter(
					(intent) => quickIntents.includes(intent) || (intent === 'duplicate' && place.closedAt !== null),
				),
			})),
		})),
	}
}

export default function EmployerPlaces() {
	const { t, i18n } = useTranslation('places')
	const { groups } = useLoaderData<typeof loader>()
	return (
		<div className="space-y-6">
			<PageHeader title={t('list.title')}>{t('list.intro')}</PageHeader>
			<p>
				<Link
					to="/werkgever/plekken/nieuw"
					className="inline-block rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
				>
					{t('list.new')}
				</Link>
			</p>
			{groups.length > 0 ? <ExportLinks to="/werkgever/plekken/export" search="" /> : null}
			{groups.length === 0 ? (
				<Card>
					<p>{t('list.empty')}</p>
				</Card>
			) : null}
			{groups.map((group) => (
				<section key={group.status} aria-labelledby={`status-${group.status}`} className="space-y-2">
					<h2 id={`status-${group.status}`} className="text-xl font-semibold">
						{t(`statuses.${group.status}`)} ({group.places.length})
					</h2>
					<DataTable
						caption={t('list.caption', { status: t(`statuses.${group.status}`) })}
						columns={[
							{ label: t('list.columns.title') },
							{ label: t('list.columns.type') },
							{ label: t('list.columns.views') },
							{
								label:
									group.status === 'FILLED' || group.status === 'CLOSED'
										? t('list.columns.closed')
										: t('list.columns.expires'),
							},
							{ label: t('list.columns.actions'), visuallyHidden: true },
						]}
					>
						{group.places.map((place) => {
							const date = place.closedAt ?? place.expiresAt
							return (
								<tr key={place.id} className="border-b border-slate-200 align-top">
									<td className="p-2">
										<Link to={`/werkgever/plekken/${place.id}`} className="font-medium text-brand-700 underline">
											{place.title}
										</Link>
										{place.town ? <span className="block text-sm text-slate-700">{place.town}</span> : null}
									</td>
									<td className="p-2">{t(`types.${place.type}`, { defaultValue: place.type })}</td>
									<td className="p-2">{place.viewCount}</td>
									<td className="p-2">
										{date ? formatDate(date, i18n.language) : t('list.noDate')}
										{place.closedReason === 'EXPIRED' ? (
											<span className="block text-sm text-slate-700">{t('list.expired')}</span>
										) : null}
									</td>
									<td className="p-2">
										<div className="flex flex-wrap gap-2">
											{place.quickIntents.map((intent) => (
												<Form key={intent} method="post" action={`/werkgever/plekken/${place.id}?index`}>
													<input type="hidden" name="from" value="list" />
													<Button type="submit" name="intent" value={intent} variant="secondary">
														{t(`actions.${intent}`)}
														<span className="sr-only">: {place.title}</span>
													</Button>
												</Form>
											))}
										</div>
									</td>
								</tr>
							)
						})}
					</DataTable>
				</section>
			))}
		</div>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
