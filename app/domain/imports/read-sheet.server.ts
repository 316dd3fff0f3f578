// Reads an uploaded spreadsheet into a header row and data rows of text: .xlsx through exceljs, CSV
// through csv-parse (semicolon, comma or tab, with or without a byte order mark, UTF-8 or UTF-16 and
// the Windows-1252 that older Dutch Excel writes). What the file is, is judged by its bytes; the name
// only decides between "not a spreadsheet" and "a damaged one".
import { Readable } from 'node:stream'
import { parse } from 'csv-parse'
import ExcelJS from 'exceljs'

export const IMPORT_MAX_BYTES = 10 * 1024 * 1024
export const IMPORT_MAX_ROWS = 20_000

export type SheetFormat = 'xlsx' | 'csv'

/** One data row: its number as the spreadsheet shows it (the header is row 1 in most files) and its cells. */
export type SheetRow = { row: number; cells: string[] }
export type Sheet = { format: SheetFormat; headers: string[]; rows: SheetRow[] }

export type SheetProblem =
	| 'required'
	| 'tooLarge'
	| 'wrongType'
	| 'oldExcel'
	| 'corrupt'
	| 'empty'
	| 'noHeader'
	| 'noData'
	| 'tooManyRows'
	| 'noKnownColumns'

export type SheetResult = { ok: true; sheet: Sheet } | { ok: false; problem: SheetProblem; line?: number }

class SheetError extends Error {
	constructor(
		readonly problem: SheetProblem,
		readonly line?: number,
	) {
		super(problem)
	}
}

function startsWith(bytes: Uint8Array, signature: number[]) {
	return bytes.length >= signature.length && signature.every((byte, index) => bytes[index] === byte)
}

const ZIP = [0x50, 0x4b, 0x03, 0x04]
/** The compound file of Excel 97-2003 (.xls) and old Word files. */
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
const KNOWN_BINARY = [
	[0x25, 0x50, 0x44, 0x46], // %PDF
	[0x89, 0x50, 0x4e, 0x47], // PNG
	[0xff, 0xd8, 0xff], // JPEG
	[0x47, 0x49, 0x46, 0x38], // GIF
	[0x1f, 0x8b], // gzip
	[0x52, 0x61, 0x72, 0x21], // RAR
	[0x37, 0x7a, 0xbc, 0xaf], // 7z
]

function extensionOf(fileName: string) {
	return /\.([a-z0-9]+)$/i.exec(fileName.trim())?.[1]?.toLowerCase() ?? ''
}

const textExtensions = new Set(['csv', 'txt', 'tsv'])
const xlsxExtensions = new Set(['xlsx', 'xlsm'])

/** Reads the file; every way it can fail is a problem the upload page explains. */
export async function readSheet(bytes: Uint8Array, fileName: string): Promise<SheetResult> {
	try {
		return { ok: true, sheet: await parseSheet(bytes, fileName) }
	} catch (error) {
		if (error instanceof SheetError) return { ok: false, problem: error.problem, line: error.line }
		throw error
	}
}

async function parseSheet(bytes: Uint8Array, fileName: string): Promise<Sheet> {
	if (bytes.byteLength === 0) throw new SheetError('empty')
	if (bytes.byteLength > IMPORT_MAX_BYTES) throw new SheetError('tooLarge')
	const extension = extensionOf(fileName)
	if (startsWith(bytes, ZIP)) return toSheet('xlsx', await readXlsx(bytes, xlsxExtensions.has(extension)))
	if (startsWith(bytes, OLE2)) throw new SheetError(extension === 'xls' ? 'oldExcel' : 'wrongType')
	if (xlsxExtensions.has(extension)) throw new SheetError('corrupt')
	if (!textExtensions.has(extension) || KNOWN_BINARY.some((signature) => startsWith(bytes, signature))) {
		throw new SheetError('wrongType')
	}
	const text = decodeText(bytes)
	if (text.includes('\u0000')) throw new SheetError('wrongType')
	return toSheet('csv', await readCsv(text))
}

// --- Text ----------------------------------------------------------------------------------------

/**
 * The file's text: a byte order mark decides (UTF-8, UTF-16); otherwise UTF-8 when the bytes are valid
 * UTF-8, else Windows-1252 (what Excel on Windows saves as "CSV (gescheiden door lijstscheidingsteken)").
 */
export function decodeText(bytes: Uint8Array) {
	if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return new TextDecoder('utf-8').decode(bytes.subarray(3))
	if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes.subarray(2))
	if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes.subarray(2))
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
	} catch {
		return decodeWindows1252(bytes)
	}
}

/** Windows-1252's characters for the bytes 0x80-0x9F (€, ‘, ’, “, ”, …); the rest is Latin-1. */
const WINDOWS_1252_HIGH =
	'\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178'

/** Node's TextDecoder reads "windows-1252" as Latin-1, which loses the € and curly quotes: map them here. */
function decodeWindows1252(bytes: Uint8Array) {
	let result = ''
	for (let start = 0; start < bytes.length; start += 8192) {
		const slice = bytes.subarray(start, start + 8192)
		result += String.fromCharCode(
			...Array.from(slice, (byte) => (byte >= 0x80 && byte < 0xa0 ? WINDOWS_1252_HIGH.charCodeAt(byte - 0x80) : byte)),
		)
	}
	return result
}

const delimiters = [';', ',', '\t'] as const

