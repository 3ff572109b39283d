// Dependency-free, so end-to-end tests can name seeded ads without loading the generator.

/** The seed of the demo data: the same seed gives the same ads on every machine. */
export const SEED = 20_261_122;

/** MurmurHash3's 32-bit finaliser: a bijection on 32-bit integers with good avalanche. */
export function fmix32(input: number): number {
	let h = input >>> 0;
	h ^= h >>> 16;
	h = Math.imul(h, 0x85ebca6b);
	h ^= h >>> 13;
	h = Math.imul(h, 0xc2b2ae35);
	h ^= h >>> 16;
	return h >>> 0;
}

/** The id of the ad at `index`: it depends on the seed and index only, so tests can name seeded ads. */
export function uuidFor(seed: number, index: number): string {
	// w0 is a bijection of the index for a fixed seed, so ids never collide within a seed.
	const w0 = fmix32((index ^ fmix32(seed ^ 0x2545f491)) >>> 0);
	const w1 = fmix32(w0 ^ fmix32(seed + 0x6a09e667));
	const w2 = fmix32(w1 ^ 0xbb67ae85 ^ index);
	const w3 = fmix32(w2 ^ 0x3c6ef372 ^ seed);
	const hex = (n: number, digits: number) =>
		(n >>> 0).toString(16).padStart(digits, '0').slice(-digits);
	return [
		hex(w0, 8),
		hex(w1 >>> 16, 4),
		`4${hex(w1 & 0xfff, 3)}`,
		`${(8 | (w2 >>> 30)).toString(16)}${hex((w2 >>> 16) & 0xfff, 3)}`,
		`${hex(w2 & 0xffff, 4)}${hex(w3, 8)}`
	].join('-');
}
