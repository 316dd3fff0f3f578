/**
 * The demo network of Inloophuis De Wisselplaats (issue 6, the research's story): 23 of the 25 demo
 * employers contacted, about 150 timeline entries over the last nine months, one employer meeting
 * with seven organisations attending, a sounding-board group of five that met once and is now on
 * hold, and an employer meeting coming up with answers arriving. Data and small date builders only,
 * no database code: prisma/seed-network.server.ts turns this into rows.
 *
 * Employers are named by KvK number and their contact persons by position in prisma/demo-data.ts.
 * Summaries name people by their role, never by the generated names. Days are counted back from the
 * moment of seeding; only rows the seed creates get these dates.
 *
 * Counted contacts (call, visit, meeting) lie at least eight days back, except the four marked
 * THIS_WEEK, so each demo login's weekly target shows exactly two contacts this week.
 */
import { addDays } from '#app/domain/matching/placement-rules.ts'
import { type loggableActivityKinds, type RelationshipStage } from '#app/domain/network/activity-options.ts'
import { amsterdamWeek } from '#app/domain/network/relationship-rules.ts'
import { type StakeholderType } from '#app/domain/network/stakeholder-options.ts'
import { type PlaceType } from '#app/domain/places/place-options.ts'
import { amsterdamDate, calendarDay, fromAmsterdamLocal } from '#app/utils/amsterdam-time.ts'
import { type DemoContactPerson, type DemoMunicipality, type DemoTown } from './demo-data.ts'

/** The two network logins that do the work: netwerk@ and jobcoach@wisselplaats.test. */
export type DemoActor = 'COORDINATOR' | 'JOBCOACH'

const coordinator: DemoActor = 'COORDINATOR'
const jobcoach: DemoActor = 'JOBCOACH'

// --- Stakeholders -----------------------------------------------------------------------------------

export type DemoStakeholderKey = 'staffing' | 'coaching' | 'reintegration'

export type DemoStakeholder = {
	key: DemoStakeholderKey
	name: string
	stakeholderType: StakeholderType
	town: DemoTown
	municipality: DemoMunicipality
	website: string
	description: string
	contactPersons: DemoContactPerson[]
}

export const demoStakeholders: readonly DemoStakeholder[] = [
	{
		key: 'staffing',
		name: 'Uitzendbureau Werkstroom Achterhoek',
		stakeholderType: 'STAFFING_AGENCY',
		town: 'Doetinchem',
		municipality: 'Doetinchem',
		website: 'https://werkstroom.example',
		description:
			'Regionaal uitzendbureau met een eigen team voor inclusieve plaatsingen: proefplaatsingen bij werkgevers in de Achterhoek, met begeleiding naar een vast contract.',
		contactPersons: [
			{
				name: 'Ruben Hulshof',
				jobTitle: 'Intercedent inclusief werk',
				email: 'r.hulshof@werkstroom.test',
				phone: '06-41837265',
			},
			{
				name: 'Marloes Teunissen',
				jobTitle: 'Vestigingsmanager',
				email: 'm.teunissen@werkstroom.test',
				phone: '0314-378152',
			},
		],
	},
	{
		key: 'coaching',
		name: 'Coachpraktijk Op Eigen Kracht',
		stakeholderType: 'COACHING_PRACTICE',
		town: 'Zelhem',
		municipality: 'Bronckhorst',
		website: 'https://opeigenkracht.example',
		description:
			'Zelfstandige jobcoachpraktijk in Zelhem die werknemers met een Garantiebaan op de werkplek begeleidt, in opdracht van werkgevers en het UWV.',
		contactPersons: [
			{
				name: 'Annemiek Wolters',
				jobTitle: 'Jobcoach en eigenaar',
				email: 'a.wolters@opeigenkracht.test',
				phone: '06-28461937',
			},
		],
	},
	{
		key: 'reintegration',
		name: 'Re-integratiebureau Nieuwe Stap',
		stakeholderType: 'REINTEGRATION',
		town: 'Lichtenvoorde',
		municipality: 'Oost Gelre',
		website: 'https://nieuwestap.example',
		description:
			'Re-integratiebureau voor werkzoekenden en zieke werknemers in de Oost-Achterhoek: trajecten naar werk, arbeidsdeskundig advies en hulp bij loonkostensubsidie.',
		contactPersons: [
			{
				name: 'Hans Lammers',
				jobTitle: 'Re-integratieadviseur',
				email: 'h.lammers@nieuwestap.test',
				phone: '0544-462718',
			},
			{ name: 'Fatma Yildiz', jobTitle: 'Arbeidsdeskundige', email: 'f.yildiz@nieuwestap.test', phone: '06-53920418' },
		],
	},
]

/** A contact person of a demo employer (by KvK number) or of a demo stakeholder, by position. */
export type DemoContactRef =
	{ employerKvk: string; contact: number } | { stakeholder: DemoStakeholderKey; contact: number }

const employerContact = (employerKvk: string, contact = 0): DemoContactRef => ({ employerKvk, contact })
const stakeholderContact = (stakeholder: DemoStakeholderKey, contact = 0): DemoContactRef => ({ stakeholder, contact })

// --- Relationships and their timelines --------------------------------------------------------------

export type DemoActivityKind = (typeof loggableActivityKinds)[number]

export type DemoActivity = {
	kind: DemoActivityKind
	/** Days before seeding, or THIS_WEEK: a working day of the current Amsterdam week, before the seeding moment. */
	daysAgo: number | 'THIS_WEEK'
	by: DemoActor
	/** The employer's contact person it was with, by position; null for a note. */
	contact: number | null
	summary: string
}

export type DemoRelationship = {
	employerKvk: string
	stage: RelationshipStage
	owner: DemoActor
	/** The next follow-up, in days from the seeding day (0 is today, negative is overdue). */
	followUp?: { inDays: number; note: string }
	activities: DemoActivity[]
}

const logged =
	(kind: DemoActivityKind) =>
	(daysAgo: DemoActivity['daysAgo'], by: DemoActor, contact: number, summary: string): DemoActivity => ({
		kind,
		daysAgo,
		by,
		contact,
		summary,
	})
const call = logged('CALL')
const visit = logged('VISIT')
const email = logged('EMAIL')
const meeting = logged('MEETING')
const note = (daysAgo: number, by: DemoActor, summary: string): DemoActivity => ({
	kind: 'NOTE',
	daysAgo,
	by,
	contact: null,
	summary,
})

