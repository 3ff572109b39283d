/**
 * The citizen's CV on the server: the document (shared machinery, document-service.ts), the rules that
 * need today's date, and its versions — autosaves coalesced to at most one version per 10 minutes of
 * editing, and a version kept before every restore and import so both can be undone.
 */
import { and, desc, eq, lte } from 'drizzle-orm';
import { fromJsonResume, type Unmapped } from '../domain/cv/json-resume';
import { cvSchema, emptyCv, type Cv } from '../domain/cv/model';
import { dateProblems, hasVisibleContact } from '../domain/cv/rules';
import {
	changedSections,
	MAX_VERSIONS,
	VERSION_WINDOW_MS,
	type CvVersion,
	type CvVersionKind,
	type CvVersionSummary
} from '../domain/cv/versions';
import { versionNotFound } from '../domain/cv/operations';
import { cv as cvEntity } from '../domain/entities';
import { localDateOf } from '../domain/local-time';
import type { FieldError } from '../domain/validation';
import type { Database } from './db';
import { cvDocuments, cvVersions } from './db/schema';
import { documentService, type StoredDocument } from './document-service';
import { HttpProblem, validationProblem } from './http';

export type StoredCv = StoredDocument<Cv>;

const service = documentService<Cv>(cvEntity, cvDocuments);

export const cvTable = service.synced;
export const cvResource = service.toResource;
/** Her CV; the empty one at version 0 when she has written nothing. */
export const getCv = service.get;
export const checkCvIfMatch = service.checkIfMatch;

/** What the schema cannot check: the date rules (they need today) and a searchable CV's contact. */
export function cvRuleProblems(document: Cv, now: Date): FieldError[] {
	const problems = dateProblems(document, localDateOf(now));
	if (document.searchable && !hasVisibleContact(document)) {
		problems.push({
			field: 'searchable',
			message: 'Vis din e-mail eller dit telefonnummer, før CV’et kan blive søgbart'
		});
	}
	return problems;
}

type VersionRow = typeof cvVersions.$inferSelect;

async function latestVersion(db: Database, userId: string): Promise<VersionRow | undefined> {
	const [row] = await db
		.select()
		.from(cvVersions)
		.where(eq(cvVersions.userId, userId))
		.orderBy(desc(cvVersions.number))
		.limit(1);
	return row;
}

/** A new version after the latest; the oldest beyond MAX_VERSIONS go. Returns its number. */
async function addVersion(
	db: Database,
	userId: string,
	document: Cv,
	kind: CvVersionKind,
	now: Date
): Promise<number> {
	const number = ((await latestVersion(db, userId))?.number ?? 0) + 1;
	await db.insert(cvVersions).values({
		userId,
		number,
		kind,
		document: document as Record<string, unknown>,
		createdAt: now,
		updatedAt: now
	});
	await db
		.delete(cvVersions)
		.where(and(eq(cvVersions.userId, userId), lte(cvVersions.number, number - MAX_VERSIONS)));
	return number;
}

/**
 * A saved CV as a version: into the latest autosave while it began less than 10 minutes ago,
 * otherwise a new one. A version kept before a restore or an import is never written over.
 */
async function recordAutosave(db: Database, userId: string, document: Cv, now: Date) {
	const latest = await latestVersion(db, userId);
	const age = latest ? now.getTime() - latest.createdAt.getTime() : Infinity;
	if (latest?.kind === 'autosave' && age >= 0 && age < VERSION_WINDOW_MS) {
		await db
			.update(cvVersions)
			.set({ document: document as Record<string, unknown>, updatedAt: now })
			.where(and(eq(cvVersions.userId, userId), eq(cvVersions.number, latest.number)));
		return;
	}
	await addVersion(db, userId, document, 'autosave', now);
}

/**
 * Saves her CV at `expectedVersion` (412 if it moved) after the rules (400 naming the field), and
 * records it as a version in the same transaction. `now` is injectable for the coalescing tests.
 */
