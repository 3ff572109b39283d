// A citizen with 50 saved searches on the embedded server (50,000 ads): what her list costs when
// the "N nye job" counts are stale (counted anew, as every list did before the counts were kept),
// when they are kept, and how long an anonymous search waits while she sends 40 lists at once.
import { loginThroughLocalIdp } from '../tests/support/oidc-login';
import { startServer } from '../tests/support/server';

const SEARCHES = 50;
/** COUNT_FRESH_MS in server/saved-searches.ts: how long a count is kept. */
const COUNT_FRESH_MS = 60_000;
const JOBS = Number(process.env.BENCH_JOBS ?? 50_000);
const words = ['pædagog', 'sygeplejerske', 'lager', 'kok', 'elektriker', 'tømrer', 'chauffør'];
const places = ['', '&municipality=101', '&municipality=751', '&region=1084', '&hours=full'];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

const server = await startServer({ seedJobCount: JOBS });
try {
	const cookie = await loginThroughLocalIdp(server.baseUrl, 'anna');
	const headers = { cookie, origin: server.baseUrl, 'content-type': 'application/json' };
	const monthAgo = new Date(Date.now() - 30 * 86_400_000).toISOString();
	for (let n = 0; n < SEARCHES; n++) {
		const word = words[n % words.length]!;
		const query = `v=1&q=${encodeURIComponent(word)}${places[n % places.length]}`;
		const body = { id: crypto.randomUUID(), name: `${word} ${n}`, query, lastSeenAt: monthAgo };
		const saved = await fetch(`${server.baseUrl}/api/v1/me/saved-searches`, {
			method: 'POST',
			headers,
			body: JSON.stringify(body)
		});
		if (saved.status !== 201) throw new Error(`save ${n}: ${saved.status}`);
	}
	const list = async () => {
		const started = performance.now();
		const response = await fetch(`${server.baseUrl}/api/v1/me/saved-searches`, { headers });
		await response.arrayBuffer();
		return { ms: performance.now() - started, status: response.status };
	};
	const search = async () => {
		const started = performance.now();
		const response = await fetch(`${server.baseUrl}/api/v1/jobs?v=1&q=kok&limit=20`);
		await response.arrayBuffer();
		return performance.now() - started;
	};

	// Counted when saved, so fresh now; stale once a minute has passed.
	const warm: number[] = [];
	for (let n = 0; n < 10; n++) warm.push((await list()).ms);
	await new Promise((resolve) => setTimeout(resolve, COUNT_FRESH_MS + 1_000));
	const cold = await list();
	for (let n = 0; n < 5; n++) await search();
	const quiet = median(await Promise.all([search(), search(), search()]));

	// 40 lists at once, the counts stale again, and an anonymous search in the middle of them.
	await new Promise((resolve) => setTimeout(resolve, COUNT_FRESH_MS + 1_000));
	const burst = Array.from({ length: 40 }, () => list());
	const during = await search();
	const answers = await Promise.all(burst);

	console.table([
		{
			measure: `list, counts stale (${SEARCHES} counts: the cost of every list before)`,
			ms: cold.ms.toFixed(0)
		},
		{ measure: 'list, counts kept (median of 10)', ms: median(warm).toFixed(1) },
		{ measure: 'anonymous search, quiet', ms: quiet.toFixed(1) },
		{ measure: 'anonymous search during 40 lists at once (stale)', ms: during.toFixed(1) },
		{
			measure: '40 lists at once: answered 200 / 429',
			ms: `${answers.filter((a) => a.status === 200).length} / ${answers.filter((a) => a.status === 429).length}`
		},
		{ measure: 'slowest of the 40 lists', ms: Math.max(...answers.map((a) => a.ms)).toFixed(0) }
	]);
} finally {
	await server.stop();
}
