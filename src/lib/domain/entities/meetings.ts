import { z } from 'zod';
import { operation } from '../api/operation';
import {
	bookingInputSchema,
	cancelInputSchema,
	feedbackInputSchema,
	feedbackReceiptSchema,
	meetingListSchema,
	meetingSchema,
	rescheduleInputSchema,
	type Meeting
} from '../booking/model';
import type { ServerOwnedDefinition } from './types';
import { localStores } from './local-stores';

const path = '/api/v1/me/meetings';
const item = `${path}/{id}`;
const notFound = 'Samtalen findes ikke.';

/**
 * Her meetings with the jobcentre: booked by her or indkaldelser. Server-owned: the server decides
 * (a slot may be gone by the time a booking made offline arrives: 409 with the nearest free slots).
 */
export const meetings = {
	name: 'meetings',
	kind: 'server-owned',
	conflict: 'server-wins-with-alternatives',
	path,
	label: 'samtalen',
	key: 'id',
	schema: meetingSchema,
	// The store has existed since version 2 (made empty, waiting for the booking).
	local: localStores.meetings,
	operations: {
		list: operation({
			method: 'get',
			path,
			summary: 'Mine samtaler (kommende og tidligere), også indkaldelser',
			access: 'citizen',
			response: meetingListSchema
		}),
		book: operation({
			method: 'post',
			path,
			summary:
				'Book en ledig tid. Er tiden taget eller trukket tilbage: 409 med de nærmeste ledige tider i `alternatives`',
			access: 'citizen',
			body: bookingInputSchema,
			response: meetingSchema,
			status: 201
		}),
		reschedule: operation({
			method: 'post',
			path: `${item}/reschedule`,
			summary:
				'Flyt samtalen til en anden ledig tid (samme id, SEQUENCE + 1). Senest 24 timer før; derefter 422: ring til jobcentret',
			access: 'citizen',
			body: rescheduleInputSchema,
			response: meetingSchema,
			notFound
		}),
		cancel: operation({
			method: 'post',
			path: `${item}/cancel`,
			summary: 'Aflys samtalen med en begrundelse. Senest 24 timer før; derefter 422: ring',
			access: 'citizen',
			body: cancelInputSchema,
			response: meetingSchema,
			notFound
		}),
		calendar: operation({
			method: 'get',
			path: `${item}/calendar.ics`,
			summary:
				'Samtalen som iCalendar (RFC 5545): fast UID, stigende SEQUENCE, METHOD:CANCEL når den er aflyst',
			access: 'citizen',
			response: z.string(),
			responseType: 'text/calendar',
			notFound
		}),
		feedback: operation({
			method: 'post',
			path: `${item}/feedback`,
			summary: '"Følte du dig hjulpet?" (1–5 og en kommentar), én gang, efter en afholdt samtale',
			access: 'citizen',
			body: feedbackInputSchema,
			response: feedbackReceiptSchema,
			status: 201,
			notFound
		})
	}
} as const satisfies ServerOwnedDefinition<'meetings', Meeting>;
