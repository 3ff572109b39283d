import type { Cv } from '../cv/model';
import { progress } from '../cv/rules';
import { localDateOf } from '../local-time';
import { nextStep, sickLeaveTimeline, type StepKind } from '../sick-leave/deadlines';
import { emptyFacts, situationOf, type CitizenFacts } from './facts';

/**
 * Each feature's data as it is kept (on the phone or on the server), in the fields the facts need.
 * `null` for a part means "not known here" (see `CitizenFacts`).
 */
export interface FactSources {
	profile: Parameters<typeof situationOf>[0] & { signedUpOn?: string | null };
	applications: readonly { appliedOn: string }[];
	cv: Cv | null;
	meetings: readonly { startsAt: string; endsAt: string; status: string }[] | null;
	requests: readonly { requestedAt: string; deadline: string; status: string }[] | null;
	sickLeave: { firstAbsenceDay: string | null; expectedReturn: string | null } | null;
}

/** i18n keys (under `sickLeave.timeline.steps.`) of the steps worth a line on Min side. */
const STEP_TEXT: Partial<Record<StepKind, string>> = {
	employerConversation: 'sickLeave.timeline.steps.employerConversation',
	fastTrackWindowEnds: 'sickLeave.timeline.steps.fastTrackWindowEnds',
	firstFollowUp: 'sickLeave.timeline.steps.firstFollowUp',
	followUp: 'sickLeave.timeline.steps.followUp',
	reassessment: 'sickLeave.timeline.steps.reassessment'
};

function nextMeeting(meetings: NonNullable<FactSources['meetings']>, now: Date) {
	const ahead = meetings
		.filter((m) => m.status === 'booked' && Date.parse(m.endsAt) > now.getTime())
		.toSorted((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))[0];
	return ahead ? { startsAt: ahead.startsAt, date: localDateOf(new Date(ahead.startsAt)) } : null;
}

function sickLeaveFacts(sick: NonNullable<FactSources['sickLeave']>, today: string) {
	const { firstAbsenceDay: firstDay, expectedReturn } = sick;
	const step = firstDay ? nextStep(sickLeaveTimeline({ firstDay, expectedReturn }), today) : null;
	const textKey = step && STEP_TEXT[step.kind];
	return {
		firstSickDay: firstDay,
		expectedReturn,
		next: step && textKey ? { date: step.date, textKey } : null
	};
}

/**
 * Her facts from each feature's data: the one place this is done, so the phone (from IndexedDB,
 * offline) and the caseworker console (from the database) show her the very same overview.
 */
export function collectFacts(sources: FactSources, now: Date): CitizenFacts {
	const situation = situationOf(sources.profile);
	const today = localDateOf(now);
	const open = sources.requests
		?.filter((r) => r.status === 'open')
		.toSorted((a, b) => a.deadline.localeCompare(b.deadline))[0];
	const cv = sources.cv && progress(sources.cv);
	return {
		...emptyFacts(situation),
		signedUpOn: sources.profile?.signedUpOn ?? null,
		applications: sources.applications.map(({ appliedOn }) => ({ appliedOn })),
		cv: cv && {
			percent: cv.percent,
			missing: cv.missing.map((part) => `cv.progress.parts.${part}`)
		},
		meetings: sources.meetings && {
			next: nextMeeting(sources.meetings, now),
			held: sources.meetings.filter((m) => m.status === 'held').length
		},
		conversationRequest: open
			? { requestedOn: localDateOf(new Date(open.requestedAt)), deadline: open.deadline }
			: null,
		sickLeave:
			situation === 'sygedagpenge' && sources.sickLeave
				? sickLeaveFacts(sources.sickLeave, today)
				: null
	};
}
