import { z } from 'zod';
import { SITUATIONS, type CitizenFacts } from './facts';

const date = z.iso.date();

/** `CitizenFacts` on the wire: the caseworker console gets them and builds the same overview. */
export const citizenFactsSchema = z
	.object({
		situation: z.enum(SITUATIONS),
		signedUpOn: date.nullable(),
		applications: z.array(z.object({ appliedOn: date })).readonly(),
		cv: z.object({ percent: z.number(), missing: z.array(z.string()).readonly() }).nullable(),
		meetings: z
			.object({
				next: z.object({ startsAt: z.iso.datetime(), date }).nullable(),
				held: z.int()
			})
			.nullable(),
		conversationRequest: z.object({ requestedOn: date, deadline: date }).nullable(),
		sickLeave: z
			.object({
				firstSickDay: date.nullable(),
				expectedReturn: date.nullable(),
				next: z.object({ date, textKey: z.string() }).nullable()
			})
			.nullable()
	})
	.meta({ id: 'CitizenFacts' }) satisfies z.ZodType<CitizenFacts>;
