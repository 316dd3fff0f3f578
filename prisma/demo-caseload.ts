// The demo caseload of Inloophuis De Wisselplaats: 40 candidates spread like the research describes.
// Of the 33 "active and recent" ones (something happened in the past 12 months): 13 orienting,
// 9 developing, 5 job-seeking, 1 working and 5 completed; about half of all 40 are active. The other
// 7 completed or stepped back more than a year ago. Intakes start from the person; sensitive context
// is written respectfully. Names are generated (seeded faker); everything else is hand-written here.
import { Faker, base, en, nl } from '@faker-js/faker'
import type { CandidateStage } from '#app/domain/candidates/candidate-options.ts'

/** An intake: what the person told, reused for several candidates with their own name and town. */
type Intake = {
	happyWhen: string
	interests: string
	talents: string
	learningGoals: string
	placeTypes: string[]
	sectors: string[]
	hours: [number, number]
	days: string[]
	transport: string[]
	workEnvironment: string[]
	languages: string[]
	experience: string
	training: string
	sensitive: {
		vulnerability: string
		benefits: string
		targetGroupRegister: string
		indication: string
		supportNeeds: string
	} | null
}

const intakes: Intake[] = [
	{
		happyWhen: 'Buiten zijn, met mijn handen iets maken en aan het eind van de dag zien wat ik gedaan heb.',
		interests: 'Tuinieren, moestuin, vogels kijken',
		talents: 'Nauwkeurig, geduldig, houdt van een vaste volgorde',
		learningGoals: 'Omgaan met tuingereedschap en zelfstandig een klus afmaken',
		placeTypes: ['WORK_EXPERIENCE', 'VOLUNTEER'],
		sectors: ['A', 'N'],
		hours: [8, 16],
		days: ['TUE', 'WED', 'THU'],
		transport: ['BICYCLE'],
		workEnvironment: ['OUTDOORS', 'FEW_COLLEAGUES', 'STRUCTURE'],
		languages: ['NL'],
		experience: 'Hielp jaren in de volkstuin van de buurtvereniging.',
		training: 'Vmbo groen (niet afgerond)',
		sensitive: {
			vulnerability: 'Somberheid in de winter; heeft baat bij ritme en daglicht.',
			benefits: 'PARTICIPATIEWET',
			targetGroupRegister: 'YES',
			indication: 'GARANTIEBAAN',
			supportNeeds: 'Vaste begeleider op de werkvloer en een rustige start.',
		},
	},
	{
		happyWhen: 'Koken voor anderen en zien dat het smaakt.',
		interests: 'Koken, bakken, muziek',
		talents: 'Gastvrij, creatief, werkt netjes',
		learningGoals: 'Werken volgens hygiëneregels (HACCP) en in een team met een planning',
		placeTypes: ['WORK_EXPERIENCE', 'INTERNSHIP'],
		sectors: ['I'],
		hours: [12, 20],
		days: ['MON', 'TUE', 'THU', 'FRI'],
		transport: ['PUBLIC_TRANSPORT', 'BICYCLE'],
		workEnvironment: ['TEAM', 'CLEAR_INSTRUCTIONS', 'HANDS_ON'],
		languages: ['NL', 'AR'],
		experience: 'Kookte in de buurtkamer elke vrijdag voor twintig mensen.',
		training: 'Entree-opleiding horeca (bezig)',
		sensitive: {
			vulnerability: 'Concentratie wisselt door slecht slapen; spanning bij drukte.',
			benefits: 'PARTICIPATIEWET',
			targetGroupRegister: 'UNKNOWN',
			indication: 'NONE',
			supportNeeds: 'Korte dagen om mee te beginnen, pauze op een vast moment.',
		},
	},
	{
		happyWhen: 'Dingen op orde brengen: een magazijn waar alles zijn plek heeft.',
		interests: 'Puzzels, fietsen repareren, logistiek',
		talents: 'Overzicht, betrouwbaar, sterk',
		learningGoals: 'Heftruckcertificaat halen en werken met een scanner',
		placeTypes: ['WORK_EXPERIENCE', 'PAID_JOB'],
		sectors: ['H', 'G'],
		hours: [20, 32],
		days: ['MON', 'TUE', 'WED', 'THU', 'FRI'],
		transport: ['CAR', 'BICYCLE'],
		workEnvironment: ['STRUCTURE', 'PHYSICAL_WORK', 'NO_CUSTOMER_CONTACT'],
		languages: ['NL', 'PL', 'EN'],
		experience: 'Twee jaar orderpicker via een uitzendbureau.',
		training: 'Mbo 2 logistiek',
		sensitive: {
			vulnerability: 'Na een burn-out voorzichtig weer opbouwen.',
			benefits: 'WW',
			targetGroupRegister: 'NO',
			indication: 'NONE',
			supportNeeds: 'Uren stap voor stap opbouwen, regelmatig evalueren.',
		},
	},
	{
		happyWhen: 'Mensen helpen en een praatje maken.',
		interests: 'Ouderen, spelletjes, wandelen',
		talents: 'Zorgzaam, goede luisteraar, geduldig',
		learningGoals: 'Meer zelfvertrouwen in contact met nieuwe mensen',
		placeTypes: ['VOLUNTEER', 'DAY_ACTIVITY'],
		sectors: ['Q'],
		hours: [4, 12],
		days: ['MON', 'WED'],
		transport: ['WALK', 'PUBLIC_TRANSPORT'],
		workEnvironment: ['QUIET', 'CONTACT_WITH_PEOPLE', 'OWN_PACE'],
		languages: ['NL'],
		experience: 'Mantelzorger voor een ouder.',
		training: 'Praktijkonderwijs',
		sensitive: {
			vulnerability: 'Licht verstandelijke beperking; leert het best door voordoen.',
			benefits: 'WAJONG',
			targetGroupRegister: 'YES',
			indication: 'NIEUW_BESCHUT',
			supportNeeds: 'Eén aanspreekpunt en taken in kleine stappen.',
		},
	},
	{
		happyWhen: 'Een klus die klopt tot in de details, zonder haast.',
		interests: 'Computers, administratie, treinen',
		talents: 'Precies, goed met cijfers, eerlijk',
		learningGoals: 'Werken met een boekhoudpakket en omgaan met onderbrekingen',
		placeTypes: ['WORK_EXPERIENCE', 'GARANTIEBAAN'],
		sectors: ['M', 'K', 'O'],
		hours: [16, 24],
		days: ['MON', 'TUE', 'WED', 'THU'],
		transport: ['PUBLIC_TRANSPORT'],
		workEnvironment: ['QUIET', 'SEATED_WORK', 'CLEAR_INSTRUCTIONS', 'NO_CUSTOMER_CONTACT'],
		languages: ['NL', 'EN'],
		experience: 'Administratief vrijwilliger bij de voedselbank.',
		training: 'Havo; mbo 3 administratie (afgerond)',
		sensitive: {
			vulnerability: 'Autisme; prikkels en onverwachte veranderingen kosten veel energie.',
			benefits: 'WAJONG',
			targetGroupRegister: 'YES',
			indication: 'GARANTIEBAAN',
			supportNeeds: 'Vaste werkplek, veranderingen van tevoren aankondigen.',
		},
	},
	{
		happyWhen: 'Met dieren werken, en rust in mijn hoofd.',
		interests: 'Paarden, honden, natuur',
		talents: 'Rustig, trouw, let goed op',
		learningGoals: 'Een hele ochtend volhouden en afspraken nakomen',
		placeTypes: ['VOLUNTEER', 'WORK_EXPERIENCE'],
		sectors: ['A', 'S'],
		hours: [4, 10],
		days: ['SAT', 'WED'],
		transport: ['E_BIKE', 'DRIVEN'],
		workEnvironment: ['WITH_ANIMALS', 'OUTDOORS', 'FEW_COLLEAGUES'],
		languages: ['NL'],
		experience: 'Hielp op de zorgboerderij van een oom.',
		training: 'Geen diploma',
		sensitive: {
			vulnerability: 'Angstklachten; heeft tijd nodig om te wennen aan nieuwe plekken.',
			benefits: 'PARTICIPATIEWET',
			targetGroupRegister: 'UNKNOWN',
			indication: 'NONE',
			supportNeeds: 'Eerst samen kennismaken op de plek; jobcoach bij de start.',
		},
	},
	{
		happyWhen: 'Iets repareren dat kapot was.',
		interests: 'Techniek, fietsen, elektronica',
		talents: 'Handig, leergierig, probleemoplosser',
		learningGoals: 'Vakdiploma fietstechniek en werken met klanten aan de balie',
		placeTypes: ['INTERNSHIP', 'PAID_JOB'],
		sectors: ['G', 'C'],
		hours: [24, 32],
		days: ['MON', 'TUE', 'WED', 'THU', 'FRI'],
		transport: ['BICYCLE', 'MOPED'],
		workEnvironment: ['HANDS_ON', 'TEAM'],
		languages: ['NL', 'TI', 'EN'],
		experience: 'Repareerde fietsen in het asielzoekerscentrum voor medebewoners.',
		training: 'Inburgering afgerond; taalniveau B1',
		sensitive: null,
	},
	{
		happyWhen: 'Creatief bezig zijn: tekenen, drukwerk, iets moois maken.',
		interests: 'Tekenen, fotografie, social media',
		talents: 'Oog voor detail, creatief, zelfstandig',
		learningGoals: 'Werken met opmaakprogramma’s en met deadlines',
		placeTypes: ['WORK_EXPERIENCE', 'INTERNSHIP'],
		sectors: ['J', 'R'],
		hours: [8, 16],
		days: ['TUE', 'THU'],
		transport: ['PUBLIC_TRANSPORT'],
		workEnvironment: ['QUIET', 'OWN_PACE', 'SEATED_WORK'],
		languages: ['NL', 'EN'],
		experience: 'Maakte posters voor het jongerencentrum.',
		training: 'Mbo 4 mediavormgeving (gestopt in jaar 2)',
		sensitive: {
			vulnerability: 'Psychose in het verleden, nu stabiel met behandeling.',
			benefits: 'ZW',
			targetGroupRegister: 'NO',
			indication: 'NONE',
			supportNeeds: 'Vaste dagen, overleg met de behandelaar bij terugval.',
		},
	},
	{
		happyWhen: 'Schoonmaken en opruimen: daarna ziet alles er weer goed uit.',
		interests: 'Huishouden, muziek luisteren, zwemmen',
		talents: 'Harde werker, grondig, vrolijk',
		learningGoals: 'Werken met schoonmaakmachines en een vast rooster',
		placeTypes: ['GARANTIEBAAN', 'WORK_EXPERIENCE'],
		sectors: ['N', 'P'],
		hours: [12, 24],
		days: ['MON', 'TUE', 'WED', 'THU', 'FRI'],
		transport: ['BICYCLE', 'WALK'],
		workEnvironment: ['STRUCTURE', 'PHYSICAL_WORK', 'FEW_COLLEAGUES'],
		languages: ['NL', 'TR'],
		experience: 'Schoonmaakwerk in een hotel (twee jaar).',
		training: 'Vmbo basis',
		sensitive: {
			vulnerability: 'Chronische rugklachten; zwaar tillen lukt niet.',
			benefits: 'WIA',
			targetGroupRegister: 'YES',
			indication: 'GARANTIEBAAN',
			supportNeeds: 'Werk zonder zwaar tillen, afwisselen van houding.',
		},
	},
	{
		happyWhen: 'Klanten blij maken in een winkel waar het gezellig is.',
		interests: 'Mode, winkels, vrienden',
		talents: 'Sociaal, representatief, snel van begrip',
		learningGoals: 'Kassawerk en vakkenvullen volgens planogram',
		placeTypes: ['WORK_EXPERIENCE', 'PAID_JOB'],
		sectors: ['G'],
		hours: [12, 20],
		days: ['THU', 'FRI', 'SAT'],
		transport: ['BICYCLE'],
		workEnvironment: ['CONTACT_WITH_PEOPLE', 'TEAM', 'CLEAR_INSTRUCTIONS'],
		languages: ['NL', 'UK'],
		experience: 'Bijbaan in een supermarkt in Oekraïne.',
		training: 'Middelbare school afgerond; Nederlandse les niveau A2',
		sensitive: {
			vulnerability: 'Trauma door oorlog; slaapt soms slecht.',
			benefits: 'OTHER',
			targetGroupRegister: 'NO',
			indication: 'NONE',
			supportNeeds: 'Begrip bij een mindere dag; duidelijke uitleg in eenvoudig Nederlands.',
		},
	},
]

