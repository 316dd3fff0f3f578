// Places as a spreadsheet: an employer's own places (every status, in the order of their list), and
// for staff the public board's published places with the board's filters.
import { getFixedT, type Locale } from '#app/utils/i18n.ts'
import { listExportResponse, type SpreadsheetColumn } from '#app/utils/spreadsheet.server.ts'
import { type listAllBoardPlaces } from './board.server.ts'
import { type listOrganizationPlaces } from './places.server.ts'

type OwnPlaceRow = Awaited<ReturnType<typeof listOrganizationPlaces>>[number]['places'][number]
type BoardPlaceRow = Awaited<ReturnType<typeof listAllBoardPlaces>>[number]

export function ownPlaceExportColumns(locale: Locale): SpreadsheetColumn<OwnPlaceRow>[] {
	const t = getFixedT(locale, 'places')
	return [
		{ header: t('list.columns.title'), value: (row) => row.title },
		{ header: t('list.columns.type'), value: (row) => t(`types.${row.type}`, { defaultValue: row.type }) },
		{ header: t('exports:columns.status'), value: (row) => t(`statuses.${row.status}`) },
		{ header: t('exports:columns.town'), value: (row) => row.town },
		{ header: t('list.columns.views'), type: 'number', value: (row) => row.viewCount },
		{ header: t('list.columns.expires'), type: 'date', value: (row) => (row.closedAt ? null : row.expiresAt) },
		{ header: t('list.columns.closed'), type: 'date', value: (row) => row.closedAt },
		{
			header: t('list.expired'),
			value: (row) => (row.closedAt ? t(row.closedReason === 'EXPIRED' ? 'exports:yes' : 'exports:no') : null),
		},
	]
}

/** The signed-in employer's places; the route found the organisation (requirePlaceEmployer). */
export function ownPlaceExportResponse(
	request: Request,
	{
		actorId,
		organizationId,
		groups,
	}: {
		actorId: string
		organizationId: string
		groups: Awaited<ReturnType<typeof listOrganizationPlaces>>
	},
) {
	return listExportResponse(request, {
		actorId,
		list: 'places',
		describe: (locale) => ({
			name: getFixedT(locale)('exports:files.places'),
			columns: ownPlaceExportColumns(locale),
		}),
		rows: groups.flatMap((group) => group.places),
		audit: { action: 'list.exported', entityType: 'Organization', entityId: organizationId },
	})
}

export function boardPlaceExportColumns(locale: Locale): SpreadsheetColumn<BoardPlaceRow>[] {
	const t = getFixedT(locale, 'places')
	return [
		{ header: t('list.columns.title'), value: (row) => row.title },
		{ header: t('exports:columns.employer'), value: (row) => row.employer.name },
		{ header: t('list.columns.type'), value: (row) => (row.type ? t(`types.${row.type}`) : null) },
		{ header: t('exports:columns.town'), value: (row) => row.town },
		{ header: t('exports:columns.hoursMin'), type: 'number', value: (row) => row.hoursMin },
		{ header: t('exports:columns.hoursMax'), type: 'number', value: (row) => row.hoursMax },
		{ header: t('exports:columns.published'), type: 'date', value: (row) => row.publishedAt },
	]
}

/** The board's published places with its filters, for staff; the route checked `read:place` for any place. */
export function boardPlaceExportResponse(
	request: Request,
	{ actorId, rows }: { actorId: string; rows: BoardPlaceRow[] },
) {
	return listExportResponse(request, {
		actorId,
		list: 'board',
		describe: (locale) => ({
			name: getFixedT(locale)('exports:files.board'),
			columns: boardPlaceExportColumns(locale),
		}),
		rows,
	})
}
