/**
 * The CV's API on the built server (PGlite, and PostgreSQL with API_TEST_DB=postgres): ETag/If-Match,
 * validation naming the field, JSON Resume export checked against the v1.0.0 schema, versions (her own
 * only, coalesced, one kept before every restore and import) and import of JSON Resume and the app's
 * own PDF. The 10-minute coalescing window itself is tested with a clock in src/lib/server/cv.test.ts.
 */
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { makeCvPdf } from '../../src/lib/cv-pdf';
import { fontsFromDisk } from '../../src/lib/cv-pdf/fonts-from-disk.testkit';
import schema from '../../src/lib/domain/cv/json-resume-schema.json';
import { toJsonResume } from '../../src/lib/domain/cv/json-resume';
import { emptyCv, type Cv } from '../../src/lib/domain/cv/model';
import type { CvVersion, CvVersionSummary } from '../../src/lib/domain/cv/versions';
import { api, expectProblem, sessionOf } from './client';

const PATH = '/api/v1/me/cv';
const OWNER = 'anna';
/** Never writes a CV in this file, so she has no versions. */
const OTHER = 'sofie';

interface Resource {
	document: Cv;
	etag: string;
}

function cvWith(summary: string, changes: Partial<Cv> = {}): Cv {
	const cv = emptyCv();
	return {
		...cv,
		contact: { ...cv.contact, name: 'Anna Ærø', email: 'anna@eksempel.dk' },
		summary,
		experience: [
			{
				id: '5d0c2f36-2a51-4b3e-9d0f-0d6f1f0e7a11',
				title: 'Lagermedarbejder',
				employer: 'Lageret A/S',
				hideEmployer: false,
				start: '2019-03',
				end: '2024-06',
				description: 'Pluk og pak'
			}
		],
		...changes
	};
}

async function current(cookie: string): Promise<Resource> {
	const answer = await api(PATH, { cookie });
	expect(answer.status).toBe(200);
	expect(answer.headers.get('etag')).toBe((answer.body as Resource).etag);
	return answer.body as Resource;
}

function put(cookie: string, body: unknown, ifMatch: string) {
	return api(PATH, { method: 'PUT', cookie, json: body, headers: { 'if-match': ifMatch } });
}

async function save(cookie: string, document: Cv): Promise<Resource> {
	const answer = await put(cookie, document, (await current(cookie)).etag);
	expect(answer.status).toBe(200);
	return answer.body as Resource;
}

async function versions(cookie: string): Promise<CvVersionSummary[]> {
	const answer = await api(`${PATH}/versions`, { cookie });
	expect(answer.status).toBe(200);
	return (answer.body as { versions: CvVersionSummary[] }).versions;
}

async function version(cookie: string, n: number): Promise<CvVersion> {
	const answer = await api(`${PATH}/versions/${n}`, { cookie });
	expect(answer.status).toBe(200);
	return answer.body as CvVersion;
}

describe('CV document (ETag / If-Match)', () => {
	it('saves with the current ETag and answers a stale one with 412 and the current copy', async () => {
		const cookie = await sessionOf(OWNER);
		const start = await current(cookie);
		const first = await put(cookie, cvWith(`Enhed A ${Date.now()}`), start.etag);
		expect(first.status).toBe(200);
		const saved = first.body as Resource;
		expect(saved.etag).not.toBe(start.etag);

		const stale = await put(cookie, cvWith('Enhed B'), start.etag);
		const problem = expectProblem(stale, 412);
		expect(problem.current).toEqual(saved.document);
		expect(stale.headers.get('etag')).toBe(saved.etag);
		expect((await current(cookie)).document).toEqual(saved.document);
	});

	it('refuses an invalid e-mail with 400 naming contact.email, and a job ending before it began', async () => {
		const cookie = await sessionOf(OWNER);
		const { etag } = await current(cookie);
		const cv = cvWith('Forkert e-mail');
		cv.contact.email = 'anna@';
		const email = expectProblem(await put(cookie, cv, etag), 400);
		expect(email.errors?.map((e) => e.field)).toEqual(['contact.email']);

		const dates = cvWith('Forkerte datoer');
		dates.experience[0]!.end = '2018-01';
		const ended = expectProblem(await put(cookie, dates, etag), 400);
		expect(ended.errors).toEqual([
			{ field: 'experience.0.end', message: 'Slutdatoen kan ikke ligge før startdatoen' }
		]);
		expect((await current(cookie)).etag).toBe(etag);
	});

	it('answers JSON Resume with ?format=jsonresume, valid against the v1.0.0 schema', async () => {
		const cookie = await sessionOf(OWNER);
		const saved = await save(cookie, cvWith('Som JSON Resume'));
		const answer = await api(`${PATH}?format=jsonresume`, { cookie });
		expect(answer.status).toBe(200);
		expect(answer.headers.get('cache-control')).toBe('private, no-cache');
		const ajv = new Ajv({ strict: false, allErrors: true });
		addFormats(ajv);
		const validate = ajv.compile(schema);
		expect(validate(answer.body), JSON.stringify(validate.errors)).toBe(true);
		expect(answer.body).toEqual(JSON.parse(JSON.stringify(toJsonResume(saved.document))));

		const unknown = expectProblem(await api(`${PATH}?format=xml`, { cookie }), 400);
		expect(unknown.errors?.map((e) => e.field)).toEqual(['format']);
	});

	it('is carried by the delta feed', async () => {
		const cookie = await sessionOf(OWNER);
		const saved = await save(cookie, cvWith(`Feed ${Date.now()}`));
		const seen: { entity: string; data: unknown }[] = [];
		let since = '';
		for (let more = true; more;) {
			const query = since ? `since=${since}&limit=100` : 'limit=100';
			const feed = await api(`/api/v1/me/changes?${query}`, { cookie });
			expect(feed.status).toBe(200);
			const page = feed.body as { changes: typeof seen; cursor: string; hasMore: boolean };
			seen.push(...page.changes);
			[since, more] = [page.cursor, page.hasMore];
		}
		const cvChange = seen.find((change) => change.entity === 'cv');
		expect(cvChange?.data).toMatchObject({ etag: saved.etag, document: saved.document });
	});
});

