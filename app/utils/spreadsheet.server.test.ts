import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import {
	attachmentDisposition,
	exportFileName,
	sheetName,
	spreadsheetResponse,
	toCsv,
	toXlsx,
	XLSX_BATCH,
	type SpreadsheetColumn,
} from './spreadsheet.server.ts'
import { exportHref, readExportFormat } from './spreadsheet.ts'

type Row = { name: string; count: number | null; day: string | null; at: Date | null }

const columns: SpreadsheetColumn<Row>[] = [
	{ header: 'Naam', value: (row) => row.name },
	{ header: 'Aantal', type: 'number', value: (row) => row.count },
	{ header: 'Datum', type: 'date', value: (row) => row.day },
	{ header: 'Moment', type: 'dateTime', value: (row) => row.at },
]

const rows: Row[] = [
	// 23:30 UTC on 31 March is 1 April in Amsterdam (summer time): the Amsterdam day counts.
	{ name: 'Anna; "de" Vries', count: 3, day: '2026-03-31T23:30:00.000Z', at: new Date('2026-03-31T23:30:00Z') },
	{ name: 'Twee\nregels', count: 1.5, day: null, at: null },
	{ name: '=HYPERLINK("http://x","klik")', count: -2, day: '2026-01-15T12:00:00.000Z', at: null },
	{ name: '+31 6 1234', count: null, day: null, at: null },
	{ name: '-1', count: 0, day: null, at: null },
	{ name: '@SUM(A1)', count: null, day: null, at: null },
	{ name: '\tTab', count: null, day: null, at: null },
	{ name: '\rCR', count: null, day: null, at: null },
	{ name: 'Ünïcødé €', count: null, day: null, at: null },
]

function csvBody(text: string) {
	return text.replace(/^\uFEFF/, '')
}

describe('toCsv', () => {
	const csv = toCsv(columns, rows)

	it('starts with a UTF-8 byte order mark and ends every record with CRLF', () => {
		expect(csv.startsWith('\uFEFF')).toBe(true)
		expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]))
		expect(csv.endsWith('\r\n')).toBe(true)
		expect(csvBody(csv).split('\r\n')[0]).toBe('Naam;Aantal;Datum;Moment')
	})

	it('quotes semicolons, quotes and newlines', () => {
		const lines = csvBody(csv).split('\r\n')
		expect(lines[1]).toBe('"Anna; ""de"" Vries";3;01-04-2026;01-04-2026 01:30')
		// The newline stays inside the quoted field, so the record spans two physical lines.
		expect(lines[2]).toBe('"Twee\nregels";1,5;;')
	})

	it('guards every cell that starts like a formula with an apostrophe', () => {
		const lines = csvBody(csv).split('\r\n')
		expect(lines[3]).toBe(`"'=HYPERLINK(""http://x"",""klik"")";-2;15-01-2026;`)
		expect(lines[4]).toBe("'+31 6 1234;;;")
		expect(lines[5]).toBe("'-1;0;;")
		expect(lines[6]).toBe("'@SUM(A1);;;")
		expect(lines[7]).toBe("'\tTab;;;")
		expect(lines[8]).toBe(`"'\rCR";;;`)
		expect(csvBody(csv)).toContain('Ünïcødé €;;;')
	})

	it('guards a header too', () => {
		expect(csvBody(toCsv([{ header: '=1+1', value: () => 'x' }], [{}])).split('\r\n')[0]).toBe("'=1+1")
	})
})

async function readBack(stream: ReadableStream<Uint8Array>) {
	const workbook = new ExcelJS.Workbook()
	await workbook.xlsx.load(await new Response(stream).arrayBuffer())
	const sheet = workbook.worksheets[0]
	if (!sheet) throw new Error('No worksheet')
	return sheet
}

