/**
 * Builds the municipality / postal-code reference data used by the app.
 *
 *   npx tsx scripts/build-taxonomy.ts [path/to/dk-postal-codes.csv]
 *
 * Input: /work/shared/data/dk-postal-codes.csv (PostNord, October 2020; UTF-8 with BOM, CRLF,
 * semicolon-separated; columns AMTS_NR;ADRESSERINGSNAVN;KOMMUNE_NR;ADRESSERINGSNAVN_1;POSTNR;BYNAVN).
 * The app never reads that file at run time; this script copies what it needs into
 *
 *   src/lib/domain/taxonomy/municipalities.json   98 municipalities, one object per line
 *   src/lib/domain/taxonomy/postal-codes.json     postal code -> primary municipality code
 *
 * Rules (also documented in municipalities.ts):
 * - Christiansø (411) is not a municipality and is dropped; its postal code 3760 Gudhjem is
 *   still listed under Bornholm.
 * - Municipality name = official name without " Kommune"; the genitive "Københavns" becomes
 *   "København" (DAWA convention). "Nordfyns" and "Vesthimmerlands" stay as they are (DAWA).
 * - pickable = false for
 *     (a) codes below 1000: PostNord company and service codes (0783 Facility, 0784 H&M,
 *         0800 Høje Taastrup, 0900 København C, 0913-0917 Københavns Pakkecenter, 0960 Udland …);
 *     (b) street- and company-level codes: when one town name has several postal codes in the
 *         whole file, only the lowest of them is pickable (1000 København K hides 1050–1473,
 *         1500 København V hides 1532–1799, 1800 Frederiksberg C hides 1801–1999,
 *         7000 Fredericia hides 7007).
 *   Non-pickable codes are kept so that addresses using them still resolve to a municipality.
 * - A postal code may span several municipalities (238 do). It is listed under every one of them
 *   (with the same pickable flag) and the lookup maps it to one primary municipality:
 *     0. a hand-checked override (PRIMARY_OVERRIDES: the municipality the town itself lies in);
 *     1. the municipality whose name the town name starts with ("2000 Frederiksberg" ->
 *        Frederiksberg, "2610 Rødovre" -> Rødovre, "8000 Aarhus C" -> Aarhus);
 *     2. otherwise the municipality owning the numerically nearest postal code that is not
 *        shared (Danish postal codes are allocated geographically, so this is a good proxy
 *        for "where most of the area lies");
 *     3. ties -> the lowest municipality code.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const input = process.argv[2] ?? '/work/shared/data/dk-postal-codes.csv';
const outDir = resolve(root, 'src/lib/domain/taxonomy');

interface Row {
	regionCode: string;
	regionName: string;
	municipalityCode: string;
	municipalityName: string;
	postalCode: string;
	town: string;
}

const NOT_A_MUNICIPALITY = new Set(['411']);

/**
 * Shared postal codes whose town lies in a municipality the name/nearest-code heuristic gets
 * wrong (hand-checked against where the town itself is, e.g. Kastrup is in Tårnby, Hobro in
 * Mariagerfjord). Postal code -> municipality code.
 */
