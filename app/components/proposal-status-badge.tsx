import { useTranslation } from 'react-i18next'
import { type ProposalStatus } from '#app/domain/matching/proposal-state.ts'

const tone: Record<ProposalStatus, string> = {
	PROPOSED: 'border-amber-700 bg-amber-50 text-amber-900',
	ACCEPTED: 'border-brand-700 bg-white text-brand-800',
	INTRO_PLANNED: 'border-brand-700 bg-white text-brand-800',
	PLACED: 'border-green-800 bg-green-50 text-green-900',
	DECLINED: 'border-slate-500 bg-white text-slate-800',
	NOT_PLACED: 'border-slate-500 bg-white text-slate-800',
	WITHDRAWN: 'border-slate-500 bg-white text-slate-800',
}

/** The status of a proposal in words; never colour alone. */
export function ProposalStatusBadge({ status }: { status: ProposalStatus }) {
	const { t } = useTranslation('proposals')
	return (
		<span className={`inline-block rounded-full border px-3 py-0.5 text-sm font-semibold ${tone[status]}`}>
			{t(`statuses.${status}`)}
		</span>
	)
}
