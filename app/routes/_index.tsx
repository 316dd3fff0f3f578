import { type MetaFunction } from '@remix-run/node'
import { Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { Card } from '#app/components/page-header.tsx'
import { useRootData } from '#app/root.tsx'
import { pageMeta } from '#app/utils/meta.ts'
import { startPaths } from '#app/utils/permissions.ts'

export const meta: MetaFunction = (args) => pageMeta(args, 'common:home.title', 'common:home.description')

export default function Home() {
	const { t } = useTranslation()
	const user = useRootData()?.user
	return (
		<div className="space-y-8">
			<section className="space-y-4">
				<h1 className="text-4xl font-bold text-slate-900">{t('home.heading')}</h1>
				<p className="max-w-2xl text-lg text-slate-800">{t('home.intro')}</p>
				<div className="flex flex-wrap gap-4">
					{user?.role ? (
						<Link
							to={startPaths[user.role]}
							className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
						>
							{t('home.toStart')}
						</Link>
					) : (
						<>
							<Link
								to="/registreren"
								className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
							>
								{t('home.signUpEmployer')}
							</Link>
							<Link
								to="/login"
								className="rounded-md border border-slate-500 bg-white px-4 py-2 font-semibold text-slate-900 hover:bg-slate-100"
							>
								{t('nav.login')}
							</Link>
						</>
					)}
				</div>
			</section>
			<div className="grid gap-4 md:grid-cols-3">
				{(['employers', 'coaches', 'network'] as const).map((key) => (
					<Card key={key}>
						<h2 className="text-xl font-semibold">{t(`home.audience.${key}.title`)}</h2>
						<p className="mt-2 text-slate-800">{t(`home.audience.${key}.body`)}</p>
					</Card>
				))}
			</div>
		</div>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
