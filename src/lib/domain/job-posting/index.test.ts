import { describe, expect, it } from 'vitest';
import * as jobPosting from '.';

describe('the module index', () => {
	it('exports what src/lib/domain/job-posting.ts exported before the split, nothing more', () => {
		expect(Object.keys(jobPosting).sort()).toEqual([
			'LIMITS',
			'decodeEntities',
			'describeLocation',
			'elementLines',
			'formatProblem',
			'htmlToText',
			'isJobPostingType',
			'mapJobPosting',
			'mapSourceRecord',
			'parseDateTime',
			'parseNumber',
			'readWeeklyHours',
			'recordsIn'
		]);
	});
});
