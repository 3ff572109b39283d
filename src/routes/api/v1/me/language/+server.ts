import { myLanguage } from '$lib/domain/api/operations';
import { signedInMutation } from '$lib/server/api-route';
import { setUserLanguage } from '$lib/server/users';

export const PUT = signedInMutation(myLanguage, async ({ db, user, body }) => {
	await setUserLanguage(db, user.id, body.language);
	return new Response(null, { status: 204 });
});
