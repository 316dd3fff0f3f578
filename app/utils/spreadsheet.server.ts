// The one spreadsheet writer of the exports: from column definitions and rows to a CSV for a Dutch
// Excel or to a real .xlsx workbook, and the download response around either. Every list's export
// describes its columns once (app/domain/*/…-export.server.ts); both formats come from that.
import { PassThrough, Readable } from 'node:stream'
import { stringify } from 'csv-stringify/sync'
import ExcelJS from 'exceljs'
import { amsterdamDate, amsterdamLocalDateTime } from './amsterdam-time.ts'
import { audit, type AuditAction } from './audit.server.ts'
import { now } from './clock.server.ts'
import { type Locale } from './i18n.ts'
import { getLocale } from './locale.server.ts'
import { readExportFormat, type ExportFormat } from './spreadsheet.ts'

/**
 * What a column holds. Dates are calendar days in Amsterdam, dateTimes Amsterdam wall-clock times:
 * the day a person saw on screen, whatever the server's zone. Numbers stay numbers; text is text.
 */
export type ColumnType = 'text' | 'number' | 'date' | 'dateTime'

export type CellValue = string | number | Date | null | undefined

export type SpreadsheetColumn<Row> = {
	/** Already translated: the header the person reads. */
	header: string
	type?: ColumnType
	/** The cell's value; a date column also takes an ISO string. Empty: null, undefined or ''. */
	value: (row: Row) => CellValue
}

type Cell =
	| null
	| { kind: 'text'; value: string }
	| { kind: 'number'; value: number }
	/** Amsterdam yyyy-mm-dd (date) or yyyy-mm-ddThh:mm (dateTime). */
	| { kind: 'date' | 'dateTime'; value: string }

function toCell(type: ColumnType, raw: CellValue): Cell {
	if (raw === null || raw === undefined || raw === '') return null
	if (type === 'date' || type === 'dateTime') {
		const moment = raw instanceof Date ? raw : new Date(raw)
		if (Number.isNaN(moment.getTime())) return { kind: 'text', value: String(raw) }
		return type === 'date'
			? { kind: 'date', value: amsterdamDate(moment) }
			: { kind: 'dateTime', value: amsterdamLocalDateTime(moment) }
	}
	if (type === 'number' && typeof raw === 'number' && Number.isFinite(raw)) return { kind: 'number', value: raw }
	return { kind: 'text', value: raw instanceof Date ? raw.toISOString() : String(raw) }
}

function cellsOf<Row>(columns: ReadonlyArray<SpreadsheetColumn<Row>>, row: Row) {
	return columns.map((column) => toCell(column.type ?? 'text', column.value(row)))
}

/** Text a spreadsheet would run as a formula (OWASP: CSV injection). */
export function startsLikeFormula(value: string) {
	return /^[=+\-@\t\r]/.test(value)
}

/** In CSV the guard is a leading apostrophe: Excel shows the text and never runs it. */
export function neutraliseFormula(value: string) {
	return startsLikeFormula(value) ? `'${value}` : value
}

/** "2026-03-09" → "09-03-2026", "2026-03-09T14:05" → "09-03-2026 14:05": what a Dutch Excel reads as a date. */
function dutchDate(value: string) {
	const [date = '', time] = value.split('T')
	const [year, month, day] = date.split('-')
	return `${day}-${month}-${year}${time ? ` ${time}` : ''}`
}

function csvText(cell: Cell) {
	if (cell === null) return ''
	switch (cell.kind) {
		case 'text':
			return neutraliseFormula(cell.value)
		// A semicolon file is the Dutch list separator; its decimal separator is the comma.
		case 'number':
			return String(cell.value).replace('.', ',')
		case 'date':
		case 'dateTime':
			return dutchDate(cell.value)
	}
}

/**
 * The rows as CSV for a Dutch Excel: semicolons, CRLF line ends, a UTF-8 byte order mark (else Excel
 * misreads accents), dd-mm-yyyy dates, decimal commas, and text that looks like a formula guarded.
 */
