/**
 * How late she may change a meeting herself. Until 24 hours before it starts she can rebook or
 * cancel in the app; after that she calls the jobcentre. Why 24 hours: the caseworker prepares the
 * conversation the day before and can give the time to someone else, and a meeting missed without
 * a lawful reason can affect her benefits, so a late cancellation (illness, a job interview) should
 * reach a person who can note the reason. An indkaldelse sets its own limit (`changeableUntil`).
 */
export const CHANGE_NOTICE_HOURS = 24;

/** The last instant she may change a meeting starting at `startsAt` herself. */
export function changeableUntil(startsAt: string, hours = CHANGE_NOTICE_HOURS): string {
	return new Date(new Date(startsAt).getTime() - hours * 3_600_000).toISOString();
}

export function mayChangeItself(
	meeting: { status: string; changeableUntil: string },
	now: Date
): boolean {
	return meeting.status === 'booked' && now.toISOString() < meeting.changeableUntil;
}

/** Feedback ("Følte du dig hjulpet?") once, after a meeting that was held. */
export function mayGiveFeedback(meeting: { status: string; feedbackGiven: boolean }): boolean {
	return meeting.status === 'held' && !meeting.feedbackGiven;
}

/** Monthly feedback is shown per jobcentre only from this many answers, so no one is recognisable. */
export const FEEDBACK_MIN_ANSWERS = 5;

export function feedbackSummary(scores: number[]): { count: number; average: number } | null {
	if (scores.length < FEEDBACK_MIN_ANSWERS) return null;
	const average = scores.reduce((sum, score) => sum + score, 0) / scores.length;
	return { count: scores.length, average: Math.round(average * 10) / 10 };
}
