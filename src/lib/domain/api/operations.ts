/**
 * Every operation the API serves: the public ones and `/me` here, each entity's from its definition
 * (entities/). A test checks this list against the route files both ways.
 */
import { z } from 'zod';
import { languages } from '../../i18n/languages';
import { rateTableSchema } from '../calculator/rate-schema';
import { changesPageSchema } from '../entities/changes';
import { cvOperations } from '../cv/operations';
import { entities } from '../entities';
import { jobSearchParamsSchema } from '../job-search-schema';
import { jobAdSchema, jobSearchListSchema, jobSearchResultSchema } from '../jobs-schema';
import { bookingOperations } from './booking';
import { operation, type Operation } from './operation';
import {
	healthSchema,
	municipalityListSchema,
	occupationListSchema,
	profileSchema
} from './schemas';

export const health = operation({
	method: 'get',
	path: '/api/v1/health',
	summary: 'Status for tjenesten og databasen',
	access: 'anyone',
	response: healthSchema
});

export const openApi = operation({
	method: 'get',
	path: '/api/v1/openapi.json',
	summary: 'Denne beskrivelse af API’et (OpenAPI 3.1)',
	access: 'anyone',
	response: z.record(z.string(), z.unknown())
});

export const rates = operation({
	method: 'get',
	path: '/api/v1/rates/{year}',
	summary: 'Satserne bag beregneren "Kan det betale sig?" for et år, med status og kilde',
	access: 'anyone',
	response: rateTableSchema
});

export const me = operation({
	method: 'get',
	path: '/api/v1/me',
	summary: 'Den indloggede brugers profil',
	access: 'signed-in',
	response: profileSchema
});

export const myLanguage = operation({
	method: 'put',
	path: '/api/v1/me/language',
	summary: 'Mit sprog (da, en, uk, ar): når jeg logger ind på en anden enhed, åbner appen på det',
	access: 'signed-in',
	body: z.strictObject({
		language: z.enum(languages, { error: 'Skal være da, en, uk eller ar' })
	}),
	response: z.object({ language: z.enum(languages) })
});

export const municipalities = operation({
	method: 'get',
	path: '/api/v1/taxonomy/municipalities',
	summary: 'Landets 98 kommuner med region og postnumre',
	access: 'anyone',
	response: municipalityListSchema
});

export const occupations = operation({
	method: 'get',
	path: '/api/v1/taxonomy/occupations',
	summary: 'Stillingsgrupper (DISCO-08: hovedgrupper og undergrupper)',
	access: 'anyone',
	response: occupationListSchema
});

export const searchJobs = operation({
	method: 'get',
	path: '/api/v1/jobs',
	summary:
		'Søg jobannoncer: fritekst (dansk), filtre, facetter og sider (cursor). Stavefejl i titler findes via trigram.',
	access: 'anyone',
	query: jobSearchParamsSchema,
	response: z.union([jobSearchResultSchema, jobSearchListSchema])
});

export const jobAd = operation({
	method: 'get',
	path: '/api/v1/jobs/{id}',
	summary: 'Én jobannonce',
	access: 'anyone',
	response: jobAdSchema,
	notFound: 'Jobannoncen findes ikke. Den kan være taget ned.'
});

export const changes = operation({
	method: 'get',
	path: '/api/v1/me/changes',
	summary: 'Alt mit, der er ændret siden cursoren (delta-synkronisering)',
	access: 'signed-in',
	query: z.object({
		since: z.string().optional(),
		limit: z.int().min(1).max(100).optional()
	}),
	response: changesPageSchema
});

/** Everything served, in the order the OpenAPI document lists it. */
export const operations: Operation[] = [
	health,
	openApi,
	rates,
	me,
	myLanguage,
	municipalities,
	occupations,
	searchJobs,
	jobAd,
	changes,
	...entities.flatMap((entity) => Object.values(entity.operations) as Operation[]),
	...cvOperations,
	...bookingOperations
];