export function toCsv<Row>(columns: ReadonlyArray<SpreadsheetColumn<Row>>, rows: ReadonlyArray<Row>) {
	const records: string[][] = [columns.map((column) => neutraliseFormula(column.header))]
	for (const row of rows) records.push(cellsOf(columns, row).map(csvText))
	// A lone LF or CR is no record delimiter to csv-stringify, but Excel ends the row there: quote it.
	return stringify(records, { delimiter: ';', record_delimiter: 'windows', bom: true, quoted_match: /[\r\n]/ })
}

// --- XLSX ----------------------------------------------------------------------------------------

const DATE_FORMAT = 'dd-mm-yyyy'
const DATE_TIME_FORMAT = 'dd-mm-yyyy hh:mm'
/** Excel's text format: a guarded cell stays text even when someone edits it. */
const TEXT_FORMAT = '@'
const MIN_WIDTH = 8
const MAX_WIDTH = 60
/** Widths are measured on this many rows: enough to be right, cheap on a long list. */
const WIDTH_SAMPLE = 500
/** Rows written between two turns of the event loop. */
export const XLSX_BATCH = 500

/** Excel has no time zones: the Amsterdam wall clock is written as is (as if it were UTC). */
function excelDate(value: string) {
	const [date = '', time = '00:00'] = value.split('T')
	const [year = 0, month = 1, day = 1] = date.split('-').map(Number)
	const [hour = 0, minute = 0] = time.split(':').map(Number)
	return new Date(Date.UTC(year, month - 1, day, hour, minute))
}

/** Characters XML 1.0 cannot hold; a stray one would make Excel refuse the whole file. */
// eslint-disable-next-line no-control-regex -- these control characters are exactly what XML cannot hold
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g

function xlsxValue(cell: Cell) {
	if (cell === null) return null
	switch (cell.kind) {
		case 'text':
			return cell.value.replace(XML_INVALID, '')
		case 'number':
			return cell.value
		case 'date':
		case 'dateTime':
			return excelDate(cell.value)
	}
}

function columnWidth<Row>(column: SpreadsheetColumn<Row>, sample: Cell[][], index: number) {
	const type = column.type ?? 'text'
	if (type === 'date') return 12
	if (type === 'dateTime') return 17
	let widest = column.header.length
	for (const cells of sample) {
		const cell = cells[index]
		if (!cell) continue
		const length = Math.max(
			...csvText(cell)
				.split('\n')
				.map((line) => line.length),
		)
		if (length > widest) widest = length
	}
	return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + 2))
}

/** A worksheet name Excel accepts: at most 31 characters, none of []:*?/\ and not empty. */
export function sheetName(name: string) {
	const cleaned = name
		.replace(/[[\]:*?/\\]/g, ' ')
		.trim()
		.slice(0, 31)
	return cleaned || 'Export'
}

/**
 * The rows as an .xlsx workbook, streamed while it is written: one sheet, the header row bold,
 * frozen and filterable, widths that fit the content, dates as real dates (Amsterdam), numbers as
 * numbers, and text as text: a cell that starts like a formula is stored as text, never as a formula.
 */
export function toXlsx<Row>(
	columns: ReadonlyArray<SpreadsheetColumn<Row>>,
	rows: ReadonlyArray<Row>,
	{ sheet = 'Export' }: { sheet?: string } = {},
): ReadableStream<Uint8Array> {
	const output = new PassThrough()
	void writeXlsx(columns, rows, sheetName(sheet), output).catch((error: unknown) => output.destroy(error as Error))
	return Readable.toWeb(output) as ReadableStream<Uint8Array>
}

