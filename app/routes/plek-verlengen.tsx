import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { NoticePage } from '#app/components/notice-page.tsx'
import { extendPlaceByLink, type ExtendByLinkResult } from '#app/domain/places/places.server.ts'
import { formatDate } from '#app/utils/format.ts'
import { pageMeta } from '#app/utils/meta.ts'

// The one-click link in the expiry reminder. No login: the contact person may have no account.
// The token is the authorisation, it works once, and only while the place is still open.

export const meta: MetaFunction = (args) => pageMeta(args, 'places:extendLink.title')

export async function loader({ request }: LoaderFunctionArgs) {
	const token = (new URL(request.url).searchParams.get('token') ?? '').slice(0, 100)
	const result: ExtendByLinkResult = token ? await extendPlaceByLink(token) : { ok: false, problem: 'invalid' }
	if (result.ok) return { outcome: 'extended' as const, title: result.title, expiresAt: result.expiresAt }
	return { outcome: result.problem, title: result.title ?? null, expiresAt: null }
}

export default function ExtendPlaceLink() {
	const { t, i18n } = useTranslation('places')
	const result = useLoaderData<typeof loader>()
	const date = result.expiresAt ? formatDate(result.expiresAt, i18n.language) : ''
	const message =
		result.outcome === 'extended'
			? t('extendLink.extended', { title: result.title, date })
			: result.outcome === 'not-open'
				? t('extendLink.notOpen', { title: result.title })
				: t('extendLink.invalid')
	return (
		<NoticePage
			title={result.outcome === 'extended' ? t('extendLink.extendedTitle') : t('extendLink.title')}
			message={message}
			link={{ to: '/werkgever/plekken', label: t('extendLink.toPlaces') }}
		/>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
