import { operation } from '../api/operation';
import { saveJobInputSchema, savedJobListSchema, savedJobSchema } from '../jobs-schema';
import type { SavedJob } from '../jobs';
import type { CollectionDefinition } from './types';
import { localStores } from './local-stores';

const path = '/api/v1/me/saved-jobs';
const item = `${path}/{jobId}`;
const notFound = 'Jobannoncen findes ikke.';

/** Job ads she keeps, with the ad as it was, so a saved job opens offline and after it is taken down. */
export const savedJobs = {
	name: 'savedJobs',
	kind: 'collection',
	conflict: 'last-write',
	path,
	label: 'det gemte job',
	key: 'jobId',
	schema: savedJobSchema,
	deleteMissing: 'ok',
	limit: {
		max: 500,
		detail: 'Du kan højst gemme 500 job. Fjern nogle, du ikke skal bruge, og prøv igen.'
	},
	local: localStores.savedJobs,
	operations: {
		list: operation({
			method: 'get',
			path,
			summary: 'Mine gemte job, senest gemt først',
			access: 'citizen',
			response: savedJobListSchema
		}),
		get: operation({
			method: 'get',
			path: item,
			summary: 'Et gemt job',
			access: 'citizen',
			response: savedJobSchema,
			notFound
		}),
		create: operation({
			method: 'put',
			path: item,
			summary: 'Gem et job (201 første gang, 200 hvis det allerede er gemt)',
			access: 'citizen',
			body: saveJobInputSchema,
			response: savedJobSchema,
			status: 201,
			notFound
		}),
		remove: operation({
			method: 'delete',
			path: item,
			summary: 'Fjern et gemt job',
			access: 'citizen',
			status: 204,
			notFound
		})
	}
} as const satisfies CollectionDefinition<'savedJobs', SavedJob>;
