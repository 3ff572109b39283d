/**
 * Job search (`GET /api/v1/jobs`) and counting (`countJobs`, "N nye job siden sidst"): Danish full
 * text, filters, facets, keyset paging and a typo fallback. The same SQL runs on PGlite and
 * PostgreSQL.
 *
 * - Shown: ads whose deadline has not passed (today in Europe/Copenhagen, relative to `now`) and
 *   ads without one. Expired ads count nowhere: not in items, totals, facets or countJobs.
 * - Words: parsed and widened in the domain (`search-expansion.ts`: ae/oe/aa for æ/ø/å, the
 *   vocabulary's abbreviations, "sosu" → "social- og sundhedsassistent", and the English,
 *   Ukrainian and Arabic occupation words, "медсестра" → "sygeplejerske"), as on the phone; the
 *   answer names the Danish words searched besides those typed (`alsoSearched`) and those that
 *   translate her words (`translatedTo`).
 * - Full text: `websearch_to_tsquery('danish', …)` matched against `jobs.search_vector` (title,
 *   occupation, employer, description) through its GIN index, ranked with `ts_rank` over the
 *   small `jobs.rank_vector` (title A, occupation B), so a title hit outranks an occupation hit,
 *   which outranks an employer or body-only hit (rank 0). The last word also matches as a prefix
 *   ("pæd" finds "pædagog") unless the text ends in a space, a quote or a negation.
 * - Typo fallback: when the words match nothing (with the filters applied), titles are matched by
 *   trigram word similarity (`q <% title`, pg_trgm's default threshold 0.6) and ranked by it;
 *   the answer says `fallback: 'trigram'`.
 * - Paging: keyset for every sort; the cursor carries the last row's sort key and the id, so no
 *   ad appears twice. relevance = (rank desc, posted_at desc, id asc): equal ranks, which are
 *   many (one word in the title ranks alike everywhere), newest first; newest = (posted_at desc, id asc),
 *   deadline = (deadline asc nulls last, id asc); newest and deadline follow the indexes
 *   jobs_posted_idx and jobs_shown_until_idx, or within one municipality
 *   jobs_municipality_posted_idx and jobs_municipality_shown_until_idx. `sort=relevance` without
 *   words means newest.
 * - Facets: counted in JS from a summary (ads per municipality × occupation group × hours) of the
 *   ads matching the words, `postedWithinDays` and a postal code; the summary is cached for 30 s
 *   and shared by every search that differs only in radius, municipality, region, occupation,
 *   hours, sort or cursor. Each facet applies every filter except its own (municipality ignores
 *   `municipality`, region ignores `region`, occupation ignores `occupation`, hours ignores
 *   `hours`); the words, `postedWithinDays` and the postal code / radius always apply.
 * - Radius: per municipality — the postal code's primary municipality's approximate centroid,
 *   and every municipality whose centroid lies within `radiusKm` (see municipality-centroids.ts).
 */
import { localDateOf } from '../domain/local-time';
import { isInstant, isLocalDate, isUuid } from '../domain/validation';
import {
	and,
	asc,
	eq,
	getTableColumns,
	gt,
	gte,
	inArray,
	or,
	sql,
	type SQL,
	type SQLWrapper
} from 'drizzle-orm';
import type { JobSearchQuery, JobSearchSort } from '../domain/job-search';
import type { JobAd, JobSearchResult } from '../domain/jobs';
import { occupationVocabulary } from '../domain/occupation-vocabulary';
import {
	expandSearch,
	type ExpandedClause,
	type SearchClause,
	type SearchGroup
} from '../domain/search-expansion';
import {
	municipalityByCode,
	municipalitiesInRegion,
	postalCodeInfo,
	type Region
} from '../domain/taxonomy/municipalities';
import { municipalitiesWithinKm } from '../domain/taxonomy/municipality-centroids';
import { occupationByCode, subGroupsOf } from '../domain/taxonomy/occupations';
import { TEXT_SEARCH_SETTINGS, textSearchReader, type Database } from './db';
import { jobs } from './db/schema';
import { validationProblem } from './http';
import { toJobAd } from './jobs';
import { decodeCursor, encodeCursor } from './paging';