export const demoRelationships: readonly DemoRelationship[] = [
	{
		employerKvk: '99990001', // Lunchroom 't Hofje
		stage: 'PARTNER',
		owner: jobcoach,
		followUp: { inDays: 5, note: 'Horen hoe de bedrijfsleider het voorstel voor de bedieningsplek ziet.' },
		activities: [
			call(262, jobcoach, 0, 'Eerste telefoontje: de bedrijfsleider wil kennismaken en kent jobcoaching al.'),
			visit(255, jobcoach, 0, 'Kennismaking in de lunchroom; de ochtenddiensten zijn rustig genoeg om in te werken.'),
			email(240, jobcoach, 0, 'Informatie over werkervaringsplekken en de rol van de jobcoach nagestuurd.'),
			meeting(201, jobcoach, 0, 'Afspraken over begeleiding: vaste werkbegeleider, jobcoach komt om de week langs.'),
			visit(160, jobcoach, 1, 'Met de chef-kok de taken in de keuken doorgelopen en in kleine stappen opgeknipt.'),
			call(95, jobcoach, 0, 'De afwasser met een Garantiebaan is begonnen; de bedrijfsleider is tevreden.'),
			email(21, jobcoach, 0, 'Nieuwe werkervaringsplek in de bediening besproken; hij staat nu op het platform.'),
			note(1, jobcoach, 'Het voorstel ligt bij de bedrijfsleider; ze kijkt er deze week naar.'),
			visit('THIS_WEEK', jobcoach, 0, 'Langsgegaan om het voorstel voor de bedieningsplek toe te lichten.'),
		],
	},
	{
		employerKvk: '99990002', // Hoveniersbedrijf De Wilgenhoek
		stage: 'PARTNER',
		owner: jobcoach,
		followUp: { inDays: -3, note: 'Evaluatiegesprek over de plaatsing plannen met de bedrijfsleider en de voorman.' },
		activities: [
			call(248, jobcoach, 0, 'Kennismaking: twee Garantiebanen in huis en open voor werkervaringsplekken.'),
			visit(236, jobcoach, 0, 'Meegekeken op een landgoed waar de ploeg werkte; rustige, vriendelijke sfeer.'),
			email(190, jobcoach, 0, 'Uitleg over loonkostensubsidie en de no-riskpolis gestuurd.'),
			meeting(130, jobcoach, 1, 'Met de voorman besproken hoe een nieuwe collega rustig een ritme opbouwt.'),
			call(62, jobcoach, 0, 'Kandidaat voorgesteld voor de groenvoorziening; de bedrijfsleider wil kennismaken.'),
			visit(50, jobcoach, 1, 'Kennismaking op de werkplek met kandidaat en voorman; de klik was er meteen.'),
			call(30, jobcoach, 1, 'De eerste weken gaan goed; de voorman vraagt of er ruimte is voor een extra ochtend.'),
			visit(12, jobcoach, 1, 'Check-in op de werkplek: steeds zelfstandiger, de pauzes blijven belangrijk.'),
			note(5, jobcoach, 'De stage hovenier staat op pauze tot het voorjaar; daarna opnieuw bespreken.'),
		],
	},
	{
		employerKvk: '99990003', // Logistiek Centrum Oude IJssel
		stage: 'ENGAGED',
		owner: coordinator,
		followUp: { inDays: 9, note: 'Terugkoppeling van het meelopen op de vloer bespreken met de HR-adviseur.' },
		activities: [
			email(215, coordinator, 0, 'Introductiemail gestuurd na een tip van het werkgeversservicepunt.'),
			call(205, coordinator, 0, 'Telefonisch kennisgemaakt; interesse in kandidaten uit de banenafspraak.'),
			visit(180, coordinator, 2, 'Rondleiding door het distributiecentrum; de orderpickroutes zijn goed beschreven.'),
			email(140, coordinator, 0, 'Aangemeld voor de werkgeversbijeenkomst: HR-adviseur en vestigingsmanager komen.'),
			meeting(100, coordinator, 1, 'Met de teamleider gekeken welke taken passen bij een rustige start.'),
			call(45, coordinator, 0, 'Drie plekken staan online; gevraagd of jobcoaches mogen meelopen op de vloer.'),
			email(9, coordinator, 0, 'Werkinstructies orderpicking ontvangen om met kandidaten door te nemen.'),
			visit('THIS_WEEK', coordinator, 1, 'Met twee jobcoaches meegelopen bij het orderpicken.'),
		],
	},
	{
		employerKvk: '99990004', // Woonzorgcentrum Het Berkenhof: gone quiet
		stage: 'ENGAGED',
		owner: coordinator,
		followUp: { inDays: -12, note: 'Opnieuw bellen over de plek in de tuin; vorige keer geen gehoor.' },
		activities: [
			call(230, coordinator, 1, 'Kennismaking met de coördinator vrijwilligers; ze wil meer weten over de plekken.'),
			visit(210, coordinator, 0, 'Restaurant en tuin bezocht; buddy’s uit het team willen begeleiden.'),
			email(160, coordinator, 0, 'Voorbeeld van een plaatsingsafspraak gestuurd.'),
			call(135, coordinator, 0, 'Aangemeld voor de werkgeversbijeenkomst.'),
			call(96, coordinator, 0, 'De teamleider heeft het druk met de verbouwing van de huiskamers; na de zomer verder.'),
			email(96, coordinator, 0, 'Samenvatting van het gesprek en de plek in de tuin nagestuurd.'),
		],
	},
	{
		employerKvk: '99990005', // Versmarkt Lichtenvoorde
		stage: 'CONTACTED',
		owner: coordinator,
		followUp: { inDays: 2, note: 'Afspraak maken voor een kennismaking in de winkel.' },
		activities: [
			email(40, coordinator, 0, 'Kennismakingsmail over jobcarving in de supermarkt gestuurd.'),
			call(26, coordinator, 0, 'Kort gebeld: de filiaalmanager wil na de drukke weken een afspraak maken.'),
		],
	},
	{
		employerKvk: '99990006', // Metaalwerk IJsselkant
		stage: 'ENGAGED',
		owner: coordinator,
		followUp: { inDays: 0, note: 'Nabellen over de twee toegezegde plekken in de poedercoaterij.' },
		activities: [
			call(225, coordinator, 0, 'Kennismaking met de HR-manager; goede ervaringen met Garantiebanen.'),
			visit(198, coordinator, 1, 'Rondleiding montage en verpakking; de werkplekken zijn goed aan te passen.'),
			email(150, coordinator, 0, 'Informatie over subsidie voor werkplekaanpassingen gestuurd.'),
			call(112, coordinator, 0, 'Na de bijeenkomst gebeld over de toegezegde plekken in de poedercoaterij.'),
			meeting(70, coordinator, 1, 'Planning van de verbouwing besproken; de plekken komen er daarna.'),
			email(33, coordinator, 0, 'De stage metaalbewerking staat online; kandidaten met technische interesse gezocht.'),
			note(6, coordinator, 'De HR-manager is met vakantie; daarna nabellen over de plekken.'),
		],
	},
	{
		employerKvk: '99990007', // Kringloop De Tweede Ronde
		stage: 'PARTNER',
		owner: coordinator,
		followUp: { inDays: 14, note: 'Maandoverleg: doorstroom naar de reparatiewerkplaats.' },
		activities: [
			visit(270, coordinator, 0, 'Kennismaking; de kringloop werkt al jaren met werkervaringsplekken.'),
			meeting(250, coordinator, 0, 'Samenwerkingsafspraken: vaste contactpersoon en maandelijks overleg.'),
			call(222, coordinator, 1, 'De winkelmanager zoekt iemand voor de kassa op zaterdag.'),
			email(185, coordinator, 0, 'Verslag van het maandoverleg gedeeld.'),
			meeting(150, coordinator, 0, 'Maandoverleg: twee deelnemers doorgestroomd naar de reparatiewerkplaats.'),
			call(108, coordinator, 0, 'Gevraagd mee te denken in de nieuwe klankbordgroep; ze doet mee.'),
			meeting(55, coordinator, 0, 'Maandoverleg: de plek bijrijder ophaaldienst staat even op pauze.'),
			visit(28, coordinator, 1, 'Bij de winkel langs; de plek kassamedewerker op zaterdag staat weer open.'),
			email(4, coordinator, 0, 'Nieuwe datum voor het maandoverleg voorgesteld.'),
		],
	},
	{
		employerKvk: '99990008', // Warme Bakkerij De Korenschoof
		stage: 'ENGAGED',
		owner: coordinator,
		followUp: { inDays: 18, note: 'Kijken of de inpakplek om acht uur kan beginnen.' },
		activities: [
			call(200, coordinator, 0, 'Eerste contact via de ondernemersvereniging in Groenlo.'),
			visit(186, coordinator, 0, 'Vroeg in de ochtend meegekeken; de inpakafdeling is overzichtelijk.'),
			email(128, coordinator, 0, 'De eigenaar twijfelt of hij bij de bijeenkomst kan zijn: de ochtenden zijn vroeg.'),
			call(80, coordinator, 0, 'De Garantiebaan als bakkershulp is vervuld; de eigenaar wil een tweede plek.'),
			visit(38, coordinator, 0, 'Inpakplek besproken; om zes uur beginnen is voor veel kandidaten te vroeg.'),
			email(15, coordinator, 0, 'Plekbeschrijving inpakken en afwerken nagelezen en aangevuld.'),
		],
	},
	{
		employerKvk: '99990009', // Glans Schoonmaakdiensten
		stage: 'PARTNER',
		owner: coordinator,
		followUp: { inDays: 4, note: 'Kwartaaloverleg voorbereiden: uitbreiding van het leerwerktraject.' },
		activities: [
			meeting(265, coordinator, 0, 'Kennismaking met de regiomanager: eigen leerwerktraject, zoekt instroom.'),
			email(244, coordinator, 2, 'Afspraken over het leerwerktraject op papier gezet.'),
			visit(220, coordinator, 1, 'Meegelopen met de objectleider op een school; sterke begeleiding op de vloer.'),
			meeting(175, coordinator, 2, 'Kwartaaloverleg: drie kandidaten gestart in het leerwerktraject.'),
			email(126, coordinator, 0, 'De regiomanager meldt zich af voor de bijeenkomst en vraagt om de samenvatting.'),
			meeting(88, coordinator, 2, 'Kwartaaloverleg: één kandidaat gestopt, twee op weg naar een vast contract.'),
			call(41, coordinator, 1, 'De objectleider zoekt iemand voor een basisschool in de avond.'),
			email(14, coordinator, 2, 'Gevraagd op welke avonden de basisschool wordt schoongemaakt.'),
			call('THIS_WEEK', coordinator, 0, 'Kwartaaloverleg gepland; het leerwerktraject wordt groter.'),
		],
	},
	{
		employerKvk: '99990010', // Gemeentewerf Didam
		stage: 'ENGAGED',
		owner: coordinator,
		followUp: { inDays: 10, note: 'Kandidaten voor de Garantiebaan in de groenploeg bespreken.' },
		activities: [
			email(235, coordinator, 1, 'Contact via de gemeente: de adviseur inclusief werkgeverschap zoekt samenwerking.'),
			meeting(219, coordinator, 1, 'Overleg op het gemeentehuis over Garantiebanen in de buitendienst.'),
			visit(176, coordinator, 0, 'Werf bezocht; groenploeg en magazijn hebben ruimte voor een werkervaringsplek.'),
			call(128, coordinator, 1, 'De adviseur komt naar de werkgeversbijeenkomst.'),
			meeting(98, coordinator, 1, 'Formatie groenploeg besproken; de Garantiebaan komt er na de begroting.'),
			call(48, coordinator, 0, 'Magazijn buitendienst staat online; de teamleider zoekt iemand die van orde houdt.'),
			email(14, coordinator, 1, 'De Garantiebaan in de groenploeg staat op het platform.'),
		],
	},
	{
		employerKvk: '99990011', // Praktijkschool De Akkerwinde
		stage: 'CONTACTED',
		owner: coordinator,
		followUp: { inDays: 15, note: 'Kennismakingsgesprek met de teamleider facilitaire dienst.' },
		activities: [
			email(58, coordinator, 1, 'De stagecoördinator gemaild over werkervaringsplekken voor volwassenen.'),
			call(44, coordinator, 1, 'Teruggebeld: ze bespreekt het met de teamleider facilitaire dienst.'),
			email(19, coordinator, 0, 'Gevraagd om een kennismaking over de plekken in de kantine en bij de conciërge.'),
		],
	},
	{
		employerKvk: '99990012', // Zorgboerderij Het Klaverblad: gone quiet
		stage: 'PARTNER',
		owner: jobcoach,
		activities: [
			visit(258, jobcoach, 0, 'Kennismaking op de boerderij; deelnemers werken op eigen tempo in de dierverzorging.'),
			call(240, jobcoach, 0, 'De zorgboer zoekt deelnemers die de stap naar werk willen zetten.'),
			visit(205, jobcoach, 0, 'Eerste deelnemer gestart in de dierverzorging, twee ochtenden per week.'),
			email(170, jobcoach, 0, 'Afspraken uit de evaluatie na zes weken bevestigd.'),
			visit(133, jobcoach, 0, 'Tweede deelnemer gestart in de moestuin en de boerderijwinkel.'),
			meeting(104, jobcoach, 0, 'Jaargesprek: de zorgboer wil volgend jaar ook vrijwilligers voor rondleidingen.'),
			note(72, jobcoach, 'De zorgboer is een paar maanden minder bereikbaar door ziekte in de familie.'),
		],
	},
	{
		employerKvk: '99990013', // Fietswerkplaats Trapkracht
		stage: 'ENGAGED',
		owner: jobcoach,
		followUp: { inDays: -6, note: 'Terugbellen over een stage fietstechniek in deeltijd.' },
		activities: [
			call(212, jobcoach, 1, 'Kennismaking met de projectleider van het leerwerkbedrijf.'),
			visit(196, jobcoach, 0, 'In de werkplaats gekeken; de monteurs leren het vak stap voor stap.'),
			email(146, jobcoach, 1, 'Informatie over stagevergoeding en verzekering gestuurd.'),
			call(130, jobcoach, 1, 'De uitnodiging voor de werkgeversbijeenkomst nagebeld; nog geen antwoord.'),
			visit(64, jobcoach, 0, 'Leerling fietsenmaker besproken; de werkmeester zoekt iemand voor drie dagen.'),
			email(20, jobcoach, 1, 'Gevraagd of de stage fietstechniek ook in deeltijd kan.'),
		],
	},
	{
		employerKvk: '99990014', // Drukkerij Het Letterhuis
		stage: 'DORMANT',
		owner: coordinator,
		followUp: { inDays: 45, note: 'Na de reorganisatie opnieuw contact opnemen.' },
		activities: [
			call(268, coordinator, 0, 'Kennismaking; goede ervaringen met werk in de afwerking.'),
			visit(252, coordinator, 1, 'Afwerkafdeling bezocht: vouwen, snijden en inpakken in een vaste volgorde.'),
			email(228, coordinator, 0, 'Voorstel voor een werkervaringsplek in de afwerking gestuurd.'),
			call(207, coordinator, 0, 'Reorganisatie door minder orders; de plek gaat voorlopig niet door.'),
			note(203, coordinator, 'Relatie op slapend gezet; over een halfjaar opnieuw benaderen.'),
		],
	},
	{
		employerKvk: '99990015', // Testwerk Oost
		stage: 'ENGAGED',
		owner: coordinator,
		followUp: { inDays: 7, note: 'Kennismakingsgesprekken voor de plek data opschonen plannen.' },
		activities: [
			email(190, coordinator, 0, 'Kennismakingsmail: Testwerk zoekt mensen met oog voor detail.'),
			visit(178, coordinator, 1, 'Met de interne jobcoach de prikkelarme werkplekken bekeken.'),
			meeting(154, coordinator, 1, 'Afgestemd hoe de interne jobcoach en onze jobcoaches samenwerken.'),
			email(126, coordinator, 0, 'De operationeel manager kan door een klantproject niet naar de bijeenkomst.'),
			call(84, coordinator, 1, 'De stagiair testautomatisering is begonnen; de interne jobcoach houdt contact.'),
			meeting(36, coordinator, 1, 'Stage geëvalueerd; de plek data opschonen komt eraan voor een nieuwe kandidaat.'),
			email(2, coordinator, 1, 'Planning van de kennismakingsgesprekken voor data opschonen ontvangen.'),
		],
	},
	{
		employerKvk: '99990016', // Landgoedhotel De Hazelaar: hosts the coming meeting
		stage: 'ENGAGED',
		owner: coordinator,
		followUp: { inDays: 3, note: 'Zaalindeling en catering voor de bijeenkomst doorspreken.' },
		activities: [
			email(208, coordinator, 2, 'Kennismakingsmail aan de HR-adviseur over Garantiebanen in de horeca.'),
			visit(194, coordinator, 2, 'Rondleiding door hotel, spoelkeuken en tuin; buddy’s uit het eigen team.'),
			call(130, coordinator, 2, 'De HR-adviseur komt naar de werkgeversbijeenkomst.'),
			call(110, coordinator, 1, 'Het hoofd housekeeping wil de toegezegde Garantiebaan uitwerken.'),
			meeting(52, coordinator, 1, 'Vacature housekeeping samen opgesteld; die komt op het platform.'),
			call(24, coordinator, 2, 'Gevraagd of de volgende werkgeversbijeenkomst in het hotel kan; dat mag.'),
			email(10, coordinator, 2, 'Zaal, koffie en een hapje voor de bijeenkomst bevestigd.'),
		],
	},
	{
		employerKvk: '99990017', // Tuincentrum De Groene Vinger
		stage: 'CONTACTED',
		owner: jobcoach,
		followUp: { inDays: 6, note: 'Langsgaan in de kwekerij.' },
		activities: [
			call(34, jobcoach, 0, 'Kennismaking: de bedrijfsleider zoekt iemand voor de kwekerij.'),
			email(27, jobcoach, 0, 'Informatie over werkervaringsplekken en begeleiding gestuurd.'),
			call('THIS_WEEK', jobcoach, 0, 'De bedrijfsleider gebeld om een bezoek aan de kwekerij te plannen.'),
		],
	},
	{
		employerKvk: '99990018', // Kaasmakerij De Berkelstroom: gone quiet
		stage: 'ENGAGED',
		owner: coordinator,
		activities: [
			call(246, coordinator, 1, 'Kennismaking met de personeelsadviseur; ze werken al jaren met jobcoaches.'),
			visit(232, coordinator, 0, 'Rijpingskelder en inpakafdeling bekeken; werk met veel structuur.'),
			meeting(168, coordinator, 1, 'Afspraken over een plek bij het inpakken en het keren van de kazen.'),
			email(126, coordinator, 1, 'De personeelsadviseur heeft zich aangemeld voor de werkgeversbijeenkomst.'),
			email(112, coordinator, 1, 'Ze was er niet bij; de samenvatting van de bijeenkomst nagestuurd.'),
			call(79, coordinator, 0, 'De inpakplek is verlopen zonder geschikte kandidaat; de productieleider baalt.'),
		],
	},
	{
		employerKvk: '99990019',
		stage: 'PROSPECT',
		owner: coordinator,
		followUp: { inDays: 6, note: 'Eerste kennismaking: bellen.' },
		activities: [],
	}, // Antiquariaat De Oude Band
	{
		employerKvk: '99990020', // Achterhoekse Pakketdienst
		stage: 'ENGAGED',
		owner: coordinator,
		followUp: { inDays: 12, note: 'Proefplaatsing bijrijder bespreken met de planner.' },
		activities: [
			call(185, coordinator, 0, 'Kennismaking; proefplaatsingen met doorgroei naar een vast contract.'),
			visit(172, coordinator, 0, 'Sorteercentrum bezocht tijdens de ochtendpiek.'),
			email(128, coordinator, 0, 'Twijfelt over de bijeenkomst vanwege de piekdrukte.'),
			meeting(66, coordinator, 1, 'Met de planner de diensten voor een bijrijder bekeken.'),
			call(31, coordinator, 0, 'Sorteerder pakketten staat online; gevraagd naar de begeleiding in de eerste weken.'),
			email(7, coordinator, 1, 'Rooster voor een proefplaatsing als bijrijder ontvangen.'),
		],
	},
	{
		employerKvk: '99990021', // Inpakbedrijf Handwerk Oost
		stage: 'PARTNER',
		owner: coordinator,
		followUp: { inDays: 20, note: 'Werkbezoek voor andere werkgevers plannen.' },
		activities: [
			meeting(260, coordinator, 0, 'Kennismaking met de manager P&O: ruim zestig Garantiebanen, werk opgeknipt.'),
			visit(241, coordinator, 1, 'Rondleiding assemblage; de werkleider laat zien hoe ze taken opknippen.'),
			meeting(214, coordinator, 0, 'Samenwerkingsafspraken besproken en vastgelegd.'),
			email(162, coordinator, 0, 'Gevraagd op de werkgeversbijeenkomst over hun aanpak te vertellen; hij doet het.'),
			call(142, coordinator, 0, 'Het verhaal voor de bijeenkomst samen voorbereid.'),
			call(108, coordinator, 0, 'De manager P&O doet mee met de klankbordgroep.'),
			email(100, coordinator, 0, 'Kan door productiedrukte niet naar de klankbordsessie; stuurt wel een agendapunt.'),
			visit(43, coordinator, 2, 'Met de teamleider verpakking gesproken over een plek voor een deelnemer.'),
			meeting(18, coordinator, 0, 'Halfjaarlijks overleg; voorman assemblage in opleiding staat even op pauze.'),
			email(8, coordinator, 0, 'Afspraken uit het halfjaarlijks overleg rondgestuurd.'),
		],
	},
	{ employerKvk: '99990022', stage: 'PROSPECT', owner: coordinator, activities: [] }, // Kinderopvang De Speelhoeve
	{
		employerKvk: '99990023', // Installatiebedrijf Warmtewerk
		stage: 'DORMANT',
		owner: jobcoach,
		activities: [
			call(238, jobcoach, 0, 'Kennismaking; het bedrijf leidt zelf op en heeft plek in het magazijn.'),
			visit(226, jobcoach, 1, 'Magazijn bekeken; veel zelfstandig werk, weinig tijd voor begeleiding.'),
			email(199, jobcoach, 0, 'Door de drukte met warmtepompen nu geen tijd voor begeleiding; later opnieuw.'),
			note(197, jobcoach, 'Op slapend gezet; in de rustige maanden opnieuw benaderen.'),
		],
	},
	{
		employerKvk: '99990024', // Brasserie De Stoomfluit
		stage: 'CONTACTED',
		owner: jobcoach,
		followUp: { inDays: 11, note: 'Afspraak over korte diensten in de bediening.' },
		activities: [
			email(47, jobcoach, 0, 'Kennismakingsmail gestuurd na een tip van de kringloop.'),
			call(16, jobcoach, 0, 'De eigenaar wil na het terrasseizoen praten over korte diensten.'),
		],
	},
	{
		employerKvk: '99990025', // Sportcentrum De Slinge
		stage: 'ENGAGED',
		owner: coordinator,
		followUp: { inDays: 8, note: 'Veiligheidsinstructie voor het zwembad afstemmen.' },
		activities: [
			call(220, coordinator, 0, 'Kennismaking; plekken bij de receptie, de technische dienst en de kantine.'),
			visit(204, coordinator, 1, 'Rondleiding door de technische dienst van het zwembad.'),
			email(139, coordinator, 0, 'Uitnodiging voor de werkgeversbijeenkomst nog eens onder de aandacht gebracht.'),
			meeting(92, coordinator, 0, 'Afspraken over drie werkervaringsplekken en een vaste begeleider.'),
			visit(39, coordinator, 1, 'Technisch onderhoud zwembad besproken; een veiligheidsinstructie vooraf is nodig.'),
			email(11, coordinator, 0, 'Rooster voor de kantinemedewerker ontvangen.'),
		],
	},
]

