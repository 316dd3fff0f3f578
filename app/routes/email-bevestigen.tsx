import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { NoticePage } from '#app/components/notice-page.tsx'
import { confirmEmail } from '#app/domain/auth/accounts.server.ts'
import { getStartPathForUser } from '#app/utils/auth.server.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { readLinkToken } from '#app/utils/validation.ts'
import { redirectWithToast } from '#app/utils/toast.server.ts'

export const meta: MetaFunction = (args) => pageMeta(args, 'auth:confirm.title')

export async function loader({ request }: LoaderFunctionArgs) {
	const token = readLinkToken(request)
	const user = token ? await confirmEmail(token) : null
	if (user) return redirectWithToast(await getStartPathForUser(user.id), { title: 'auth:toast.emailConfirmed' })
	return { confirmed: false }
}

export default function ConfirmEmailPage() {
	const { t } = useTranslation('auth')
	useLoaderData<typeof loader>()
	return (
		<NoticePage
			title={t('confirm.title')}
			message={t('confirm.invalidLink')}
			link={{ to: '/account', label: t('confirm.toAccount') }}
		/>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
