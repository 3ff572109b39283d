/**
 * Vocabulary for the deterministic demo job-ad generator (`job-ads.ts`): occupations with
 * ISCO-08 codes and Danish word forms, workplaces, employer name patterns and sentence pools.
 * Pure data.
 *
 * Placeholders in templates (filled in by `job-ads.ts`):
 * - `{sg}` `{pl}` `{sgDef}` `{plDef}` `{art}`: the occupation (lower-case singular, plural,
 *   definite singular, definite plural, indefinite article "en"/"et"); `{Sg}` `{Pl}` capitalised
 * - `{employer}` `{workplace}` `{hospital}` `{town}` (town without "C", "SV" …) `{municipality}`
 *   ("Aarhus") `{kommune}` ("Aarhus Kommune") `{region}` ("Region Midtjylland")
 * - name parts: `{surname}` `{surname2}` `{surnames}` (genitive) `{brand}` `{place}` `{animal}`
 *   `{school}` `{co}` (company suffix, "A/S" or "ApS")
 */

export type Sector =
	| 'hospital'
	| 'elderly'
	| 'childcare'
	| 'school'
	| 'highschool'
	| 'municipal'
	| 'construction'
	| 'industry'
	| 'logistics'
	| 'transport'
	| 'retail'
	| 'hospitality'
	| 'office'
	| 'it'
	| 'finance'
	| 'agriculture'
	| 'cleaning'
	| 'dental'
	| 'gp'
	| 'physio'
	| 'pharmacy'
	| 'security'
	| 'salon'
	| 'postal'
	| 'rescue'
	| 'consulting'
	| 'garage'
	| 'food';

export interface OccupationVocab {
	/** ISCO-08 4-digit code */
	code: string;
	/** Danish singular, capitalised as in a title: "Sygeplejerske", "IT-supporter" */
	title: string;
	plural: string;
	definite: string;
	definitePlural: string;
	neuter: boolean;
	sectors: readonly Sector[];
	/** typical hourly wage in kr. (incl. supplements) */
	wage: readonly [number, number];
	/** share of ads that are part-time */
	partShare: number;
	/** relative frequency among ads */
	weight: number;
	/** requires a specific education */
	skilled: boolean;
	/** occupation-specific requirement sentences for the "om dig" paragraph */
	requirements?: readonly string[];
	/** overrides of the sector's workplaces / employer patterns, per sector */
	workplaces?: Partial<Record<Sector, readonly string[]>>;
	employers?: Partial<Record<Sector, readonly string[]>>;
}

type Forms = 'e' | 'er' | 'r' | readonly [plural: string, definite: string, definitePlural: string];

interface Extra {
	requirements?: readonly string[];
	workplaces?: Partial<Record<Sector, readonly string[]>>;
	employers?: Partial<Record<Sector, readonly string[]>>;
	neuter?: boolean;
}

function occ(
	code: string,
	title: string,
	forms: Forms,
	sectors: readonly Sector[],
	wage: readonly [number, number],
	partShare: number,
	weight: number,
	skilled: boolean,
	extra: Extra = {}
): OccupationVocab {
	const [plural, definite, definitePlural] =
		forms === 'e'
			? [`${title}e`, `${title}en`, `${title}ne`]
			: forms === 'er'
				? [`${title}er`, `${title}en`, `${title}erne`]
				: forms === 'r'
					? [`${title}r`, `${title}n`, `${title}rne`]
					: forms;
	return {
		code,
		title,
		plural,
		definite,
		definitePlural,
		neuter: extra.neuter ?? false,
		sectors,
		wage,
		partShare,
		weight,
		skilled,
		requirements: extra.requirements,
		workplaces: extra.workplaces,
		employers: extra.employers
	};
}

