-- The job search hides ads whose deadline has passed and sorts by deadline with no deadline last.
-- Both read coalesce(deadline, 'infinity'), the last day an ad is shown; as an index expression it
-- serves the "not expired" range and the ordered keyset scan at once (a plain index on deadline
-- cannot: "deadline >= today OR deadline IS NULL" is not one index range).
DROP INDEX "jobs_deadline_idx";--> statement-breakpoint
CREATE INDEX "jobs_shown_until_idx" ON "jobs" USING btree (coalesce("deadline", 'infinity'::date),"id");
