// A deterministic synthetic data set for the benchmark: places, candidates and coach queries drawn
// from a seeded PRNG over a Dutch vocabulary and the real Dutch towns the app knows. Same seed and
// sizes give the same data (dates are relative to the run's start).
import { type WorkEnvironment } from '#app/domain/candidates/candidate-options.ts'
import { type CandidateStage } from '#app/domain/candidates/candidate-options.ts'
import { type Town } from '#app/domain/geo/towns.server.ts'
import {
	accessibilityOptions,
	adaptationOptions,
	placeTypes,
	supervisionOptions,
	weekDays,
	type PlaceType,
} from '#app/domain/places/place-options.ts'
import { type CandidateDocument, type PlaceDocument } from '#search/documents.server.ts'

/** mulberry32: small, fast and good enough for test data. */
export function createRandom(seed: number) {
	let state = seed >>> 0
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0
		let t = state
		t = Math.imul(t ^ (t >>> 15), t | 1)
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296
	}
	const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
	const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!
	const some = <T>(items: readonly T[], min: number, max: number): T[] => {
		const count = Math.min(items.length, int(min, max))
		const pool = [...items]
		const chosen: T[] = []
		for (let i = 0; i < count; i++) chosen.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!)
		return chosen
	}
	const weighted = <T>(entries: ReadonlyArray<readonly [T, number]>): T => {
		const total = entries.reduce((sum, [, weight]) => sum + weight, 0)
		let roll = next() * total
		for (const [value, weight] of entries) {
			roll -= weight
			if (roll < 0) return value
		}
		return entries[entries.length - 1]![0]
	}
	return { next, int, pick, some, weighted }
}
export type Random = ReturnType<typeof createRandom>

/** A work field: how places in it are titled and described, and what coaches type to find them. */
type Field = {
	key: string
	sector: string
	titles: string[]
	tasks: string[]
	sentences: string[]
	employers: string[]
	/** Query words: plain words, synonyms (keys of search/synonyms.nl.json) and typos. */
	queries: string[]
	interests: string[]
}