export const occupations: readonly OccupationVocab[] = [
	// 1 Ledelsesarbejde
	occ('1211', 'Økonomichef', 'er', ['office', 'municipal'], [350, 450], 0.02, 0.5, true),
	occ(
		'1219',
		'Projektleder',
		'e',
		['office', 'it', 'construction', 'municipal', 'consulting'],
		[320, 450],
		0.03,
		2.5,
		true,
		{
			requirements: [
				'Du har erfaring med at lede projekter fra idé til drift og kan samle mennesker om et fælles mål.'
			]
		}
	),
	occ('1321', 'Produktionschef', 'er', ['industry'], [320, 430], 0.01, 0.4, true),
	occ('1341', 'Institutionsleder', 'e', ['childcare'], [280, 360], 0.02, 0.5, true),
	occ('1345', 'Skoleleder', 'e', ['school'], [320, 420], 0.01, 0.3, true),
	occ('1412', 'Restaurantchef', 'er', ['hospitality'], [220, 300], 0.05, 0.4, true),
	occ('1420', 'Butikschef', 'er', ['retail'], [230, 320], 0.05, 0.8, true),
	// 2 Viden på højeste niveau
	occ('2144', 'Ingeniør', 'er', ['consulting', 'industry'], [290, 420], 0.03, 2, true),
	occ('2211', 'Læge', 'r', ['hospital', 'gp'], [330, 450], 0.1, 1, true, {
		requirements: ['Du har dansk autorisation som læge og gerne erfaring fra specialet.']
	}),
	occ('2221', 'Sygeplejerske', 'r', ['hospital', 'elderly'], [240, 300], 0.3, 6, true, {
		requirements: ['Du er uddannet sygeplejerske med dansk autorisation.'],
		workplaces: {
			elderly: [
				'sygeplejen i {municipality}',
				'Plejecenter {place}',
				'aftenvagten i hjemmesygeplejen'
			]
		}
	}),
	occ('2261', 'Tandlæge', 'r', ['dental'], [320, 450], 0.2, 0.4, true),
	occ('2264', 'Fysioterapeut', 'er', ['physio', 'elderly'], [230, 290], 0.2, 1.5, true, {
		workplaces: { elderly: ['genoptræningen i {municipality}', 'Rehabiliteringscenter {place}'] }
	}),
	occ('2269', 'Ergoterapeut', 'er', ['elderly', 'hospital'], [225, 285], 0.2, 1, true, {
		workplaces: {
			elderly: [
				'genoptræningen i {municipality}',
				'Hjælpemiddelcentret',
				'Rehabiliteringscenter {place}'
			]
		}
	}),
	occ('2330', 'Gymnasielærer', 'e', ['highschool'], [260, 330], 0.1, 0.6, true),
	occ('2341', 'Lærer', 'e', ['school'], [240, 300], 0.05, 4, true, {
		requirements: ['Du er uddannet lærer, gerne med linjefag i dansk, matematik eller engelsk.']
	}),
	occ('2342', 'Pædagog', 'er', ['childcare', 'school'], [215, 270], 0.2, 6, true, {
		requirements: [
			'Du er uddannet pædagog og brænder for at skabe gode rammer for børns udvikling.'
		],
		workplaces: {
			school: ["SFO'en på {school}", 'indskolingen på {school}', 'fritidsklubben ved {school}']
		}
	}),
	occ('2411', 'Revisor', 'er', ['consulting', 'office'], [260, 400], 0.05, 0.7, true, {
		employers: {
			consulting: ['{brand} Revision {co}', '{surname} & {surname2} Statsautoriserede Revisorer']
		}
	}),
	occ(
		'2422',
		'Fuldmægtig',
		['Fuldmægtige', 'fuldmægtigen', 'fuldmægtigene'],
		['municipal'],
		[250, 330],
		0.05,
		1,
		true
	),
	occ('2431', 'Marketingmedarbejder', 'e', ['office', 'retail'], [230, 320], 0.1, 0.8, true, {
		workplaces: { retail: ['marketingafdelingen', 'vores hovedkontor i {town}'] }
	}),
	occ('2512', 'Softwareudvikler', 'e', ['it'], [290, 430], 0.03, 3, true, {
		requirements: [
			'Du har erfaring med moderne webudvikling, gerne TypeScript, SQL og automatiseret test.'
		]
	}),
	occ('2611', 'Jurist', 'er', ['municipal', 'consulting'], [270, 400], 0.05, 1.5, true, {
		requirements: ['Du er cand.jur. og har gerne erfaring med forvaltningsret.'],
		employers: { consulting: ['Advokatfirmaet {surname} & {surname2}', '{brand} Advokater {co}'] }
	}),
	occ('2634', 'Psykolog', 'er', ['municipal', 'hospital'], [270, 350], 0.15, 0.6, true, {
		workplaces: {
			municipal: ['PPR i {municipality}', 'Familiecentret', 'Børne- og ungerådgivningen']
		}
	}),
	occ('2635', 'Socialrådgiver', 'e', ['municipal'], [235, 290], 0.1, 1.5, true, {
		workplaces: {
			municipal: [
				'Jobcenter {municipality}',
				'Familieafdelingen',
				'Handicap og Psykiatri',
				'Ydelsesservice'
			]
		}
	}),
	// 3 Viden på mellemniveau
	occ(
		'3112',
		'Bygningskonstruktør',
		'er',
		['consulting', 'construction'],
		[240, 320],
		0.03,
		0.8,
		true
	),
	occ('3123', 'Byggeleder', 'e', ['construction'], [270, 360], 0.02, 0.8, true),
	occ('3213', 'Farmakonom', 'er', ['pharmacy'], [205, 250], 0.3, 0.5, true),
	occ('3251', 'Klinikassistent', 'er', ['dental'], [190, 240], 0.3, 1, true),
	occ('3313', 'Bogholder', 'e', ['office'], [210, 280], 0.3, 2, true),
	occ('3322', 'Salgskonsulent', 'er', ['office', 'industry', 'it'], [220, 320], 0.05, 2.5, false, {
		workplaces: { industry: ['salgsafdelingen', 'vores kontor i {town}'], it: ['salgsteamet'] }
	}),
	occ('3344', 'Lægesekretær', 'er', ['hospital', 'gp'], [200, 250], 0.25, 1, true),
	occ('3434', 'Køkkenchef', 'er', ['hospitality', 'elderly'], [220, 300], 0.05, 0.6, true, {
		workplaces: {
			elderly: ['produktionskøkkenet i {municipality}', 'køkkenet på Plejecenter {place}']
		}
	}),
	occ('3512', 'IT-supporter', 'e', ['it', 'municipal'], [200, 270], 0.1, 1.5, false, {
		workplaces: {
			municipal: ['IT-afdelingen', 'Center for Digitalisering', 'IT-supporten på skolerne']
		}
	}),
	// 4 Kontor og kundeservice
	occ('4110', 'Kontorassistent', 'er', ['municipal', 'office'], [185, 230], 0.25, 2, false),
	occ('4120', 'Sekretær', 'er', ['office', 'municipal', 'consulting'], [200, 250], 0.2, 0.8, false),
	occ('4211', 'Pengeinstitutmedarbejder', 'e', ['finance'], [215, 280], 0.1, 1, true),
	occ(
		'4222',
		'Kundeservicemedarbejder',
		'e',
		['office', 'finance', 'it'],
		[180, 230],
		0.3,
		2.5,
		false,
		{
			workplaces: { it: ['kundeservice', 'supportteamet'], finance: ['vores kundecenter'] }
		}
	),
	occ('4226', 'Receptionist', 'er', ['hospitality', 'office'], [175, 220], 0.3, 1, false, {
		workplaces: {
			hospitality: ['receptionen på Hotel {brand}', 'Hotel {brand}'],
			office: ['receptionen', 'vores hovedkontor i {town}']
		}
	}),
	occ('4311', 'Regnskabsmedarbejder', 'e', ['office', 'municipal'], [200, 260], 0.2, 1.5, false, {
		workplaces: { municipal: ['Økonomiafdelingen', 'Center for Økonomi', 'Opkrævningen'] }
	}),
	occ('4321', 'Lagermedarbejder', 'e', ['logistics', 'retail'], [170, 210], 0.15, 5, false, {
		requirements: ['Truckcertifikat er en fordel, men ikke et krav.'],
		workplaces: { retail: ['vores centrallager', 'lageret i {town}', 'varemodtagelsen'] }
	}),
	occ('4323', 'Disponent', 'er', ['transport', 'logistics'], [210, 270], 0.05, 0.6, false, {
		workplaces: {
			transport: ['trafikafdelingen', 'vores kontor i {town}'],
			logistics: ['disponeringen', 'vores kontor i {town}']
		}
	}),
	occ(
		'4412',
		'Postbud',
		['Postbude', 'postbuddet', 'postbudene'],
		['postal'],
		[170, 200],
		0.3,
		0.8,
		false,
		{
			neuter: true
		}
	),
	occ('4416', 'Lønmedarbejder', 'e', ['office', 'municipal'], [210, 270], 0.15, 0.6, false, {
		workplaces: {
			municipal: ['Løn og Personale', 'HR og Løn'],
			office: ['lønafdelingen', 'HR-afdelingen']
		}
	}),
	// 5 Service og salg
	occ(
		'5120',
		'Kok',
		['Kokke', 'kokken', 'kokkene'],
		['hospitality', 'elderly'],
		[180, 230],
		0.2,
		2.5,
		true,
		{
			workplaces: {
				elderly: [
					'produktionskøkkenet i {municipality}',
					'køkkenet på Plejecenter {place}',
					'Madservice {municipality}'
				]
			}
		}
	),
	occ('5131', 'Tjener', 'e', ['hospitality'], [150, 200], 0.55, 2, false),
	occ('5132', 'Bartender', 'e', ['hospitality'], [150, 190], 0.6, 0.6, false, {
		workplaces: { hospitality: ['baren på Hotel {brand}', 'Café {brand}', 'cocktailbaren {brand}'] }
	}),
	occ('5141', 'Frisør', 'er', ['salon'], [165, 210], 0.3, 1, true, {
		requirements: ['Du er uddannet frisør og har flair for farver og moderne klip.']
	}),
	occ(
		'5153',
		'Pedel',
		['Pedeller', 'pedellen', 'pedellerne'],
		['school'],
		[190, 230],
		0.1,
		0.5,
		false,
		{
			workplaces: { school: ['{school}', '{town} Skole'] }
		}
	),
	occ('5223', 'Butiksassistent', 'er', ['retail'], [160, 200], 0.5, 4, false),
	occ('5230', 'Kassemedarbejder', 'e', ['retail'], [150, 185], 0.7, 2, false),
	occ('5311', 'Pædagogmedhjælper', 'e', ['childcare'], [165, 200], 0.35, 4, false),
	occ(
		'5321',
		'Social- og sundhedsassistent',
		'er',
		['elderly', 'hospital'],
		[200, 240],
		0.45,
		6,
		true,
		{
			requirements: ['Du er uddannet social- og sundhedsassistent og har dansk autorisation.']
		}
	),
	occ('5322', 'Social- og sundhedshjælper', 'e', ['elderly'], [180, 215], 0.55, 5, true, {
		requirements: [
			'Du er uddannet social- og sundhedshjælper, og du har kørekort til almindelig bil.'
		]
	}),
	occ('5329', 'Portør', 'er', ['hospital'], [175, 210], 0.2, 0.5, false, {
		workplaces: {
			hospital: ['portørtjenesten', 'Service og Logistik på {hospital}', 'akutmodtagelsen']
		}
	}),
	occ(
		'5411',
		'Brandmand',
		['Brandmænd', 'brandmanden', 'brandmændene'],
		['rescue'],
		[200, 250],
		0.1,
		0.4,
		true
	),
	occ('5414', 'Vagt', 'er', ['security'], [170, 210], 0.25, 1.5, false),
	// 6 Landbrug, skovbrug og fiskeri
	occ('6113', 'Gartner', 'e', ['municipal', 'agriculture'], [185, 230], 0.1, 1, true, {
		workplaces: {
			municipal: ['Park og Vej', 'Materielgården i {municipality}', 'de grønne områder i {town}'],
			agriculture: ['gartneriet', 'vores planteskole ved {town}', 'væksthusene']
		}
	}),
	occ(
		'6121',
		'Fodermester',
		['Fodermestre', 'fodermesteren', 'fodermestrene'],
		['agriculture'],
		[190, 240],
		0.05,
		0.5,
		true
	),
	occ('6210', 'Skovarbejder', 'e', ['agriculture'], [180, 220], 0.05, 0.3, false, {
		workplaces: { agriculture: ['skovdistriktet ved {town}', 'vores skovhold', 'plantagen'] },
		employers: { agriculture: ['{place} Skovdistrikt', '{brand} Skovservice {co}', '{place} Gods'] }
	}),
	// 7 Håndværk
	occ('7112', 'Murer', 'e', ['construction'], [215, 280], 0.02, 1.5, true, {
		employers: {
			construction: [
				'{surname} Murer- og Entreprenørforretning {co}',
				'{brand} Murer {co}',
				'{town} Murerfirma {co}'
			]
		}
	}),
	occ('7115', 'Tømrer', 'e', ['construction'], [210, 270], 0.02, 3, true),
	occ('7121', 'Tagdækker', 'e', ['construction'], [210, 270], 0.02, 0.4, true, {
		employers: { construction: ['{brand} Tag {co}', '{surname} Tagdækning {co}'] }
	}),
	occ('7126', 'VVS-montør', 'er', ['construction'], [210, 270], 0.02, 2, true, {
		requirements: [
			'Du er uddannet VVS-energispecialist eller VVS-montør og har kørekort til almindelig bil.'
		],
		employers: {
			construction: ['{brand} VVS {co}', '{surname} VVS & Blik {co}', '{town} VVS-service {co}']
		}
	}),
	occ('7131', 'Maler', 'e', ['construction'], [205, 260], 0.05, 1, true, {
		employers: {
			construction: [
				'{surnames} Malerfirma {co}',
				'{brand} Malerservice {co}',
				'{town} Malerforretning {co}'
			]
		}
	}),
	occ(
		'7212',
		'Smed',
		['Smede', 'smeden', 'smedene'],
		['industry', 'construction'],
		[205, 260],
		0.02,
		2,
		true,
		{
			employers: {
				construction: [
					'{surname} Smedie {co}',
					'{brand} Stålkonstruktioner {co}',
					'{town} Smede- og Maskinværksted {co}'
				]
			}
		}
	),
	occ('7231', 'Mekaniker', 'e', ['garage'], [200, 255], 0.03, 2, true),
	occ('7233', 'Industrimekaniker', 'e', ['industry'], [220, 280], 0.02, 1, true),
	occ('7411', 'Elektriker', 'e', ['construction', 'industry'], [215, 275], 0.02, 3, true, {
		requirements: [
			'Du er uddannet elektriker og har gerne erfaring med både bolig- og erhvervsinstallationer.'
		],
		employers: {
			construction: ['{surname} El-service {co}', '{brand} El {co}', '{town} El-installation {co}']
		}
	}),
	occ('7511', 'Slagter', 'e', ['food', 'retail'], [180, 225], 0.15, 0.6, true, {
		employers: { food: ['Slagter {surname}', '{town} Slagter {co}', '{brand} Kød {co}'] },
		workplaces: {
			retail: ['slagterafdelingen i vores butik i {town}', 'kød- og delikatesseafdelingen']
		}
	}),
	occ('7512', 'Bager', 'e', ['food'], [175, 220], 0.2, 1, true, {
		employers: {
			food: [
				'Bageriet {brand} {co}',
				'{surnames} Bageri',
				'{town} Bageri {co}',
				'Konditoriet {brand}'
			]
		}
	}),
	occ('7522', 'Snedker', 'e', ['industry', 'construction'], [200, 250], 0.03, 0.8, true, {
		employers: {
			industry: ['{brand} Møbler {co}', '{surname} Snedkeri {co}', '{brand} Køkkener {co}']
		}
	}),
	// 8 Operatør-, monterings- og transportarbejde
	occ('8160', 'Procesoperatør', 'er', ['industry'], [200, 250], 0.03, 1, true),
	occ('8189', 'Maskinoperatør', 'er', ['industry'], [185, 235], 0.05, 1.5, false),
	occ('8219', 'Montør', 'er', ['industry'], [190, 240], 0.05, 1, false),
	occ('8322', 'Taxichauffør', 'er', ['transport'], [150, 190], 0.4, 0.6, false, {
		requirements: ['Du har taxikørekort eller er klar til at tage det.'],
		workplaces: {
			transport: ['vognparken i {town}', 'weekendvagterne', 'kørsel i {municipality} og omegn']
		},
		employers: { transport: ['{town} Taxa {co}', '{brand} Taxi {co}'] }
	}),
	occ('8331', 'Buschauffør', 'er', ['transport'], [180, 215], 0.25, 2, false, {
		requirements: ['Du har kørekort kategori D og gyldigt chaufføruddannelsesbevis.'],
		workplaces: {
			transport: [
				'bybusserne i {town}',
				'regionale ruter',
				'skolebuskørsel i {municipality}',
				'natbusserne i {town}'
			]
		},
		employers: {
			transport: ['{brand} Bus {co}', '{town} Bybusser {co}', 'Trafikselskabet {brand} {co}']
		}
	}),
	occ('8332', 'Lastbilchauffør', 'er', ['transport'], [185, 230], 0.05, 3, false, {
		requirements: ['Du har kørekort til lastbil (C/CE) og gyldigt chaufføruddannelsesbevis.']
	}),
	occ('8342', 'Entreprenørmaskinfører', 'e', ['construction'], [220, 280], 0.02, 0.6, true, {
		requirements: ['Du har maskinførerbevis og erfaring med gravemaskine eller læssemaskine.'],
		workplaces: {
			construction: [
				'anlægsarbejde i {municipality}',
				'jord- og kloakarbejde',
				'vores anlægsafdeling'
			]
		},
		employers: {
			construction: [
				'{surname} Entreprenørforretning {co}',
				'{brand} Anlæg {co}',
				'{town} Jord og Beton {co}'
			]
		}
	}),
	occ('8344', 'Truckfører', 'e', ['logistics'], [180, 220], 0.05, 1, false, {
		requirements: ['Du har truckcertifikat (B) og erfaring med reoler i højden.']
	}),
	// 9 Andet manuelt arbejde
	occ('9112', 'Rengøringsassistent', 'er', ['cleaning', 'hospital'], [155, 190], 0.55, 4, false, {
		workplaces: { hospital: ['Service og Logistik på {hospital}', 'rengøringen på {hospital}'] }
	}),
	occ('9211', 'Landbrugsmedhjælper', 'e', ['agriculture'], [155, 190], 0.15, 1, false, {
		requirements: [
			'Du har erfaring med dyr eller markarbejde, og du har kørekort til bil og traktor.'
		]
	}),
	occ('9214', 'Gartnerimedhjælper', 'e', ['agriculture'], [150, 180], 0.3, 0.5, false, {
		workplaces: { agriculture: ['gartneriet', 'væksthusene', 'vores planteskole ved {town}'] }
	}),
	occ('9321', 'Pakkeriarbejder', 'e', ['industry', 'logistics'], [165, 200], 0.2, 1, false, {
		workplaces: {
			industry: ['pakkeriet', 'aftenholdet i pakkeriet'],
			logistics: ['pakkeafdelingen', 'returafdelingen']
		}
	}),
	occ('9329', 'Produktionsmedarbejder', 'e', ['industry'], [170, 215], 0.1, 4, false),
	occ(
		'9333',
		'Flyttemand',
		['Flyttefolk', 'flyttemanden', 'flyttefolkene'],
		['transport'],
		[165, 200],
		0.15,
		0.5,
		false,
		{
			workplaces: {
				transport: ['flytteopgaver i {town}', 'kontorflytninger', 'vores flyttehold i {town}']
			},
			employers: { transport: ['{surnames} Flytteforretning {co}', '{brand} Flytning {co}'] }
		}
	),
	occ('9412', 'Opvasker', 'e', ['hospitality'], [150, 180], 0.4, 0.8, false, {
		workplaces: {
			hospitality: ['opvasken på Restaurant {brand}', 'køkkenet på Hotel {brand}', 'vores kantine']
		}
	}),
	occ('9412', 'Køkkenmedhjælper', 'e', ['hospitality', 'elderly'], [155, 185], 0.45, 1.2, false, {
		workplaces: {
			elderly: ['produktionskøkkenet i {municipality}', 'køkkenet på Plejecenter {place}']
		}
	}),
	occ('9611', 'Renovationsarbejder', 'e', ['municipal'], [185, 225], 0.05, 0.5, false, {
		workplaces: { municipal: ['affaldsindsamlingen i {municipality}', 'genbrugspladsen i {town}'] },
		employers: { municipal: ['{kommune}', '{brand} Renovation {co}', '{municipality} Forsyning'] }
	}),
	occ('9621', 'Omdeler', 'e', ['postal'], [150, 180], 0.7, 0.6, false)
];