/** The start of the stable keys of one employer's demo timeline entries. */
export function demoActivityKeyPrefix(employerKvk: string) {
	return `demo:activity:${employerKvk}:`
}

/** A demo timeline entry's stable key (its sourceKey): one entry per demo fact, however often the seed runs. */
export function demoActivityKey(employerKvk: string, index: number) {
	return `${demoActivityKeyPrefix(employerKvk)}${index}`
}

// --- Events -----------------------------------------------------------------------------------------

export type DemoResponse = 'INVITED' | 'YES' | 'NO' | 'MAYBE'
export type DemoAttendance = 'PRESENT' | 'ABSENT' | 'EXCUSED'

export type DemoInvitation = {
	contact: DemoContactRef
	response: DemoResponse
	/** Days after the invitation the answer came (not for INVITED). */
	respondedAfterDays?: number
	needs?: string
	/** Past events only. */
	attendance?: DemoAttendance
}

export type DemoActionItem = {
	description: string
	/** A demo login, or the name of a contact person. */
	owner: DemoActor | string
	/** Days after the event. */
	dueAfterDays: number
	doneAfterDays?: number
}

export type DemoPledge = {
	employerKvk: string
	description: string
	placeType: PlaceType
	spots: number
	/** The demo place (same employer) that fulfils it; absent while it is only pledged. */
	placeTitle?: string
}