type Mode = 'fts' | 'trigram';
type SortTag = 'r' | 'n' | 'd';

const DAY_MS = 86_400_000;
const sortTags: Record<JobSearchSort, SortTag> = { relevance: 'r', newest: 'n', deadline: 'd' };

/** Every column but the generated search and rank vectors, which the answer never needs. */
const {
	searchVector: _searchVector,
	rankVector: _rankVector,
	...adColumns
} = getTableColumns(jobs);

const occupationGroup = sql`left(${jobs.occupationCode}, 2)`;

/**
 * The last day an ad is shown: its deadline, or `infinity` for one without ("løbende"). The same
 * expression as the index jobs_shown_until_idx, so hiding expired ads is an index range and
 * `sort=deadline` (nulls last) an ordered scan of it.
 */
const shownUntil = sql`coalesce(${jobs.deadline}, 'infinity'::date)`;

interface Cursor {
	mode: Mode;
	tag: SortTag;
	/** relevance: the rank; newest: posted_at; deadline: the deadline or null. */
	key: string | number | null;
	/** relevance only: posted_at, the first tie-break. */
	posted: string | null;
	id: string;
}

/** posted_at as the page writes it into cursors (microseconds, UTC). */
const POSTED_AT_TEXT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

function badCursor(): never {
	throw validationProblem([
		{ field: 'cursor', message: 'Ugyldig cursor. Start søgningen forfra.' }
	]);
}

/**
 * Cursor = [tag + ('t' in trigram mode), sort key, id]; for relevance [tag, rank, posted_at, id].
 * A relevance cursor from before posted_at broke ties has three parts and is refused (400).
 */
function readCursor(raw: string | undefined, tag: SortTag): Cursor | null {
	const parts = decodeCursor(raw ?? null);
	if (!parts) return null;
	const [head, key] = parts;
	const id = parts.at(-1);
	const posted = tag === 'r' ? parts[2] : undefined;
	if (parts.length !== (tag === 'r' ? 4 : 3) || typeof head !== 'string' || typeof id !== 'string')
		badCursor();
	if (!isUuid(id) || head.charAt(0) !== tag || !['', 't'].includes(head.slice(1))) badCursor();
	if (tag === 'r' && (typeof key !== 'number' || !Number.isFinite(key))) badCursor();
	const realPostedAt = (value: unknown) =>
		typeof value === 'string' && POSTED_AT_TEXT.test(value) && isInstant(value);
	if (tag === 'r' && !realPostedAt(posted)) badCursor();
	if (tag === 'n' && !realPostedAt(key)) badCursor();
	if (tag === 'd' && key !== null && (typeof key !== 'string' || !isLocalDate(key))) {
		badCursor();
	}
	return {
		mode: head.endsWith('t') ? 'trigram' : 'fts',
		tag,
		key: key ?? null,
		posted: typeof posted === 'string' ? posted : null,
		id
	};
}

/**
 * The words as tsqueries, from the parse and widening both searches share
 * (`domain/search-expansion.ts`): each clause as PostgreSQL reads it (`websearch_to_tsquery` on
 * its text, so hyphenated words and stop words are handled by the `danish` configuration as
 * before), or'ed with its alternatives (ae/oe/aa forms; vocabulary long forms as phrases);
 * clauses and'ed, negated ones and'ed as `!!`, groups or'ed. The last word typed is also a prefix
 * while typing ("pæd" finds "pædagog"). `match` filters and `rank` orders: the prefix form
 * matches a superset of the exact form (the same stemmer cuts both), so it alone filters, which
 * keeps the planner on the GIN index; ranking with `exact || prefix` puts whole-word hits before
 * prefix-only hits. Stop words alone give an empty query, which matches nothing. Exported for
 * the tests, which rank with it.
 */
