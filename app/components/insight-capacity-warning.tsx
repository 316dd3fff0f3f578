// The warning above the caseload figure when coaches carry more active candidates than their
// contracted hours allow: an icon and a sentence naming them, never colour alone. Announced politely
// when the period changes it.
import { useTranslation } from 'react-i18next'
import { type Insight } from '#app/domain/insight/insight.ts'
import { WarningIcon } from './insight-figure.tsx'

export function InsightCapacityWarning({ caseload }: { caseload: Insight['caseload'] }) {
	const { t } = useTranslation('insight')
	const over = caseload.filter((coach) => coach.overCapacity)
	return (
		<div role="status" aria-live="polite">
			{over.length > 0 ? (
				<div className="flex gap-3 rounded-md border-l-4 border-amber-700 bg-amber-50 p-4 text-amber-950">
					<WarningIcon className="mt-0.5 h-6 w-6 text-amber-800" />
					<div>
						<p className="font-semibold">{t('caseload.warning', { count: over.length })}</p>
						<ul className="mt-1 list-disc pl-5">
							{over.map((coach) => (
								<li key={coach.userId}>
									{coach.name}: {t('caseload.over', { count: coach.activeCandidates - (coach.capacity ?? 0) })}
								</li>
							))}
						</ul>
					</div>
				</div>
			) : null}
		</div>
	)
}
