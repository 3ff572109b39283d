-- Ids of joblog entries and saved searches are per citizen: another citizen's id is as free as any
-- (it used to answer 409 "already used", telling that it existed). The key becomes (user, id).
ALTER TABLE "joblog_entries" DROP CONSTRAINT "joblog_entries_pkey";--> statement-breakpoint
ALTER TABLE "saved_searches" DROP CONSTRAINT "saved_searches_pkey";--> statement-breakpoint
ALTER TABLE "joblog_entries" ADD CONSTRAINT "joblog_entries_user_id_id_pk" PRIMARY KEY("user_id","id");--> statement-breakpoint
ALTER TABLE "saved_searches" ADD CONSTRAINT "saved_searches_user_id_id_pk" PRIMARY KEY("user_id","id");--> statement-breakpoint
-- "N nye job" as last counted, shared by every app process (server/saved-searches.ts).
ALTER TABLE "saved_searches" ADD COLUMN "new_count" integer;--> statement-breakpoint
ALTER TABLE "saved_searches" ADD COLUMN "counted_at" timestamp with time zone;
