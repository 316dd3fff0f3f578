import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { Card, PageHeader } from '#app/components/page-header.tsx'
import { confirmEmail } from '#app/domain/auth/accounts.server.ts'
import { getStartPathForUser } from '#app/utils/auth.server.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { redirectWithToast } from '#app/utils/toast.server.ts'

export const meta: MetaFunction = (args) => pageMeta(args, 'auth:confirm.title')

export async function loader({ request }: LoaderFunctionArgs) {
	const token = new URL(request.url).searchParams.get('token') ?? ''
	const user = token ? await confirmEmail(token) : null
	if (user) return redirectWithToast(await getStartPathForUser(user.id), { title: 'auth:toast.emailConfirmed' })
	return { confirmed: false }
}

export default function ConfirmEmailPage() {
	const { t } = useTranslation('auth')
	useLoaderData<typeof loader>()
	return (
		<div className="mx-auto max-w-md">
			<PageHeader title={t('confirm.title')} />
			<Card>
				<p role="alert">{t('confirm.invalidLink')}</p>
				<Link to="/account" className="mt-4 inline-block text-brand-700 underline">
					{t('confirm.toAccount')}
				</Link>
			</Card>
		</div>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
