import { operation } from '../api/operation';
import {
	emptySickLeaveStatus,
	sickLeaveResourceSchema,
	sickLeaveStatusSchema,
	type SickLeaveStatus
} from '../sick-leave/status';
import type { DocumentDefinition } from './types';
import { localStores } from './local-stores';

const path = '/api/v1/me/sick-leave';

/** Her sick-leave status: one document, edited on several devices. */
export const sickLeave = {
	name: 'sickLeave',
	kind: 'document',
	conflict: 'field-merge',
	path,
	label: 'sygemeldingen',
	schema: sickLeaveResourceSchema,
	document: sickLeaveStatusSchema,
	empty: emptySickLeaveStatus,
	local: localStores.sickLeave,
	operations: {
		get: operation({
			method: 'get',
			path,
			summary:
				'Min sygemeldingsstatus med ETag (en tom standard i version 0, hvis jeg ikke har skrevet noget)',
			access: 'citizen',
			response: sickLeaveResourceSchema
		}),
		put: operation({
			method: 'put',
			path,
			summary:
				'Gem min sygemeldingsstatus. Kræver If-Match (428 uden); en forældet version giver 412 med den nyeste udgave i `current` og `etag`',
			access: 'citizen',
			body: sickLeaveStatusSchema,
			response: sickLeaveResourceSchema
		})
	}
} as const satisfies DocumentDefinition<'sickLeave', SickLeaveStatus>;