export function textQueries(q: string): { match: SQL; rank: SQL } {
	const { groups } = expandSearch(q, occupationVocabulary());
	if (groups.length === 0) {
		const empty = sql`websearch_to_tsquery('danish', ${q})`;
		return { match: empty, rank: empty };
	}
	const clauses = groups.flatMap((g) => [...g.include, ...g.exclude]);
	const exact = searchQuery(groups, false);
	if (!clauses.some((c) => c.prefix || c.alternatives.some((a) => a.prefix))) {
		return { match: exact, rank: exact };
	}
	const prefix = searchQuery(groups, true);
	return { match: prefix, rank: sql`(${exact} || ${prefix})` };
}

function clauseQuery(clause: SearchClause, prefix: boolean): SQL {
	if (clause.quoted) return sql`websearch_to_tsquery('danish', ${`"${clause.text}"`})`;
	// Letters and digits only (searchWords), so safe in to_tsquery's syntax.
	if (prefix && clause.prefix) return sql`to_tsquery('danish', ${`${clause.words[0]}:*`})`;
	// The parse took a leading "-" as the negation; another one must not negate it back.
	return sql`websearch_to_tsquery('danish', ${clause.text.replace(/^-+/, '')})`;
}

function widened(clause: ExpandedClause, prefix: boolean): SQL {
	const forms = [clause, ...clause.alternatives].map((c) => clauseQuery(c, prefix));
	return forms.length === 1 ? forms[0]! : sql`(${sql.join(forms, sql` || `)})`;
}

function searchQuery(groups: SearchGroup[], prefix: boolean): SQL {
	const each = groups.map((group) => {
		const parts = [
			...group.include.map((c) => widened(c, prefix)),
			...group.exclude.map((c) => sql`(!!${widened(c, prefix)})`)
		];
		return parts.length === 1 ? parts[0]! : sql`(${sql.join(parts, sql` && `)})`;
	});
	return each.length === 1 ? each[0]! : sql`(${sql.join(each, sql` || `)})`;
}

/**
 * A search split by where it is evaluated. `base` (visibility, posting window, postal code,
 * words) filters in SQL and is all the facet summary reads; `near` (the radius) and `dims` (the
 * facet dimensions) are value sets, turned into SQL for the page and applied in JS to the summary
 * (`countFacets`), so the two cannot disagree about what a filter means, and searches that differ
 * only in them share one summary.
 */
interface Plan {
	base: SQL[];
	/** Municipalities within the radius, unless none is asked or `base` already has them. */
	near: ReadonlySet<string> | null;
	dims: Dims;
	rank: SQL | null;
	/** Identifies `base`, the summary's source. */
	summaryKey: string;
}

/** The filters a facet leaves out when it is its own. */
interface Dims {
	municipality?: ReadonlySet<string>;
	/** The region's municipalities. */
	region?: ReadonlySet<string>;
	/** Occupation sub-major groups (two digits). */
	occupation?: ReadonlySet<string>;
	hours?: 'full' | 'part';
}

/**
 * Today in Copenhagen, for which ads have expired. Memoised per UTC hour (Copenhagen's offset is
 * whole hours, so the date cannot change within one): localDateOf builds an Intl formatter, which
 * costs more than the rest of planning a search.
 */
let lastToday = { hour: NaN, date: '' };
function copenhagenToday(now: Date): string {
	const hour = Math.floor(now.getTime() / 3_600_000);
	if (hour !== lastToday.hour) lastToday = { hour, date: localDateOf(now) };
	return lastToday.date;
}

/**
 * `words`: what the words match, as text (`matchText`), when known; the summary is keyed by it
 * rather than by the words as typed, so "smed", "smede" and "smedene", which match the same ads,
 * share one.
 */
