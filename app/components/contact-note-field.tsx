import { useTranslation } from 'react-i18next'
import { NOTE_MAX_LENGTH } from '#app/domain/network/contact-schema.ts'
import { TextareaField, type ConformField } from './ui/field.tsx'

/** The coordinator's own note about a contact (never shown to the contact). */
export function ContactNoteField({ field }: { field: ConformField }) {
	const { t } = useTranslation('contacts')
	return (
		<TextareaField
			field={field}
			label={t('fields.note')}
			hint={t('fields.noteHint', { count: NOTE_MAX_LENGTH })}
			rows={4}
		/>
	)
}
