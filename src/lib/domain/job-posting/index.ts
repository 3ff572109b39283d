/**
 * schema.org `JobPosting` (JSON-LD, as employers publish it for search engines) → one row of the
 * `jobs` table. Pure: no I/O, and the only clock is the `now` passed in. `npm run import:jobs`
 * (src/lib/server/job-import.ts) streams files through this.
 *
 * Input shapes (records.ts): one JobPosting object, an array of them, or an object with `@graph`
 * (the graph's nodes of another `@type`, e.g. Organization, are context, not records; a node
 * reference `{"@id": …}` to such a node is followed). A record inherits `@context` from its
 * container. Every record is checked completely, so one run names every fault; each fault is a
 * `FieldError` with the schema.org path (`jobLocation.address.postalCode`) and a plain-Danish
 * reason.
 *
 * Mapping rules, each written out at the top of its module:
 * - framing (map.ts, json-ld.ts): `@context` (own or inherited), when present, must be
 *   schema.org (http or https, a string, in an array, or as `@vocab`). `@type` must be
 *   `JobPosting` (also `schema:JobPosting` or the full IRI; an array of types must contain it).
 * - identity.ts: `identifier`, else an absolute `@id`, else `url` → external_id, the upsert key.
 * - texts.ts (with html-text.ts): title, employer and description; HTML becomes plain text.
 * - place.ts: the first Danish postal code in `jobLocation` → municipality, postal code, city.
 * - employment.ts (with hours.ts): `employmentType` and `workHours` → employment type and hours.
 * - posting-dates.ts (with dates.ts): `datePosted` (required) and `validThrough` → deadline.
 * - salary.ts: a DKK `baseSalary` → hourly wage.
 * - occupation.ts: `occupationalCategory` (required) → a DISCO-08 code and title.
 * - applying.ts: apply URL, email, contact name and phone; at least one way to apply.
 *
 * This index is the module's whole public face; the rest is its inside.
 */
export { decodeEntities, htmlToText } from './html-text';
export { parseDateTime } from './dates';
export { readWeeklyHours } from './hours';
export { isJobPostingType, parseNumber } from './json-ld';
export { mapJobPosting } from './map';
export {
	describeLocation,
	elementLines,
	formatProblem,
	mapSourceRecord,
	recordsIn
} from './records';
export {
	LIMITS,
	type JobPostingResult,
	type JobPostingRow,
	type MapOptions,
	type SourceLocation,
	type SourceRecord
} from './types';