/** Where the candidates live: Achterhoek towns with their municipality (as the town picker stores them). */
const homes: Array<[town: string, municipality: string]> = [
	['Doetinchem', 'Doetinchem'],
	['Gaanderen', 'Doetinchem'],
	['Wehl', 'Doetinchem'],
	['Ulft', 'Oude IJsselstreek'],
	['Terborg', 'Oude IJsselstreek'],
	['Varsseveld', 'Oude IJsselstreek'],
	['Zelhem', 'Bronckhorst'],
	['Hengelo', 'Bronckhorst'],
	['Vorden', 'Bronckhorst'],
	['Lichtenvoorde', 'Oost Gelre'],
	['Groenlo', 'Oost Gelre'],
	['Winterswijk', 'Winterswijk'],
	['Aalten', 'Aalten'],
	['Dinxperlo', 'Aalten'],
	['Lochem', 'Lochem'],
	['Borculo', 'Berkelland'],
]

/**
 * How each candidate's route went: the stages they passed (first is the intake), whether they are
 * active now, and how many days ago the last step was. "Recent" means the last step lies within a year.
 */
type Route = { stages: CandidateStage[]; active: boolean; lastStepDaysAgo: number; steppedBack?: boolean }

const route = (stages: CandidateStage[], active: boolean, lastStepDaysAgo: number, steppedBack = false): Route => ({
	stages,
	active,
	lastStepDaysAgo,
	steppedBack,
})

