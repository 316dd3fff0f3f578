import { useTranslation } from 'react-i18next'
import { type RelationshipStage } from '#app/domain/network/activity-options.ts'

const tone: Record<RelationshipStage, string> = {
	PROSPECT: 'border-slate-500 bg-white text-slate-800',
	CONTACTED: 'border-amber-700 bg-amber-50 text-amber-900',
	ENGAGED: 'border-brand-700 bg-white text-brand-800',
	PARTNER: 'border-green-800 bg-green-50 text-green-900',
	DORMANT: 'border-slate-500 bg-slate-100 text-slate-800',
}

/** A relationship's stage in words; never colour alone. */
export function RelationshipStageBadge({ stage }: { stage: RelationshipStage }) {
	const { t } = useTranslation('relationships')
	return (
		<span className={`inline-block rounded-full border px-3 py-0.5 text-sm font-semibold ${tone[stage]}`}>
			{t(`stages.${stage}`)}
		</span>
	)
}
