import { defaultLocale, getFixedT, type Locale } from '#app/utils/i18n.ts'

import { EmailAction, EmailLayout, EmailText, formatEmailDate } from './components/email-layout.tsx'

export type GroupTopicsRequestEmailProps = {
	locale?: Locale
	memberName: string
	groupName: string
	purpose: string
	/** The coordinator who asks. */
	senderName: string
	nextSession: { title: string; startsAt: Date | string } | null
	/** The member's personal link: no login needed. */
	topicsUrl: string
	linkExpiresAt: Date | string
	/** The member's mail preferences page. */
	unsubscribeUrl: string
}

export function groupTopicsRequestSubject({
	locale = defaultLocale,
	groupName,
}: Pick<GroupTopicsRequestEmailProps, 'locale' | 'groupName'>) {
	return getFixedT(locale, 'contacts')('emails.topicsRequest.subject', { groupName })
}

export default function GroupTopicsRequestEmail({
	locale = defaultLocale,
	memberName,
	groupName,
	purpose,
	senderName,
	nextSession,
	topicsUrl,
	linkExpiresAt,
	unsubscribeUrl,
}: GroupTopicsRequestEmailProps) {
	const t = getFixedT(locale, 'contacts')
	const values = { memberName, groupName, senderName }
	return (
		<EmailLayout
			locale={locale}
			preview={t('emails.topicsRequest.preview', values)}
			heading={t('emails.topicsRequest.heading', values)}
			unsubscribeUrl={unsubscribeUrl}
		>
			<EmailText>{t('emails.topicsRequest.greeting', values)}</EmailText>
			<EmailText>{t('emails.topicsRequest.intro', values)}</EmailText>
			<EmailText>{t('emails.topicsRequest.purpose', { purpose })}</EmailText>
			<EmailText>
				{nextSession
					? t('emails.topicsRequest.nextSession', {
							title: nextSession.title,
							date: formatEmailDate(nextSession.startsAt, locale),
						})
					: t('emails.topicsRequest.noSession')}
			</EmailText>
			<EmailAction href={topicsUrl} label={t('emails.topicsRequest.action')} locale={locale} />
			<EmailText muted>
				{t('emails.topicsRequest.personal', { date: formatEmailDate(linkExpiresAt, locale) })}
			</EmailText>
		</EmailLayout>
	)
}

GroupTopicsRequestEmail.PreviewProps = {
	locale: 'nl',
	memberName: 'Marieke Jansen',
	groupName: 'Klankbordgroep Achterhoek',
	purpose: 'Samen leren hoe werkgevers mensen met een afstand tot werk duurzaam aan het werk houden.',
	senderName: 'Els Bakker',
	nextSession: { title: 'Klankbordsessie voorjaar', startsAt: new Date('2026-04-14T14:00:00Z') },
	topicsUrl: 'http://localhost:3000/klankbord/preview-token',
	linkExpiresAt: new Date('2026-05-31T12:00:00Z'),
	unsubscribeUrl: 'http://localhost:3000/afmelden/preview-token',
} satisfies GroupTopicsRequestEmailProps