const O: CandidateStage = 'ORIENTING'
const D: CandidateStage = 'DEVELOPING'
const J: CandidateStage = 'JOB_SEEKING'
const W: CandidateStage = 'WORKING'
const C: CandidateStage = 'COMPLETED'

const routes: Route[] = [
	// Active (20): 9 orienting, 6 developing, 4 job-seeking, 1 working.
	...[12, 20, 35, 41, 55, 63, 80, 95, 130].map((days) => route([O], true, days)),
	...[15, 28, 44, 70, 101, 150].map((days) => route([O, D], true, days)),
	...[10, 33, 61, 120].map((days) => route([O, D, J], true, days)),
	route([O, D, J, W], true, 45),
	// Stepped back for a while, recently (8): 4 orienting, 3 developing, 1 job-seeking.
	...[25, 90, 140, 200].map((days) => route([O], false, days, true)),
	...[50, 160, 240].map((days) => route([O, D], false, days, true)),
	route([O, D, J], false, 75, true),
	// Completed in the past year (5).
	...[30, 110, 180, 260, 330].map((days) => route([O, D, J, W, C], false, days)),
	// Longer ago (7): completed, or stepped back and not heard from since.
	...[420, 500, 610, 720].map((days) => route([O, D, J, W, C], false, days)),
	...[400, 450, 540].map((days) => route([O, D], false, days, true)),
]

