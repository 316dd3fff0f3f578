import { defaultLocale, getFixedT, type Locale } from '#app/utils/i18n.ts'

import { EmailAction, EmailLayout, EmailText, formatEmailDate } from './components/email-layout.tsx'

export type AgreementRequestParty = 'CANDIDATE' | 'EMPLOYER' | 'COACHING'

export type AgreementRequestEmailProps = {
	locale?: Locale
	party: AgreementRequestParty
	recipientName: string
	candidateName: string
	employerName: string
	coachingOrganizationName: string
	coachName: string
	placeTitle: string
	version: number
	/** What changed since the version before; null for version 1. */
	changeNote: string | null
	/** The recipient's personal page; needs no login. */
	acceptUrl: string
	expiresAt: Date | string
}

export function agreementRequestSubject({
	locale = defaultLocale,
	candidateName,
	employerName,
	version,
}: Pick<AgreementRequestEmailProps, 'locale' | 'candidateName' | 'employerName' | 'version'>) {
	return getFixedT(locale, 'agreements')('email.subject', { candidateName, employerName, version })
}

export default function AgreementRequestEmail({
	locale = defaultLocale,
	party,
	recipientName,
	candidateName,
	employerName,
	coachingOrganizationName,
	coachName,
	placeTitle,
	version,
	changeNote,
	acceptUrl,
	expiresAt,
}: AgreementRequestEmailProps) {
	const t = getFixedT(locale, 'agreements')
	const values = {
		name: recipientName,
		candidateName,
		employerName,
		coachingOrganizationName,
		coachName,
		placeTitle,
		version,
		expiresAt: formatEmailDate(expiresAt, locale),
	}
	return (
		<EmailLayout locale={locale} preview={t('email.preview', values)} heading={t('email.heading', values)}>
			<EmailText>{t('email.greeting', values)}</EmailText>
			<EmailText>{t('email.intro', values)}</EmailText>
			<EmailText>{t(`email.asParty.${party}`, values)}</EmailText>
			{changeNote ? (
				<>
					<EmailText>{t('email.changeNoteTitle', values)}</EmailText>
					<EmailText>{changeNote}</EmailText>
				</>
			) : null}
			<EmailAction href={acceptUrl} label={t('email.action')} locale={locale} />
			<EmailText muted>{t('email.validUntil', values)}</EmailText>
			<EmailText muted>{t('email.personal', values)}</EmailText>
		</EmailLayout>
	)
}

AgreementRequestEmail.PreviewProps = {
	locale: 'nl',
	party: 'EMPLOYER',
	recipientName: 'Els Werkgever',
	candidateName: 'Sanne de Vries',
	employerName: 'Hoveniersbedrijf Groen',
	coachingOrganizationName: 'Jobcoachbureau De Brug',
	coachName: 'Fatima El Amrani',
	placeTitle: 'Medewerker groenvoorziening',
	version: 2,
	changeNote: 'Werkdagen aangepast: dinsdag in plaats van maandag.',
	acceptUrl: 'http://localhost:3000/akkoord/preview',
	expiresAt: '2026-12-24T09:15:00.000Z',
} satisfies AgreementRequestEmailProps
