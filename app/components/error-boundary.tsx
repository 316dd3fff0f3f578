import { isRouteErrorResponse, Link, useRouteError } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { errorPageKey } from '#app/utils/meta.ts'

/** The one error view; every route exports it as its ErrorBoundary, inside the site layout. */
export function RouteErrorBoundary() {
	const error = useRouteError()
	const { t } = useTranslation()
	const status = isRouteErrorResponse(error) ? error.status : 500
	const key = errorPageKey(error)
	return (
		<section aria-labelledby="error-title" className="space-y-4" data-status={status}>
			<h1 id="error-title" className="text-2xl font-bold">
				{t(`errors:page.${key}.title`)}
			</h1>
			<p>{t(`errors:page.${key}.body`)}</p>
			<p>
				<Link to="/" className="text-brand-700 underline">
					{t('errors:page.home')}
				</Link>
			</p>
		</section>
	)
}
