import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from './src/lib/server/db/index';
import { seedDatabase } from './src/lib/server/seed/index';
import { searchJobs } from './src/lib/server/search';
import { fromSearchParams } from './src/lib/domain/job-search';
const dir = mkdtempSync(join(tmpdir(), 'vj-smoke-'));
const h = await openDatabase({ databaseUrl: null, dataDir: dir });
let t = performance.now();
await seedDatabase(h.db, { jobCount: 3000 });
console.log('seed', performance.now() - t);
for (const qs of ['q=sygeplejersker', 'q=pædagoger&limit=3', 'q=sygeplejeske', 'municipality=751&hours=part', 'occupation=2&sort=deadline', 'postalCode=8000&radiusKm=30', 'q=pæd', 'q=lærer&sort=newest&postedWithinDays=10']) {
  const p = fromSearchParams(new URLSearchParams(qs));
  if (!p.success) { console.log(qs, p.errors); continue; }
  t = performance.now();
  const r = await searchJobs(h.db, p.data);
  console.log(qs, Math.round(performance.now() - t), 'ms total', r.total, r.fallback, r.items.slice(0, 3).map((i) => i.title), r.facets.hours, r.facets.region.length, r.facets.occupation.slice(0, 2), r.nextCursor);
}
await h.close();
rmSync(dir, { recursive: true, force: true });
