import { me } from '$lib/domain/api/operations';
import { signedInQuery } from '$lib/server/api-route';
import { json } from '$lib/server/http';
import { profileOf } from '$lib/server/users';

export const GET = signedInQuery(me, async ({ db, user }) => json(await profileOf(db, user)));