export const fields: Field[] = [
	{
		key: 'horeca',
		sector: 'I',
		titles: ['Medewerker bediening', 'Hulpkok', 'Medewerker afwas', 'Barista', 'Gastvrouw of gastheer', 'Keukenhulp'],
		tasks: [
			'tafels dekken en afruimen',
			'de vaatwasser vullen en leeghalen',
			'broodjes beleggen in de keuken',
			'koffie zetten en uitserveren',
			'groenten snijden voor de lunch',
			'gasten ontvangen en naar hun tafel brengen',
		],
		sentences: [
			'In onze lunchroom draai je mee in de bediening.',
			'Ons café in de binnenstad zoekt een collega voor de keuken.',
			'Je helpt de kok bij de voorbereiding van de lunch.',
			'Het restaurant is rustig in de ochtend, zodat je kunt wennen.',
		],
		employers: ['Lunchroom', 'Café', 'Restaurant', 'Brasserie', 'Koffiebar'],
		queries: [
			'horeca',
			'keuken',
			'koken',
			'kookn',
			'bediening',
			'afwas',
			'barista',
			'cafe',
			'lunchroom',
			'kok',
			'restaurnt',
		],
		interests: ['koken', 'eten maken', 'gasten helpen', 'koffie zetten'],
	},
	{
		key: 'groen',
		sector: 'A',
		titles: ['Medewerker groenvoorziening', 'Hulp hovenier', 'Medewerker kwekerij', 'Tuinman in het park'],
		tasks: [
			'snoeien van heggen',
			'gras maaien',
			'onkruid wieden in de plantsoenen',
			'planten oppotten in de kas',
			'bladeren ruimen',
		],
		sentences: [
			'Je werkt buiten in een vaste ploeg van de groenvoorziening.',
			'Onze hoveniers onderhouden tuinen en parken in de regio.',
			'In de kwekerij kweken we vaste planten en heesters.',
		],
		employers: ['Hoveniersbedrijf', 'Groenbedrijf', 'Kwekerij', 'Tuincentrum'],
		queries: ['groen', 'hovenier', 'hovernier', 'tuin', 'buiten', 'snoeien', 'kwekerij', 'groenvoorzienig', 'planten'],
		interests: ['buiten werken', 'tuinieren', 'planten', 'de natuur'],
	},
	{
		key: 'magazijn',
		sector: 'H',
		titles: ['Orderpicker', 'Medewerker magazijn', 'Medewerker expeditie', 'Inpakker', 'Medewerker logistiek'],
		tasks: [
			'orders verzamelen met een handscanner',
			'pakketten inpakken',
			'voorraad tellen',
			'dozen stickeren',
			'vrachtwagens lossen',
		],
		sentences: [
			'In ons distributiecentrum verzamel je orders voor winkels.',
			'Het magazijn heeft vaste looproutes en duidelijke werkinstructies.',
			'Je werkt in een team van vijf collega’s op de expeditie.',
		],
		employers: ['Logistiek', 'Distributiecentrum', 'Transport', 'Webwinkel'],
		queries: ['magazijn', 'magazjin', 'orderpicken', 'logistiek', 'inpakken', 'voorraad', 'expeditie', 'orderpikken'],
		interests: ['inpakken', 'sorteren', 'met mijn handen werken', 'opruimen'],
	},
	{
		key: 'fietsen',
		sector: 'G',
		titles: ['Medewerker fietsenmakerij', 'Hulp fietsenmaker', 'Medewerker fietsenstalling'],
		tasks: ['banden plakken', 'fietsen poetsen', 'remmen afstellen', 'kettingen smeren', 'fietsen stallen en uitgeven'],
		sentences: [
			'In onze werkplaats repareren we elke dag tientallen fietsen.',
			'Je leert sleutelen naast een ervaren fietsenmaker.',
		],
		employers: ['Fietsenmakerij', 'Fietsenwinkel', 'Rijwielhandel'],
		queries: ['fietsen', 'fietsenmaker', 'fietsenmakr', 'sleutelen', 'reparatie', 'techniek'],
		interests: ['sleutelen', 'fietsen repareren', 'techniek'],
	},
	{
		key: 'kringloop',
		sector: 'G',
		titles: ['Medewerker kringloopwinkel', 'Sorteerder tweedehands goederen', 'Medewerker kassa kringloop'],
		tasks: [
			'spullen sorteren en prijzen',
			'de winkel inrichten',
			'afrekenen aan de kassa',
			'meubels ophalen met de bus',
		],
		sentences: [
			'Onze kringloopwinkel geeft spullen een tweede leven.',
			'Je werkt mee in de sorteerruimte of in de winkel.',
		],
		employers: ['Kringloop', 'Tweedehandswinkel', 'Kringloopcentrum'],
		queries: ['kringloop', 'tweedehands', 'sorteren', 'winkel', 'kringlop'],
		interests: ['spullen sorteren', 'winkel', 'tweedehands'],
	},
	{
		key: 'administratie',
		sector: 'N',
		titles: ['Administratief medewerker', 'Medewerker archief', 'Medewerker scannen', 'Medewerker receptie'],
		tasks: ['post sorteren', 'dossiers scannen', 'gegevens invoeren', 'het archief ordenen', 'de telefoon aannemen'],
		sentences: [
			'Op ons kantoor help je de administratie op orde te houden.',
			'Je werkt op een rustige plek met een vaste collega als aanspreekpunt.',
		],
		employers: ['Administratiekantoor', 'Gemeentehuis', 'Archiefdienst'],
		queries: ['administratie', 'archief', 'kantoor', 'scannen', 'administatie', 'receptie'],
		interests: ['computerwerk', 'ordenen', 'administratie'],
	},
	{
		key: 'dieren',
		sector: 'S',
		titles: [
			'Dierverzorger dierenasiel',
			'Medewerker kinderboerderij',
			'Vrijwilliger dierenopvang',
			'Hulp op de manege',
		],
		tasks: ['hokken schoonmaken', 'dieren voeren', 'honden uitlaten', 'paarden borstelen', 'bezoekers wegwijs maken'],
		sentences: [
			'In ons dierenasiel zorgen we voor honden en katten die een nieuw huis zoeken.',
			'De kinderboerderij heeft geiten, schapen, kippen en konijnen.',
		],
		employers: ['Dierenasiel', 'Kinderboerderij', 'Dierenopvang', 'Manege'],
		queries: ['dieren', 'dierenasiel', 'kinderboerderij', 'honden', 'paarden', 'dierenverzorging', 'dierenasyl'],
		interests: ['dieren', 'verzorgen', 'honden', 'paarden'],
	},
	{
		key: 'zorg',
		sector: 'Q',
		titles: ['Medewerker activiteitenbegeleiding', 'Gastvrouw zorgcentrum', 'Helpende in het verpleeghuis'],
		tasks: ['koffie schenken voor bewoners', 'wandelen met ouderen', 'spelletjes begeleiden', 'helpen bij de maaltijd'],
		sentences: [
			'In ons zorgcentrum is altijd iemand nodig die tijd heeft voor een praatje.',
			'Je ondersteunt de activiteitenbegeleiders bij de middagactiviteiten.',
		],
		employers: ['Zorgcentrum', 'Verpleeghuis', 'Woonzorg'],
		queries: ['zorg', 'ouderen', 'begeleiding', 'verzorging', 'zorgcentrum', 'welzijn'],
		interests: ['mensen helpen', 'ouderen', 'zorg'],
	},
	{
		key: 'schoonmaak',
		sector: 'N',
		titles: ['Schoonmaker', 'Medewerker facilitair', 'Medewerker huishoudelijke dienst'],
		tasks: ['kantoren stofzuigen', 'sanitair reinigen', 'ramen lappen', 'afval scheiden'],
		sentences: [
			'Je maakt in een vaste ronde de kantoren schoon.',
			'We werken vroeg in de ochtend, voordat de kantoren opengaan.',
		],
		employers: ['Schoonmaakbedrijf', 'Facilitair bedrijf'],
		queries: ['schoonmaak', 'schoonmaken', 'reiniging', 'facilitair', 'schoonmak'],
		interests: ['opruimen', 'schoonmaken', 'netjes werken'],
	},
	{
		key: 'drukkerij',
		sector: 'C',
		titles: ['Medewerker drukkerij', 'Medewerker afwerking', 'Hulp grafisch ontwerp'],
		tasks: ['drukwerk vouwen en snijden', 'de drukpers bijvullen', 'folders inpakken', 'ontwerpen opmaken'],
		sentences: ['In onze drukkerij maken we folders, posters en boekjes.', 'Je helpt bij het afwerken van drukwerk.'],
		employers: ['Drukkerij', 'Grafisch bedrijf', 'Printshop'],
		queries: ['drukkerij', 'grafisch', 'creatief', 'drukwerk', 'ontwerpen'],
		interests: ['creatief bezig zijn', 'tekenen', 'grafisch ontwerp'],
	},
	{
		key: 'ict',
		sector: 'J',
		titles: ['Medewerker ICT-helpdesk', 'Hulp systeembeheer', 'Medewerker computerreparatie'],
		tasks: ['laptops installeren', 'vragen van collega’s beantwoorden', 'computers repareren', 'software bijwerken'],
		sentences: ['Onze helpdesk helpt gebruikers met hun computer en telefoon.', 'Je leert werken met ticketsystemen.'],
		employers: ['ICT-bedrijf', 'Computerwinkel', 'Helpdesk'],
		queries: ['ict', 'computer', 'helpdesk', 'computers', 'laptops', 'software'],
		interests: ['computers', 'ICT', 'gamen', 'techniek'],
	},
	{
		key: 'bakkerij',
		sector: 'C',
		titles: ['Medewerker bakkerij', 'Hulp bakker', 'Medewerker broodafdeling'],
		tasks: ['deeg kneden', 'brood bakken', 'taarten versieren', 'de winkel bevoorraden'],
		sentences: ['In onze bakkerij bakken we elke nacht vers brood.', 'Je begint vroeg en bent rond de middag klaar.'],
		employers: ['Bakkerij', 'Warme bakker', 'Banketbakkerij'],
		queries: ['bakkerij', 'bakker', 'bakken', 'brood', 'bakkrij'],
		interests: ['bakken', 'koken', 'brood'],
	},
	{
		key: 'supermarkt',
		sector: 'G',
		titles: ['Vakkenvuller', 'Medewerker supermarkt', 'Medewerker kassa', 'Medewerker versafdeling'],
		tasks: [
			'vakken vullen',
			'producten spiegelen',
			'klanten helpen zoeken',
			'afrekenen aan de kassa',
			'houdbaarheid controleren',
		],
		sentences: [
			'In onze supermarkt vul je de schappen en help je klanten.',
			'Je werkt in een vast team op de avonden.',
		],
		employers: ['Supermarkt', 'Buurtsuper', 'Versmarkt'],
		queries: ['supermarkt', 'vakkenvullen', 'winkel', 'kassa', 'vakkenvuller', 'supermakt'],
		interests: ['winkel', 'vakkenvullen', 'klanten helpen'],
	},
	{
		key: 'bouw',
		sector: 'F',
		titles: ['Hulp timmerman', 'Medewerker schilderwerk', 'Klusjesman'],
		tasks: ['hout zagen', 'muren schilderen', 'steigers opbouwen', 'de bouwplaats opruimen'],
		sentences: ['Ons bouwbedrijf renoveert woningen in de regio.', 'Je werkt mee met een ervaren timmerman.'],
		employers: ['Bouwbedrijf', 'Schildersbedrijf', 'Klussenbedrijf'],
		queries: ['bouw', 'timmeren', 'schilderen', 'klussen', 'timmerman'],
		interests: ['klussen', 'timmeren', 'met mijn handen werken'],
	},
	{
		key: 'vervoer',
		sector: 'H',
		titles: ['Bijrijder', 'Bezorger', 'Fietskoerier'],
		tasks: ['pakketten bezorgen', 'de bus inladen', 'routes plannen', 'handtekeningen scannen'],
		sentences: ['Je rijdt mee met onze chauffeurs door de regio.', 'We bezorgen boodschappen bij ouderen thuis.'],
		employers: ['Koeriersdienst', 'Bezorgdienst', 'Vervoersbedrijf'],
		queries: ['vervoer', 'bezorgen', 'chauffeur', 'koerier', 'bezorging'],
		interests: ['rijden', 'onderweg zijn', 'bezorgen'],
	},
	{
		key: 'kinderen',
		sector: 'P',
		titles: ['Hulp in de kinderopvang', 'Medewerker buitenschoolse opvang', 'Onderwijsassistent'],
		tasks: ['spelletjes doen met kinderen', 'fruit klaarmaken', 'helpen bij knutselen', 'de groepsruimte opruimen'],
		sentences: ['Op onze bso spelen kinderen na schooltijd.', 'Je helpt de pedagogisch medewerkers op de groep.'],
		employers: ['Kinderopvang', 'Basisschool', 'BSO'],
		queries: ['kinderen', 'kinderopvang', 'bso', 'school', 'kinderopvnag'],
		interests: ['kinderen', 'spelen', 'knutselen'],
	},
]

