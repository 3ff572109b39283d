/**
 * A timeline date as an all-day calendar file she can add on her phone, offline (built in the browser
 * from the shared iCalendar builder). The UID names the kind of step, not its date, so a new file
 * after her first day changed replaces the old event in her calendar instead of adding a second.
 */
import { buildCalendar } from '../calendar';
import type { TimelineStep } from './deadlines';

export function timelineStepCalendar(
	step: TimelineStep,
	text: { summary: string; description: string },
	/** Which follow-up (several share a kind); 0 for the others. */
	index = 0,
	stamp?: string
): string {
	return buildCalendar(
		[
			{
				uid: `sygemelding-${step.kind}-${index}@virtuelt-jobunivers.dk`,
				// The date is the rule's, recomputed each time: a changed date is a new version.
				sequence: Number(step.date.replaceAll('-', '')) % 100_000,
				time: { kind: 'all-day', date: step.date },
				summary: text.summary,
				description: text.description,
				remindMinutesBefore: 24 * 60
			}
		],
		{ ...(stamp ? { stamp } : {}) }
	);
}
