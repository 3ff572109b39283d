import { describe, expect, it } from 'vitest';
import {
	describeLocation,
	elementLines,
	formatProblem,
	mapSourceRecord,
	recordsIn
} from './records';
import { minimalRecord, now, withChanges } from './test-records';

describe('containers', () => {
	it('takes the records of an array, with their positions and lines', () => {
		const text = '[\n  {"a": "[,{"},\n\n  {"b": [1, 2,\n 3]},\n  5\n]';
		expect(elementLines(text)).toEqual([2, 4, 6]);
		expect(recordsIn(JSON.parse(text), 1, elementLines(text)).map((r) => r.location)).toEqual([
			{ line: 2, index: 1 },
			{ line: 4, index: 2 },
			{ line: 6, index: 3 }
		]);
	});

	it('takes the JobPostings of a @graph, follows node references and inherits @context', () => {
		const text = JSON.stringify(
			{
				'@context': 'https://schema.org',
				'@graph': [
					{ '@type': 'Organization', '@id': '#org', name: 'Vejle Kommune' },
					{ ...withChanges({ hiringOrganization: { '@id': '#org' } }) },
					{ '@type': 'WebPage', name: 'Job' }
				]
			},
			null,
			2
		);
		const sources = recordsIn(JSON.parse(text), 1, elementLines(text));
		expect(sources).toHaveLength(1);
		const [source] = sources;
		expect(source?.location).toEqual({ line: 9, index: 2 });
		expect(source?.context).toBe('https://schema.org');
		const result = mapSourceRecord(source!, now);
		expect(result.ok && result.job.employer).toBe('Vejle Kommune');
	});

	it('reports a @graph without JobPostings', () => {
		const sources = recordsIn({ '@graph': [{ '@type': 'Organization' }] }, 3);
		expect(sources).toHaveLength(1);
		const result = mapSourceRecord(sources[0]!, now);
		expect(result).toEqual({
			ok: false,
			errors: [{ field: '@graph', message: 'indeholder ingen JobPosting' }]
		});
	});

	it('handles graphs inside arrays and a single object', () => {
		const value = [{ '@graph': [minimalRecord(), minimalRecord()] }, minimalRecord()];
		expect(recordsIn(value, null).map((r) => r.location)).toEqual([
			{ line: null, index: 1 },
			{ line: null, index: 1 },
			{ line: null, index: 2 }
		]);
		expect(recordsIn(minimalRecord(), 7)).toEqual([
			{ record: minimalRecord(), location: { line: 7, index: null } }
		]);
	});

	it('finds @graph lines past other keys and nested arrays', () => {
		const text =
			'{"name": "x", "list": [1, [2]],\n "@graph": [\n {"@type": "Thing"},\n {"k": "\\"]"}\n ]}';
		expect(elementLines(text)).toEqual([3, 4]);
		expect(elementLines('{"@type": "JobPosting"}')).toEqual([]);
		expect(elementLines('[]')).toEqual([]);
	});
});

describe('report lines', () => {
	it('say where and what', () => {
		expect(
			formatProblem(
				{ line: 7, index: null },
				{ field: 'jobLocation.address.postalCode', message: 'postnummeret 9999 findes ikke' }
			)
		).toBe('linje 7: jobLocation.address.postalCode: postnummeret 9999 findes ikke');
		expect(formatProblem({ line: 3, index: 2 }, { field: '', message: 'ugyldig JSON' })).toBe(
			'linje 3 (post 2): ugyldig JSON'
		);
		expect(describeLocation({ line: null, index: 4 })).toBe('post 4');
	});
});