export interface SectorVocab {
	public: boolean;
	workplaces: readonly string[];
	employers: readonly string[];
	tasks: readonly string[];
}

export const sectors: Record<Sector, SectorVocab> = {
	hospital: {
		public: true,
		workplaces: [
			'akutmodtagelsen',
			'medicinsk afdeling',
			'kirurgisk afdeling',
			'ortopædkirurgisk afdeling',
			'hjerteafdelingen',
			'børneafdelingen',
			'intensivafsnittet',
			'onkologisk afdeling',
			'neurologisk afdeling',
			'fødeafdelingen',
			'geriatrisk afsnit',
			'psykiatrisk afsnit',
			'operationsafdelingen',
			'lungemedicinsk afdeling'
		],
		employers: ['{region}'],
		tasks: [
			'Du kommer til at indgå i tværfaglige teams omkring patienterne på {hospital}.',
			'Vores patienter spænder bredt, og som {sg} hos os får du et stort fagligt ansvar.',
			'Afdelingen arbejder i døgnvagter, og vi lægger vægt på kontinuitet og god overlevering.',
			'Der er fokus på patientsikkerhed, kvalitet og faglig sparring i hverdagen.'
		]
	},
	elderly: {
		public: true,
		workplaces: [
			'Plejecenter {place}',
			'hjemmeplejen i {town}',
			'aftenvagten i hjemmeplejen',
			'nattevagten på Plejecenter {place}',
			'Rehabiliteringscenter {place}',
			'Aktivitetscenter {place}'
		],
		employers: [
			'{kommune}',
			'{kommune}',
			'{kommune}',
			'Den selvejende institution {place}',
			'{brand} Omsorg {co}'
		],
		tasks: [
			'Du skal støtte borgerne i deres hverdag med personlig pleje, praktisk hjælp og rehabilitering.',
			'Vi arbejder rehabiliterende og tager udgangspunkt i den enkelte borgers ressourcer og ønsker.',
			'Som {sg} samarbejder du tæt med sygeplejersker, terapeuter og pårørende.',
			'Dokumentationen foregår i vores elektroniske omsorgssystem, som du bliver grundigt oplært i.'
		]
	},
	childcare: {
		public: true,
		workplaces: [
			'Børnehuset {animal}',
			'Vuggestuen {animal}',
			'Børnehaven {animal}',
			'Dagtilbud {place}',
			'Den integrerede institution {animal}'
		],
		employers: [
			'{kommune}',
			'{kommune}',
			'{kommune}',
			'Den selvejende daginstitution {animal}',
			'Privatinstitutionen {animal} {co}'
		],
		tasks: [
			'Du skal skabe trygge rammer og gode lærings- og udviklingsmiljøer for børnene.',
			'Vi arbejder ud fra den styrkede pædagogiske læreplan med fokus på leg, natur og bevægelse.',
			'Som {sg} hos os samarbejder du tæt med forældrene og dine kolleger på stuen.',
			'Hverdagen byder på ture i skoven, kreative aktiviteter og masser af leg på legepladsen.'
		]
	},
	school: {
		public: true,
		workplaces: [
			'{school}',
			'udskolingen på {school}',
			'indskolingen på {school}',
			'specialklasserne på {school}',
			'{town} Skole'
		],
		employers: [
			'{kommune}',
			'{kommune}',
			'{kommune}',
			'{kommune}',
			'{town} Friskole',
			'{brand} Privatskole'
		],
		tasks: [
			'Du kommer til at undervise og indgå i et forpligtende teamsamarbejde omkring årgangen.',
			'Skolen har fokus på inklusion, trivsel og varierede undervisningsformer.',
			'Som {sg} hos os får du gode kolleger, et stærkt fagligt fællesskab og en engageret ledelse.',
			'Vi samarbejder tæt med forældre, PPR og skolens øvrige medarbejdere.'
		]
	},
	highschool: {
		public: false,
		workplaces: ['{town} Gymnasium', 'HF-afdelingen', 'handelsgymnasiet', 'det tekniske gymnasium'],
		employers: ['{town} Gymnasium', '{brand} Uddannelsescenter', '{town} Handelsskole'],
		tasks: [
			'Du skal undervise i dine fag på stx og hf og deltage i skolens faglige udvikling.',
			'Vi har engagerede elever og et stærkt kollegialt fællesskab.',
			'Som {sg} hos os får du rig mulighed for at præge skolens pædagogiske udvikling.'
		]
	},
	municipal: {
		public: true,
		workplaces: [
			'Borgerservice',
			'Jobcenter {municipality}',
			'Teknik og Miljø',
			'Social og Sundhed',
			'Børn og Unge',
			'Ydelsesservice',
			'Byg og Miljø',
			'Center for Digitalisering'
		],
		employers: ['{kommune}'],
		tasks: [
			'Du får en bred vifte af opgaver med borgerkontakt, sagsbehandling og samarbejde på tværs af forvaltningen.',
			'Opgaverne løses i tæt samarbejde med dine kolleger og med fokus på god service over for borgerne.',
			'Som {sg} i {kommune} er du med til at gøre en forskel for borgerne i {municipality}.',
			'Vi arbejder digitalt og har fokus på enkle og effektive arbejdsgange.'
		]
	},
	construction: {
		public: false,
		workplaces: [
			'nybyggeri i {town}',
			'renoveringsopgaver i {town}',
			'serviceafdelingen',
			'vores byggeplads i {town}',
			'vores team i {town}',
			'service og vedligehold'
		],
		employers: [
			'{surname} Byg {co}',
			'{brand} Byg {co}',
			'{town} Entreprise {co}',
			'{surname} & Søn {co}',
			'{surnames} Tømrer- og Snedkerforretning {co}',
			'{brand} Totalentreprise {co}'
		],
		tasks: [
			'Opgaverne spænder fra nybyggeri til renovering og service hos både private kunder og erhvervskunder.',
			'Som {sg} hos os arbejder du både selvstændigt og i sjak, og du tager ansvar for kvaliteten af dit arbejde.',
			'Vi har en god ordrebeholdning, så der er arbejde til lang tid.',
			'Du får firmabil, værktøj og arbejdstøj, så du er klar til opgaverne.'
		]
	},
	industry: {
		public: false,
		workplaces: [
			'produktionen',
			'aftenholdet i produktionen',
			'natholdet i produktionen',
			'vores fabrik i {town}',
			'montageafdelingen',
			'vedligeholdelsesafdelingen'
		],
		employers: [
			'{brand} Industri {co}',
			'{surname} Maskinfabrik {co}',
			'{brand} Plast {co}',
			'{town} Stålindustri {co}',
			'{brand} Foods {co}',
			'Nordisk {brand} {co}',
			'{brand} Emballage {co}',
			'{brand} Components {co}'
		],
		tasks: [
			'Du bliver en del af et produktionsteam, der arbejder i treholdsskift.',
			'Arbejdet består blandt andet af betjening af maskiner, kvalitetskontrol og rengøring af produktionslinjen.',
			'Som {sg} hos os er sikkerhed og kvalitet altid i højsædet.',
			'Vi arbejder med løbende forbedringer, og dine idéer bliver hørt.'
		]
	},
	logistics: {
		public: false,
		workplaces: [
			'vores lager i {town}',
			'nattevagten på lageret',
			'distributionscentret i {town}',
			'varemodtagelsen',
			'plukteamet',
			'ekspeditionen'
		],
		employers: [
			'{brand} Logistik {co}',
			'{town} Distribution {co}',
			'Nordisk {brand} Lager {co}',
			'{brand} Fragt {co}',
			'{surname} Transport og Logistik {co}'
		],
		tasks: [
			'Arbejdet består af pluk og pak, varemodtagelse og kørsel med truck.',
			'Som {sg} hos os sørger du for, at varerne kommer hurtigt og korrekt ud til kunderne.',
			'Vi arbejder med håndscannere og et moderne lagerstyringssystem.',
			'Der er både dag-, aften- og nattevagter, så der er gode muligheder for at finde et skema, der passer dig.'
		]
	},
	transport: {
		public: false,
		workplaces: [
			'fast rute i {town}',
			'distributionskørsel fra {town}',
			'international kørsel',
			'kørsel i {municipality} og omegn',
			'containerkørsel'
		],
		employers: [
			'{surname} Vognmandsforretning {co}',
			'{brand} Transport {co}',
			'{town} Fragt {co}',
			'{surnames} Vognmandsforretning'
		],
		tasks: [
			'Du starter og slutter dagen fra vores plads i {town}.',
			'Som {sg} hos os repræsenterer du firmaet over for kunderne, så god service er vigtig.',
			'Vi har nyt og velholdt materiel, og du får din egen faste vogn.',
			'Kørslen foregår primært i dagtimerne, men der kan forekomme aften- og weekendkørsel.'
		]
	},
	retail: {
		public: false,
		workplaces: [
			'vores butik i {town}',
			'butikken i {town}',
			'weekendholdet',
			'frugt og grønt',
			'kolonialafdelingen',
			'kassen'
		],
		employers: [
			'{brand} Supermarked {co}',
			'{town} Boghandel',
			'{brand} Sko {co}',
			'{brand} Byggemarked {co}',
			'Købmand {surname}',
			'{brand} Mode {co}',
			'{brand} Isenkram {co}'
		],
		tasks: [
			'Du skal betjene kunder, fylde varer op og holde butikken pæn og indbydende.',
			'Som {sg} hos os er du butikkens ansigt udadtil og giver kunderne en god oplevelse.',
			'Du får ansvar for udvalgte varegrupper og er med til at skabe salg.',
			'Vi har åbent alle ugens dage, og vagterne fordeles efter en fast vagtplan.'
		]
	},
	hospitality: {
		public: false,
		workplaces: [
			'Restaurant {brand}',
			'Hotel {brand}',
			'Café {brand}',
			'{town} Kro',
			'vores køkken',
			'vores kantine',
			'Brasseriet {brand}'
		],
		employers: [
			'Restaurant {brand} {co}',
			'Hotel {brand} {co}',
			'{town} Kro {co}',
			'Café {brand} {co}',
			'{brand} Catering {co}',
			'{brand} Kantineservice {co}'
		],
		tasks: [
			'Vi laver mad fra bunden af gode råvarer fra sæsonen.',
			'Som {sg} hos os er du med til at give vores gæster en oplevelse, de husker.',
			'Arbejdstiden ligger primært om aftenen og i weekenderne.',
			'Du bliver en del af et energisk team med højt til loftet.'
		]
	},
	office: {
		public: false,
		workplaces: [
			'økonomiafdelingen',
			'vores kontor i {town}',
			'administrationen',
			'kundeservice',
			'salgsafdelingen',
			'HR-afdelingen',
			'vores hovedkontor i {town}'
		],
		employers: [
			'{brand} {co}',
			'Nordisk {brand} {co}',
			'{surname} & {surname2} {co}',
			'{brand} Gruppen {co}',
			'{town} Handelshus {co}',
			'{brand} Consult {co}'
		],
		tasks: [
			'Du får en bred vifte af opgaver og bliver en vigtig brik i den daglige drift.',
			'Som {sg} hos os arbejder du tæt sammen med kolleger på tværs af afdelinger.',
			'Vi arbejder i moderne systemer, og du får en grundig oplæring.',
			'Der er travlt i perioder, men vi hjælper hinanden og holder fast i det gode humør.'
		]
	},
	it: {
		public: false,
		workplaces: [
			'vores udviklingsteam',
			'IT-afdelingen',
			'digitaliseringsteamet',
			'vores kontor i {town}',
			'platformsteamet',
			'servicedesken'
		],
		employers: [
			'{brand} Software {co}',
			'{brand} IT {co}',
			'{brand} Digital {co}',
			'{brand} Systems {co}',
			'{brand} Data {co}'
		],
		tasks: [
			'Du bliver en del af et tværfagligt team, der udvikler og drifter løsninger, som tusindvis af brugere er afhængige af hver dag.',
			'Vi arbejder agilt med korte iterationer, code reviews og automatiseret test.',
			'Som {sg} hos os får du indflydelse på både teknologivalg og arbejdsgange.',
			'Vores tekniske platform omfatter blandt andet cloud, TypeScript, .NET og PostgreSQL.'
		]
	},
	finance: {
		public: false,
		workplaces: [
			'filialen i {town}',
			'privatkundeafdelingen',
			'erhvervsafdelingen',
			'vores kundecenter',
			'rådgivningscentret i {town}'
		],
		employers: [
			'Sparekassen {town}',
			'{brand} Bank {co}',
			'Andelskassen {town}',
			'{brand} Pension {co}',
			'{brand} Forsikring {co}'
		],
		tasks: [
			'Du skal rådgive kunderne om deres daglige økonomi og hjælpe dem med bolig, opsparing og pension.',
			'Som {sg} hos os er du i tæt dialog med kunderne både på telefon, mail og ved personlige møder.',
			'Vi har fokus på ordentlighed og langvarige kunderelationer.',
			'Du bliver en del af et erfarent team med stor faglig viden.'
		]
	},
	agriculture: {
		public: false,
		workplaces: [
			'vores kvægbrug ved {town}',
			'svinebedriften',
			'planteavlsbedriften',
			'vores malkekvægsbesætning',
			'markarbejdet'
		],
		employers: [
			'{place} Landbrug I/S',
			'{surname} Agro {co}',
			'{brand} Gartneri {co}',
			'{place} Gods',
			'{surnames} Planteavl'
		],
		tasks: [
			'Arbejdet består af pasning af dyr, markarbejde og almindelig vedligeholdelse på bedriften.',
			'Som {sg} hos os arbejder du med moderne maskiner og gode faciliteter.',
			'Vi lægger vægt på dyrevelfærd, orden og et godt samarbejde.',
			'Der er weekendvagt hver tredje weekend.'
		]
	},
	cleaning: {
		public: false,
		workplaces: [
			'skoler og institutioner i {town}',
			'kontorrengøring i {town}',
			'hotelrengøring',
			'erhvervsrengøring i {municipality}',
			'rådhuset i {municipality}'
		],
		employers: [
			'{brand} Rengøring {co}',
			'{brand} Facility Service {co}',
			'{town} Erhvervsrengøring {co}',
			'{kommune}',
			'Rengøringsselskabet {brand} {co}'
		],
		tasks: [
			'Du skal stå for daglig rengøring af kontorer, mødelokaler og fællesarealer.',
			'Som {sg} hos os arbejder du efter en fast plan og med miljøvenlige produkter.',
			'Arbejdstiden ligger tidligt om morgenen eller sidst på eftermiddagen.',
			'Du får udleveret arbejdstøj og bliver grundigt oplært i vores kvalitetsstandarder.'
		]
	},
	dental: {
		public: false,
		workplaces: [
			'vores tandklinik i {town}',
			'klinikken i {town}',
			'tandreguleringen',
			'Den Kommunale Tandpleje i {municipality}'
		],
		employers: [
			'Tandlægerne i {town}',
			'{town} Tandlægecenter {co}',
			'Tandklinikken {brand}',
			'{kommune}'
		],
		tasks: [
			'Du skal assistere ved behandlinger, tage imod patienter og sørge for sterilisation og hygiejne.',
			'Klinikken er moderne indrettet med digital røntgen og intraorale scannere.',
			'Som {sg} hos os bliver du en del af et stærkt team af tandlæger, tandplejere og klinikassistenter.'
		]
	},
	gp: {
		public: false,
		workplaces: ['lægehuset i {town}', 'vores almenpraksis', 'Lægehuset {place}'],
		employers: ['Lægehuset {place}', 'Lægerne i {town}', '{town} Lægecenter', 'Lægehuset {town}'],
		tasks: [
			'Du bliver en del af en travl almen praksis med et bredt patientgrundlag.',
			'Som {sg} hos os har du mange forskellige opgaver i kontakten med patienterne.',
			'Vi er en veldrevet praksis med gode kolleger og plads til faglig udvikling.'
		]
	},
	physio: {
		public: false,
		workplaces: ['vores klinik i {town}', 'Sundhedshuset i {town}', 'træningscentret'],
		employers: ['Fysioterapi {town}', '{town} Fysioterapi og Træning {co}', 'Klinik {brand}'],
		tasks: [
			'Du skal undersøge, behandle og træne patienter med meget forskellige problemstillinger.',
			'Vi har egen træningssal, og du får god tid til den enkelte patient.',
			'Som {sg} hos os får du faglig sparring og mulighed for efteruddannelse.'
		]
	},
	pharmacy: {
		public: false,
		workplaces: ['{town} Apotek', 'apotekets skranke', 'vores apoteksfilial i {town}'],
		employers: ['{town} Apotek', '{brand} Apotek', '{town} Løve Apotek'],
		tasks: [
			'Du skal rådgive kunderne om medicin og ekspedere recepter.',
			'Som {sg} hos os er du en vigtig del af apotekets sundhedsfaglige rådgivning.',
			'Vi har travlt, men tager os altid tid til den enkelte kunde.'
		]
	},
	security: {
		public: false,
		workplaces: [
			'vagtcentralen',
			'butiksovervågning i {town}',
			'objektvagt i {town}',
			'eventvagter'
		],
		employers: ['{brand} Security {co}', '{brand} Vagt {co}', 'Dansk {brand} Sikring {co}'],
		tasks: [
			'Du skal stå for rundering, adgangskontrol og overvågning.',
			'Som {sg} hos os er du synlig, professionel og serviceminded.',
			'Arbejdet foregår i skiftende vagter, også om natten og i weekenden.',
			'Du har gennemført vagtuddannelsen eller er klar til at tage den.'
		]
	},
	salon: {
		public: false,
		workplaces: ['vores salon i {town}', 'salonen i {town}'],
		employers: ['Salon {brand}', 'Frisør {brand}', '{brand} Hair {co}', 'Klip og Krøl {town}'],
		tasks: [
			'Du skal klippe, farve og style kunder i alle aldre.',
			'Som {sg} hos os får du en fast kundekreds og mulighed for at udvikle dig fagligt.',
			'Salonen er nyindrettet og ligger centralt i {town}.'
		]
	},
	postal: {
		public: false,
		workplaces: [
			'omdeling i {town}',
			'pakkeomdeling i {municipality}',
			'morgenomdelingen',
			'distributionscentret i {town}'
		],
		employers: [
			'Nordisk Post og Pakke {co}',
			'{brand} Distribution {co}',
			'{town} Bladservice {co}'
		],
		tasks: [
			'Du skal omdele breve, pakker og aviser på en fast rute.',
			'Som {sg} hos os er du ude i al slags vejr og får frisk luft hver dag.',
			'Arbejdet starter tidligt om morgenen, så du har eftermiddagen fri.'
		]
	},
	rescue: {
		public: true,
		workplaces: ['brandstationen i {town}', 'beredskabet i {municipality}'],
		employers: ['Brand og Redning {municipality}', 'Beredskab {municipality}'],
		tasks: [
			'Du skal rykke ud til brande, ulykker og redningsopgaver.',
			'Som {sg} hos os indgår du i et vagthold med døgnvagter.',
			'Vi træner regelmæssigt og har fokus på sikkerhed og sammenhold.'
		]
	},
	consulting: {
		public: false,
		workplaces: [
			'vores kontor i {town}',
			'projektafdelingen',
			'vores rådgivningsteam',
			'byggeafdelingen'
		],
		employers: [
			'{surname} Rådgivende Ingeniører {co}',
			'{brand} Rådgivning {co}',
			'{brand} Consult {co}',
			'{brand} Arkitekter {co}'
		],
		tasks: [
			'Du skal rådgive både offentlige og private kunder i projekter af varierende størrelse.',
			'Som {sg} hos os får du ansvar for egne opgaver fra idé til aflevering.',
			'Vi har en uformel omgangstone og et stærkt fagligt miljø.'
		]
	},
	garage: {
		public: false,
		workplaces: ['vores værksted i {town}', 'serviceafdelingen', 'pladeværkstedet'],
		employers: [
			'{town} Autoværksted {co}',
			'{surnames} Auto {co}',
			'{brand} Biler {co}',
			'Autohuset {town} {co}'
		],
		tasks: [
			'Du skal udføre service, reparationer og fejlfinding på alle bilmærker.',
			'Som {sg} hos os arbejder du med moderne diagnoseudstyr og også med elbiler.',
			'Vi er et værksted med faste kunder og en god stemning.'
		]
	},
	food: {
		public: false,
		workplaces: ['vores produktion i {town}', 'butikken i {town}', 'morgenholdet'],
		employers: ['{brand} Fødevarer {co}'],
		tasks: [
			'Vi lægger vægt på godt håndværk og ordentlige råvarer.',
			'Som {sg} hos os er du med i hele processen fra råvare til færdigt produkt.',
			'Arbejdstiden starter tidligt om morgenen, og der er weekendarbejde efter tur.'
		]
	}
};

