import type { JobGain } from '../domain/job-gain';
import { canComputeGain } from '../domain/job-gain/situation';
import type { JobAd } from '../domain/jobs';
import { todayLocal } from '../domain/local-time';
import type { Session } from './session.svelte';

type GainModule = typeof import('../domain/job-gain');

/**
 * The gain of each job ad for the signed-in citizen, computed on the phone. The calculator and its
 * rate file are loaded (dynamic import) only when her profile allows a gain: an anonymous visitor
 * of the job search never downloads them. Create it while a component initialises.
 */
export class JobGains {
	#module = $state.raw<GainModule | null>(null);
	#today: string | null = null;

	constructor(private readonly session: Pick<Session, 'profile' | 'signedIn'>) {
		$effect(() => {
			if (this.#module || !this.#profile) return;
			void import('../domain/job-gain').then((module) => (this.#module = module));
		});
	}

	/** Her profile when the gain can be computed from it. */
	get #profile() {
		const profile = this.session.profile;
		return this.session.signedIn && profile?.role === 'citizen' && canComputeGain(profile)
			? profile
			: null;
	}

	/** Gains can be shown (and sorted by). */
	get ready(): boolean {
		return this.#module !== null && this.#profile !== null;
	}

	/**
	 * Today in Denmark, asked once and only when a gain is computed: its time-zone formatter is the
	 * costliest Intl object to build (ICU's zone data), and an anonymous visitor needs none.
	 */
	get today(): string {
		return (this.#today ??= todayLocal());
	}

	gainFor(ad: Pick<JobAd, 'weeklyHours' | 'hourlyWageKr' | 'occupation'>): JobGain | null {
		const profile = this.#profile;
		return this.#module && profile ? this.#module.jobGain(profile, ad, this.today) : null;
	}
}
