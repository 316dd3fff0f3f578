// Which spreadsheet column holds which field: the fields each kind of import knows, the headers (Dutch
// and English) they are recognised by, and the mapping the person confirms. Client-safe: the mapping
// form validates with the same schema in the browser.
import { z } from 'zod'

export const importKinds = ['CANDIDATES', 'EMPLOYERS'] as const
export type ImportKind = (typeof importKinds)[number]

export function isImportKind(value: unknown): value is ImportKind {
	return typeof value === 'string' && (importKinds as readonly string[]).includes(value)
}

/** The statuses in which a job's columns can still be mapped (again), or the job thrown away. */
export const mappableStatuses = ['UPLOADED', 'READY'] as const

export function isMappable(status: string) {
	return (mappableStatuses as readonly string[]).includes(status)
}

/** The candidate fields whose cell becomes the profile column of the same name (no name splitting or lookup). */
export const candidateProfileImportFields = [
	'happyWhen',
	'interests',
	'talents',
	'experience',
	'training',
	'hoursMin',
	'hoursMax',
	'placeTypes',
	'languages',
] as const

export const candidateImportFields = [
	'fullName',
	'firstName',
	'lastNamePrefix',
	'lastName',
	'email',
	'phone',
	'birthYear',
	'homeTown',
	'stage',
	'coach',
	'intakeDate',
	'active',
	...candidateProfileImportFields,
] as const
export type CandidateImportField = (typeof candidateImportFields)[number]

/** The employer fields whose cell becomes the organisation column of the same name; the rest is its contact person. */
export const employerOrganizationImportFields = [
	'name',
	'kvkNumber',
	'sector',
	'street',
	'postalCode',
	'town',
	'website',
] as const

export const employerImportFields = [
	...employerOrganizationImportFields,
	'contactName',
	'contactJobTitle',
	'contactEmail',
	'contactPhone',
] as const
export type EmployerImportField = (typeof employerImportFields)[number]

export type ImportField = CandidateImportField | EmployerImportField

export const importFields: Record<ImportKind, readonly ImportField[]> = {
	CANDIDATES: candidateImportFields,
	EMPLOYERS: employerImportFields,
}

/** Every group must have one of its fields mapped: a candidate needs a (full or first) name, an employer its name. */
export const requiredFieldGroups: Record<ImportKind, ReadonlyArray<readonly ImportField[]>> = {
	CANDIDATES: [['firstName', 'fullName']],
	EMPLOYERS: [['name']],
}

