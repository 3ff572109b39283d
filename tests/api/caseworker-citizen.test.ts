/**
 * The caseworker's view of a citizen (issues #16, #17): lars, her caseworker, sees anna's CV, her
 * sick-leave reports and the facts her Min side overview is built from — the same ones her phone has.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { emptyCv, type Cv } from '../../src/lib/domain/cv/model';
import { progress } from '../../src/lib/domain/cv/rules';
import { todayLocal } from '../../src/lib/domain/local-time';
import { api, sessionOf } from './client';

interface Seen {
	cv: { document: Cv } | null;
	reports: { id: string; kind: string }[];
	facts: {
		situation: string;
		applications: { appliedOn: string }[];
		cv: { percent: number; missing: string[] } | null;
		meetings: { held: number } | null;
		sickLeave: unknown;
	};
}

let anna = '';
let lars = '';
let annaId = '';

beforeAll(async () => {
	[anna, lars] = await Promise.all([sessionOf('anna'), sessionOf('lars')]);
	annaId = ((await api('/api/v1/me', { cookie: anna })).body as { id: string }).id;
});

describe('a citizen as her caseworker sees her', () => {
	it('shows lars anna’s CV, her reports and the facts of her overview', async () => {
		const today = todayLocal();
		const { etag } = (await api('/api/v1/me/cv', { cookie: anna })).body as { etag: string };
		const cv = emptyCv();
		const name = `Anna ${crypto.randomUUID().slice(0, 8)}`;
		cv.contact = { ...cv.contact, name, email: 'anna@eksempel.dk' };
		cv.wishes = { ...cv.wishes, jobTitles: ['Lagermedarbejder'] };
		const saved = await api('/api/v1/me/cv', {
			method: 'PUT',
			cookie: anna,
			json: cv,
			headers: { 'if-match': etag }
		});
		expect(saved.status).toBe(200);
		const report = { id: crypto.randomUUID(), reportedOn: today, kind: 'fullReturn', date: today };
		const posted = await api('/api/v1/me/sick-leave/reports', {
			method: 'POST',
			cookie: anna,
			json: report,
			headers: { 'idempotency-key': crypto.randomUUID() }
		});
		expect(posted.status).toBe(201);
		const logged = await api('/api/v1/me/joblog', {
			method: 'POST',
			cookie: anna,
			json: {
				appliedOn: today,
				jobTitle: 'Lagermedarbejder',
				employer: 'Lageret',
				method: 'other'
			},
			headers: { 'idempotency-key': crypto.randomUUID() }
		});
		expect(logged.status).toBe(201);

		const answer = await api(`/api/v1/caseworker/citizens/${annaId}`, { cookie: lars });
		expect(answer.status).toBe(200);
		expect(answer.headers.get('cache-control')).toContain('no-store');
		const seen = answer.body as Seen;
		expect(seen.cv?.document.contact.name).toBe(name);
		expect(seen.reports.map((r) => r.id)).toContain(report.id);
		expect(seen.facts.situation).toBe('dagpenge');
		// Contact and job wishes of five required parts.
		expect(seen.facts.cv).toEqual({
			percent: progress(cv).percent,
			missing: progress(cv).missing.map((part) => `cv.progress.parts.${part}`)
		});
		expect(seen.facts.cv?.percent).toBe(40);
		expect(seen.facts.applications).toContainEqual({ appliedOn: today });
		expect(seen.facts.meetings).not.toBeNull();
		// Her sick leave is no fact of a dagpenge overview, though her reports are shown.
		expect(seen.facts.sickLeave).toBeNull();
	});
});