const generalSentences = [
	'Je krijgt een vaste begeleider die je wegwijs maakt.',
	'We werken met duidelijke afspraken en een vast rooster.',
	'Er is ruimte om in je eigen tempo te leren.',
	'Na een proefperiode kijken we samen naar de volgende stap.',
	'Het team is klein en de sfeer is gemoedelijk.',
	'Ervaring is niet nodig: we leren je alles op de werkvloer.',
	'De werkplek is goed bereikbaar met het openbaar vervoer.',
	'Koffie en lunch zijn bij ons altijd geregeld.',
]

const typeWeights: ReadonlyArray<readonly [PlaceType, number]> = [
	['WORK_EXPERIENCE', 40],
	['VOLUNTEER', 20],
	['INTERNSHIP', 10],
	['PAID_JOB', 12],
	['GARANTIEBAAN', 10],
	['DAY_ACTIVITY', 8],
]

const environmentByField: Record<string, WorkEnvironment[]> = {
	groen: ['OUTDOORS', 'PHYSICAL_WORK'],
	dieren: ['WITH_ANIMALS', 'OUTDOORS'],
	administratie: ['SEATED_WORK', 'QUIET'],
	horeca: ['CONTACT_WITH_PEOPLE', 'TEAM'],
	magazijn: ['PHYSICAL_WORK', 'NO_CUSTOMER_CONTACT', 'STRUCTURE'],
}

