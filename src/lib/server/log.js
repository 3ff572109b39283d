// What the server may write to its log about a failure: a request id, the route pattern and the
// error's class and PostgreSQL code. Never parameters, bodies, query strings or messages: a database
// error's message embeds every parameter of its query (a sick-leave note, a user id).
//
// Plain ESM JavaScript typed with JSDoc, so scripts/serve.js and the local IdP use it too.

/**
 * Control characters and line separators as `\uXXXX`, so no value can forge or split a log line.
 * @param {string} value
 * @param {number} [max]
 */
export function logSafe(value, max = 200) {
	// eslint-disable-next-line no-control-regex -- matching control characters is the point here
	const escaped = value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (char) => {
		return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
	});
	return escaped.length > max ? `${escaped.slice(0, max)}…` : escaped;
}

const sqlState = /^[0-9A-Z]{5}$/;

/**
 * The error's class and the classes of its causes (Drizzle wraps the driver's error), with the
 * first SQLSTATE code found: "DrizzleQueryError < DatabaseError (PostgreSQL 22P05)".
 * @param {unknown} error
 */
export function errorSummary(error) {
	/** @type {string[]} */
	const classes = [];
	/** @type {string | undefined} */
	let code;
	let current = error;
	for (let depth = 0; depth < 4 && current !== undefined && current !== null; depth++) {
		if (typeof current !== 'object') {
			classes.push(typeof current);
			break;
		}
		classes.push(current.constructor?.name || 'Object');
		const candidate = /** @type {{ code?: unknown }} */ (current).code;
		if (code === undefined && typeof candidate === 'string' && sqlState.test(candidate)) {
			code = candidate;
		}
		current = /** @type {{ cause?: unknown }} */ (current).cause;
	}
	const summary = classes.join(' < ') || 'unknown';
	return logSafe(code ? `${summary} (PostgreSQL ${code})` : summary);
}

/**
 * Logs one failure as one line and returns its request id, for the answer to quote.
 * @param {{ method: string; route: string | null }} context `route` is the pattern
 *   (`/api/v1/me/joblog/[id]`), never the path with its ids or the query.
 * @param {unknown} error
 */
export function logServerError(context, error) {
	const requestId = crypto.randomUUID();
	const route = logSafe(context.route ?? '(ingen rute)');
	console.error(
		`Fejl ${requestId}: ${logSafe(context.method, 10)} ${route}: ${errorSummary(error)}`
	);
	return requestId;
}
