import { describe, expect, it } from 'vitest';
import { fieldErrors } from '../validation';
import { emptySickLeaveStatus, sickLeaveStatusSchema, type SickLeaveStatus } from './status';

const valid: SickLeaveStatus = {
	expectedReturn: '2026-04-13',
	returnKind: 'partial',
	partialHoursPerWeek: 20,
	contactPreference: 'email',
	note: 'Jeg starter med formiddage.',
	firstAbsenceDay: '2026-02-16',
	employer: 'Bageriet',
	returnCertainty: 'fairly',
	questionnaireDraft: { step: 'help', job: 'Bager', hoursPerWeek: 37, help: ['aids'], helpNote: '' }
};

function errorsOf(value: unknown) {
	const result = sickLeaveStatusSchema.safeParse(value);
	return result.success ? [] : fieldErrors(result.error);
}

describe('sick-leave status', () => {
	it('accepts a full document and the empty default', () => {
		expect(sickLeaveStatusSchema.parse(valid)).toEqual(valid);
		expect(sickLeaveStatusSchema.parse(emptySickLeaveStatus())).toEqual(emptySickLeaveStatus());
	});

	it('reads a document written before the timeline fields with their defaults', () => {
		const { firstAbsenceDay, employer, returnCertainty, questionnaireDraft, ...old } = valid;
		expect([firstAbsenceDay, employer, returnCertainty, questionnaireDraft]).not.toContain(
			undefined
		);
		expect(sickLeaveStatusSchema.parse(old)).toEqual({
			...old,
			firstAbsenceDay: null,
			employer: '',
			returnCertainty: null,
			questionnaireDraft: null
		});
	});

	it('refuses an expected return on or before the first day of absence, at the return', () => {
		expect(errorsOf({ ...valid, expectedReturn: '2026-02-16' }).map((e) => e.field)).toEqual([
			'expectedReturn'
		]);
		expect(errorsOf({ ...valid, expectedReturn: '2026-02-17' })).toEqual([]);
	});

	it('refuses a draft at an unknown step or with an unknown answer, naming the field', () => {
		const draft = (extra: object) => ({ ...valid, questionnaireDraft: { step: 'job', ...extra } });
		expect(errorsOf(draft({ step: 'nowhere' })).map((e) => e.field)).toEqual([
			'questionnaireDraft.step'
		]);
		expect(errorsOf(draft({ help: ['massage'] })).map((e) => e.field)).toEqual([
			'questionnaireDraft.help.0'
		]);
	});

	it('accepts a partial return with at least 4 hours of absence (33 of 37 worked)', () => {
		expect(errorsOf({ ...valid, partialHoursPerWeek: 33 })).toEqual([]);
		expect(errorsOf({ ...valid, partialHoursPerWeek: 0 })).toEqual([]);
	});

	it('refuses a partial return with less than 4 hours of absence, in Danish', () => {
		const errors = errorsOf({ ...valid, partialHoursPerWeek: 34 });
		expect(errors).toHaveLength(1);
		expect(errors[0]!.field).toBe('partialHoursPerWeek');
		expect(errors[0]!.message).toContain('mindst 4 timer');
	});

	it('requires the hours when the return is partial, not otherwise', () => {
		expect(errorsOf({ ...valid, partialHoursPerWeek: null })).toEqual([
			{
				field: 'partialHoursPerWeek',
				message: 'Skriv hvor mange timer om ugen du regner med at arbejde'
			}
		]);
		expect(errorsOf({ ...valid, returnKind: 'full', partialHoursPerWeek: null })).toEqual([]);
		expect(errorsOf({ ...valid, returnKind: 'unknown', partialHoursPerWeek: 37 })).toEqual([]);
	});

	it('refuses hours outside 0–37 and fractions', () => {
		expect(errorsOf({ ...valid, returnKind: 'full', partialHoursPerWeek: 38 })[0]).toEqual({
			field: 'partialHoursPerWeek',
			message: 'Højst 37 timer om ugen'
		});
		expect(errorsOf({ ...valid, partialHoursPerWeek: -1 })[0]?.field).toBe('partialHoursPerWeek');
		expect(errorsOf({ ...valid, partialHoursPerWeek: 7.5 })[0]).toEqual({
			field: 'partialHoursPerWeek',
			message: 'Skriv et helt antal timer'
		});
	});

	it('refuses a date that is not YYYY-MM-DD and accepts null', () => {
		expect(errorsOf({ ...valid, expectedReturn: '13-04-2026' })[0]).toEqual({
			field: 'expectedReturn',
			message: 'Skal være en dato (ÅÅÅÅ-MM-DD)'
		});
		expect(errorsOf({ ...valid, expectedReturn: null })).toEqual([]);
	});

	it('refuses unknown choices, a long note and unknown fields', () => {
		expect(errorsOf({ ...valid, returnKind: 'soon' })[0]?.field).toBe('returnKind');
		expect(errorsOf({ ...valid, contactPreference: 'sms' })[0]?.field).toBe('contactPreference');
		expect(errorsOf({ ...valid, note: 'x'.repeat(1001) })[0]).toEqual({
			field: 'note',
			message: 'Højst 1000 tegn'
		});
		expect(errorsOf({ ...valid, doctor: 'Hansen' })).toEqual([
			{ field: 'doctor', message: 'Feltet kendes ikke' }
		]);
	});

	it('requires every field', () => {
		const { note: _note, ...withoutNote } = valid;
		expect(errorsOf(withoutNote)[0]?.field).toBe('note');
	});
});
