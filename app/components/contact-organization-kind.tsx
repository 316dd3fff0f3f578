import { useTranslation } from 'react-i18next'
import {
	contactOrganizationKindKey,
	type ContactOrganizationKind,
	type StakeholderType,
} from '#app/domain/network/stakeholder-options.ts'

/** "Werkgever", or the kind of stakeholder ("Uitzendbureau"). */
export function ContactOrganizationKindLabel({
	organization,
}: {
	organization: { kind: ContactOrganizationKind; stakeholderType: StakeholderType | null }
}) {
	const { t } = useTranslation('contacts')
	return <>{t(contactOrganizationKindKey(organization))}</>
}
