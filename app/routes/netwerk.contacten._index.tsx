import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { ContactMailFlags } from '#app/components/contact-mail-flags.tsx'
import { ContactOrganizationKindLabel } from '#app/components/contact-organization-kind.tsx'
import { ExportLinks } from '#app/components/export-links.tsx'
import { PageHeader } from '#app/components/page-header.tsx'
import { focusRing, plainTextLinkClass } from '#app/components/place-card.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { DataTable } from '#app/components/ui/data-table.tsx'
import { Field, SelectField } from '#app/components/ui/field.tsx'
import { contactMailFlags, parseContactFilter } from '#app/domain/network/contact-schema.ts'
import { CONTACT_LIST_LIMIT, listNetworkContacts } from '#app/domain/network/contacts.server.ts'
import { requireNetworkUser } from '#app/domain/network/network-access.server.ts'
import { contactOrganizationKinds, stakeholderTypes } from '#app/domain/network/stakeholder-options.ts'
import { hasPermission } from '#app/utils/auth.server.ts'
import { pageMeta } from '#app/utils/meta.ts'

export const meta: MetaFunction = (args) => pageMeta(args, 'contacts:list.title')

export async function loader({ request }: LoaderFunctionArgs) {
	const { user, networkId } = await requireNetworkUser(request, 'read:network')
	const filter = parseContactFilter(new URL(request.url).searchParams)
	const { total, contacts } = await listNetworkContacts(filter)
	return {
		filter: {
			q: filter.q ?? '',
			kind: filter.kind ?? '',
			stakeholderType: filter.stakeholderType ?? '',
			flag: filter.flag ?? '',
		},
		filtered: Boolean(filter.q || filter.kind || filter.stakeholderType || filter.flag),
		total,
		contacts,
		limit: CONTACT_LIST_LIMIT,
		canCreate: hasPermission(user, 'create:network', networkId),
	}
}

export default function ContactsPage() {
	const { t } = useTranslation('contacts')
	const { filter, filtered, total, contacts, limit, canCreate } = useLoaderData<typeof loader>()
	return (
		<div className="space-y-6">
			<PageHeader title={t('list.title')}>{t('list.intro')}</PageHeader>
			{canCreate ? (
				<p>
					<Link
						to="/netwerk/contacten/nieuw"
						className={`inline-block rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 ${focusRing}`}
					>
						{t('list.add')}
					</Link>
				</p>
			) : null}
			<Form
				method="get"
				className="grid gap-4 rounded-lg border border-slate-300 bg-white p-4 md:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_1fr_auto] lg:items-end"
				role="search"
				aria-label={t('list.filterTitle')}
			>
				<Field label={t('list.filterQuery')} inputProps={{ name: 'q', type: 'search', defaultValue: filter.q }} />
				<SelectField
					label={t('list.filterKind')}
					selectProps={{ name: 'kind', defaultValue: filter.kind }}
					options={[
						{ value: '', label: t('list.allKinds') },
						...contactOrganizationKinds.map((kind) => ({ value: kind, label: t(`kindsPlural.${kind}`) })),
					]}
				/>
				<SelectField
					label={t('list.filterStakeholderType')}
					selectProps={{ name: 'stakeholderType', defaultValue: filter.stakeholderType }}
					options={[
						{ value: '', label: t('list.allStakeholderTypes') },
						...stakeholderTypes.map((type) => ({ value: type, label: t(`stakeholderTypes.${type}`) })),
					]}
				/>
				<SelectField
					label={t('list.filterFlag')}
					selectProps={{ name: 'flag', defaultValue: filter.flag }}
					options={[
						{ value: '', label: t('list.allFlags') },
						...contactMailFlags.map((flag) => ({ value: flag, label: t(`list.flagFilters.${flag}`) })),
					]}
				/>
				<div className="flex flex-wrap items-center gap-3">
					<Button type="submit">{t('list.filterSubmit')}</Button>
					{filtered ? (
						<Link to="/netwerk/contacten" className={plainTextLinkClass}>
							{t('list.filterReset')}
						</Link>
					) : null}
				</div>
			</Form>
			<ExportLinks to="/netwerk/contacten/export" />
			<p role="status" data-testid="contact-count">
				{total > contacts.length
					? t('list.countLimited', { count: total, shown: contacts.length, limit })
					: t('list.count', { count: total })}
			</p>
			{contacts.length > 0 ? (
				<div className="overflow-x-auto">
					<DataTable
						caption={t('list.tableCaption')}
						columns={[
							{ label: t('list.columns.name') },
							{ label: t('list.columns.organization') },
							{ label: t('list.columns.kind') },
							{ label: t('list.columns.jobTitle') },
							{ label: t('list.columns.contact') },
							{ label: t('list.columns.mail') },
						]}
					>
						{contacts.map((contact) => (
							<tr key={contact.id} className="border-b border-slate-200 align-top" data-testid="contact-row">
								<td className="p-2 font-medium">
									<Link to={`/netwerk/contacten/${contact.id}`} className={plainTextLinkClass}>
										{contact.name}
									</Link>
								</td>
								<td className="p-2">
									{contact.organization.kind === 'EMPLOYER' ? (
										<Link to={`/werkgevers/${contact.organization.id}`} className={plainTextLinkClass}>
											{contact.organization.name}
										</Link>
									) : (
										contact.organization.name
									)}
								</td>
								<td className="p-2">
									<ContactOrganizationKindLabel organization={contact.organization} />
								</td>
								<td className="p-2">{contact.jobTitle ?? '–'}</td>
								<td className="p-2">
									{contact.email ? (
										<a href={`mailto:${contact.email}`} className={`block break-all ${plainTextLinkClass}`}>
											{contact.email}
										</a>
									) : null}
									{contact.phone ? (
										<a href={`tel:${contact.phone.replace(/[^+\d]/g, '')}`} className={`block ${plainTextLinkClass}`}>
											{contact.phone}
										</a>
									) : null}
									{!contact.email && !contact.phone ? '–' : null}
								</td>
								<td className="p-2">
									<ContactMailFlags mail={contact.mail} />
								</td>
							</tr>
						))}
					</DataTable>
				</div>
			) : null}
		</div>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
