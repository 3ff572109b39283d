import { describe, expect, it } from 'vitest';
import type { Access } from '../../domain/api/operation';
import { mayCall, mayReadCitizen, mayUseOwn, type Actor, type Decision } from './policy';

const anonymous: Actor = { kind: 'anonymous' };
const anna: Actor = { kind: 'citizen', id: 'anna' };
const lars: Actor = { kind: 'caseworker', id: 'lars', jobcenter: 'Jobcenter Aarhus' };

describe('mayCall: actor × declared access', () => {
	const table: [Actor, Access, Decision][] = [
		[anonymous, 'anyone', 'allow'],
		[anonymous, 'signed-in', 'sign-in'],
		[anonymous, 'citizen', 'sign-in'],
		[anonymous, 'caseworker', 'sign-in'],
		[anna, 'anyone', 'allow'],
		[anna, 'signed-in', 'allow'],
		[anna, 'citizen', 'allow'],
		[anna, 'caseworker', 'caseworkers-only'],
		[lars, 'anyone', 'allow'],
		[lars, 'signed-in', 'allow'],
		[lars, 'citizen', 'citizens-only'],
		[lars, 'caseworker', 'allow']
	];
	it.each(table)('%o calling %s → %s', (actor, access, expected) => {
		expect(mayCall(actor, access)).toBe(expected);
	});
});

describe('mayUseOwn: a citizen’s own rows', () => {
	const table: [Actor, string, Decision][] = [
		[anna, 'anna', 'allow'],
		[anna, 'mohammed', 'not-found'],
		[lars, 'anna', 'not-found'],
		[anonymous, 'anna', 'sign-in']
	];
	it.each(table)('%o using a row of %s → %s', (actor, owner, expected) => {
		expect(mayUseOwn(actor, owner)).toBe(expected);
	});
});

describe('mayReadCitizen: a caseworker only through a relation', () => {
	const none = {
		meetingWithCaseworker: false,
		openRequestAtJobcenter: false,
		assignedCaseworker: false
	};
	const table: [string, Actor, typeof none, Decision][] = [
		['no relation (an Odense citizen for an Aarhus caseworker)', lars, none, 'not-found'],
		['assigned caseworker', lars, { ...none, assignedCaseworker: true }, 'allow'],
		['a meeting between them', lars, { ...none, meetingWithCaseworker: true }, 'allow'],
		['an open request at her jobcentre', lars, { ...none, openRequestAtJobcenter: true }, 'allow'],
		['a citizen asking', anna, { ...none, assignedCaseworker: true }, 'caseworkers-only'],
		['nobody signed in', anonymous, { ...none, assignedCaseworker: true }, 'sign-in']
	];
	it.each(table)('%s → %s', (_case, actor, relation, expected) => {
		expect(mayReadCitizen(actor, relation)).toBe(expected);
	});
});
