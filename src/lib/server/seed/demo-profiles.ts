import type { users } from '../db/schema';

type Profile = Omit<typeof users.$inferInsert, 'id' | 'caseworkerId' | 'createdAt'> & {
	caseworkerSubject?: string;
};

/**
 * The jobcenter's own records of the demo people. Their identities (name, password) live in the local
 * OpenID Provider; the jobcenter knows them by the provider's subject.
 */
export const demoProfiles: Profile[] = [
	{
		subject: 'demo-lars',
		name: 'Lars Holm',
		role: 'caseworker',
		municipalityCode: '751',
		jobcenter: 'Jobcenter Aarhus'
	},
	{
		subject: 'demo-mette',
		name: 'Mette Berg',
		role: 'caseworker',
		municipalityCode: '461',
		jobcenter: 'Jobcenter Odense'
	},
	{
		subject: 'demo-anna',
		name: 'Anna Jensen',
		role: 'citizen',
		birthDate: '1992-03-14',
		municipalityCode: '751',
		benefitType: 'dagpenge',
		targetGroup: 'Dagpengemodtager',
		household: { status: 'single', children: 0 },
		caseworkerSubject: 'demo-lars'
	},
	{
		subject: 'demo-mohammed',
		name: 'Mohammed Ali',
		role: 'citizen',
		birthDate: '1985-06-02',
		municipalityCode: '461',
		benefitType: 'kontanthjaelp',
		targetGroup: 'Jobparat kontanthjælpsmodtager',
		household: { status: 'married', children: 2 },
		caseworkerSubject: 'demo-mette'
	},
	{
		subject: 'demo-sofie',
		name: 'Sofie Nielsen',
		role: 'citizen',
		birthDate: '1998-09-21',
		municipalityCode: '101',
		benefitType: 'sygedagpenge',
		targetGroup: 'Sygedagpengemodtager',
		household: { status: 'cohabiting', children: 0 }
	}
];

/**
 * How many days before the seed each citizen signed up at the jobcentre: anna recently (her CV is due
 * within two weeks of it), mohammed months ago; sofie is sick-listed, not signed up as unemployed.
 */
export const signedUpDaysAgo: Record<string, number> = { 'demo-anna': 9, 'demo-mohammed': 120 };
