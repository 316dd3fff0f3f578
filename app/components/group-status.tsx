import { useTranslation } from 'react-i18next'
import { type GroupStatus } from '#app/domain/network/group-schema.ts'
import { formatDate } from '#app/utils/format.ts'

const statusClass: Record<GroupStatus, string> = {
	ACTIVE: 'bg-emerald-100 text-emerald-950',
	ON_HOLD: 'bg-amber-100 text-amber-950',
}

/** "Actief", or "On hold since 3 March 2026": the words say it, the colour only repeats it. */
export function GroupStatusBadge({ status, since }: { status: GroupStatus; since?: string | Date | null }) {
	const { t, i18n } = useTranslation('contacts')
	const label =
		status === 'ON_HOLD' && since
			? t('groups.status.onHoldSince', { date: formatDate(since, i18n.language) })
			: t(`groups.status.${status}`)
	return (
		<span className={`inline-block rounded px-2 py-0.5 text-sm font-semibold ${statusClass[status]}`}>{label}</span>
	)
}