/** The headers people use for each field, in Dutch and English; compared after `normalizeHeader`. */
const headerSynonyms: Record<ImportKind, Partial<Record<ImportField, string[]>>> = {
	CANDIDATES: {
		fullName: ['naam', 'volledige naam', 'naam deelnemer', 'deelnemer', 'kandidaat', 'name', 'full name'],
		firstName: ['voornaam', 'voornamen', 'roepnaam', 'first name', 'firstname', 'given name'],
		lastNamePrefix: ['tussenvoegsel', 'tussenvoegsels', 'voorvoegsel', 'prefix', 'name prefix'],
		lastName: ['achternaam', 'familienaam', 'geslachtsnaam', 'last name', 'lastname', 'surname', 'family name'],
		email: ['e-mail', 'e-mailadres', 'mail', 'mailadres', 'email', 'email address'],
		phone: ['telefoon', 'telefoonnummer', 'tel', 'tel nr', 'mobiel', 'mobiel nummer', 'gsm', 'phone', 'mobile'],
		birthYear: [
			'geboortejaar',
			'jaar van geboorte',
			'geboortedatum',
			'geboren',
			'birth year',
			'year of birth',
			'date of birth',
			'birth date',
		],
		homeTown: ['woonplaats', 'plaats', 'stad', 'home town', 'town', 'city', 'place of residence'],
		stage: ['fase', 'stadium', 'trajectfase', 'stage', 'phase'],
		coach: ['jobcoach', 'coach', 'begeleider', 'trajectbegeleider', 'eerste jobcoach', 'job coach', 'primary coach'],
		intakeDate: [
			'intakedatum',
			'datum intake',
			'startdatum',
			'datum start',
			'start traject',
			'intake',
			'intake date',
			'start date',
			'date of intake',
		],
		active: ['actief', 'actief inactief', 'inactief', 'is actief', 'active', 'active inactive', 'is active'],
		happyWhen: ['waar word je blij van', 'blij van', 'what makes you happy', 'happy when'],
		interests: ['interesses', 'interesse', "hobby's", 'hobbys', 'interests'],
		talents: ['talenten', 'kwaliteiten', 'sterke punten', 'talents', 'strengths'],
		experience: ['werkervaring', 'ervaring', 'experience', 'work experience'],
		training: ['opleiding', 'opleidingen', 'scholing', 'training', 'education'],
		hoursMin: ['uren minimaal', 'minimaal uren', 'min uren', 'uren min', 'minimum hours', 'hours min'],
		hoursMax: [
			'uren maximaal',
			'maximaal uren',
			'max uren',
			'uren max',
			'uren per week',
			'maximum hours',
			'hours per week',
		],
		placeTypes: ['soort plek', 'gewenste plek', 'soort werk', 'type plek', 'place type', 'place types'],
		languages: ['talen', 'taal', 'spreekt', 'languages', 'language'],
	},
	EMPLOYERS: {
		name: [
			'bedrijfsnaam',
			'bedrijf',
			'organisatie',
			'organisatienaam',
			'naam organisatie',
			'naam bedrijf',
			'werkgever',
			'naam',
			'company',
			'company name',
			'organisation',
			'organization',
			'employer',
			'name',
		],
		kvkNumber: [
			'kvk',
			'kvk-nummer',
			'kvk nummer',
			'kvknr',
			'kamer van koophandel',
			'coc number',
			'chamber of commerce',
		],
		sector: ['sector', 'branche', 'sbi', 'sbi sectie', 'industry'],
		street: ['adres', 'straat', 'straat en huisnummer', 'bezoekadres', 'address', 'street', 'street address'],
		postalCode: ['postcode', 'postal code', 'zip', 'zip code'],
		town: ['plaats', 'vestigingsplaats', 'woonplaats', 'stad', 'town', 'city'],
		website: ['website', 'site', 'webadres', 'internetadres', 'url', 'web'],
		contactName: ['contactpersoon', 'naam contactpersoon', 'contact', 'contact person', 'contact name'],
		contactJobTitle: ['functie', 'functie contactpersoon', 'rol', 'job title', 'position', 'role'],
		contactEmail: [
			'e-mail',
			'e-mailadres',
			'email',
			'mail',
			'e-mail contactpersoon',
			'email contactpersoon',
			'contact email',
			'email address',
		],
		contactPhone: ['telefoon', 'telefoonnummer', 'tel', 'mobiel', 'telefoon contactpersoon', 'phone', 'contact phone'],
	},
}

/**
 * A header as we compare it: no accents, no case, nothing but letters and digits ("E-mail" and
 * "email", "KvK-nummer" and "kvk nummer", "Oriënterend" and "orienterend" are the same).
 */
export function normalizeHeader(value: string) {
	return value
		.normalize('NFD')
		.replace(/\p{Diacritic}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '')
}

const synonymIndex: Record<ImportKind, Map<string, ImportField>> = {
	CANDIDATES: indexSynonyms('CANDIDATES'),
	EMPLOYERS: indexSynonyms('EMPLOYERS'),
}

function indexSynonyms(kind: ImportKind) {
	const index = new Map<string, ImportField>()
	for (const field of importFields[kind]) {
		for (const synonym of [field, ...(headerSynonyms[kind][field] ?? [])]) {
			const key = normalizeHeader(synonym)
			if (!index.has(key)) index.set(key, field)
		}
	}
	return index
}

/** The field a header stands for, or null. */
export function recognizeHeader(kind: ImportKind, header: string): ImportField | null {
	return synonymIndex[kind].get(normalizeHeader(header)) ?? null
}

