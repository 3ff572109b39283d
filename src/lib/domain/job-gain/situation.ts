import type { Profile } from '../api/schemas';

/** The profile fields the gain on a job ad is computed from. */
export type GainProfile = Pick<
	Profile,
	'benefitType' | 'targetGroup' | 'birthDate' | 'household' | 'municipality'
>;

/**
 * Whether the profile says enough to compute the gain of a job: the calculator knows dagpenge and
 * kontanthjælp, and needs her age and household. Kept apart from the calculator, so pages can ask
 * without loading it (anonymous visitors never do).
 */
export function canComputeGain(profile: GainProfile | null | undefined): profile is GainProfile {
	return (
		(profile?.benefitType === 'dagpenge' || profile?.benefitType === 'kontanthjaelp') &&
		profile.birthDate !== null &&
		profile.household !== null
	);
}

/** "ca." amounts: to the nearest 100 kr. */
export function roughKr(amountKr: number): number {
	return Math.round(amountKr / 100) * 100;
}
