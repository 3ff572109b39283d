/**
 * Each entity's IndexedDB store on the phone, apart from its definition: the phone's database
 * (client/db.ts) is opened on public pages too (ads kept for offline use), and this table brings no
 * validation library along. Each definition takes its `local` from here (index.ts checks that the
 * two name the same entities).
 */
import type { LocalStore } from './types';

export const localStores = {
	joblog: { keyPath: 'id', createdIn: 2 },
	savedJobs: { keyPath: 'jobId', createdIn: 2 },
	savedSearches: { keyPath: 'id', createdIn: 2 },
	sickLeave: { keyPath: null, createdIn: 2 },
	cv: { keyPath: null, createdIn: 2 },
	sickLeaveReports: { keyPath: 'id', createdIn: 3 },
	meetings: { keyPath: 'id', createdIn: 2 },
	conversationRequests: { keyPath: 'id', createdIn: 3 }
} as const satisfies Record<string, LocalStore>;
