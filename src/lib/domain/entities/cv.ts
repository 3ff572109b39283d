import { z } from 'zod';
import { operation } from '../api/operation';
import { cvResourceSchema, cvSchema, emptyCv, type Cv } from '../cv/model';
import type { DocumentDefinition } from './types';
import { localStores } from './local-stores';

const path = '/api/v1/me/cv';

/** Her CV: one document, written on the phone (often offline) and on other devices. */
export const cv = {
	name: 'cv',
	kind: 'document',
	conflict: 'field-merge',
	path,
	label: 'CV’et',
	schema: cvResourceSchema,
	document: cvSchema,
	empty: emptyCv,
	// The store has existed since version 2 (made empty, waiting for the CV).
	local: localStores.cv,
	operations: {
		get: operation({
			method: 'get',
			path,
			summary:
				'Mit CV med ETag (et tomt CV i version 0, hvis jeg ikke har skrevet noget). Med `?format=jsonresume` som JSON Resume (schema v1.0.0) i stedet',
			access: 'citizen',
			query: z.object({ format: z.enum(['jsonresume']).optional() }),
			response: cvResourceSchema
		}),
		put: operation({
			method: 'put',
			path,
			summary:
				'Gem mit CV. Kræver If-Match (428 uden); en forældet version giver 412 med den nyeste udgave i `current` og `etag`',
			access: 'citizen',
			body: cvSchema,
			response: cvResourceSchema
		})
	}
} as const satisfies DocumentDefinition<'cv', Cv>;
