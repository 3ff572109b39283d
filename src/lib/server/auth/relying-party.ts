import * as oidc from 'openid-client';
import { eq } from 'drizzle-orm';
import type { ServerConfig } from '../config';
import type { Database } from '../db';
import { users, type User } from '../db/schema';

type OidcSettings = NonNullable<ServerConfig['oidc']>;

let discovered: { issuer: string; config: Promise<oidc.Configuration> } | null = null;

/** Discovery is lazy and cached: the local provider answers on this same server, after it listens. */
export function providerConfiguration(settings: OidcSettings): Promise<oidc.Configuration> {
	if (discovered?.issuer !== settings.issuer) {
		const issuerUrl = new URL(settings.issuer);
		const config = oidc
			.discovery(
				issuerUrl,
				settings.clientId,
				settings.clientSecret ?? undefined,
				settings.clientSecret ? undefined : oidc.None(),
				issuerUrl.protocol === 'http:' ? { execute: [oidc.allowInsecureRequests] } : undefined
			)
			.catch((error: unknown) => {
				discovered = null;
				throw error;
			});
		discovered = { issuer: settings.issuer, config };
	}
	return discovered.config;
}

export interface LoginTransaction {
	codeVerifier: string;
	state: string;
	nonce: string;
	returnTo: string;
}

export const SCOPES = 'openid profile jobcenter';

export async function beginLogin(
	settings: OidcSettings,
	redirectUri: string,
	returnTo: string
): Promise<{ url: URL; transaction: LoginTransaction }> {
	const config = await providerConfiguration(settings);
	const codeVerifier = oidc.randomPKCECodeVerifier();
	const transaction = {
		codeVerifier,
		state: oidc.randomState(),
		nonce: oidc.randomNonce(),
		returnTo
	};
	const url = oidc.buildAuthorizationUrl(config, {
		redirect_uri: redirectUri,
		scope: SCOPES,
		code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
		code_challenge_method: 'S256',
		state: transaction.state,
		nonce: transaction.nonce
	});
	return { url, transaction };
}

export async function completeLogin(
	settings: OidcSettings,
	currentUrl: URL,
	transaction: LoginTransaction
): Promise<{ claims: oidc.IDToken; idToken: string | null }> {
	const config = await providerConfiguration(settings);
	const tokens = await oidc.authorizationCodeGrant(config, currentUrl, {
		pkceCodeVerifier: transaction.codeVerifier,
		expectedState: transaction.state,
		expectedNonce: transaction.nonce,
		idTokenExpected: true
	});
	const claims = tokens.claims();
	if (!claims) throw new Error('The provider sent no ID token');
	return { claims, idToken: tokens.id_token ?? null };
}

export async function endSessionUrl(
	settings: OidcSettings,
	idToken: string | null,
	postLogoutRedirectUri: string
): Promise<URL | null> {
	const config = await providerConfiguration(settings);
	if (!config.serverMetadata().end_session_endpoint) return null;
	return oidc.buildEndSessionUrl(config, {
		post_logout_redirect_uri: postLogoutRedirectUri,
		...(idToken ? { id_token_hint: idToken } : {})
	});
}

/** Finds the jobcenter's record for a provider subject, creating a citizen record on first login. */
export async function userForClaims(db: Database, claims: oidc.IDToken): Promise<User> {
	const [existing] = await db.select().from(users).where(eq(users.subject, claims.sub));
	if (existing) return existing;
	const name =
		typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim() : 'Borger';
	const [created] = await db
		.insert(users)
		.values({
			subject: claims.sub,
			name,
			role: claims.role === 'caseworker' ? 'caseworker' : 'citizen',
			birthDate: typeof claims.birthdate === 'string' ? claims.birthdate : null,
			municipalityCode:
				typeof claims.municipality_code === 'string' ? claims.municipality_code : null
		})
		.onConflictDoNothing()
		.returning();
	if (created) return created;
	const [raced] = await db.select().from(users).where(eq(users.subject, claims.sub));
	if (!raced) throw new Error('User vanished during first login');
	return raced;
}