/** Title templates with relative weights. */
export const titleTemplates: readonly (readonly [template: string, weight: number])[] = [
	['{Sg} til {workplace}', 5],
	['{Pl} til {workplace}', 2],
	['{Sg} søges til {workplace}', 1.5],
	['Engageret {sg} til {workplace}', 1],
	['{Sg} i {town}', 1],
	['{Sg} – {hoursLabel}', 1],
	['Vil du være vores nye {sg}?', 0.7],
	['Ny kollega søges: {sg} til {workplace}', 0.8]
];

export const employmentTitlePrefixes = {
	substitute: ['Vikar: ', 'Barselsvikariat: ', ''],
	student: ['Studiejob: ', 'Studentermedhjælp: ', ''],
	temporary: ['Tidsbegrænset stilling: ', ''],
	permanent: ['']
} as const;

// Name parts -------------------------------------------------------------------------------------

export const surnames = [
	'Nielsen',
	'Jensen',
	'Hansen',
	'Pedersen',
	'Andersen',
	'Christensen',
	'Larsen',
	'Sørensen',
	'Rasmussen',
	'Jørgensen',
	'Petersen',
	'Madsen',
	'Kristensen',
	'Olsen',
	'Thomsen',
	'Christiansen',
	'Poulsen',
	'Johansen',
	'Møller',
	'Mortensen',
	'Knudsen',
	'Jakobsen',
	'Mikkelsen',
	'Frederiksen',
	'Lund',
	'Holm',
	'Schmidt',
	'Eriksen',
	'Kristiansen',
	'Simonsen',
	'Clausen',
	'Svendsen',
	'Andreasen',
	'Iversen',
	'Østergaard',
	'Jeppesen',
	'Vestergaard',
	'Nissen',
	'Lauridsen',
	'Kjær',
	'Dalgaard',
	'Bach',
	'Krogh',
	'Berg',
	'Bruun',
	'Ahmed',
	'Hussein',
	'Nowak',
	'Yilmaz',
	'Ali'
] as const;

