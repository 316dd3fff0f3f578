import { defaultLocale, getFixedT, type Locale } from '#app/utils/i18n.ts'

import { EmailAction, EmailLayout, EmailText } from './components/email-layout.tsx'

export type PasswordResetEmailProps = {
	locale?: Locale
	resetUrl: string
}

export function passwordResetSubject({ locale = defaultLocale }: Pick<PasswordResetEmailProps, 'locale'> = {}) {
	return getFixedT(locale, 'emails')('passwordReset.subject')
}

export default function PasswordResetEmail({ locale = defaultLocale, resetUrl }: PasswordResetEmailProps) {
	const t = getFixedT(locale, 'emails')
	return (
		<EmailLayout locale={locale} preview={t('passwordReset.preview')} heading={t('passwordReset.heading')}>
			<EmailText>{t('passwordReset.intro')}</EmailText>
			<EmailAction href={resetUrl} label={t('passwordReset.action')} locale={locale} />
			<EmailText>{t('passwordReset.validity')}</EmailText>
			<EmailText muted>{t('passwordReset.ignore')}</EmailText>
		</EmailLayout>
	)
}

PasswordResetEmail.PreviewProps = {
	locale: 'nl',
	resetUrl: 'http://localhost:3000/reset-password?token=preview-token',
} satisfies PasswordResetEmailProps
