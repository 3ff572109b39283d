import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
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
