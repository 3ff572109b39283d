import { z } from 'zod';

/**
 * The jobcenter API's shapes. Handlers validate with them, the client types its fetches with them, and
 * the served OpenAPI document is generated from them: one description, three uses.
 */

export const problemSchema = z
	.object({
		type: z.string(),
		title: z.string(),
		status: z.int(),
		detail: z.string().optional(),
		errors: z.array(z.object({ field: z.string(), message: z.string() })).optional()
	})
	// RFC 9457 allows extension members, e.g. a 412's `current` document.
	.loose()
	.meta({ id: 'Problem', description: 'RFC 9457 problem details' });

export const healthSchema = z
	.object({
		status: z.literal('ok'),
		db: z.enum(['pglite', 'postgres']),
		version: z.string()
	})
	.meta({ id: 'Health' });

export const postalCodeSchema = z.object({
	code: z.string().regex(/^\d{4}$/),
	town: z.string(),
	pickable: z.boolean()
});

export const municipalitySchema = z
	.object({
		code: z.string().regex(/^\d{3}$/),
		name: z.string(),
		region: z.object({ code: z.string(), name: z.string() }),
		postalCodes: z.array(postalCodeSchema)
	})
	.meta({ id: 'Municipality' });

export const municipalityListSchema = z.object({ items: z.array(municipalitySchema) });

export const occupationGroupSchema = z
	.object({
		code: z.string().regex(/^\d{1,2}$/),
		level: z.enum(['major', 'subMajor']),
		parentCode: z.string().nullable(),
		title: z.object({ da: z.string(), en: z.string() }),
		usedInDenmark: z.boolean()
	})
	.meta({ id: 'OccupationGroup' });

export const occupationListSchema = z.object({ items: z.array(occupationGroupSchema) });

export const benefitTypeSchema = z.enum(['dagpenge', 'kontanthjaelp', 'sygedagpenge']);

export const profileSchema = z
	.object({
		id: z.uuid(),
		name: z.string(),
		role: z.enum(['citizen', 'caseworker']),
		birthDate: z.iso.date().nullable(),
		municipality: z.object({ code: z.string(), name: z.string() }).nullable(),
		benefitType: benefitTypeSchema.nullable(),
		targetGroup: z.string().nullable(),
		household: z
			.object({
				status: z.enum(['single', 'married', 'cohabiting']),
				children: z.int().min(0)
			})
			.nullable(),
		caseworker: z.object({ name: z.string(), jobcenter: z.string().nullable() }).nullable(),
		jobcenter: z.string().nullable(),
		/**
		 * The day she signed up at the jobcentre; null when the jobcentre has not recorded it (and in
		 * a profile a phone kept from before the field existed).
		 */
		signedUpOn: z.iso.date().nullable().default(null)
	})
	.meta({ id: 'Profile' });

export type Profile = z.infer<typeof profileSchema>;
export type Health = z.infer<typeof healthSchema>;
export type Municipality = z.infer<typeof municipalitySchema>;
export type OccupationGroup = z.infer<typeof occupationGroupSchema>;
export type Problem = z.infer<typeof problemSchema>;
