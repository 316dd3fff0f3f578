// The network's contacts as a spreadsheet: the filtered contacts list with the person's email and
// phone in columns of their own and why network mail may not reach them in words. The export holds
// every contact that matches the filters, also past the list's display limit.
import { getFixedT, type Locale } from '#app/utils/i18n.ts'
import { listExportResponse, type SpreadsheetColumn } from '#app/utils/spreadsheet.server.ts'
import { contactMailFlagKeys } from './contact-mail.ts'
import { type listNetworkContacts } from './contacts.server.ts'
import { contactOrganizationKindKey } from './stakeholder-options.ts'

type ContactRow = Awaited<ReturnType<typeof listNetworkContacts>>['contacts'][number]

export function contactExportColumns(locale: Locale): SpreadsheetColumn<ContactRow>[] {
	const t = getFixedT(locale, 'contacts')
	return [
		{ header: t('list.columns.name'), value: (row) => row.name },
		{ header: t('list.columns.organization'), value: (row) => row.organization.name },
		{
			header: t('list.columns.kind'),
			value: ({ organization }) => t(contactOrganizationKindKey(organization)),
		},
		{ header: t('list.columns.jobTitle'), value: (row) => row.jobTitle },
		{ header: t('exports:columns.email'), value: (row) => row.email },
		{ header: t('exports:columns.phone'), value: (row) => row.phone },
		{
			header: t('list.columns.mail'),
			value: (row) => {
				const keys = contactMailFlagKeys(row.mail)
				return keys.length === 0 ? t('flags.none') : keys.map((key) => t(`flags.${key}`)).join(', ')
			},
		},
	]
}

/** The filtered contacts' download; the route checked the coordinator and read the rows. */
export function contactExportResponse(request: Request, { actorId, rows }: { actorId: string; rows: ContactRow[] }) {
	return listExportResponse(request, {
		actorId,
		list: 'contacts',
		describe: (locale) => ({
			name: getFixedT(locale)('exports:files.contacts'),
			columns: contactExportColumns(locale),
		}),
		rows,
	})
}
