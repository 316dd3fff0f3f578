import { defaultLocale, getFixedT, type Locale } from '#app/utils/i18n.ts'

import { EmailAction, EmailLayout, EmailText, formatEmailDate } from './components/email-layout.tsx'

export type IntroPlannedEmailProps = {
	locale?: Locale
	placeTitle: string
	employerName: string
	/** The candidate agreed to share their name with this employer for this proposal. */
	candidateName: string
	introAt: Date | string
	location: string
	coachName: string
	coachEmail: string
	proposalUrl: string
}

export function introPlannedSubject({
	locale = defaultLocale,
	placeTitle,
	introAt,
}: Pick<IntroPlannedEmailProps, 'locale' | 'placeTitle' | 'introAt'>) {
	return getFixedT(locale, 'emails')('introPlanned.subject', { placeTitle, date: formatEmailDate(introAt, locale) })
}

export default function IntroPlannedEmail({
	locale = defaultLocale,
	placeTitle,
	employerName,
	candidateName,
	introAt,
	location,
	coachName,
	coachEmail,
	proposalUrl,
}: IntroPlannedEmailProps) {
	const t = getFixedT(locale, 'emails')
	const values = {
		placeTitle,
		employerName,
		candidateName,
		date: formatEmailDate(introAt, locale),
		location,
		coachName,
		coachEmail,
	}
	return (
		<EmailLayout locale={locale} preview={t('introPlanned.preview', values)} heading={t('introPlanned.heading')}>
			<EmailText>{t('introPlanned.intro', values)}</EmailText>
			<EmailText>{t('introPlanned.when', values)}</EmailText>
			<EmailText>{t('introPlanned.where', values)}</EmailText>
			<EmailText>{t('introPlanned.coach', values)}</EmailText>
			<EmailText>{t('introPlanned.calendar')}</EmailText>
			<EmailAction href={proposalUrl} label={t('introPlanned.action')} locale={locale} />
		</EmailLayout>
	)
}

IntroPlannedEmail.PreviewProps = {
	locale: 'nl',
	placeTitle: 'Medewerker groenonderhoud',
	employerName: 'Hoveniersbedrijf Groen',
	candidateName: 'Sanne de Vries',
	introAt: new Date('2026-03-10T09:00:00Z'),
	location: 'Hoofdstraat 1, Doetinchem',
	coachName: 'Fatima El Amrani',
	coachEmail: 'fatima@werkkracht.example',
	proposalUrl: 'http://localhost:3000/werkgever/voorstellen/preview',
} satisfies IntroPlannedEmailProps
