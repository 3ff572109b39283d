/**
 * ISCO-08 / DISCO-08 occupation groups: the 10 major groups (1 digit) and 43 sub-major groups
 * (2 digits). Pure data.
 *
 * Danish titles: the major-group titles are Danmarks Statistik's DISCO-08 titles verbatim.
 * The sub-major titles follow DST's style ("Sundhedsarbejde på højeste niveau",
 * "Militært arbejde på officersniveau"); where the exact DST wording could not be verified they
 * are faithful Danish renderings of the ISCO-08 titles. English titles are ISCO-08 verbatim.
 * Sub-major group 63 (subsistence farmers, fishers, hunters and gatherers) exists in ISCO-08 but
 * is not used on the Danish labour market (DISCO-08 has 42 sub-major groups); it is kept so that
 * all ISCO-08 codes resolve, flagged with `usedInDenmark: false`.
 */

export type OccupationLevel = 'major' | 'subMajor';

export interface OccupationGroup {
	/** "2" (major) or "22" (sub-major) */
	code: string;
	level: OccupationLevel;
	/** major group code for sub-major groups, null for major groups */
	parentCode: string | null;
	title: { da: string; en: string };
	usedInDenmark: boolean;
}

type Row = readonly [code: string, da: string, en: string];

const MAJOR: readonly Row[] = [
	['0', 'Militært arbejde', 'Armed forces occupations'],
	['1', 'Ledelsesarbejde', 'Managers'],
	[
		'2',
		'Arbejde, der forudsætter viden på højeste niveau inden for pågældende område',
		'Professionals'
	],
	[
		'3',
		'Arbejde, der forudsætter viden på mellemniveau',
		'Technicians and associate professionals'
	],
	['4', 'Almindeligt kontor- og kundeservicearbejde', 'Clerical support workers'],
	['5', 'Service- og salgsarbejde', 'Service and sales workers'],
	[
		'6',
		'Arbejde inden for landbrug, skovbrug og fiskeri ekskl. medhjælp',
		'Skilled agricultural, forestry and fishery workers'
	],
	['7', 'Håndværkspræget arbejde', 'Craft and related trades workers'],
	[
		'8',
		'Operatør- og monteringsarbejde samt transportarbejde',
		'Plant and machine operators, and assemblers'
	],
	['9', 'Andet manuelt arbejde', 'Elementary occupations']
];

