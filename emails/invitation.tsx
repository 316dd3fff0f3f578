import { defaultLocale, getFixedT, type Locale } from '#app/utils/i18n.ts'

import { EmailAction, EmailLayout, EmailText, formatEmailDate } from './components/email-layout.tsx'

export const invitationRoles = ['ADMIN', 'COORDINATOR', 'JOBCOACH', 'EMPLOYER'] as const
export type InvitationRole = (typeof invitationRoles)[number]

export type InvitationEmailProps = {
	locale?: Locale
	organizationName: string
	role: InvitationRole
	/** Null when the inviting user has since been removed. */
	inviterName?: string | null
	acceptUrl: string
	expiresAt: Date | string
}

export function invitationSubject({
	locale = defaultLocale,
	organizationName,
}: Pick<InvitationEmailProps, 'locale' | 'organizationName'>) {
	return getFixedT(locale, 'emails')('invitation.subject', { organizationName })
}

export default function InvitationEmail({
	locale = defaultLocale,
	organizationName,
	role,
	inviterName,
	acceptUrl,
	expiresAt,
}: InvitationEmailProps) {
	const t = getFixedT(locale, 'emails')
	const roleLabel = t(`roles.${role}`)
	const values = { organizationName, role: roleLabel, inviterName }
	return (
		<EmailLayout locale={locale} preview={t('invitation.preview', values)} heading={t('invitation.heading')}>
			<EmailText>{inviterName ? t('invitation.introWithInviter', values) : t('invitation.intro', values)}</EmailText>
			<EmailText>{t('invitation.explanation')}</EmailText>
			<EmailAction href={acceptUrl} label={t('invitation.action')} locale={locale} />
			<EmailText>{t('invitation.expires', { date: formatEmailDate(expiresAt, locale) })}</EmailText>
			<EmailText muted>{t('invitation.ignore')}</EmailText>
		</EmailLayout>
	)
}

InvitationEmail.PreviewProps = {
	locale: 'nl',
	organizationName: 'Bakkerij De Korenaar',
	role: 'EMPLOYER',
	inviterName: 'Fatima El Amrani',
	acceptUrl: 'http://localhost:3000/invitations/accept?token=preview-token',
	expiresAt: new Date('2026-12-07T17:00:00Z'),
} satisfies InvitationEmailProps