describe('CV versions', () => {
	it('another citizen’s versions, and numbers that are not versions, answer 404', async () => {
		const owner = await sessionOf(OWNER);
		await save(owner, cvWith(`Mine ${Date.now()}`));
		const [latest] = await versions(owner);
		expect(latest).toBeDefined();
		const other = await sessionOf(OTHER);
		expectProblem(await api(`${PATH}/versions/${latest!.number}`, { cookie: other }), 404);
		expectProblem(
			await api(`${PATH}/versions/${latest!.number}/restore`, { method: 'POST', cookie: other }),
			404
		);
		expect(await versions(other)).toEqual([]);
		for (const bad of ['0', 'abc', '99999999', '-1']) {
			expectProblem(await api(`${PATH}/versions/${bad}`, { cookie: owner }), 404);
		}
	});

	it('restore keeps the CV as it was first; saves right after coalesce into one version', async () => {
		const cookie = await sessionOf(OWNER);
		const before = await save(cookie, cvWith(`Før gendannelse ${Date.now()}`));
		const oldest = (await versions(cookie)).at(-1)!;
		const target = (await version(cookie, oldest.number)).document;

		const restore = await api(`${PATH}/versions/${oldest.number}/restore`, {
			method: 'POST',
			cookie
		});
		expect(restore.status).toBe(200);
		expect((restore.body as Resource).document).toEqual(target);
		expect(restore.headers.get('etag')).toBe((restore.body as Resource).etag);

		const list = await versions(cookie);
		expect(list[0]).toMatchObject({ kind: 'autosave' });
		expect(list[1]).toMatchObject({ kind: 'before-restore' });
		expect((await version(cookie, list[1]!.number)).document).toEqual(before.document);

		// Two saves within the 10 minutes: still one version, holding the last.
		await save(cookie, cvWith('Efter 1'));
		const last = await save(cookie, cvWith('Efter 2', { skills: ['Truckkort'] }));
		const after = await versions(cookie);
		expect(after.map((v) => v.number)).toEqual(list.map((v) => v.number));
		const newest = await version(cookie, after[0]!.number);
		expect(newest.document).toEqual(last.document);
		expect(newest.changed).toEqual(['summary', 'skills']);
	});
});

describe('CV import', () => {
	it('imports a JSON Resume after keeping the CV as it was, and reports what it could not map', async () => {
		const cookie = await sessionOf(OWNER);
		const before = await save(cookie, cvWith(`Før import ${Date.now()}`));
		const resume = {
			basics: { name: 'Anna Import', email: 'anna@eksempel.dk', label: 'Lagerchef' },
			work: [{ name: 'Firma', position: 'Chauffør', startDate: '2015-02-01', location: 'Vejle' }],
			awards: [{ title: 'Månedens medarbejder' }]
		};
		const answer = await api(`${PATH}/import`, { method: 'POST', cookie, json: resume });
		expect(answer.status).toBe(200);
		const body = answer.body as Resource & {
			unmapped: { field: string }[];
			versionBefore: number;
		};
		expect(body.document.contact.name).toBe('Anna Import');
		expect(body.document.experience[0]).toMatchObject({ title: 'Chauffør', start: '2015-02' });
		expect(body.unmapped.map((u) => u.field).sort()).toEqual([
			'awards',
			'basics.label',
			'work[0].location'
		]);
		expect((await current(cookie)).document).toEqual(body.document);
		const kept = await version(cookie, body.versionBefore);
		expect(kept).toMatchObject({ kind: 'before-import', document: before.document });
	});

	it('imports the app’s own PDF back to the same CV', async () => {
		const cookie = await sessionOf(OWNER);
		const cv = cvWith('Fra min PDF', { skills: ['Truckkort', 'Førstehjælp'], pdfLanguage: 'en' });
		const pdf = await makeCvPdf(cv, { language: 'en', fonts: fontsFromDisk() });
		const answer = await api(`${PATH}/import`, {
			method: 'POST',
			cookie,
			body: new Blob([new Uint8Array(pdf)]),
			headers: { 'content-type': 'application/pdf' }
		});
		expect(answer.status).toBe(200);
		expect((answer.body as Resource).document).toEqual(cv);
		expect((answer.body as { unmapped: unknown[] }).unmapped).toEqual([]);
	});

	it('refuses a PDF it did not make (400), other types (415) and a body that is not an object (400)', async () => {
		const cookie = await sessionOf(OWNER);
		const { etag } = await current(cookie);
		const other = await api(`${PATH}/import`, {
			method: 'POST',
			cookie,
			body: '%PDF-1.4\n1 0 obj << >> endobj\n%%EOF',
			headers: { 'content-type': 'application/pdf' }
		});
		expectProblem(other, 400);
		const text = await api(`${PATH}/import`, {
			method: 'POST',
			cookie,
			body: '<cv><name>Anna</name></cv>',
			headers: { 'content-type': 'application/xml' }
		});
		expectProblem(text, 415);
		expectProblem(await api(`${PATH}/import`, { method: 'POST', cookie, json: [1, 2] }), 400);
		expect((await current(cookie)).etag).toBe(etag);
	});
});
