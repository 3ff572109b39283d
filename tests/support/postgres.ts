import postgres from 'postgres';

/**
 * A new, empty database beside the one `baseUrl` names (`<name>_<suffix>`), for a test file that
 * needs PostgreSQL to itself while other files use the others; dropped first if a run left it.
 */
export async function freshPostgresDatabase(baseUrl: string, suffix: string): Promise<string> {
	const url = new URL(baseUrl);
	const name = `${decodeURIComponent(url.pathname.slice(1))}_${suffix}`;
	const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
	try {
		await admin.unsafe(`drop database if exists "${name}" with (force)`);
		await admin.unsafe(`create database "${name}"`);
	} finally {
		await admin.end();
	}
	url.pathname = `/${encodeURIComponent(name)}`;
	return url.toString();
}
