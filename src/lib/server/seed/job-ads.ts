/**
 * Deterministic generator of realistic Danish job ads for the demo database seed.
 *
 * Pure: no I/O, no Math.random. Every ad depends only on (seed, index) — each ad gets its own
 * seeded PRNG — so ads can be generated in any order and in cheap batches. `now` only anchors
 * the posting dates (the 60 days before it).
 */
import type { JobPostingRow } from '../../domain/job-posting';
import { fmix32, uuidFor } from './ids';
import { addDays, localDateOf } from '../../domain/local-time';
import {
	municipalities,
	officialMunicipalityName,
	type Municipality,
	type PostalCode
} from '../../domain/taxonomy/municipalities';
import * as vocab from './job-vocabulary';
import type { OccupationVocab, Sector } from './job-vocabulary';

/**
 * A generated ad: the columns an imported ad fills (JobPostingRow), plus a deterministic UUID-shaped
 * id (version 4 layout) from seed and index and an `externalId` like "seed-000001". The
 * description is 3–5 Danish paragraphs separated by a blank line; `postedAt` is an ISO UTC
 * instant within the 60 days before `now` (a string, so generated ads compare and serialise as
 * data); `deadline` a Copenhagen date 5–45 days after it, moved to 1–41 days after `now` when that
 * has passed (so every seeded ad is open), or null ("løbende"); every ad names a contact.
 */
export interface SeedJobAd extends Omit<JobPostingRow, 'postedAt' | 'contactName'> {
	id: string;
	postedAt: string;
	contactName: string;
}

export interface JobAdOptions {
	seed: number;
	now: Date;
}

const DAY_MS = 86_400_000;
const POSTING_WINDOW_MS = 60 * DAY_MS;
const FULL_TIME_HOURS = 37;
const PART_TIME_HOURS = [8, 10, 12, 15, 16, 18, 20, 22, 24, 25, 26, 28, 30, 32] as const;
const STUDENT_HOURS = [8, 10, 12, 15, 16, 20] as const;
const NO_DEADLINE_SHARE = 0.1;
const WAGE_SHARE = 0.4;
const PHONE_SHARE = 0.85;
const SUBSTITUTE_SECTORS = new Set<Sector>([
	'school',
	'childcare',
	'elderly',
	'hospital',
	'highschool'
]);
const STUDENT_SECTORS = new Set<Sector>([
	'retail',
	'hospitality',
	'office',
	'it',
	'logistics',
	'postal'
]);
const CHILDREN_SECTORS = new Set<Sector>(['school', 'childcare', 'highschool']);
const CRIMINAL_RECORD_SECTORS = new Set<Sector>(['security', 'elderly', 'finance', 'rescue']);

// Seeded randomness -------------------------------------------------------------------------------

/** sfc32 (Small Fast Counter) with 128 bits of state, seeded from (seed, index). */
class Random {
	private a: number;
	private b: number;
	private c: number;
	private d: number;

	constructor(seed: number, index: number) {
		this.a = fmix32(seed ^ 0x5bd1e995);
		this.b = fmix32(index ^ 0x9e3779b9);
		this.c = fmix32(this.a ^ Math.imul(index + 1, 0x27d4eb2f));
		this.d = 1;
		for (let i = 0; i < 12; i++) this.next();
	}

	/** uniform in [0, 1) */
	next(): number {
		const t0 = (this.a + this.b) | 0;
		this.a = this.b ^ (this.b >>> 9);
		this.b = (this.c + (this.c << 3)) | 0;
		this.c = (this.c << 21) | (this.c >>> 11);
		this.d = (this.d + 1) | 0;
		const t = (t0 + this.d) | 0;
		this.c = (this.c + t) | 0;
		return (t >>> 0) / 4_294_967_296;
	}

	/** integer in [min, max] */
	int(min: number, max: number): number {
		return min + Math.floor(this.next() * (max - min + 1));
	}

