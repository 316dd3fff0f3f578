import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '#app/components/page-header.tsx'
import { RelationshipFilterForm, RelationshipTable } from '#app/components/relationship-list.tsx'
import { requireNetworkUser } from '#app/domain/network/network-access.server.ts'
import { hasRelationshipFilters, parseRelationshipSearchParams } from '#app/domain/network/relationship-schema.ts'
import { getQuietDays, listNetworkMembers, listRelationships } from '#app/domain/network/relationships.server.ts'
import { now } from '#app/utils/clock.server.ts'
import { pageMeta } from '#app/utils/meta.ts'

export const meta: MetaFunction = (args) => pageMeta(args, 'relationships:list.title')

export async function loader({ request }: LoaderFunctionArgs) {
	const { networkId } = await requireNetworkUser(request, 'read:relationship')
	const owners = await listNetworkMembers(networkId)
	const { filters, sort, invalid } = parseRelationshipSearchParams(new URL(request.url).searchParams, {
		ownerIds: owners.map((owner) => owner.id),
	})
	const { rows, total } = await listRelationships({ networkId, filters, sort, moment: now() })
	return {
		rows,
		total,
		filters,
		sort,
		invalid,
		filtered: hasRelationshipFilters(filters),
		owners: owners.map(({ id, name }) => ({ id, name })),
		quietDays: getQuietDays(),
	}
}

export default function RelationshipsPage() {
	const { t } = useTranslation('relationships')
	const { rows, total, filters, sort, invalid, filtered, owners, quietDays } = useLoaderData<typeof loader>()
	return (
		<div className="space-y-6">
			<PageHeader title={t('list.title')}>
				<p>{t('list.intro', { count: quietDays })}</p>
			</PageHeader>
			{invalid.length > 0 ? (
				<p role="status" className="rounded-md border-l-4 border-amber-700 bg-amber-50 p-3 text-amber-950">
					{t('list.invalidParams', {
						params: invalid.map((param) => t(`list.params.${param}`)).join(', '),
					})}
				</p>
			) : null}
			<RelationshipFilterForm filters={filters} owners={owners} />
			<p role="status" data-testid="relationship-count">
				{filtered ? t('list.countFiltered', { count: rows.length, total }) : t('list.count', { count: total })}
			</p>
			{rows.length > 0 ? <RelationshipTable rows={rows} filters={filters} sort={sort} /> : null}
		</div>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
