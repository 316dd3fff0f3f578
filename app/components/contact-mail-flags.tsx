import { useTranslation } from 'react-i18next'
import { contactMailFlagKeys, type ContactMailStatus } from '#app/domain/network/contact-mail.ts'

const flagClass = 'inline-block rounded px-2 py-0.5 text-sm font-semibold'
const flagClasses: Record<ReturnType<typeof contactMailFlagKeys>[number], string> = {
	noEmail: 'bg-slate-100 text-slate-900',
	bounced: 'bg-red-100 text-red-900',
	optedOutAll: 'bg-amber-100 text-amber-950',
	optedOutSome: 'bg-amber-50 text-amber-950',
}

/** Why network mail may not reach a contact, in words (the colour only repeats them). */
export function ContactMailFlags({ mail }: { mail: ContactMailStatus }) {
	const { t } = useTranslation('contacts')
	const flags = contactMailFlagKeys(mail).map((key) => ({ key, className: flagClasses[key] }))
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
