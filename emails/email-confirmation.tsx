import { defaultLocale, getFixedT, type Locale } from '#app/utils/i18n.ts'

import { EmailAction, EmailLayout, EmailText } from './components/email-layout.tsx'

export type EmailConfirmationEmailProps = {
	locale?: Locale
	confirmUrl: string
}

export function emailConfirmationSubject({ locale = defaultLocale }: Pick<EmailConfirmationEmailProps, 'locale'> = {}) {
	return getFixedT(locale, 'emails')('emailConfirmation.subject')
}

export default function EmailConfirmationEmail({ locale = defaultLocale, confirmUrl }: EmailConfirmationEmailProps) {
	const t = getFixedT(locale, 'emails')
	return (
		<EmailLayout locale={locale} preview={t('emailConfirmation.preview')} heading={t('emailConfirmation.heading')}>
			<EmailText>{t('emailConfirmation.intro')}</EmailText>
			<EmailAction href={confirmUrl} label={t('emailConfirmation.action')} locale={locale} />
			<EmailText>{t('emailConfirmation.employerNote')}</EmailText>
			<EmailText muted>{t('emailConfirmation.ignore')}</EmailText>
		</EmailLayout>
	)
}

EmailConfirmationEmail.PreviewProps = {
	locale: 'nl',
	confirmUrl: 'http://localhost:3000/confirm-email?token=preview-token',
} satisfies EmailConfirmationEmailProps
