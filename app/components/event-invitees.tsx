import { useTranslation } from 'react-i18next'
import { type MailBlock } from '#app/domain/network/contact-mail.ts'
import { type previewInvitations } from '#app/domain/network/event-options.ts'
import type { InviteeRow, InviteResult } from '#app/domain/network/invitations.server.ts'

const mailBlocks: MailBlock[] = ['NO_EMAIL', 'BOUNCED', 'OPTED_OUT']

/** A contact in the invitation list: who, where, and why they would be skipped. */
export function InviteeRowLabel({ row }: { row: InviteeRow }) {
	const { t } = useTranslation('events')
	const details = [
		t(`organizationKinds.${row.organization.kind}`),
		row.organization.town,
		row.stage ? t(`stages.${row.stage}`) : null,
		...row.groups.map((group) => group.name),
	].filter(Boolean)
	return (
		<>
			<span className="font-medium">{row.name}</span>
			{row.jobTitle ? <span className="text-slate-700">, {row.jobTitle}</span> : null}
			<span className="block">{row.organization.name}</span>
			<span className="block text-sm text-slate-700">{details.join(' · ')}</span>
			{row.alreadyInvited ? (
				<span className="block text-sm font-semibold text-slate-800">{t('invite.alreadyInvited')}</span>
			) : row.block ? (
				<span className="block text-sm font-semibold text-red-800">{t(`invite.blocks.${row.block}`)}</span>
			) : null}
		</>
	)
}

/** How many of the chosen get mail, who is skipped and why, who already has an invitation. */
export function InviteePreview({ preview }: { preview: ReturnType<typeof previewInvitations> }) {
	const { t } = useTranslation('events')
	const skipped = mailBlocks.filter((block) => preview.skipped[block] > 0)
	return (
		<div aria-live="polite" className="space-y-1">
			<p className="font-semibold">{t('invite.preview.willMail', { count: preview.willMail })}</p>
			{skipped.map((block) => (
				<p key={block}>{t(`invite.preview.skipped.${block}`, { count: preview.skipped[block] })}</p>
			))}
			{preview.alreadyInvited > 0 ? (
				<p>{t('invite.preview.alreadyInvited', { count: preview.alreadyInvited })}</p>
			) : null}
		</div>
	)
}

/** After sending: "20 uitgenodigd, 2 overgeslagen (bounce), …" */
export function InviteResultSummary({ result }: { result: Extract<InviteResult, { ok: true }> }) {
	const { t } = useTranslation('events')
	const parts = [
		t('invite.result.invited', { count: result.invited }),
		...mailBlocks
			.filter((block) => result.skipped[block] > 0)
			.map((block) => t(`invite.result.skipped.${block}`, { count: result.skipped[block] })),
		...(result.alreadyInvited > 0 ? [t('invite.result.alreadyInvited', { count: result.alreadyInvited })] : []),
		...(result.failed > 0 ? [t('invite.result.failed', { count: result.failed })] : []),
	]
	return (
		<div role="status" className="rounded-md border-l-4 border-green-700 bg-green-50 p-4 text-green-900">
			<p className="font-semibold">{parts.join(', ')}</p>
		</div>
	)
}
