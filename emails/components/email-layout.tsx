import { Body, Button, Container, Head, Heading, Hr, Html, Link, Preview, Section, Text } from '@react-email/components'
import type { CSSProperties, ReactNode } from 'react'

import { defaultLocale, getFixedT, type Locale } from '#app/utils/i18n.ts'

// Colours chosen for WCAG AA on white: text #1f2937 (14.7:1), muted #4b5563 (7.6:1),
// brand #0f4c5c with white text (9.9:1). Email clients ignore stylesheets, so styles are inline.
const colors = {
	brand: '#0f4c5c',
	text: '#1f2937',
	muted: '#4b5563',
	border: '#d1d5db',
	page: '#f3f4f6',
	white: '#ffffff',
}

const fontFamily = "-apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif"

const styles = {
	body: { backgroundColor: colors.page, fontFamily, margin: 0, padding: '24px 0' },
	container: {
		backgroundColor: colors.white,
		maxWidth: '560px',
		margin: '0 auto',
		borderRadius: '8px',
		overflow: 'hidden',
	},
	header: { backgroundColor: colors.brand, padding: '20px 32px' },
	brand: { color: colors.white, fontSize: '22px', fontWeight: 700, lineHeight: '28px', margin: 0 },
	tagline: { color: colors.white, fontSize: '14px', lineHeight: '20px', margin: '4px 0 0' },
	content: { padding: '8px 32px 24px' },
	heading: { color: colors.text, fontSize: '24px', lineHeight: '32px', fontWeight: 700, margin: '24px 0 16px' },
	paragraph: { color: colors.text, fontSize: '16px', lineHeight: '24px', margin: '0 0 16px' },
	muted: { color: colors.muted, fontSize: '14px', lineHeight: '20px', margin: '0 0 12px' },
	button: {
		backgroundColor: colors.brand,
		color: colors.white,
		fontSize: '16px',
		fontWeight: 600,
		lineHeight: '24px',
		textDecoration: 'none',
		borderRadius: '6px',
		padding: '12px 24px',
		display: 'inline-block',
	},
	buttonSection: { margin: '8px 0 24px' },
	link: { color: colors.brand, textDecoration: 'underline', wordBreak: 'break-all' },
	hr: { borderColor: colors.border, margin: '0' },
	footer: { padding: '16px 32px 24px' },
} satisfies Record<string, CSSProperties>

type EmailLayoutProps = {
	locale?: Locale
	/** Inbox preview line; not shown in the body. */
	preview: string
	heading: string
	children: ReactNode
	/** Network mail to contacts carries their preferences link (also sent as List-Unsubscribe). */
	unsubscribeUrl?: string
}

/** Shared frame for every email: brand header, heading, content and footer. */
export function EmailLayout({ locale = defaultLocale, preview, heading, children, unsubscribeUrl }: EmailLayoutProps) {
	const t = getFixedT(locale, 'emails')
	return (
		<Html lang={locale} dir="ltr">
			<Head>
				<title>{heading}</title>
				<meta name="color-scheme" content="light" />
				<meta name="supported-color-schemes" content="light" />
			</Head>
			<Preview>{preview}</Preview>
			<Body style={styles.body}>
				<Container style={styles.container}>
					<Section style={styles.header}>
						<Text style={styles.brand}>{t('layout.brand')}</Text>
						<Text style={styles.tagline}>{t('layout.tagline')}</Text>
					</Section>
					<Section style={styles.content}>
						<Heading as="h1" style={styles.heading}>
							{heading}
						</Heading>
						{children}
					</Section>
					<Hr style={styles.hr} />
					<Section style={styles.footer}>
						<Text style={styles.muted}>{t('layout.footer')}</Text>
						{unsubscribeUrl ? (
							<Text style={styles.muted}>
								<Link href={unsubscribeUrl} style={styles.link}>
									{t('layout.unsubscribe')}
								</Link>
							</Text>
						) : null}
					</Section>
				</Container>
			</Body>
		</Html>
	)
}

export function EmailText({ children, muted = false }: { children: ReactNode; muted?: boolean }) {
	return <Text style={muted ? styles.muted : styles.paragraph}>{children}</Text>
}

/**
 * The call to action, then the plain URL for clients that break buttons. The fallback is left out of
 * the text part, which already prints the URL next to the button label.
 */
export function EmailAction({ href, label, locale = defaultLocale }: { href: string; label: string; locale?: Locale }) {
	const t = getFixedT(locale, 'emails')
	return (
		<>
			<Section style={styles.buttonSection}>
				<Button href={href} style={styles.button}>
					{label}
				</Button>
			</Section>
			<Text style={styles.muted} data-skip-in-text="true">
				{t('layout.linkFallback')}
			</Text>
			<Text style={styles.muted} data-skip-in-text="true">
				<Link href={href} style={styles.link}>
					{href}
				</Link>
			</Text>
		</>
	)
}

/** Dates in emails are shown in Dutch time, the portal's only time zone. */
export function formatEmailDate(value: Date | string, locale: Locale = defaultLocale) {
	const date = typeof value === 'string' ? new Date(value) : value
	return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
		dateStyle: 'long',
		timeStyle: 'short',
		timeZone: 'Europe/Amsterdam',
	}).format(date)
}
