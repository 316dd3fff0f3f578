import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { Card, PageHeader } from '#app/components/page-header.tsx'
import { requirePermission } from '#app/utils/auth.server.ts'
import { pageMeta } from '#app/utils/meta.ts'

export const meta: MetaFunction = (args) => pageMeta(args, 'common:jobcoach.title')

export async function loader({ request }: LoaderFunctionArgs) {
	const user = await requirePermission(request, 'read:candidate')
	return { organizationName: user.organization?.name ?? '' }
}

export default function JobcoachHome() {
	const { t } = useTranslation()
	const { organizationName } = useLoaderData<typeof loader>()
	return (
		<div className="space-y-6">
			<PageHeader title={t('jobcoach.title')}>{t('jobcoach.intro', { organization: organizationName })}</PageHeader>
			<Card>
				<h2 className="text-xl font-semibold">{t('jobcoach.caseloadTitle')}</h2>
				<p className="mt-2 text-slate-800">{t('jobcoach.caseloadEmpty')}</p>
			</Card>
		</div>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
