import { getSelectProps } from '@conform-to/react'
import { useTranslation } from 'react-i18next'
import { FormField, SelectField, type ConformField } from '#app/components/ui/field.tsx'
import { sbiSections } from '#app/domain/places/place-options.ts'

// The fields of an employer organisation, the same in the employer's own profile and in the
// prospect a coordinator adds.

export function KvkNumberField({ field, optional = false }: { field: ConformField; optional?: boolean }) {
	const { t } = useTranslation('organizations')
	return (
		<FormField
			field={field}
			label={optional ? t('fields.kvkNumberOptional') : t('fields.kvkNumber')}
			hint={t('fields.kvkNumberHint')}
			inputMode="numeric"
		/>
	)
}

export function SectorField({ field }: { field: ConformField }) {
	const { t } = useTranslation('organizations')
	return (
		<SelectField
			label={t('fields.sector')}
			selectProps={getSelectProps(field)}
			errors={field.errors}
			options={[
				{ value: '', label: t('fields.sectorPlaceholder') },
				...sbiSections.map((section) => ({ value: section, label: t(`common:sectors.${section}`) })),
			]}
		/>
	)
}

/** `autoComplete`: "url" for the organisation's own site; "off" when someone else fills it in. */
export function WebsiteField({ field, autoComplete }: { field: ConformField; autoComplete: 'url' | 'off' }) {
	const { t } = useTranslation('organizations')
	return (
		<FormField
			field={field}
			label={t('fields.website')}
			hint={t('fields.websiteHint')}
			inputMode="url"
			autoComplete={autoComplete}
		/>
	)
}
