/**
 * Bad and edge inputs for the schema-driven fuzz suite (tests/api/fuzz.test.ts), generated from the
 * served OpenAPI document's JSON Schemas with fast-check, so a new operation is fuzzed without
 * editing anything here.
 */
import fc from 'fast-check';

export type JsonSchema = {
	type?: string | string[];
	format?: string;
	enum?: unknown[];
	const?: unknown;
	properties?: Record<string, JsonSchema>;
	required?: string[];
	items?: JsonSchema;
	prefixItems?: JsonSchema[];
	anyOf?: JsonSchema[];
	oneOf?: JsonSchema[];
	allOf?: JsonSchema[];
	minimum?: number;
	maximum?: number;
	maxLength?: number;
	default?: unknown;
};

const cursorOf = (key: unknown) => Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
const someId = '0b8f6c8e-3c1a-4c57-9f0e-4b5b2b8d1a11';

/** Strings that have broken servers: NUL, lone surrogates, impossible dates, huge, injection-ish. */
export const edgeStrings: readonly string[] = [
	'',
	' ',
	'\u0000',
	'a\u0000b',
	'\ud800',
	'x\udc00y',
	'\u001b[31mrød\u001b[0m',
	'linje\nfalsk loglinje ERROR',
	'\r\n\tx',
	'\u202eevil',
	'😀👍🏽',
	'<script>alert(1)</script>',
	"' OR 1=1 --",
	'%00',
	'0000-01-01',
	'2026-02-30',
	'2026-99-99',
	'1899-12-31',
	'0000-01-01T00:00:00Z',
	'2026-02-30T00:00:00Z',
	'2026-99-99T10:00:00.000000Z',
	'+275760-09-13T00:00:00.000Z',
	'9999-12-31',
	'NaN',
	'Infinity',
	'-1',
	'1e309',
	'null',
	'__proto__',
	'constructor',
	someId,
	someId.toUpperCase(),
	'a'.repeat(201),
	'a'.repeat(5000),
	'å'.repeat(70_000)
];

/** Cursors of the wrong shape, of another list, and with impossible dates. */
export const edgeCursors: readonly string[] = [
	'garbage',
	'!!!',
	cursorOf([]),
	cursorOf({}),
	cursorOf(null),
	cursorOf([1, 2, 3, 4, 5, 6, 7, 8, 9]),
	cursorOf(['2026-11-20', someId]),
	cursorOf(['0000-01-01', someId]),
	cursorOf(['2026-02-30', someId]),
	cursorOf(['n', '2026-99-99T00:00:00.000000Z', someId]),
	cursorOf(['n', '0000-01-01T00:00:00.000000Z', someId]),
	cursorOf(['d', '2026-02-30', someId]),
	cursorOf(['d', '0000-01-01', someId]),
	cursorOf(['r', 1e308, someId]),
	cursorOf(['r', 'x', someId]),
	cursorOf(['rt', 0.5, 'not-a-uuid']),
	cursorOf(['a\u0000', null, null]),
	cursorOf('x'.repeat(3000))
];

export const edgeValues: readonly unknown[] = [
	null,
	true,
	false,
	0,
	-1,
	1.5,
	1e308,
	-1e308,
	2 ** 53 + 1,
	[],
	{},
	[null],
	{ a: 1 },
	[[[[[[[[[[]]]]]]]]]]
];

/** Raw values for the query string and path, written as they go on the wire (already encoded). */
export const rawUrlValues: readonly string[] = [
	'%',
	'%E0%A4%A',
	'%ED%A0%80',
	'%00',
	'%0A%0D',
	'%2e%2e%2f%2e%2e%2f',
	'..',
	'%C0%AF',
	'%FF%FE'
];

/** The strings that broke the server before: weighted up, so every operation meets them. */
export const dangerousStrings: readonly string[] = [
	'a\u0000b',
	'\ud800',
	'x\udc00y',
	'0000-01-01',
	'2026-02-30',
	'0000-01-01T00:00:00Z',
	'2026-02-30T00:00:00Z',
	'linje\nfalsk loglinje ERROR'
];

/** Arbitrary edge string: a listed one, or random text including lone surrogates. */
export const anyString = fc.oneof(
	{ weight: 3, arbitrary: fc.constantFrom(...dangerousStrings) },
	{ weight: 3, arbitrary: fc.constantFrom(...edgeStrings) },
	{ weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
	{ weight: 1, arbitrary: fc.string({ maxLength: 40 }) }
);

export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
	{ weight: 6, arbitrary: anyString },
	{ weight: 2, arbitrary: fc.constantFrom(...edgeValues) },
	{ weight: 1, arbitrary: fc.integer() },
	{ weight: 1, arbitrary: fc.double() }
);

