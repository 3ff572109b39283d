-- No double booking, ever, decided by the database (custom migration: drizzle-kit cannot express
-- EXCLUDE constraints). btree_gist lets a GiST index compare a uuid with `=` beside a range with `&&`;
-- PostgreSQL ships it as a trusted extension, PGlite loads it in db/index.ts.
CREATE EXTENSION IF NOT EXISTS btree_gist;--> statement-breakpoint
ALTER TABLE "slots" ADD CONSTRAINT "slots_positive_length" CHECK ("ends_at" > "starts_at");--> statement-breakpoint
-- One caseworker's published (not withdrawn) slots never overlap; touching ends are fine ('[)').
ALTER TABLE "slots" ADD CONSTRAINT "slots_no_overlap" EXCLUDE USING gist ("caseworker_id" WITH =, tstzrange("starts_at", "ends_at", '[)') WITH &&) WHERE ("withdrawn_at" IS NULL);--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_positive_length" CHECK ("ends_at" > "starts_at");--> statement-breakpoint
-- Two active (not cancelled) meetings never hold one slot ...
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_one_per_slot" EXCLUDE USING gist ("slot_id" WITH =) WHERE ("status" <> 'cancelled' AND "slot_id" IS NOT NULL);--> statement-breakpoint
-- ... nor overlapping time of one caseworker (an indkaldelse without a slot included).
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_caseworker_no_overlap" EXCLUDE USING gist ("caseworker_id" WITH =, tstzrange("starts_at", "ends_at", '[)') WITH &&) WHERE ("status" <> 'cancelled');
