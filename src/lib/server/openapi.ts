import { z } from 'zod';
import {
	healthSchema,
	municipalityListSchema,
	occupationListSchema,
	problemSchema,
	profileSchema
} from '../domain/api/schemas';
import { rateTableSchema } from '../domain/calculator/rates';
import { jobSearchParamsSchema } from '../domain/job-search';
import {
	jobAdSchema,
	jobSearchResultSchema,
	savedJobListSchema,
	savedJobSchema,
	saveJobInputSchema
} from '../domain/jobs';
import { changesPageSchema } from './changes';
import { savedSearchInputSchema } from '../domain/saved-search-input';
import { savedSearchListSchema, savedSearchSchema } from '../domain/saved-searches';
import { sickLeaveResourceSchema, sickLeaveStatusSchema } from '../domain/sick-leave';
import {
	joblogEntryInputSchema,
	joblogEntryPatchSchema,
	joblogEntrySchema,
	joblogPageSchema
} from '../domain/joblog';

const pageQuery = z.object({
	cursor: z.string().optional(),
	limit: z.int().min(1).max(100).optional()
});

type Access = 'anyone' | 'citizen' | 'caseworker' | 'signed-in';

interface Operation {
	method: 'get' | 'post' | 'put' | 'patch' | 'delete';
	path: string;
	summary: string;
	access: Access;
	query?: z.ZodObject;
	body?: z.ZodType;
	response?: z.ZodType;
	responseType?: string;
	status?: number;
}

/** Every operation the API serves. A test checks this list against the route files both ways. */
export const operations: Operation[] = [
	{
		method: 'get',
		path: '/api/v1/health',
		summary: 'Status for tjenesten og databasen',
		access: 'anyone',
		response: healthSchema
	},
	{
		method: 'get',
		path: '/api/v1/openapi.json',
		summary: 'Denne beskrivelse af API’et (OpenAPI 3.1)',
		access: 'anyone',
		response: z.record(z.string(), z.unknown())
	},
	{
		method: 'get',
		path: '/api/v1/rates/{year}',
		summary: 'Satserne bag beregneren "Kan det betale sig?" for et år, med status og kilde',
		access: 'anyone',
		response: rateTableSchema
	},
	{
		method: 'get',
		path: '/api/v1/me',
		summary: 'Den indloggede brugers profil',
		access: 'signed-in',
		response: profileSchema
	},
	{
		method: 'get',
		path: '/api/v1/taxonomy/municipalities',
		summary: 'Landets 98 kommuner med region og postnumre',
		access: 'anyone',
		response: municipalityListSchema
	},
	{
		method: 'get',
		path: '/api/v1/taxonomy/occupations',
		summary: 'Stillingsgrupper (DISCO-08: hovedgrupper og undergrupper)',
		access: 'anyone',
		response: occupationListSchema
	},
	{
		method: 'get',
		path: '/api/v1/jobs',
		summary:
			'Søg jobannoncer: fritekst (dansk), filtre, facetter og sider (cursor). Stavefejl i titler findes via trigram.',
		access: 'anyone',
		query: jobSearchParamsSchema,
		response: jobSearchResultSchema
	},
	{
		method: 'get',
		path: '/api/v1/jobs/{id}',
		summary: 'Én jobannonce',
		access: 'anyone',
		response: jobAdSchema
	},
	{
		method: 'get',
		path: '/api/v1/me/saved-jobs',
		summary: 'Mine gemte job, senest gemt først',
		access: 'citizen',
		response: savedJobListSchema
	},
	{
		method: 'get',
		path: '/api/v1/me/saved-jobs/{jobId}',
		summary: 'Et gemt job',
		access: 'citizen',
		response: savedJobSchema
	},
	{
		method: 'put',
		path: '/api/v1/me/saved-jobs/{jobId}',
		summary: 'Gem et job (201 første gang, 200 hvis det allerede er gemt)',
		access: 'citizen',
		body: saveJobInputSchema,
		response: savedJobSchema,
		status: 201
	},
	{
		method: 'delete',
		path: '/api/v1/me/saved-jobs/{jobId}',
		summary: 'Fjern et gemt job',
		access: 'citizen',
		status: 204
	},
	{
		method: 'get',
		path: '/api/v1/me/saved-searches',
		summary: 'Mine gemte søgninger, nyeste først, hver med antal nye job siden sidst set',
		access: 'citizen',
		response: savedSearchListSchema
	},
	{
		method: 'post',
		path: '/api/v1/me/saved-searches',
		summary:
			'Gem en søgning under klientens id (201), eller ret navn, søgning og sidst set for en, jeg har (200). `query` er søgesidens link (v=1&q=…)',
		access: 'citizen',
		body: savedSearchInputSchema,
		response: savedSearchSchema,
		status: 201
	},
	{
		method: 'delete',
		path: '/api/v1/me/saved-searches/{id}',
		summary: 'Slet en gemt søgning',
		access: 'citizen',
		status: 204
	},
	{
		method: 'get',
		path: '/api/v1/me/changes',
		summary: 'Alt mit, der er ændret siden cursoren (delta-synkronisering)',
		access: 'signed-in',
		query: z.object({
			since: z.string().optional(),
			limit: z.int().min(1).max(100).optional()
		}),
		response: changesPageSchema
	},
	{
		method: 'get',
		path: '/api/v1/me/joblog',
		summary: 'Min joblog, nyeste ansøgning først',
		access: 'citizen',
		query: pageQuery,
		response: joblogPageSchema
	},
	{
		method: 'post',
		path: '/api/v1/me/joblog',
		summary: 'Skriv en ansøgning i joblog',
		access: 'citizen',
		body: joblogEntryInputSchema,
		response: joblogEntrySchema,
		status: 201
	},
	{
		method: 'patch',
		path: '/api/v1/me/joblog/{id}',
		summary: 'Ret en ansøgning i joblog',
		access: 'citizen',
		body: joblogEntryPatchSchema,
		response: joblogEntrySchema
	},
	{
		method: 'delete',
		path: '/api/v1/me/joblog/{id}',
		summary: 'Slet en ansøgning fra joblog',
		access: 'citizen',
		status: 204
	},
	{
		method: 'get',
		path: '/api/v1/me/sick-leave',
		summary:
			'Min sygemeldingsstatus med ETag (en tom standard i version 0, hvis jeg ikke har skrevet noget)',
		access: 'citizen',
		response: sickLeaveResourceSchema
	},
	{
		method: 'put',
		path: '/api/v1/me/sick-leave',
		summary:
			'Gem min sygemeldingsstatus. Kræver If-Match (428 uden); en forældet version giver 412 med den nyeste udgave i `current` og `etag`',
		access: 'citizen',
		body: sickLeaveStatusSchema,
		response: sickLeaveResourceSchema
	}
];

