import { occupations } from './src/lib/server/seed/job-vocabulary';
function prng(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}
function typicalQueries(count: number): string[] {
	const random = prng(20_261_122);
	const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
	const common = [...occupations].sort((a, b) => b.weight - a.weight).slice(0, 25);
	const typos = ['sygeplejeske', 'pædagogg', 'tømre', 'elektrikker', 'rengørring'];
	const towns = ['101', '751', '461', '851', '147', '561', '621', '630', '265', '730'];
	const postal = ['8000', '5000', '9000', '2300', '6700', '4000', '7100'];
	const sorts = ['relevance', 'newest', 'deadline'] as const;
	return Array.from({ length: count }, (_, i) => {
		const params = new URLSearchParams();
		const occupation = pick(common);
		const r = random();
		if (r < 0.05) params.set('q', pick(typos));
		else if (r < 0.8) {
			const word = pick([
				occupation.title,
				occupation.plural,
				occupation.definite,
				occupation.definitePlural
			]);
			params.set(
				'q',
				random() < 0.15
					? `${word.toLowerCase()} ${pick(['deltid', 'vikar', 'erfaren'])}`
					: word.toLowerCase()
			);
		}
		if (random() < 0.3) params.set('municipality', pick(towns));
		if (random() < 0.2) params.set('occupation', occupation.code.slice(0, random() < 0.5 ? 1 : 2));
		if (random() < 0.25) params.set('hours', pick(['full', 'part']));
		if (random() < 0.2) params.set('postedWithinDays', String(pick([3, 7, 14, 30])));
		if (random() < 0.15) {
			params.set('postalCode', pick(postal));
			params.set('radiusKm', String(pick([5, 10, 25, 50])));
		}
		params.set('sort', sorts[i % sorts.length]!);
		return params.toString();
	});
}
import { openDatabase } from './src/lib/server/db/index';
import { searchJobs } from './src/lib/server/search';
import { fromSearchParams } from './src/lib/domain/job-search';
const h = await openDatabase({ databaseUrl: process.env.URL ?? 'postgres://postgres@127.0.0.1:5432/vj_search_bench', dataDir: '' });
const qs = typicalQueries(200);
for (const s of qs.slice(0, 30)) { const p = fromSearchParams(new URLSearchParams(s)); if (p.success) await searchJobs(h.db, p.data); }
const res: [number, string, number, string][] = [];
for (const s of qs) {
  const p = fromSearchParams(new URLSearchParams(s)); if (!p.success) throw new Error(s);
  const t = performance.now(); const r = await searchJobs(h.db, p.data);
  res.push([performance.now() - t, s, r.total, r.fallback]);
}
res.sort((a, b) => b[0] - a[0]);
const times = res.map((r) => r[0]).sort((a, b) => a - b);
console.log('p50', times[99]?.toFixed(1), 'p95', times[189]?.toFixed(1));
for (const r of res.slice(0, 14)) console.log(r[0].toFixed(1).padStart(7), r[2], r[3], decodeURIComponent(r[1]));
await h.close();
