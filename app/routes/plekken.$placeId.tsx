import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { isbot } from 'isbot'
import { type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { focusRing, useHoursLabel } from '#app/components/place-card.tsx'
import { getPublishedPlace, recordPlaceView } from '#app/domain/places/board.server.ts'
import { getEnv } from '#app/utils/env.server.ts'
import { formatDate, formatTownWithMunicipality } from '#app/utils/format.ts'
import { pageMeta, summarize } from '#app/utils/meta.ts'
import { requireFromParams } from '#app/utils/params.ts'
import { getUser, hasPermission } from '#app/utils/auth.server.ts'

const ParamsSchema = z.object({ placeId: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/) })

export const meta: MetaFunction<typeof loader> = (args) => {
	const place = args.data?.place
	if (!place) return pageMeta(args, 'board:place.fallbackTitle')
	const located = place.workMode === 'REMOTE' || place.town !== null
	return pageMeta(
		args,
		located ? 'board:place.metaTitle' : 'board:place.metaTitleNoTown',
		located ? 'board:place.metaDescription' : 'board:place.metaDescriptionNoTown',
		{
			canonicalUrl: args.data?.canonicalUrl,
			ogType: 'article',
			values: (t) => ({
				title: place.title,
				employer: place.employer.name,
				town: place.workMode === 'REMOTE' ? t('board:place.metaRemote') : (place.town ?? ''),
				type: place.type ? t(`places:types.${place.type}`) : t('board:place.fallbackTitle'),
				hours:
					place.hoursMin === place.hoursMax
						? t('board:hours.exact', { count: place.hoursMax })
						: t('board:hours.range', { min: place.hoursMin, max: place.hoursMax }),
				summary: args.data?.summary ?? '',
			}),
		},
	)
}