/** The synonyms shown as help: what a column may be called ("Voornaam", "Roepnaam"). */
export function headerExamples(kind: ImportKind, field: ImportField) {
	return (headerSynonyms[kind][field] ?? [])
		.slice(0, 3)
		.map((synonym) => synonym.charAt(0).toUpperCase() + synonym.slice(1))
}

/** { column index: field key }; a column that is not imported is left out. */
export type ColumnMapping = Record<number, ImportField>

/** Recognised headers mapped to their field; each field once (the first column that names it). */
export function suggestMapping(kind: ImportKind, headers: readonly string[]): ColumnMapping {
	const mapping: ColumnMapping = {}
	const taken = new Set<ImportField>()
	headers.forEach((header, index) => {
		const field = recognizeHeader(kind, header)
		if (field && !taken.has(field)) {
			mapping[index] = field
			taken.add(field)
		}
	})
	return mapping
}

/** The required field groups none of whose fields is mapped. */
export function missingRequiredGroups(kind: ImportKind, mapping: ColumnMapping) {
	const mapped = new Set(Object.values(mapping))
	return requiredFieldGroups[kind].filter((group) => !group.some((field) => mapped.has(field)))
}

/** The stored mapping (JSON) with only columns that exist and fields this kind knows. */
export function parseStoredMapping(kind: ImportKind, json: string, columnCount: number): ColumnMapping {
	let raw: unknown
	try {
		raw = JSON.parse(json)
	} catch {
		return {}
	}
	return cleanMapping(kind, raw, columnCount)
}

/** A mapping with only columns that exist and fields this kind knows (a tampered form may name more). */
export function cleanMapping(kind: ImportKind, raw: unknown, columnCount: number): ColumnMapping {
	if (!raw || typeof raw !== 'object') return {}
	const known = new Set<string>(importFields[kind])
	const mapping: ColumnMapping = {}
	for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
		const index = Number(key)
		if (Number.isInteger(index) && index >= 0 && index < columnCount && typeof value === 'string' && known.has(value)) {
			mapping[index] = value as ImportField
		}
	}
	return mapping
}

/** The select's value for "do not import this column" (Conform drops empty strings). */
export const SKIP_COLUMN = 'skip'

/**
 * The mapping form: one select per column. Every required group needs a column, and no field may be
 * chosen for two columns.
 */
export function createMappingSchema(kind: ImportKind) {
	const choices = [SKIP_COLUMN, ...importFields[kind]] as [string, ...string[]]
	return z
		.object({
			intent: z.literal('map'),
			columns: z.array(z.enum(choices)).max(500),
		})
		.superRefine((value, context) => {
			const firstColumn = new Map<string, number>()
			value.columns.forEach((field, index) => {
				if (field === SKIP_COLUMN) return
				if (firstColumn.has(field)) {
					context.addIssue({
						code: 'custom',
						path: ['columns', index],
						message: `imports:mapping.errors.duplicate|${JSON.stringify({ column: columnLetter(firstColumn.get(field)!) })}`,
					})
				} else firstColumn.set(field, index)
			})
			if (missingRequiredGroups(kind, toMapping(value.columns)).length > 0) {
				context.addIssue({
					code: 'custom',
					path: [],
					message: `imports:mapping.errors.required.${kind}`,
				})
			}
		})
		.transform((value) => toMapping(value.columns))
}

function toMapping(columns: readonly string[]): ColumnMapping {
	const mapping: ColumnMapping = {}
	columns.forEach((field, index) => {
		if (field !== SKIP_COLUMN) mapping[index] = field as ImportField
	})
	return mapping
}

/** A spreadsheet's column name: A, B, …, Z, AA, AB, … */
export function columnLetter(index: number) {
	let name = ''
	let rest = index + 1
	while (rest > 0) {
		const remainder = (rest - 1) % 26
		name = String.fromCharCode(65 + remainder) + name
		rest = Math.floor((rest - 1) / 26)
	}
	return name
}