	chance(probability: number): boolean {
		return this.next() < probability;
	}

	pick<T>(items: readonly T[]): T {
		return items[Math.floor(this.next() * items.length)] as T;
	}

	/** `count` distinct items in random order (count ≤ items.length). */
	sample<T>(items: readonly T[], count: number): T[] {
		const pool = [...items];
		const out: T[] = [];
		for (let i = 0; i < count && pool.length > 0; i++) {
			out.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0] as T);
		}
		return out;
	}
}

function weightedPicker<T>(items: readonly T[], weightOf: (item: T) => number): (r: number) => T {
	const cumulative: number[] = [];
	let total = 0;
	for (const item of items) {
		total += weightOf(item);
		cumulative.push(total);
	}
	return (r) => {
		const target = r * total;
		let lo = 0;
		let hi = cumulative.length - 1;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if ((cumulative[mid] as number) > target) hi = mid;
			else lo = mid + 1;
		}
		return items[lo] as T;
	};
}

// Precomputed tables ------------------------------------------------------------------------------

interface Place {
	municipality: Municipality;
	postalCodes: readonly PostalCode[];
}

const places: readonly Place[] = municipalities.map((municipality) => ({
	municipality,
	postalCodes: municipality.postalCodes.filter((p) => p.pickable)
}));

const pickPlace = weightedPicker(
	places.filter((p) => p.postalCodes.length > 0),
	(p) => Math.max(vocab.municipalityPopulation[p.municipality.code] ?? 30, 3)
);
const pickOccupation = weightedPicker(vocab.occupations, (o) => o.weight);
const pickTitleTemplate = weightedPicker(vocab.titleTemplates, ([, weight]) => weight);

/** Local date of an instant, memoised per UTC hour (Copenhagen's offset is whole hours). */
const localDateByHour = new Map<number, string>();
function cachedLocalDate(ms: number): string {
	const hour = Math.floor(ms / 3_600_000);
	let date = localDateByHour.get(hour);
	if (date === undefined) {
		if (localDateByHour.size > 20_000) localDateByHour.clear();
		date = localDateOf(new Date(hour * 3_600_000));
		localDateByHour.set(hour, date);
	}
	return date;
}

/**
 * The deadline `days` after posting, unless that day has already passed by `today` (the seed's
 * day): then it moves to `days - 4` days after today (tomorrow at the soonest), so every seeded ad
 * is open when seeded and the search serves all of them, with deadlines spread over weeks.
 */
function openDeadline(postedLocal: string, days: number, today: string): string {
	const deadline = addDays(postedLocal, days);
	return deadline > today ? deadline : addDays(today, days - 4);
}

// Text helpers ------------------------------------------------------------------------------------

type Context = Record<string, string>;

function fill(template: string, context: Context): string {
	return template.replace(/\{(\w+)\}/g, (_, key: string) => {
		const value = context[key];
		if (value === undefined) throw new Error(`Unknown placeholder {${key}} in "${template}"`);
		return value;
	});
}

