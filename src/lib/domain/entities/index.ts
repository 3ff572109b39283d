/**
 * The registry of synced entities. Add a definition here and the consistency tests name every part
 * it still lacks (IndexedDB store, adapter, feed source, table, operations).
 */
import { cv } from './cv';
import { joblog } from './joblog';
import { savedJobs } from './saved-jobs';
import { savedSearches } from './saved-searches';
import { sickLeave } from './sick-leave';
import type { EntityDefinition } from './types';

export const entities = [joblog, savedJobs, savedSearches, sickLeave, cv] as const;

export type Entity = (typeof entities)[number];
export type EntityName = Entity['name'];

export function entityNamed(name: string): EntityDefinition | undefined {
	return (entities as readonly EntityDefinition[]).find((entity) => entity.name === name);
}

export { cv, joblog, savedJobs, savedSearches, sickLeave };
export type * from './types';