function plan(query: JobSearchQuery, mode: Mode, now: Date, words?: string): Plan {
	const today = copenhagenToday(now);
	// An ad is shown through its deadline day in Denmark, whatever the server's time zone.
	const base: SQL[] = [sql`${shownUntil} >= ${today}::date`];
	const key: Record<string, unknown> = { mode, q: words ?? query.q ?? '', today };
	if (query.postedWithinDays !== undefined) {
		base.push(gte(jobs.postedAt, new Date(now.getTime() - query.postedWithinDays * DAY_MS)));
		// The window moves with the clock: a new summary each minute.
		key.window = [query.postedWithinDays, Math.floor(now.getTime() / 60_000)];
	}
	let near: Set<string> | null = null;
	if (query.postalCode !== undefined) {
		const info = postalCodeInfo(query.postalCode);
		if (query.radiusKm !== undefined && info) {
			near = new Set(municipalitiesWithinKm(info.municipalityCode, query.radiusKm));
		} else {
			base.push(eq(jobs.postalCode, query.postalCode));
			key.postalCode = query.postalCode;
		}
	}
	const dims: Dims = {};
	if (query.municipality !== undefined) dims.municipality = new Set([query.municipality]);
	if (query.region !== undefined) {
		dims.region = new Set(municipalitiesInRegion(query.region).map((m) => m.code));
	}
	if (query.occupation !== undefined) {
		dims.occupation = new Set(
			query.occupation.length === 1
				? subGroupsOf(query.occupation).map((g) => g.code)
				: [query.occupation]
		);
	}
	if (query.hours !== undefined) dims.hours = query.hours;
	if (!query.q) return { base, near, dims, rank: null, summaryKey: JSON.stringify(key) };
	if (mode === 'fts') {
		const tsq = textQueries(query.q);
		base.push(sql`${jobs.searchVector} @@ ${tsq.match}`);
		const rank = sql`ts_rank(${jobs.rankVector}, ${tsq.rank})::float8`;
		return { base, near, dims, rank, summaryKey: JSON.stringify(key) };
	}
	// Trigram similarity costs far more per row than any other filter (~10 µs natively, several
	// times that in PGlite), so the typo fallback's summary reads only what its facets need, and
	// belongs to this radius and these filters: the radius goes into SQL, and so do the ads that
	// fail at most one dimension filter (those failing two or more count in no facet). Written as
	// "all but the first, or all but the second, …", so that the planner intersects the title
	// index with the filters' indexes (BitmapAnd, BitmapOr) before any similarity is computed.
	if (near) {
		base.push(oneOf(jobs.municipalityCode, near));
		key.near = [query.postalCode, query.radiusKm];
	}
	const conditions = dimConditions(dims);
	if (conditions.length > 1) {
		base.push(or(...conditions.map((_, i) => and(...conditions.filter((_, j) => j !== i))))!);
		key.dims = [query.municipality, query.region, query.occupation, query.hours];
	}
	base.push(sql`${query.q} <% ${jobs.title}`);
	const rank = sql`word_similarity(${query.q}, ${jobs.title})::float8`;
	return { base, near: null, dims, rank, summaryKey: JSON.stringify(key) };
}

function oneOf(column: SQLWrapper, values: ReadonlySet<string>): SQL {
	return values.size === 0 ? sql`false` : inArray(column, [...values]);
}

function dimConditions({ municipality, region, occupation, hours }: Dims): SQL[] {
	return [
		municipality && oneOf(jobs.municipalityCode, municipality),
		region && oneOf(jobs.municipalityCode, region),
		occupation && oneOf(occupationGroup, occupation),
		hours && eq(jobs.hours, hours)
	].filter((c): c is SQL => c !== undefined);
}

/** Every condition of the plan in SQL, for the page and for counting. */
function allConditions(p: Plan): SQL[] {
	return [
		...p.base,
		...(p.near ? [oneOf(jobs.municipalityCode, p.near)] : []),
		...dimConditions(p.dims)
	];
}

function allOf(conditions: (SQL | undefined)[]): SQL {
	const present = conditions.filter((c): c is SQL => c !== undefined);
	return present.length === 0 ? sql`true` : (and(...present) as SQL);
}

/**
 * How many ads match `base`, per municipality × occupation group × hours: the facets' source.
 * Columnar, with each cell's municipality and occupation as an index into the distinct codes, so
 * counting a search's facets is a pass over small integer arrays.
 */
interface Summary {
	/** Looked up once per summary, not per search. */
	municipalities: { code: string; name: string; region: Region | undefined }[];
	occupations: { code: string; title: string }[];
	cellMunicipality: Uint16Array;
	cellOccupation: Uint16Array;
	/** Index into `hoursValues`; any other value (none is allowed) as its length. */
	cellHours: Uint8Array;
	cellCount: Uint32Array;
}