const SUB_MAJOR: readonly Row[] = [
	['01', 'Militært arbejde på officersniveau', 'Commissioned armed forces officers'],
	['02', 'Militært arbejde på underofficersniveau', 'Non-commissioned armed forces officers'],
	['03', 'Militært arbejde på øvrige niveauer', 'Armed forces occupations, other ranks'],
	[
		'11',
		'Øverste ledelse i lovgivende myndigheder, virksomheder og organisationer',
		'Chief executives, senior officials and legislators'
	],
	[
		'12',
		'Ledelse inden for administration og forretningsservice',
		'Administrative and commercial managers'
	],
	[
		'13',
		'Ledelse af produktion og specialiserede serviceydelser',
		'Production and specialised services managers'
	],
	[
		'14',
		'Ledelse inden for hotel- og restaurationsbranchen, detailhandel og andre servicefag',
		'Hospitality, retail and other services managers'
	],
	[
		'21',
		'Arbejde inden for naturvidenskab og ingeniørvirksomhed på højeste niveau',
		'Science and engineering professionals'
	],
	['22', 'Sundhedsarbejde på højeste niveau', 'Health professionals'],
	['23', 'Undervisningsarbejde på højeste niveau', 'Teaching professionals'],
	[
		'24',
		'Forretnings- og administrationsarbejde på højeste niveau',
		'Business and administration professionals'
	],
	[
		'25',
		'Informations- og kommunikationsteknologisk arbejde på højeste niveau',
		'Information and communications technology professionals'
	],
	[
		'26',
		'Juridisk, socialfagligt og kulturelt arbejde på højeste niveau',
		'Legal, social and cultural professionals'
	],
	[
		'31',
		'Teknisk arbejde inden for naturvidenskab og ingeniørvirksomhed på mellemniveau',
		'Science and engineering associate professionals'
	],
	['32', 'Sundhedsarbejde på mellemniveau', 'Health associate professionals'],
	[
		'33',
		'Forretnings- og administrationsarbejde på mellemniveau',
		'Business and administration associate professionals'
	],
	[
		'34',
		'Juridisk, socialfagligt, kulturelt og beslægtet arbejde på mellemniveau',
		'Legal, social, cultural and related associate professionals'
	],
	[
		'35',
		'Informations- og kommunikationsteknologisk arbejde på mellemniveau',
		'Information and communications technicians'
	],
	['41', 'Almindeligt kontorarbejde', 'General and keyboard clerks'],
	['42', 'Kundeservicearbejde', 'Customer services clerks'],
	[
		'43',
		'Kontorarbejde med registrering af tal og materialer',
		'Numerical and material recording clerks'
	],
	['44', 'Andet kontorarbejde', 'Other clerical support workers'],
	['51', 'Personligt servicearbejde', 'Personal service workers'],
	['52', 'Salgsarbejde', 'Sales workers'],
	['53', 'Omsorgsarbejde', 'Personal care workers'],
	['54', 'Beskyttelses- og sikkerhedsarbejde', 'Protective services workers'],
	[
		'61',
		'Markedsorienteret arbejde inden for landbrug, gartneri og husdyrbrug',
		'Market-oriented skilled agricultural workers'
	],
	[
		'62',
		'Markedsorienteret arbejde inden for skovbrug, fiskeri og jagt',
		'Market-oriented skilled forestry, fishery and hunting workers'
	],
	[
		'63',
		'Selvforsyningsarbejde inden for landbrug, fiskeri, jagt og indsamling',
		'Subsistence farmers, fishers, hunters and gatherers'
	],
	[
		'71',
		'Bygge- og anlægsarbejde ekskl. elektrikerarbejde',
		'Building and related trades workers, excluding electricians'
	],
	[
		'72',
		'Metal-, maskin- og lignende håndværksarbejde',
		'Metal, machinery and related trades workers'
	],
	['73', 'Kunsthåndværk og grafisk arbejde', 'Handicraft and printing workers'],
	['74', 'Elektriker- og elektronikarbejde', 'Electrical and electronic trades workers'],
	[
		'75',
		'Fødevarearbejde, træ- og beklædningsarbejde samt andet håndværksarbejde',
		'Food processing, wood working, garment and other craft and related trades workers'
	],
	[
		'81',
		'Operatørarbejde ved stationære anlæg og maskiner',
		'Stationary plant and machine operators'
	],
	['82', 'Montørarbejde', 'Assemblers'],
	[
		'83',
		'Kørsel med køretøjer og betjening af mobile maskiner',
		'Drivers and mobile plant operators'
	],
	['91', 'Rengøring og anden medhjælp', 'Cleaners and helpers'],
	[
		'92',
		'Medhjælp inden for landbrug, skovbrug og fiskeri',
		'Agricultural, forestry and fishery labourers'
	],
	[
		'93',
		'Manuelt arbejde inden for råstofudvinding, bygge og anlæg, fremstilling og transport',
		'Labourers in mining, construction, manufacturing and transport'
	],
	['94', 'Køkkenmedhjælp og anden hjælp ved tilberedning af mad', 'Food preparation assistants'],
	['95', 'Gadesalg og servicearbejde på gaden', 'Street and related sales and service workers'],
	[
		'96',
		'Renovationsarbejde og andet manuelt arbejde',
		'Refuse workers and other elementary workers'
	]
];

const NOT_USED_IN_DENMARK = new Set(['63']);

/** All 53 groups: each major group followed by its sub-major groups (code order). */
export const occupationGroups: readonly OccupationGroup[] = MAJOR.flatMap(([code, da, en]) => [
	{ code, level: 'major' as const, parentCode: null, title: { da, en }, usedInDenmark: true },
	...SUB_MAJOR.filter(([sub]) => sub.startsWith(code)).map(([sub, subDa, subEn]) => ({
		code: sub,
		level: 'subMajor' as const,
		parentCode: code,
		title: { da: subDa, en: subEn },
		usedInDenmark: !NOT_USED_IN_DENMARK.has(sub)
	}))
]);

export const majorGroups: readonly OccupationGroup[] = occupationGroups.filter(
	(g) => g.level === 'major'
);
export const subMajorGroups: readonly OccupationGroup[] = occupationGroups.filter(
	(g) => g.level === 'subMajor'
);

const byCode = new Map(occupationGroups.map((g) => [g.code, g]));

/** Exact lookup of a 1- or 2-digit group code. */
export function occupationByCode(code: string): OccupationGroup | undefined {
	return byCode.get(code.trim());
}

/** The sub-major group of any ISCO-08 code with ≥ 2 digits ("5322" -> group "53"). */
export function subMajorGroupOf(iscoCode: string): OccupationGroup | undefined {
	const code = iscoCode.trim();
	return code.length >= 2 ? byCode.get(code.slice(0, 2)) : undefined;
}

/** The major group of any ISCO-08 code ("5322" -> group "5"). */
export function majorGroupOf(iscoCode: string): OccupationGroup | undefined {
	const code = iscoCode.trim();
	return code.length >= 1 ? byCode.get(code.slice(0, 1)) : undefined;
}

/** Sub-major groups of a major group, in code order. */
export function subGroupsOf(majorCode: string): OccupationGroup[] {
	return subMajorGroups.filter((g) => g.parentCode === majorCode);
}