/** Request bodies are described as sent (`input`), answers as received (`output`). */
function jsonSchema(schema: z.ZodType, io: 'input' | 'output' = 'output'): Record<string, unknown> {
	const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, {
		target: 'draft-2020-12',
		io,
		unrepresentable: 'any',
		reused: 'inline'
	});
	return rest;
}

const problemResponse = {
	description: 'Fejl (RFC 9457)',
	content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } }
};

export function openApiDocument(version: string) {
	const paths: Record<string, Record<string, unknown>> = {};
	for (const op of operations) {
		const parameters = [
			...[...op.path.matchAll(/\{(\w+)\}/g)].map((match) => ({
				name: match[1],
				in: 'path',
				required: true,
				schema: { type: 'string' }
			})),
			...Object.entries(op.query?.shape ?? {}).map(([name, schema]) => ({
				name,
				in: 'query',
				required: !(schema as z.ZodType).safeParse(undefined).success,
				schema: jsonSchema(schema as z.ZodType)
			}))
		];
		const responses: Record<string, unknown> = {
			[String(op.status ?? 200)]: {
				description: 'OK',
				...(op.response
					? {
							content: {
								[op.responseType ?? 'application/json']: { schema: jsonSchema(op.response) }
							}
						}
					: {})
			},
			'4XX': problemResponse
		};
		paths[op.path] ??= {};
		paths[op.path]![op.method] = {
			summary: op.summary,
			...(op.access === 'anyone' ? { security: [] } : {}),
			'x-access': op.access,
			...(parameters.length ? { parameters } : {}),
			...(op.body
				? {
						requestBody: {
							required: true,
							content: { 'application/json': { schema: jsonSchema(op.body, 'input') } }
						}
					}
				: {}),
			responses
		};
	}
	return {
		openapi: '3.1.0',
		info: {
			title: 'Jobcenter-API (Virtuelt Jobunivers)',
			version,
			description:
				'Den API-kontrakt, som Virtuelt Jobunivers taler med. Fejl er application/problem+json (RFC 9457). Ændringer accepterer Idempotency-Key.'
		},
		servers: [{ url: '/' }],
		components: {
			securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'vj_session' } },
			schemas: { Problem: jsonSchema(problemSchema) }
		},
		security: [{ session: [] }],
		paths
	};
}
