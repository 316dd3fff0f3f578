import { useTranslation } from 'react-i18next'
import { NoticePage } from './notice-page.tsx'

export type ContactLinkPage = 'preferences' | 'topics'

/** Why a contact's personal link does not work (unknown or altered, expired, no longer a member) and what to do. */
export function ContactLinkNotice({ page, problem }: { page: ContactLinkPage; problem: string }) {
	const { t } = useTranslation('contacts')
	return (
		<NoticePage
			title={t(`linkProblems.${page}.${problem}.title`)}
			message={t(`linkProblems.${page}.${problem}.message`)}
		/>
	)
}

/** Personal pages are nobody's search result. */
export const noIndex = { name: 'robots', content: 'noindex, nofollow' }
