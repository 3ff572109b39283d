/**
 * "Forrige side" and page numbers for the search page's keyset paging. A keyset cursor only leads
 * forward, so the page's URL also carries the cursors of the pages before it (`prev`, oldest
 * first, dot-separated: base64url has no dots) and its number (`page`). Both are read only by the
 * search page; the API never sees them. A link without them (made before they existed) is page 2
 * when it has a cursor, and "Forrige side" then leads to page 1. Pure, no I/O.
 */

/** At most this many earlier cursors travel in a link (about 100 characters each). */
export const MAX_PREVIOUS_CURSORS = 30;
const MAX_PAGE = 100_000;
const cursorPattern = /^[A-Za-z0-9_-]{1,512}$/;

export interface PagePosition {
	/** 1 for the first page. */
	page: number;
	/** The cursor that opened this page; undefined on page 1. */
	cursor: string | undefined;
	/** The cursors of earlier pages (not page 1, which has none), oldest first. */
	previous: string[];
}

/** Where in the results a search page's URL is. Values that cannot be right are ignored. */
export function pagePosition(params: URLSearchParams): PagePosition {
	const cursor = params.get('cursor')?.trim() || undefined;
	if (!cursor) return { page: 1, cursor: undefined, previous: [] };
	const raw = params.get('prev')?.trim() ?? '';
	const listed = raw === '' ? [] : raw.split('.');
	const previous =
		listed.length <= MAX_PREVIOUS_CURSORS && listed.every((c) => cursorPattern.test(c))
			? listed
			: [];
	const minimum = previous.length + 2;
	const stated = Number(params.get('page'));
	const page =
		Number.isInteger(stated) && stated >= minimum && stated <= MAX_PAGE ? stated : minimum;
	return { page, cursor, previous };
}

function withPosition(search: URLSearchParams, position: PagePosition): URLSearchParams {
	const params = new URLSearchParams(search);
	for (const name of ['cursor', 'prev', 'page']) params.delete(name);
	if (position.page === 1 || !position.cursor) return params;
	params.set('cursor', position.cursor);
	if (position.previous.length > 0) params.set('prev', position.previous.join('.'));
	params.set('page', String(position.page));
	return params;
}

/** The next page's parameters: `search` is the canonical search without paging. */
export function nextPageParams(
	search: URLSearchParams,
	from: PagePosition,
	nextCursor: string
): URLSearchParams {
	// The oldest cursors give way when the list is full: "Forrige side" then jumps to page 1 from there.
	const previous = (from.cursor ? [...from.previous, from.cursor] : []).slice(
		-MAX_PREVIOUS_CURSORS
	);
	return withPosition(search, { page: from.page + 1, cursor: nextCursor, previous });
}

/** The previous page's parameters, or null on page 1. */
export function previousPageParams(
	search: URLSearchParams,
	from: PagePosition
): URLSearchParams | null {
	if (from.page <= 1) return null;
	const cursor = from.previous.at(-1);
	// No earlier cursor known (page 2, or a trimmed list): the first page is the way back.
	if (!cursor) return withPosition(search, { page: 1, cursor: undefined, previous: [] });
	return withPosition(search, {
		page: from.page - 1,
		cursor,
		previous: from.previous.slice(0, -1)
	});
}
