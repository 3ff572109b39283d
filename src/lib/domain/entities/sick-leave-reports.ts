import { operation } from '../api/operation';
import {
	sickLeaveReportInputSchema,
	sickLeaveReportListSchema,
	sickLeaveReportSchema,
	type SickLeaveReport
} from '../sick-leave/reports';
import type { CollectionDefinition } from './types';
import { localStores } from './local-stores';

const path = '/api/v1/me/sick-leave/reports';

/**
 * What she reports while sick-listed (questionnaire, partial or full return, a same-day withdrawal,
 * fast track). Reports are never deleted: a mistaken one is withdrawn by another report, so the
 * jobcentre sees what happened; hence no `remove` operation.
 */
export const sickLeaveReports = {
	name: 'sickLeaveReports',
	kind: 'collection',
	conflict: 'last-write',
	path,
	label: 'indberetningen',
	key: 'id',
	schema: sickLeaveReportSchema,
	deleteMissing: 'not-found',
	limit: {
		max: 500,
		detail:
			'Du har sendt 500 indberetninger om din sygemelding. Kontakt dit jobcenter, hvis du skal sende flere.'
	},
	local: localStores.sickLeaveReports,
	operations: {
		list: operation({
			method: 'get',
			path,
			summary: 'Mine indberetninger om sygemeldingen, nyeste først',
			access: 'citizen',
			response: sickLeaveReportListSchema
		}),
		create: operation({
			method: 'post',
			path,
			summary:
				'Send en indberetning: oplysningsskema, delvis eller fuld raskmelding, tilbagetrækning samme dag eller fast track. Samme id igen giver den gemte (200)',
			access: 'citizen',
			body: sickLeaveReportInputSchema,
			response: sickLeaveReportSchema,
			status: 201
		})
	}
} as const satisfies CollectionDefinition<'sickLeaveReports', SickLeaveReport>;
