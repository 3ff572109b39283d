import { z } from 'zod';
import { problemSchema } from '../domain/api/schemas';
import { operations } from '../domain/api/operations';

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
