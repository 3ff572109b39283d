import type { JobAd, JobSearchResult } from '../../src/lib/domain/jobs';

/**
 * Every page of a job search, following `nextCursor`; `search` runs one page (in-process or over
 * HTTP). Stops with an error after `maxPages`, so a cursor that never ends fails the test.
 */
export async function walkSearchPages(
	search: (params: string) => Promise<JobSearchResult>,
	params: string,
	maxPages: number
): Promise<{ pages: JobSearchResult[]; items: JobAd[] }> {
	const pages: JobSearchResult[] = [];
	let cursor: string | null = null;
	do {
		const page: JobSearchResult = await search(
			cursor ? `${params}&cursor=${encodeURIComponent(cursor)}` : params
		);
		pages.push(page);
		cursor = page.nextCursor;
		if (pages.length > maxPages) throw new Error('too many pages');
	} while (cursor);
	return { pages, items: pages.flatMap((page) => page.items) };
}
