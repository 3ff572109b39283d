import { describe, expect, it } from 'vitest';
import {
	decodeEntities,
	describeLocation,
	elementLines,
	formatProblem,
	htmlToText,
	isJobPostingType,
	mapJobPosting,
	mapSourceRecord,
	parseDateTime,
	parseNumber,
	readWeeklyHours,
	recordsIn,
	type JobPostingResult,
	type JobPostingRow
} from './job-posting';

const now = new Date('2026-11-22T10:00:00.000Z');

/** A complete JobPosting as an employer's CMS would publish it. */
function fullRecord(): Record<string, unknown> {
	return {
		'@context': 'https://schema.org/',
		'@type': 'JobPosting',
		identifier: { '@type': 'PropertyValue', name: 'Region Midtjylland', value: 'RM-4411' },
		title: 'Sygeplejerske til Akutafdelingen &amp; Traumecenter',
		description:
			'<h2>Om jobbet</h2><p>Vi søger en <strong>sygeplejerske</strong>.<br>Start 1. januar.</p>' +
			'<ul><li>Autorisation</li><li>Godt humør</li></ul><p>Løn &gt; 30.000 kr.</p>',
		datePosted: '2026-11-02T08:00:00+01:00',
		validThrough: '2026-12-06T23:59:00+01:00',
		employmentType: 'FULL_TIME',
		workHours: '37 timer om ugen',
		hiringOrganization: { '@type': 'Organization', name: 'Aarhus Universitetshospital' },
		jobLocation: {
			'@type': 'Place',
			address: {
				'@type': 'PostalAddress',
				streetAddress: 'Palle Juul-Jensens Boulevard 99',
				addressLocality: 'Aarhus N',
				postalCode: '8200',
				addressCountry: 'DK'
			}
		},
		baseSalary: {
			'@type': 'MonetaryAmount',
			currency: 'DKK',
			value: { '@type': 'QuantitativeValue', value: 35_000, unitText: 'MONTH' }
		},
		occupationalCategory: '2221 Sygeplejerske',
		applicationContact: {
			'@type': 'ContactPoint',
			name: 'Hanne Kjær',
			email: 'mailto:job@auh.rm.dk',
			telephone: '+45 78 45 00 00'
		},
		url: 'https://www.auh.dk/job/4411'
	};
}

/** The least a record needs. */
function minimalRecord(): Record<string, unknown> {
	return {
		'@type': 'JobPosting',
		identifier: 'min-1',
		title: 'Rengøringsassistent',
		description: 'Rengøring af kontorer.',
		datePosted: '2026-11-10',
		hiringOrganization: 'Rent ApS',
		jobLocation: { address: { postalCode: '7100' } },
		occupationalCategory: '9112',
		url: 'https://rent.dk/job/1'
	};
}

function map(record: unknown): JobPostingResult {
	return mapJobPosting(record, { now });
}

function job(record: unknown): JobPostingRow {
	const result = map(record);
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	return result.job;
}

function errorsOf(record: unknown): Record<string, string> {
	const result = map(record);
	if (result.ok) throw new Error('expected the record to be invalid');
	return Object.fromEntries(result.errors.map((e) => [e.field, e.message]));
}

function withChanges(changes: Record<string, unknown>, base = minimalRecord()) {
	const record: Record<string, unknown> = { ...base, ...changes };
	for (const [key, value] of Object.entries(changes)) if (value === undefined) delete record[key];
	return record;
}

describe('a complete record', () => {
	it('maps every field', () => {
		expect(job(fullRecord())).toEqual({
			externalId: 'Region Midtjylland:RM-4411',
			title: 'Sygeplejerske til Akutafdelingen & Traumecenter',
			employer: 'Aarhus Universitetshospital',
			description:
				'Om jobbet\n\nVi søger en sygeplejerske.\nStart 1. januar.\n\n• Autorisation\n• Godt humør\n\nLøn > 30.000 kr.',
			occupationCode: '2221',
			occupationTitle: 'Sygeplejerske',
			municipalityCode: '751',
			postalCode: '8200',
			city: 'Aarhus N',
			hours: 'full',
			weeklyHours: 37,
			employmentType: 'permanent',
			postedAt: new Date('2026-11-02T07:00:00.000Z'),
			deadline: '2026-12-06',
			applyUrl: 'https://www.auh.dk/job/4411',
			applyEmail: 'job@auh.rm.dk',
			contactName: 'Hanne Kjær',
			contactPhone: '+45 78 45 00 00',
			hourlyWageKr: 218 // 35,000 / 160.33
		});
	});
});

