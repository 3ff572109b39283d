import { resolve } from 'node:path';

/** Every setting the server reads; the README's configuration table lists the same names. */
export interface ServerConfig {
	databaseUrl: string | null;
	dataDir: string;
	/** Connections per PostgreSQL pool; unset, db/index.ts's DEFAULT_POOL_SIZE. */
	poolSize: number | undefined;
	seedJobCount: number;
	oidc: { issuer: string; clientId: string; clientSecret: string | null; local: boolean } | null;
	sessionDays: number;
	municipalityName: string;
	/** Multiplies every operation's `rateLimit` (tests whose users are shared by many suites). */
	rateLimitFactor: number;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
	const issuer = env.OIDC_ISSUER?.trim() || env.LOCAL_IDP_ISSUER?.trim() || '';
	return {
		databaseUrl: env.DATABASE_URL?.trim() || null,
		dataDir: resolve(env.DATA_DIR?.trim() || './data'),
		poolSize: Number.parseInt(env.DATABASE_POOL_SIZE ?? '', 10) || undefined,
		seedJobCount: Number.parseInt(env.SEED_JOB_COUNT ?? '', 10) || 50_000,
		oidc: issuer
			? {
					issuer,
					clientId: env.OIDC_CLIENT_ID?.trim() || 'virtuelt-jobunivers',
					clientSecret: env.OIDC_CLIENT_SECRET?.trim() || null,
					local: !env.OIDC_ISSUER?.trim()
				}
			: null,
		sessionDays: Number.parseInt(env.SESSION_DAYS ?? '', 10) || 7,
		municipalityName: env.MUNICIPALITY_NAME?.trim() || 'Jobcenter Danmark',
		rateLimitFactor: Number(env.RATE_LIMIT_FACTOR) > 0 ? Number(env.RATE_LIMIT_FACTOR) : 1
	};
}