const PRIMARY_OVERRIDES: Record<string, string> = {
	'2640': '169', // Hedehusene -> Høje-Taastrup
	'2690': '253', // Karlslunde -> Greve
	'2770': '185', // Kastrup -> Tårnby
	'2800': '173', // Kongens Lyngby -> Lyngby-Taarbæk
	'2830': '173', // Virum -> Lyngby-Taarbæk
	'2860': '159', // Søborg -> Gladsaxe
	'2880': '159', // Bagsværd -> Gladsaxe
	'3060': '217', // Espergærde -> Helsingør
	'3300': '260', // Frederiksværk -> Halsnæs
	'3310': '260', // Ølsted -> Halsnæs
	'3500': '190', // Værløse -> Furesø
	'3520': '190', // Farum -> Furesø
	'3540': '201', // Lynge -> Allerød
	'4030': '253', // Tune -> Greve
	'4140': '259', // Borup -> Køge
	'4173': '340', // Fjenneslev -> Sorø
	'4174': '329', // Jystrup -> Ringsted
	'4190': '340', // Munke Bjergby -> Sorø
	'4250': '370', // Fuglebjerg -> Næstved
	'4262': '370', // Sandved -> Næstved
	'4291': '340', // Ruds Vedby -> Sorø
	'4293': '340', // Dianalund -> Sorø
	'4295': '340', // Stenlille -> Sorø
	'4296': '340', // Nyrup -> Sorø
	'4330': '350', // Hvalsø -> Lejre
	'4460': '326', // Snertinge -> Kalundborg
	'4622': '269', // Havdrup -> Solrød
	'4623': '259', // Lille Skensved -> Køge
	'4652': '336', // Hårlev -> Stevns
	'4682': '320', // Tureby -> Faxe
	'4683': '320', // Rønnede -> Faxe
	'4690': '320', // Haslev -> Faxe
	'4733': '370', // Tappernøje -> Næstved
	'4894': '376', // Øster Ulslev -> Guldborgsund
	'5330': '440', // Munkebo -> Kerteminde
	'5491': '461', // Blommenslyst -> Odense
	'5492': '420', // Vissenbjerg -> Assens
	'5540': '450', // Ullerslev -> Nyborg
	'5550': '440', // Langeskov -> Kerteminde
	'5560': '420', // Aarup -> Assens
	'5642': '430', // Millinge -> Faaborg-Midtfyn
	'5762': '479', // Vester Skerninge -> Svendborg
	'5771': '479', // Stenstrup -> Svendborg
	'5853': '450', // Ørbæk -> Nyborg
	'5874': '479', // Hesselager -> Svendborg
	'6040': '630', // Egtved -> Vejle
	'6520': '550', // Toftlund -> Tønder
	'6541': '510', // Bevtoft -> Haderslev
	'6560': '510', // Sommersted -> Haderslev
	'6623': '530', // Vorbasse -> Billund
	'6683': '575', // Føvling -> Vejen
	'6753': '573', // Agerbæk -> Varde
	'6933': '657', // Kibæk -> Herning
	'6973': '657', // Ørnhøj -> Herning
	'6990': '661', // Ulfborg -> Holstebro
	'7200': '530', // Grindsted -> Billund
	'7330': '756', // Brande -> Ikast-Brande
	'7361': '756', // Ejstrupholm -> Ikast-Brande
	'7451': '657', // Sunds -> Herning
	'7470': '791', // Karup J -> Viborg
	'7570': '661', // Vemb -> Holstebro
	'7830': '661', // Vinderup -> Holstebro
	'7840': '779', // Højslev -> Skive
	'8340': '751', // Malling -> Aarhus
	'8362': '746', // Hørning -> Skanderborg
	'8382': '710', // Hinnerup -> Favrskov
	'8464': '746', // Galten -> Skanderborg
	'8766': '756', // Nørre Snede -> Ikast-Brande
	'8781': '766', // Stenderup -> Hedensted
	'8783': '766', // Hornsyld -> Hedensted
	'8860': '710', // Ulstrup -> Favrskov
	'8881': '710', // Thorsø -> Favrskov
	'9320': '810', // Hjallerup -> Brønderslev
	'9330': '810', // Dronninglund -> Brønderslev
	'9340': '810', // Asaa -> Brønderslev
	'9430': '851', // Vadum -> Aalborg
	'9480': '860', // Løkken -> Hjørring
	'9500': '846', // Hobro -> Mariagerfjord
	'9510': '846', // Arden -> Mariagerfjord
	'9550': '846', // Mariager -> Mariagerfjord
	'9560': '846', // Hadsund -> Mariagerfjord
	'9600': '820', // Aars -> Vesthimmerlands
	'9610': '840', // Nørager -> Rebild
	'9740': '810', // Jerslev J -> Brønderslev
	'9750': '813' // Østervrå -> Frederikshavn
};
const NAME_OVERRIDES: Record<string, string> = { 'Københavns Kommune': 'København' };
const EXPECTED_HEADER = 'AMTS_NR;ADRESSERINGSNAVN;KOMMUNE_NR;ADRESSERINGSNAVN_1;POSTNR;BYNAVN';