function types(schema: JsonSchema): string[] {
	if (Array.isArray(schema.type)) return schema.type;
	return schema.type ? [schema.type] : [];
}

/** A value the schema probably accepts, so a mutation of one field reaches deep into the handler. */
export function validValue(schema: JsonSchema, random: () => number): unknown {
	if (schema.const !== undefined) return schema.const;
	if (schema.enum?.length) return schema.enum[Math.floor(random() * schema.enum.length)];
	const union = schema.anyOf ?? schema.oneOf;
	if (union?.length) {
		const nonNull = union.filter((s) => s.type !== 'null');
		return validValue(nonNull[0] ?? union[0]!, random);
	}
	if (schema.allOf?.length) return validValue(schema.allOf[0]!, random);
	const type = types(schema).find((t) => t !== 'null') ?? types(schema)[0];
	switch (type) {
		case 'object': {
			const out: Record<string, unknown> = {};
			for (const [name, property] of Object.entries(schema.properties ?? {})) {
				out[name] = validValue(property, random);
			}
			return out;
		}
		case 'array':
			return schema.items ? [validValue(schema.items, random)] : [];
		case 'integer':
		case 'number':
			return Math.max(schema.minimum ?? 0, Math.min(schema.maximum ?? 10, 1));
		case 'boolean':
			return true;
		case 'null':
			return null;
		case 'string':
		default:
			if (schema.format === 'uuid') return crypto.randomUUID();
			if (schema.format === 'date') return '2026-11-02';
			if (schema.format === 'date-time') return new Date().toISOString();
			if (schema.format === 'email') return 'a@example.dk';
			return 'Fuzz';
	}
}

/** One bad or edge body for a schema: a valid body with one field broken, or no object at all. */
export function badBody(schema: JsonSchema): fc.Arbitrary<unknown> {
	const properties = Object.keys(schema.properties ?? {});
	const valid = fc.integer({ min: 1, max: 2 ** 30 }).map((seed) => {
		// A tiny LCG from fast-check's seed keeps every run reproducible from FUZZ_SEED.
		let state = seed;
		return validValue(schema, () => (state = (state * 48271) % 2147483647) / 2147483647);
	});
	const withField = properties.length
		? fc
				.tuple(valid, fc.constantFrom(...properties), anyValue)
				.map(([body, field, value]) => ({ ...(body as object), [field]: value }))
		: valid;
	const withoutField = properties.length
		? fc.tuple(valid, fc.constantFrom(...properties)).map(([body, field]) => {
				const copy = { ...(body as Record<string, unknown>) };
				delete copy[field];
				return copy;
			})
		: valid;
	const unknownField = fc
		.tuple(valid, fc.constantFrom('extra', '__proto__', 'constructor', 'userId', 'role'), anyValue)
		.map(([body, field, value]) =>
			typeof body === 'object' && body
				? JSON.parse(JSON.stringify({ ...body, [field]: value }))
				: body
		);
	return fc.oneof(
		{ weight: 6, arbitrary: withField },
		{ weight: 1, arbitrary: withoutField },
		{ weight: 1, arbitrary: unknownField },
		{ weight: 1, arbitrary: valid },
		{ weight: 1, arbitrary: anyValue }
	);
}

/** Raw bodies that are not the JSON a handler expects. */
export const rawBodies: readonly string[] = [
	'',
	'not json',
	'{',
	'null',
	'[]',
	'"x"',
	'1',
	'{"a":1,"a":2}',
	'{"__proto__":{"admin":true}}',
	'['.repeat(20_000) + ']'.repeat(20_000),
	'\u0000',
	'\ufeff{}',
	JSON.stringify({ note: 'x'.repeat(1_100_000) })
];

/** Mostly JSON, so most bodies reach validation; the rest test the 415 path. */
export const contentTypes: readonly (string | null)[] = [
	...Array<string>(12).fill('application/json'),
	'application/json; charset=utf-8',
	null,
	'text/plain',
	'application/x-www-form-urlencoded',
	'multipart/form-data; boundary=x',
	'application/json; charset=utf-16',
	'application/merge-patch+json',
	'APPLICATION/JSON',
	'application/jsonx',
	'json'
];