const hoursValues = ['full', 'part'] as const;

/**
 * One grouped pass over the ads matching `base`: at most municipalities × occupation groups ×
 * hours cells (a few thousand for all ads, fewer for words), from which the total and facets of
 * every combination of radius, municipality, region, occupation and hours filters are counted.
 */
async function summarise(db: Database, p: Plan): Promise<Summary> {
	const rows = await db
		.select({
			municipality: jobs.municipalityCode,
			occupation: sql<string>`${occupationGroup}`,
			hours: jobs.hours,
			count: sql<number>`count(*)::int`
		})
		.from(jobs)
		.where(allOf(p.base))
		.groupBy(jobs.municipalityCode, occupationGroup, jobs.hours);
	const municipalities = new Map<string, number>();
	const occupations = new Map<string, number>();
	const indexOf = (codes: Map<string, number>, code: string) => {
		let index = codes.get(code);
		if (index === undefined) codes.set(code, (index = codes.size));
		return index;
	};
	const summary: Summary = {
		municipalities: [],
		occupations: [],
		cellMunicipality: new Uint16Array(rows.length),
		cellOccupation: new Uint16Array(rows.length),
		cellHours: new Uint8Array(rows.length),
		cellCount: new Uint32Array(rows.length)
	};
	rows.forEach((row, i) => {
		summary.cellMunicipality[i] = indexOf(municipalities, row.municipality);
		summary.cellOccupation[i] = indexOf(occupations, row.occupation);
		const hours = hoursValues.indexOf(row.hours);
		summary.cellHours[i] = hours < 0 ? hoursValues.length : hours;
		summary.cellCount[i] = Number(row.count);
	});
	summary.municipalities = [...municipalities.keys()].map((code) => {
		const m = municipalityByCode(code);
		return { code, name: m?.name ?? code, region: m?.region };
	});
	summary.occupations = [...occupations.keys()].map((code) => ({
		code,
		title: occupationByCode(code)?.title.da ?? code
	}));
	return summary;
}

/** One collator for all facet sorting: `localeCompare(…, 'da')` builds one per comparison. */
const danish = new Intl.Collator('da');

interface Aggregate {
	total: number;
	facets: JobSearchResult['facets'];
}

/**
 * `total` with every filter, and each facet with every filter except its own (municipality
 * ignores `municipality`, region ignores `region`, …); the radius applies to all.
 */
function countFacets(summary: Summary, p: Plan): Aggregate {
	const { municipality, region, occupation, hours } = p.dims;
	const passes = (values: { code: string }[], filter: ReadonlySet<string> | null | undefined) =>
		values.map(({ code }) => !filter || filter.has(code));
	const near = passes(summary.municipalities, p.near);
	const inMunicipality = passes(summary.municipalities, municipality);
	const inRegion = passes(summary.municipalities, region);
	const inOccupation = passes(summary.occupations, occupation);
	const inHours = [...hoursValues, null].map((value) => !hours || value === hours);
	let total = 0;
	const byMunicipality = new Array<number>(summary.municipalities.length).fill(0);
	const forRegion = new Array<number>(summary.municipalities.length).fill(0);
	const byOccupation = new Array<number>(summary.occupations.length).fill(0);
	const byHours = new Array<number>(hoursValues.length + 1).fill(0);
	for (let i = 0; i < summary.cellCount.length; i++) {
		const m = summary.cellMunicipality[i]!;
		if (!near[m]) continue;
		const o = summary.cellOccupation[i]!;
		const h = summary.cellHours[i]!;
		const n = summary.cellCount[i]!;
		const mOk = inMunicipality[m];
		const rOk = inRegion[m];
		const oOk = inOccupation[o];
		const hOk = inHours[h];
		if (mOk && rOk && oOk && hOk) total += n;
		if (rOk && oOk && hOk) byMunicipality[m]! += n;
		if (mOk && oOk && hOk) forRegion[m]! += n;
		if (mOk && rOk && hOk) byOccupation[o]! += n;
		if (mOk && rOk && oOk) byHours[h]! += n;
	}
	const byRegion = new Map<string, { code: string; name: string; count: number }>();
	summary.municipalities.forEach(({ region: r }, m) => {
		if (!r || forRegion[m] === 0) return;
		const entry = byRegion.get(r.code) ?? { ...r, count: 0 };
		entry.count += forRegion[m]!;
		byRegion.set(r.code, entry);
	});
	const byCount =
		<T extends { count: number }>(key: (item: T) => string) =>
		(a: T, b: T) =>
			b.count - a.count || danish.compare(key(a), key(b));
	return {
		total,
		facets: {
			municipality: summary.municipalities
				.map(({ code, name }, m) => ({ code, name, count: byMunicipality[m]! }))
				.filter((entry) => entry.count > 0)
				.sort(byCount((entry) => entry.name)),
			region: [...byRegion.values()].sort(byCount((entry) => entry.code)),
			occupation: summary.occupations
				.map(({ code, title }, o) => ({ code, title, count: byOccupation[o]! }))
				.filter((entry) => entry.count > 0)
				.sort(byCount((entry) => entry.code)),
			hours: hoursValues
				.map((value, h) => ({ value, count: byHours[h]! }))
				.filter((entry) => entry.count > 0)
				.sort(byCount((entry) => entry.value))
		}
	};
}

