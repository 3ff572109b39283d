import type { Profile } from '../domain/api/schemas';
import { collectFacts, type CitizenFacts } from '../domain/duties';
import { cv, sickLeave } from '../domain/entities';
import { listConversationRequests, listMeetings } from './booking-store';
import type { StoredDocument, UserDb } from './db';
import { documentSpec, readDocument } from './document-store';
import { listJoblogEntries } from './joblog-store';

const known = (record: Pick<StoredDocument, 'etag' | 'updatedAt'>) =>
	record.etag !== null || record.updatedAt !== '';

/**
 * Her facts for the rules and Min side, read from the phone's database only (so it works offline,
 * and a write she makes shows at once): each feature's store read here, turned into `CitizenFacts`
 * by `collectFacts` — the same function the caseworker console's answer is built with.
 */
export async function readCitizenFacts(
	db: UserDb,
	profile: Pick<Profile, 'id' | 'benefitType' | 'targetGroup' | 'signedUpOn'>,
	now = new Date()
): Promise<CitizenFacts> {
	const [entries, cvRecord, meetings, requests, sick] = await Promise.all([
		listJoblogEntries(db),
		readDocument(db, documentSpec(cv, profile.id)),
		listMeetings(db),
		listConversationRequests(db),
		readDocument(db, documentSpec(sickLeave, profile.id))
	]);
	return collectFacts(
		{
			profile,
			applications: entries,
			// Never kept on this phone (not synced yet) is "not known", not an empty CV.
			cv: known(cvRecord) ? cvRecord.doc : null,
			meetings,
			requests,
			sickLeave: known(sick) ? sick.doc : null
		},
		now
	);
}
