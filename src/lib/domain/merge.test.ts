import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cvArb } from './cv/cv.testkit';
import { cvSchema, type Cv } from './cv/model';
import { jsonEqual, threeWayMerge, type Json } from './merge';

describe('threeWayMerge', () => {
	const base = {
		status: 'sick',
		from: '2026-02-01',
		contact: { phone: '11111111', email: 'a@b.dk' },
		skills: ['truck', 'lager']
	};

	it('merges fields changed on one side only', () => {
		const local = { ...base, from: '2026-02-02' };
		const remote = { ...base, contact: { ...base.contact, email: 'c@d.dk' } };
		expect(threeWayMerge(base, local, remote)).toEqual({
			merged: { ...base, from: '2026-02-02', contact: { phone: '11111111', email: 'c@d.dk' } },
			conflicts: []
		});
	});

	it('merges nested objects field by field', () => {
		const local = { ...base, contact: { ...base.contact, phone: '22222222' } };
		const remote = { ...base, contact: { ...base.contact, email: 'c@d.dk' } };
		const { merged, conflicts } = threeWayMerge(base, local, remote);
		expect(merged.contact).toEqual({ phone: '22222222', email: 'c@d.dk' });
		expect(conflicts).toEqual([]);
	});

	it('reports a field changed on both sides to different values and keeps the local value', () => {
		const local = { ...base, contact: { ...base.contact, phone: '22222222' } };
		const remote = { ...base, contact: { ...base.contact, phone: '33333333' } };
		const { merged, conflicts } = threeWayMerge(base, local, remote);
		expect(conflicts).toEqual([{ path: 'contact.phone', local: '22222222', remote: '33333333' }]);
		expect(merged.contact.phone).toBe('22222222');
	});

	it('is no conflict when both sides made the same change', () => {
		const local = { ...base, status: 'well', skills: ['truck'] };
		const remote = { ...base, status: 'well', skills: ['truck'] };
		expect(threeWayMerge(base, local, remote)).toEqual({ merged: local, conflicts: [] });
	});

	it('compares arrays as values', () => {
		const local = { ...base, skills: ['truck', 'lager', 'kran'] };
		const remote = { ...base, skills: ['lager'] };
		expect(threeWayMerge(base, local, remote).conflicts).toEqual([
			{ path: 'skills', local: ['truck', 'lager', 'kran'], remote: ['lager'] }
		]);
	});

	it('handles added and removed keys', () => {
		const b: Record<string, Json> = { a: 1, b: 2 };
		const local: Record<string, Json> = { a: 1, b: 2, c: 3 };
		const remote: Record<string, Json> = { a: 1 };
		expect(threeWayMerge(b, local, remote)).toEqual({ merged: { a: 1, c: 3 }, conflicts: [] });
		// Removed on one side, changed on the other: a conflict with `undefined` for the removal.
		expect(threeWayMerge(b, { a: 1, b: 5 }, { a: 1 }).conflicts).toEqual([
			{ path: 'b', local: 5, remote: undefined }
		]);
	});

	it('keeps a key named __proto__ as data', () => {
		const local = JSON.parse('{"__proto__": {"x": 1}, "a": 1}') as Record<string, Json>;
		const { merged } = threeWayMerge({}, local, {});
		expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
		expect(Object.hasOwn(merged, '__proto__')).toBe(true);
	});

	it('merges without a base (first sync) when both added different keys', () => {
		expect(threeWayMerge(undefined, { a: 1 }, { b: 2 })).toEqual({
			merged: { a: 1, b: 2 },
			conflicts: []
		});
	});

	const json = fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>;
	const doc = fc.dictionary(fc.string({ maxLength: 4 }), json, { maxKeys: 6 });

	it('property: no remote change gives local; no local change gives remote', () => {
		fc.assert(
			fc.property(json, json, (b, local) => {
				const onlyLocal = threeWayMerge(b, local, b);
				expect(onlyLocal.conflicts).toEqual([]);
				expect(jsonEqual(onlyLocal.merged, local)).toBe(true);
				const onlyRemote = threeWayMerge(b, b, local);
				expect(onlyRemote.conflicts).toEqual([]);
				expect(jsonEqual(onlyRemote.merged, local)).toBe(true);
			})
		);
	});

	it('property: changes to different top-level keys always merge', () => {
		fc.assert(
			fc.property(doc, doc, doc, (original, l, r) => {
				// Prefixes keep the three key sets apart: b… in the base, l… local only, r… remote only.
				const b = Object.fromEntries(Object.entries(original).map(([k, v]) => [`b${k}`, v]));
				const local = { ...b };
				const remote = { ...b };
				for (const [key, value] of Object.entries(l)) local[`l${key}`] = value;
				for (const [key, value] of Object.entries(r)) remote[`r${key}`] = value;
				const { merged, conflicts } = threeWayMerge(b, local, remote);
				expect(conflicts).toEqual([]);
				expect(jsonEqual(merged, { ...local, ...remote })).toBe(true);
			})
		);
	});

	it('property: symmetric, and every conflict is a real disagreement', () => {
		fc.assert(
			fc.property(doc, doc, doc, (b, local, remote) => {
				const ab = threeWayMerge(b, local, remote);
				const ba = threeWayMerge(b, remote, local);
				const paths = (r: typeof ab) => r.conflicts.map((c) => c.path).sort();
				expect(paths(ba)).toEqual(paths(ab));
				for (const conflict of ab.conflicts) {
					expect(jsonEqual(conflict.local, conflict.remote)).toBe(false);
				}
				if (ab.conflicts.length === 0) expect(jsonEqual(ab.merged, ba.merged)).toBe(true);
			})
		);
	});
});