/** Microseconds kept, and the same text whatever the session's TimeZone and DateStyle. */
const postedAtText = sql`to_char(${jobs.postedAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

interface Page {
	items: JobAd[];
	nextCursor: string | null;
}

async function page(
	db: Database,
	p: Plan,
	tag: SortTag,
	mode: Mode,
	after: Cursor | null,
	limit: number
): Promise<Page> {
	const where = allConditions(p);
	let key: SQL;
	let order: SQL[];
	if (tag === 'r' && p.rank) {
		// Equal ranks (every title hit of one word alike, every body-only hit 0) newest first.
		key = p.rank;
		order = [sql`"sort_key" desc`, sql`${jobs.postedAt} desc`, asc(jobs.id)];
		if (after) {
			const rank = sql`${after.key}::float8`;
			const at = sql`${after.posted}::timestamptz`;
			where.push(
				sql`(${p.rank} < ${rank} or (${p.rank} = ${rank} and (${jobs.postedAt} < ${at} or (${jobs.postedAt} = ${at} and ${jobs.id} > ${after.id}))))`
			);
		}
	} else if (tag === 'd') {
		// deadline asc nulls last = shownUntil asc; the row comparison is a range of the index.
		key = sql`${jobs.deadline}::text`;
		order = [sql`${shownUntil} asc`, asc(jobs.id)];
		if (after) {
			const afterDeadline = after.key === null ? sql`'infinity'::date` : sql`${after.key}::date`;
			where.push(sql`(${shownUntil}, ${jobs.id}) > (${afterDeadline}, ${after.id}::uuid)`);
		}
	} else {
		key = postedAtText;
		// "nulls last" as in jobs_posted_idx (posted_at is never null): with the default nulls
		// first for desc the index does not match, and every search sorts all its matches.
		order = [sql`${jobs.postedAt} desc nulls last`, asc(jobs.id)];
		if (after) {
			const at = sql`${after.key}::timestamptz`;
			where.push(sql`${jobs.postedAt} <= ${at}`);
			where.push(sql`(${jobs.postedAt} < ${at} or ${jobs.id} > ${after.id})`);
		}
	}
	const rows = await db
		.select({
			...adColumns,
			sortKey: sql<string | number | null>`${key}`.as('sort_key'),
			postedKey: sql<string | null>`${tag === 'r' ? postedAtText : sql`null`}`.as('posted_key')
		})
		.from(jobs)
		.where(allOf(where))
		.orderBy(...order)
		.limit(limit + 1);
	const items = rows.slice(0, limit);
	const last = items.at(-1);
	const head = `${tag}${mode === 'trigram' ? 't' : ''}`;
	return {
		items: items.map(({ sortKey: _key, postedKey: _posted, ...row }) => toJobAd(row)),
		nextCursor:
			rows.length > limit && last
				? encodeCursor(
						tag === 'r'
							? [head, Number(last.sortKey), last.postedKey, last.id]
							: [head, last.sortKey as string | null, last.id]
					)
				: null
	};
}

/**
 * Runs word searches so the matches come from the GIN indexes (bitmap scans). The planner does
 * not cost reading the TOASTed search_vector, so on its own it may scan the table or walk
 * jobs_posted_idx or jobs_shown_until_idx and test `@@` row by row — each test detoasting a
 * vector, tens of times slower. On PostgreSQL the work runs on the pool opened with
 * TEXT_SEARCH_SETTINGS; on PGlite the settings are set for one transaction, awaited first: drizzle
 * sends a query only when it is awaited, so one merely issued first may still reach the server
 * after the work's queries.
 */
async function withTextIndexes<T>(db: Database, work: (tx: Database) => Promise<T>): Promise<T> {
	const reader = textSearchReader(db);
	if (reader) return work(reader);
	return db.transaction(async (tx) => {
		const settings = Object.entries(TEXT_SEARCH_SETTINGS).map(
			([name, value]) => sql`set_config(${name}, ${value}, true)`
		);
		await tx.execute(sql`select ${sql.join(settings, sql`, `)}`);
		return work(tx as unknown as Database);
	});
}

/**
 * The tsquery the words match with, as PostgreSQL prints it (stemmed, widened): forms of one word
 * give one text. Remembered per text typed (the stemming never changes), so it costs one round
 * trip per new text.
 */
const MATCH_TEXTS = 2_000;
const matchTexts = new Map<string, string>();
async function matchText(db: Database, q: string): Promise<string> {
	const known = matchTexts.get(q);
	if (known !== undefined) return known;
	const [row] = await db
		.select({ text: sql<string>`(${textQueries(q).match})::text` })
		.from(sql`(select) as one`);
	const text = `tsquery:${row?.text ?? ''}`;
	if (matchTexts.size >= MATCH_TEXTS) matchTexts.delete(matchTexts.keys().next().value!);
	matchTexts.set(q, text);
	return text;
}

export interface SearchOptions {
	/** Anchors `postedWithinDays` and which ads have expired; defaults to the current time. */
	now?: Date;
	/** Reuse the facet summary computed in the last 30 s for the same words and base filters. */
	cache?: boolean;
}

/**
 * Facet summaries per database, keyed by `Plan.summaryKey` (mode, words — in full-text mode the
 * tsquery they match, so forms of one word share one —, today, posting window, postal code), for 30 s: a broad search counts every ad, which costs far more than fetching one
 * page, and paging, re-sorting or changing the radius, municipality, region, occupation or hours
 * filters asks for the same summary again. The answer is public with max-age=60 anyway, so
 * counts up to 30 s old are within what clients already accept; the items are always fresh.
 * Bounded by cells as well as entries, since a summary of all ads has thousands of cells.
 */
const SUMMARY_TTL_MS = 30_000;
const SUMMARY_CACHE_ENTRIES = 500;
const SUMMARY_CACHE_CELLS = 200_000;

interface SummaryCache {
	entries: Map<string, { at: number; summary: Promise<Summary>; size: number }>;
	cells: number;
}
const summaryCaches = new WeakMap<Database, SummaryCache>();

/** Forgets cached counts, e.g. after importing ads. */
export function clearSearchCache(db: Database) {
	summaryCaches.delete(db);
}

function cachedSummary(db: Database, p: Plan, compute: () => Promise<Summary>): Promise<Summary> {
	let cache = summaryCaches.get(db);
	if (!cache) summaryCaches.set(db, (cache = { entries: new Map(), cells: 0 }));
	const { entries } = cache;
	const now = Date.now();
	const hit = entries.get(p.summaryKey);
	if (hit && now - hit.at < SUMMARY_TTL_MS) return hit.summary;
	const forget = (key: string) => {
		cache.cells -= entries.get(key)?.size ?? 0;
		entries.delete(key);
	};
	forget(p.summaryKey);
	const entry = { at: now, summary: compute(), size: 0 };
	entries.set(p.summaryKey, entry);
	entry.summary.then(
		(summary) => {
			if (entries.get(p.summaryKey) !== entry) return;
			entry.size = summary.cellCount.length;
			cache.cells += entry.size;
			for (const key of entries.keys()) {
				if (entries.size <= SUMMARY_CACHE_ENTRIES && cache.cells <= SUMMARY_CACHE_CELLS) break;
				if (key !== p.summaryKey) forget(key);
			}
		},
		() => {
			if (entries.get(p.summaryKey) === entry) forget(p.summaryKey);
		}
	);
	return entry.summary;
}

export async function searchJobs(
	db: Database,
	query: JobSearchQuery,
	options: SearchOptions = {}
): Promise<JobSearchResult> {
	const now = options.now ?? new Date();
	const sort: JobSearchSort = query.sort === 'relevance' && !query.q ? 'newest' : query.sort;
	const tag = sortTags[sort];
	const after = readCursor(query.cursor, tag);
	const { alsoSearched, translatedTo } = query.q
		? expandSearch(query.q, occupationVocabulary())
		: { alsoSearched: [], translatedTo: [] };
	const run = async (mode: Mode) => {
		const words =
			mode === 'fts' && query.q && options.cache !== false
				? await matchText(db, query.q)
				: undefined;
		const p = plan(query, mode, now, words);
		// Summary and page each on their own connection, so on PostgreSQL they run in parallel.
		const read = <T>(work: (db: Database) => Promise<T>) =>
			query.q ? withTextIndexes(db, work) : work(db);
		const [summary, rows] = await Promise.all([
			options.cache === false
				? read((tx) => summarise(tx, p))
				: cachedSummary(db, p, () => read((tx) => summarise(tx, p))),
			read((tx) => page(tx, p, tag, mode, after, query.limit))
		]);
		return {
			...countFacets(summary, p),
			...rows,
			fallback: mode === 'fts' ? ('none' as const) : ('trigram' as const),
			alsoSearched,
			translatedTo
		};
	};
	if (after?.mode === 'trigram' && query.q) return run('trigram');
	const result = await run('fts');
	if (result.total > 0 || !query.q || after) return result;
	return run('trigram');
}

export interface CountOptions {
	/** Count only ads posted strictly after this instant ("N nye job siden sidst"). */
	postedAfter?: Date;
	/** Anchors `postedWithinDays` and which ads have expired; defaults to the current time. */
	now?: Date;
}

/**
 * How many ads match the words and every filter of `query` — the `total` searchJobs would answer,
 * expired ads hidden and typo fallback included — restricted to ads posted after `postedAfter`
 * when given. Sort, cursor and limit are ignored; no facets, no items.
 *
 * The fallback is decided exactly as searchJobs decides it, on all matches rather than only the
 * recent ones: a saved search whose words still find ads by full text does not switch to the
 * looser trigram matching just because none of them is new. So one query counts both.
 */
export async function countJobs(
	db: Database,
	query: JobSearchQuery,
	options: CountOptions = {}
): Promise<number> {
	const now = options.now ?? new Date();
	const recent = options.postedAfter ? gt(jobs.postedAt, options.postedAfter) : undefined;
	const conditions = (mode: Mode) => allConditions(plan(query, mode, now));
	if (!query.q) {
		const [row] = await db
			.select({ n: sql<number>`count(*)::int` })
			.from(jobs)
			.where(allOf([...conditions('fts'), recent]));
		return Number(row?.n ?? 0);
	}
	return withTextIndexes(db, async (tx) => {
		const [fts] = await tx
			.select({
				matching: sql<number>`count(*)::int`,
				recent: sql<number>`(count(*) filter (where ${recent ?? sql`true`}))::int`
			})
			.from(jobs)
			.where(allOf(conditions('fts')));
		if (Number(fts?.matching ?? 0) > 0) return Number(fts?.recent ?? 0);
		const [trigram] = await tx
			.select({ n: sql<number>`count(*)::int` })
			.from(jobs)
			.where(allOf([...conditions('trigram'), recent]));
		return Number(trigram?.n ?? 0);
	});
}
