import { defaultLocale, getFixedT, type Locale } from '#app/utils/i18n.ts'

import { EmailAction, EmailLayout, EmailText } from './components/email-layout.tsx'

export type CheckInDueEmailProps = {
	locale?: Locale
	/** The candidate's pseudonym code: the name stays in the portal, not in a mailbox. */
	candidateCode: string
	placeTitle: string
	employerName: string
	/** The calendar day the check-in is planned for (yyyy-mm-dd, or its stored midnight-UTC date). */
	dueOn: Date | string
	/** The placement page, where the check-in is recorded or moved (after logging in). */
	placementUrl: string
}

/** A calendar day as a long date ("17 januari 2026"); the day itself, whatever the time zone. */
export function formatEmailDay(value: Date | string, locale: Locale = defaultLocale) {
	const day = typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10)
	return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
		new Date(`${day}T00:00:00.000Z`),
	)
}

export function checkInDueSubject({
	locale = defaultLocale,
	candidateCode,
}: Pick<CheckInDueEmailProps, 'locale' | 'candidateCode'>) {
	return getFixedT(locale, 'emails')('checkInDue.subject', { candidateCode })
}

export default function CheckInDueEmail({
	locale = defaultLocale,
	candidateCode,
	placeTitle,
	employerName,
	dueOn,
	placementUrl,
}: CheckInDueEmailProps) {
	const t = getFixedT(locale, 'emails')
	const values = { candidateCode, placeTitle, employerName, date: formatEmailDay(dueOn, locale) }
	return (
		<EmailLayout locale={locale} preview={t('checkInDue.preview', values)} heading={t('checkInDue.heading')}>
			<EmailText>{t('checkInDue.intro', values)}</EmailText>
			<EmailText>{t('checkInDue.explanation')}</EmailText>
			<EmailAction href={placementUrl} label={t('checkInDue.action')} locale={locale} />
			<EmailText muted>{t('checkInDue.privacy')}</EmailText>
		</EmailLayout>
	)
}

CheckInDueEmail.PreviewProps = {
	locale: 'nl',
	candidateCode: 'K-7Q4M',
	placeTitle: 'Medewerker bediening en afwas — werkervaringsplek',
	employerName: "Lunchroom 't Hofje",
	dueOn: '2026-03-09',
	placementUrl: 'http://localhost:3000/jobcoach/plaatsingen/preview',
} satisfies CheckInDueEmailProps
