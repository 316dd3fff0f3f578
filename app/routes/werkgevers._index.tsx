import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { EmployerCells } from '#app/components/employer-cells.tsx'
import { ExportLinks } from '#app/components/export-links.tsx'
import { PageHeader } from '#app/components/page-header.tsx'
import { textLinkClass } from '#app/components/place-card.tsx'
import { TownPicker } from '#app/components/town-picker.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { DataTable } from '#app/components/ui/data-table.tsx'
import { Field, SelectField } from '#app/components/ui/field.tsx'
import { listTowns } from '#app/domain/geo/towns.server.ts'
import { listEmployers } from '#app/domain/organizations/employers.server.ts'
import { parseEmployerFilter } from '#app/domain/organizations/organization-schemas.ts'
import { sbiSections } from '#app/domain/places/place-options.ts'
import { hasPermission, requirePermission } from '#app/utils/auth.server.ts'
import { pageMeta } from '#app/utils/meta.ts'

export const meta: MetaFunction = (args) => pageMeta(args, 'organizations:staff.title')

export async function loader({ request }: LoaderFunctionArgs) {
	const user = await requirePermission(request, 'read:employer')
	const filter = parseEmployerFilter(new URL(request.url).searchParams)
	const employers = await listEmployers(filter)
	return {
		filter: { q: filter.q ?? '', town: filter.town ?? '', sector: filter.sector ?? '' },
		filtered: Boolean(filter.q || filter.town || filter.sector),
		employers,
		canCreate: hasPermission(user, 'create:employer'),
		towns: listTowns().map((town) => town.label),
	}
}

export default function EmployersPage() {
	const { t } = useTranslation('organizations')
	const { filter, filtered, employers, canCreate, towns } = useLoaderData<typeof loader>()
	return (
		<div className="space-y-6">
			<PageHeader title={t('staff.title')}>{t('staff.intro')}</PageHeader>
			{canCreate ? (
				<p className="flex flex-wrap items-center gap-x-6 gap-y-2">
					<Link
						to="/werkgevers/nieuw"
						className="inline-block rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700"
					>
						{t('staff.add')}
					</Link>
					<Link to="/werkgevers/importeren" className={textLinkClass}>
						{t('imports:link.import')}
					</Link>
				</p>
			) : null}
			<Form
				method="get"
				className="grid gap-4 rounded-lg border border-slate-300 bg-white p-4 md:grid-cols-[1fr_1fr_1fr_auto] md:items-end"
				role="search"
				aria-label={t('staff.filterTitle')}
			>
				<Field label={t('staff.filterName')} inputProps={{ name: 'q', type: 'search', defaultValue: filter.q }} />
				<TownPicker name="town" defaultValue={filter.town} towns={towns} label={t('staff.filterTown')} hint={null} />
				<SelectField
					label={t('staff.filterSector')}
					selectProps={{ name: 'sector', defaultValue: filter.sector }}
					options={[
						{ value: '', label: t('staff.allSectors') },
						...sbiSections.map((section) => ({ value: section, label: t(`common:sectors.${section}`) })),
					]}
				/>
				<div className="flex flex-wrap items-center gap-3">
					<Button type="submit">{t('staff.filterSubmit')}</Button>
					{filtered ? (
						<Link to="/werkgevers" className="text-brand-700 underline">
							{t('staff.filterReset')}
						</Link>
					) : null}
				</div>
			</Form>
			<ExportLinks to="/werkgevers/export" />
			<p role="status" data-testid="employer-count">
				{t('staff.count', { count: employers.length })}
			</p>
			{employers.length > 0 ? (
				<DataTable
					caption={t('staff.tableCaption')}
					columns={[
						{ label: t('staff.columns.name') },
						{ label: t('staff.columns.town') },
						{ label: t('staff.columns.sector') },
						{ label: t('staff.columns.publishedPlaces') },
						{ label: t('staff.columns.accounts') },
					]}
				>
					{employers.map((employer) => (
						<tr key={employer.id} className="border-b border-slate-200" data-testid="employer-row">
							<EmployerCells employer={employer} />
							<td className="p-2">{employer.publishedPlaces}</td>
							<td className="p-2">
								{employer.isProspect ? (
									<span className="rounded bg-amber-100 px-2 py-0.5 text-sm font-semibold text-amber-950">
										{t('staff.prospect')}
									</span>
								) : (
									t('staff.accounts', { count: employer.memberCount })
								)}
							</td>
						</tr>
					))}
				</DataTable>
			) : null}
		</div>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
