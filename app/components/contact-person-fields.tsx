import { useTranslation } from 'react-i18next'
import { FormField, type ConformField } from '#app/components/ui/field.tsx'

/** A contact person of an employer: name, job title, email and phone. */
export function ContactPersonFields({
	fields,
}: {
	fields: { name: ConformField; jobTitle: ConformField; email: ConformField; phone: ConformField }
}) {
	const { t } = useTranslation('organizations')
	return (
		<>
			<FormField field={fields.name} label={t('contacts.name')} autoComplete="off" />
			<FormField field={fields.jobTitle} label={t('contacts.jobTitle')} autoComplete="off" />
			<FormField field={fields.email} type="email" label={t('contacts.email')} autoComplete="off" />
			<FormField
				field={fields.phone}
				type="tel"
				label={t('contacts.phone')}
				hint={t('contacts.phoneHint')}
				autoComplete="off"
			/>
		</>
	)
}
