/**
 * JSON Resume → CV. Reads any JSON Resume (our own export, Reactive Resume's, a hand-written one) and
 * never throws: what fits the CV is taken, cut to the CV's limits where needed, and everything it could
 * not use is listed in `unmapped` with a reason in Danish, so the citizen sees what did not come along.
 * The result always passes `cvSchema`.
 */
import {
	cefrLevels,
	cvContactSchema,
	drivingLicences,
	emptyCv,
	isDanishPhone,
	isYearMonth,
	wishesSchema,
	type CefrLevel,
	type Certificate,
	type Cv,
	type DrivingLicence,
	type Education,
	type Experience,
	type LanguageSkill
} from './model';
import { isStorableText, isUuid } from '../validation';
import { EXTENSION, REFERENCES_ON_REQUEST } from './json-resume';

export interface Unmapped {
	/** Where in the JSON Resume, e.g. `work[2].location`. */
	field: string;
	reason: string;
}

export interface JsonResumeImport {
	cv: Cv;
	unmapped: Unmapped[];
}

type Obj = Record<string, unknown>;

const LIMITS = { experience: 50, education: 30, skills: 50, languages: 20, certificates: 50 };

/** Sections JSON Resume has and the CV has not. */
const FOREIGN_SECTIONS: Record<string, string> = {
	volunteer: 'Frivilligt arbejde har ikke sin egen del i CV’et; skriv det under erhvervserfaring',
	awards: 'Priser har ikke sin egen del i CV’et',
	publications: 'Publikationer har ikke sin egen del i CV’et',
	interests: 'Interesser har ikke sin egen del i CV’et',
	projects: 'Projekter har ikke sin egen del i CV’et'
};

/** Keys that describe the file, not her: nothing to import and nothing to report. */
const FILE_KEYS = new Set(['$schema', 'meta']);

