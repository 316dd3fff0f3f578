import { defaultLocale, getFixedT, type Locale } from '#app/utils/i18n.ts'

import { EmailAction, EmailLayout, EmailText } from './components/email-layout.tsx'

/** The part of the pseudonymised profile the email shows: never a name, contact or birth year. */
export type ProposalEmailProfile = {
	code: string
	happyWhen: string | null
	interests: string | null
	talents: string | null
	hoursMin: number | null
	hoursMax: number | null
	homeMunicipality: string | null
	travelRadiusKm: number | null
	experience: string | null
}

export type ProposalReceivedEmailProps = {
	locale?: Locale
	placeTitle: string
	coachingOrganizationName: string
	profile: ProposalEmailProfile
	motivation: string
	coachName: string
	coachEmail: string
	/** The proposal in the employer's inbox (after logging in). */
	proposalUrl: string
}

export function proposalReceivedSubject({
	locale = defaultLocale,
	placeTitle,
}: Pick<ProposalReceivedEmailProps, 'locale' | 'placeTitle'>) {
	return getFixedT(locale, 'emails')('proposalReceived.subject', { placeTitle })
}

export default function ProposalReceivedEmail({
	locale = defaultLocale,
	placeTitle,
	coachingOrganizationName,
	profile,
	motivation,
	coachName,
	coachEmail,
	proposalUrl,
}: ProposalReceivedEmailProps) {
	const t = getFixedT(locale, 'emails')
	const values = { placeTitle, code: profile.code, coachName, coachEmail, organizationName: coachingOrganizationName }
	const hours =
		profile.hoursMin !== null && profile.hoursMax !== null
			? t('proposalReceived.profile.hours', { min: profile.hoursMin, max: profile.hoursMax })
			: null
	const area = profile.homeMunicipality
		? profile.travelRadiusKm !== null
			? t('proposalReceived.profile.areaWithRadius', {
					municipality: profile.homeMunicipality,
					km: profile.travelRadiusKm,
				})
			: t('proposalReceived.profile.area', { municipality: profile.homeMunicipality })
		: null
	const lines = [
		profile.happyWhen ? t('proposalReceived.profile.happyWhen', { value: profile.happyWhen }) : null,
		profile.interests ? t('proposalReceived.profile.interests', { value: profile.interests }) : null,
		profile.talents ? t('proposalReceived.profile.talents', { value: profile.talents }) : null,
		profile.experience ? t('proposalReceived.profile.experience', { value: profile.experience }) : null,
		hours,
		area,
	].filter((line): line is string => line !== null)
	return (
		<EmailLayout
			locale={locale}
			preview={t('proposalReceived.preview', values)}
			heading={t('proposalReceived.heading')}
		>
			<EmailText>{t('proposalReceived.intro', values)}</EmailText>
			<EmailText>{t('proposalReceived.profileTitle', values)}</EmailText>
			{lines.map((line) => (
				<EmailText key={line}>{line}</EmailText>
			))}
			<EmailText>{t('proposalReceived.motivationTitle', values)}</EmailText>
			<EmailText>{motivation}</EmailText>
			<EmailText>{t('proposalReceived.coach', values)}</EmailText>
			<EmailAction href={proposalUrl} label={t('proposalReceived.action')} locale={locale} />
			<EmailText muted>{t('proposalReceived.privacy')}</EmailText>
		</EmailLayout>
	)
}

ProposalReceivedEmail.PreviewProps = {
	locale: 'nl',
	placeTitle: 'Medewerker groenonderhoud',
	coachingOrganizationName: 'Werkkracht Achterhoek',
	profile: {
		code: 'K-7Q4M',
		happyWhen: 'Buiten zijn en iets met mijn handen maken',
		interests: 'Tuinieren, koken',
		talents: 'Nauwkeurig, rustig',
		hoursMin: 8,
		hoursMax: 16,
		homeMunicipality: 'Doetinchem',
		travelRadiusKm: 10,
		experience: null,
	},
	motivation: 'K-7Q4M werkt graag buiten en zoekt een rustige plek om ervaring op te doen in het groen.',
	coachName: 'Fatima El Amrani',
	coachEmail: 'fatima@werkkracht.example',
	proposalUrl: 'http://localhost:3000/werkgever/voorstellen/preview',
} satisfies ProposalReceivedEmailProps
