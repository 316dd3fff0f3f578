import { defaultLocale, getFixedT, type Locale } from '#app/utils/i18n.ts'

import { EmailAction, EmailLayout, EmailText, formatEmailDate } from './components/email-layout.tsx'

export type PlaceExpiryReminderEmailProps = {
	locale?: Locale
	placeTitle: string
	organizationName: string
	expiresAt: Date | string
	/** The one-click link that adds another 90 days. */
	extendUrl: string
	/** Where the employer manages the place (after logging in). */
	manageUrl: string
}

export function placeExpiryReminderSubject({
	locale = defaultLocale,
	placeTitle,
}: Pick<PlaceExpiryReminderEmailProps, 'locale' | 'placeTitle'>) {
	return getFixedT(locale, 'emails')('placeExpiryReminder.subject', { placeTitle })
}

export default function PlaceExpiryReminderEmail({
	locale = defaultLocale,
	placeTitle,
	organizationName,
	expiresAt,
	extendUrl,
	manageUrl,
}: PlaceExpiryReminderEmailProps) {
	const t = getFixedT(locale, 'emails')
	const values = { placeTitle, organizationName, date: formatEmailDate(expiresAt, locale) }
	return (
		<EmailLayout
			locale={locale}
			preview={t('placeExpiryReminder.preview', values)}
			heading={t('placeExpiryReminder.heading')}
		>
			<EmailText>{t('placeExpiryReminder.intro', values)}</EmailText>
			<EmailText>{t('placeExpiryReminder.explanation')}</EmailText>
			<EmailAction href={extendUrl} label={t('placeExpiryReminder.action')} locale={locale} />
			<EmailText>{t('placeExpiryReminder.manage', { manageUrl })}</EmailText>
			<EmailText muted>{t('placeExpiryReminder.ignore')}</EmailText>
		</EmailLayout>
	)
}

PlaceExpiryReminderEmail.PreviewProps = {
	locale: 'nl',
	placeTitle: 'Medewerker bediening en afwas — werkervaringsplek',
	organizationName: "Lunchroom 't Hofje",
	expiresAt: new Date('2026-12-07T17:00:00Z'),
	extendUrl: 'http://localhost:3000/plek-verlengen?token=preview-token',
	manageUrl: 'http://localhost:3000/werkgever/plekken',
} satisfies PlaceExpiryReminderEmailProps