export type DemoEvent = {
	kind: 'EMPLOYER_MEETING' | 'SOUNDING_BOARD'
	title: string
	description: string
	agenda: string
	location: string
	capacity: number | null
	/** Days from seeding (negative: past), moved to `weekday` (0 Sunday … 6 Saturday): back if past, on if future. */
	daysFromNow: number
	weekday: number
	/** Amsterdam wall-clock times. */
	starts: string
	ends: string
	invitedDaysAgo: number
	invitations: DemoInvitation[]
	notes?: string
	decisions?: string
	summarySentAfterDays?: number
	actionItems?: DemoActionItem[]
	pledges?: DemoPledge[]
}

const hofje = '99990001'
const wilgenhoek = '99990002'
const logistics = '99990003'
const berkenhof = '99990004'
const versmarkt = '99990005'
const metaalwerk = '99990006'
const kringloop = '99990007'
const korenschoof = '99990008'
const glans = '99990009'
const gemeentewerf = '99990010'
const akkerwinde = '99990011'
const trapkracht = '99990013'
const testwerk = '99990015'
const hazelaar = '99990016'
const berkelstroom = '99990018'
const pakketdienst = '99990020'
const handwerk = '99990021'
const speelhoeve = '99990022'
const sportcentrum = '99990025'

/** The one employer meeting held so far: seven employer organisations came. */
export const demoPastMeeting: DemoEvent = {
	kind: 'EMPLOYER_MEETING',
	title: 'Werkgeversbijeenkomst: inclusief werkgeven in de Achterhoek',
	description:
		'Een middag voor werkgevers uit de Achterhoek over inclusief werkgeven: ervaringen van collega-werkgevers, wat een jobcoach doet en hoe je begint met een werkervaringsplek.',
	agenda:
		'15.30 Inloop met koffie\n15.45 Welkom door Inloophuis De Wisselplaats\n16.00 Hoe Inpakbedrijf Handwerk Oost werk opknipt\n16.30 In gesprek: wat heb je als werkgever nodig?\n17.15 Afspraken en een drankje',
	location: 'Inloophuis De Wisselplaats, Doetinchem',
	capacity: 30,
	daysFromNow: -118,
	weekday: 4,
	starts: '15:30',
	ends: '17:30',
	invitedDaysAgo: 150,
	invitations: [
		{ contact: employerContact(logistics, 0), response: 'YES', respondedAfterDays: 10, attendance: 'PRESENT' },
		{ contact: employerContact(logistics, 2), response: 'YES', respondedAfterDays: 10, attendance: 'PRESENT' },
		{ contact: employerContact(berkenhof, 0), response: 'YES', respondedAfterDays: 15, attendance: 'PRESENT' },
		{ contact: employerContact(metaalwerk, 0), response: 'YES', respondedAfterDays: 4, attendance: 'PRESENT' },
		{ contact: employerContact(kringloop, 0), response: 'YES', respondedAfterDays: 1, attendance: 'PRESENT' },
		{
			contact: employerContact(gemeentewerf, 1),
			response: 'YES',
			respondedAfterDays: 22,
			needs: 'Ik kom met de rolstoel.',
			attendance: 'PRESENT',
		},
		{ contact: employerContact(hazelaar, 2), response: 'YES', respondedAfterDays: 20, attendance: 'PRESENT' },
		{ contact: employerContact(handwerk, 0), response: 'YES', respondedAfterDays: 2, attendance: 'PRESENT' },
		{ contact: stakeholderContact('staffing', 0), response: 'YES', respondedAfterDays: 6, attendance: 'PRESENT' },
		{ contact: stakeholderContact('reintegration', 0), response: 'YES', respondedAfterDays: 8, attendance: 'PRESENT' },
		{ contact: stakeholderContact('coaching', 0), response: 'MAYBE', respondedAfterDays: 9, attendance: 'EXCUSED' },
		{ contact: employerContact(glans, 0), response: 'NO', respondedAfterDays: 24, attendance: 'EXCUSED' },
		{ contact: employerContact(testwerk, 0), response: 'NO', respondedAfterDays: 24, attendance: 'EXCUSED' },
		{ contact: employerContact(wilgenhoek, 0), response: 'NO', respondedAfterDays: 12, attendance: 'EXCUSED' },
		{ contact: employerContact(hofje, 0), response: 'MAYBE', respondedAfterDays: 14, attendance: 'EXCUSED' },
		{ contact: employerContact(berkelstroom, 1), response: 'YES', respondedAfterDays: 24, attendance: 'ABSENT' },
		{ contact: employerContact(pakketdienst, 0), response: 'MAYBE', respondedAfterDays: 22, attendance: 'ABSENT' },
		{ contact: employerContact(korenschoof, 0), response: 'MAYBE', respondedAfterDays: 21, attendance: 'ABSENT' },
		{ contact: employerContact(sportcentrum, 0), response: 'INVITED', attendance: 'ABSENT' },
		{ contact: employerContact(trapkracht, 1), response: 'INVITED', attendance: 'ABSENT' },
	],
	notes:
		'Zeven werkgevers, een uitzendbureau en een re-integratiebureau aan tafel. Handwerk Oost vertelde hoe ze met ruim zestig Garantiebanen werken: taken opknippen, een vaste werkleider en korte lijnen met de jobcoach. Als grootste drempels noemden de werkgevers de papierwinkel rond loonkostensubsidie en de zorg dat de begeleiding na een paar maanden wegvalt. Metaalwerk IJsselkant en Landgoedhotel De Hazelaar zegden plekken toe.',
	decisions:
		'Elke werkgever krijgt één vaste jobcoach als aanspreekpunt.\nWe starten een klankbordgroep van werkgevers en partners die elk kwartaal meedenkt.\nDe volgende bijeenkomst is bij een van de werkgevers op locatie.',
	summarySentAfterDays: 2,
	actionItems: [
		{
			description: 'De contactgegevens van de vaste jobcoaches naar alle deelnemers sturen',
			owner: coordinator,
			dueAfterDays: 7,
			doneAfterDays: 3,
		},
		{
			description: 'Een klankbordgroep van werkgevers en partners opzetten',
			owner: coordinator,
			dueAfterDays: 30,
			doneAfterDays: 13,
		},
		{
			description: 'Een factsheet over loonkostensubsidie en de no-riskpolis voor werkgevers maken',
			owner: 'Hans Lammers',
			dueAfterDays: 60,
		},
	],
	pledges: [
		{
			employerKvk: hazelaar,
			description: 'Een Garantiebaan bij housekeeping',
			placeType: 'GARANTIEBAAN',
			spots: 1,
			placeTitle: 'Housekeeping — Garantiebaan',
		},
		{
			employerKvk: metaalwerk,
			description: 'Twee werkervaringsplekken in de poedercoaterij, na de verbouwing',
			placeType: 'WORK_EXPERIENCE',
			spots: 2,
		},
	],
}

