/**
 * Demo data set for Werkverbinder: one coaching organisation in Doetinchem, ~25 inclusive
 * employers in the Achterhoek and one login per role. Data only, no database code: the seed and
 * the demo command turn this into rows.
 *
 * Everything here is fictional. Organisation names, descriptions and towns are hand-written;
 * person names and phone numbers come from a private, seeded faker instance (seeded per entity,
 * so adding an employer does not change the people of the others). KvK numbers use the 9999xxxx
 * range so they stay clear of numbers the Chamber of Commerce hands out today; websites and
 * contact emails use the reserved `.example` domain, login emails the reserved `.test` domain.
 */
import { Faker, base, en, nl } from '@faker-js/faker'

/** SBI 2008 top-level sections (CBS), with their Dutch names. */
export const sbiSections = {
	A: 'Landbouw, bosbouw en visserij',
	B: 'Delfstoffenwinning',
	C: 'Industrie',
	D: 'Energievoorziening',
	E: 'Waterbedrijven en afvalbeheer',
	F: 'Bouwnijverheid',
	G: 'Handel',
	H: 'Vervoer en opslag',
	I: 'Logies-, maaltijd- en drankverstrekking',
	J: 'Informatie en communicatie',
	K: 'Financiële dienstverlening',
	L: 'Verhuur en handel van onroerend goed',
	M: 'Specialistische zakelijke diensten',
	N: 'Verhuur en overige zakelijke diensten',
	O: 'Openbaar bestuur en overheidsdiensten',
	P: 'Onderwijs',
	Q: 'Gezondheids- en welzijnszorg',
	R: 'Cultuur, sport en recreatie',
	S: 'Overige dienstverlening',
	T: 'Huishoudens als werkgever',
	U: 'Extraterritoriale organisaties',
} as const

export type SbiSection = keyof typeof sbiSections

export type SizeClass = '1-9' | '10-49' | '50-249' | '250+'

/** The seven Achterhoek municipalities of the demo, with the towns used in it. */
export const demoMunicipalities = {
	Doetinchem: ['Doetinchem'],
	'Oost Gelre': ['Groenlo', 'Lichtenvoorde'],
	Montferland: ['Didam', "'s-Heerenberg"],
	Bronckhorst: ['Hengelo', 'Vorden', 'Zelhem'],
	Berkelland: ['Borculo', 'Eibergen', 'Neede'],
	Aalten: ['Aalten', 'Bredevoort'],
	'Oude IJsselstreek': ['Ulft', 'Gendringen', 'Terborg'],
} as const

export type DemoMunicipality = keyof typeof demoMunicipalities
export type DemoTown = (typeof demoMunicipalities)[DemoMunicipality][number]

export type DemoRole = 'ADMIN' | 'COORDINATOR' | 'JOBCOACH' | 'EMPLOYER'

export type DemoPerson = {
	name: string
	email: string
}

export type DemoAdmin = DemoPerson

export type DemoCoachingMember = DemoPerson & {
	role: 'JOBCOACH' | 'COORDINATOR'
	/** True for exactly one jobcoach: the account the demo logs in with. */
	isDemoLogin: boolean
	/** Contracted hours a week (jobcoaches; null for the coordinator). */
	contractHours: number | null
}

export type DemoCoachingOrganization = {
	name: string
	town: DemoTown
	municipality: DemoMunicipality
	website: string
	description: string
	members: DemoCoachingMember[]
}

export type DemoContactPerson = DemoPerson & {
	jobTitle: string
	phone: string
}

export type DemoEmployer = {
	name: string
	/** 8 digits, fictional (9999xxxx). */
	kvkNumber: string
	sector: SbiSection
	sizeClass: SizeClass
	town: DemoTown
	municipality: DemoMunicipality
	website: string
	description: string
	contactPersons: DemoContactPerson[]
	/** Only the first two employers have a user account; the first is the demo employer login. */
	accountHolder?: DemoPerson
}

export type DemoLogin = {
	role: DemoRole
	email: string
}

export type DemoData = {
	password: string
	admin: DemoAdmin
	coachingOrganization: DemoCoachingOrganization
	employers: DemoEmployer[]
}

/** One password for every demo account. Never use it outside a demo database. */
export const demoPassword = 'werkverbinder-demo'

const coachingDomain = 'wisselplaats.test'

