/**
 * The CV's versions, import and PDF on the /cv page. Versions and import live on the server (it keeps
 * a version before each restore and import, so both can be undone), so they need a network; the PDF is
 * made on the phone, offline, by the cv-pdf module, loaded only when she asks for it.
 */
import { call } from './api';
import { downloadCvPdf, jsonResumeFromPdfFile } from './cv-pdf';
import { adapterFor } from './entity-adapters';
import type { StoredDocument } from './db';
import type { CvState } from './cv.svelte';
import { cv as cvEntity } from '../domain/entities';
import { cvImport, cvRestore, cvVersions } from '../domain/cv/operations';
import type { CvImportResult, CvVersionSummary } from '../domain/cv/versions';
import type { CvResource } from '../domain/cv/model';

/** What the last action came to, as text keys for the page (`cv.history.*`). */
export type HistoryOutcome =
	| { kind: 'restored'; number: number }
	| { kind: 'imported'; unmapped: CvImportResult['unmapped']; problems: CvImportResult['problems'] }
	| { kind: 'error'; key: string; detail?: string };

export class CvHistory {
	versions = $state.raw<CvVersionSummary[] | null>(null);
	busy = $state(false);
	outcome = $state.raw<HistoryOutcome | null>(null);

	constructor(private readonly cv: CvState) {}

	/** Restore and import replace the document on the server: only once her own changes are there. */
	async #ready(): Promise<boolean> {
		await this.cv.flush();
		if (this.cv.status === 'offline' || this.cv.status === 'phone') {
			this.outcome = { kind: 'error', key: 'cv.history.waitForSync' };
			return false;
		}
		if (this.cv.status === 'invalid' || this.cv.status === 'conflict') {
			this.outcome = { kind: 'error', key: 'cv.history.fixFirst' };
			return false;
		}
		return true;
	}

	async load(): Promise<void> {
		this.busy = true;
		const answer = await call(cvVersions);
		this.busy = false;
		if (answer.ok) this.versions = answer.data.versions;
		else
			this.outcome = {
				kind: 'error',
				key: answer.status === 0 ? 'cv.history.offline' : 'cv.history.failed'
			};
	}

	async #store(resource: CvResource): Promise<void> {
		const db = this.cv.db;
		const spec = this.cv.spec;
		if (!db || !spec) return;
		const record = adapterFor(cvEntity).parse(resource) as StoredDocument;
		await db.put('cv', record, spec.id as 'me');
		await this.cv.reload();
	}

	async restore(number: number): Promise<void> {
		if (!(await this.#ready())) return;
		this.busy = true;
		const answer = await call(cvRestore, { params: { n: String(number) } });
		this.busy = false;
		if (!answer.ok) {
			this.outcome = {
				kind: 'error',
				key: answer.status === 0 ? 'cv.history.offline' : 'cv.history.failed'
			};
			return;
		}
		await this.#store(answer.data);
		this.outcome = { kind: 'restored', number };
		await this.load();
	}

	/** Her file: a JSON Resume, or the PDF this app made (its JSON Resume is inside it). */
	async importFile(file: File): Promise<void> {
		if (!(await this.#ready())) return;
		this.busy = true;
		try {
			const resume = await readResume(file);
			if (resume === null) {
				this.outcome = { kind: 'error', key: 'cv.history.unreadable' };
				return;
			}
			const answer = await call(cvImport, { body: resume as Record<string, unknown> });
			if (!answer.ok) {
				this.outcome = {
					kind: 'error',
					key: answer.status === 0 ? 'cv.history.offline' : 'cv.history.importRefused',
					detail: answer.problem?.detail ?? answer.problem?.title
				};
				return;
			}
			await this.#store(answer.data);
			this.outcome = {
				kind: 'imported',
				unmapped: answer.data.unmapped,
				problems: answer.data.problems
			};
			await this.load();
		} finally {
			this.busy = false;
		}
	}

	/** The CV as a PDF made on the phone and saved by the browser; the file's name. */
	async pdf(): Promise<string> {
		const values = $state.snapshot(this.cv.values!);
		return downloadCvPdf(values, values.pdfLanguage);
	}
}

async function readResume(file: File): Promise<unknown> {
	if (file.type === 'application/pdf' || /\.pdf$/i.test(file.name)) {
		return jsonResumeFromPdfFile(file);
	}
	try {
		const value: unknown = JSON.parse(await file.text());
		return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : null;
	} catch {
		return null;
	}
}
