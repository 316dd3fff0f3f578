import { useTranslation } from 'react-i18next'
import { type MailOptOutLevel } from '#app/domain/network/contact-mail.ts'

export type ContactMailStatus = { hasEmail: boolean; bounced: boolean; optOut: MailOptOutLevel }

const flagClass = 'inline-block rounded px-2 py-0.5 text-sm font-semibold'

/** Why network mail may not reach a contact, in words (the colour only repeats them). */
export function ContactMailFlags({ mail }: { mail: ContactMailStatus }) {
	const { t } = useTranslation('contacts')
	const flags = [
		!mail.hasEmail ? { key: 'noEmail', className: 'bg-slate-100 text-slate-900' } : null,
		mail.bounced ? { key: 'bounced', className: 'bg-red-100 text-red-900' } : null,
		mail.optOut === 'ALL' ? { key: 'optedOutAll', className: 'bg-amber-100 text-amber-950' } : null,
		mail.optOut === 'SOME' ? { key: 'optedOutSome', className: 'bg-amber-50 text-amber-950' } : null,
	].filter((flag) => flag !== null)
	if (flags.length === 0) return <span className="sr-only">{t('flags.none')}</span>
	return (
		<ul className="flex flex-wrap gap-1">
			{flags.map((flag) => (
				<li key={flag.key} className={`${flagClass} ${flag.className}`}>
					{t(`flags.${flag.key}`)}
				</li>
			))}
		</ul>
	)
}
