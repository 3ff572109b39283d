import { sql } from 'drizzle-orm';
import {
	bigint,
	customType,
	date,
	index,
	integer,
	jsonb,
	pgSequence,
	pgTable,
	primaryKey,
	text,
	timestamp,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { languages } from '../../i18n/languages';

/**
 * One sequence numbers every change to a citizen's own data; the delta feed (`/me/changes?since=`)
 * returns what has a higher number than the client's cursor.
 */
export const changeSequence = pgSequence('change_seq');
const changeSeq = () =>
	bigint('change_seq', { mode: 'number' })
		.notNull()
		.default(sql`nextval('change_seq')`);

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const users = pgTable('users', {
	id: uuid('id').primaryKey().defaultRandom(),
	/** The OpenID Connect subject; one user per issuer subject. */
	subject: text('subject').notNull().unique(),
	name: text('name').notNull(),
	role: text('role', { enum: ['citizen', 'caseworker'] }).notNull(),
	birthDate: date('birth_date'),
	municipalityCode: text('municipality_code'),
	benefitType: text('benefit_type', {
		enum: ['dagpenge', 'kontanthjaelp', 'sygedagpenge']
	}),
	targetGroup: text('target_group'),
	household: jsonb('household').$type<{
		status: 'single' | 'married' | 'cohabiting';
		children: number;
	}>(),
	caseworkerId: uuid('caseworker_id'),
	jobcenter: text('jobcenter'),
	/** The day she signed up at the jobcentre (ledighedsdato): deadlines such as the CV's count from it. */
	signedUpOn: date('signed_up_on'),
	/** The language she chose while signed in; a login on another device opens in it. */
	language: text('language', { enum: languages }),
	createdAt: createdAt()
});

export const sessions = pgTable(
	'sessions',
	{
		/** SHA-256 of the cookie token: a database leak does not leak live sessions. */
		tokenHash: text('token_hash').primaryKey(),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		idToken: text('id_token'),
		createdAt: createdAt(),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull()
	},
	(table) => [index('sessions_user_idx').on(table.userId)]
);

export const idempotencyKeys = pgTable(
	'idempotency_keys',
	{
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		key: uuid('key').notNull(),
		requestHash: text('request_hash').notNull(),
		/** null while the first request with this key is still being handled. */
		status: integer('status'),
		responseBody: text('response_body'),
		responseHeaders: jsonb('response_headers').$type<Record<string, string>>(),
		createdAt: createdAt(),
		/**
		 * When the request now handling this key took it. A claim without a status older than the
		 * lease (idempotency.ts) belongs to a process that died mid-request and may be taken over.
		 */
		claimedAt: timestamp('claimed_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		primaryKey({ columns: [table.userId, table.key] }),
		index('idempotency_created_idx').on(table.createdAt)
	]
);

/** PostgreSQL `tsvector`: only ever written by the database (generated column), never by the app. */
export const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * The text the job search matches, weighted so a title hit outranks an occupation, employer or
 * body hit (A > B > C > D for `ts_rank_cd`). Danish stemming: "sygeplejersker" finds "Sygeplejerske".
 */
export const jobSearchVector = sql`setweight(to_tsvector('danish', "title"), 'A') || setweight(to_tsvector('danish', "occupation_title"), 'B') || setweight(to_tsvector('danish', "employer"), 'C') || setweight(to_tsvector('danish', "description"), 'D')`;

/**
 * What the job search ranks by: title (A) and occupation (B) only, so a title hit outranks an
 * occupation hit, and both outrank an employer or body hit (which match but rank 0). Small
 * enough to stay in the row (storage main, migration 0007), where search_vector is TOASTed with
 * the description: ranking thousands of matches then reads no TOAST.
 */
export const jobRankVector = sql`setweight(to_tsvector('danish', "title"), 'A') || setweight(to_tsvector('danish', "occupation_title"), 'B')`;

/**
 * GIN pending lists of the job search's indexes, in kB (see migration 0007): every search scans the
 * pending list linearly, and PGlite never autovacuums. Large loads raise it for a while (bulk-load.ts).
 */
export const SEARCH_GIN_PENDING_LIST_KB = 256;

export const jobs = pgTable(
	'jobs',
	{
		id: uuid('id').primaryKey(),
		externalId: text('external_id').notNull(),
		/** Kept in the row (storage main, migration 0007): the typo fallback compares it per row. */
		title: text('title').notNull(),
		employer: text('employer').notNull(),
		description: text('description').notNull(),
		occupationCode: text('occupation_code').notNull(),
		occupationTitle: text('occupation_title').notNull(),
		municipalityCode: text('municipality_code').notNull(),
		postalCode: text('postal_code').notNull(),
		city: text('city').notNull(),
		hours: text('hours', { enum: ['full', 'part'] }).notNull(),
		weeklyHours: integer('weekly_hours').notNull(),
		employmentType: text('employment_type', {
			enum: ['permanent', 'temporary', 'substitute', 'student']
		}).notNull(),
		postedAt: timestamp('posted_at', { withTimezone: true }).notNull(),
		deadline: date('deadline'),
		applyUrl: text('apply_url'),
		applyEmail: text('apply_email'),
		contactName: text('contact_name'),
		contactPhone: text('contact_phone'),
		hourlyWageKr: integer('hourly_wage_kr'),
		createdAt: createdAt(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
		/** Job search (migration 0003): generated from title, occupation, employer and description. */
		searchVector: tsvector('search_vector').generatedAlwaysAs(jobSearchVector),
		rankVector: tsvector('rank_vector').generatedAlwaysAs(jobRankVector)
	},
	(table) => [
		uniqueIndex('jobs_external_id_idx').on(table.externalId),
		index('jobs_posted_idx').on(table.postedAt.desc(), table.id),
		// A search in one municipality without words, sorted newest or by deadline, reads its ads in
		// that order from one of these (migration 0016): through jobs_posted_idx or
		// jobs_shown_until_idx it walked past every other municipality's ads (~5,600 rows for one
		// town of 50,000 ads). They serve lookups by municipality alone as well.
		index('jobs_municipality_posted_idx').on(
			table.municipalityCode,
			table.postedAt.desc(),
			table.id
		),
		index('jobs_municipality_shown_until_idx').on(
			table.municipalityCode,
			sql`coalesce(${table.deadline}, 'infinity'::date)`,
			table.id
		),
		index('jobs_occupation_idx').on(table.occupationCode),
		index('jobs_search_vector_idx')
			.using('gin', table.searchVector)
			.with({ gin_pending_list_limit: SEARCH_GIN_PENDING_LIST_KB }),
		index('jobs_title_trgm_idx')
			.using('gin', table.title.op('gin_trgm_ops'))
			.with({ gin_pending_list_limit: SEARCH_GIN_PENDING_LIST_KB }),
		// The last day an ad is shown: its deadline, or "infinity" without one ("løbende"). The job
		// search hides expired ads and sorts by deadline (nulls last) through this one index.
		index('jobs_shown_until_idx').on(sql`coalesce(${table.deadline}, 'infinity'::date)`, table.id),
		index('jobs_occupation_group_idx').on(sql`left(${table.occupationCode}, 2)`)
	]
);

export const slots = pgTable(
	'slots',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		caseworkerId: uuid('caseworker_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
		endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
		channels: text('channels')
			.array()
			.notNull()
			.default(sql`'{in_person,phone,video}'::text[]`),
		location: text('location'),
		createdAt: createdAt(),
		withdrawnAt: timestamp('withdrawn_at', { withTimezone: true })
	},
	// One caseworker's published slots never overlap: an exclusion constraint over the time range
	// of the slots not withdrawn (migration booking_constraints, custom SQL), so a withdrawn time can
	// be published again.
	(table) => [
		index('slots_starts_idx').on(table.startsAt),
		index('slots_caseworker_starts_idx').on(table.caseworkerId, table.startsAt)
	]
);

/**
 * A conversation between a citizen and a caseworker: booked by her, or an indkaldelse (`summons`)
 * the jobcentre made. One id for its whole life (rebooking changes the slot and times, not the id;
 * `sequence` counts the changes for the calendar). The database decides that no two active meetings
 * hold one slot or overlapping time of one caseworker (exclusion constraints, custom migration
 * booking_constraints), so a double booking cannot happen across processes either.
 */
export const meetings = pgTable(
	'meetings',
	{
		id: uuid('id').notNull(),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		caseworkerId: uuid('caseworker_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		slotId: uuid('slot_id').references(() => slots.id, { onDelete: 'set null' }),
		kind: text('kind', { enum: ['booked', 'summons'] })
			.notNull()
			.default('booked'),
		status: text('status', { enum: ['booked', 'cancelled', 'held', 'no_show'] })
			.notNull()
			.default('booked'),
		startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
		endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
		channel: text('channel', { enum: ['in_person', 'phone', 'video'] }).notNull(),
		topic: text('topic').notNull(),
		note: text('note').notNull().default(''),
		location: text('location'),
		bring: text('bring'),
		changeableUntil: timestamp('changeable_until', { withTimezone: true }).notNull(),
		sequence: integer('sequence').notNull().default(0),
		cancelReason: text('cancel_reason'),
		cancelledBy: text('cancelled_by', { enum: ['citizen', 'jobcenter'] }),
		cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
		/** Only that she answered; the answer itself is in meeting_feedback, without her. */
		feedbackGivenAt: timestamp('feedback_given_at', { withTimezone: true }),
		requestId: uuid('request_id'),
		createdAt: createdAt(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
		changeSeq: changeSeq()
	},
	(table) => [
		primaryKey({ columns: [table.userId, table.id] }),
		index('meetings_user_change_idx').on(table.userId, table.changeSeq),
		index('meetings_user_starts_idx').on(table.userId, table.startsAt),
		index('meetings_caseworker_starts_idx').on(table.caseworkerId, table.startsAt),
		index('meetings_slot_idx').on(table.slotId)
	]
);

/**
 * "Jeg ønsker en samtale": her request, with the deadline it gives (10 days; 2 weeks on the
 * sick-leave fast track), open until a meeting is booked for it. `municipalityCode` names the
 * jobcentre that must answer it.
 */
export const conversationRequests = pgTable(
	'conversation_requests',
	{
		id: uuid('id').notNull(),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		kind: text('kind', { enum: ['standard', 'fastTrack'] }).notNull(),
		topic: text('topic').notNull(),
		channel: text('channel', { enum: ['in_person', 'phone', 'video'] }),
		note: text('note').notNull().default(''),
		municipalityCode: text('municipality_code'),
		requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
		deadline: date('deadline').notNull(),
		status: text('status', { enum: ['open', 'booked', 'closed'] })
			.notNull()
			.default('open'),
		meetingId: uuid('meeting_id'),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
		changeSeq: changeSeq()
	},
	(table) => [
		primaryKey({ columns: [table.userId, table.id] }),
		index('conversation_requests_user_change_idx').on(table.userId, table.changeSeq),
		index('conversation_requests_open_idx').on(table.municipalityCode, table.status, table.deadline)
	]
);

/**
 * "Følte du dig hjulpet?": the answers, deliberately without the citizen or the meeting, so the
 * jobcentre's results can never say who answered what. Per jobcentre (municipality) and month.
 */
export const meetingFeedback = pgTable(
	'meeting_feedback',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		municipalityCode: text('municipality_code').notNull(),
		/** `YYYY-MM` of the meeting (local time). */
		month: text('month').notNull(),
		score: integer('score').notNull(),
		comment: text('comment').notNull().default(''),
		createdAt: createdAt()
	},
	(table) => [index('meeting_feedback_month_idx').on(table.month, table.municipalityCode)]
);

export type User = typeof users.$inferSelect;
export type NewJob = typeof jobs.$inferInsert;

export const joblogEntries = pgTable(
	'joblog_entries',
	{
		// Ids are per citizen (the key is user and id), so another citizen's id is as free as any.
		id: uuid('id').notNull().defaultRandom(),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		appliedOn: date('applied_on').notNull(),
		jobTitle: text('job_title').notNull(),
		employer: text('employer').notNull(),
		method: text('method').notNull(),
		status: text('status').notNull(),
		note: text('note').notNull().default(''),
		jobId: uuid('job_id'),
		createdAt: createdAt(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
		changeSeq: changeSeq()
	},
	(table) => [
		primaryKey({ columns: [table.userId, table.id] }),
		index('joblog_user_applied_idx').on(table.userId, table.appliedOn.desc(), table.id),
		index('joblog_user_change_idx').on(table.userId, table.changeSeq)
	]
);

/** What was deleted, so other devices learn of it through the delta feed. */
export const deletedEntities = pgTable(
	'deleted_entities',
	{
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		entity: text('entity').notNull(),
		entityId: uuid('entity_id').notNull(),
		deletedAt: timestamp('deleted_at', { withTimezone: true }).notNull().defaultNow(),
		changeSeq: changeSeq()
	},
	(table) => [
		primaryKey({ columns: [table.userId, table.entity, table.entityId] }),
		index('deleted_user_change_idx').on(table.userId, table.changeSeq)
	]
);

export const savedJobs = pgTable(
	'saved_jobs',
	{
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		jobId: uuid('job_id').notNull(),
		savedAt: timestamp('saved_at', { withTimezone: true }).notNull().defaultNow(),
		changeSeq: changeSeq()
	},
	(table) => [
		primaryKey({ columns: [table.userId, table.jobId] }),
		index('saved_jobs_user_change_idx').on(table.userId, table.changeSeq)
	]
);

/**
 * A citizen's document (one per citizen, edited on several devices): `version` is the ETag (`"v3"`);
 * a write must name it (If-Match), so nothing is silently overwritten. server/document-service.ts
 * reads and writes every table made here the same way.
 */
function documentTable<N extends string>(name: N, changeIndex: string) {
	return pgTable(
		name,
		{
			userId: uuid('user_id')
				.primaryKey()
				.references(() => users.id, { onDelete: 'cascade' }),
			document: jsonb('document').$type<Record<string, unknown>>().notNull(),
			version: integer('version').notNull().default(1),
			updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
			changeSeq: changeSeq()
		},
		(table) => [index(changeIndex).on(table.userId, table.changeSeq)]
	);
}

export type DocumentTable = ReturnType<typeof documentTable<string>>;

/** The citizen's sick-leave status. */
export const sickLeaveStatus = documentTable('sick_leave_status', 'sick_leave_user_change_idx');

/** The citizen's CV (domain/cv/model.ts). */
export const cvDocuments = documentTable('cv_documents', 'cv_documents_user_change_idx');

/**
 * Earlier states of her CV, numbered 1, 2, … per citizen. Autosaves within 10 minutes of a version's
 * start update that version (`kind` autosave); a restore or an import first keeps the CV as it was
 * (`before-restore`, `before-import`), never coalesced. Not synced: read on demand.
 */
export const cvVersions = pgTable(
	'cv_versions',
	{
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		number: integer('number').notNull(),
		kind: text('kind', { enum: ['autosave', 'before-restore', 'before-import'] }).notNull(),
		document: jsonb('document').$type<Record<string, unknown>>().notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull()
	},
	(table) => [primaryKey({ columns: [table.userId, table.number] })]
);

/**
 * What a sick-listed citizen reports (domain/sick-leave/reports.ts): the report's own fields are in
 * `body` (health data: read and written only through this table's service, never logged). A mistaken
 * report is withdrawn (`withdrawn_at`), never deleted, by a withdrawal report the same day.
 */
export const sickLeaveReports = pgTable(
	'sick_leave_reports',
	{
		// Per citizen, as the joblog's: the id is made on her phone.
		id: uuid('id').notNull(),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		kind: text('kind').notNull(),
		reportedOn: date('reported_on').notNull(),
		body: jsonb('body').$type<Record<string, unknown>>().notNull(),
		deadline: date('deadline'),
		createdAt: createdAt(),
		withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
		changeSeq: changeSeq()
	},
	(table) => [
		primaryKey({ columns: [table.userId, table.id] }),
		index('sick_leave_reports_user_created_idx').on(table.userId, table.createdAt.desc()),
		index('sick_leave_reports_user_change_idx').on(table.userId, table.changeSeq)
	]
);

/**
 * A search the citizen keeps. `query` is the search page's versioned URL query string (`v=1&q=…`),
 * so old saved searches are upgraded like old links. `lastSeenAt` anchors "N nye job siden sidst".
 */
export const savedSearches = pgTable(
	'saved_searches',
	{
		// Per citizen, as the joblog's.
		id: uuid('id').notNull(),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		query: text('query').notNull(),
		createdAt: createdAt(),
		lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
		/**
		 * "N nye job" as last counted and when; null until counted or after the query or last seen
		 * changed. Kept in the table so every app process shares it (server/saved-searches.ts).
		 */
		newCount: integer('new_count'),
		countedAt: timestamp('counted_at', { withTimezone: true }),
		changeSeq: changeSeq()
	},
	(table) => [
		primaryKey({ columns: [table.userId, table.id] }),
		index('saved_searches_user_created_idx').on(table.userId, table.createdAt.desc()),
		index('saved_searches_user_change_idx').on(table.userId, table.changeSeq)
	]
);
