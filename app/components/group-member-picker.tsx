import { getCollectionProps } from '@conform-to/react'
import { useTranslation } from 'react-i18next'
import { ErrorList, type ConformField } from './ui/field.tsx'

export type ContactChoice = { id: string; name: string; organizationName: string }

/** Checkboxes for the contacts who join a group, each with their organisation, in a scrolling list. */
export function GroupMemberPicker({ field, contacts }: { field: ConformField; contacts: ContactChoice[] }) {
	const { t } = useTranslation('contacts')
	const hintId = `${field.id}-hint`
	const errorId = field.errors?.length ? `${field.id}-error` : undefined
	const labels = new Map(contacts.map((contact) => [contact.id, contact]))
	return (
		<fieldset aria-describedby={errorId ? `${hintId} ${errorId}` : hintId}>
			<legend className="font-medium text-slate-900">{t('groups.new.members')}</legend>
			<p id={hintId} className="text-sm text-slate-700">
				{t('groups.new.membersHint')}
			</p>
			{contacts.length === 0 ? (
				<p className="mt-2 text-slate-700">{t('groups.new.noContacts')}</p>
			) : (
				<ul className="mt-2 max-h-96 space-y-2 overflow-y-auto rounded-md border border-slate-300 p-3">
					{getCollectionProps(field, { type: 'checkbox', options: contacts.map((contact) => contact.id) }).map(
						({ key, ...inputProps }) => {
							const contact = labels.get(inputProps.value)
							return (
								<li key={key ?? inputProps.value} className="flex items-start gap-2">
									<input
										{...inputProps}
										aria-invalid={undefined}
										aria-describedby={undefined}
										className="mt-0.5 h-5 w-5 shrink-0 accent-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700"
									/>
									<label htmlFor={inputProps.id}>
										{contact?.name} <span className="text-slate-700">({contact?.organizationName})</span>
									</label>
								</li>
							)
						},
					)}
				</ul>
			)}
			<ErrorList id={errorId} errors={field.errors} />
		</fieldset>
	)
}