/** The next employer meeting, at the hotel; answers are coming in. */
export const demoUpcomingMeeting: DemoEvent = {
	kind: 'EMPLOYER_MEETING',
	title: 'Werkgeversbijeenkomst: van werkervaringsplek naar duurzaam werk',
	description:
		'Hoe wordt een werkervaringsplek een baan die blijft? Werkgevers, jobcoaches en een re-integratieadviseur delen wat helpt in de eerste drie maanden, en daarna.',
	agenda:
		'15.30 Ontvangst met koffie\n15.45 Welkom door Landgoedhotel De Hazelaar\n16.00 Drie werkgevers over hun eerste drie maanden\n16.45 Tafelgesprekken: begeleiding, subsidies en terugval\n17.30 Afsluiting en rondleiding door het hotel',
	location: 'Landgoedhotel De Hazelaar, Hengelo (Gld)',
	capacity: 25,
	daysFromNow: 21,
	weekday: 4,
	starts: '15:30',
	ends: '18:00',
	invitedDaysAgo: 10,
	invitations: [
		{ contact: employerContact(hazelaar, 2), response: 'YES', respondedAfterDays: 1 },
		{ contact: employerContact(logistics, 0), response: 'YES', respondedAfterDays: 2 },
		{ contact: employerContact(kringloop, 0), response: 'YES', respondedAfterDays: 1 },
		{ contact: employerContact(handwerk, 0), response: 'YES', respondedAfterDays: 3 },
		{ contact: employerContact(hofje, 0), response: 'YES', respondedAfterDays: 6 },
		{ contact: stakeholderContact('staffing', 0), response: 'YES', respondedAfterDays: 4 },
		{
			contact: employerContact(gemeentewerf, 1),
			response: 'YES',
			respondedAfterDays: 5,
			needs: 'Ik kom met de rolstoel: graag een plek dicht bij de uitgang. En lactosevrij eten, graag.',
		},
		{ contact: employerContact(metaalwerk, 0), response: 'NO', respondedAfterDays: 2 },
		{ contact: employerContact(testwerk, 0), response: 'NO', respondedAfterDays: 7 },
		{ contact: employerContact(glans, 0), response: 'MAYBE', respondedAfterDays: 3 },
		{ contact: employerContact(wilgenhoek, 0), response: 'MAYBE', respondedAfterDays: 8 },
		{ contact: employerContact(pakketdienst, 0), response: 'MAYBE', respondedAfterDays: 9 },
		{ contact: employerContact(versmarkt, 0), response: 'INVITED' },
		{ contact: employerContact(speelhoeve, 0), response: 'INVITED' },
		{ contact: employerContact(trapkracht, 0), response: 'INVITED' },
		{ contact: employerContact(akkerwinde, 1), response: 'INVITED' },
	],
}

