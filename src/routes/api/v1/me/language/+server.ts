import { myLanguage } from '$lib/domain/api/operations';
import { signedInMutation } from '$lib/server/api-route';
import { json } from '$lib/server/http';
import { setUserLanguage } from '$lib/server/users';

export const PUT = signedInMutation(myLanguage, async ({ db, user, body }) => {
	await setUserLanguage(db, user.id, body.language);
	return json({ language: body.language });
});
