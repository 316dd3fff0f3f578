import { getSelectProps } from '@conform-to/react'
import { useTranslation } from 'react-i18next'
import { NEW_ORGANIZATION } from '#app/domain/network/contact-schema.ts'
import { type ContactOrganizationKind } from '#app/domain/network/stakeholder-options.ts'
import { ErrorList, type ConformField } from './ui/field.tsx'

export type ContactOrganizationOption = { id: string; name: string; kind: ContactOrganizationKind; town: string | null }

/** The organisation a new contact works at: employers and stakeholders in groups, or a new stakeholder. */
export function ContactOrganizationSelect({
	field,
	organizations,
}: {
	field: ConformField
	organizations: ContactOrganizationOption[]
}) {
	const { t } = useTranslation('contacts')
	const errorId = field.errors?.length ? `${field.id}-error` : undefined
	const hintId = `${field.id}-hint`
	const group = (kind: ContactOrganizationKind) =>
		organizations
			.filter((organization) => organization.kind === kind)
			.map((organization) => (
				<option key={organization.id} value={organization.id}>
					{organization.town ? `${organization.name} (${organization.town})` : organization.name}
				</option>
			))
	return (
		<div>
			<label htmlFor={field.id} className="block font-medium text-slate-900">
				{t('fields.organization')}
			</label>
			<p id={hintId} className="text-sm text-slate-700">
				{t('fields.organizationHint')}
			</p>
			<select
				{...getSelectProps(field)}
				aria-invalid={errorId ? true : undefined}
				aria-describedby={errorId ? `${hintId} ${errorId}` : hintId}
				className="mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-slate-900 focus:outline-2 focus:outline-brand-700"
			>
				<option value="">{t('fields.organizationPlaceholder')}</option>
				<optgroup label={t('kindsPlural.EMPLOYER')}>{group('EMPLOYER')}</optgroup>
				<optgroup label={t('kindsPlural.STAKEHOLDER')}>{group('STAKEHOLDER')}</optgroup>
				<option value={NEW_ORGANIZATION}>{t('fields.newOrganizationOption')}</option>
			</select>
			<ErrorList id={errorId} errors={field.errors} />
		</div>
	)
}
