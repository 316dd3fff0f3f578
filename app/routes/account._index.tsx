import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { Card, PageHeader } from '#app/components/page-header.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { sendConfirmationLink } from '#app/domain/auth/accounts.server.ts'
import { requireUser } from '#app/utils/auth.server.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { redirectWithToast } from '#app/utils/toast.server.ts'

export const meta: MetaFunction = (args) => pageMeta(args, 'auth:account.title')

export async function loader({ request }: LoaderFunctionArgs) {
	const user = await requireUser(request)
	return {
		name: user.name,
		email: user.email,
		emailVerified: user.emailVerified,
		role: user.role,
		organizationName: user.organization?.name ?? null,
	}
}

export async function action({ request }: ActionFunctionArgs) {
	const user = await requireUser(request)
	if (!user.emailVerified) await sendConfirmationLink(user)
	return redirectWithToast('/account', { title: 'auth:toast.confirmEmailSent', type: 'info' })
}

export default function AccountPage() {
	const { t } = useTranslation('auth')
	const account = useLoaderData<typeof loader>()
	return (
		<div className="space-y-6">
			<PageHeader title={t('account.title')} />
			<Card>
				<dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
					<dt className="font-semibold">{t('fields.name')}</dt>
					<dd>{account.name}</dd>
					<dt className="font-semibold">{t('fields.email')}</dt>
					<dd>
						{account.email}{' '}
						<span className={account.emailVerified ? 'text-green-800' : 'text-amber-900'}>
							({account.emailVerified ? t('account.verified') : t('account.notVerified')})
						</span>
					</dd>
					{account.role ? (
						<>
							<dt className="font-semibold">{t('account.role')}</dt>
							<dd>
								{t(`common:roles.${account.role}`)}
								{account.organizationName ? ` · ${account.organizationName}` : ''}
							</dd>
						</>
					) : null}
				</dl>
				{account.emailVerified ? null : (
					<Form method="post" className="mt-4">
						<Button type="submit" variant="secondary">
							{t('account.resendConfirmation')}
						</Button>
					</Form>
				)}
			</Card>
			<p>
				<Link to="/account/sessies" className="text-brand-700 underline">
					{t('sessions.title')}
				</Link>
			</p>
		</div>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