function upperFirst(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "Sygeplejerske" -> "sygeplejerske", but "IT-supporter" and "VVS-montør" keep their capitals. */
function lowerFirst(text: string): string {
	const second = text.charAt(1);
	if (second !== second.toLowerCase()) return text;
	return text.charAt(0).toLowerCase() + text.slice(1);
}

function sentence(template: string, context: Context): string {
	return upperFirst(fill(template, context));
}

/** "Aarhus C" -> "Aarhus", "Odense SØ" -> "Odense", "Nykøbing F" -> "Nykøbing". */
function plainTown(town: string): string {
	return town.replace(/\s+(C|K|V|N|S|Ø|J|F|M|L|NV|NØ|SV|SØ|Øst)$/, '');
}

function genitive(name: string): string {
	return /[sxz]$/.test(name) ? `${name}'` : `${name}s`;
}

function slug(text: string): string {
	return text
		.toLowerCase()
		.replace(/æ/g, 'ae')
		.replace(/ø/g, 'oe')
		.replace(/å/g, 'aa')
		.replace(/é/g, 'e')
		.replace(/&/g, 'og')
		.replace(/[^a-z0-9]/g, '')
		.slice(0, 32);
}

function thousands(n: number): string {
	return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

function danishDate(localDate: string): string {
	const [year, month, day] = localDate.split('-');
	return `${Number(day)}. ${vocab.danishMonths[Number(month) - 1]} ${year}`;
}

export function externalIdFor(index: number): string {
	return `seed-${String(index + 1).padStart(6, '0')}`;
}

// Generator ---------------------------------------------------------------------------------------

function occupationContext(occupation: OccupationVocab): Context {
	const sg = lowerFirst(occupation.title);
	const pl = lowerFirst(occupation.plural);
	return {
		sg,
		pl,
		Sg: occupation.title,
		Pl: occupation.plural,
		sgDef: lowerFirst(occupation.definite),
		plDef: lowerFirst(occupation.definitePlural),
		art: occupation.neuter ? 'et' : 'en'
	};
}

function pickEmploymentType(rng: Random, sector: Sector): SeedJobAd['employmentType'] {
	const studentShare = STUDENT_SECTORS.has(sector) ? 0.08 : 0.015;
	const substituteShare = SUBSTITUTE_SECTORS.has(sector) ? 0.14 : 0.04;
	const r = rng.next();
	if (r < studentShare) return 'student';
	if (r < studentShare + substituteShare) return 'substitute';
	if (r < studentShare + substituteShare + 0.12) return 'temporary';
	return 'permanent';
}

function phoneNumber(rng: Random): string {
	const digits = `${rng.pick(vocab.phonePrefixes)}${String(rng.int(0, 999_999)).padStart(6, '0')}`;
	return digits.replace(/(\d{2})(?=\d)/g, '$1 ');
}

export function generateJobAd(index: number, options: JobAdOptions): SeedJobAd {
	const { seed, now } = options;
	const rng = new Random(seed, index);

	const occupation = pickOccupation(rng.next());
	const sectorName = rng.pick(occupation.sectors);
	const sector = vocab.sectors[sectorName];
	const { municipality, postalCodes } = pickPlace(rng.next());
	const postal = rng.pick(postalCodes);
	const town = plainTown(postal.town);

	const surname = rng.pick(vocab.surnames);
	let surname2: string = rng.pick(vocab.surnames);
	if (surname2 === surname)
		surname2 = vocab.surnames[
			(vocab.surnames.indexOf(surname) + 1) % vocab.surnames.length
		] as string;
	const ctx: Context = {
		...occupationContext(occupation),
		town,
		municipality: municipality.name,
		kommune: officialMunicipalityName(municipality),
		region: municipality.region.name,
		surname,
		surname2,
		surnames: genitive(surname),
		brand: rng.pick(vocab.brands),
		place: rng.pick(vocab.places),
		animal: rng.pick(vocab.animals),
		school: `${rng.pick(vocab.schoolPrefixes)}skolen`,
		co: rng.pick(vocab.companySuffixes)
	};
	ctx.hospital = fill(rng.pick(vocab.hospitalPatterns), ctx);

	// Employer and workplace
	const employerPattern = rng.pick(occupation.employers?.[sectorName] ?? sector.employers);
	const employer = fill(employerPattern, ctx).replace(/\s+/g, ' ').trim();
	const isRegion = employerPattern.includes('{region}');
	const isSelfGoverning = employerPattern.startsWith('Den selvejende');
	const isPublic =
		isRegion || isSelfGoverning || employerPattern.includes('{kommune}') || sectorName === 'rescue';
	ctx.employer = employer;
	ctx.employerOrg = isRegion ? 'Danske Regioner' : 'KL';
	const workplace = fill(rng.pick(occupation.workplaces?.[sectorName] ?? sector.workplaces), ctx);
	ctx.workplace =
		sectorName === 'hospital' && !workplace.includes(ctx.hospital)
			? `${workplace} på ${ctx.hospital}`
			: workplace;

	// Terms
	const employmentType = pickEmploymentType(rng, sectorName);
	const part = employmentType === 'student' || rng.chance(occupation.partShare);
	const hours: SeedJobAd['hours'] = part ? 'part' : 'full';
	const weeklyHours = !part
		? FULL_TIME_HOURS
		: employmentType === 'student'
			? rng.pick(STUDENT_HOURS)
			: rng.pick(PART_TIME_HOURS);
	ctx.hours = String(weeklyHours);
	ctx.hoursLabel = part ? `deltid, ${weeklyHours} timer` : 'fuldtid';
	const hourlyWageKr = rng.chance(WAGE_SHARE)
		? rng.int(occupation.wage[0], occupation.wage[1])
		: null;

	// Dates
	const offsetMs = 60_000 + Math.floor(rng.next() * (POSTING_WINDOW_MS - 120_000));
	const postedMs = Math.floor((now.getTime() - offsetMs) / 1000) * 1000;
	const postedLocal = cachedLocalDate(postedMs);
	const deadline = rng.chance(NO_DEADLINE_SHARE)
		? null
		: openDeadline(postedLocal, rng.int(5, 45), cachedLocalDate(now.getTime()));
	const postedMonth = Number(postedLocal.slice(5, 7)) - 1;
	ctx.start = `1. ${vocab.danishMonths[(postedMonth + 2) % 12]}`;
	ctx.months = String(rng.pick([3, 6, 9, 12]));

	// Contact and application channels
	const contactFirst = rng.pick(vocab.firstNames);
	const contactLast = rng.pick(vocab.surnames);
	const contactName = `${contactFirst} ${contactLast}`;
	const contactPhone = rng.chance(PHONE_SHARE) ? phoneNumber(rng) : null;
	const domain = isRegion
		? `${slug(municipality.region.name)}.dk`
		: employerPattern.includes('{kommune}')
			? `${slug(municipality.name)}.dk`
			: `${slug(employer.replace(/\s+(A\/S|ApS|I\/S)$/, '').replace(/^Den selvejende (dag)?institution /, '')) || 'job'}.dk`;
	const applyMode = rng.next();
	const wantsUrl = applyMode < 0.55 || applyMode >= 0.85;
	const wantsEmail = applyMode >= 0.55;
	const applyUrl = wantsUrl ? `https://www.${domain}/job/${rng.int(100_000, 999_999)}` : null;
	const applyEmail = wantsEmail
		? rng.chance(0.5)
			? `job@${domain}`
			: `${slug(contactFirst).slice(0, 3)}${slug(contactLast).slice(0, 2)}@${domain}`
		: null;
	ctx.contact = contactName;
	ctx.phone = contactPhone ?? '';
	ctx.email = applyEmail ?? '';
	ctx.n = String(rng.int(4, 40));
	ctx.size = isPublic
		? thousands(
				Math.max(
					1,
					Math.round(((vocab.municipalityPopulation[municipality.code] ?? 30) * 80) / 100)
				) * 100
			)
		: String(rng.pick([15, 25, 40, 60, 85, 120, 250, 400]));
	ctx.wage = hourlyWageKr === null ? '' : String(hourlyWageKr);

	// Title
	const titleTemplate = pickTitleTemplate(rng.next())[0];
	const titleCore = upperFirst(fill(titleTemplate, { ...ctx, workplace }));
	const prefix = titleCore.endsWith('?')
		? ''
		: rng.pick(vocab.employmentTitlePrefixes[employmentType]);
	const title = prefix ? `${prefix}${titleCore}` : titleCore;

	// Description
	const s = (template: string) => sentence(template, ctx);
	const aboutJob = [
		s(rng.pick(vocab.introSentences)),
		...rng.sample(sector.tasks, rng.int(1, 2)).map(s),
		...(rng.chance(0.5) ? [s(rng.pick(vocab.teamSentences))] : []),
		s(rng.pick(vocab.hoursSentences[hours])),
		s(rng.pick(vocab.employmentSentences[employmentType]))
	];
	const requirement =
		occupation.requirements && rng.chance(0.7)
			? rng.pick(occupation.requirements)
			: rng.pick(
					occupation.skilled
						? vocab.skilledRequirementSentences
						: vocab.unskilledRequirementSentences
				);
	const aboutYou = [s(requirement), ...rng.sample(vocab.personalSentences, 2).map(s)];
	const weOffer = [
		...rng.sample(vocab.offerSentences, 2).map(s),
		s(rng.pick(isPublic ? vocab.publicPaySentences : vocab.privatePaySentences)),
		...(hourlyWageKr === null ? [] : [s(rng.pick(vocab.wageSentences))])
	];
	const aboutPool = isRegion
		? vocab.aboutEmployerSentences.region
		: isSelfGoverning
			? vocab.aboutEmployerSentences.selfGoverning
			: isPublic
				? vocab.aboutEmployerSentences.public
				: vocab.aboutEmployerSentences.private;
	const aboutEmployer = rng.chance(0.5) ? rng.sample(aboutPool, 2).map(s) : null;
	ctx.deadline = deadline === null ? '' : danishDate(deadline);
	const practical = [
		s(
			deadline === null ? rng.pick(vocab.openDeadlineSentences) : rng.pick(vocab.deadlineSentences)
		),
		s(rng.pick(vocab.applySentences[wantsUrl && wantsEmail ? 'both' : wantsUrl ? 'url' : 'email'])),
		s(
			rng.pick(
				contactPhone === null ? vocab.contactSentences.noPhone : vocab.contactSentences.phone
			)
		),
		...(CHILDREN_SECTORS.has(sectorName)
			? [vocab.certificateSentences.children]
			: CRIMINAL_RECORD_SECTORS.has(sectorName)
				? [vocab.certificateSentences.criminal]
				: [])
	];
	const paragraphs =
		aboutEmployer === null && rng.chance(0.3)
			? [aboutJob, [...aboutYou, ...weOffer], practical]
			: [aboutJob, aboutYou, weOffer, ...(aboutEmployer ? [aboutEmployer] : []), practical];
	const description = paragraphs.map((sentences) => sentences.join(' ')).join('\n\n');

	return {
		id: uuidFor(seed, index),
		externalId: externalIdFor(index),
		title,
		employer,
		description,
		occupationCode: occupation.code,
		occupationTitle: occupation.title,
		municipalityCode: municipality.code,
		postalCode: postal.code,
		city: postal.town,
		hours,
		weeklyHours,
		employmentType,
		postedAt: new Date(postedMs).toISOString(),
		deadline,
		applyUrl,
		applyEmail,
		contactName,
		contactPhone,
		hourlyWageKr
	};
}

/** Ads 0 … count-1 in batches of `batchSize`; concatenated they equal `generateJobAds(count)`. */
export function* jobAdBatches(
	count: number,
	options: JobAdOptions,
	batchSize: number
): Generator<SeedJobAd[]> {
	if (!Number.isInteger(batchSize) || batchSize < 1)
		throw new RangeError(`Invalid batch size ${batchSize}`);
	for (let start = 0; start < count; start += batchSize) {
		const end = Math.min(count, start + batchSize);
		const batch: SeedJobAd[] = [];
		for (let index = start; index < end; index++) batch.push(generateJobAd(index, options));
		yield batch;
	}
}

export function generateJobAds(count: number, options: JobAdOptions): SeedJobAd[] {
	const ads: SeedJobAd[] = [];
	for (let index = 0; index < count; index++) ads.push(generateJobAd(index, options));
	return ads;
}
