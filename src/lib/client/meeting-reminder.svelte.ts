import { tomorrowsMeeting } from '../domain/meeting-lists';
import type { MeetingView } from './booking-shapes';
import { listMeetings } from './booking-store';
import type { UserDb } from './db';
import { LocalView } from './local-view.svelte';

const REMINDED_KEY = 'vj-meeting-reminded';

type Permission = NotificationPermission | 'unsupported';

/**
 * Tomorrow's meeting for Min side, and a Notification the day before when she has allowed it. She
 * is asked only when she presses the button, never on load; each meeting is announced once.
 */
export class MeetingReminder extends LocalView<MeetingView[]> {
	/** Epoch ms of the last read: what is ahead and behind is measured from it. */
	nowMs = $state(Date.now());
	meeting = $derived(tomorrowsMeeting(this.data ?? [], this.nowMs));
	permission = $state<Permission>(
		typeof Notification === 'undefined' ? 'unsupported' : Notification.permission
	);

	protected read(db: UserDb) {
		this.nowMs = Date.now();
		return listMeetings(db);
	}

	async allow(): Promise<void> {
		if (typeof Notification === 'undefined') return;
		this.permission = await Notification.requestPermission();
	}

	/** Shows the notification for `meeting` once (remembered on the phone). */
	async notify(meeting: MeetingView, title: string, body: string): Promise<void> {
		if (this.permission !== 'granted') return;
		const done: string[] = JSON.parse(localStorage.getItem(REMINDED_KEY) ?? '[]');
		if (done.includes(meeting.id)) return;
		const registration = await navigator.serviceWorker?.getRegistration();
		if (registration) await registration.showNotification(title, { body, tag: meeting.id });
		else new Notification(title, { body, tag: meeting.id });
		localStorage.setItem(REMINDED_KEY, JSON.stringify([...done, meeting.id].slice(-50)));
	}
}