// --- The sounding-board group -----------------------------------------------------------------------

export type DemoTopic = {
	member: DemoContactRef
	kind: 'CHALLENGE' | 'EXPERIENCE'
	title: string
	body: string
	submittedDaysAgo: number
	/** On the agenda of the group's session; otherwise still open. */
	onSessionAgenda: boolean
}

export type DemoGroup = {
	name: string
	purpose: string
	createdDaysAgo: number
	members: DemoContactRef[]
	session: DemoEvent
	/** Put on hold this many days after its session. */
	onHoldAfterDays: number
	topics: DemoTopic[]
}

export const demoGroup: DemoGroup = {
	name: 'Klankbordgroep Werk op maat',
	purpose:
		'Werkgevers en partners denken elk kwartaal mee over werk dat past: wat werkt bij het inwerken, waar lopen werkgevers tegenaan, en hoe houden we plaatsingen duurzaam?',
	createdDaysAgo: 105,
	members: [
		stakeholderContact('staffing', 0),
		employerContact(kringloop, 0),
		employerContact(handwerk, 0),
		stakeholderContact('coaching', 0),
		stakeholderContact('reintegration', 0),
	],
	session: {
		kind: 'SOUNDING_BOARD',
		title: 'Klankbordsessie Werk op maat: de eerste drie maanden',
		description: 'De eerste sessie van de klankbordgroep: kennismaken en de eerste ervaringen en knelpunten delen.',
		agenda: 'Kennismaking en het doel van de groep\nDe agendapunten van de leden\nAfspraken voor de volgende sessie',
		location: 'Inloophuis De Wisselplaats, Doetinchem',
		capacity: null,
		daysFromNow: -90,
		weekday: 2,
		starts: '15:00',
		ends: '16:30',
		invitedDaysAgo: 104,
		invitations: [
			{ contact: stakeholderContact('staffing', 0), response: 'YES', respondedAfterDays: 1, attendance: 'PRESENT' },
			{ contact: employerContact(kringloop, 0), response: 'YES', respondedAfterDays: 2, attendance: 'PRESENT' },
			{ contact: employerContact(handwerk, 0), response: 'NO', respondedAfterDays: 4, attendance: 'EXCUSED' },
			{ contact: stakeholderContact('coaching', 0), response: 'YES', respondedAfterDays: 1, attendance: 'PRESENT' },
			{
				contact: stakeholderContact('reintegration', 0),
				response: 'YES',
				respondedAfterDays: 3,
				attendance: 'PRESENT',
			},
		],
		notes:
			'Vier van de vijf leden aanwezig. De kringloop en het uitzendbureau herkennen hetzelfde: na de eerste weken valt de begeleiding terug en dan gaat het mis. Het uitzendbureau vertelde hoe een proefplaatsing van zes weken werkgevers over de streep helpt.',
		decisions:
			'De volgende sessie gaat over terugval en hoe we contact houden.\nDe groep komt elk kwartaal bij elkaar, steeds bij een ander lid.',
		summarySentAfterDays: 3,
	},
	onHoldAfterDays: 21,
	topics: [
		{
			member: employerContact(kringloop, 0),
			kind: 'CHALLENGE',
			title: 'Begeleiding als de jobcoach maar één keer per week komt',
			body: 'Op de andere dagen vangen collega’s alles op. Hoe regelen anderen dat zonder dat het team overbelast raakt?',
			submittedDaysAgo: 101,
			onSessionAgenda: true,
		},
		{
			member: stakeholderContact('staffing', 0),
			kind: 'EXPERIENCE',
			title: 'Proefplaatsing via het uitzendbureau: wat werkte',
			body: 'Zes weken proefplaatsing met behoud van uitkering, daarna een contract via ons. Drie van de vier kandidaten zijn gebleven.',
			submittedDaysAgo: 100,
			onSessionAgenda: true,
		},
		{
			member: employerContact(handwerk, 0),
			kind: 'CHALLENGE',
			title: 'Werkplekaanpassingen aanvragen duurt te lang',
			body: 'Voor een aangepaste werktafel wachtten we vier maanden op het UWV. Wie weet een snellere weg?',
			submittedDaysAgo: 99,
			onSessionAgenda: true,
		},
		{
			member: stakeholderContact('reintegration', 0),
			kind: 'CHALLENGE',
			title: 'Terugval na drie maanden: hoe houden we contact?',
			body: 'Juist als een plaatsing duurzaam lijkt, stopt de begeleiding. Graag samen bespreken hoe werkgever, jobcoach en re-integratiebureau dan contact houden.',
			submittedDaysAgo: 25,
			onSessionAgenda: false,
		},
	],
}

