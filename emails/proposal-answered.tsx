import { defaultLocale, getFixedT, type Locale } from '#app/utils/i18n.ts'

import { EmailAction, EmailLayout, EmailText, formatEmailDate } from './components/email-layout.tsx'

export type ProposalAnsweredEmailProps = {
	locale?: Locale
	answer: 'ACCEPTED' | 'DECLINED'
	placeTitle: string
	employerName: string
	/** The candidate's code: the coach knows who it is, the mailbox need not. */
	candidateCode: string
	/** ACCEPTED: the intro times the employer offered. */
	introOptions?: Array<Date | string>
	introNote?: string | null
	/** DECLINED: the reason, already in words, and the employer's own note. */
	declineReasonLabel?: string | null
	declineNote?: string | null
	proposalUrl: string
}

export function proposalAnsweredSubject({
	locale = defaultLocale,
	answer,
	placeTitle,
	candidateCode,
}: Pick<ProposalAnsweredEmailProps, 'locale' | 'answer' | 'placeTitle' | 'candidateCode'>) {
	const key = answer === 'ACCEPTED' ? 'proposalAnswered.subjectAccepted' : 'proposalAnswered.subjectDeclined'
	return getFixedT(locale, 'emails')(key, { placeTitle, code: candidateCode })
}

export default function ProposalAnsweredEmail({
	locale = defaultLocale,
	answer,
	placeTitle,
	employerName,
	candidateCode,
	introOptions = [],
	introNote,
	declineReasonLabel,
	declineNote,
	proposalUrl,
}: ProposalAnsweredEmailProps) {
	const t = getFixedT(locale, 'emails')
	const values = { placeTitle, employerName, code: candidateCode }
	const accepted = answer === 'ACCEPTED'
	return (
		<EmailLayout
			locale={locale}
			preview={t(accepted ? 'proposalAnswered.previewAccepted' : 'proposalAnswered.previewDeclined', values)}
			heading={t(accepted ? 'proposalAnswered.headingAccepted' : 'proposalAnswered.headingDeclined')}
		>
			<EmailText>{t(accepted ? 'proposalAnswered.introAccepted' : 'proposalAnswered.introDeclined', values)}</EmailText>
			{accepted ? (
				<>
					<EmailText>{t('proposalAnswered.optionsTitle')}</EmailText>
					{introOptions.map((option) => (
						<EmailText key={String(option)}>• {formatEmailDate(option, locale)}</EmailText>
					))}
					{introNote ? <EmailText>{t('proposalAnswered.note', { note: introNote })}</EmailText> : null}
					<EmailText>{t('proposalAnswered.nextAccepted')}</EmailText>
				</>
			) : (
				<>
					{declineReasonLabel ? (
						<EmailText>{t('proposalAnswered.reason', { reason: declineReasonLabel })}</EmailText>
					) : null}
					{declineNote ? <EmailText>{t('proposalAnswered.note', { note: declineNote })}</EmailText> : null}
				</>
			)}
			<EmailAction href={proposalUrl} label={t('proposalAnswered.action')} locale={locale} />
		</EmailLayout>
	)
}

ProposalAnsweredEmail.PreviewProps = {
	locale: 'nl',
	answer: 'ACCEPTED',
	placeTitle: 'Medewerker groenonderhoud',
	employerName: 'Hoveniersbedrijf Groen',
	candidateCode: 'K-7Q4M',
	introOptions: [new Date('2026-03-10T09:00:00Z'), new Date('2026-03-11T13:30:00Z')],
	introNote: 'Graag aanmelden bij de receptie.',
	declineReasonLabel: null,
	declineNote: null,
	proposalUrl: 'http://localhost:3000/jobcoach/voorstellen/preview',
} satisfies ProposalAnsweredEmailProps
