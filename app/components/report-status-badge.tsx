import { useTranslation } from 'react-i18next'
import type { ReportStatus } from '#app/domain/candidates/candidate-options.ts'

// Each state has its own words, symbol and border, so it never depends on colour alone.
const styles: Record<ReportStatus, { className: string; symbol: string }> = {
	DRAFT: { className: 'border-slate-600 bg-slate-100 text-slate-900', symbol: '✎' },
	AWAITING_APPROVAL: { className: 'border-dashed border-amber-700 bg-amber-50 text-amber-900', symbol: '…' },
	APPROVED: { className: 'border-green-700 bg-green-50 text-green-900', symbol: '✓' },
	REJECTED: { className: 'border-red-700 bg-red-50 text-red-900', symbol: '✕' },
}

/** A report's state as a labelled badge. */
export function ReportStatusBadge({ status }: { status: ReportStatus }) {
	const { t } = useTranslation('reports')
	const style = styles[status]
	return (
		<span
			className={`inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-sm font-semibold whitespace-nowrap ${style.className}`}
		>
			<span aria-hidden="true">{style.symbol}</span>
			{t(`candidates:reportStatuses.${status}`)}
		</span>
	)
}

/** Who sees a report: only its author, or the candidate's whole team. */
export function ReportVisibility({ sharedWithTeam }: { sharedWithTeam: boolean }) {
	const { t } = useTranslation('reports')
	return <>{sharedWithTeam ? t('visibility.team') : t('visibility.authorOnly')}</>
}
