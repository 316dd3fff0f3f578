import { render } from '@react-email/render'
import { describe, expect, test } from 'vitest'

import en from '#app/locales/en/emails.json'
import nl from '#app/locales/nl/emails.json'

import EmailConfirmationEmail, { emailConfirmationSubject } from './email-confirmation.tsx'
import InvitationEmail, { invitationRoles, invitationSubject } from './invitation.tsx'
import PasswordResetEmail, { passwordResetSubject } from './password-reset.tsx'

function keysOf(value: unknown, prefix = ''): string[] {
	if (typeof value !== 'object' || value === null) return [prefix]
	return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key))
}

describe('email templates', () => {
	test('English has exactly the Dutch keys', () => {
		expect(keysOf(en).sort()).toEqual(keysOf(nl).sort())
	})

	test('invitation renders in Dutch by default', async () => {
		const props = InvitationEmail.PreviewProps
		const { locale: _locale, ...withoutLocale } = props
		const html = await render(<InvitationEmail {...withoutLocale} />)
		const text = await render(<InvitationEmail {...withoutLocale} />, { plainText: true })

		expect(html).toContain('lang="nl"')
		expect(html).toContain(`href="${props.acceptUrl}"`)
		expect(html).toContain('Uitnodiging accepteren')
		expect(text).toContain('Fatima El Amrani nodigt je uit om als werkgever mee te doen met Bakkerij De Korenaar')
		expect(text).toContain('geldig tot 7 december 2026 om 18:00')
		expect(text).toContain(props.acceptUrl)
		expect(text).toContain('Werkverbinder')
	})

	test('invitation renders in English, and without an inviter', async () => {
		const props = { ...InvitationEmail.PreviewProps, locale: 'en' as const, inviterName: null }
		const html = await render(<InvitationEmail {...props} />)
		const text = await render(<InvitationEmail {...props} />, { plainText: true })

		expect(html).toContain('lang="en"')
		expect(text).toContain('You have been invited to join Bakkerij De Korenaar on Werkverbinder as employer.')
		expect(text).toContain('valid until 7 December 2026 at 18:00')
		expect(text).toContain('Accept invitation')
		expect(invitationSubject({ locale: 'en', organizationName: 'X' })).toBe('Invitation to join X on Werkverbinder')
	})

	test.each(invitationRoles)('role %s has a label in both languages', (role) => {
		expect(nl.roles[role]).toBeTruthy()
		expect(en.roles[role]).toBeTruthy()
	})

	test('Dutch role labels', async () => {
		const text = await render(<InvitationEmail {...InvitationEmail.PreviewProps} role="COORDINATOR" />, {
			plainText: true,
		})
		expect(text).toContain('als netwerkcoördinator')
	})

	test('password reset in both languages', async () => {
		const { resetUrl } = PasswordResetEmail.PreviewProps
		const nlText = await render(<PasswordResetEmail resetUrl={resetUrl} />, { plainText: true })
		const enText = await render(<PasswordResetEmail resetUrl={resetUrl} locale="en" />, { plainText: true })

		expect(nlText).toContain('1 uur geldig')
		expect(nlText).toContain('Heb je hier niet om gevraagd?')
		expect(nlText).toContain(resetUrl)
		expect(enText).toContain('valid for 1 hour')
		expect(enText).toContain("Didn't ask for this?")
		expect(passwordResetSubject()).toBe('Stel een nieuw wachtwoord in voor Werkverbinder')
		expect(passwordResetSubject({ locale: 'en' })).toBe('Set a new password for Werkverbinder')
	})

	test('email confirmation in both languages', async () => {
		const { confirmUrl } = EmailConfirmationEmail.PreviewProps
		const nlHtml = await render(<EmailConfirmationEmail confirmUrl={confirmUrl} />)
		const enText = await render(<EmailConfirmationEmail confirmUrl={confirmUrl} locale="en" />, { plainText: true })

		expect(nlHtml).toContain('lang="nl"')
		expect(nlHtml).toContain('E-mailadres bevestigen')
		expect(nlHtml).toContain('werkplekken publiceren')
		expect(enText).toContain('Confirm email address')
		expect(enText).toContain(confirmUrl)
		expect(emailConfirmationSubject()).toBe('Bevestig je e-mailadres voor Werkverbinder')
	})

	test('the button has real link text and every string is translated', async () => {
		const html = await render(<PasswordResetEmail {...PasswordResetEmail.PreviewProps} />)
		expect(html).toMatch(/<a[^>]*href="[^"]+"[^>]*>[\s\S]*?Nieuw wachtwoord kiezen/)
		// An untranslated key would show up as its path.
		expect(html).not.toMatch(/\b(layout|passwordReset|roles)\.[a-zA-Z]+/)
	})
})