// --- Dates --------------------------------------------------------------------------------------------

/** The Amsterdam calendar day `days` after the one `moment` falls on (negative: before). */
export function dayFromNow(moment: Date, days: number) {
	return addDays(amsterdamDate(moment), days)
}

/** 0 Sunday … 6 Saturday. */
function weekdayOf(day: string) {
	return calendarDay(day).getUTCDay()
}

/** The nearest `weekday` on or before `day` (`direction` back) or on or after it (on). */
export function onWeekday(day: string, weekday: number, direction: 'back' | 'on') {
	const shift = direction === 'back' ? -((weekdayOf(day) - weekday + 7) % 7) : (weekday - weekdayOf(day) + 7) % 7
	return addDays(day, shift)
}

/** A weekend day moves to the Friday before (back) or the Monday after (on): demo work happens on working days. */
export function workingDay(day: string, direction: 'back' | 'on') {
	const weekday = weekdayOf(day)
	if (weekday !== 0 && weekday !== 6) return day
	return direction === 'back' ? onWeekday(day, 5, 'back') : onWeekday(day, 1, 'on')
}

/** A relationship's next follow-up day: today itself, or a working day before or after it. */
export function demoFollowUpDay(moment: Date, inDays: number) {
	const day = dayFromNow(moment, inDays)
	return inDays === 0 ? day : workingDay(day, inDays < 0 ? 'back' : 'on')
}

