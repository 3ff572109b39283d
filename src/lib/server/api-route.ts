/**
 * Routes bound to their operation. Each `+server.ts` exports a handler made here from one operation
 * (domain/api/operations.ts or an entity definition), which does the preamble every route had
 * written out: problem+json for every failure, the access decision (server/access), the
 * operation's per-user rate limit (server/rate-limit.ts), path ids checked, the runtime's
 * database, the Idempotency-Key of a mutation and the body read with the operation's own schema.
 * The handler only does its work.
 */
import type { RequestEvent } from '@sveltejs/kit';
import type { z } from 'zod';
import type { Access, HttpMethod, Operation } from '../domain/api/operation';
import { isUuid } from '../domain/validation';
import { mayCall, type Actor } from './access/policy';
import { enforce } from './access/problems';
import type { Database } from './db';
import type { User } from './db/schema';
import { apiRoute, HttpProblem, readJson } from './http';
import { idempotentMutation } from './idempotency';
import { RateLimiter } from './rate-limit';
import { getRuntime } from './runtime';

type BodyOf<O extends Operation> = O['body'] extends z.ZodType ? z.output<O['body']> : undefined;

export interface PublicContext<O extends Operation> {
	event: RequestEvent;
	db: Database;
	/** Path parameters; those of an operation with `notFound` are UUIDs. */
	params: Record<string, string>;
	body: BodyOf<O>;
	/** The request as read (a mutation's body is already consumed into `body`). */
	request: Request;
}

export interface SignedInContext<O extends Operation> extends PublicContext<O> {
	user: User;
}

type Handler<C> = (context: C) => Promise<Response> | Response;

export function actorOf(user: User | null | undefined): Actor {
	if (!user) return { kind: 'anonymous' };
	return user.role === 'caseworker'
		? { kind: 'caseworker', id: user.id, jobcenter: user.jobcenter }
		: { kind: 'citizen', id: user.id };
}

/** Path parameters in the operation's order; ids of an operation with `notFound` must be UUIDs. */
function pathParams(operation: Operation, event: RequestEvent): Record<string, string> {
	const params: Record<string, string> = {};
	for (const [, name] of operation.path.matchAll(/\{(\w+)\}/g)) {
		const value = (event.params as Record<string, string | undefined>)[name!] ?? '';
		if (operation.notFound !== undefined && !isUuid(value)) {
			throw new HttpProblem(404, { detail: operation.notFound });
		}
		params[name!] = value;
	}
	return params;
}

const rateLimiter = new RateLimiter();

/** 429 with Retry-After when the user has used up the operation's `rateLimit` (per process). */
function limitRate(operation: Operation, user: User | null, factor: number) {
	if (!operation.rateLimit || !user) return;
	const { requests, perSeconds } = operation.rateLimit;
	const wait = rateLimiter.take(`${operation.method} ${operation.path} ${user.id}`, {
		requests: requests * factor,
		perSeconds
	});
	if (wait === 0) return;
	throw new HttpProblem(
		429,
		{ detail: 'Du har spurgt mange gange på kort tid. Vent lidt, og prøv igen.' },
		{ 'retry-after': String(wait) }
	);
}

function serve<O extends Operation>(
	operation: O,
	mutation: boolean,
	handler: Handler<PublicContext<O>>
) {
	return apiRoute(async (event) => {
		const user = event.locals.user ?? null;
		enforce(mayCall(actorOf(user), operation.access));
		const params = pathParams(operation, event);
		const runtime = await getRuntime();
		limitRate(operation, user, runtime.config.rateLimitFactor);
		const run = async (request: Request, db: Database = runtime.db) => {
			const body = operation.body
				? await readJson(request, operation.body, {
						optional: operation.body.safeParse({}).success
					})
				: undefined;
			const context = { event, db, params, body, request, user } as PublicContext<O>;
			return handler(context);
		};
		if (!mutation) return run(event.request);
		if (!user) throw new HttpProblem(401);
		return idempotentMutation(runtime.db, event.request, user.id, run);
	});
}

type With<A extends Access, M extends HttpMethod> = Operation & { access: A; method: M };
type ContextFor<A extends Access, O extends Operation> = A extends 'anyone'
	? PublicContext<O>
	: SignedInContext<O>;

/** A wrapper for operations of one access and kind (reads or writes), checked when a route binds. */
function bind<A extends Access, M extends HttpMethod>(mutation: boolean) {
	return <O extends With<A, M>>(operation: O, handler: Handler<ContextFor<A, O>>) =>
		serve(operation, mutation, handler as Handler<PublicContext<O>>);
}

type Reads = 'get';
type Writes = 'post' | 'put' | 'patch' | 'delete';

/** Anyone may ask (job search, rates, the contract). */
export const publicQuery = bind<'anyone', Reads>(false);
/** Any signed-in user asking about herself (`/me`, the delta feed). */
export const signedInQuery = bind<'signed-in', Reads>(false);
/** Any signed-in user changing something about herself (her language). */
export const signedInMutation = bind<'signed-in', Writes>(true);
/** A citizen reading her own things. */
export const citizenQuery = bind<'citizen', Reads>(false);
/** A citizen changing her own things: at most once per Idempotency-Key, the body already checked. */
export const citizenMutation = bind<'citizen', Writes>(true);
/** The caseworker console reading; a citizen's data only through `mayReadCitizen`. */
export const caseworkerQuery = bind<'caseworker', Reads>(false);
/** The caseworker console changing what is theirs (slots, meeting outcomes). */
export const caseworkerMutation = bind<'caseworker', Writes>(true);
