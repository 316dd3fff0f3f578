// Every aggregate figure of a coaching organisation for a period: its candidates (rebuilt from their
// histories), its proposals and placements, its employer network and its coaches' caseloads. The
// dashboard, its CSV downloads and the yearly report all render this one object. Aggregate only:
// counts and rates, and the names of staff (coaches, coordinators), never a candidate's identity.
import { requireNetworkUser } from '#app/domain/network/network-access.server.ts'
import { getFixedT, type Locale } from '#app/utils/i18n.ts'
import { spreadsheetResponse, type SpreadsheetColumn } from '#app/utils/spreadsheet.server.ts'
import { computeCandidateFigures, loadHistories } from './candidate-figures.server.ts'
import { getCaseloadFigures } from './caseload-figures.server.ts'
import { exportHeader, exportValue, figureSlugs, figureTable, type FigureKey, type FigureRow } from './figure-tables.ts'
import { type Insight, type Period } from './insight.ts'
import { getNetworkFigures } from './network-figures.server.ts'
import { getMatchingFigures } from './placement-figures.server.ts'

/** Every aggregate figure of a coaching organisation (its candidates and its network) for a period. */
export async function getInsight(organizationId: string, period: Period): Promise<Insight> {
	const [histories, matching, network] = await Promise.all([
		loadHistories(organizationId, period.to),
		getMatchingFigures(organizationId, period),
		getNetworkFigures(organizationId, period),
	])
	return {
		period,
		candidates: computeCandidateFigures(
			histories.map((candidate) => candidate.history),
			period,
		),
		proposals: matching.proposals,
		placements: matching.placements,
		network,
		caseload: await getCaseloadFigures(organizationId, histories, period),
	}
}

/**
 * The coordinator or jobcoach who may read the figures, and their coaching organisation: figures are
 * only ever of the reader's own organisation. Anyone else is refused (403).
 */
export async function requireInsightReader(request: Request) {
	const { user, networkId } = await requireNetworkUser(request, 'read:insight')
	return { user, organizationId: networkId }
}

/**
 * One figure of the period as a CSV download, exactly the table the page shows (the shared writer:
 * semicolons, a byte order mark, decimal commas, formulas guarded). Numbers stay numbers; shares are
 * whole percentages under a header that says so; a status is written out in words.
 */
export function figureCsvResponse(key: FigureKey, insight: Insight, locale: Locale) {
	const t = getFixedT(locale, 'insight')
	const table = figureTable(key, insight, { t, locale })
	const columns: Array<SpreadsheetColumn<FigureRow>> = [
		{ header: table.headerLabel, value: (row) => row.header },
		...table.columns.map((column, index): SpreadsheetColumn<FigureRow> => ({
			header: exportHeader(column, t),
			type: 'number',
			value: (row) => exportValue(row.cells[index] ?? null, column.kind),
		})),
	]
	const { statusLabel } = table
	if (statusLabel) columns.push({ header: statusLabel, value: (row) => row.status?.text })
	const { from, to } = insight.period
	return spreadsheetResponse('csv', `inzicht-${figureSlugs[key]}-${from}-${to}`, columns, table.rows)
}