/** The moment of an Amsterdam wall-clock time on a day. */
export function atAmsterdam(day: string, time: string) {
	const moment = fromAmsterdamLocal(`${day}T${time}`)
	if (!moment) throw new Error(`Not an Amsterdam time: ${day}T${time}`)
	return moment
}

const activityTimes: Record<DemoActivityKind, readonly string[]> = {
	CALL: ['09:40', '11:15', '14:20'],
	VISIT: ['10:00', '13:30', '15:00'],
	EMAIL: ['08:50', '12:10', '16:35'],
	MEETING: ['10:30', '14:00'],
	NOTE: ['12:45', '17:10'],
}

/** `time` on the working day about `daysAgo` days before `moment` (a weekend day moves back to Friday). */
export function daysAgoAt(moment: Date, daysAgo: number, time: string) {
	return atAmsterdam(workingDay(dayFromNow(moment, -daysAgo), 'back'), time)
}

/** When a dated demo activity happened: on a working day, at an hour that suits its kind. */
export function demoActivityMoment(moment: Date, activity: DemoActivity & { daysAgo: number }) {
	const times = activityTimes[activity.kind]
	return daysAgoAt(moment, activity.daysAgo, times[activity.daysAgo % times.length] ?? '12:00')
}

/** An event's day and times, and when its invitations went out. */
export function demoEventTimes(moment: Date, event: DemoEvent) {
	const direction = event.daysFromNow < 0 ? 'back' : 'on'
	const day = onWeekday(dayFromNow(moment, event.daysFromNow), event.weekday, direction)
	return {
		day,
		startsAt: atAmsterdam(day, event.starts),
		endsAt: atAmsterdam(day, event.ends),
		invitedAt: daysAgoAt(moment, event.invitedDaysAgo, '10:00'),
	}
}

const slotTimes = ['09:30', '11:00', '13:30', '15:30']

/**
 * `count` moments in the current Amsterdam week before `moment`, spread over its working days at
 * office hours; early on a Monday, when there are not enough of those yet, spread evenly since
 * Monday 00:00. Oldest first.
 */
export function thisWeekSlots(moment: Date, count: number): Date[] {
	const week = amsterdamWeek(moment)
	const slots: Date[] = []
	for (let day = week.monday; day <= amsterdamDate(moment) && weekdayOf(day) !== 6; day = addDays(day, 1)) {
		for (const time of slotTimes) {
			const slot = atAmsterdam(day, time)
			if (slot < moment) slots.push(slot)
		}
	}
	if (slots.length >= count) {
		return Array.from({ length: count }, (_, index) => slots[Math.floor(((index + 0.5) * slots.length) / count)]!)
	}
	const since = moment.getTime() - week.start.getTime()
	return Array.from(
		{ length: count },
		(_, index) => new Date(week.start.getTime() + ((index + 1) * since) / (count + 1)),
	)
}
