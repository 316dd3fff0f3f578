// Reading the list exports back in tests: call an export route like a browser would, and read the
// CSV or the workbook it answers as rows of cells. Also the check that an export refuses exactly
// whom its list page refuses.
import { type LoaderFunctionArgs } from '@remix-run/node'
import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import { expect } from 'vitest'
import { serializeLocaleCookie } from '#app/utils/locale.server.ts'
import { roles, type Role } from '#app/utils/permissions.ts'
import { callRoute, cookiePair, makeRequest, testContext, type SignedInUser } from './factories.ts'

type Loader = (args: LoaderFunctionArgs) => unknown
type RouteModule = { loader?: Loader }

/** The route's answer as the raw Response, returned or thrown (a refusal). */
export async function getExport(
	module: RouteModule,
	path: string,
	{ cookie = null, params = {} }: { cookie?: string | null; params?: Record<string, string> } = {},
) {
	if (!module.loader) throw new Error('The route module has no loader')
	try {
		const value = await module.loader({ request: makeRequest(path, { cookie }), params, context: testContext })
		if (!(value instanceof Response)) throw new Error(`An export answers a Response, not ${JSON.stringify(value)}`)
		return value
	} catch (error) {
		if (error instanceof Response) return error
		throw error
	}
}

/** The user's session cookie with the language chosen: headers come in that language. */
export async function inLanguage(user: Pick<SignedInUser, 'cookie'>, locale: 'nl' | 'en') {
	return `${user.cookie}; ${cookiePair(await serializeLocaleCookie(locale))}`
}

/** A CSV download as rows of cells, after checking it is one (BOM, semicolons, CRLF). */
export async function csvRows(response: Response): Promise<string[][]> {
	expect(response.status).toBe(200)
	expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
	expect(response.headers.get('cache-control')).toBe('no-store')
	expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="[^"]+\.csv"; filename\*=UTF-8''/)
	const bytes = new Uint8Array(await response.arrayBuffer())
	expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
	const text = new TextDecoder().decode(bytes)
	if (text.length > 1) expect(text.endsWith('\r\n')).toBe(true)
	return parse(text, { delimiter: ';', bom: true, relax_column_count: false }) as string[][]
}

export type XlsxCell = string | number | Date | null

/** An Excel download's first sheet as rows of cell values (strings, numbers, dates, null when empty). */
export async function xlsxRows(response: Response): Promise<XlsxCell[][]> {
	expect(response.status).toBe(200)
	expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
	expect(response.headers.get('cache-control')).toBe('no-store')
	expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="[^"]+\.xlsx"; filename\*=UTF-8''/)
	const workbook = new ExcelJS.Workbook()
	await workbook.xlsx.load(await response.arrayBuffer())
	const sheet = workbook.worksheets[0]
	if (!sheet) throw new Error('The workbook has no sheet')
	const rows: XlsxCell[][] = []
	sheet.eachRow({ includeEmpty: true }, (row) => {
		const cells: XlsxCell[] = []
		for (let index = 1; index <= sheet.columnCount; index++) {
			const cell = row.getCell(index)
			// A formula would come back as an object: the guard must never let one through.
			expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)
			cells.push((cell.value as XlsxCell | undefined) ?? null)
		}
		rows.push(cells)
	})
	return rows
}

/** The values of one column (by its header) below the header row. */
export function column<Cell>(rows: Cell[][], header: Cell) {
	const index = rows[0]?.indexOf(header) ?? -1
	if (index === -1) throw new Error(`No column ${String(header)} in ${JSON.stringify(rows[0])}`)
	return rows.slice(1).map((row) => row[index])
}

/**
 * The export refuses everyone its list page refuses, the same way (login, 403 or 404), and lets in
 * whoever may see the list. Returns each role's status for the test's own expectations.
 */
export async function expectSameAccessAsList(
	{
		list,
		listPath,
		exportRoute,
		exportPath,
		params,
	}: {
		list: RouteModule
		listPath: string
		exportRoute: RouteModule
		exportPath: string
		params?: Record<string, string>
	},
	actors: Record<Role, Pick<SignedInUser, 'cookie'>>,
) {
	const statuses = {} as Record<Role | 'anonymous', number>
	for (const actor of ['anonymous', ...roles] as const) {
		const cookie = actor === 'anonymous' ? null : actors[actor].cookie
		const page = await callRoute(list as Parameters<typeof callRoute>[0], {
			request: makeRequest(listPath, { cookie }),
			params,
		})
		const file = await getExport(exportRoute, exportPath, { cookie, params })
		expect({ actor, status: file.status }).toEqual({ actor, status: page.status })
		if (actor === 'anonymous') expect(file.headers.get('location')).toMatch(/^\/login\?redirectTo=/)
		statuses[actor] = file.status
	}
	return statuses
}
