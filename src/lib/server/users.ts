import { eq } from 'drizzle-orm';
import type { Profile } from '../domain/api/schemas';
import { municipalityByCode } from '../domain/taxonomy/municipalities';
import type { Language } from '../i18n/languages';
import type { Database } from './db';
import { users, type User } from './db/schema';

export async function profileOf(db: Database, user: User): Promise<Profile> {
	const [caseworker] = user.caseworkerId
		? await db
				.select({ name: users.name, jobcenter: users.jobcenter })
				.from(users)
				.where(eq(users.id, user.caseworkerId))
		: [];
	const municipality = user.municipalityCode
		? municipalityByCode(user.municipalityCode)
		: undefined;
	return {
		id: user.id,
		name: user.name,
		role: user.role,
		birthDate: user.birthDate,
		municipality: municipality ? { code: municipality.code, name: municipality.name } : null,
		benefitType: user.benefitType,
		targetGroup: user.targetGroup,
		household: user.household,
		caseworker: caseworker ?? null,
		jobcenter: user.jobcenter,
		signedUpOn: user.signedUpOn
	};
}

/** Her choice of language, kept so a login on another device opens in it. */
export async function setUserLanguage(db: Database, userId: string, language: Language) {
	await db.update(users).set({ language }).where(eq(users.id, userId));
}