export async function saveCv(
	db: Database,
	userId: string,
	document: Cv,
	expectedVersion: number,
	now = new Date()
): Promise<StoredCv> {
	const problems = cvRuleProblems(document, now);
	if (problems.length > 0) throw validationProblem(problems);
	return service.save(db, userId, document, expectedVersion, (tx, saved) =>
		recordAutosave(tx, userId, saved.document, now)
	);
}

/** Replaces the CV after keeping it as it was (`kind`), all in one transaction. */
async function replaceKeepingBefore(
	db: Database,
	userId: string,
	replacement: Cv,
	kind: 'before-restore' | 'before-import',
	now: Date
): Promise<{ saved: StoredCv; versionBefore: number }> {
	const current = await getCv(db, userId);
	let versionBefore = 0;
	const saved = await service.save(db, userId, replacement, current.version, async (tx, stored) => {
		versionBefore = await addVersion(tx, userId, current.document, kind, now);
		await recordAutosave(tx, userId, stored.document, now);
	});
	return { saved, versionBefore };
}

function documentOf(row: VersionRow): Cv {
	const parsed = cvSchema.safeParse(row.document);
	return parsed.success ? parsed.data : emptyCv();
}

function summaryOf(row: VersionRow, previous: Cv): CvVersionSummary {
	return {
		number: row.number,
		kind: row.kind,
		createdAt: row.createdAt.toISOString(),
		updatedAt: row.updatedAt.toISOString(),
		changed: changedSections(previous, documentOf(row))
	};
}

/** Her versions, newest first, each with what changed since the one before. */
export async function listCvVersions(db: Database, userId: string): Promise<CvVersionSummary[]> {
	const rows = await db
		.select()
		.from(cvVersions)
		.where(eq(cvVersions.userId, userId))
		.orderBy(cvVersions.number);
	let previous = emptyCv();
	const summaries = rows.map((row) => {
		const summary = summaryOf(row, previous);
		previous = documentOf(row);
		return summary;
	});
	return summaries.reverse();
}

async function versionRow(db: Database, userId: string, number: number | null) {
	const [row] =
		number === null
			? []
			: await db
					.select()
					.from(cvVersions)
					.where(and(eq(cvVersions.userId, userId), eq(cvVersions.number, number)));
	if (!row) throw new HttpProblem(404, { detail: versionNotFound });
	return row;
}

/** One of her versions; 404 when she has no such version (another citizen's included). */
export async function getCvVersion(
	db: Database,
	userId: string,
	number: number | null
): Promise<CvVersion> {
	const row = await versionRow(db, userId, number);
	const [before] = await db
		.select()
		.from(cvVersions)
		.where(and(eq(cvVersions.userId, userId), lte(cvVersions.number, row.number - 1)))
		.orderBy(desc(cvVersions.number))
		.limit(1);
	return { ...summaryOf(row, before ? documentOf(before) : emptyCv()), document: documentOf(row) };
}

/** Makes version `number` her CV again, keeping the CV as it was as a version first. */
export async function restoreCvVersion(
	db: Database,
	userId: string,
	number: number | null,
	now = new Date()
): Promise<StoredCv> {
	const row = await versionRow(db, userId, number);
	return (await replaceKeepingBefore(db, userId, documentOf(row), 'before-restore', now)).saved;
}

export interface CvImport {
	saved: StoredCv;
	versionBefore: number;
	unmapped: Unmapped[];
	/** Date rules the imported CV breaks: kept as imported, shown beside the fields to fix. */
	problems: FieldError[];
}

/** Replaces her CV with a JSON Resume, keeping the CV as it was as a version first. */
export async function importCv(
	db: Database,
	userId: string,
	jsonResume: unknown,
	now = new Date()
): Promise<CvImport> {
	const { cv, unmapped } = fromJsonResume(jsonResume);
	// A searchable CV needs a visible e-mail or phone; the import cannot ask, so it turns it off.
	if (cv.searchable && !hasVisibleContact(cv)) cv.searchable = false;
	const { saved, versionBefore } = await replaceKeepingBefore(db, userId, cv, 'before-import', now);
	return { saved, versionBefore, unmapped, problems: dateProblems(cv, localDateOf(now)) };
}
