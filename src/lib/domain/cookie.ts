/** One cookie's value from `document.cookie` or a Cookie header, as set (no decoding). */
export function readCookie(cookies: string, name: string): string | undefined {
	for (const part of cookies.split(';')) {
		const eq = part.indexOf('=');
		if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
	}
	return undefined;
}
