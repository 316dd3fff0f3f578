import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { ConfirmEmailNotice } from '#app/components/confirm-email-notice.tsx'
import { Card, PageHeader } from '#app/components/page-header.tsx'
import { getOrganization } from '#app/domain/organizations/organizations.server.ts'
import { getProfileCompleteness } from '#app/domain/organizations/profile.server.ts'
import { placeStatuses } from '#app/domain/places/place-options.ts'
import { getEmployerPlaceSummary, requirePlaceEmployer } from '#app/domain/places/places.server.ts'
import { formatDate } from '#app/utils/format.ts'
import { pageMeta } from '#app/utils/meta.ts'

export const meta: MetaFunction = (args) => pageMeta(args, 'common:employer.title')

export async function loader({ request }: LoaderFunctionArgs) {
	const { user, organizationId } = await requirePlaceEmployer(request)
	const [organization, places, profile] = await Promise.all([
		getOrganization(organizationId),
		getEmployerPlaceSummary(organizationId),
		getProfileCompleteness(organizationId),
	])
	if (!organization || !profile) throw new Response('Not Found', { status: 404 })
	return {
		emailVerified: user.emailVerified,
		organization: {
			id: organization.id,
			name: organization.name,
			kvkNumber: organization.kvkNumber,
			town: organization.town,
			memberCount: organization.memberships.length,
		},
		profile,
		places,
	}
}

export default function EmployerHome() {
	const { t, i18n } = useTranslation()
	const { organization, emailVerified, places, profile } = useLoaderData<typeof loader>()
	const total = placeStatuses.reduce((sum, status) => sum + places.counts[status], 0)
	return (
		<div className="space-y-6">
			<PageHeader title={organization.name}>{t('employer.intro')}</PageHeader>
			{emailVerified ? null : (
				<ConfirmEmailNotice
					title={t('employer.confirmEmailTitle')}
					body={t('employer.confirmEmailBody')}
					resendLabel={t('auth:account.resendConfirmation')}
				/>
			)}
			<div className="grid gap-4 md:grid-cols-2">
				<Card>
					<h2 className="text-xl font-semibold">{t('employer.organizationTitle')}</h2>
					<p className="mt-2">
						{t('organizations:profile.completeness', { done: profile.done, total: profile.total })}
					</p>
					{profile.missing.length > 0 ? (
						<p className="text-slate-800">
							{t('employer.missingParts', {
								parts: profile.missing.map((part) => t(`organizations:profile.parts.${part}`)).join(', '),
							})}
						</p>
					) : null}
					<dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
						<dt className="font-medium">{t('employer.town')}</dt>
						<dd>{organization.town ?? t('employer.notFilledIn')}</dd>
						<dt className="font-medium">{t('employer.members')}</dt>
						<dd>{organization.memberCount}</dd>
					</dl>
					<div className="mt-4 flex flex-wrap gap-4">
						<Link to="/werkgever/organisatie" className="text-brand-700 underline">
							{t('employer.completeProfile')}
						</Link>
						<Link to={`/organisaties/${organization.id}`} className="text-brand-700 underline">
							{t('employer.manageColleagues')}
						</Link>
					</div>
				</Card>
				<Card>
					<h2 className="text-xl font-semibold">{t('employer.placesTitle')}</h2>
					{total === 0 ? <p className="mt-2 text-slate-800">{t('places:home.empty')}</p> : null}
					<dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
						{placeStatuses.map((status) => (
							<div key={status} className="contents">
								<dt className="font-medium">{t(`places:statuses.${status}`)}</dt>
								<dd>{places.counts[status]}</dd>
							</div>
						))}
						<dt className="font-medium">{t('places:home.totalViews')}</dt>
						<dd>{places.totalViews}</dd>
					</dl>
					<div className="mt-4 flex flex-wrap gap-4">
						<Link to="/werkgever/plekken" className="text-brand-700 underline">
							{t('places:home.allPlaces')}
						</Link>
						<Link to="/werkgever/plekken/nieuw" className="text-brand-700 underline">
							{t('places:home.newPlace')}
						</Link>
					</div>
				</Card>
				<Card>
					<h2 className="text-xl font-semibold">{t('places:home.expiringTitle')}</h2>
					{places.expiringSoon.length === 0 ? (
						<p className="mt-2 text-slate-800">{t('places:home.expiringEmpty')}</p>
					) : (
						<ul className="mt-2 divide-y divide-slate-200">
							{places.expiringSoon.map((place) => (
								<li key={place.id} className="py-2">
									<Link to={`/werkgever/plekken/${place.id}`} className="font-medium text-brand-700 underline">
										{place.title}
									</Link>
									<span className="block text-sm text-slate-700">
										{place.expiresAt
											? t('places:home.expiresOn', { date: formatDate(place.expiresAt, i18n.language) })
											: null}
									</span>
								</li>
							))}
						</ul>
					)}
				</Card>
				<Card>
					<h2 className="text-xl font-semibold">{t('places:home.proposalsTitle')}</h2>
					<p className="mt-2 text-slate-800">{t('places:home.proposalsSoon')}</p>
				</Card>
			</div>
		</div>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
