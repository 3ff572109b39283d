/**
 * Routes bound to their operation. Each `+server.ts` exports a handler made here from one operation
 * (domain/api/operations.ts or an entity definition), which does the preamble every route had
 * written out: problem+json for every failure, the access decision (server/access), path ids
 * checked, the runtime's database, the Idempotency-Key of a mutation and the body read with the
 * operation's own schema. The handler only does its work.
 */
import type { RequestEvent } from '@sveltejs/kit';
import type { z } from 'zod';
import type { Access, Operation } from '../domain/api/operation';
import { isUuid } from '../domain/validation';
import { mayCall, type Actor } from './access/policy';
import { enforce } from './access/problems';
import type { Database } from './db';
import type { User } from './db/schema';
import { apiRoute, HttpProblem } from './http';
import { readJson } from './http';
import { idempotentMutation } from './idempotency';
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

function serve<O extends Operation, C extends PublicContext<O>>(
	operation: O,
	mutation: boolean,
	handler: Handler<C>
) {
	return apiRoute(async (event) => {
		const user = event.locals.user ?? null;
		enforce(mayCall(actorOf(user), operation.access));
		const params = pathParams(operation, event);
		const { db } = await getRuntime();
		const run = async (request: Request) => {
			const body = operation.body
				? await readJson(request, operation.body, {
						optional: operation.body.safeParse({}).success
					})
				: undefined;
			const context = { event, db, params, body, request, user } as unknown as C;
			return handler(context);
		};
		if (!mutation) return run(event.request);
		if (!user) throw new HttpProblem(401);
		return idempotentMutation(db, event.request, user.id, run);
	});
}

type With<A extends Access, M extends Operation['method']> = Operation & { access: A; method: M };
type Reads = 'get';
type Writes = 'post' | 'put' | 'patch' | 'delete';

/** Anyone may ask (job search, rates, the contract). */
export function publicQuery<O extends With<'anyone', Reads>>(
	operation: O,
	handler: Handler<PublicContext<O>>
) {
	return serve(operation, false, handler);
}

/** Any signed-in user asking about herself (`/me`, the delta feed). */
export function signedInQuery<O extends With<'signed-in', Reads>>(
	operation: O,
	handler: Handler<SignedInContext<O>>
) {
	return serve(operation, false, handler);
}

/** A citizen reading her own things. */
export function citizenQuery<O extends With<'citizen', Reads>>(
	operation: O,
	handler: Handler<SignedInContext<O>>
) {
	return serve(operation, false, handler);
}

/** A citizen changing her own things: at most once per Idempotency-Key, the body already checked. */
export function citizenMutation<O extends With<'citizen', Writes>>(
	operation: O,
	handler: Handler<SignedInContext<O>>
) {
	return serve(operation, true, handler);
}

/** The caseworker console reading; a citizen's data only through `mayReadCitizen`. */
export function caseworkerQuery<O extends With<'caseworker', Reads>>(
	operation: O,
	handler: Handler<SignedInContext<O>>
) {
	return serve(operation, false, handler);
}

/** The caseworker console changing what is theirs (slots, meeting outcomes). */
export function caseworkerMutation<O extends With<'caseworker', Writes>>(
	operation: O,
	handler: Handler<SignedInContext<O>>
) {
	return serve(operation, true, handler);
}