export type SyntheticEmployer = {
	id: string
	name: string
	sector: string
	town: Town
}

export type SyntheticPlace = { document: PlaceDocument; employer: SyntheticEmployer; town: Town }

const DAY = 24 * 60 * 60 * 1000

function jitter(random: Random, value: number, spread: number) {
	return Math.round((value + (random.next() - 0.5) * spread) * 1e5) / 1e5
}

export function createEmployers(count: number, towns: readonly Town[], seed = 1): SyntheticEmployer[] {
	const random = createRandom(seed)
	return Array.from({ length: count }, (_, index) => {
		const field = random.pick(fields)
		const town = random.pick(towns)
		return {
			id: `bench-org-${index.toString(36)}`,
			name: `${random.pick(field.employers)} ${town.name} ${index}`,
			sector: field.sector,
			town,
		}
	})
}

/** Places in the exact shape toPlaceDocument builds from the rows the benchmark writes. */
export function* generatePlaces(
	count: number,
	employers: readonly SyntheticEmployer[],
	towns: readonly Town[],
	startedAt: number,
	seed = 2,
): Generator<SyntheticPlace> {
	const random = createRandom(seed)
	for (let index = 0; index < count; index++) {
		const field = random.pick(fields)
		const employer = random.pick(employers)
		// Most places are at the employer's town; some elsewhere.
		const town = random.next() < 0.8 ? employer.town : random.pick(towns)
		const hoursMin = random.int(2, 24)
		const hoursMax = Math.min(40, hoursMin + random.int(0, 16))
		const title = `${random.pick(field.titles)}${random.next() < 0.3 ? ` in ${town.name}` : ''}`
		const description = [...random.some(field.sentences, 1, 2), ...random.some(generalSentences, 1, 3)].join(' ')
		const tasks = random.some(field.tasks, 2, 4).join(', ')
		yield {
			employer,
			town,
			document: {
				id: `bench-place-${index.toString(36)}`,
				title,
				description,
				tasks: `${tasks.charAt(0).toUpperCase()}${tasks.slice(1)}.`,
				learning: random.next() < 0.5 ? 'Werknemersvaardigheden, samenwerken en op tijd komen.' : null,
				requirements: random.next() < 0.3 ? 'Je bent gemotiveerd en komt je afspraken na.' : null,
				organizationId: employer.id,
				organizationName: employer.name,
				type: random.weighted(typeWeights),
				sector: field.sector,
				town: town.label,
				municipality: town.municipality,
				workMode: random.weighted([
					['ON_SITE', 90],
					['HYBRID', 8],
					['REMOTE', 2],
				] as const),
				hoursMin,
				hoursMax,
				days: weekDays.filter((day) => (day === 'SAT' || day === 'SUN' ? random.next() < 0.15 : random.next() < 0.7)),
				supervision: supervisionOptions.filter(() => random.next() < 0.4),
				adaptations: adaptationOptions.filter(() => random.next() < 0.25),
				accessibility: accessibilityOptions.filter(() => random.next() < 0.35),
				spots: random.int(1, 3),
				publishedAt: startedAt - random.int(0, 60) * DAY - random.int(0, DAY),
				_geo: { lat: jitter(random, town.latitude, 0.02), lng: jitter(random, town.longitude, 0.03) },
			},
		}
	}
}

