import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { focusRing, PlaceCard } from '#app/components/place-card.tsx'
import { getPublicEmployer } from '#app/domain/places/board.server.ts'
import { getEnv } from '#app/utils/env.server.ts'
import { formatTownWithMunicipality } from '#app/utils/format.ts'
import { pageMeta, summarize } from '#app/utils/meta.ts'
import { requireFromParams } from '#app/utils/params.ts'

const ParamsSchema = z.object({ organizationId: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/) })

export const meta: MetaFunction<typeof loader> = (args) => {
	const employer = args.data?.employer
	if (!employer) return pageMeta(args, 'board:employer.fallbackTitle')
	const suffix = employer.town ? '' : 'NoTown'
	return pageMeta(args, `board:employer.metaTitle${suffix}`, `board:employer.metaDescription${suffix}`, {
		canonicalUrl: args.data?.canonicalUrl,
		values: {
			name: employer.name,
			town: employer.town ?? '',
			count: employer.places.length,
			summary: args.data?.summary ?? '',
		},
	})
}

/** Public: an employer's profile and its published places. Only employers have such a page. */
export async function loader({ params }: LoaderFunctionArgs) {
	const employer = await requireFromParams(params, ParamsSchema, ({ organizationId }) =>
		getPublicEmployer(organizationId),
	)
	return {
		employer,
		summary: employer.description ? summarize(employer.description, 100) : '',
		canonicalUrl: new URL(`/plekken/werkgevers/${employer.id}`, getEnv().APP_URL).href,
	}
}

export default function EmployerPublicPage() {
	const { t } = useTranslation('board')
	const { employer } = useLoaderData<typeof loader>()
	const facts = [
		employer.town
			? {
					label: t('employer.town'),
					value: formatTownWithMunicipality(employer.town, employer.municipality),
				}
			: null,
		employer.sector ? { label: t('employer.sector'), value: t(`common:sectors.${employer.sector}`) } : null,
		employer.sizeClass ? { label: t('employer.size'), value: t(`places:sizeClasses.${employer.sizeClass}`) } : null,
	].filter((fact) => fact !== null)
	return (
		<div className="space-y-8">
			<p>
				<Link to="/plekken" className={`text-brand-700 underline ${focusRing}`}>
					{t('place.backToBoard')}
				</Link>
			</p>
			<header className="flex flex-wrap items-center gap-6">
				{employer.hasLogo ? (
					<img
						src={`/logos/${employer.id}`}
						alt={t('employer.logoAlt', { name: employer.name })}
						className="h-20 w-auto max-w-48 rounded-md border border-slate-200 bg-white object-contain p-2"
					/>
				) : null}
				<div className="space-y-1">
					<p className="font-semibold uppercase tracking-wide text-brand-800">{t('employer.kicker')}</p>
					<h1 className="text-3xl font-bold text-slate-900">{employer.name}</h1>
				</div>
			</header>
			<div className="grid items-start gap-6 md:grid-cols-[1fr_18rem]">
				<section
					aria-labelledby="employer-about"
					className="space-y-4 rounded-lg border border-slate-300 bg-white p-6 shadow-sm"
				>
					<h2 id="employer-about" className="text-xl font-semibold">
						{t('employer.about', { name: employer.name })}
					</h2>
					{employer.description?.trim() ? (
						<p className="whitespace-pre-line text-slate-900">{employer.description}</p>
					) : (
						<p className="text-slate-700">{t('employer.noDescription')}</p>
					)}
					{employer.commitments.length > 0 ? (
						<>
							<h3 className="text-lg font-semibold">{t('employer.commitments')}</h3>
							<ul className="list-disc space-y-1 pl-6">
								{employer.commitments.map((commitment) => (
									<li key={commitment}>
										{commitment === 'OTHER' && employer.commitmentNote
											? employer.commitmentNote
											: t(`places:commitments.${commitment}`)}
									</li>
								))}
							</ul>
							{employer.commitmentNote && !employer.commitments.includes('OTHER') ? (
								<p className="whitespace-pre-line text-slate-800">{employer.commitmentNote}</p>
							) : null}
						</>
					) : null}
				</section>
				<section aria-labelledby="employer-facts" className="rounded-lg border border-slate-300 bg-white p-5 shadow-sm">
					<h2 id="employer-facts" className="text-lg font-semibold">
						{t('employer.facts')}
					</h2>
					<dl className="mt-3">
						{facts.map((fact) => (
							<div key={fact.label} className="mb-2">
								<dt className="font-semibold text-slate-700">{fact.label}</dt>
								<dd>{fact.value}</dd>
							</div>
						))}
						{employer.website ? (
							<div className="mb-2">
								<dt className="font-semibold text-slate-700">{t('employer.website')}</dt>
								<dd>
									<a
										href={employer.website.href}
										rel="nofollow noopener noreferrer"
										className={`break-all text-brand-700 underline ${focusRing}`}
									>
										{employer.website.label}
									</a>
								</dd>
							</div>
						) : null}
					</dl>
				</section>
			</div>
			<section aria-labelledby="employer-places" className="space-y-4">
				<h2 id="employer-places" className="text-2xl font-semibold">
					{t('employer.places', { count: employer.places.length })}
				</h2>
				{employer.places.length > 0 ? (
					<ul className="grid gap-4 md:grid-cols-2">
						{employer.places.map((place) => (
							<li key={place.id}>
								<PlaceCard place={place} />
							</li>
						))}
					</ul>
				) : (
					<p className="rounded-lg border border-dashed border-slate-400 bg-white p-6">{t('employer.noPlaces')}</p>
				)}
				<p className="rounded-lg border-l-4 border-brand-700 bg-brand-50 p-5 text-brand-900">
					<strong>{t('place.ctaTitle')}</strong> {t('place.ctaBody')}
				</p>
			</section>
		</div>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