export const firstNames = [
	'Anne',
	'Mette',
	'Hanne',
	'Susanne',
	'Lene',
	'Camilla',
	'Louise',
	'Charlotte',
	'Maria',
	'Tina',
	'Pia',
	'Helle',
	'Marianne',
	'Sofie',
	'Ida',
	'Emma',
	'Julie',
	'Sara',
	'Line',
	'Karen',
	'Fatima',
	'Amira',
	'Peter',
	'Michael',
	'Lars',
	'Jens',
	'Thomas',
	'Henrik',
	'Søren',
	'Martin',
	'Jesper',
	'Niels',
	'Anders',
	'Morten',
	'Rasmus',
	'Christian',
	'Mads',
	'Jakob',
	'Frederik',
	'Kasper',
	'Mikkel',
	'Ole',
	'Bo',
	'Kim',
	'Omar',
	'Ahmad',
	'Piotr',
	'Mehmet'
] as const;

export const brands = [
	'Kornet',
	'Nordlys',
	'Fjordbyen',
	'Havblik',
	'Egely',
	'Solsikken',
	'Bølgen',
	'Lindely',
	'Kilden',
	'Ankeret',
	'Møllen',
	'Stjernen',
	'Trekanten',
	'Ravnsborg',
	'Viking',
	'Bakkehuset',
	'Nova',
	'Saga',
	'Vestkyst',
	'Fyrtårnet',
	'Skovly',
	'Klitten',
	'Dania',
	'Norden',
	'Bøgely',
	'Havnen',
	'Engblomst',
	'Polaris',
	'Anemone',
	'Kronen',
	'Strandly',
	'Lyngbakken',
	'Nordstjernen',
	'Tårnet',
	'Kastanjen'
] as const;

