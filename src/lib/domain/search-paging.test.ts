import { describe, expect, it } from 'vitest';
import {
	MAX_PREVIOUS_CURSORS,
	nextPageParams,
	pagePosition,
	previousPageParams
} from './search-paging';

const search = new URLSearchParams('v=1&q=p%C3%A6dagog');
const at = (query: string) => pagePosition(new URLSearchParams(`v=1&q=x&${query}`));

describe('search paging', () => {
	it('walks forward three pages and back to the first, keeping the search', () => {
		const one = pagePosition(search);
		expect(one).toEqual({ page: 1, cursor: undefined, previous: [] });
		expect(previousPageParams(search, one)).toBeNull();

		const two = nextPageParams(search, one, 'AAA');
		expect(two.toString()).toBe('v=1&q=p%C3%A6dagog&cursor=AAA&page=2');
		const three = nextPageParams(search, pagePosition(two), 'BBB');
		expect(three.toString()).toBe('v=1&q=p%C3%A6dagog&cursor=BBB&prev=AAA&page=3');
		const four = nextPageParams(search, pagePosition(three), 'C-_c');
		expect(pagePosition(four)).toEqual({ page: 4, cursor: 'C-_c', previous: ['AAA', 'BBB'] });

		const back3 = previousPageParams(search, pagePosition(four))!;
		expect(back3.toString()).toBe(three.toString());
		const back2 = previousPageParams(search, pagePosition(back3))!;
		expect(back2.toString()).toBe(two.toString());
		expect(previousPageParams(search, pagePosition(back2))!.toString()).toBe(search.toString());
	});

	it('reads a link from before page numbers existed as page 2, and garbage as no history', () => {
		expect(at('cursor=AAA')).toEqual({ page: 2, cursor: 'AAA', previous: [] });
		expect(at('cursor=AAA&prev=not%20a%20cursor&page=9')).toEqual({
			page: 9,
			cursor: 'AAA',
			previous: []
		});
		// A page number lower than the history it carries, or not a number, is replaced.
		expect(at('cursor=C&prev=A.B&page=2').page).toBe(4);
		expect(at('cursor=C&prev=A.B&page=x').page).toBe(4);
		// Without a cursor it is page 1, whatever else the link says.
		expect(at('prev=A&page=5')).toEqual({ page: 1, cursor: undefined, previous: [] });
	});

	it('keeps the link short on deep pages; the way back from the oldest kept page is page 1', () => {
		let params = new URLSearchParams(search);
		for (let n = 1; n <= MAX_PREVIOUS_CURSORS + 5; n++) {
			params = nextPageParams(search, pagePosition(params), `c${n}`);
		}
		const deep = pagePosition(params);
		expect(deep.page).toBe(MAX_PREVIOUS_CURSORS + 6);
		expect(deep.previous).toHaveLength(MAX_PREVIOUS_CURSORS);
		let back = params;
		for (let n = 0; n < MAX_PREVIOUS_CURSORS; n++)
			back = previousPageParams(search, pagePosition(back))!;
		expect(pagePosition(back).page).toBe(6);
		expect(previousPageParams(search, pagePosition(back))!.toString()).toBe(search.toString());
	});
});
