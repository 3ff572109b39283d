import type { Profile } from '../domain/api/schemas';
import { emptyFacts, situationOf, type CitizenFacts } from '../domain/duties';
import { sickLeave } from '../domain/entities';
import type { UserDb } from './db';
import { documentSpec, readDocument } from './document-store';
import { listJoblogEntries } from './joblog-store';

/**
 * Her facts for the rules and Min side, read from the phone's database only (so it works offline,
 * and a write she makes shows at once). This is the one place each feature's data is turned into
 * `CitizenFacts`: the CV's completeness, meetings, conversation requests, the sick-leave timeline
 * and the day she signed up are added here as those features land (each one line below, from its
 * own store), and every page using the facts gets them.
 */
export async function readCitizenFacts(
	db: UserDb,
	profile: Pick<Profile, 'id' | 'benefitType' | 'targetGroup'>
): Promise<CitizenFacts> {
	const situation = situationOf(profile);
	const [entries, sick] = await Promise.all([
		listJoblogEntries(db),
		situation === 'sygedagpenge' ? readDocument(db, documentSpec(sickLeave, profile.id)) : null
	]);
	return {
		...emptyFacts(situation),
		applications: entries.map(({ appliedOn }) => ({ appliedOn })),
		sickLeave: sick && {
			// The first sick day and the follow-up steps come with the sick-leave timeline (#15).
			firstSickDay: null,
			expectedReturn: sick.doc.expectedReturn,
			next: null
		}
	};
}