function isObj(value: unknown): value is Obj {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Drops what no database can store (control characters, lone surrogate halves). */
function storable(value: string): string {
	if (isStorableText(value)) return value;
	let out = '';
	for (const char of value) {
		if (isStorableText(char)) out += char;
	}
	return out;
}

class Reader {
	readonly unmapped: Unmapped[] = [];
	/** Ids taken so far, per section: an id must be unique in its list (merge follows it). */
	private usedIds = new Map<string, Set<string>>();

	constructor(private readonly newId: () => string) {}

	report(field: string, reason: string): void {
		this.unmapped.push({ field, reason });
	}

	/** A text field: '' when absent; reported when not text or too long (then cut). */
	text(source: Obj, key: string, path: string, max: number): string {
		const value = source[key];
		if (value === undefined || value === null) return '';
		if (typeof value !== 'string') {
			this.report(`${path}.${key}`, 'Er ikke tekst');
			return '';
		}
		const clean = storable(value);
		if (clean !== value) this.report(`${path}.${key}`, 'Tegn der ikke kan gemmes, er fjernet');
		if ([...clean].length > max) {
			this.report(`${path}.${key}`, `Afkortet til ${max} tegn`);
			return [...clean].slice(0, max).join('');
		}
		return clean;
	}

	/** `YYYY-MM-DD`, `YYYY-MM` or `YYYY` → the CV's `YYYY-MM`; null when absent or unreadable. */
	month(source: Obj, key: string, path: string): string | null {
		const value = source[key];
		if (value === undefined || value === null || value === '') return null;
		const match = typeof value === 'string' ? /^(\d{4})(?:-(\d{2}))?/.exec(value) : null;
		const month = match ? `${match[1]}-${match[2] ?? '01'}` : '';
		if (!isYearMonth(month)) {
			this.report(`${path}.${key}`, 'Datoen kunne ikke læses');
			return null;
		}
		if (match && match[2] === undefined) {
			this.report(`${path}.${key}`, 'Kun år er angivet; måneden er sat til januar');
		}
		return month;
	}

	/** The entry's own id when our export wrote one (and it is not taken), else a new one. */
	id(extension: Obj, section: string): string {
		const used = this.usedIds.get(section) ?? new Set<string>();
		this.usedIds.set(section, used);
		const id = extension.id;
		const fresh = typeof id === 'string' && isUuid(id) && !used.has(id.toLowerCase());
		const chosen = fresh ? id : this.newId();
		used.add(chosen.toLowerCase());
		return chosen;
	}

	/** The entries of a section, at most `max`; an entry that is not an object is reported. */
	entries(source: Obj, key: string, max: number): { entry: Obj; path: string }[] {
		const value = source[key];
		if (value === undefined || value === null) return [];
		if (!Array.isArray(value)) {
			this.report(key, 'Er ikke en liste');
			return [];
		}
		if (value.length > max) this.report(key, `Kun de første ${max} er taget med`);
		return value.slice(0, max).flatMap((entry, index) => {
			if (isObj(entry)) return [{ entry, path: `${key}[${index}]` }];
			this.report(`${key}[${index}]`, 'Er ikke et objekt');
			return [];
		});
	}

	/** Reports every key of `source` the import does not read. */
	rest(source: Obj, path: string, read: readonly string[]): void {
		for (const key of Object.keys(source)) {
			if (read.includes(key) || key === EXTENSION) continue;
			this.report(path ? `${path}.${key}` : key, 'Findes ikke i CV’et');
		}
	}
}

function extensionOf(source: Obj): Obj {
	const value = source[EXTENSION];
	return isObj(value) ? value : {};
}

function bool(value: unknown, fallback: boolean): boolean {
	return typeof value === 'boolean' ? value : fallback;
}

function readBasics(r: Reader, input: Obj, cv: Cv): void {
	const basics = input.basics;
	if (basics === undefined) return;
	if (!isObj(basics)) return r.report('basics', 'Er ikke et objekt');
	const ext = extensionOf(basics);
	const contact = cv.contact;
	contact.name = r.text(basics, 'name', 'basics', 200);
	const email = r.text(basics, 'email', 'basics', 254);
	if (cvContactSchema.shape.email.safeParse(email).success) contact.email = email;
	else r.report('basics.email', 'Ikke en gyldig e-mailadresse');
	const phone = r.text(basics, 'phone', 'basics', 30);
	if (phone === '' || isDanishPhone(phone)) contact.phone = phone;
	else r.report('basics.phone', 'Ikke et dansk telefonnummer med 8 cifre');
	cv.summary = r.text(basics, 'summary', 'basics', 2000);
	contact.showEmail = bool(ext.showEmail, true);
	contact.showPhone = bool(ext.showPhone, true);
	r.rest(basics, 'basics', ['name', 'email', 'phone', 'summary', 'location']);

	const location = basics.location;
	if (location === undefined) return;
	if (!isObj(location)) return r.report('basics.location', 'Er ikke et objekt');
	const postalCode = r.text(location, 'postalCode', 'basics.location', 10).trim();
	if (/^\d{4}$/.test(postalCode)) contact.postalCode = postalCode;
	else if (postalCode !== '')
		r.report('basics.location.postalCode', 'Ikke et postnummer med 4 cifre');
	contact.city = r.text(location, 'city', 'basics.location', 100);
	// Her street stays out on purpose: employers need the area, not her address.
	const ignoredCountry = location.countryCode === 'DK' ? ['countryCode'] : [];
	r.rest(location, 'basics.location', ['postalCode', 'city', ...ignoredCountry]);
}

/** Highlights are bullet points in JSON Resume; the CV has one description, so they become lines. */
function withHighlights(r: Reader, description: string, entry: Obj, path: string): string {
	const highlights = entry.highlights;
	if (highlights === undefined) return description;
	if (!Array.isArray(highlights) || !highlights.every((h) => typeof h === 'string')) {
		r.report(`${path}.highlights`, 'Er ikke en liste af tekster');
		return description;
	}
	const lines = highlights.map((h) => `• ${storable(h)}`);
	const joined = [description, ...lines].filter((line) => line !== '').join('\n');
	if ([...joined].length <= 2000) return joined;
	r.report(`${path}.highlights`, 'Afkortet til 2000 tegn');
	return [...joined].slice(0, 2000).join('');
}

function readWork(r: Reader, input: Obj): Experience[] {
	return r.entries(input, 'work', LIMITS.experience).flatMap(({ entry, path }) => {
		const ext = extensionOf(entry);
		const start = r.month(entry, 'startDate', path);
		if (start === null) {
			r.report(path, 'Jobbet mangler en startdato og er ikke taget med');
			return [];
		}
		// JSON Resume 0.x called the employer `company`.
		const employerKey =
			entry.name === undefined && entry.company !== undefined ? 'company' : 'name';
		const job: Experience = {
			id: r.id(ext, 'work'),
			title: r.text(entry, 'position', path, 200),
			employer: r.text(entry, employerKey, path, 200),
			hideEmployer: bool(ext.hideEmployer, false),
			start,
			end: r.month(entry, 'endDate', path),
			description: withHighlights(r, r.text(entry, 'summary', path, 2000), entry, path)
		};
		r.rest(entry, path, [
			'name',
			'position',
			'startDate',
			'endDate',
			'summary',
			'highlights',
			employerKey
		]);
		return [job];
	});
}

function readEducation(r: Reader, input: Obj): Education[] {
	return r.entries(input, 'education', LIMITS.education).flatMap(({ entry, path }) => {
		const ext = extensionOf(entry);
		const start = r.month(entry, 'startDate', path);
		if (start === null) {
			r.report(path, 'Uddannelsen mangler en startdato og er ikke taget med');
			return [];
		}
		// The CV has one title; JSON Resume splits it into kind ("Bachelor") and subject ("Biologi").
		const title = [r.text(entry, 'studyType', path, 200), r.text(entry, 'area', path, 200)]
			.filter((part) => part !== '')
			.join(' – ');
		const end = r.month(entry, 'endDate', path);
		const courses = Array.isArray(entry.courses)
			? entry.courses.filter((c): c is string => typeof c === 'string').map(storable)
			: [];
		const description =
			typeof ext.description === 'string' ? storable(ext.description) : courses.join('\n');
		const education: Education = {
			id: r.id(ext, 'education'),
			title: [...title].slice(0, 200).join(''),
			institution: r.text(entry, 'institution', path, 200),
			start,
			end,
			// Without our extension an end date is taken to mean she finished.
			finished: bool(ext.finished, end !== null),
			description: [...description].slice(0, 1000).join('')
		};
		const read = ['institution', 'area', 'studyType', 'startDate', 'endDate'];
		r.rest(entry, path, typeof ext.description === 'string' ? read : [...read, 'courses']);
		return [education];
	});
}

function readSkills(r: Reader, input: Obj): string[] {
	const skills: string[] = [];
	const add = (value: string) => {
		if (value !== '' && !skills.includes(value) && skills.length < LIMITS.skills)
			skills.push(value);
	};
	// Each skill's keywords become skills too: the CV's skills are single words and phrases.
	for (const { entry, path } of r.entries(input, 'skills', LIMITS.skills)) {
		add(r.text(entry, 'name', path, 100));
		const keywords = Array.isArray(entry.keywords) ? entry.keywords : [];
		for (const keyword of keywords) {
			if (typeof keyword === 'string') add([...storable(keyword)].slice(0, 100).join(''));
		}
		r.rest(entry, path, ['name', 'keywords']);
	}
	return skills;
}

/** Words other tools write in `fluency`, first match wins (so "upper intermediate" before "intermediate"). */
const FLUENCY_WORDS: [RegExp, CefrLevel][] = [
	[/begynder|beginner|elementary|basic|grundlæggende/i, 'A2'],
	[/upper.intermediate/i, 'B2'],
	[/intermediate|limited|mellem|øvet|conversational/i, 'B1'],
	[/fluent|flydende|advanced|professional|rigtig godt/i, 'C1'],
	[/godt/i, 'B2'],
	[/proficient|bilingual|tosproget|perfekt/i, 'C2']
];
/** `NATIVE_FLUENCY` in both languages, and what other tools write. */
const NATIVE_WORDS = /native|mother.tongue|modersmål|first language/i;

function readLanguage(r: Reader, entry: Obj, path: string): LanguageSkill {
	const ext = extensionOf(entry);
	const fluency = r.text(entry, 'fluency', path, 100);
	const extLevel = cefrLevels.find((level) => level === ext.level);
	const code = /\b([ABC][12])\b/i.exec(fluency)?.[1]?.toUpperCase() as CefrLevel | undefined;
	const native = typeof ext.native === 'boolean' ? ext.native : NATIVE_WORDS.test(fluency);
	let level = extLevel ?? code ?? FLUENCY_WORDS.find(([words]) => words.test(fluency))?.[1];
	if (level === undefined) {
		level = native ? 'C2' : 'B1';
		if (!native) r.report(`${path}.fluency`, 'Niveauet kunne ikke læses; sat til B1 — ret det');
	}
	r.rest(entry, path, ['language', 'fluency']);
	return {
		id: r.id(ext, 'languages'),
		language: r.text(entry, 'language', path, 100),
		level,
		native
	};
}

function readCertificates(r: Reader, input: Obj): Certificate[] {
	return r.entries(input, 'certificates', LIMITS.certificates).map(({ entry, path }) => {
		const ext = extensionOf(entry);
		r.rest(entry, path, ['name', 'issuer', 'date']);
		return {
			id: r.id(ext, 'certificates'),
			name: r.text(entry, 'name', path, 200),
			issuer: r.text(entry, 'issuer', path, 200),
			date: r.month(entry, 'date', path)
		};
	});
}

/** `references`: only "on request" has a place in the CV; named references are reported. */
function readReferences(r: Reader, input: Obj): boolean {
	const phrases: string[] = Object.values(REFERENCES_ON_REQUEST);
	let onRequest = false;
	for (const { entry, path } of r.entries(input, 'references', 100)) {
		const text = typeof entry.reference === 'string' ? entry.reference.trim() : '';
		if (phrases.includes(text) && !entry.name) onRequest = true;
		else r.report(path, 'Navngivne referencer gemmes ikke i CV’et; giv dem på forespørgsel');
	}
	return onRequest;
}

/** What only our own export writes: `meta["x-jobunivers"]`. Each part is checked on its own. */
function readMeta(r: Reader, input: Obj, cv: Cv): void {
	const meta = isObj(input.meta) ? extensionOf(input.meta) : {};
	if (Array.isArray(meta.drivingLicences)) {
		const given: unknown[] = meta.drivingLicences;
		const known = given.filter((licence): licence is DrivingLicence =>
			(drivingLicences as readonly unknown[]).includes(licence)
		);
		cv.drivingLicences = [...new Set(known)];
		if (known.length < given.length) {
			r.report(`meta.${EXTENSION}.drivingLicences`, 'Ukendte kørekortkategorier er udeladt');
		}
	}
	if (meta.wishes !== undefined) {
		const wishes = wishesSchema.safeParse(meta.wishes);
		if (wishes.success) cv.wishes = wishes.data;
		else r.report(`meta.${EXTENSION}.wishes`, 'Jobønskerne kunne ikke læses');
	}
	// Only our own export can say she wanted it searchable; the server checks whether she may be.
	cv.searchable = bool(meta.searchable, false);
	if (meta.pdfLanguage === 'da' || meta.pdfLanguage === 'en') cv.pdfLanguage = meta.pdfLanguage;
	if (typeof meta.referencesOnRequest === 'boolean')
		cv.referencesOnRequest = meta.referencesOnRequest;
}

function parse(input: unknown): unknown {
	if (typeof input !== 'string') return input;
	try {
		return JSON.parse(input);
	} catch {
		return undefined;
	}
}

/**
 * Any value → a valid CV and what was left out. `newId` makes ids for entries that bring none
 * (injectable so tests are repeatable).
 */
export function fromJsonResume(
	input: unknown,
	newId: () => string = () => crypto.randomUUID()
): JsonResumeImport {
	const r = new Reader(newId);
	const cv = emptyCv();
	const source = parse(input);
	if (!isObj(source)) {
		r.report('(fil)', 'Filen er ikke et JSON Resume');
		return { cv, unmapped: r.unmapped };
	}
	readBasics(r, source, cv);
	cv.experience = readWork(r, source);
	cv.education = readEducation(r, source);
	cv.skills = readSkills(r, source);
	cv.languages = r
		.entries(source, 'languages', LIMITS.languages)
		.map(({ entry, path }) => readLanguage(r, entry, path));
	cv.certificates = readCertificates(r, source);
	cv.referencesOnRequest = readReferences(r, source);
	readMeta(r, source, cv);
	for (const [section, reason] of Object.entries(FOREIGN_SECTIONS)) {
		const value = source[section];
		if (Array.isArray(value) ? value.length > 0 : value !== undefined) r.report(section, reason);
	}
	const known = [
		'basics',
		'work',
		'education',
		'skills',
		'languages',
		'certificates',
		'references'
	];
	r.rest(source, '', [...known, ...Object.keys(FOREIGN_SECTIONS), ...FILE_KEYS]);
	return { cv, unmapped: r.unmapped };
}
