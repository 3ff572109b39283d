/**
 * Who may do what: every access decision of the API, in one place, as plain functions the tests walk
 * as a table. Routes declare their operation's `access`; the route wrapper (server/api-route.ts) asks
 * `mayCall`; services that read a citizen for a caseworker ask `mayReadCitizen`. No handler checks
 * roles by hand.
 */
import type { Access } from '../../domain/api/operation';

export type Actor =
	| { kind: 'anonymous' }
	| { kind: 'citizen'; id: string }
	| { kind: 'caseworker'; id: string; jobcenter: string | null };

/**
 * - `allow`
 * - `sign-in` (401): nobody is signed in.
 * - `citizens-only` / `caseworkers-only` (403): signed in, but in the other role. Said as it is:
 *   a caseworker who opens a citizen's page is told it is for citizens, not the other way round.
 * - `not-found` (404): another citizen's thing — never revealing that it exists.
 */
export type Decision = 'allow' | 'sign-in' | 'citizens-only' | 'caseworkers-only' | 'not-found';

export function mayCall(actor: Actor, access: Access): Decision {
	if (access === 'anyone') return 'allow';
	if (actor.kind === 'anonymous') return 'sign-in';
	if (access === 'signed-in') return 'allow';
	if (access === 'citizen') return actor.kind === 'citizen' ? 'allow' : 'citizens-only';
	return actor.kind === 'caseworker' ? 'allow' : 'caseworkers-only';
}

/** A citizen's own rows: hers, or to everyone else as if they did not exist. */
export function mayUseOwn(actor: Actor, ownerId: string): Decision {
	if (actor.kind === 'anonymous') return 'sign-in';
	return actor.kind === 'citizen' && actor.id === ownerId ? 'allow' : 'not-found';
}

/** What ties a caseworker to a citizen; gathered by the caller from the database. */
export interface Relation {
	/** A meeting (booked, held or cancelled in the last year) between the two. */
	meetingWithCaseworker: boolean;
	/** The citizen has an open conversation request at the caseworker's jobcentre. */
	openRequestAtJobcenter: boolean;
	/** The citizen's assigned caseworker is this caseworker. */
	assignedCaseworker: boolean;
}

/**
 * A caseworker reads a citizen only through a relation: assigned to her, a meeting with her, or her
 * open request at the caseworker's own jobcentre. Without one the citizen does not exist to them
 * (404), so a caseworker of Aarhus cannot open an Odense citizen by guessing her id.
 */
export function mayReadCitizen(actor: Actor, relation: Relation): Decision {
	if (actor.kind === 'anonymous') return 'sign-in';
	if (actor.kind !== 'caseworker') return 'caseworkers-only';
	const related =
		relation.assignedCaseworker ||
		relation.meetingWithCaseworker ||
		relation.openRequestAtJobcenter;
	return related ? 'allow' : 'not-found';
}
