import { operation, pageQuery } from '../api/operation';
import {
	joblogEntryInputSchema,
	joblogEntryPatchSchema,
	joblogEntrySchema,
	joblogPageSchema,
	type JoblogEntry
} from '../joblog';
import type { CollectionDefinition } from './types';
import { localStores } from './local-stores';

const path = '/api/v1/me/joblog';
const item = `${path}/{id}`;
const notFound = 'Ansøgningen findes ikke i din joblog.';

/** The joblog: the applications she has sent, a legal duty for many. */
export const joblog = {
	name: 'joblog',
	kind: 'collection',
	conflict: 'last-write',
	path,
	label: 'ansøgningen',
	key: 'id',
	schema: joblogEntrySchema,
	deleteMissing: 'not-found',
	limit: {
		max: 5000,
		detail:
			'Du kan højst have 5.000 ansøgninger i din joblog. Kontakt dit jobcenter, hvis du har brug for flere.'
	},
	local: localStores.joblog,
	operations: {
		list: operation({
			method: 'get',
			path,
			summary: 'Min joblog, nyeste ansøgning først',
			access: 'citizen',
			query: pageQuery,
			response: joblogPageSchema
		}),
		create: operation({
			method: 'post',
			path,
			summary: 'Skriv en ansøgning i joblog',
			access: 'citizen',
			body: joblogEntryInputSchema,
			response: joblogEntrySchema,
			status: 201
		}),
		patch: operation({
			method: 'patch',
			path: item,
			summary: 'Ret en ansøgning i joblog',
			access: 'citizen',
			body: joblogEntryPatchSchema,
			response: joblogEntrySchema,
			notFound
		}),
		remove: operation({
			method: 'delete',
			path: item,
			summary: 'Slet en ansøgning fra joblog',
			access: 'citizen',
			status: 204,
			notFound
		})
	}
} as const satisfies CollectionDefinition<'joblog', JoblogEntry>;