const stages: CandidateStage[] = ['ORIENTING', 'DEVELOPING', 'JOB_SEEKING', 'WORKING']

export function* generateCandidates(
	count: number,
	coachingOrganizationIds: readonly string[],
	towns: readonly Town[],
	centreOf: (municipality: string) => { lat: number; lng: number } | null,
	startedAt: number,
	seed = 3,
): Generator<CandidateDocument> {
	const random = createRandom(seed)
	for (let index = 0; index < count; index++) {
		const field = random.pick(fields)
		const second = random.pick(fields)
		const town = random.pick(towns)
		const hoursMin = random.int(4, 20)
		yield {
			id: `bench-candidate-${index.toString(36)}`,
			code: `K-${index.toString(36).toUpperCase().padStart(5, '0')}`,
			happyWhen: `Ik word blij van ${random.pick(field.interests)} en ${random.pick(second.interests)}.`,
			interests: [random.pick(field.interests), random.pick(field.queries), random.pick(second.interests)].join(', '),
			talents: random.pick(['Nauwkeurig', 'Behulpzaam', 'Doorzetter', 'Handig', 'Geduldig', 'Vrolijk']),
			learningGoals: random.next() < 0.5 ? 'Op tijd komen en zelfstandig werken.' : null,
			placeTypes: random.some(placeTypes, 1, 3),
			sectors: [field.sector],
			hoursMin,
			hoursMax: hoursMin + random.int(0, 16),
			days: weekDays.filter(() => random.next() < 0.6),
			homeMunicipality: town.municipality,
			travelRadiusKm: random.pick([5, 10, 15, 20, 30]),
			transport: random.some(['BICYCLE', 'PUBLIC_TRANSPORT', 'CAR', 'WALK', 'E_BIKE'], 1, 2),
			workEnvironment: [
				...new Set([
					...(environmentByField[field.key] ?? []),
					...random.some(['QUIET', 'STRUCTURE', 'TEAM', 'OWN_PACE'], 0, 2),
				]),
			],
			languages: random.next() < 0.85 ? ['NL'] : ['NL', random.pick(['EN', 'AR', 'TR', 'PL'])],
			experience: random.next() < 0.4 ? `Eerder gewerkt in een ${random.pick(field.employers).toLowerCase()}.` : null,
			training: random.next() < 0.3 ? 'Entree-opleiding' : null,
			stage: random.pick(stages),
			organizationId: random.pick(coachingOrganizationIds),
			employerVisible: random.next() < 0.7,
			active: random.next() < 0.9,
			confirmedAt: startedAt - random.int(0, 120) * DAY,
			_geo: centreOf(town.municipality),
		}
	}
}

