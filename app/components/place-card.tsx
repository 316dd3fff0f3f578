import { Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import type { PlaceCardData } from '#app/domain/places/board.server.ts'
import { formatDate } from '#app/utils/format.ts'

/** A card as the board module makes it; from a loader its date arrives as a string. */
export type PlaceCardProps = Omit<PlaceCardData, 'publishedAt'> & { publishedAt: Date | string }

export const focusRing = 'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700'

/** A link in running text or a list of links: underlined, in the brand colour, with the focus ring. */
export const textLinkClass = `font-semibold text-brand-700 underline hover:text-brand-900 ${focusRing}`

/** The same link without the bold, for links among other links or in a table cell. */
export const plainTextLinkClass = `text-brand-700 underline hover:text-brand-900 ${focusRing}`

/** "8 tot 16 uur per week", or "16 uur per week" when the range is one number. */
export function useHoursLabel() {
	const { t } = useTranslation('board')
	return (min: number, max: number) => (min === max ? t('hours.exact', { count: max }) : t('hours.range', { min, max }))
}

/** A published place in a list: a `<li>` of a `<ul>` holds it; the title links to the place. */
export function PlaceCard({ place, headingLevel = 3 }: { place: PlaceCardProps; headingLevel?: 2 | 3 }) {
	const { t, i18n } = useTranslation('board')
	const hoursLabel = useHoursLabel()
	const Heading = headingLevel === 2 ? 'h2' : 'h3'
	const headingId = `place-${place.id}`
	const more = place.adaptationCount - place.adaptations.length
	return (
		<article
			aria-labelledby={headingId}
			className="flex h-full flex-col gap-3 rounded-lg border border-slate-300 bg-white p-5 shadow-sm"
			data-testid="place-card"
		>
			<div>
				<Heading id={headingId} className="text-lg font-semibold leading-snug">
					<Link
						to={`/plekken/${place.id}`}
						className={`text-brand-800 underline underline-offset-4 hover:text-brand-900 hover:decoration-2 ${focusRing}`}
					>
						{place.title}
					</Link>
				</Heading>
				<p className="text-slate-800">{place.employer.name}</p>
			</div>
			<dl className="grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1 text-sm">
				<dt className="font-semibold text-slate-700">{t('card.type')}</dt>
				<dd>{place.type ? t(`places:types.${place.type}`) : '–'}</dd>
				<dt className="font-semibold text-slate-700">{t('card.town')}</dt>
				<dd>{place.remote ? t('card.remote') : (place.town ?? '–')}</dd>
				<dt className="font-semibold text-slate-700">{t('card.hours')}</dt>
				<dd>{hoursLabel(place.hoursMin, place.hoursMax)}</dd>
			</dl>
			{place.adaptations.length > 0 ? (
				<ul className="flex flex-wrap gap-2 text-sm" aria-label={t('card.adaptations')}>
					{place.adaptations.map((adaptation) => (
						<li key={adaptation} className="rounded-full bg-brand-50 px-3 py-0.5 text-brand-900">
							{t(`places:adaptations.${adaptation}`)}
						</li>
					))}
					{more > 0 ? (
						<li className="px-1 py-0.5 text-slate-700">{t('card.moreAdaptations', { count: more })}</li>
					) : null}
				</ul>
			) : null}
			<p className="mt-auto text-sm text-slate-700">
				{t('card.posted')}{' '}
				<time dateTime={new Date(place.publishedAt).toISOString()}>{formatDate(place.publishedAt, i18n.language)}</time>
			</p>
		</article>
	)
}