/** Trunk prefixes of the landlines, by town. */
const areaCodes: Record<DemoTown, string> = {
	Doetinchem: '0314',
	Zelhem: '0314',
	"'s-Heerenberg": '0314',
	Didam: '0316',
	Ulft: '0315',
	Gendringen: '0315',
	Terborg: '0315',
	Groenlo: '0544',
	Lichtenvoorde: '0544',
	Aalten: '0543',
	Bredevoort: '0543',
	Borculo: '0545',
	Eibergen: '0545',
	Neede: '0545',
	Hengelo: '0575',
	Vorden: '0575',
}

type EmployerSpec = {
	name: string
	/** Used for the website and contact emails: https://<slug>.example, …@<slug>.example. */
	slug: string
	kvkNumber: string
	sector: SbiSection
	sizeClass: SizeClass
	town: DemoTown
	description: string
	/** One contact person per job title (1-3). */
	contactJobTitles: string[]
	/** Set for the employers that get a user account. */
	accountEmail?: string
}

const employerSpecs: readonly EmployerSpec[] = [
	{
		name: "Lunchroom 't Hofje",
		slug: 'hofje',
		kvkNumber: '99990001',
		sector: 'I',
		sizeClass: '10-49',
		town: 'Doetinchem',
		description:
			'Gezellige lunchroom in de binnenstad van Doetinchem met eigen soepen, broodjes en taart. Ons team werkt al jaren met werkervaringsplekken in keuken en bediening, met een vaste werkbegeleider en rustige ochtenddiensten om in te komen.',
		contactJobTitles: ['Bedrijfsleider', 'Chef-kok'],
		accountEmail: 'werkgever@hofje.test',
	},
	{
		name: 'Hoveniersbedrijf De Wilgenhoek',
		slug: 'wilgenhoek',
		kvkNumber: '99990002',
		sector: 'N',
		sizeClass: '10-49',
		town: 'Vorden',
		description:
			'Hoveniersbedrijf voor aanleg en onderhoud van tuinen en landgoederen rond Vorden. Buiten werken in een kleine ploeg met een vaste voorman is voor veel mensen een goede plek om ritme op te bouwen; we hebben twee Garantiebanen en bieden werkervaringsplekken.',
		contactJobTitles: ['Bedrijfsleider', 'Voorman onderhoud'],
		accountEmail: 'werkgever@wilgenhoek.test',
	},
	{
		name: 'Logistiek Centrum Oude IJssel',
		slug: 'lc-oudeijssel',
		kvkNumber: '99990003',
		sector: 'H',
		sizeClass: '50-249',
		town: 'Ulft',
		description:
			'Distributiecentrum voor bouw- en tuinartikelen in Ulft. Met duidelijke werkinstructies, vaste orderpickroutes en teamleiders die gewend zijn aan jobcoaching maken we ruimte voor mensen uit de banenafspraak.',
		contactJobTitles: ['HR-adviseur', 'Teamleider orderpicking', 'Vestigingsmanager'],
	},
	{
		name: 'Woonzorgcentrum Het Berkenhof',
		slug: 'berkenhof',
		kvkNumber: '99990004',
		sector: 'Q',
		sizeClass: '50-249',
		town: 'Borculo',
		description:
			'Woonzorgcentrum met negentig bewoners aan de rand van Borculo. Naast de zorg zijn er plekken in de huiskamers, het restaurant, de tuin en de technische dienst, waar kandidaten met een buddy meedraaien.',
		contactJobTitles: ['Teamleider facilitair', 'Coördinator vrijwilligers'],
	},
	{
		name: 'Versmarkt Lichtenvoorde',
		slug: 'versmarkt-lichtenvoorde',
		kvkNumber: '99990005',
		sector: 'G',
		sizeClass: '50-249',
		town: 'Lichtenvoorde',
		description:
			'Zelfstandige supermarkt met een eigen versafdeling en bakkerijhoek. We werken met jobcarving: vakkenvullen, statiegeld en schappen spiegelen zijn aparte taken, zodat iemand in een eigen tempo kan groeien.',
		contactJobTitles: ['Filiaalmanager'],
	},
	{
		name: 'Metaalwerk IJsselkant',
		slug: 'metaalwerk-ijsselkant',
		kvkNumber: '99990006',
		sector: 'C',
		sizeClass: '50-249',
		town: 'Terborg',
		description:
			'Metaalbewerkingsbedrijf in Terborg dat onderdelen last, zet en poedercoat voor de machinebouw. Op de afdeling montage en verpakking begeleiden ervaren collega’s nieuwe medewerkers, en we hebben goede ervaringen met Garantiebanen.',
		contactJobTitles: ['HR-manager', 'Productieleider'],
	},
	{
		name: 'Kringloop De Tweede Ronde',
		slug: 'tweederonde',
		kvkNumber: '99990007',
		sector: 'G',
		sizeClass: '10-49',
		town: 'Aalten',
		description:
			'Sociale onderneming en kringloopwinkel in Aalten: spullen krijgen een tweede leven en mensen een nieuwe start. Werkervaringsplekken in sorteren, reparatie, winkel en ophaaldienst, met dagelijkse begeleiding en ruimte om even een stap terug te doen.',
		contactJobTitles: ['Coördinator werk en begeleiding', 'Winkelmanager'],
	},
	{
		name: 'Warme Bakkerij De Korenschoof',
		slug: 'korenschoof',
		kvkNumber: '99990008',
		sector: 'C',
		sizeClass: '10-49',
		town: 'Groenlo',
		description:
			'Ambachtelijke warme bakker in Groenlo die vroeg in de ochtend bakt voor drie winkels. Wie van vroeg beginnen houdt, vindt een plek in de inpak- en afwerkafdeling, met een vaste werkbegeleider.',
		contactJobTitles: ['Eigenaar'],
	},
	{
		name: 'Glans Schoonmaakdiensten',
		slug: 'glans-schoonmaak',
		kvkNumber: '99990009',
		sector: 'N',
		sizeClass: '250+',
		town: 'Doetinchem',
		description:
			'Schoonmaakbedrijf dat kantoren, scholen en zorginstellingen in de hele Achterhoek schoonhoudt. We hebben een eigen leerwerktraject en objectleiders die gewend zijn om samen te werken met een jobcoach.',
		contactJobTitles: ['Regiomanager', 'Objectleider', 'Adviseur duurzame inzetbaarheid'],
	},
	{
		name: 'Gemeentewerf Didam',
		slug: 'gemeentewerf-didam',
		kvkNumber: '99990010',
		sector: 'O',
		sizeClass: '50-249',
		town: 'Didam',
		description:
			'De buitendienst zorgt voor groen, wegen en begraafplaatsen in Didam en omgeving. Als overheidswerkgever willen we het goede voorbeeld geven, met Garantiebanen en werkervaringsplekken in de groenploeg en het magazijn.',
		contactJobTitles: ['Teamleider buitendienst', 'Adviseur inclusief werkgeverschap'],
	},
	{
		name: 'Praktijkschool De Akkerwinde',
		slug: 'akkerwinde',
		kvkNumber: '99990011',
		sector: 'P',
		sizeClass: '50-249',
		town: 'Eibergen',
		description:
			'Praktijkschool voor leerlingen van 12 tot 18 jaar in Eibergen. In de kantine, bij de conciërge en in het onderhoud van het schoolterrein bieden we werkervaringsplekken met een rustige, voorspelbare dagindeling.',
		contactJobTitles: ['Teamleider facilitaire dienst', 'Stagecoördinator'],
	},
	{
		name: 'Zorgboerderij Het Klaverblad',
		slug: 'klaverblad',
		kvkNumber: '99990012',
		sector: 'A',
		sizeClass: '1-9',
		town: 'Zelhem',
		description:
			'Kleinschalige zorgboerderij met geiten, kippen en een moestuin bij Zelhem. Deelnemers werken mee in de dierverzorging en de boerderijwinkel, op hun eigen tempo en met veel persoonlijke aandacht; voor sommigen de eerste stap richting betaald werk.',
		contactJobTitles: ['Zorgboer'],
	},
	{
		name: 'Fietswerkplaats Trapkracht',
		slug: 'trapkracht',
		kvkNumber: '99990013',
		sector: 'S',
		sizeClass: '1-9',
		town: 'Doetinchem',
		description:
			'Fietsenmaker en leerwerkbedrijf in Doetinchem: we knappen gebruikte fietsen op en repareren fietsen uit de buurt. Kandidaten leren het vak naast een ervaren monteur, van band plakken tot een complete revisie.',
		contactJobTitles: ['Werkmeester', 'Projectleider'],
	},
	{
		name: 'Drukkerij Het Letterhuis',
		slug: 'letterhuis',
		kvkNumber: '99990014',
		sector: 'C',
		sizeClass: '10-49',
		town: 'Neede',
		description:
			'Familiedrukkerij in Neede voor drukwerk, verpakkingen en relatiegeschenken. In de afwerking (vouwen, snijden, inpakken) is het werk overzichtelijk en steeds in dezelfde volgorde, wat veel mensen rust en houvast geeft.',
		contactJobTitles: ['Directeur-eigenaar', 'Chef afwerking'],
	},
	{
		name: 'Testwerk Oost',
		slug: 'testwerk-oost',
		kvkNumber: '99990015',
		sector: 'J',
		sizeClass: '10-49',
		town: 'Doetinchem',
		description:
			'IT-bedrijf dat software test en gegevens opschoont voor klanten in heel Nederland. Bijna de helft van ons team heeft autisme; we werken met prikkelarme werkplekken, heldere afspraken en een vaste aanspreekpersoon.',
		contactJobTitles: ['Operationeel manager', 'Interne jobcoach'],
	},
	{
		name: 'Landgoedhotel De Hazelaar',
		slug: 'hazelaar',
		kvkNumber: '99990016',
		sector: 'I',
		sizeClass: '50-249',
		town: 'Hengelo',
		description:
			'Hotel-restaurant op een landgoed bij Hengelo (Gld) met veertig kamers en een drukke keuken. In de spoelkeuken, bij housekeeping en in de tuin bieden we werkervaringsplekken en Garantiebanen, met een buddy uit het eigen team.',
		contactJobTitles: ['Chef-kok', 'Hoofd housekeeping', 'HR-adviseur'],
	},
	{
		name: 'Tuincentrum De Groene Vinger',
		slug: 'groenevinger',
		kvkNumber: '99990017',
		sector: 'G',
		sizeClass: '10-49',
		town: "'s-Heerenberg",
		description:
			'Tuincentrum aan de rand van ’s-Heerenberg met een eigen kwekerij voor vaste planten. Water geven, oppotten en de buitenafdeling op orde houden: fijn werk voor wie graag met planten bezig is, met begeleiding door vaste medewerkers.',
		contactJobTitles: ['Bedrijfsleider'],
	},
	{
		name: 'Kaasmakerij De Berkelstroom',
		slug: 'berkelstroom',
		kvkNumber: '99990018',
		sector: 'C',
		sizeClass: '50-249',
		town: 'Borculo',
		description:
			'Zuivelbedrijf in Borculo waar boerenkaas wordt gemaakt, gerijpt en verpakt. Voor het keren van de kazen en het inpakken zoeken we mensen die van structuur houden, en we werken al jaren samen met jobcoaches uit de regio.',
		contactJobTitles: ['Productieleider', 'Personeelsadviseur'],
	},
	{
		name: 'Antiquariaat De Oude Band',
		slug: 'oudeband',
		kvkNumber: '99990019',
		sector: 'G',
		sizeClass: '1-9',
		town: 'Bredevoort',
		description:
			'Antiquariaat en tweedehands boekhandel in boekenstad Bredevoort. Een rustige plek om boeken te sorteren, te prijzen en online te zetten; we bieden een vrijwilligers- of werkervaringsplek voor één persoon tegelijk.',
		contactJobTitles: ['Eigenaar'],
	},
	{
		name: 'Achterhoekse Pakketdienst',
		slug: 'pakketdienst',
		kvkNumber: '99990020',
		sector: 'H',
		sizeClass: '10-49',
		town: 'Groenlo',
		description:
			'Regionale pakket- en koeriersdienst met een sorteercentrum in Groenlo. Als sorteerder of bijrijder werk je in een klein, hecht team; we bieden proefplaatsingen en begeleiden nieuwe collega’s naar een vast contract.',
		contactJobTitles: ['Operationeel manager', 'Planner'],
	},
	{
		name: 'Inpakbedrijf Handwerk Oost',
		slug: 'handwerk-oost',
		kvkNumber: '99990021',
		sector: 'N',
		sizeClass: '50-249',
		town: 'Gendringen',
		description:
			'Verpakkings- en assemblagebedrijf voor opdrachtgevers uit de maakindustrie. Het werk is goed op te knippen in kleine taken; met ruim zestig Garantiebanen zijn we een van de grotere inclusieve werkgevers in de regio.',
		contactJobTitles: ['Manager personeel en organisatie', 'Werkleider assemblage', 'Teamleider verpakking'],
	},
	{
		name: 'Kinderopvang De Speelhoeve',
		slug: 'speelhoeve',
		kvkNumber: '99990022',
		sector: 'Q',
		sizeClass: '10-49',
		town: 'Didam',
		description:
			'Kinderopvang en buitenschoolse opvang in Didam. Naast het pedagogisch werk zijn er ondersteunende taken in de keuken, de was en het onderhoud van de speeltuin, waarvoor we graag werkervaringsplekken bieden (een VOG is nodig).',
		contactJobTitles: ['Locatiemanager'],
	},
	{
		name: 'Installatiebedrijf Warmtewerk',
		slug: 'warmtewerk',
		kvkNumber: '99990023',
		sector: 'F',
		sizeClass: '10-49',
		town: 'Ulft',
		description:
			'Installatiebedrijf voor warmtepompen, zonnepanelen en cv-onderhoud. We leiden zelf op: een kandidaat kan beginnen in het magazijn of als hulpmonteur naast een vaste collega, en doorgroeien in een eigen tempo.',
		contactJobTitles: ['Directeur', 'Magazijnbeheerder'],
	},
	{
		name: 'Brasserie De Stoomfluit',
		slug: 'stoomfluit',
		kvkNumber: '99990024',
		sector: 'I',
		sizeClass: '10-49',
		town: 'Aalten',
		description:
			'Brasserie in het centrum van Aalten met een ruim terras en een open keuken. We werken met korte diensten en een vast inwerkmaatje, zodat nieuwe collega’s rustig kunnen wennen aan de drukte.',
		contactJobTitles: ['Eigenaar', 'Chef-kok'],
	},
	{
		name: 'Sportcentrum De Slinge',
		slug: 'sportcentrum-slinge',
		kvkNumber: '99990025',
		sector: 'R',
		sizeClass: '10-49',
		town: 'Doetinchem',
		description:
			'Sport- en zwemcentrum in Doetinchem met een sporthal, een zwembad en een sportkantine. Werkervaringsplekken bij de receptie, in het technisch onderhoud en de kantine, met een begeleider die weet wat jobcoaching inhoudt.',
		contactJobTitles: ['Bedrijfsleider', 'Coördinator technische dienst'],
	},
]

