import type { RequestEvent } from '@sveltejs/kit';
import type { User } from '../db/schema';
import { HttpProblem } from '../http';

/** The signed-in user of an API request, or a 401/403 problem. */
export function requireUser(event: RequestEvent, role?: User['role']): User {
	const user = event.locals.user;
	if (!user) throw new HttpProblem(401, { detail: 'Log ind for at se dine oplysninger.' });
	if (role && user.role !== role) {
		throw new HttpProblem(403, { detail: 'Denne del er kun for jobcentrets medarbejdere.' });
	}
	return user;
}
