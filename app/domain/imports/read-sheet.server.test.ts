import fs from 'node:fs'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import {
	cellText,
	CSV_YIELD_EVERY,
	decodeText,
	detectDelimiter,
	IMPORT_MAX_ROWS,
	readSheet,
} from './read-sheet.server.ts'

const fixtures = path.resolve('tests/fixtures/imports')
const fixture = (name: string) => new Uint8Array(fs.readFileSync(path.join(fixtures, name)))
const text = (value: string) => new TextEncoder().encode(value)

async function sheetOf(bytes: Uint8Array, name: string) {
	const result = await readSheet(bytes, name)
	if (!result.ok) throw new Error(`Expected a sheet, got ${result.problem}`)
	return result.sheet
}

describe('detectDelimiter', () => {
	it('takes the separator the header line uses most, outside quotes', () => {
		expect(detectDelimiter('Voornaam;Achternaam;E-mail\nSanne;de Vries;s@x.nl')).toBe(';')
		expect(detectDelimiter('Naam,E-mail\n"Vries, Noor",n@x.nl')).toBe(',')
		expect(detectDelimiter('Voornaam\tAchternaam\n')).toBe('\t')
		expect(detectDelimiter('"Naam; met puntkomma",E-mail,Plaats')).toBe(',')
		expect(detectDelimiter('\n\nVoornaam;Achternaam')).toBe(';')
		expect(detectDelimiter('Voornaam')).toBe(',')
	})
})

describe('decodeText', () => {
	it('reads UTF-8 with and without a byte order mark', () => {
		expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...text('Oriënterend')]))).toBe('Oriënterend')
		expect(decodeText(text('Oriënterend'))).toBe('Oriënterend')
	})

	it('falls back to Windows-1252 when the bytes are no UTF-8', () => {
		expect(decodeText(new Uint8Array([0x5a, 0x6f, 0xeb]))).toBe('Zoë')
		expect(decodeText(new Uint8Array([0x80]))).toBe('€')
	})

	it('reads UTF-16 with its byte order mark (Excel’s “Unicode text”)', () => {
		const utf16 = Buffer.from('\ufeffNaam\tFase', 'utf16le')
		expect(decodeText(new Uint8Array(utf16))).toBe('Naam\tFase')
	})
})

describe('readSheet: CSV', () => {
	it('reads a semicolon file with a byte order mark, numbering rows as the spreadsheet does', async () => {
		const sheet = await sheetOf(fixture('kandidaten-puntkomma.csv'), 'kandidaten.csv')
		expect(sheet.format).toBe('csv')
		expect(sheet.headers[0]).toBe('Voornaam')
		expect(sheet.headers).toHaveLength(10)
		expect(sheet.rows.map((row) => row.row)).toEqual([2, 3, 4, 5])
		expect(sheet.rows[0]!.cells.slice(0, 3)).toEqual(['Sanne', 'de', 'Vries'])
		// A quoted cell keeps its semicolon.
		expect(sheet.rows[3]!.cells[9]).toBe('Muziek; en dieren')
	})

	it('reads a comma file with quoted commas', async () => {
		const sheet = await sheetOf(fixture('kandidaten-komma.csv'), 'kandidaten.csv')
		expect(sheet.headers).toEqual(['Naam', 'E-mailadres', 'Geboortedatum', 'Plaats', 'Stage', 'Soort plek', 'Talen'])
		expect(sheet.rows[0]!.cells[5]).toBe('Werkervaringsplek, Vrijwilligerswerk')
		expect(sheet.rows[1]!.cells[0]).toBe('Vries, Noor de')
	})

	it('reads Windows-1252 text', async () => {
		const sheet = await sheetOf(fixture('kandidaten-windows-1252.csv'), 'kandidaten.csv')
		expect(sheet.rows[0]!.cells).toEqual(['Zoë', 'Müller', 'Oriënterend', 'Doetinchem'])
		expect(sheet.rows[1]!.cells[1]).toBe('Brûlé')
	})

	it('reads a tab-separated text file and skips blank rows without renumbering', async () => {
		const sheet = await sheetOf(text('Voornaam\tAchternaam\r\n\r\nSanne\tde Vries\r\n'), 'lijst.txt')
		expect(sheet.rows).toEqual([{ row: 3, cells: ['Sanne', 'de Vries'] }])
	})

	it('gives short rows empty cells and keeps extra cells', async () => {
		const sheet = await sheetOf(text('Voornaam;Achternaam\nSanne\nAhmed;Yilmaz;extra\n'), 'lijst.csv')
		expect(sheet.headers).toEqual(['Voornaam', 'Achternaam', ''])
		expect(sheet.rows[1]!.cells).toEqual(['Ahmed', 'Yilmaz', 'extra'])
	})

	it('reports a quote that never closes as a damaged file, with its line', async () => {
		const result = await readSheet(text('Voornaam;Achternaam\n"Sanne;de Vries\n'), 'lijst.csv')
		expect(result).toMatchObject({ ok: false, problem: 'corrupt' })
	})
})