/** A private faker so the shared `fakerNL` instance (and its seed) is never touched. */
function createFaker(seed: number) {
	const faker = new Faker({ locale: [nl, en, base] })
	faker.seed(seed)
	return faker
}

function municipalityOf(town: DemoTown): DemoMunicipality {
	for (const [municipality, towns] of Object.entries(demoMunicipalities)) {
		if ((towns as readonly string[]).includes(town)) return municipality as DemoMunicipality
	}
	throw new Error(`Unknown demo town: ${town}`)
}

/** Lower-case ASCII letters only, for the local part of an email address. */
function emailPart(text: string) {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z]/g, '')
}

/** A full name not used before in this data set. */
function uniqueName(faker: Faker, usedNames: Set<string>) {
	for (;;) {
		const name = `${faker.person.firstName()} ${faker.person.lastName()}`
		if (!usedNames.has(name)) {
			usedNames.add(name)
			return name
		}
	}
}

/** `j.vandenberg@domain`, with a number added if that address is taken. */
function personEmail(name: string, domain: string, usedEmails: Set<string>) {
	const [firstName = '', ...rest] = name.split(' ')
	const local = `${emailPart(firstName).slice(0, 1)}.${emailPart(rest.join(''))}`
	let email = `${local}@${domain}`
	for (let n = 2; usedEmails.has(email); n++) email = `${local}${n}@${domain}`
	usedEmails.add(email)
	return email
}