/** Fixed pseudonyms (K- and four characters without look-alikes), so the seed can find its own rows. */
const codes = [
	'K-2A4C',
	'K-2B7D',
	'K-3C9E',
	'K-3D2F',
	'K-4E5G',
	'K-4F8H',
	'K-5G3J',
	'K-5H6K',
	'K-6J9L',
	'K-6K2M',
	'K-7L5N',
	'K-7M8P',
	'K-8N3Q',
	'K-8P6R',
	'K-9Q9S',
	'K-9R2T',
	'K-A2U4',
	'K-B3V5',
	'K-C4W6',
	'K-D5X7',
	'K-E6Y8',
	'K-F7Z9',
	'K-G8A2',
	'K-H9B3',
	'K-J2C4',
	'K-K3D5',
	'K-L4E6',
	'K-M5F7',
	'K-N6G8',
	'K-P7H9',
	'K-Q8J2',
	'K-R9K3',
	'K-S2L4',
	'K-T3M5',
	'K-U4N6',
	'K-V5P7',
	'K-W6Q8',
	'K-X7R9',
	'K-Y8S2',
	'K-Z9T3',
]

const nextActions = [
	'Kennismakingsgesprek bij de werkgever plannen',
	'Evaluatie na vier weken',
	'Samen het profiel doorlopen en bevestigen',
	'Bellen hoe de eerste week ging',
	'Cv bijwerken met de nieuwe ervaring',
	'Proefdag bespreken',
]

