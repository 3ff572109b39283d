import { describe, expect, it } from 'vitest';
import { fieldErrors } from '../validation';
import {
	partialReturnProblem,
	sickLeaveReportInputSchema,
	sickLeaveReportSchema,
	toReport,
	withdrawalProblem
} from './reports';

const id = '0b6f3f44-9a39-4f57-9f55-6f0f1d2b7e11';
const answers = {
	job: 'Pædagog',
	hoursPerWeek: 37,
	employerContact: 'planned',
	expectedDuration: 'over8',
	help: ['fewerHours', 'treatment'],
	helpNote: 'Fysioterapi to gange om ugen',
	wantsConversation: true
};

function fieldsOf(value: unknown): string[] {
	const parsed = sickLeaveReportInputSchema.safeParse(value);
	return parsed.success ? [] : fieldErrors(parsed.error).map((error) => error.field);
}

describe('sick-leave reports', () => {
	it.each([
		[{ kind: 'questionnaire', answers }],
		[{ kind: 'partialReturn', from: '2026-12-07', hoursWorked: 20, normalHours: 37 }],
		[{ kind: 'partialReturn', from: '2026-12-07', hoursWorked: 33, normalHours: 37 }],
		[{ kind: 'partialReturn', from: '2026-12-07', hoursWorked: 0, normalHours: 4 }],
		[{ kind: 'fullReturn', date: '2026-12-14' }],
		[{ kind: 'withdrawal', withdraws: crypto.randomUUID() }],
		[{ kind: 'fastTrack' }]
	])('accepts %o', (report) => {
		expect(fieldsOf({ id, reportedOn: '2026-12-05', ...report })).toEqual([]);
	});

	it.each([
		// [report, the field named]
		[
			{ kind: 'partialReturn', from: '2026-12-07', hoursWorked: 34, normalHours: 37 },
			'hoursWorked'
		],
		[
			{ kind: 'partialReturn', from: '2026-12-07', hoursWorked: 38, normalHours: 37 },
			'hoursWorked'
		],
		[{ kind: 'partialReturn', from: '2026-12-07', hoursWorked: 1, normalHours: 3 }, 'hoursWorked'],
		[{ kind: 'partialReturn', from: '2026-02-30', hoursWorked: 10, normalHours: 37 }, 'from'],
		[
			{ kind: 'partialReturn', from: '2026-12-07', hoursWorked: 10.25, normalHours: 37 },
			'hoursWorked'
		],
		[{ kind: 'fullReturn', date: 'i morgen' }, 'date'],
		[{ kind: 'withdrawal', withdraws: 'x' }, 'withdraws'],
		[{ kind: 'sick' }, 'kind'],
		[{ kind: 'questionnaire', answers: { ...answers, job: '  ' } }, 'answers.job'],
		[{ kind: 'questionnaire', answers: { ...answers, help: ['aids', 'aids'] } }, 'answers.help'],
		[{ kind: 'questionnaire', answers: { ...answers, helpNote: 'a\u0000b' } }, 'answers.helpNote'],
		[{ kind: 'fastTrack', doctor: 'Hansen' }, 'doctor']
	])('refuses %o at %s', (report, field) => {
		expect(fieldsOf({ id, reportedOn: '2026-12-05', ...report })).toEqual([field]);
	});

	it('says how many hours she may work at most when too little absence would remain', () => {
		expect(partialReturnProblem(34, 37)).toContain('højst arbejde 33 timer');
		expect(partialReturnProblem(33, 37)).toBeNull();
	});

	it('gives a fast-track request its 2-week deadline, and other reports none', () => {
		const fast = toReport(
			{ id, reportedOn: '2026-12-28', kind: 'fastTrack' },
			'2026-12-28T09:00:00Z'
		);
		expect(fast.deadline).toBe('2027-01-11');
		expect(sickLeaveReportSchema.parse(fast)).toEqual(fast);
		const full = toReport(
			{ id, reportedOn: '2026-12-05', kind: 'fullReturn', date: '2026-12-07' },
			'2026-12-05T09:00:00Z'
		);
		expect(full).toMatchObject({ deadline: null, withdrawnAt: null });
	});

	it.each([
		[{ kind: 'fullReturn', reportedOn: '2026-12-05', withdrawnAt: null }, '2026-12-05', null],
		[
			{ kind: 'fullReturn', reportedOn: '2026-12-04', withdrawnAt: null },
			'2026-12-05',
			'samme dag'
		],
		[
			{ kind: 'fullReturn', reportedOn: '2026-12-05', withdrawnAt: '2026-12-05T10:00:00Z' },
			'2026-12-05',
			'allerede'
		],
		[{ kind: 'withdrawal', reportedOn: '2026-12-05', withdrawnAt: null }, '2026-12-05', 'kan ikke'],
		[undefined, '2026-12-05', 'findes ikke']
	] as const)('withdrawing %o on %s: %s', (target, reportedOn, problem) => {
		const answer = withdrawalProblem(target, { reportedOn });
		if (problem === null) expect(answer).toBeNull();
		else expect(answer).toContain(problem);
	});
});
