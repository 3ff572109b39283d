-- Hand-edited: drizzle-kit cannot express column storage, and would rebuild both GIN indexes (DROP,
-- CREATE) to change their pending-list limit, where ALTER INDEX keeps them.
--
-- Storage MAIN keeps a column in the row (compressed if need be; moved out only when the row
-- would not fit in a page). With the default (extended), toast_tuple_target = 128 (migration
-- 0003) moves not only the description and search_vector to TOAST but, for most rows, the title
-- as well: the typo fallback then detoasted a title for every trigram candidate (~5 µs each).
-- rank_vector, what the job search ranks by (title A, occupation B), likewise stays in the row.
-- All in one statement, so the rewrite for the new column already stores both in the row.
ALTER TABLE "jobs" ADD COLUMN "rank_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('danish', "title"), 'A') || setweight(to_tsvector('danish', "occupation_title"), 'B')) STORED, ALTER COLUMN "rank_vector" SET STORAGE MAIN, ALTER COLUMN "title" SET STORAGE MAIN;--> statement-breakpoint
-- GIN pending lists of at most 256 kB (the default is 4 MB). New entries go to a pending list that
-- every search scans linearly until it is merged into the index, which happens when it outgrows
-- the limit or on (auto)vacuum. PGlite never autovacuums, so after seeding 50,000 ads each search
-- read up to 4 MB of pending list: 20-90 ms per index scan instead of ~2 ms, and PostgreSQL 18's
-- planner, costing that, preferred to filter 24,000 rows by detoasting. Measured seeding 50,000
-- ads into PGlite: 61 s with the default, 65 s with 256 kB, 80 s with 64 kB (the minimum), and
-- 2.7 times as long with fastupdate off. The clean-up merges what is pending now.
ALTER INDEX "jobs_search_vector_idx" SET (gin_pending_list_limit = 256);--> statement-breakpoint
ALTER INDEX "jobs_title_trgm_idx" SET (gin_pending_list_limit = 256);--> statement-breakpoint
SELECT gin_clean_pending_list('jobs_search_vector_idx'), gin_clean_pending_list('jobs_title_trgm_idx');
