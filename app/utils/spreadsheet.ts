// The export formats of the lists and how an export link carries them. Client-safe: the export links
// build their URLs with these names, the export routes read them (app/utils/spreadsheet.server.ts).

/** CSV for any program, XLSX for Excel with real dates and numbers. */
export const exportFormats = ['csv', 'xlsx'] as const
export type ExportFormat = (typeof exportFormats)[number]

/** The search param that names the format, Dutch like the other params: ?formaat=xlsx */
export const EXPORT_FORMAT_PARAM = 'formaat'

export function isExportFormat(value: unknown): value is ExportFormat {
	return typeof value === 'string' && (exportFormats as readonly string[]).includes(value)
}

/**
 * The format the URL asks for; CSV when it names none or one that does not exist (only a tampered
 * link can, and a file has no place for a notice).
 */
export function readExportFormat(searchParams: URLSearchParams): ExportFormat {
	const value = searchParams.get(EXPORT_FORMAT_PARAM)?.trim().toLowerCase()
	return isExportFormat(value) ? value : 'csv'
}

/** The export route's URL for this format, with the list's own filter params (the search string). */
export function exportHref(path: string, search: string, format: ExportFormat) {
	const params = new URLSearchParams(search)
	params.set(EXPORT_FORMAT_PARAM, format)
	return `${path}?${params.toString()}`
}