describe('threeWayMerge of lists of entries (by id)', () => {
	const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
	const job = (n: number, title = `Job ${n}`) => ({ id: id(n), title, employer: `Firma ${n}` });
	const doc = (...jobs: ReturnType<typeof job>[]) => ({ summary: 'Hej', experience: jobs });

	const cases: [string, Json, Json, Json, Json, { path: string }[]][] = [
		[
			'both add different entries: local order, then the remote additions',
			doc(job(1)),
			doc(job(1), job(2)),
			doc(job(3), job(1)),
			doc(job(1), job(2), job(3)),
			[]
		],
		[
			'different fields of the same entry changed on each side',
			doc(job(1)),
			doc({ ...job(1), title: 'Kok' }),
			doc({ ...job(1), employer: 'Kantinen' }),
			doc({ ...job(1), title: 'Kok', employer: 'Kantinen' }),
			[]
		],
		[
			'the same field of the same entry changed on both sides: conflict at its path',
			doc(job(1), job(2)),
			doc(job(1), job(2, 'Kok')),
			doc(job(1), job(2, 'Tjener')),
			doc(job(1), job(2, 'Kok')),
			[{ path: `experience.${id(2)}.title` }]
		],
		[
			'removed on one side, unchanged on the other: removed',
			doc(job(1), job(2)),
			doc(job(2)),
			doc(job(1), job(2), job(3)),
			doc(job(2), job(3)),
			[]
		],
		[
			'removed here, changed there: conflict on the entry, merged keeps the local side',
			doc(job(1), job(2)),
			doc(job(2)),
			doc(job(1, 'Ændret'), job(2)),
			doc(job(2)),
			[{ path: `experience.${id(1)}` }]
		],
		[
			'changed here, removed there: conflict, the local entry stays',
			doc(job(1)),
			doc(job(1, 'Ændret')),
			doc(),
			doc(job(1, 'Ændret')),
			[{ path: `experience.${id(1)}` }]
		],
		[
			'reordered here, a field changed there: local order with the change',
			doc(job(1), job(2)),
			doc(job(2), job(1)),
			doc(job(1, 'Kok'), job(2)),
			doc(job(2), job(1, 'Kok')),
			[]
		]
	];

	it.each(cases)('%s', (_, base, local, remote, merged, conflicts) => {
		const result = threeWayMerge(base, local, remote);
		expect(result.merged).toEqual(merged);
		expect(result.conflicts.map(({ path }) => ({ path }))).toEqual(conflicts);
	});

	it('plain lists (skills) and lists without UUID ids are still compared as whole values', () => {
		const base = { skills: ['truck'], items: [{ id: 'a', n: 1 }] };
		const local = {
			skills: ['truck', 'kran'],
			items: [
				{ id: 'a', n: 1 },
				{ id: 'b', n: 2 }
			]
		};
		const remote = { skills: ['lager'], items: [{ id: 'c', n: 3 }] };
		expect(threeWayMerge(base, local, remote).conflicts.map((c) => c.path)).toEqual([
			'skills',
			'items'
		]);
	});

	it('the sick-leave document (no lists) merges as before', () => {
		const base = { expectedReturn: '2026-04-13', returnKind: 'partial', note: 'a' };
		const local = { ...base, note: 'b' };
		const remote = { ...base, returnKind: 'full' };
		expect(threeWayMerge(base, local, remote)).toEqual({
			merged: { ...base, note: 'b', returnKind: 'full' },
			conflicts: []
		});
	});

	it('property: any two CVs edited from one base merge to a valid CV, entries of both kept', () => {
		fc.assert(
			fc.property(cvArb, cvArb, cvArb, (base, local, remote) => {
				const { merged, conflicts } = threeWayMerge(base as Json, local as Json, remote as Json);
				const ids = (cv: Json) => (cv as Cv).experience.map((e) => e.id);
				const added = ids(remote as Json).filter((i) => !ids(base as Json).includes(i));
				for (const addedId of added) expect(ids(merged)).toContain(addedId);
				if (conflicts.length === 0) expect(cvSchema.safeParse(merged).success).toBe(true);
			}),
			{ numRuns: 100 }
		);
	});
});