describe('a minimal record', () => {
	it('gets the documented defaults', () => {
		expect(job(minimalRecord())).toEqual({
			externalId: 'min-1',
			title: 'Rengøringsassistent',
			employer: 'Rent ApS',
			description: 'Rengøring af kontorer.',
			occupationCode: '9112',
			occupationTitle: 'Rengøring og anden medhjælp',
			municipalityCode: '630',
			postalCode: '7100',
			city: 'Vejle',
			hours: 'full',
			weeklyHours: 37,
			employmentType: 'permanent',
			postedAt: new Date('2026-11-09T23:00:00.000Z'), // Danish midnight (CET)
			deadline: null,
			applyUrl: 'https://rent.dk/job/1',
			applyEmail: null,
			contactName: null,
			contactPhone: null,
			hourlyWageKr: null
		});
	});
});

describe('JSON-LD framing', () => {
	it('accepts schema.org contexts in their usual spellings', () => {
		for (const context of [
			'https://schema.org',
			'http://schema.org/',
			['https://schema.org', { da: 'http://example.org/' }],
			{ '@vocab': 'https://schema.org/' }
		]) {
			expect(map(withChanges({ '@context': context })).ok).toBe(true);
		}
	});

	it('refuses another vocabulary', () => {
		expect(errorsOf(withChanges({ '@context': 'https://example.org/jobs' }))['@context']).toBe(
			'forventede https://schema.org, fik "https://example.org/jobs"'
		);
	});

	it('inherits the container context', () => {
		const result = mapJobPosting(minimalRecord(), { now, context: 'https://example.org' });
		expect(result.ok).toBe(false);
	});

	it('requires @type JobPosting', () => {
		expect(errorsOf(withChanges({ '@type': undefined }))['@type']).toBe(
			'mangler (forventede JobPosting)'
		);
		expect(errorsOf(withChanges({ '@type': 'Organization' }))['@type']).toBe(
			'forventede JobPosting, fik "Organization"'
		);
		expect(isJobPostingType(['Thing', 'https://schema.org/JobPosting'])).toBe(true);
		expect(isJobPostingType('schema:JobPosting')).toBe(true);
		expect(isJobPostingType('Job')).toBe(false);
	});

	it('refuses what is not an object', () => {
		for (const value of [null, 'JobPosting', 42, [minimalRecord()]]) {
			const result = map(value);
			expect(result.ok).toBe(false);
			if (!result.ok) expect(result.errors[0]?.message).toMatch(/forventede et JSON-objekt/);
		}
	});

	it('reports every fault of a record, not only the first', () => {
		const errors = errorsOf({ '@type': 'JobPosting' });
		expect(Object.keys(errors).sort()).toEqual([
			'datePosted',
			'description',
			'hiringOrganization.name',
			'identifier',
			'jobLocation',
			'occupationalCategory',
			'title',
			'url'
		]);
	});
});

describe('identity', () => {
	it('uses identifier: PropertyValue name:value, value alone, a string or a number', () => {
		const id = (identifier: unknown) => job(withChanges({ identifier })).externalId;
		expect(id({ '@type': 'PropertyValue', name: 'SDU', value: 'x-1' })).toBe('SDU:x-1');
		expect(id({ '@type': 'PropertyValue', value: 'x-1' })).toBe('x-1');
		expect(id('  abc-7 ')).toBe('abc-7');
		expect(id(12_345)).toBe('12345');
		expect(id([{ value: 'first' }, { value: 'second' }])).toBe('first');
	});

	it('falls back to an absolute @id, then to url', () => {
		const noId = withChanges({ identifier: undefined });
		expect(job({ ...noId, '@id': 'https://firma.dk/job/9#posting' }).externalId).toBe(
			'https://firma.dk/job/9#posting'
		);
		expect(job({ ...noId, '@id': '#job' }).externalId).toBe('https://rent.dk/job/1');
	});

	it('refuses a record with no identity at all', () => {
		expect(errorsOf(withChanges({ identifier: undefined, url: undefined })).identifier).toBe(
			'annoncen har intet id (angiv identifier eller url)'
		);
		expect(errorsOf(withChanges({ identifier: { '@type': 'PropertyValue', name: 'x' } }))).toEqual(
			expect.objectContaining({ 'identifier.value': 'annoncens id mangler' })
		);
		expect(errorsOf(withChanges({ identifier: 'x'.repeat(501) })).identifier).toMatch(/500 tegn/);
	});
});