function parse(text: string): Row[] {
	const lines = text
		.replace(/^\uFEFF/, '')
		.split(/\r?\n/)
		.filter((l) => l.trim() !== '');
	const header = lines.shift();
	if (header !== EXPECTED_HEADER) throw new Error(`Unexpected header: ${header}`);
	return lines.map((line, i) => {
		const cells = line.split(';').map((c) => c.trim());
		if (cells.length !== 6) throw new Error(`Line ${i + 2}: expected 6 cells, got ${cells.length}`);
		const [regionCode, regionName, municipalityCode, municipalityName, postalCode, town] =
			cells as [string, string, string, string, string, string];
		if (!/^\d{4}$/.test(postalCode))
			throw new Error(`Line ${i + 2}: bad postal code ${postalCode}`);
		return { regionCode, regionName, municipalityCode, municipalityName, postalCode, town };
	});
}

function shortName(official: string): string {
	return NAME_OVERRIDES[official] ?? official.replace(/ Kommune$/, '');
}

const norm = (s: string) => s.toLocaleLowerCase('da').replace(/[^a-zæøå0-9]/g, '');

const rows = parse(readFileSync(input, 'utf8'));
if (rows.length !== 1434) console.warn(`warning: expected 1,434 rows, got ${rows.length}`);

// --- pickable rule -------------------------------------------------------------------------------
const codesByTown = new Map<string, Set<string>>();
for (const r of rows) {
	const set = codesByTown.get(r.town) ?? new Set<string>();
	set.add(r.postalCode);
	codesByTown.set(r.town, set);
}
function isPickable(r: Row): boolean {
	if (Number(r.postalCode) < 1000) return false;
	const codes = [...(codesByTown.get(r.town) ?? [])].sort();
	return codes[0] === r.postalCode;
}

// --- municipalities ------------------------------------------------------------------------------
interface PostalCodeOut {
	code: string;
	town: string;
	pickable: boolean;
}
interface MunicipalityOut {
	code: string;
	name: string;
	region: { code: string; name: string };
	postalCodes: PostalCodeOut[];
}

const byMunicipality = new Map<string, MunicipalityOut>();
for (const r of rows) {
	if (NOT_A_MUNICIPALITY.has(r.municipalityCode)) continue;
	let m = byMunicipality.get(r.municipalityCode);
	if (!m) {
		m = {
			code: r.municipalityCode,
			name: shortName(r.municipalityName),
			region: { code: r.regionCode, name: r.regionName },
			postalCodes: []
		};
		byMunicipality.set(r.municipalityCode, m);
	}
	if (m.region.code !== r.regionCode) throw new Error(`${r.municipalityCode} spans two regions`);
	if (m.postalCodes.some((p) => p.code === r.postalCode)) continue;
	m.postalCodes.push({ code: r.postalCode, town: r.town, pickable: isPickable(r) });
}
const municipalities = [...byMunicipality.values()].sort((a, b) =>
	a.name.localeCompare(b.name, 'da')
);
for (const m of municipalities) m.postalCodes.sort((a, b) => a.code.localeCompare(b.code));

