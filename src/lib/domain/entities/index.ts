/**
 * The registry of synced entities. Add a definition here and the consistency tests name every part
 * it still lacks (IndexedDB store, adapter, feed source, table, operations).
 */
import { cv } from './cv';
import { conversationRequests } from './conversation-requests';
import { joblog } from './joblog';
import { meetings } from './meetings';
import { savedJobs } from './saved-jobs';
import { savedSearches } from './saved-searches';
import { sickLeave } from './sick-leave';
import { sickLeaveReports } from './sick-leave-reports';
import { localStores } from './local-stores';
import type { EntityDefinition } from './types';

export const entities = [
	joblog,
	savedJobs,
	savedSearches,
	sickLeave,
	cv,
	sickLeaveReports,
	meetings,
	conversationRequests
] as const;

export type Entity = (typeof entities)[number];
export type EntityName = Entity['name'];

// Every entity has its store on the phone, and there is no store without an entity.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const storesAgree: Same<keyof typeof localStores, EntityName> = true;
void storesAgree;

export function entityNamed(name: string): EntityDefinition | undefined {
	return (entities as readonly EntityDefinition[]).find((entity) => entity.name === name);
}

export {
	conversationRequests,
	cv,
	joblog,
	meetings,
	savedJobs,
	savedSearches,
	sickLeave,
	sickLeaveReports
};
export type * from './types';
