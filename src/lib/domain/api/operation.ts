/**
 * An API operation: method, path, who may call it and its schemas. Routes serve exactly one each
 * (`server/api-route.ts`), the OpenAPI document lists them (`server/openapi.ts`), the access policy
 * decides on their `access`, and the browser's typed client (`client/api.ts`) calls them.
 */
import { z } from 'zod';

/**
 * - `anyone`: public (job search, rates).
 * - `signed-in`: any signed-in user, about herself (`/me`, the delta feed).
 * - `citizen`: a citizen's own things; another citizen's id answers 404.
 * - `caseworker`: the console; a citizen's data only through a relation (server/access).
 */
export type Access = 'anyone' | 'signed-in' | 'citizen' | 'caseworker';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface Operation {
	method: HttpMethod;
	/** OpenAPI style: `/api/v1/me/joblog/{id}`. */
	path: string;
	summary: string;
	access: Access;
	query?: z.ZodObject;
	/** What the client may send (validated as sent: `input`). */
	body?: z.ZodType;
	/** What the server answers on success. */
	response?: z.ZodType;
	responseType?: string;
	/** The success status when not 200 (201 for a create, 204 without a body). */
	status?: number;
	/**
	 * The 404's detail when a path id is not a UUID, or names nothing of hers. Every path parameter
	 * of such an operation is checked as a UUID before the handler runs.
	 */
	notFound?: string;
	/**
	 * At most this many calls per signed-in user (a token bucket: `requests` at once, refilled
	 * over `perSeconds`); past it 429 with Retry-After. For operations that cost the database
	 * much per call, so one account cannot make everyone else's requests wait.
	 */
	rateLimit?: RateLimit;
}

export interface RateLimit {
	requests: number;
	perSeconds: number;
}

/** Keeps an operation's literal types (access, method) for the wrappers that check them. */
export function operation<const O extends Operation>(definition: O): O {
	return definition;
}

/** `?cursor=&limit=` of the paged lists (limit at most 100, as the contract says). */
export const pageQuery = z.object({
	cursor: z.string().optional(),
	limit: z.int().min(1).max(100).optional()
});
