import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { Card, PageHeader } from '#app/components/page-header.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { getOrganization } from '#app/domain/organizations/organizations.server.ts'
import { requirePermission } from '#app/utils/auth.server.ts'
import { pageMeta } from '#app/utils/meta.ts'

export const meta: MetaFunction = (args) => pageMeta(args, 'common:employer.title')

export async function loader({ request }: LoaderFunctionArgs) {
	const user = await requirePermission(request, 'update:organization')
	if (user.role !== 'EMPLOYER' || !user.organization) throw new Response('Forbidden', { status: 403 })
	const organization = await getOrganization(user.organization.id)
	if (!organization) throw new Response('Not Found', { status: 404 })
	return {
		emailVerified: user.emailVerified,
		organization: {
			id: organization.id,
			name: organization.name,
			kvkNumber: organization.kvkNumber,
			town: organization.town,
			memberCount: organization.memberships.length,
			contactCount: organization.contactPersons.length,
		},
	}
}

export default function EmployerHome() {
	const { t } = useTranslation()
	const { organization, emailVerified } = useLoaderData<typeof loader>()
	return (
		<div className="space-y-6">
			<PageHeader title={organization.name}>{t('employer.intro')}</PageHeader>
			{emailVerified ? null : (
				<div className="rounded-md border-l-4 border-amber-700 bg-amber-50 p-4 text-amber-950" role="note">
					<p className="font-semibold">{t('employer.confirmEmailTitle')}</p>
					<p>{t('employer.confirmEmailBody')}</p>
					<Form method="post" action="/account" className="mt-2">
						<Button type="submit" name="intent" value="resend-confirmation" variant="secondary">
							{t('auth:account.resendConfirmation')}
						</Button>
					</Form>
				</div>
			)}
			<div className="grid gap-4 md:grid-cols-2">
				<Card>
					<h2 className="text-xl font-semibold">{t('employer.organizationTitle')}</h2>
					<dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
						<dt className="font-medium">{t('employer.kvkNumber')}</dt>
						<dd>{organization.kvkNumber ?? t('employer.notFilledIn')}</dd>
						<dt className="font-medium">{t('employer.town')}</dt>
						<dd>{organization.town ?? t('employer.notFilledIn')}</dd>
						<dt className="font-medium">{t('employer.members')}</dt>
						<dd>{organization.memberCount}</dd>
					</dl>
					<Link to={`/organisaties/${organization.id}`} className="mt-4 inline-block text-brand-700 underline">
						{t('employer.manageColleagues')}
					</Link>
				</Card>
				<Card>
					<h2 className="text-xl font-semibold">{t('employer.placesTitle')}</h2>
					<p className="mt-2 text-slate-800">{t('employer.placesEmpty')}</p>
				</Card>
			</div>
		</div>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