describe('texts', () => {
	it('refuses a missing, non-text or absurdly long title', () => {
		expect(errorsOf(withChanges({ title: undefined })).title).toBe('titlen mangler');
		expect(errorsOf(withChanges({ title: '  <b> </b> ' })).title).toBe('titlen mangler');
		expect(errorsOf(withChanges({ title: { name: 'x' } })).title).toBe('titlen skal være tekst');
		expect(errorsOf(withChanges({ title: 'a'.repeat(301) })).title).toBe(
			'titlen er over 300 tegn (301)'
		);
		expect(errorsOf(withChanges({ title: 'a'.repeat(10_000) })).title).toBe(
			'titlen er over 300 tegn (10.000)'
		);
	});

	it('reads language-tagged values, Danish first', () => {
		const title = [
			{ '@value': 'Nurse', '@language': 'en' },
			{ '@value': 'Sygeplejerske', '@language': 'da' }
		];
		expect(job(withChanges({ title })).title).toBe('Sygeplejerske');
		expect(job(withChanges({ title: { '@value': 'Tømrer' } })).title).toBe('Tømrer');
	});

	it('refuses a missing or too long description', () => {
		expect(errorsOf(withChanges({ description: undefined })).description).toBe(
			'beskrivelsen mangler'
		);
		expect(errorsOf(withChanges({ description: '<p> </p>' })).description).toBe(
			'beskrivelsen mangler'
		);
		expect(errorsOf(withChanges({ description: 'x'.repeat(50_001) })).description).toBe(
			'beskrivelsen er over 50.000 tegn (50.001)'
		);
		expect(errorsOf(withChanges({ description: 'x'.repeat(500_001) })).description).toBe(
			'beskrivelsen er over 500.000 tegn (500.001)'
		);
		expect(job(withChanges({ description: 'x'.repeat(50_000) })).description).toHaveLength(50_000);
	});

	it('takes the employer from an Organization, a Person or a plain string', () => {
		expect(job(withChanges({ hiringOrganization: { name: 'A/S Ø' } })).employer).toBe('A/S Ø');
		expect(
			job(withChanges({ hiringOrganization: { '@type': 'Person', name: 'Jens Hansen' } })).employer
		).toBe('Jens Hansen');
		expect(
			errorsOf(withChanges({ hiringOrganization: { '@type': 'Organization' } }))[
				'hiringOrganization.name'
			]
		).toBe('arbejdsgiverens navn mangler');
		expect(
			errorsOf(withChanges({ hiringOrganization: 'x'.repeat(201) }))['hiringOrganization.name']
		).toBe('arbejdsgiverens navn er over 200 tegn (201)');
	});
});