/** Names of care homes, farms, estates and clinics. */
export const places = [
	'Solhøj',
	'Bakkegården',
	'Lindehøj',
	'Egebo',
	'Rosenhaven',
	'Kastaniegården',
	'Birkely',
	'Fjordblik',
	'Sølyst',
	'Engparken',
	'Toftegården',
	'Åbo',
	'Højvang',
	'Skovbrynet',
	'Møllehaven',
	'Strandparken',
	'Vesterbo',
	'Østervang',
	'Kildevang',
	'Lærkely',
	'Bøgebakken',
	'Ryttergården',
	'Nørremarken',
	'Elmely',
	'Hyldegården',
	'Søhuset'
] as const;

/** Names of day-care institutions. */
export const animals = [
	'Mariehønen',
	'Troldehøjen',
	'Regnbuen',
	'Spiren',
	'Humlebien',
	'Søstjernen',
	'Skovtrolden',
	'Solsikken',
	'Myretuen',
	'Krudtuglen',
	'Lærkereden',
	'Bikuben',
	'Stjerneskuddet',
	'Eventyrhuset',
	'Tusindfryd',
	'Egernet',
	'Pindsvinet',
	'Græshoppen',
	'Mælkebøtten',
	'Sommerfuglen'
] as const;

/** Prefixes of school names ("Bakkeskolen"). */
export const schoolPrefixes = [
	'Bakke',
	'Linde',
	'Vester',
	'Nørre',
	'Øster',
	'Sønder',
	'Egebjerg',
	'Hasle',
	'Rosen',
	'Mølle',
	'Skov',
	'Strand',
	'Kirkebakke',
	'Højvang',
	'Engvang',
	'Ådals',
	'Fjord',
	'Bøge',
	'Kilde',
	'Ny'
] as const;

