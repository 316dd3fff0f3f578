import { useTranslation } from 'react-i18next'
import { type PlacementStatus } from '#app/domain/matching/placement-schema.ts'
import { type DurableCountdown } from '#app/domain/matching/placement-rules.ts'
import { formatDate } from '#app/utils/format.ts'

const badgeClass: Record<PlacementStatus, string> = {
	ACTIVE: 'border-green-700 bg-green-50 text-green-900',
	PAUSED: 'border-amber-700 bg-amber-50 text-amber-900',
	ENDED: 'border-slate-500 bg-slate-100 text-slate-900',
}

/** The placement's status as a text badge (the colour only repeats what the word says). */
export function PlacementStatusBadge({ status }: { status: PlacementStatus }) {
	const { t } = useTranslation('placements')
	return (
		<span className={`inline-block rounded-full border px-2 py-0.5 text-sm font-semibold ${badgeClass[status]}`}>
			{t(`statuses.${status}`)}
		</span>
	)
}

/**
 * Where the placement stands on the way to durable work: "nog N dagen tot duurzaam aan het werk" with
 * the day, "duurzaam aan het werk sinds …" once reached, or that the day moves on while paused.
 */
export function DurableCountdownText({ countdown, ended = false }: { countdown: DurableCountdown; ended?: boolean }) {
	const { t, i18n } = useTranslation('placements')
	if (countdown.reached) {
		return <span>{t('countdown.since', { date: formatDate(countdown.since, i18n.language) })}</span>
	}
	const date = formatDate(countdown.durableOn, i18n.language)
	if (ended) return <span>{t('countdown.endedBefore', { date })}</span>
	if (countdown.paused) return <span>{t('countdown.paused', { date })}</span>
	return <span>{t('countdown.daysToGo', { count: countdown.daysToGo, date })}</span>
}
