import { sickLeaveAdapter } from './document-store';
import { joblogAdapter } from './joblog-store';
import { savedJobsAdapter } from './saved-jobs-store';
import { savedSearchesAdapter } from './saved-searches-adapter';
import type { EntityAdapter } from './sync';

/** How the server's answers and delta changes land in local stores: one list for tabs and worker. */
export const entityAdapters: Record<string, EntityAdapter> = {
	joblog: joblogAdapter,
	savedJobs: savedJobsAdapter,
	savedSearches: savedSearchesAdapter,
	sickLeave: sickLeaveAdapter
};
