import { operation } from '../api/operation';
import {
	conversationRequestInputSchema,
	conversationRequestListSchema,
	conversationRequestSchema,
	type ConversationRequest
} from '../booking/model';
import type { ServerOwnedDefinition } from './types';
import { localStores } from './local-stores';

const path = '/api/v1/me/conversation-requests';

/**
 * "Jeg ønsker en samtale": her requests with their deadlines (10 days; 2 weeks on the sick-leave
 * fast track), open until a meeting is booked for them. The server sets the deadline.
 */
export const conversationRequests = {
	name: 'conversationRequests',
	kind: 'server-owned',
	conflict: 'server-wins-with-alternatives',
	path,
	label: 'anmodningen om en samtale',
	key: 'id',
	schema: conversationRequestSchema,
	local: localStores.conversationRequests,
	operations: {
		list: operation({
			method: 'get',
			path,
			summary: 'Mine anmodninger om en samtale, med frist',
			access: 'citizen',
			response: conversationRequestListSchema
		}),
		create: operation({
			method: 'post',
			path,
			summary:
				'Jeg ønsker en samtale: registreres med frist (10 dage; `fastTrack` 2 uger). Har hun allerede en åben anmodning af samme slags, svares med den (200)',
			access: 'citizen',
			body: conversationRequestInputSchema,
			response: conversationRequestSchema,
			status: 201
		})
	}
} as const satisfies ServerOwnedDefinition<'conversationRequests', ConversationRequest>;