function phoneNumber(faker: Faker, town: DemoTown) {
	return faker.datatype.boolean()
		? `06-${faker.string.numeric({ length: 8, allowLeadingZeros: false })}`
		: `${areaCodes[town]}-${faker.string.numeric({ length: 6, allowLeadingZeros: false })}`
}

function buildCoachingOrganization(usedNames: Set<string>, usedEmails: Set<string>): DemoCoachingOrganization {
	const faker = createFaker(2024)
	const member = (
		role: DemoCoachingMember['role'],
		contractHours: number | null,
		fixedEmail?: string,
		isDemoLogin = false,
	) => {
		const name = uniqueName(faker, usedNames)
		let email = fixedEmail ?? `${emailPart(name.split(' ')[0] ?? '')}@${coachingDomain}`
		if (!fixedEmail && usedEmails.has(email)) email = personEmail(name, coachingDomain, usedEmails)
		usedEmails.add(email)
		return { name, email, role, isDemoLogin, contractHours }
	}
	// As in the research: three jobcoaches sharing 22 hours a week. The demo login carries the largest
	// caseload on the fewest hours (7 active candidates on 3 hours: room for 6), so the dashboard shows
	// what over capacity looks like.
	const members = [
		member('JOBCOACH', 3, `jobcoach@${coachingDomain}`, true),
		member('JOBCOACH', 11),
		member('JOBCOACH', 8),
		member('COORDINATOR', null, `netwerk@${coachingDomain}`),
	]
	return {
		name: 'Inloophuis De Wisselplaats',
		town: 'Doetinchem',
		municipality: 'Doetinchem',
		website: 'https://wisselplaats.example',
		description:
			'Laagdrempelige inloopplek in Doetinchem voor mensen met een psychische kwetsbaarheid, een verslavingsverleden, een lichte verstandelijke beperking of hersenletsel. Drie jobcoaches begeleiden deelnemers stap voor stap naar werk dat bij hen past, en beginnen altijd met de vraag: waar word je blij van?',
		members,
	}
}