describe('toXlsx', () => {
	it('round-trips headers, text, numbers and Amsterdam dates with their types', async () => {
		const sheet = await readBack(toXlsx(columns, rows, { sheet: 'Kandidaten' }))
		expect(sheet.name).toBe('Kandidaten')
		expect(sheet.rowCount).toBe(rows.length + 1)
		expect(sheet.getRow(1).values).toEqual([undefined, 'Naam', 'Aantal', 'Datum', 'Moment'])
		expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true)

		const first = sheet.getRow(2)
		expect(first.getCell(1).value).toBe('Anna; "de" Vries')
		expect(first.getCell(2).type).toBe(ExcelJS.ValueType.Number)
		expect(first.getCell(2).value).toBe(3)
		expect(first.getCell(3).type).toBe(ExcelJS.ValueType.Date)
		expect(first.getCell(3).value).toEqual(new Date(Date.UTC(2026, 3, 1)))
		expect(first.getCell(3).numFmt).toBe('dd-mm-yyyy')
		expect(first.getCell(4).value).toEqual(new Date(Date.UTC(2026, 3, 1, 1, 30)))
		expect(first.getCell(4).numFmt).toBe('dd-mm-yyyy hh:mm')

		const second = sheet.getRow(3)
		expect(second.getCell(1).value).toBe('Twee\nregels')
		expect(second.getCell(2).value).toBe(1.5)
		expect(second.getCell(3).type).toBe(ExcelJS.ValueType.Null)
		expect(sheet.getRow(4).getCell(2).value).toBe(-2)
		expect(sheet.getRow(10).getCell(1).value).toBe('Ünïcødé €')
	})

	it('stores text that starts like a formula as text, never as a formula', async () => {
		const sheet = await readBack(toXlsx(columns, rows))
		for (const [index, text] of [
			[4, '=HYPERLINK("http://x","klik")'],
			[5, '+31 6 1234'],
			[6, '-1'],
			[7, '@SUM(A1)'],
			[8, '\tTab'],
		] as const) {
			const cell = sheet.getRow(index).getCell(1)
			expect(cell.type).toBe(ExcelJS.ValueType.String)
			expect(cell.value).toBe(text)
			expect(cell.numFmt).toBe('@')
			expect(cell.formula).toBeUndefined()
		}
	})

	it('freezes the header row, filters on it and sizes the columns to their content', async () => {
		const sheet = await readBack(toXlsx(columns, rows))
		expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
		expect(sheet.autoFilter).toBe('A1:D1')
		const [name, count, day, moment] = [1, 2, 3, 4].map((index) => sheet.getColumn(index).width)
		expect(name).toBeGreaterThanOrEqual('=HYPERLINK("http://x","klik")'.length)
		expect(count).toBe(8)
		expect(day).toBe(12)
		expect(moment).toBe(17)
	})

	it('drops characters XML cannot hold instead of writing a file Excel refuses', async () => {
		const sheet = await readBack(toXlsx([{ header: 'Tekst', value: (row: string) => row }], ['Bel\u0007l\u0000!']))
		expect(sheet.getRow(2).getCell(1).value).toBe('Bell!')
	})

	it('streams a long list completely', async () => {
		const many = Array.from({ length: 10_000 }, (_, index) => ({
			name: `Rij ${index}`,
			count: index,
			day: null,
			at: null,
		}))
		const sheet = await readBack(toXlsx(columns, many))
		expect(sheet.rowCount).toBe(10_001)
		expect(sheet.getRow(10_001).values).toEqual([undefined, 'Rij 9999', 9999])
	})

	it('writes an empty list as the header row alone', async () => {
		const sheet = await readBack(toXlsx(columns, []))
		expect(sheet.rowCount).toBe(1)
	})
})

describe('a long workbook', () => {
	it('is written in batches, giving the event loop a turn between them', async () => {
		const count = XLSX_BATCH * 3 + 7
		const many = Array.from({ length: count }, (_, index) => ({ index }))
		// What the event loop did before each row was written: a long synchronous loop lets nothing in.
		let turns = 0
		const seenAt: number[] = []
		const tick = () => {
			turns++
			if (seenAt.length < count) setImmediate(tick)
		}
		setImmediate(tick)
		const sheet = await readBack(
			toXlsx(
				[{ header: 'Nummer', type: 'number', value: (row: { index: number }) => (seenAt.push(turns), row.index) }],
				many,
			),
		)
		expect(sheet.rowCount).toBe(count + 1)
		expect(sheet.getRow(count + 1).getCell(1).value).toBe(count - 1)
		// The first batch (the width sample) is read at once; later rows come after other work ran.
		expect(seenAt.at(-1)! - seenAt[0]!).toBeGreaterThanOrEqual(3)
	})
})

describe('the download', () => {
	it('names the file after RFC 6266, with an ASCII fallback', () => {
		expect(attachmentDisposition('aanwezigheid-Café (Zutphen)-2026-01-02.xlsx')).toBe(
			`attachment; filename="aanwezigheid-Cafe-Zutphen-2026-01-02.xlsx"; filename*=UTF-8''aanwezigheid-Caf%C3%A9%20%28Zutphen%29-2026-01-02.xlsx`,
		)
		expect(exportFileName('kandidaten', new Date('2026-03-31T23:30:00Z'))).toBe('kandidaten-2026-04-01')
		expect(sheetName('a/b:c*d?[e]\\f-and-a-name-that-is-much-too-long')).toBe('a b c d  e  f-and-a-name-that-i')
	})

	it('answers CSV and XLSX with their types and no caching', async () => {
		const csv = spreadsheetResponse('csv', 'lijst-2026-01-02', columns, rows)
		expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8')
		expect(csv.headers.get('content-disposition')).toContain('filename="lijst-2026-01-02.csv"')
		expect(csv.headers.get('cache-control')).toBe('no-store')
		const xlsx = spreadsheetResponse('xlsx', 'lijst-2026-01-02', columns, rows)
		expect(xlsx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
		expect(xlsx.headers.get('content-disposition')).toContain('filename="lijst-2026-01-02.xlsx"')
		const bytes = new Uint8Array(await xlsx.arrayBuffer())
		// A zip file: PK\x03\x04.
		expect([...bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04])
	})

	it('reads the format from the URL, CSV unless XLSX is asked for', () => {
		expect(readExportFormat(new URLSearchParams('formaat=xlsx'))).toBe('xlsx')
		expect(readExportFormat(new URLSearchParams('formaat=XLSX'))).toBe('xlsx')
		expect(readExportFormat(new URLSearchParams('formaat=pdf'))).toBe('csv')
		expect(readExportFormat(new URLSearchParams(''))).toBe('csv')
		expect(exportHref('/werkgevers/export', '?q=bak&formaat=csv', 'xlsx')).toBe('/werkgevers/export?q=bak&formaat=xlsx')
	})
})