/** The delimiter the first non-empty line uses most, outside quotes; a comma when it has none. */
export function detectDelimiter(text: string) {
	const line = text.split(/\r\n|\n|\r/).find((candidate) => candidate.trim() !== '') ?? ''
	const counts = new Map<string, number>(delimiters.map((delimiter) => [delimiter, 0]))
	let quoted = false
	for (const char of line) {
		if (char === '"') quoted = !quoted
		else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1)
	}
	let best: string = ','
	let bestCount = 0
	for (const delimiter of delimiters) {
		const count = counts.get(delimiter)!
		if (count > bestCount) {
			best = delimiter
			bestCount = count
		}
	}
	return best
}

const CSV_CHUNK = 64 * 1024
/** Records parsed between two turns of the event loop. */
export const CSV_YIELD_EVERY = 500

async function readCsv(text: string): Promise<string[][]> {
	const parser = parse({
		delimiter: detectDelimiter(text),
		bom: true,
		relax_column_count: true,
		skip_empty_lines: false,
		trim: false,
	})
	const chunks = Readable.from(
		(function* () {
			for (let start = 0; start < text.length; start += CSV_CHUNK) yield text.slice(start, start + CSV_CHUNK)
		})(),
	)
	const records: string[][] = []
	let filled = 0
	try {
		// Streamed, so a large file is parsed in slices and the server keeps answering in between.
		for await (const record of chunks.pipe(parser)) {
			records.push(record as string[])
			// Parsing is synchronous between chunks: give the event loop a turn every CSV_YIELD_EVERY records.
			if (records.length % CSV_YIELD_EVERY === 0) await new Promise(setImmediate)
			if (!isEmpty(record as string[])) filled += 1
			// The header and the maximum number of data rows; one more is too many.
			if (filled > IMPORT_MAX_ROWS + 1) {
				parser.destroy()
				throw new SheetError('tooManyRows')
			}
		}
	} catch (error) {
		if (error instanceof SheetError) throw error
		const line = (error as { lines?: number }).lines
		throw new SheetError('corrupt', typeof line === 'number' ? line : undefined)
	}
	return records
}

// --- Excel ---------------------------------------------------------------------------------------

async function readXlsx(bytes: Uint8Array, namedAsExcel: boolean): Promise<string[][]> {
	const workbook = new ExcelJS.Workbook()
	try {
		await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer)
	} catch {
		// A zip that is no workbook (a .docx, a damaged download) cannot be read.
		throw new SheetError(namedAsExcel ? 'corrupt' : 'wrongType')
	}
	// The first sheet that holds anything; workbooks often have empty "Blad2" and "Blad3".
	const worksheet = workbook.worksheets.find((sheet) => sheet.actualRowCount > 0)
	if (!worksheet) {
		if (workbook.worksheets.length === 0) throw new SheetError(namedAsExcel ? 'corrupt' : 'wrongType')
		throw new SheetError('empty')
	}
	if (worksheet.actualRowCount > IMPORT_MAX_ROWS + 1) throw new SheetError('tooManyRows')
	const records: string[][] = []
	worksheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
		const cells: string[] = []
		row.eachCell({ includeEmpty: true }, (cell, columnNumber) => {
			cells[columnNumber - 1] = cellText(cell.value)
		})
		records[rowNumber - 1] = Array.from(cells, (cell) => cell ?? '')
	})
	return Array.from(records, (record) => record ?? [])
}

function isoDate(date: Date) {
	return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10)
}

/** A cell as the text a person sees: rich text joined, a formula's result, a link's text, a date as yyyy-mm-dd. */
export function cellText(value: ExcelJS.CellValue): string {
	if (value === null || value === undefined) return ''
	if (typeof value === 'string') return value
	if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(10)))
	if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE'
	if (value instanceof Date) return isoDate(value)
	if ('richText' in value) return value.richText.map((part) => part.text).join('')
	if ('hyperlink' in value)
		return typeof value.text === 'string' ? value.text : cellText(value.text as ExcelJS.CellValue)
	if ('formula' in value || 'sharedFormula' in value) {
		const result = value.result
		return result === undefined || (typeof result === 'object' && !(result instanceof Date) && 'error' in result)
			? ''
			: cellText(result)
	}
	return ''
}

// --- The sheet -----------------------------------------------------------------------------------

function isEmpty(cells: readonly string[]) {
	return cells.every((cell) => cell.trim() === '')
}

/** A first row of data rather than names: an email address, or numbers and dates only. */
function looksLikeData(cells: readonly string[]) {
	const filled = cells.map((cell) => cell.trim()).filter(Boolean)
	return (
		filled.some((cell) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(cell)) ||
		filled.some((cell) => /^[\d\s.,:/+-]+$/.test(cell))
	)
}

/** The first non-empty record is the header row; the rest are data rows, numbered as in the spreadsheet. */
function toSheet(format: SheetFormat, records: string[][]): Sheet {
	const headerIndex = records.findIndex((record) => !isEmpty(record))
	if (headerIndex === -1) throw new SheetError('empty')
	const headerCells = records[headerIndex]!
	if (looksLikeData(headerCells)) throw new SheetError('noHeader')
	const rows: SheetRow[] = []
	let width = headerCells.length
	for (let index = headerIndex + 1; index < records.length; index++) {
		const cells = records[index]!
		if (isEmpty(cells)) continue
		rows.push({ row: index + 1, cells: cells.map((cell) => cell.trim()) })
		if (cells.length > width) width = cells.length
		if (rows.length > IMPORT_MAX_ROWS) throw new SheetError('tooManyRows')
	}
	if (rows.length === 0) throw new SheetError('noData')
	const headers = Array.from({ length: width }, (_, index) => (headerCells[index] ?? '').trim())
	return { format, headers, rows }
}