describe('htmlToText', () => {
	it('keeps paragraphs, line breaks and list items', () => {
		expect(
			htmlToText(
				'<div>\n  <h3>Om os</h3>\n  <p>Vi er   et lille\n firma.</p>\n<p>Linje 1<br/>Linje 2</p>' +
					'<ol>\n <li>Et</li>\n <li>To</li>\n</ol>Slut'
			)
		).toBe('Om os\n\nVi er et lille firma.\n\nLinje 1\nLinje 2\n\n• Et\n• To\n\nSlut');
	});

	it('drops scripts, styles, comments and attributes', () => {
		expect(
			htmlToText(
				'<style>p{color:red}</style><p class="a" data-x=\'1>2\'>Hej<!-- skjult --></p><script>alert(1)</script>'
			)
		).toBe('Hej');
	});

	it('decodes entities once, named and numeric', () => {
		expect(htmlToText('<p>K&oslash;ge &amp; R&#248;dby &#x2013; &quot;ok&quot; &amp;lt;</p>')).toBe(
			'Køge & Rødby – "ok" &lt;'
		);
		expect(decodeEntities('&unknown; &#0; &#xD800;')).toBe('&unknown; \ufffd \ufffd');
		expect(htmlToText('<p>a&nbsp;&nbsp;b</p>')).toBe('a b');
	});

	it('reads HTML that was escaped once', () => {
		expect(htmlToText('&lt;p&gt;Første&lt;/p&gt;&lt;p&gt;Anden&lt;/p&gt;')).toBe('Første\n\nAnden');
	});

	it('keeps plain text as it is, tidied', () => {
		expect(htmlToText('Afsnit 1\r\nsamme afsnit\n\n\n\nAfsnit  2\t \n')).toBe(
			'Afsnit 1\nsamme afsnit\n\nAfsnit 2'
		);
		expect(htmlToText('Løn < 200 kr. og > 100 kr.')).toBe('Løn < 200 kr. og > 100 kr.');
	});

	it('removes control characters and empty list items', () => {
		expect(htmlToText('<ul><li></li><li>a\u0007b</li></ul>')).toBe('• ab');
	});

	it('stays linear on hostile input (unclosed comments, scripts, quotes)', () => {
		const started = performance.now();
		for (const hostile of ['<script>', '<!--', '<a "', '<p x'].map((s) => s.repeat(100_000))) {
			htmlToText(hostile);
		}
		expect(performance.now() - started).toBeLessThan(2_000);
		expect(htmlToText('<p>a<!-- x --><script type="x">bad()</SCRIPT >b</p><style>c</style>')).toBe(
			'ab'
		);
	});

	it('turns tables into lines', () => {
		expect(htmlToText('<table><tr><td>Løn</td><td>180 kr.</td></tr></table>')).toBe('Løn 180 kr.');
	});
});

describe('place', () => {
	const at = (address: unknown, extra: Record<string, unknown> = {}) =>
		withChanges({ jobLocation: { '@type': 'Place', address, ...extra } });

	it('maps the postal code to its primary municipality and district', () => {
		const row = job(at({ postalCode: 8000 }));
		expect([row.postalCode, row.city, row.municipalityCode]).toEqual(['8000', 'Aarhus C', '751']);
		expect(job(at({ postalCode: 'DK-2300' })).city).toBe('København S');
		expect(job(at({ postalCode: '1050' })).municipalityCode).toBe('101');
		expect(job(at({ postalCode: '2000', addressLocality: 'Frederiksberg' })).city).toBe(
			'Frederiksberg'
		);
	});

	it('names a postal code that does not exist', () => {
		expect(errorsOf(at({ postalCode: '9999' }))['jobLocation.address.postalCode']).toBe(
			'postnummeret 9999 findes ikke'
		);
		expect(errorsOf(at({ postalCode: 'SE-11122' }))['jobLocation.address.postalCode']).toBe(
			'"SE-11122" er ikke et dansk postnummer (fire cifre)'
		);
		expect(errorsOf(at({ addressLocality: 'Vejle' }))['jobLocation.address.postalCode']).toBe(
			'postnummeret mangler'
		);
	});

	it('refuses other countries, a text address and a missing place', () => {
		expect(
			errorsOf(at({ postalCode: '8000', addressCountry: 'SE' }))[
				'jobLocation.address.addressCountry'
			]
		).toBe('kun job i Danmark kan importeres (fik "SE")');
		expect(job(at({ postalCode: '8000', addressCountry: { name: 'Danmark' } })).postalCode).toBe(
			'8000'
		);
		expect(errorsOf(at('Vestergade 1, 8000 Aarhus C'))['jobLocation.address']).toBe(
			'skal være en PostalAddress med postalCode'
		);
		expect(errorsOf(withChanges({ jobLocation: undefined })).jobLocation).toMatch(
			/arbejdsstedet mangler/
		);
		expect(
			errorsOf(withChanges({ jobLocation: undefined, jobLocationType: 'TELECOMMUTE' })).jobLocation
		).toMatch(/kan ikke placeres i en kommune/);
	});

	it('uses the first location with a Danish postal code', () => {
		const jobLocation = [
			{ address: { postalCode: '11122', addressCountry: 'SE' } },
			{ address: { postalCode: '5000' } }
		];
		expect(job(withChanges({ jobLocation })).postalCode).toBe('5000');
		expect(
			errorsOf(withChanges({ jobLocation: [{ address: { postalCode: '9999' } }] }))[
				'jobLocation.address.postalCode'
			]
		).toBe('postnummeret 9999 findes ikke');
	});
});