/** Uses the municipality name, so that hospitals lie in real towns rather than villages. */
export const hospitalPatterns = [
	'{municipality} Sygehus',
	'Regionshospitalet {municipality}',
	'Hospitalsenheden i {municipality}'
] as const;

/** Company suffixes with repetition as weight. */
export const companySuffixes = ['A/S', 'ApS', 'ApS', 'A/S', 'ApS', 'I/S'] as const;

/** Two-digit openings of Danish phone numbers. */
export const phonePrefixes = [
	'20',
	'21',
	'22',
	'23',
	'24',
	'25',
	'26',
	'27',
	'28',
	'29',
	'30',
	'31',
	'40',
	'41',
	'42',
	'50',
	'51',
	'53',
	'60',
	'61',
	'33',
	'35',
	'36',
	'38',
	'43',
	'44',
	'45',
	'46',
	'48',
	'62',
	'63',
	'64',
	'65',
	'66',
	'70',
	'72',
	'73',
	'74',
	'75',
	'76',
	'86',
	'87',
	'89',
	'96',
	'97',
	'98',
	'99'
] as const;

// Sentence pools ---------------------------------------------------------------------------------

export const introSentences = [
	'Vi søger {art} {sg} til {workplace}, som har lyst til at gøre en forskel i en travl og udviklende hverdag.',
	'Har du lyst til at arbejde som {sg} hos {employer}? Så er det måske dig, vi leder efter til {workplace}.',
	'{employer} søger {art} engageret {sg} til {workplace} i {town}.',
	'Vi har travlt og mangler flere {pl} til {workplace}.',
	'Nu har du muligheden for at blive en del af {employer} som {sg} i {town}.',
	'Brænder du for dit fag som {sg}? Så læs videre – vi søger en ny kollega til {workplace}.',
	'Vi udvider og søger derfor {art} motiveret {sg} til {workplace}.',
	'Kunne du tænke dig et job som {sg}, hvor du bliver mødt af gode kolleger og spændende opgaver? Så søg stillingen hos {employer}.'
] as const;

export const teamSentences = [
	'Du bliver en del af et team på {n} kolleger, der sætter pris på et godt samarbejde.',
	'Som ny {sg} bliver du en del af en arbejdsplads med {n} dygtige kolleger.',
	'{plDef} hos os er en stærk faggruppe på {n} personer, som glæder sig til at byde dig velkommen.',
	'Vi er {n} medarbejdere, og vi tager godt imod nye kolleger.'
] as const;

export const hoursSentences = {
	full: [
		'Stillingen er på fuld tid, 37 timer om ugen.',
		'Der er tale om en fuldtidsstilling på 37 timer om ugen.'
	],
	part: [
		'Stillingen er på {hours} timer om ugen.',
		'Der er tale om en deltidsstilling på {hours} timer ugentligt.',
		'Det ugentlige timetal er {hours} timer.'
	]
} as const;

export const employmentSentences = {
	permanent: [
		'Stillingen er fast med tiltrædelse snarest muligt.',
		'Der er tale om en fast stilling med tiltrædelse {start}.'
	],
	temporary: [
		'Stillingen er tidsbegrænset i {months} måneder med mulighed for forlængelse.',
		'Der er tale om en projektansættelse i {months} måneder.'
	],
	substitute: [
		'Der er tale om et barselsvikariat på cirka et år.',
		'Stillingen er et vikariat med mulighed for efterfølgende fastansættelse.'
	],
	student: [
		'Jobbet passer godt ved siden af dit studie, og vi tilrettelægger vagterne efter din eksamensplan.',
		'Stillingen er et studiejob, og du skal være i gang med en uddannelse.'
	]
} as const;

