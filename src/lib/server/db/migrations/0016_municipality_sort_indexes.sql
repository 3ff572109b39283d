-- A search in one municipality without words, sorted newest or by deadline, walked jobs_posted_idx or
-- jobs_shown_until_idx past every other municipality's ads (~5,600 rows of 50,000 for one town, ~40 ms
-- on PostgreSQL). With the municipality leading, it reads that town's ads in order and stops after a
-- page. They serve lookups by municipality alone too, so the plain index goes.
DROP INDEX "jobs_municipality_idx";--> statement-breakpoint
CREATE INDEX "jobs_municipality_posted_idx" ON "jobs" USING btree ("municipality_code","posted_at" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "jobs_municipality_shown_until_idx" ON "jobs" USING btree ("municipality_code",coalesce("deadline", 'infinity'::date),"id");