function buildEmployer(spec: EmployerSpec, usedNames: Set<string>, usedEmails: Set<string>): DemoEmployer {
	// Seeded per employer, so the people of one employer do not depend on the others.
	const faker = createFaker(Number(spec.kvkNumber))
	const domain = `${spec.slug}.example`
	const contactPersons = spec.contactJobTitles.map((jobTitle) => {
		const name = uniqueName(faker, usedNames)
		return { name, jobTitle, email: personEmail(name, domain, usedEmails), phone: phoneNumber(faker, spec.town) }
	})
	const employer: DemoEmployer = {
		name: spec.name,
		kvkNumber: spec.kvkNumber,
		sector: spec.sector,
		sizeClass: spec.sizeClass,
		town: spec.town,
		municipality: municipalityOf(spec.town),
		website: `https://${domain}`,
		description: spec.description,
		contactPersons,
	}
	if (spec.accountEmail) {
		employer.accountHolder = { name: uniqueName(faker, usedNames), email: spec.accountEmail }
	}
	return employer
}

/** Builds the whole demo data set; every call returns fresh, identical data. */
export function buildDemoData(): DemoData {
	const usedNames = new Set<string>()
	const usedEmails = new Set<string>()
	const coachingOrganization = buildCoachingOrganization(usedNames, usedEmails)
	return {
		password: demoPassword,
		admin: { name: 'Beheerder Werkverbinder', email: 'beheer@werkverbinder.test' },
		coachingOrganization,
		employers: employerSpecs.map((spec) => buildEmployer(spec, usedNames, usedEmails)),
	}
}

const demoData = buildDemoData()

export const demoAdmin: DemoAdmin = demoData.admin
export const demoCoachingOrganization: DemoCoachingOrganization = demoData.coachingOrganization
export const demoEmployers: DemoEmployer[] = demoData.employers

/** One login per role, for the demo command to print (all share `demoPassword`). */
export function demoLogins(data: DemoData = demoData): DemoLogin[] {
	const members = data.coachingOrganization.members
	const coordinator = members.find((member) => member.role === 'COORDINATOR')
	const jobcoach = members.find((member) => member.role === 'JOBCOACH' && member.isDemoLogin)
	const employer = data.employers[0]?.accountHolder
	if (!coordinator || !jobcoach || !employer) throw new Error('Demo data lacks a login for every role')
	return [
		{ role: 'ADMIN', email: data.admin.email },
		{ role: 'COORDINATOR', email: coordinator.email },
		{ role: 'JOBCOACH', email: jobcoach.email },
		{ role: 'EMPLOYER', email: employer.email },
	]
}