// --- primary municipality per postal code --------------------------------------------------------
const owners = new Map<string, { town: string; municipalities: string[] }>();
for (const m of municipalities) {
	for (const p of m.postalCodes) {
		const o = owners.get(p.code) ?? { town: p.town, municipalities: [] };
		o.municipalities.push(m.code);
		owners.set(p.code, o);
	}
}
const exclusiveCodes = new Map<string, number[]>(); // municipality -> its unshared postal codes
for (const [code, o] of owners) {
	if (o.municipalities.length !== 1) continue;
	const list = exclusiveCodes.get(o.municipalities[0]!) ?? [];
	list.push(Number(code));
	exclusiveCodes.set(o.municipalities[0]!, list);
}
function primaryMunicipality(code: string, town: string, candidates: string[]): string {
	if (candidates.length === 1) return candidates[0]!;
	const override = PRIMARY_OVERRIDES[code];
	if (override) {
		if (!candidates.includes(override)) throw new Error(`override ${code} -> ${override} invalid`);
		return override;
	}
	const t = norm(town);
	const byName = candidates.filter((c) => t.startsWith(norm(byMunicipality.get(c)!.name)));
	if (byName.length === 1) return byName[0]!;
	const pool = byName.length > 1 ? byName : candidates;
	const n = Number(code);
	let best = pool[0]!;
	let bestDistance = Infinity;
	for (const c of [...pool].sort()) {
		const d = Math.min(...(exclusiveCodes.get(c) ?? [Infinity]).map((x) => Math.abs(x - n)));
		if (d < bestDistance) {
			best = c;
			bestDistance = d;
		}
	}
	return best;
}
const lookup: Record<string, string> = {};
for (const code of [...owners.keys()].sort()) {
	const o = owners.get(code)!;
	lookup[code] = primaryMunicipality(code, o.town, o.municipalities);
}

// --- sanity checks -------------------------------------------------------------------------------
const regions = new Set(municipalities.map((m) => m.region.code));
const problems: string[] = [];
if (municipalities.length !== 98)
	problems.push(`expected 98 municipalities, got ${municipalities.length}`);
if (regions.size !== 5) problems.push(`expected 5 regions, got ${regions.size}`);
for (const m of municipalities) {
	if (!m.postalCodes.some((p) => p.pickable))
		problems.push(`${m.name} has no pickable postal code`);
	if (!Object.values(lookup).includes(m.code)) problems.push(`${m.name} is primary for no code`);
}
for (const [code, expected] of [
	['8000', '751'],
	['5000', '461'],
	['1050', '101'],
	['9000', '851'],
	['2000', '147']
] as const) {
	if (lookup[code] !== expected) problems.push(`${code} -> ${lookup[code]}, expected ${expected}`);
}
if (problems.length) throw new Error(`taxonomy checks failed:\n  ${problems.join('\n  ')}`);

// --- write ---------------------------------------------------------------------------------------
const municipalitiesJson =
	'[\n' + municipalities.map((m) => JSON.stringify(m)).join(',\n') + '\n]\n';
const lookupEntries = Object.entries(lookup).map(
	([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`
);
const lookupLines: string[] = [];
for (let i = 0; i < lookupEntries.length; i += 12)
	lookupLines.push(lookupEntries.slice(i, i + 12).join(','));
const lookupJson = '{\n' + lookupLines.join(',\n') + '\n}\n';

writeFileSync(resolve(outDir, 'municipalities.json'), municipalitiesJson);
writeFileSync(resolve(outDir, 'postal-codes.json'), lookupJson);

const postalCount = owners.size;
const pickableCount = [...owners.keys()].filter((code) =>
	municipalities.some((m) => m.postalCodes.some((p) => p.code === code && p.pickable))
).length;
const shared = [...owners.values()].filter((o) => o.municipalities.length > 1).length;
console.table({
	rows: rows.length,
	municipalities: municipalities.length,
	regions: regions.size,
	postalCodes: postalCount,
	pickablePostalCodes: pickableCount,
	sharedPostalCodes: shared,
	'municipalities.json bytes': Buffer.byteLength(municipalitiesJson),
	'postal-codes.json bytes': Buffer.byteLength(lookupJson)
});
