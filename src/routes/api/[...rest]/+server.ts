import { problem } from '$lib/server/http';
import type { RequestHandler } from './$types';

/** Any API path without a route of its own: a 404 problem for every method. */
export const fallback: RequestHandler = () =>
	problem(404, { detail: 'Der findes ingen API-adresse her.' });
