/**
 * Each synced entity's table on the server, in the order of the domain registry
 * (domain/entities). The delta feed reads them all; a consistency test checks both lists agree.
 */
import { cvTable } from './cv';
import { joblogTable } from './joblog';
import { savedJobsTable } from './saved-jobs';
import { savedSearchesTable } from './saved-searches';
import { sickLeaveTable } from './sick-leave';
import type { SyncedTable } from './synced-table';

export const syncedTables: SyncedTable[] = [
	joblogTable,
	savedJobsTable,
	savedSearchesTable,
	sickLeaveTable,
	cvTable
];
