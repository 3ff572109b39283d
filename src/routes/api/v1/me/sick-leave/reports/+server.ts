import { sickLeaveReports } from '$lib/domain/entities';
import { citizenMutation, citizenQuery } from '$lib/server/api-route';
import { json } from '$lib/server/http';
import { createSickLeaveReport, listSickLeaveReports } from '$lib/server/sick-leave-reports';

// Health data: never cached anywhere but on her own phone (the service worker never caches /api/).
const noStore = { 'cache-control': 'private, no-store' };

export const GET = citizenQuery(sickLeaveReports.operations.list, async ({ db, user }) =>
	json({ items: await listSickLeaveReports(db, user.id) }, { headers: noStore })
);

export const POST = citizenMutation(
	sickLeaveReports.operations.create,
	async ({ db, user, body }) => {
		const { report, created } = await createSickLeaveReport(db, user, body);
		return json(report, { status: created ? 201 : 200, headers: noStore });
	}
);
