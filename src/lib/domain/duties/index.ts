/**
 * "Det gælder for dig": the jobcentre's rules per situation, her state under each, and the
 * overview Min side and the caseworker console show. Pure: no I/O, no clock, no Svelte.
 */
export * from './facts';
export * from './rules';
export * from './evaluate';
export * from './overview';
export * from './collect';
export * from './facts-schema';