export type BenchQuery = {
	q: string
	types: PlaceType[]
	hoursMin: number
	hoursMax: number
	radiusKm: number
	/** The candidate's home town: the centre of the radius. */
	town: Town
}

const modifiers = ['rustig', 'buiten', 'team', 'begeleiding', 'vast', 'ochtend', 'leren']

/** Queries a coach would run for a candidate: 1–3 words, wished types, hours and a radius around home. */
export function generateQueries(count: number, homeTowns: readonly Town[], seed = 4): BenchQuery[] {
	const random = createRandom(seed)
	return Array.from({ length: count }, () => {
		const field = random.pick(fields)
		const words = [random.pick(field.queries)]
		const extra = random.int(0, 2)
		if (extra >= 1) {
			const second = random.pick(field.queries)
			if (!words.includes(second)) words.push(second)
		}
		if (extra >= 2) words.push(random.pick(modifiers))
		const hoursMin = random.int(4, 20)
		return {
			q: words.join(' '),
			types: random.some(placeTypes, 1, 3),
			hoursMin,
			hoursMax: hoursMin + random.int(4, 16),
			radiusKm: random.pick([10, 15, 20, 25, 30]),
			town: random.pick(homeTowns),
		}
	})
}

/** The Meilisearch filter for a query: types, overlapping hours, within the radius. */
export function meiliFilter(query: BenchQuery) {
	const types = query.types.map((type) => `"${type}"`).join(', ')
	return [
		`type IN [${types}]`,
		`hoursMin <= ${query.hoursMax}`,
		`hoursMax >= ${query.hoursMin}`,
		`_geoRadius(${query.town.latitude}, ${query.town.longitude}, ${query.radiusKm * 1000})`,
	].join(' AND ')
}
