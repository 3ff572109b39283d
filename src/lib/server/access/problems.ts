import { HttpProblem } from '../http';
import type { Decision } from './policy';

const answers: Record<Exclude<Decision, 'allow'>, { status: number; detail: string }> = {
	'sign-in': { status: 401, detail: 'Log ind for at se dine oplysninger.' },
	'citizens-only': {
		status: 403,
		detail: 'Denne del er for borgere. Du er logget ind som medarbejder i jobcentret.'
	},
	'caseworkers-only': { status: 403, detail: 'Denne del er kun for jobcentrets medarbejdere.' },
	'not-found': { status: 404, detail: 'Findes ikke.' }
};

/** Throws the problem a refusal answers with; `notFound` words the 404 for the thing asked for. */
export function enforce(decision: Decision, notFound?: string): void {
	if (decision === 'allow') return;
	const { status, detail } = answers[decision];
	throw new HttpProblem(status, {
		detail: decision === 'not-found' && notFound ? notFound : detail
	});
}
