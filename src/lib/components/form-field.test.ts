import { describe, expect, it } from 'vitest';
import { describeField } from './form-field';

describe('describeField', () => {
	it('points at the hint and the error that are shown, and marks the field invalid with an error', () => {
		expect(describeField('f', undefined, undefined)).toEqual({
			'aria-describedby': undefined,
			'aria-invalid': undefined
		});
		expect(describeField('f', 'Et tip', undefined)).toEqual({
			'aria-describedby': 'f-hint',
			'aria-invalid': undefined
		});
		expect(describeField('f', 'Et tip', 'Skal udfyldes')).toEqual({
			'aria-describedby': 'f-hint f-error',
			'aria-invalid': 'true'
		});
		expect(describeField('f', '', 'Skal udfyldes')).toEqual({
			'aria-describedby': 'f-error',
			'aria-invalid': 'true'
		});
	});
});