export type DemoCandidate = {
	code: string
	firstName: string
	lastName: string
	birthYear: number
	intake: Intake
	home: [string, string]
	route: Route
	/** 0: the demo login; 1 and 2: the other jobcoaches. */
	coach: 0 | 1 | 2
	supporter: 0 | 1 | 2 | null
	/** Days since the profile was last confirmed with the candidate (over 90 is stale). */
	confirmedDaysAgo: number
	/** Days from now of the next action; negative is overdue; null: none planned. */
	nextActionInDays: number | null
	nextAction: string | null
	/** EMPLOYER_SEARCH consent: given, given and withdrawn, or none. */
	searchConsent: 'given' | 'withdrawn' | 'none'
}

/** Index of the candidates whose profile was not confirmed for over 90 days: all active. */
const stale = new Set([2, 3, 7, 12, 16, 19])

export function buildDemoCaseload(): DemoCandidate[] {
	const faker = new Faker({ locale: [nl, en, base] })
	faker.seed(4040)
	return routes.map((candidateRoute, index) => {
		const coach = ([0, 0, 1, 0, 2, 0, 1, 2] as const)[index % 8]!
		const supporter = index % 5 === 0 ? (((coach + 1) % 3) as 0 | 1 | 2) : null
		const active = candidateRoute.active
		const confirmedDaysAgo = stale.has(index)
			? 95 + index
			: Math.min(candidateRoute.lastStepDaysAgo, 10 + (index % 7) * 9)
		const nextActionInDays = active ? ([-6, 0, 3, 9, -2, 14, null, 1] as const)[index % 8]! : null
		return {
			code: codes[index]!,
			firstName: faker.person.firstName(),
			lastName: faker.person.lastName(),
			birthYear: 1962 + ((index * 7) % 44),
			intake: intakes[index % intakes.length]!,
			home: homes[index % homes.length]!,
			route: candidateRoute,
			coach,
			supporter,
			confirmedDaysAgo,
			nextActionInDays,
			nextAction: nextActionInDays === null ? null : nextActions[index % nextActions.length]!,
			searchConsent: index < 22 ? (index === 5 || index === 11 ? 'withdrawn' : 'given') : 'none',
		}
	})
}

/** Reports: [candidate index, author (coach index), status, title, body]. */
export const demoReports: Array<
	[number, 0 | 1 | 2, 'DRAFT' | 'AWAITING_APPROVAL' | 'APPROVED' | 'REJECTED', string, string]