/**
 * Public. Anything but a published, unexpired place is a 404: a draft's existence is private.
 * A GET by a person (not a crawler) counts as one view.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const found = await requireFromParams(params, ParamsSchema, ({ placeId }) => getPublishedPlace(placeId))
	const userAgent = request.headers.get('user-agent')
	if (request.method === 'GET' && userAgent && !isbot(userAgent)) await recordPlaceView(found)
	const { updatedAt: _updatedAt, ...place } = found
	const user = await getUser(request)
	return {
		place,
		canMatch: user ? hasPermission(user, 'create:proposal') : false,
		summary: summarize(place.description, 110),
		canonicalUrl: new URL(`/plekken/${place.id}`, getEnv().APP_URL).href,
	}
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
	return (
		<>
			<dt className="font-semibold text-slate-700">{label}</dt>
			<dd className="mb-2 text-slate-900">{children}</dd>
		</>
	)
}

function TextSection({ id, title, text }: { id: string; title: string; text: string | null }) {
	if (!text?.trim()) return null
	return (
		<section aria-labelledby={id}>
			<h2 id={id} className="text-xl font-semibold">
				{title}
			</h2>
			<p className="mt-2 whitespace-pre-line text-slate-900">{text}</p>
		</section>
	)
}

function ListSection({ id, title, items }: { id: string; title: string; items: string[] }) {
	if (items.length === 0) return null
	return (
		<section aria-labelledby={id}>
			<h2 id={id} className="text-xl font-semibold">
				{title}
			</h2>
			<ul className="mt-2 list-disc space-y-1 pl-6">
				{items.map((item) => (
					<li key={item}>{item}</li>
				))}
			</ul>
		</section>
	)
}

export default function PlacePage() {
	const { t, i18n } = useTranslation('board')
	const { place, canMatch } = useLoaderData<typeof loader>()
	const hoursLabel = useHoursLabel()
	const date = (value: Date | string) => formatDate(value, i18n.language)
	const location =
		place.workMode === 'REMOTE' ? t('card.remote') : formatTownWithMunicipality(place.town, place.municipality) || '–'
	return (
		<article aria-labelledby="place-title" className="space-y-6">
			<p>
				<Link to="/plekken" className={`text-brand-700 underline ${focusRing}`}>
					{t('place.backToBoard')}
				</Link>
			</p>
			<header className="space-y-2">
				{place.type ? (
					<p className="font-semibold uppercase tracking-wide text-brand-800">{t(`places:types.${place.type}`)}</p>
				) : null}
				<h1 id="place-title" className="text-3xl font-bold text-slate-900">
					{place.title}
				</h1>
				<p className="text-lg text-slate-800">
					{t('place.at')}{' '}
					<Link
						to={`/plekken/werkgevers/${place.employer.id}`}
						className={`font-semibold text-brand-700 underline ${focusRing}`}
					>
						{place.employer.name}
					</Link>
					{' · '}
					{location}
				</p>
				{canMatch ? (
					<p>
						<Link
							to={`/jobcoach/plekken/${place.id}/kandidaten`}
							className={`font-semibold text-brand-700 underline ${focusRing}`}
						>
							{t('matching:candidates.findForPlace')}
						</Link>
					</p>
				) : null}
			</header>
			<div className="grid items-start gap-6 md:grid-cols-[1fr_18rem]">
				<div className="space-y-6 rounded-lg border border-slate-300 bg-white p-6 shadow-sm">
					<TextSection id="about" title={t('place.about')} text={place.description} />
					<TextSection id="tasks" title={t('place.tasks')} text={place.tasks} />
					<ListSection
						id="supervision"
						title={t('place.supervision')}
						items={place.supervision.map((key) => t(`places:supervision.${key}`))}
					/>
					<ListSection
						id="adaptations"
						title={t('place.adaptations')}
						items={place.adaptations.map((key) => t(`places:adaptations.${key}`))}
					/>
					<ListSection
						id="accessibility"
						title={t('place.accessibility')}
						items={place.accessibility.map((key) => t(`places:accessibility.${key}`))}
					/>
					<TextSection id="requirements" title={t('place.requirements')} text={place.requirements} />
					<TextSection id="learning" title={t('place.learning')} text={place.learning} />
				</div>
				<div className="space-y-6">
					<section className="rounded-lg border border-slate-300 bg-white p-5 shadow-sm">
						<h2 id="place-facts" className="text-lg font-semibold">
							{t('place.facts')}
						</h2>
						<dl className="mt-3">
							{place.type ? <Fact label={t('card.type')}>{t(`places:types.${place.type}`)}</Fact> : null}
							{place.sector ? <Fact label={t('place.sector')}>{t(`common:sectors.${place.sector}`)}</Fact> : null}
							<Fact label={t('card.town')}>{location}</Fact>
							{place.workMode ? (
								<Fact label={t('place.workMode')}>{t(`places:workModes.${place.workMode}`)}</Fact>
							) : null}
							<Fact label={t('card.hours')}>{hoursLabel(place.hoursMin, place.hoursMax)}</Fact>
							{place.days.length > 0 ? (
								<Fact label={t('place.days')}>{place.days.map((day) => t(`places:days.${day}`)).join(', ')}</Fact>
							) : null}
							<Fact label={t('place.start')}>
								{place.startDate ? date(place.startDate) : t('place.startByAgreement')}
							</Fact>
							{place.duration ? <Fact label={t('place.duration')}>{place.duration}</Fact> : null}
							{place.compensation ? <Fact label={t('place.compensation')}>{place.compensation}</Fact> : null}
							<Fact label={t('place.spots')}>{place.spots}</Fact>
							<Fact label={t('card.posted')}>
								<time dateTime={new Date(place.publishedAt).toISOString()}>{date(place.publishedAt)}</time>
							</Fact>
							{place.expiresAt ? (
								<Fact label={t('place.openUntil')}>
									<time dateTime={new Date(place.expiresAt).toISOString()}>{date(place.expiresAt)}</time>
								</Fact>
							) : null}
						</dl>
					</section>
					<section
						aria-labelledby="place-contact"
						className="rounded-lg border-l-4 border-brand-700 bg-brand-50 p-5 text-brand-900"
					>
						<h2 id="place-contact" className="text-lg font-semibold">
							{t('place.ctaTitle')}
						</h2>
						<p className="mt-2">{t('place.ctaBody')}</p>
					</section>
				</div>
			</div>
		</article>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
