import { describe, expect, it } from 'vitest';
import { minSideSteps, type CitizenSection } from './min-side';

const all = () => true;
const today = (section: CitizenSection) => !['cv', 'samtaler'].includes(section);
const sections = (steps: ReturnType<typeof minSideSteps>) => steps.map((item) => item.section);

describe('Min side steps', () => {
	it('puts sick leave first for someone on sygedagpenge, with no job-search duties', () => {
		const steps = minSideSteps({ benefitType: 'sygedagpenge', targetGroup: null }, all);
		expect(sections(steps)[0]).toBe('sygemeldt');
		expect(sections(steps)).not.toContain('joblog');
		expect(sections(steps)).not.toContain('job');
	});

	it('tells dagpenge and jobparate kontanthjælp recipients of their joblog duty', () => {
		for (const profile of [
			{ benefitType: 'dagpenge' as const, targetGroup: 'Dagpengemodtager' },
			{ benefitType: 'kontanthjaelp' as const, targetGroup: 'Jobparat kontanthjælpsmodtager' }
		]) {
			const joblog = minSideSteps(profile, all).find((item) => item.section === 'joblog');
			expect(joblog?.textKey).toBe('minSide.steps.joblog');
		}
	});

	it('offers the joblog without a duty to those who do not have it', () => {
		for (const profile of [
			{
				benefitType: 'kontanthjaelp' as const,
				targetGroup: 'Aktivitetsparat kontanthjælpsmodtager'
			},
			{ benefitType: null, targetGroup: null },
			null
		]) {
			const joblog = minSideSteps(profile, all).find((item) => item.section === 'joblog');
			expect(joblog?.textKey).toBe('minSide.steps.joblogOptional');
		}
	});

	it('never offers a section that is not built yet', () => {
		for (const benefitType of ['dagpenge', 'kontanthjaelp', 'sygedagpenge', null] as const) {
			const steps = sections(minSideSteps({ benefitType, targetGroup: null }, today));
			expect(steps).not.toContain('cv');
			expect(steps).not.toContain('samtaler');
			expect(steps).toContain('profil');
		}
	});
});
