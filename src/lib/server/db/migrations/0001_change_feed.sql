CREATE SEQUENCE "public"."change_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "deleted_entities" (
	"user_id" uuid NOT NULL,
	"entity" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"deleted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"change_seq" bigint DEFAULT nextval('change_seq') NOT NULL,
	CONSTRAINT "deleted_entities_user_id_entity_entity_id_pk" PRIMARY KEY("user_id","entity","entity_id")
);
--> statement-breakpoint
ALTER TABLE "joblog_entries" ADD COLUMN "change_seq" bigint DEFAULT nextval('change_seq') NOT NULL;--> statement-breakpoint
ALTER TABLE "deleted_entities" ADD CONSTRAINT "deleted_entities_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "deleted_user_change_idx" ON "deleted_entities" USING btree ("user_id","change_seq");--> statement-breakpoint
CREATE INDEX "joblog_user_change_idx" ON "joblog_entries" USING btree ("user_id","change_seq");