import { citizenOverview, type CitizenFacts, type CitizenOverview } from '../domain/duties';
import { todayLocal } from '../domain/local-time';
import { readCitizenFacts } from './citizen-facts';
import type { UserDb } from './db';
import { LocalView } from './local-view.svelte';

/**
 * Min side's state: her overview, computed on the phone from what IndexedDB holds. Read again on
 * every local change (LocalView), so an application she logs counts at once, offline too.
 */
export class MinSideState extends LocalView<CitizenFacts> {
	readonly today = todayLocal();
	overview = $derived<CitizenOverview | null>(
		this.data ? citizenOverview(this.data, this.today) : null
	);

	protected canRead() {
		return this.session.profile !== null;
	}

	protected read(db: UserDb): Promise<CitizenFacts> {
		return readCitizenFacts(db, this.session.profile!);
	}
}
