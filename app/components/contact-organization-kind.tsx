import { useTranslation } from 'react-i18next'
import { type ContactOrganizationKind, type StakeholderType } from '#app/domain/network/stakeholder-options.ts'

/** "Werkgever", or the kind of stakeholder ("Uitzendbureau"). */
export function ContactOrganizationKindLabel({
	organization,
}: {
	organization: { kind: ContactOrganizationKind; stakeholderType: StakeholderType | null }
}) {
	const { t } = useTranslation('contacts')
	if (organization.kind === 'STAKEHOLDER' && organization.stakeholderType) {
		return <>{t(`stakeholderTypes.${organization.stakeholderType}`)}</>
	}
	return <>{t(`kinds.${organization.kind}`)}</>
}
