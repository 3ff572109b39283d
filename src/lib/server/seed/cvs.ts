import { eq } from 'drizzle-orm';
import { emptyCv, type Cv } from '../../domain/cv/model';
import type { Database } from '../db';
import { cvDocuments, users } from '../db/schema';

/**
 * Anna's CV as she left it: contact, one job and what she is looking for, but no education and no
 * terms — three of the five parts Jobnet requires, so Min side has a CV deadline to show her.
 */
export function annasHalfCv(): Cv {
	const cv = emptyCv();
	return {
		...cv,
		contact: {
			...cv.contact,
			name: 'Anna Jensen',
			email: 'anna.jensen@eksempel.dk',
			postalCode: '8000',
			city: 'Aarhus C'
		},
		experience: [
			{
				id: '5b0f4a52-6a3e-4c1e-9d2b-0a8f3c6e7d11',
				title: 'Butiksassistent',
				employer: 'Netto Aarhus C',
				hideEmployer: false,
				start: '2019-08',
				end: '2025-10',
				description: 'Kasse, varepåfyldning og kundeservice. Nøgleansvar de sidste to år.'
			}
		],
		wishes: { ...cv.wishes, jobTitles: ['Butiksassistent', 'Kundeservicemedarbejder'] }
	};
}

export async function seedCvs(db: Database): Promise<void> {
	const [anna] = await db.select().from(users).where(eq(users.subject, 'demo-anna'));
	if (!anna) return;
	await db
		.insert(cvDocuments)
		.values({ userId: anna.id, document: annasHalfCv(), version: 1 })
		.onConflictDoNothing();
}