describe('employment type and hours', () => {
	const terms = (changes: Record<string, unknown>) => {
		const row = job(withChanges(changes));
		return [row.employmentType, row.hours, row.weeklyHours];
	};

	it('maps schema.org employment types', () => {
		expect(terms({ employmentType: 'FULL_TIME' })).toEqual(['permanent', 'full', 37]);
		expect(terms({ employmentType: 'PART_TIME' })).toEqual(['permanent', 'part', 25]);
		expect(terms({ employmentType: ['TEMPORARY', 'FULL_TIME'] })).toEqual([
			'temporary',
			'full',
			37
		]);
		expect(terms({ employmentType: 'CONTRACTOR' })).toEqual(['temporary', 'full', 37]);
		expect(terms({ employmentType: 'PER_DIEM' })).toEqual(['substitute', 'full', 37]);
		expect(terms({ employmentType: 'TEMPORARY', title: 'Barselsvikar til 3. klasse' })).toEqual([
			'substitute',
			'full',
			37
		]);
		expect(terms({ employmentType: 'INTERN' })).toEqual(['student', 'part', 15]);
		expect(terms({ employmentType: ['INTERN', 'FULL_TIME'] })).toEqual(['student', 'full', 37]);
		expect(terms({ employmentType: 'OTHER' })).toEqual(['permanent', 'full', 37]);
		expect(terms({ employmentType: ['part-time', 'Full Time', 'SOMETHING'] })).toEqual([
			'permanent',
			'full',
			37
		]);
	});

	it('refuses unknown and volunteer-only types', () => {
		expect(errorsOf(withChanges({ employmentType: 'Fastansættelse' })).employmentType).toMatch(
			/^ukendt værdi "Fastansættelse" \(brug FULL_TIME/
		);
		expect(errorsOf(withChanges({ employmentType: 'VOLUNTEER' })).employmentType).toMatch(
			/VOLUNTEER/
		);
		expect(terms({ employmentType: ['VOLUNTEER', 'PART_TIME'] })).toEqual([
			'permanent',
			'part',
			25
		]);
	});

	it('reads weekly hours from workHours', () => {
		expect(terms({ employmentType: 'PART_TIME', workHours: '30 timer om ugen' })).toEqual([
			'permanent',
			'part',
			30
		]);
		expect(terms({ employmentType: 'FULL_TIME', workHours: '32-37 t/uge' })).toEqual([
			'permanent',
			'full',
			37
		]);
		expect(terms({ workHours: '20 hours per week' })).toEqual(['permanent', 'part', 20]);
		expect(terms({ workHours: '37' })).toEqual(['permanent', 'full', 37]);
		expect(terms({ workHours: 'Dagvagt, 8.00-15.30' })).toEqual(['permanent', 'full', 37]);
		expect(terms({ employmentType: 'PART_TIME', workHours: '7,4 timer dagligt' })).toEqual([
			'permanent',
			'part',
			25
		]);
		expect(readWeeklyHours('37,5 timer')).toBe(37.5);
		expect(readWeeklyHours('25 til 30 timer')).toBe(30);
		expect(readWeeklyHours('Fuldtid')).toBeNull();
	});

	it('refuses absurd or contradictory hours', () => {
		expect(errorsOf(withChanges({ workHours: '90 timer' })).workHours).toBe(
			'90 timer om ugen er urimeligt (1–60)'
		);
		expect(
			errorsOf(withChanges({ employmentType: 'PART_TIME', workHours: '37 timer' })).workHours
		).toBe('37 timer om ugen passer ikke med deltid (PART_TIME)');
		expect(
			errorsOf(withChanges({ employmentType: 'FULL_TIME', workHours: '15 timer' })).workHours
		).toBe('15 timer om ugen passer ikke med fuldtid (FULL_TIME)');
	});
});

describe('dates', () => {
	it('reads dates and date-times, with and without offset', () => {
		const posted = (datePosted: string) => job(withChanges({ datePosted })).postedAt.toISOString();
		expect(posted('2026-07-01')).toBe('2026-06-30T22:00:00.000Z'); // CEST midnight
		expect(posted('2026-11-10T09:30')).toBe('2026-11-10T08:30:00.000Z');
		expect(posted('2026-11-10T09:30:15.5')).toBe('2026-11-10T08:30:15.500Z');
		expect(posted('2026-11-10T09:30:00Z')).toBe('2026-11-10T09:30:00.000Z');
		expect(posted('2026-11-10T09:30:00-0500')).toBe('2026-11-10T14:30:00.000Z');
		expect(parseDateTime('2026-02-30')).toBeNull();
		expect(parseDateTime('2026-11-10T25:00')).toBeNull();
	});

	it('requires a plausible datePosted', () => {
		expect(errorsOf(withChanges({ datePosted: undefined })).datePosted).toBe(
			'opslagsdatoen mangler'
		);
		expect(errorsOf(withChanges({ datePosted: '10/11/2026' })).datePosted).toBe(
			'ugyldig dato "10/11/2026" (brug ÅÅÅÅ-MM-DD)'
		);
		expect(errorsOf(withChanges({ datePosted: '1999-12-31' })).datePosted).toBe(
			'opslagsdatoen 1999-12-31 er før år 2000'
		);
		expect(errorsOf(withChanges({ datePosted: '2026-11-24' })).datePosted).toBe(
			'opslagsdatoen 2026-11-24 ligger i fremtiden'
		);
		expect(job(withChanges({ datePosted: '2026-11-23' })).postedAt).toBeInstanceOf(Date);
	});

	it('turns validThrough into the Danish local date', () => {
		const deadline = (validThrough: string) => job(withChanges({ validThrough })).deadline;
		expect(deadline('2026-11-30')).toBe('2026-11-30');
		expect(deadline('2026-11-30T23:30:00Z')).toBe('2026-12-01');
		expect(deadline('2026-11-30T23:59:59+01:00')).toBe('2026-11-30');
		expect(deadline('2026-11-10T12:00')).toBe('2026-11-10');
		expect(deadline('2027-11-10')).toBe('2027-11-10'); // 365 days after posting
		expect(deadline('2027-11-11')).toBeNull(); // a far-future placeholder: "løbende"
	});

	it('imports a deadline that has passed, refuses one before the posting date', () => {
		expect(
			job(withChanges({ datePosted: '2025-01-01', validThrough: '2025-02-01' })).deadline
		).toBe('2025-02-01');
		expect(errorsOf(withChanges({ validThrough: '2026-11-09' })).validThrough).toBe(
			'ansøgningsfristen 2026-11-09 ligger før opslagsdatoen 2026-11-10'
		);
		expect(errorsOf(withChanges({ validThrough: 'snarest' })).validThrough).toBe(
			'ugyldig dato "snarest" (brug ÅÅÅÅ-MM-DD)'
		);
	});
});

describe('wage', () => {
	const wage = (baseSalary: unknown) => job(withChanges({ baseSalary })).hourlyWageKr;
	const amount = (value: unknown, unitText: string, currency = 'DKK') => ({
		'@type': 'MonetaryAmount',
		currency,
		value: { '@type': 'QuantitativeValue', value, unitText }
	});

	it('converts DKK amounts to an hourly wage', () => {
		expect(wage(amount(185.5, 'HOUR'))).toBe(186);
		expect(wage(amount('185,50', 'hour'))).toBe(186);
		expect(wage(amount(32_000, 'MONTH'))).toBe(200);
		expect(wage(amount('32.000,00', 'MONTH'))).toBe(200);
		expect(wage(amount(384_792, 'YEAR'))).toBe(200);
		expect(wage(amount(7_400, 'WEEK'))).toBe(200);
		expect(wage(amount(1_480, 'DAY'))).toBe(200);
		expect(
			wage({
				currency: 'DKK',
				value: { minValue: 30_000, maxValue: 36_000, unitText: 'MONTH' }
			})
		).toBe(187);
		expect(wage({ currency: 'dkk', value: 190, unitText: 'HOUR' })).toBe(190);
	});

	it('leaves the wage out without DKK or a unit', () => {
		expect(wage(amount(30, 'HOUR', 'EUR'))).toBeNull();
		expect(wage({ value: { value: 200, unitText: 'HOUR' } })).toBeNull();
		expect(wage(amount(200, 'PIECE'))).toBeNull();
		expect(wage(200)).toBeNull();
	});

	it('refuses absurd wages and non-numbers', () => {
		expect(errorsOf(withChanges({ baseSalary: amount(5, 'HOUR') }))['baseSalary.value']).toBe(
			'lønnen svarer til 5 kr. i timen; forventede 50–2.000 kr.'
		);
		expect(
			errorsOf(withChanges({ baseSalary: amount(35_000, 'HOUR') }))['baseSalary.value']
		).toMatch(/35.000 kr. i timen/);
		expect(
			errorsOf(withChanges({ baseSalary: amount('efter aftale', 'HOUR') }))['baseSalary.value']
		).toBe('"efter aftale" er ikke et beløb');
		expect(parseNumber('32,500.75')).toBe(32_500.75);
		expect(parseNumber('1 234')).toBe(1_234);
	});
});

describe('occupation', () => {
	const occupation = (occupationalCategory: unknown) => {
		const row = job(withChanges({ occupationalCategory }));
		return [row.occupationCode, row.occupationTitle];
	};

	it('reads DISCO-08 codes in their usual forms', () => {
		expect(occupation('2221')).toEqual(['2221', 'Sundhedsarbejde på højeste niveau']);
		expect(occupation('2221: Sygeplejerske')).toEqual(['2221', 'Sygeplejerske']);
		expect(occupation('5322 - Social- og sundhedshjælper')).toEqual([
			'5322',
			'Social- og sundhedshjælper'
		]);
		expect(occupation(2342)).toEqual(['2342', 'Undervisningsarbejde på højeste niveau']);
		expect(occupation('513110 Tjener')).toEqual(['513110', 'Tjener']);
		expect(occupation('22')).toEqual(['22', 'Sundhedsarbejde på højeste niveau']);
		expect(
			occupation({
				'@type': 'CategoryCode',
				codeValue: '7115',
				name: 'Tømrer',
				inCodeSet: 'ISCO-08'
			})
		).toEqual(['7115', 'Tømrer']);
		expect(occupation(['15-1252.00', '2512 Softwareudvikler'])).toEqual([
			'2512',
			'Softwareudvikler'
		]);
	});

	it('refuses missing, unknown, O*NET and free-text categories', () => {
		const error = (occupationalCategory: unknown) =>
			errorsOf(withChanges({ occupationalCategory })).occupationalCategory;
		expect(error(undefined)).toMatch(/^stillingskategorien mangler/);
		expect(error('9999')).toBe('DISCO-08-gruppen 99 findes ikke');
		expect(error('15-1252.00')).toMatch(/^forventede en DISCO-08-kode/);
		expect(error('Sygeplejerske')).toBe(
			'forventede en DISCO-08-kode, fx "2221 Sygeplejerske" (fik "Sygeplejerske")'
		);
		expect(error('2')).toMatch(/^forventede en DISCO-08-kode/);
		expect(error({ codeValue: '29-1141', inCodeSet: 'O*NET-SOC' })).toBe(
			'kun DISCO-08/ISCO-08 kan bruges (fik kodesættet "O*NET-SOC")'
		);
		expect(error({ name: 'Tømrer' })).toMatch(/^codeValue mangler/);
	});
});

describe('applying', () => {
	it('prefers applicationContact.url to url', () => {
		const row = job(
			withChanges({ applicationContact: { url: 'https://jobs.example.dk/apply/1' } })
		);
		expect(row.applyUrl).toBe('https://jobs.example.dk/apply/1');
	});

	it('accepts email or phone alone', () => {
		const row = job(withChanges({ url: undefined, applicationContact: { email: 'job@rent.dk' } }));
		expect([row.applyUrl, row.applyEmail]).toEqual([null, 'job@rent.dk']);
		expect(
			job(withChanges({ url: undefined, applicationContact: { telephone: 'tel:+4570101010' } }))
				.contactPhone
		).toBe('+4570101010');
	});

	it('refuses non-http URLs, bad emails and bad phone numbers', () => {
		expect(errorsOf(withChanges({ url: 'javascript:alert(1)' })).url).toBe(
			'"javascript:alert(1)" er ikke en http(s)-adresse'
		);
		expect(
			errorsOf(withChanges({ applicationContact: { url: 'ftp://x.dk/job' } }))[
				'applicationContact.url'
			]
		).toBe('"ftp://x.dk/job" er ikke en http(s)-adresse');
		expect(
			errorsOf(withChanges({ applicationContact: { email: 'job at rent.dk' } }))[
				'applicationContact.email'
			]
		).toBe('"job at rent.dk" er ikke en e-mailadresse');
		expect(
			errorsOf(withChanges({ applicationContact: { telephone: 'ring til Jens' } }))[
				'applicationContact.telephone'
			]
		).toBe('"ring til Jens" er ikke et telefonnummer');
	});

	it('requires a way to apply', () => {
		expect(errorsOf(withChanges({ identifier: 'x', url: undefined })).url).toMatch(
			/^der står ikke, hvordan man søger/
		);
	});
});

describe('containers', () => {
	it('takes the records of an array, with their positions and lines', () => {
		const text = '[\n  {"a": "[,{"},\n\n  {"b": [1, 2,\n 3]},\n  5\n]';
		expect(elementLines(text)).toEqual([2, 4, 6]);
		expect(recordsIn(JSON.parse(text), 1, elementLines(text)).map((r) => r.location)).toEqual([
			{ line: 2, index: 1 },
			{ line: 4, index: 2 },
			{ line: 6, index: 3 }
		]);
	});

	it('takes the JobPostings of a @graph, follows node references and inherits @context', () => {
		const text = JSON.stringify(
			{
				'@context': 'https://schema.org',
				'@graph': [
					{ '@type': 'Organization', '@id': '#org', name: 'Vejle Kommune' },
					{ ...withChanges({ hiringOrganization: { '@id': '#org' } }) },
					{ '@type': 'WebPage', name: 'Job' }
				]
			},
			null,
			2
		);
		const sources = recordsIn(JSON.parse(text), 1, elementLines(text));
		expect(sources).toHaveLength(1);
		const [source] = sources;
		expect(source?.location).toEqual({ line: 9, index: 2 });
		expect(source?.context).toBe('https://schema.org');
		const result = mapSourceRecord(source!, now);
		expect(result.ok && result.job.employer).toBe('Vejle Kommune');
	});

	it('reports a @graph without JobPostings', () => {
		const sources = recordsIn({ '@graph': [{ '@type': 'Organization' }] }, 3);
		expect(sources).toHaveLength(1);
		const result = mapSourceRecord(sources[0]!, now);
		expect(result).toEqual({
			ok: false,
			errors: [{ field: '@graph', message: 'indeholder ingen JobPosting' }]
		});
	});

	it('handles graphs inside arrays and a single object', () => {
		const value = [{ '@graph': [minimalRecord(), minimalRecord()] }, minimalRecord()];
		expect(recordsIn(value, null).map((r) => r.location)).toEqual([
			{ line: null, index: 1 },
			{ line: null, index: 1 },
			{ line: null, index: 2 }
		]);
		expect(recordsIn(minimalRecord(), 7)).toEqual([
			{ record: minimalRecord(), location: { line: 7, index: null } }
		]);
	});

	it('finds @graph lines past other keys and nested arrays', () => {
		const text =
			'{"name": "x", "list": [1, [2]],\n "@graph": [\n {"@type": "Thing"},\n {"k": "\\"]"}\n ]}';
		expect(elementLines(text)).toEqual([3, 4]);
		expect(elementLines('{"@type": "JobPosting"}')).toEqual([]);
		expect(elementLines('[]')).toEqual([]);
	});
});

describe('report lines', () => {
	it('say where and what', () => {
		expect(
			formatProblem(
				{ line: 7, index: null },
				{ field: 'jobLocation.address.postalCode', message: 'postnummeret 9999 findes ikke' }
			)
		).toBe('linje 7: jobLocation.address.postalCode: postnummeret 9999 findes ikke');
		expect(formatProblem({ line: 3, index: 2 }, { field: '', message: 'ugyldig JSON' })).toBe(
			'linje 3 (post 2): ugyldig JSON'
		);
		expect(describeLocation({ line: null, index: 4 })).toBe('post 4');
	});
});