async function writeXlsx<Row>(
	columns: ReadonlyArray<SpreadsheetColumn<Row>>,
	rows: ReadonlyArray<Row>,
	name: string,
	output: PassThrough,
) {
	const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false })
	workbook.creator = 'Werkverbinder'
	workbook.created = now()
	const worksheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] })
	worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: Math.max(1, columns.length) } }
	// Widths must be known before the first row is written: measure a sample of the rows.
	const sample = rows.slice(0, WIDTH_SAMPLE).map((row) => cellsOf(columns, row))
	worksheet.columns = columns.map((column, index) => ({ width: columnWidth(column, sample, index) }))

	const header = worksheet.addRow(columns.map((column) => column.header.replace(XML_INVALID, '')))
	header.font = { bold: true }
	header.commit()

	for (let rowIndex = 0; rowIndex < rows.length; rowIndex++) {
		// A long list is written in batches, letting the server answer other requests in between.
		if (rowIndex > 0 && rowIndex % XLSX_BATCH === 0) await new Promise(setImmediate)
		const cells = sample[rowIndex] ?? cellsOf(columns, rows[rowIndex]!)
		const row = worksheet.addRow(cells.map(xlsxValue))
		cells.forEach((cell, index) => {
			if (cell === null || cell.kind === 'number') return
			const target = row.getCell(index + 1)
			if (cell.kind === 'date') target.numFmt = DATE_FORMAT
			else if (cell.kind === 'dateTime') target.numFmt = DATE_TIME_FORMAT
			else if (startsLikeFormula(cell.value)) target.numFmt = TEXT_FORMAT
		})
		row.commit()
	}
	worksheet.commit()
	await workbook.commit()
}

// --- The download --------------------------------------------------------------------------------

const contentTypes: Record<ExportFormat, string> = {
	csv: 'text/csv; charset=utf-8',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}

/** RFC 5987's attr-char: what encodeURIComponent leaves alone, less ' ( ) and *. */
function encodeExtValue(value: string) {
	return encodeURIComponent(value).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)
}

/**
 * An attachment header after RFC 6266: a plain ASCII `filename` for old clients and the real name,
 * accents and all, as UTF-8 in `filename*`.
 */
export function attachmentDisposition(fileName: string) {
	const ascii = fileName
		.normalize('NFD')
		.replace(/\p{Diacritic}/gu, '')
		.replace(/[^\w.-]+/g, '-')
		.replace(/-{2,}/g, '-')
	return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeExtValue(fileName)}`
}

/** "kandidaten-2026-11-23": a list's name and the Amsterdam day of the export. */
export function exportFileName(name: string, moment: Date = now()) {
	return `${name}-${amsterdamDate(moment)}`
}

/**
 * The rows as a download in the asked format: `fileName` without its extension (it becomes the sheet
 * name too). Never cached: an export is personal data as of now.
 */
export function spreadsheetResponse<Row>(
	format: ExportFormat,
	fileName: string,
	columns: ReadonlyArray<SpreadsheetColumn<Row>>,
	rows: ReadonlyArray<Row>,
) {
	const body = format === 'csv' ? toCsv(columns, rows) : toXlsx(columns, rows, { sheet: fileName })
	return new Response(body, {
		headers: {
			'Content-Type': contentTypes[format],
			'Content-Disposition': attachmentDisposition(`${fileName}.${format}`),
			'Cache-Control': 'no-store',
			'X-Content-Type-Options': 'nosniff',
		},
	})
}

export type ListExport<Row> = {
	/** Who exports: recorded in the audit log with the list, the format and the number of rows. */
	actorId: string
	/** The list's name in the audit log ("employers"). */
	list: string
	/** The file's name (without date) and the columns, in the person's language. */
	describe: (locale: Locale) => { name: string; columns: ReadonlyArray<SpreadsheetColumn<Row>> }
	rows: ReadonlyArray<Row>
	/** The audit entry when it is not the generic `list.exported`. */
	audit?: { action: AuditAction; entityType: string; entityId: string }
}

/**
 * What every list's export route answers once it has checked who asks and read the rows: the format
 * the URL asks for (?formaat=), headers in the person's language, the file named after the list and
 * today, and an audit entry (who exported which list, never the rows themselves).
 */
export async function listExportResponse<Row>(
	request: Request,
	{ actorId, list, describe, rows, audit: entry }: ListExport<Row>,
) {
	const format = readExportFormat(new URL(request.url).searchParams)
	const { name, columns } = describe(await getLocale(request))
	await audit(entry?.action ?? 'list.exported', {
		actorId,
		entityType: entry?.entityType,
		entityId: entry?.entityId,
		details: { list, format, count: rows.length },
	})
	return spreadsheetResponse(format, exportFileName(name), columns, rows)
}
