import type { Profile } from './api/schemas';

/** The citizen's sections, by the path they live at. */
export type CitizenSection =
	'job' | 'joblog' | 'cv' | 'samtaler' | 'beregner' | 'sygemeldt' | 'profil';

export interface MinSideStep {
	section: CitizenSection;
	/** i18n key of the step's text: a duty is worded as one only for those who have it. */
	textKey: string;
}

const step = (section: CitizenSection, textKey = `minSide.steps.${section}`): MinSideStep => ({
	section,
	textKey
});

/**
 * Jobparate kontanthjælpsmodtagere must register their applications in the joblog, as dagpenge
 * recipients must (lov om en aktiv beskæftigelsesindsats); aktivitetsparate need not. The profile
 * carries the target group only as the jobcentre's text, so "jobparat" is read from it.
 */
function mustKeepJoblog(profile: Pick<Profile, 'benefitType' | 'targetGroup'>): boolean {
	if (profile.benefitType === 'dagpenge') return true;
	return profile.benefitType === 'kontanthjaelp' && /^jobparat/i.test(profile.targetGroup ?? '');
}

/**
 * What Min side puts first, until each citizen has her own page (issue #11): someone on sick leave
 * sees her sick leave first and no job-search duties; a job seeker is told of the joblog only when
 * it is her duty. Sections not built yet (`available` says which are) are never offered.
 */
export function minSideSteps(
	profile: Pick<Profile, 'benefitType' | 'targetGroup'> | null,
	available: (section: CitizenSection) => boolean
): MinSideStep[] {
	const steps =
		profile?.benefitType === 'sygedagpenge'
			? [step('sygemeldt'), step('samtaler'), step('profil')]
			: [
					step('job'),
					profile && mustKeepJoblog(profile)
						? step('joblog')
						: step('joblog', 'minSide.steps.joblogOptional'),
					step('cv'),
					step('samtaler'),
					step('beregner'),
					step('profil')
				];
	return steps.filter((item) => available(item.section));
}
