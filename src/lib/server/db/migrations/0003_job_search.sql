-- pg_trgm (typo fallback of the job search) is a trusted extension from PostgreSQL 13; PGlite loads it in db/index.ts.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
-- Hand-written (drizzle-kit cannot express it): rows over 2 kB (every row, once it has a search
-- vector) are trimmed to ~128 bytes by moving description and search_vector to TOAST, so the heap
-- holds only the short columns. Scans for filters, facets and sorting then read ~14 MB instead of
-- ~75 MB per 50,000 ads; the ADD COLUMN below rewrites existing rows the same way.
ALTER TABLE "jobs" SET (toast_tuple_target = 128);--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('danish', "title"), 'A') || setweight(to_tsvector('danish', "occupation_title"), 'B') || setweight(to_tsvector('danish', "employer"), 'C') || setweight(to_tsvector('danish', "description"), 'D')) STORED;--> statement-breakpoint
CREATE INDEX "jobs_search_vector_idx" ON "jobs" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "jobs_title_trgm_idx" ON "jobs" USING gin ("title" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "jobs_deadline_idx" ON "jobs" USING btree ("deadline","id");--> statement-breakpoint
CREATE INDEX "jobs_occupation_group_idx" ON "jobs" USING btree (left("occupation_code", 2));