> = [
	[
		0,
		0,
		'APPROVED',
		'Kennismaking',
		'We maakten kennis bij het inloophuis. Het liefst werkt de kandidaat buiten, in een kleine ploeg. Afgesproken: volgende week samen naar de kwekerij.',
	],
	[
		0,
		0,
		'DRAFT',
		'Bezoek kwekerij',
		'Samen rondgekeken. De sfeer viel goed; de kandidaat wil eerst twee ochtenden proberen.',
	],
	[
		1,
		0,
		'AWAITING_APPROVAL',
		'Intake en wensen',
		'De kandidaat vertelde over koken voor de buurtkamer. Wil graag in een keuken werken met een vaste planning.',
	],
	[
		2,
		1,
		'APPROVED',
		'Voortgang na vier weken',
		'Gaat goed op de werkervaringsplek. Uren worden uitgebreid naar drie dagen.',
	],
	[
		3,
		0,
		'APPROVED',
		'Kennismaking',
		'Rustig gesprek; de kandidaat wil mensen helpen en zoekt vrijwilligerswerk in de buurt.',
	],
	[
		3,
		0,
		'REJECTED',
		'Gesprek over de thuissituatie',
		'Verslag van een persoonlijk gesprek; de kandidaat wil dit liever niet delen met het team.',
	],
	[
		4,
		2,
		'APPROVED',
		'Intake',
		'Zoekt administratief werk in een rustige omgeving. Wil leren werken met een boekhoudpakket.',
	],
	[
		5,
		0,
		'DRAFT',
		'Terugblik op de pauze',
		'De kandidaat nam een paar weken rust. We spreken af om over een maand weer te kijken.',
	],
	[6, 1, 'APPROVED', 'Kennismaking', 'Handig met fietsen; wil een vakdiploma. Taal gaat goed vooruit.'],
	[
		7,
		0,
		'AWAITING_APPROVAL',
		'Portfolio besproken',
		'Samen het portfolio bekeken. Sterk werk; de kandidaat wil een stage bij een drukkerij.',
	],
	[8, 2, 'APPROVED', 'Evaluatie', 'Werkt drie ochtenden. Collega’s zijn tevreden; de kandidaat ook.'],
	[9, 0, 'DRAFT', 'Kennismaking', 'Eerste gesprek. Wil graag in een winkel werken, liefst met vaste collega’s.'],
	[10, 1, 'APPROVED', 'Intake', 'Wil buiten werken en heeft ervaring in de volkstuin.'],
	[
		11,
		0,
		'REJECTED',
		'Gesprek met de werkgever',
		'Verslag van het driegesprek; de kandidaat vond de samenvatting niet kloppen.',
	],
	[12, 0, 'APPROVED', 'Voortgang', 'De kandidaat heeft de eerste stap gezet: een proefdag in de keuken.'],
	[13, 2, 'AWAITING_APPROVAL', 'Kennismaking', 'Zoekt werk in een magazijn. Heeft ervaring als orderpicker.'],
	[14, 1, 'APPROVED', 'Evaluatie na drie maanden', 'Het gaat goed; de kandidaat wil meer uren.'],
	[16, 0, 'DRAFT', 'Profiel doorlopen', 'Profiel samen doorlopen; wensen zijn nog hetzelfde, uren kunnen iets omhoog.'],
	[
		18,
		0,
		'APPROVED',
		'Kennismaking',
		'Werkt graag met dieren. Afspraak gemaakt voor een bezoek aan de kinderboerderij.',
	],
	[20, 1, 'APPROVED', 'Sollicitatie voorbereid', 'Samen de sollicitatie voorbereid; gesprek volgende week.'],
	[21, 0, 'AWAITING_APPROVAL', 'Proefdag', 'De proefdag ging goed; de werkgever wil verder praten.'],
	[22, 2, 'APPROVED', 'Stapje terug', 'De kandidaat neemt even rust. We houden contact, zonder druk.'],
	[24, 0, 'DRAFT', 'Telefonisch contact', 'Kort gebeld. De kandidaat denkt na over terugkomen.'],
	[28, 1, 'APPROVED', 'Afronding', 'Het traject is afgerond: de kandidaat werkt nu zelfstandig. Mooi resultaat.'],
	[30, 0, 'REJECTED', 'Afsluitend gesprek', 'Afsluitend gesprek; de kandidaat wilde een andere formulering.'],
]
