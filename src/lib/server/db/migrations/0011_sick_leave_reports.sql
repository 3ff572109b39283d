CREATE TABLE "sick_leave_reports" (
	"id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"reported_on" date NOT NULL,
	"body" jsonb NOT NULL,
	"deadline" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"change_seq" bigint DEFAULT nextval('change_seq') NOT NULL,
	CONSTRAINT "sick_leave_reports_user_id_id_pk" PRIMARY KEY("user_id","id")
);
--> statement-breakpoint
ALTER TABLE "sick_leave_reports" ADD CONSTRAINT "sick_leave_reports_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sick_leave_reports_user_created_idx" ON "sick_leave_reports" USING btree ("user_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "sick_leave_reports_user_change_idx" ON "sick_leave_reports" USING btree ("user_id","change_seq");