describe('readSheet: Excel', () => {
	it('reads the first sheet with data: links, rich text, formulas, numbers and dates as text', async () => {
		const sheet = await sheetOf(fixture('kandidaten.xlsx'), 'kandidaten.xlsx')
		expect(sheet.format).toBe('xlsx')
		expect(sheet.headers).toEqual([
			'Voornaam',
			'Achternaam',
			'E-mail',
			'Telefoon',
			'Geboortedatum',
			'Woonplaats',
			'Fase',
			'Talen',
		])
		expect(sheet.rows.map((row) => row.row)).toEqual([3, 4, 6])
		expect(sheet.rows[0]!.cells.slice(0, 5)).toEqual([
			'Lieke',
			'Peters',
			'lieke.peters@example.test',
			'612345670',
			'1992-04-17',
		])
		expect(sheet.rows[1]!.cells[0]).toBe('Mohammed')
		expect(sheet.rows[2]!.cells.slice(0, 5)).toEqual(['Roos', 'DE WIT', 'roos.dewit@example.test', '', '1999'])
	})

	it('turns every kind of cell into the text a person sees', () => {
		expect(cellText(null)).toBe('')
		expect(cellText(12345678)).toBe('12345678')
		expect(cellText(0.1 + 0.2)).toBe('0.3')
		expect(cellText(true)).toBe('TRUE')
		expect(cellText({ error: '#N/A' })).toBe('')
		expect(cellText({ formula: 'A1', result: { error: '#REF!' } })).toBe('')
		expect(cellText({ formula: 'A1' })).toBe('')
	})

	it('refuses a zip that is no workbook', async () => {
		const workbook = new ExcelJS.Workbook()
		workbook.addWorksheet('Leeg')
		const bytes = new Uint8Array(await workbook.xlsx.writeBuffer())
		expect(await readSheet(bytes, 'leeg.xlsx')).toMatchObject({ ok: false, problem: 'empty' })
	})
})

describe('readSheet: what is refused', () => {
	it.each([
		['geen-spreadsheet.pdf', 'wrongType'],
		['oud-excel.xls', 'oldExcel'],
		['kapot.xlsx', 'corrupt'],
		['leeg.csv', 'empty'],
		['alleen-kopregel.csv', 'noData'],
		['geen-kopregel.csv', 'noHeader'],
	])('%s: %s', async (name, problem) => {
		expect(await readSheet(fixture(name), name)).toMatchObject({ ok: false, problem })
	})

	it('judges by the bytes: a PDF renamed to .csv is still no spreadsheet, a text file named .xlsx is damaged', async () => {
		expect(await readSheet(fixture('geen-spreadsheet.pdf'), 'lijst.csv')).toMatchObject({ problem: 'wrongType' })
		expect(await readSheet(text('Voornaam;Achternaam\n'), 'lijst.xlsx')).toMatchObject({ problem: 'corrupt' })
		expect(await readSheet(text('Voornaam;Achternaam\nSanne;Jansen\n'), 'lijst.docx')).toMatchObject({
			problem: 'wrongType',
		})
	})

	it('refuses a file with more data rows than the limit', async () => {
		const rows = Array.from({ length: IMPORT_MAX_ROWS + 1 }, (_, index) => `Persoon ${index};Jansen`)
		const result = await readSheet(text(['Voornaam;Achternaam', ...rows].join('\n')), 'groot.csv')
		expect(result).toMatchObject({ ok: false, problem: 'tooManyRows' })
		const atLimit = await readSheet(text(['Voornaam;Achternaam', ...rows.slice(1)].join('\n')), 'groot.csv')
		expect(atLimit.ok).toBe(true)
	})
})

describe('a long CSV file', () => {
	it('is parsed giving the event loop a turn every few hundred records', async () => {
		const count = CSV_YIELD_EVERY * 4
		const lines = ['Voornaam;Achternaam', ...Array.from({ length: count }, (_, index) => `Naam${index};Achter`)]
		let turns = 0
		let reading = true
		const tick = () => {
			turns++
			if (reading) setImmediate(tick)
		}
		setImmediate(tick)
		const sheet = await sheetOf(text(lines.join('\n')), 'lijst.csv')
		reading = false
		expect(sheet.rows).toHaveLength(count)
		// One turn per CSV_YIELD_EVERY records at least: other requests are answered in between.
		expect(turns).toBeGreaterThanOrEqual(4)
	})
})