export const skilledRequirementSentences = [
	'Du er uddannet {sg} eller har tilsvarende erfaring.',
	'Du har en relevant uddannelse og gerne nogle års erfaring som {sg}.',
	'Vi forestiller os, at du er uddannet {sg}, men nyuddannede er også meget velkomne til at søge.'
] as const;

export const unskilledRequirementSentences = [
	'Du behøver ikke have erfaring som {sg} – vi sørger for en grundig oplæring.',
	'Erfaring fra et lignende job er en fordel, men ikke et krav.',
	'Det vigtigste for os er, at du er mødestabil og har lyst til at lære.'
] as const;

export const personalSentences = [
	'Du er mødestabil, ansvarsbevidst og god til at samarbejde.',
	'Du har et godt humør og tager gerne et ekstra nap, når der er travlt.',
	'Du taler og forstår dansk, så du kan kommunikere med kolleger og kunder.',
	'Du er selvstændig, struktureret og trives med at have mange bolde i luften.',
	'Du er fleksibel og har et positivt menneskesyn.',
	'Du har styr på detaljerne og kan holde overblikket i en travl hverdag.',
	'Du er åben, nysgerrig og god til at kommunikere.',
	'Du møder andre med respekt og tager ansvar for din egen del af opgaven.'
] as const;

export const offerSentences = [
	'Vi tilbyder et godt arbejdsmiljø med plads til både faglighed og humor.',
	'Du får en grundig introduktion og en fast kontaktperson de første måneder.',
	'Vi tilbyder gode muligheder for efteruddannelse og faglig udvikling.',
	'Hos os får du engagerede kolleger, der hjælper hinanden.',
	'Der er frokostordning, pensionsordning og sundhedsforsikring.',
	'Vi har fokus på trivsel og holder af at fejre både store og små sejre.',
	'Du får mulighed for at præge din egen hverdag og vores fælles udvikling.',
	'Vi har en flad struktur og korte beslutningsveje.'
] as const;

export const publicPaySentences = [
	'Løn og ansættelsesvilkår efter gældende overenskomst og aftale mellem {employerOrg} og den relevante faglige organisation.',
	'Ansættelse sker efter gældende overenskomst, og lønnen forhandles efter principperne for ny løn.'
] as const;

export const privatePaySentences = [
	'Løn efter overenskomst og kvalifikationer.',
	'Lønnen aftales individuelt ud fra dine erfaringer og kvalifikationer.',
	'Vi tilbyder konkurrencedygtig løn og pension.'
] as const;

export const wageSentences = [
	'Timelønnen er {wage} kr. inklusive tillæg.',
	'Lønnen svarer til {wage} kr. i timen inklusive tillæg.'
] as const;

export const aboutEmployerSentences = {
	public: [
		'{kommune} har cirka {size} medarbejdere, der hver dag arbejder for at skabe gode rammer for borgerne i {municipality}.',
		'Vi er en arbejdsplads, hvor borgerne er i centrum, og hvor vi løbende udvikler vores kerneopgave.',
		'Vi ønsker at afspejle samfundet og opfordrer alle interesserede uanset alder, køn, religion, handicap eller etnisk baggrund til at søge.'
	],
	region: [
		'{region} har ansvaret for sygehusene i regionen og beskæftiger mange tusinde medarbejdere.',
		'Vi ønsker at afspejle samfundet og opfordrer alle interesserede uanset alder, køn, religion, handicap eller etnisk baggrund til at søge.'
	],
	selfGoverning: [
		'Vi er en selvejende institution med driftsoverenskomst med {kommune}.',
		'Vi lægger vægt på ordentlighed, faglig stolthed og et godt samarbejde på tværs.'
	],
	private: [
		'{employer} er en virksomhed med cirka {size} medarbejdere i {town} og omegn.',
		'Vi lægger vægt på ordentlighed, faglig stolthed og et godt samarbejde på tværs.',
		'Virksomheden er i vækst, og vi investerer løbende i nyt udstyr og i vores medarbejdere.',
		'Vi er en familieejet virksomhed med kort fra idé til handling.'
	]
} as const;

export const deadlineSentences = [
	'Ansøgningsfristen er {deadline}, og vi forventer at holde samtaler kort efter.',
	'Send din ansøgning senest {deadline}.',
	'Vi skal have din ansøgning senest {deadline}.'
] as const;

export const openDeadlineSentences = [
	'Vi behandler ansøgninger løbende og ansætter, så snart vi har fundet den rette.',
	'Stillingen besættes hurtigst muligt, så send gerne din ansøgning allerede i dag.'
] as const;

export const applySentences = {
	url: ['Søg stillingen via linket i annoncen.', 'Du søger stillingen via vores hjemmeside.'],
	email: ['Send din ansøgning og dit CV til {email}.', 'Ansøgning og CV sendes til {email}.'],
	both: ['Søg via linket i annoncen eller send din ansøgning til {email}.']
} as const;

export const contactSentences = {
	phone: [
		'Har du spørgsmål til stillingen, er du velkommen til at kontakte {contact} på telefon {phone}.',
		'Vil du vide mere, så ring til {contact} på {phone}.'
	],
	noPhone: [
		'Har du spørgsmål til stillingen, er du velkommen til at kontakte {contact}.',
		'Spørgsmål kan rettes til {contact}.'
	]
} as const;

export const certificateSentences = {
	children: 'Vi indhenter børneattest og straffeattest ved ansættelse.',
	criminal: 'Vi indhenter straffeattest ved ansættelse.'
} as const;

export const danishMonths = [
	'januar',
	'februar',
	'marts',
	'april',
	'maj',
	'juni',
	'juli',
	'august',
	'september',
	'oktober',
	'november',
	'december'
] as const;

/**
 * Approximate population in thousands per municipality code (Danmarks Statistik, 2024, rounded);
 * used as weights so that the big cities get most ads.
 */
export const municipalityPopulation: Readonly<Record<string, number>> = {
	'101': 660,
	'147': 105,
	'151': 52,
	'153': 39,
	'155': 15,
	'157': 75,
	'159': 70,
	'161': 24,
	'163': 30,
	'165': 28,
	'167': 54,
	'169': 57,
	'173': 57,
	'175': 41,
	'183': 24,
	'185': 44,
	'187': 17,
	'190': 41,
	'201': 26,
	'210': 41,
	'217': 64,
	'219': 54,
	'223': 25,
	'230': 57,
	'240': 44,
	'250': 46,
	'253': 51,
	'259': 62,
	'260': 31,
	'265': 90,
	'269': 23,
	'270': 41,
	'306': 33,
	'316': 73,
	'320': 37,
	'326': 48,
	'329': 35,
	'330': 79,
	'336': 23,
	'340': 30,
	'350': 29,
	'360': 40,
	'370': 83,
	'376': 60,
	'390': 46,
	'400': 39,
	'410': 39,
	'420': 41,
	'430': 51,
	'440': 24,
	'450': 32,
	'461': 207,
	'479': 59,
	'480': 29,
	'482': 12,
	'492': 6,
	'510': 55,
	'530': 27,
	'540': 73,
	'550': 37,
	'561': 115,
	'563': 3.5,
	'573': 50,
	'575': 43,
	'580': 58,
	'607': 52,
	'615': 98,
	'621': 95,
	'630': 121,
	'657': 90,
	'661': 59,
	'665': 19,
	'671': 21,
	'706': 43,
	'707': 37,
	'710': 50,
	'727': 23,
	'730': 99,
	'740': 100,
	'741': 3.7,
	'746': 64,
	'751': 367,
	'756': 42,
	'760': 56,
	'766': 47,
	'773': 20,
	'779': 46,
	'787': 43,
	'791': 98,
	'810': 36,
	'813': 58,
	'820': 36,
	'825': 1.8,
	'840': 30,
	'846': 42,
	'849': 38,
	'851': 222,
	'860': 64
};
