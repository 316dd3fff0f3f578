import { defaultLocale, getFixedT, type Locale } from '#app/utils/i18n.ts'

import { EmailAction, EmailLayout, EmailText } from './components/email-layout.tsx'

export type CandidateRequestEmailProps = {
	locale?: Locale
	/** The candidate's code; the coaches receiving it know who it is. */
	candidateCode: string
	employerName: string
	placeTitle?: string | null
	message: string
	requesterName?: string | null
	requesterEmail?: string | null
	/** The coach's overview of open requests. */
	requestsUrl: string
}

export function candidateRequestSubject({
	locale = defaultLocale,
	candidateCode,
	employerName,
}: Pick<CandidateRequestEmailProps, 'locale' | 'candidateCode' | 'employerName'>) {
	return getFixedT(locale, 'emails')('candidateRequest.subject', { code: candidateCode, employerName })
}

export default function CandidateRequestEmail({
	locale = defaultLocale,
	candidateCode,
	employerName,
	placeTitle,
	message,
	requesterName,
	requesterEmail,
	requestsUrl,
}: CandidateRequestEmailProps) {
	const t = getFixedT(locale, 'emails')
	const values = { code: candidateCode, employerName, placeTitle, name: requesterName, email: requesterEmail }
	return (
		<EmailLayout
			locale={locale}
			preview={t('candidateRequest.preview', values)}
			heading={t('candidateRequest.heading')}
		>
			<EmailText>{t('candidateRequest.intro', values)}</EmailText>
			{placeTitle ? <EmailText>{t('candidateRequest.place', values)}</EmailText> : null}
			<EmailText>{t('candidateRequest.messageTitle')}</EmailText>
			<EmailText>{message}</EmailText>
			{requesterName && requesterEmail ? <EmailText>{t('candidateRequest.requester', values)}</EmailText> : null}
			<EmailText>{t('candidateRequest.next')}</EmailText>
			<EmailAction href={requestsUrl} label={t('candidateRequest.action')} locale={locale} />
		</EmailLayout>
	)
}

CandidateRequestEmail.PreviewProps = {
	locale: 'nl',
	candidateCode: 'K-7Q4M',
	employerName: 'Hoveniersbedrijf Groen',
	placeTitle: 'Medewerker groenonderhoud',
	message: 'Wij denken dat deze kandidaat goed bij ons team past. Kunnen we kennismaken?',
	requesterName: 'Jan de Groot',
	requesterEmail: 'jan@groen.example',
	requestsUrl: 'http://localhost:3000/jobcoach/voorstellen',
} satisfies CandidateRequestEmailProps
