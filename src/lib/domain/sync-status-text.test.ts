import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/all';
import { savedText, syncStatusTexts, type SyncState } from './sync-status-text';

const da = createTranslator('da');
const say = (state: Partial<SyncState>) =>
	syncStatusTexts({
		online: true,
		syncing: false,
		pending: 0,
		failed: 0,
		everSynced: true,
		...state
	})
		.map((text) => da.t(text.key, { count: text.count, time: '10.15' }))
		.join(' ');

describe('sync status texts', () => {
	it.each<[Partial<SyncState>, string]>([
		[{}, 'Alt er sendt til jobcentret. Sidst kl. 10.15.'],
		[{ everSynced: false }, 'Alt er gemt.'],
		[{ pending: 1 }, '1 ændring venter på at blive sendt.'],
		[{ pending: 3 }, '3 ændringer venter på at blive sendt.'],
		[{ syncing: true, pending: 2 }, 'Sender dine ændringer …'],
		[{ failed: 1 }, 'Resten er sendt til jobcentret. 1 ændring kunne ikke sendes.'],
		[
			{ failed: 2, pending: 1 },
			'1 ændring venter på at blive sendt. 2 ændringer kunne ikke sendes.'
		],
		[{ syncing: true, failed: 1 }, 'Sender dine ændringer … 1 ændring kunne ikke sendes.'],
		[
			{ online: false },
			'Du er offline. Det, du laver, gemmes på telefonen og sendes, når du er online igen.'
		],
		[
			{ online: false, pending: 1 },
			'Du er offline. 1 ændring venter og bliver sendt, når du er online igen.'
		],
		[
			{ online: false, pending: 2, failed: 1, syncing: true },
			'Du er offline. 2 ændringer venter og bliver sendt, når du er online igen. 1 ændring kunne ikke sendes.'
		]
	])('%j → %s', (state, text) => {
		expect(say(state)).toBe(text);
	});

	it('never says all is sent while something waits or was refused', () => {
		for (const online of [true, false])
			for (const syncing of [true, false])
				for (const pending of [0, 1, 5])
					for (const failed of [0, 1, 5]) {
						const text = say({ online, syncing, pending, failed });
						if (pending > 0 || failed > 0) expect(text).not.toMatch(/Alt er/);
						if (online) expect(text).not.toMatch(/offline|online igen/);
					}
	});

	it.each([
		[true, 'Gemt i din joblog.'],
		[
			false,
			'Gemt i din joblog på telefonen. Den bliver sendt til jobcentret, så snart du er online.'
		]
	])('a saved joblog entry, online %s → %s', (online, text) => {
		expect(da.t(savedText('joblog', { online }).key)).toBe(text);
	});
});
